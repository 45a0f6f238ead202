import type { Node } from 'web-tree-sitter';
import { isInCompatCode, nextTokenStart } from '../context';
import type { Fix, RequiredImport, Rule } from '../types';
import { plainArguments } from './builtinReference';
import { stringLiteral } from './pyStringLiteral';

// Python 2's str.encode/str.decode accept any codec, including the bytes-to-bytes ones
// (`'abc'.encode('hex') == '616263'`). Python 3's str.encode and bytes.decode accept text
// encodings only: `LookupError: 'hex' is not a text encoding; use codecs.encode()`.
// `codecs.encode(x, name)` / `codecs.decode(x, name)` is what the method did on Python 2
// (identical there), and on Python 3 it still finds these codecs.
//
// On Python 3 the bytes codecs take and return bytes: `codecs.encode('abc', 'hex')` is a
// TypeError, `codecs.encode(b'abc', 'hex') == b'616263'`, so that rewrite is unsafe. rot13
// is str -> str on both, so it is safe for text.

type Kind = 'bytes' | 'text' | 'none';

const CODECS: Record<string, { canonical: string; kind: Kind }> = {};
for (const [names, canonical, kind] of [
  ['hex hex_codec', 'hex', 'bytes'],
  ['base64 base_64 base64_codec', 'base64', 'bytes'],
  ['zlib zip zlib_codec', 'zlib', 'bytes'],
  ['bz2 bz2_codec', 'bz2', 'bytes'],
  ['uu uu_codec', 'uu', 'bytes'],
  ['quopri quotedprintable quoted_printable quopri_codec', 'quopri', 'bytes'],
  ['rot13 rot_13', 'rot13', 'text'],
  ['string_escape', 'string_escape', 'none'],
] as const) {
  for (const name of names.split(' ')) CODECS[name] = { canonical, kind };
}

const CODECS_IMPORT: RequiredImport = { kind: 'import', module: 'codecs' };

export const nonTextCodec: Rule = {
  id: 'non-text-codec',
  category: 'strings-bytes',
  severity: 'error',
  summary: '`.encode()`/`.decode()` with a codec that is not a text encoding fails on Python 3',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes:
      "Flags `x.encode(name)` and `x.decode(name)` where `name` is a string literal naming one of Python 2's non-text codecs: " +
      '`hex`, `base64`, `zlib`, `bz2`, `uu`, `quopri`, `rot13` (and their aliases), `string_escape`.',
    whyItBreaks:
      "Python 3's `str.encode` and `bytes.decode` only accept text encodings: `'abc'.encode('hex')` raises " +
      "`LookupError: 'hex' is not a text encoding`. The codecs still exist, through `codecs.encode`/`codecs.decode`, " +
      'but the bytes-to-bytes ones (hex, base64, zlib, bz2, uu, quopri) take bytes and return bytes on Python 3. ' +
      '`string_escape` does not exist in Python 3 at all.',
    example: "digest = data.encode('hex')\nsecret = text.encode('rot13')",
    useInstead: "import codecs\ndigest = codecs.encode(data, 'hex')\nsecret = codecs.encode(text, 'rot13')",
    fixSafety:
      'On Python 2 `codecs.encode(x, name)` is exactly `x.encode(name)`. On Python 3, rot13 maps str to str as before, so that ' +
      'rewrite is safe (unless the receiver is a `b""` literal). The bytes codecs need a bytes argument there and return bytes ' +
      "(`b'616263'` where Python 2 gave the str `'616263'`), so that rewrite is unsafe: check the receiver is bytes and decode " +
      "the result (`.decode('ascii')`) where text is needed, or use `binascii.hexlify`/`base64.b64encode`. `string_escape` has no fix " +
      "(`codecs.escape_encode` or `unicode_escape` come closest).",
  },
  identifiers: ['encode', 'decode'],
  onIdentifier(node, ctx) {
    // Only `.encode(<string literal>...)` can be flagged, and most calls pass a variable or nothing:
    // told from the text after the name before the tree is asked (in a tree without errors, the
    // call's arguments start with `(` and the literal with its prefix and quote).
    if (!isCalledWithStringFirst(ctx.file.text, node.endIndex) && !ctx.file.root.hasError) return;
    const attribute = node.parent;
    if (attribute?.type !== 'attribute' || attribute.childForFieldName('attribute')?.id !== node.id) return;
    const call = attribute.parent;
    if (call?.type !== 'call' || call.childForFieldName('function')?.id !== attribute.id) return;
    const receiver = attribute.childForFieldName('object');
    const args = plainArguments(call);
    if (!receiver || !args || args.length === 0 || args.length > 2 || args[0].type !== 'string') return;
    const literal = stringLiteral(args[0]);
    if (!literal || /[fF]/.test(literal.prefix) || literal.content.includes('\\')) return;
    const codec = CODECS[literal.content.toLowerCase().replace(/[-\s]/g, '_')];
    if (!codec || isInCompatCode(node)) return;
    // `codecs.encode(s, 'hex')` is already the portable spelling; `mod.encode` of another module is not a str method.
    if (receiver.type === 'identifier' && receiver.text === 'codecs') return;
    const method = node.text;
    let message = `\`.${method}('${literal.content}')\`: '${codec.canonical}' is not a text encoding, so Python 3's str/bytes \`.${method}()\` raises LookupError`;
    let fix: Fix | undefined;
    if (codec.kind === 'none') {
      message += "; Python 3 has no 'string_escape' codec (`codecs.escape_encode`/`escape_decode` or 'unicode_escape' come closest)";
    } else {
      const bytesReceiver = receiver.type === 'string' && /b/i.test(stringLiteral(receiver)?.prefix ?? '');
      const safe = codec.kind === 'text' && !bytesReceiver;
      if (codec.kind === 'bytes') message += `; \`codecs.${method}()\` works on both, but on Python 3 it takes and returns bytes`;
      fix = {
        title: `Call \`codecs.${method}(…, '${literal.content}')\``,
        safety: safe ? 'safe' : 'unsafe',
        edits: rewrite(call, attribute, receiver, method),
        imports: [CODECS_IMPORT],
      };
    }
    ctx.report({ node: call, message, fixes: fix ? { py3: fix, compat: fix } : {} });
  },
};

function isCalledWithStringFirst(text: string, nameEnd: number): boolean {
  const open = nextTokenStart(text, nameEnd);
  if (text[open] !== '(') return false;
  let at = nextTokenStart(text, open + 1);
  while (STRING_PREFIX.includes(text[at])) at++;
  return text[at] === "'" || text[at] === '"';
}

const STRING_PREFIX = ['r', 'R', 'u', 'U', 'b', 'B', 'f', 'F'];

/** `recv.encode(args)` -> `codecs.encode(recv, args)`: replace up to the `(`, then put the receiver first. */
function rewrite(call: Node, attribute: Node, receiver: Node, method: string): Fix['edits'] {
  const args = call.childForFieldName('arguments')!;
  return [
    { start: attribute.startIndex, end: args.startIndex + 1, newText: `codecs.${method}(${receiver.text}, ` },
  ];
}
