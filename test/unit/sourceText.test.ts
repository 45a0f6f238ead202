import * as assert from 'node:assert/strict';
import { decodeSource, encodeSource, normalizeEncoding, type DecodedSource } from '../../server/src/engine/sourceText';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

function decoded(input: Uint8Array, maxBytes?: number): DecodedSource {
  const result = decodeSource(input, maxBytes);
  assert.ok(result.ok, result.ok ? '' : result.problem);
  return result.source;
}

function problem(input: Uint8Array, maxBytes?: number): string {
  const result = decodeSource(input, maxBytes);
  assert.ok(!result.ok, 'expected the file to be refused');
  return result.problem;
}

/** Decoding then encoding gives back the very same bytes. */
function assertRoundTrip(input: Uint8Array): DecodedSource {
  const source = decoded(input);
  const encoded = encodeSource(source.text, source);
  assert.ok(encoded.ok, encoded.ok ? '' : encoded.problem);
  assert.deepEqual([...encoded.bytes], [...input]);
  return source;
}

describe('sourceText: decodeSource / encodeSource', () => {
  it('reads UTF-8 without a cookie and writes it back unchanged', () => {
    const source = assertRoundTrip(Buffer.from('s = "caf\u00e9 \u2603"\r\nprint s\n', 'utf8'));
    assert.equal(source.text, 's = "caf\u00e9 \u2603"\r\nprint s\n');
    assert.equal(source.encoding, 'utf-8');
    assert.equal(source.bom, false);
  });

  it('strips a UTF-8 BOM from the text and puts it back on encode', () => {
    const input = bytes([0xef, 0xbb, 0xbf], 'x = 1\n');
    const source = assertRoundTrip(input);
    assert.equal(source.text, 'x = 1\n');
    assert.equal(source.bom, true);
    const edited = encodeSource('x = 2\n', source);
    assert.ok(edited.ok);
    assert.deepEqual([...edited.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  });

  it('accepts a BOM with a utf-8 cookie, refuses a BOM with any other cookie', () => {
    assert.equal(decoded(bytes([0xef, 0xbb, 0xbf], '# coding: utf-8\nx = 1\n')).bom, true);
    assert.match(problem(bytes([0xef, 0xbb, 0xbf], '# coding: latin-1\nx = 1\n')), /BOM.*latin-1/);
    // As CPython's test/bad_coding2.py: both Pythons say "encoding problem: utf8 with BOM".
    assert.match(problem(bytes([0xef, 0xbb, 0xbf], '#coding: utf8\nx = 1\n')), /BOM.*utf8/);
    assert.equal(decoded(bytes([0xef, 0xbb, 0xbf], '# -*- coding: UTF_8 -*-\nx = 1\n')).encoding, 'utf-8');
    assert.equal(decoded(bytes('#coding: utf8\nx = 1\n')).encoding, 'utf-8');
  });

  it('reads a latin-1 cookie as ISO-8859-1 and round-trips byte 0xE9 exactly', () => {
    const input = bytes('# -*- coding: latin-1 -*-\ns = "caf', [0xe9], '"\n');
    const source = assertRoundTrip(input);
    assert.equal(source.encoding, 'iso-8859-1');
    assert.ok(source.text.includes('caf\u00e9'));
    // Latin-1 is not windows-1252: 0x93 stays the C1 control U+0093.
    assert.equal(decoded(bytes('# coding: latin-1\ns = "', [0x93], '"\n')).text.includes('\u0093'), true);
  });

  it('finds the cookie on line 2 after a shebang, but not after a line of code', () => {
    assert.equal(decoded(bytes('#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\ns = "', [0xe9], '"\n')).encoding, 'iso-8859-1');
    assert.match(problem(bytes('x = 1\n# coding: latin-1\ns = "', [0xe9], '"\n')), /not valid UTF-8/);
  });

  it('reads cp1252 as Python does (0x93 is a curly quote, 0x80 the euro) and writes the same bytes', () => {
    const input = bytes('# coding: cp1252\ns = "', [0x93, 0x80, 0xe9, 0x94], '"\n');
    const source = assertRoundTrip(input);
    assert.equal(source.encoding, 'cp1252');
    assert.ok(source.text.includes('\u201c\u20ac\u00e9\u201d'), JSON.stringify(source.text));
    assert.equal(decoded(bytes('# coding: windows-1252\nx = 1\n')).encoding, 'cp1252');
  });

  it('refuses bytes that are undefined in the declared code page (0x81 in cp1252), naming byte and line', () => {
    assert.match(problem(bytes('# coding: cp1252\nx = 1\ns = "', [0x81], '"\n')), /not valid cp1252.*0x81 on line 3/);
  });

  it('refuses an unknown encoding in the cookie with a clear problem', () => {
    assert.equal(problem(bytes('# coding: bogus\nx = 1\n')), "unknown encoding 'bogus' in the coding cookie on line 1");
  });

  it('refuses non-UTF-8 bytes without a cookie, naming the byte and line', () => {
    assert.equal(problem(bytes('x = 1\ns = "', [0xe9], '"\n')), 'is not valid UTF-8 (byte 0xE9 on line 2) and has no coding cookie to say what it is');
  });

  it('refuses a text file with a NUL byte, naming the line', () => {
    assert.match(problem(bytes('x = 1\ny = "a', [0], 'b"\n' + 'z = 3\n'.repeat(2000))), /NUL byte on line 2/);
  });

  it('names the line of a NUL byte in a small text file too (not "binary")', () => {
    assert.match(problem(bytes('x = 1\nprint "a', [0], 'b"\n')), /NUL byte on line 2/);
  });

  it('calls an executable binary', () => {
    assert.match(problem(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0])), /binary file/);
  });

  it('refuses a binary file (PNG header)', () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
    assert.match(problem(png), /binary file/);
  });

  it('reads an empty file as empty UTF-8 text and writes it back empty', () => {
    const source = assertRoundTrip(new Uint8Array());
    assert.equal(source.text, '');
  });

  it('refuses a file over the size limit and accepts one exactly at it', () => {
    const input = bytes('x = 1\n'.repeat(100));
    assert.match(problem(input, input.length - 1), /larger than the 599 bytes limit/);
    assert.equal(decoded(input, input.length).text.length, input.length);
  });

  it('normalises cookie spellings the way Python does', () => {
    assert.equal(normalizeEncoding('UTF8'), 'utf-8');
    assert.equal(normalizeEncoding('utf_8'), 'utf-8');
    assert.equal(normalizeEncoding('Latin_1'), 'iso-8859-1');
    assert.equal(normalizeEncoding('ISO8859-15'), 'iso-8859-15');
    assert.equal(decoded(bytes('# -*- coding: UTF-8 -*-\nx = 1\n')).encoding, 'utf-8');
  });

  it('says when fixed text cannot be encoded in the file\'s encoding', () => {
    const latin1 = decoded(bytes('# coding: latin-1\nx = 1\n'));
    const result = encodeSource('x = "\u2603"\n', latin1);
    assert.ok(!result.ok);
    assert.match(result.problem, /cannot encode/);
    const ascii = encodeSource('x = "\u00e9"\n', { encoding: 'ascii', bom: false });
    assert.ok(!ascii.ok);
  });

  it('reads a multi-byte encoding (Shift-JIS) but refuses to write it', () => {
    const source = decoded(bytes('# coding: shift_jis\ns = "', [0x82, 0xa0], '"\n'));
    assert.ok(source.text.includes('\u3042'));
    const result = encodeSource(source.text, source);
    assert.ok(!result.ok);
    assert.match(result.problem, /cannot write/);
  });
});
