// Bytes on disk <-> source text, the way Python reads source (PEP 263): a UTF-8 BOM, or a
// coding cookie on line 1 or 2, or else UTF-8. Anything that cannot be read faithfully is
// refused with a reason, because a fixer that guesses an encoding corrupts the file when it
// writes it back.

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface DecodedSource {
  text: string;
  /** Python's name for it: 'utf-8', 'iso-8859-1', 'cp1252', ... */
  encoding: string;
  bom: boolean;
}

export type DecodeResult = { ok: true; source: DecodedSource } | { ok: false; problem: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

export function decodeSource(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): DecodeResult {
  if (bytes.length > maxBytes) {
    return { ok: false, problem: `file is ${formatBytes(bytes.length)}, larger than the ${formatBytes(maxBytes)} limit (raise it with --max-file-size / py3migrate.maxFileSize)` };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return looksBinary(bytes)
      ? { ok: false, problem: 'binary file (it contains NUL bytes), not Python source' }
      : { ok: false, problem: `contains a NUL byte on line ${lineOfByte(bytes, nul)}; Python cannot compile source with NUL bytes` };
  }
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = bom ? bytes.subarray(3) : bytes;
  const cookie = findCookie(body);
  if (cookie) {
    const encoding = normalizeEncoding(cookie.name);
    // Python accepts a BOM only with a cookie its tokenizer normalises to exactly utf-8 (`utf-8`,
    // `UTF_8`, `utf-8-unix`): `# coding: utf8` after a BOM is "encoding problem: utf8 with BOM".
    const spelled = cookie.name.toLowerCase().replace(/_/g, '-');
    if (bom && spelled !== 'utf-8' && !spelled.startsWith('utf-8-')) {
      return { ok: false, problem: `has a UTF-8 BOM but its coding cookie on line ${cookie.line} says '${cookie.name}'` };
    }
    const codec = codecFor(encoding);
    if (!codec) return { ok: false, problem: `unknown encoding '${cookie.name}' in the coding cookie on line ${cookie.line}` };
    const text = codec.decode(body);
    if (text === undefined) return { ok: false, problem: `is not valid ${encoding}, the encoding its coding cookie declares (line ${cookie.line})${badByteWhere(body, codec)}` };
    return { ok: true, source: { text, encoding, bom } };
  }
  const text = UTF8.decode(body);
  if (text === undefined) {
    return { ok: false, problem: `is not valid UTF-8${badByteWhere(body, UTF8)} and has no coding cookie to say what it is` };
  }
  return { ok: true, source: { text, encoding: 'utf-8', bom } };
}

export type EncodeResult = { ok: true; bytes: Buffer } | { ok: false; problem: string };

export function encodeSource(text: string, like: Omit<DecodedSource, 'text'>): EncodeResult {
  const codec = codecFor(like.encoding);
  if (!codec?.encode) return { ok: false, problem: `py3migrate cannot write files encoded in ${like.encoding}` };
  const bytes = codec.encode(text);
  if (!bytes) return { ok: false, problem: `the fixed text has characters that ${like.encoding} cannot encode` };
  return { ok: true, bytes: like.bom ? Buffer.concat([Buffer.from(UTF8_BOM), bytes]) : bytes };
}

interface Codec {
  decode(bytes: Uint8Array): string | undefined;
  encode?(text: string): Buffer | undefined;
}

const UTF8: Codec = {
  decode: (bytes) => fatalDecode('utf-8', bytes),
  encode: (text) => Buffer.from(text, 'utf8'),
};

function fatalDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Python's codec names are not WHATWG's: latin-1 is ISO-8859-1 proper, not windows-1252. */
function codecFor(encoding: string): Codec | undefined {
  switch (encoding) {
    case 'utf-8':
      return UTF8;
    case 'iso-8859-1':
      return {
        decode: (bytes) => Buffer.from(bytes).toString('latin1'),
        encode: (text) => (/^[\u0000-\u00ff]*$/.test(text) ? Buffer.from(text, 'latin1') : undefined),
      };
    case 'ascii':
      return {
        decode: (bytes) => (bytes.every((b) => b < 0x80) ? Buffer.from(bytes).toString('latin1') : undefined),
        encode: (text) => (/^[\u0000-\u007f]*$/.test(text) ? Buffer.from(text, 'latin1') : undefined),
      };
  }
  let table = singleByteTables.get(encoding);
  if (table === undefined) singleByteTables.set(encoding, (table = singleByteTable(encoding) ?? null));
  if (table) return tableCodec(table);
  // Multi-byte encodings (Shift-JIS, GBK, ...): read them, but never write them back.
  const label = WHATWG_LABELS[encoding] ?? encoding;
  try {
    new TextDecoder(label);
  } catch {
    return undefined;
  }
  return { decode: (bytes) => fatalDecode(label, bytes) };
}

const WHATWG_LABELS: Record<string, string> = {
  cp1250: 'windows-1250', cp1251: 'windows-1251', cp1252: 'windows-1252', cp1253: 'windows-1253',
  cp1254: 'windows-1254', cp1255: 'windows-1255', cp1256: 'windows-1256', cp1257: 'windows-1257',
  cp1258: 'windows-1258', 'koi8-r': 'koi8-r', 'koi8-u': 'koi8-u', 'euc-jp': 'euc-jp', 'shift-jis': 'shift_jis',
  'euc-kr': 'euc-kr', gb2312: 'gbk', gbk: 'gbk', gb18030: 'gb18030', big5: 'big5', 'utf-16': 'utf-16le',
};

// Python's cp1252 for 0x80-0x9F (undefined bytes are decode errors in Python). Spelled out because
// Node 20's TextDecoder('windows-1252') decodes that range as Latin-1 (0x93 -> U+0093, not U+201C).
const CP1252_HIGH: (number | undefined)[] = [
  0x20ac, undefined, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, undefined, 0x017d, undefined,
  undefined, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, undefined, 0x017e, 0x0178,
];

const singleByteTables = new Map<string, (string | undefined)[] | null>();

/**
 * byte -> character as Python decodes it, for single-byte encodings; undefined where Python has no
 * character (a decode error). Built from TextDecoder, corrected where WHATWG differs from Python:
 * WHATWG fills a windows-125x code page's gaps with C1 controls that Python rejects, and reads
 * iso-8859-9 / -11 as windows-1254 / -874, where Python keeps 0x80-0x9F as C1 controls.
 */
function singleByteTable(encoding: string): (string | undefined)[] | undefined {
  const label = WHATWG_LABELS[encoding] ?? encoding;
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return undefined;
  }
  // A multi-byte decoder joins lead and trail bytes, so all 256 bytes do not give 256 characters.
  if (decoder.decode(new Uint8Array(256).map((_, i) => i)).length !== 256) return undefined;
  const table: (string | undefined)[] = [];
  for (let byte = 0; byte < 256; byte++) {
    const decoded = decoder.decode(new Uint8Array([byte]));
    // WHATWG maps some of Python's gaps to private-use characters (windows-874 for iso-8859-11).
    const gap = decoded === '\ufffd' || decoded.length !== 1 || (decoded >= '\ue000' && decoded <= '\uf8ff');
    table.push(gap ? undefined : decoded);
  }
  if (encoding === 'cp1253') table[0xaa] = undefined; // undefined in Python's cp1253, U+00AA in WHATWG's
  if (encoding === 'cp1252') {
    CP1252_HIGH.forEach((code, i) => (table[0x80 + i] = code === undefined ? undefined : String.fromCharCode(code)));
  } else if (/^cp125\d$/.test(encoding)) {
    for (let byte = 0x80; byte < 0xa0; byte++) if (table[byte] === String.fromCharCode(byte)) table[byte] = undefined;
  } else if (/^iso-8859-\d+$/.test(encoding)) {
    for (let byte = 0x80; byte < 0xa0; byte++) table[byte] = String.fromCharCode(byte);
  }
  return table;
}

function tableCodec(table: readonly (string | undefined)[]): Codec {
  const bytesOf = new Map<string, number>();
  table.forEach((char, byte) => {
    if (char !== undefined && !bytesOf.has(char)) bytesOf.set(char, byte);
  });
  return {
    decode: (bytes) => {
      let text = '';
      for (const byte of bytes) {
        const char = table[byte];
        if (char === undefined) return undefined;
        text += char;
      }
      return text;
    },
    encode: (text) => {
      const out = Buffer.alloc(text.length);
      for (let i = 0; i < text.length; i++) {
        const byte = bytesOf.get(text[i]);
        if (byte === undefined) return undefined;
        out[i] = byte;
      }
      return out;
    },
  };
}

/** Python's tokenizer normalisation (`get_normal_name`), plus the common aliases. */
export function normalizeEncoding(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n.startsWith('utf-8-') || n === 'utf8') return 'utf-8';
  if (['latin-1', 'iso-8859-1', 'iso-latin-1', 'latin1', 'l1', 'iso8859-1'].includes(n) || /^(latin-1|iso-8859-1|iso-latin-1)-/.test(n)) return 'iso-8859-1';
  if (n === 'ascii' || n === 'us-ascii' || n === '646') return 'ascii';
  if (/^iso8859-\d+$/.test(n)) return n.replace('iso8859', 'iso-8859');
  if (/^windows-125\d$/.test(n)) return n.replace('windows-', 'cp');
  if (n === 'sjis' || n === 'shift-jis' || n === 'shiftjis') return 'shift-jis';
  return n;
}

function findCookie(bytes: Uint8Array): { name: string; line: number } | undefined {
  // The cookie can only be on line 1, or on line 2 when line 1 is a comment or blank.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const lines = head.split(/\r\n|\r|\n/, 2);
  for (let i = 0; i < lines.length; i++) {
    const match = COOKIE.exec(lines[i]);
    if (match) return { name: match[1], line: i + 1 };
    if (!/^[ \t\f]*(#.*)?$/.test(lines[i])) break;
  }
  return undefined;
}

/**
 * A file with NUL bytes is binary unless the rest of it reads as text: a Python file with one stray
 * NUL in a string deserves "NUL byte on line 2", a PNG does not. Text means: without its NULs, the
 * start of the file is valid UTF-8 (or single-byte text) with few other control characters.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8000).filter((b) => b !== 0);
  const nuls = Math.min(bytes.length, 8000) - sample.length;
  if (nuls > 16 && nuls > sample.length / 100) return true;
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
  if (control > sample.length / 20) return true;
  // Cut at the sample's end may split a UTF-8 sequence; only judge a sample that is the whole file.
  const utf8 = fatalDecode('utf-8', sample) !== undefined;
  return !utf8 && bytes.length <= 8000 && !findCookie(sample);
}

function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
  return line;
}

function badByteWhere(bytes: Uint8Array, codec: Codec): string {
  // Find the first line that does not decode, to point the user at it.
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      if (codec.decode(bytes.subarray(lineStart, i)) === undefined) {
        const bad = bytes.subarray(lineStart, i).find((b) => b >= 0x80);
        return bad === undefined ? ` (line ${line})` : ` (byte 0x${bad.toString(16).toUpperCase()} on line ${line})`;
      }
      lineStart = i + 1;
      line++;
    }
  }
  return '';
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
