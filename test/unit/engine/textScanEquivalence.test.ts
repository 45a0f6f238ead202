// The speed-ups of the rules replaced whole-text regular expressions and tree lookups by indexOf
// walks and character checks. These tests hold the replacements to what they replaced, on real
// Python 2 code (a sample of the Python 2.7 standard library): the same hits as the regex, and a
// text-only verdict only where the tree agrees.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SourceFile, loadRules } from '../../../server/src/engine';
import { isPlainCall, nextNameIn } from '../../../server/src/engine/context';
import { nameStarts } from '../../../server/src/engine/rules/moduleAttributes';
import { inCommentOnItsLine } from '../../../server/src/engine/textScan';
import { python27StdlibDir } from '../../diff/pythons';

/** Every 7th .py file of the stdlib (sorted, site-packages left out): ~200 files of every kind. */
function sampleTexts(): { file: string; text: string }[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'site-packages') walk(full);
      else if (entry.isFile() && entry.name.endsWith('.py')) files.push(full);
    }
  };
  walk(python27StdlibDir());
  return files.filter((_, i) => i % 7 === 0).map((file) => ({ file, text: fs.readFileSync(file, 'latin1') }));
}

/** The regex the indexOf walks replaced: `name` as a whole word not preceded by a dot. */
function regexStarts(text: string, name: string): number[] {
  return [...text.matchAll(new RegExp(`(?<![\\w.])${name}(?!\\w)`, 'g'))].map((m) => m.index);
}

const NAMES = ['os', 'sys', 'string', 'e', 'file', 'unicode', 'long', 'PY2', 'version', 'urllib2', 'next'];

describe('text scans that replaced regular expressions (stdlib sample)', function () {
  this.timeout(120000);
  let texts: { file: string; text: string }[] = [];
  before(async () => {
    await loadRules();
    texts = sampleTexts();
    assert.ok(texts.length > 150, `only ${texts.length} files in the sample`);
  });

  it('nameStarts finds exactly the regex hits', () => {
    let hits = 0;
    for (const { file, text } of texts) {
      for (const name of NAMES) {
        const expected = regexStarts(text, name);
        assert.deepEqual(nameStarts(text, name), expected, `${file}: ${name}`);
        hits += expected.length;
      }
    }
    assert.ok(hits > 2000, `only ${hits} hits: the sample does not exercise the scan`);
  });

  it('nextNameIn finds the hits of the regex run over a window of the text', () => {
    for (const { file, text } of texts) {
      // A window that starts and ends mid-text, as the callers use it (a handler's body).
      const from = Math.floor(text.length / 3);
      const limit = Math.floor((2 * text.length) / 3);
      for (const name of NAMES) {
        const expected = regexStarts(text.slice(from, limit), name).map((at) => at + from);
        const found: number[] = [];
        // As the callers walk it: each search starts one past the previous hit.
        for (let at = nextNameIn(text, name, from, limit); at >= 0; at = nextNameIn(text, name, at + 1, limit)) found.push(at);
        assert.deepEqual(found, expected, `${file}: ${name}`);
      }
    }
  });

  it('inCommentOnItsLine is true only where the tree has a comment or a string', () => {
    let checked = 0;
    for (const { file, text } of texts.slice(0, 60)) {
      const source = SourceFile.parse(text);
      try {
        for (const match of text.matchAll(/#[^\n]*?\b([A-Za-z_]\w*)/g)) {
          const at = match.index + match[0].length - match[1].length;
          if (!inCommentOnItsLine(text, at)) continue;
          checked++;
          let node = source.root.descendantForIndex(at, at + match[1].length);
          while (node && node.type !== 'comment' && node.type !== 'string' && node.type !== 'ERROR') node = node.parent;
          assert.ok(node, `${file}:${source.lineIndex.positionAt(at).line + 1}: '${match[1]}' is code, not a comment or string`);
        }
      } finally {
        source.dispose();
      }
    }
    assert.ok(checked > 1000, `only ${checked} words checked`);
  });

  it('isPlainCall is true only for the called name of a call (files without syntax errors)', () => {
    let calls = 0;
    for (const { file, text } of texts) {
      const source = SourceFile.parse(text);
      try {
        if (source.root.hasError) continue;
        for (const name of ['file', 'open', 'len', 'str', 'int', 'list', 'range', 'map', 'isinstance', 'getattr', 'unicode', 'next', 'e']) {
          for (const at of regexStarts(text, name)) {
            if (!isPlainCall(text, at, at + name.length)) continue;
            const node = source.root.descendantForIndex(at, at + name.length);
            if (node?.type !== 'identifier') continue; // a word in a comment or string: the callers resolve those themselves
            calls++;
            const call = node.parent;
            assert.equal(call?.type, 'call', `${file}:${source.lineIndex.positionAt(at).line + 1}: ${name}`);
            assert.equal(call?.childForFieldName('function')?.id, node.id, `${file}: ${name} is not the called name`);
          }
        }
      } finally {
        source.dispose();
      }
    }
    assert.ok(calls > 1000, `only ${calls} calls checked`);
  });
});
