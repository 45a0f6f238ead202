import type { Node } from 'web-tree-sitter';
import { mayFindNameAfter, nextNameIn, nextTokenStart } from '../context';
import { parentOf } from '../nodeParent';
import type { SourceFile } from '../sourceFile';
import type { Fix, Rule, RuleContext } from '../types';
import { callOf, isBuiltinReference } from './builtinReference';
import { stringLiteral } from './pyStringLiteral';

// Python 2 open() without 'b' returns byte strings anyway (newlines are only translated on
// Windows), so binary data read in text mode worked. Python 3 text mode decodes with the locale
// encoding and returns str, which pickle, marshal and struct reject and which has no .decode().
// Only handles whose use proves binary data are flagged, so the 'b' suggestion is never a guess.

const PICKLERS = new Set(['pickle', 'cPickle', 'marshal']);

export const openTextMode: Rule = {
  id: 'open-text-mode',
  category: 'strings-bytes',
  severity: 'warning',
  summary: 'A file holding binary data is opened in text mode',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes:
      'Flags `open()` without `b` in the mode when the handle is provably used for binary data: passed to `pickle`/`cPickle`/`marshal` ' +
      '`load`/`dump`, read with `.read()` whose result is `.decode()`d or passed to `struct.unpack` or `pickle.loads`, or written ' +
      'with `struct.pack(...)`, `.encode(...)` or `pickle.dumps(...)` data. Other `open()` calls are left alone.',
    whyItBreaks:
      'On Python 2 a text-mode file reads and writes byte strings, so binary data worked (except for newline translation on Windows). ' +
      'On Python 3 text mode decodes with the locale encoding and yields str: `pickle.load` raises TypeError, `.decode()` does not ' +
      'exist on str, `struct.unpack` wants bytes, and writing bytes raises TypeError.',
    example: "with open(path) as f:\n    data = pickle.load(f)",
    useInstead: "with open(path, 'rb') as f:\n    data = pickle.load(f)",
    fixSafety:
      "Unsafe: adding `b` is what the binary use needs, but any other use of the same handle (iterating lines, `print >>f`) then " +
      'sees bytes on Python 3. On Python 2 it only stops newline translation on Windows.',
  },
  identifiers: ['open'],
  onIdentifier(node, ctx) {
    const call = callOf(node);
    if (!call || !mayShowBinaryUse(ctx.file)) return;
    const list = call.childForFieldName('arguments');
    if (list?.type !== 'argument_list') return;
    const args = list.namedChildren.filter((c) => c.type !== 'comment');
    const positional = args.filter((a) => a.type !== 'keyword_argument');
    if (positional.length === 0 || args.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) return;
    const keywords = new Map(args.filter((a) => a.type === 'keyword_argument').map((a) => [a.childForFieldName('name')?.text ?? '', a.childForFieldName('value')]));
    if (keywords.has('encoding') || keywords.has('newline')) return;
    const modeNode = positional[1] ?? keywords.get('mode') ?? undefined;
    let mode = 'r';
    if (modeNode) {
      const literal = modeNode.type === 'string' ? stringLiteral(modeNode) : undefined;
      if (!literal || literal.content.includes('\\')) return;
      mode = literal.content;
    }
    if (mode.includes('b') || !isBuiltinReference(node, ctx.file)) return;
    const evidence = binaryUse(call, ctx);
    if (!evidence) return;
    const fixes: Partial<Record<'py3' | 'compat', Fix>> = {};
    if (!mode.includes('U')) {
      const newMode = mode + 'b';
      const edits = modeNode
        ? [{ start: stringLiteral(modeNode)!.contentStart + mode.length, end: stringLiteral(modeNode)!.contentStart + mode.length, newText: 'b' }]
        : [{ start: positional[0].endIndex, end: positional[0].endIndex, newText: `, '${newMode}'` }];
      const fix: Fix = { title: `Open in binary mode ('${newMode}')`, safety: 'unsafe', edits };
      fixes.py3 = fix;
      fixes.compat = fix;
    }
    ctx.report({
      node: call,
      message: `File opened in text mode ('${mode}') but ${evidence}: Python 3 text mode yields str, not bytes; open it with '${mode.replace('U', '')}b'`,
      fixes,
    });
  },
};

/**
 * Every use handleUse recognises names `pickle`/`cPickle`/`marshal`, `struct`, `.decode` or
 * `.encode`: a file without these words has no evidence, and its open() calls are not looked at.
 */
function mayShowBinaryUse(file: SourceFile): boolean {
  return file.memo('open-text-mode:evidence-words', (f) => /ickle|marshal|struct|decode|encode/.test(f.text));
}

/** What proves the handle (the call itself, or the name it is bound to) carries binary data. */
function binaryUse(call: Node, ctx: RuleContext): string | undefined {
  const direct = handleUse(call);
  if (direct) return direct;
  const name = boundName(call);
  if (!name) return undefined;
  const text = ctx.file.text;
  // Most handles are never mentioned again: seen before the walk up to the scope.
  if (!mayFindNameAfter(text, name, call.endIndex)) return undefined;
  let scope: Node | null = parentOf(call);
  while (scope && scope.type !== 'function_definition' && scope.type !== 'module') scope = scope.parent;
  if (!scope) return undefined;
  const wellFormed = !ctx.file.root.hasError;
  for (let at = nextNameIn(text, name, call.endIndex, scope.endIndex); at >= 0; at = nextNameIn(text, name, at + 1, scope.endIndex)) {
    // handleUse needs the name as an argument (then `,` or `)` follows in a tree without errors) or
    // as an attribute's object (`.` follows): other mentions are passed over without the tree. (A
    // non-ASCII character after the name may continue the identifier: left to the tree.)
    const end = at + name.length;
    if (wellFormed && text.charCodeAt(end) < 0x80 && !USE_FOLLOWERS.includes(text[nextTokenStart(text, end)])) continue;
    const occurrence = ctx.file.root.descendantForIndex(at, at + name.length);
    if (occurrence?.type !== 'identifier' || occurrence.startIndex !== at) continue;
    const use = handleUse(occurrence);
    if (use) return `\`${name}\` ${use.replace(/^the handle /, '')} (line ${occurrence.startPosition.row + 1})`;
  }
  return undefined;
}

const USE_FOLLOWERS = ['.', ',', ')'];

function boundName(call: Node): string | undefined {
  const parent = parentOf(call);
  if (parent?.type === 'assignment' && parent.childForFieldName('right')?.id === call.id) {
    const left = parent.childForFieldName('left');
    return left?.type === 'identifier' ? left.text : undefined;
  }
  // `with open(p) as f:`
  if (parent?.type === 'as_pattern' && parent.namedChildren[0]?.id === call.id) {
    const alias = parent.childForFieldName('alias');
    const id = alias?.type === 'identifier' ? alias : alias?.namedChildren[0];
    return id?.type === 'identifier' ? id.text : undefined;
  }
  return undefined;
}

function calleeName(call: Node | null | undefined): { object?: string; name: string } | undefined {
  if (call?.type !== 'call') return undefined;
  const fn = call.childForFieldName('function');
  if (fn?.type === 'identifier') return { name: fn.text };
  if (fn?.type === 'attribute') return { object: fn.childForFieldName('object')?.text, name: fn.childForFieldName('attribute')?.text ?? '' };
  return undefined;
}

/** How `handle` (an open() call or a name bound to one) is used, when that use needs bytes. */
function handleUse(handle: Node): string | undefined {
  // The open() call's parent is asked again by boundName: remembered per node.
  const parent = parentOf(handle);
  if (parent?.type === 'argument_list') {
    const outer = calleeName(parent.parent);
    if (outer?.object && PICKLERS.has(outer.object) && (outer.name === 'load' || outer.name === 'dump')) return `is passed to \`${outer.object}.${outer.name}\``;
    return undefined;
  }
  if (parent?.type !== 'attribute' || parent.childForFieldName('object')?.id !== handle.id) return undefined;
  const method = parent.childForFieldName('attribute')?.text;
  const methodCall = parent.parent;
  if (methodCall?.type !== 'call' || methodCall.childForFieldName('function')?.id !== parent.id) return undefined;
  if (method === 'read') {
    const after = methodCall.parent;
    if (after?.type === 'attribute' && after.childForFieldName('attribute')?.text === 'decode') return 'has its `.read()` result decoded';
    if (after?.type === 'argument_list') {
      const consumer = calleeName(after.parent);
      if (consumer?.object === 'struct' && consumer.name.startsWith('unpack')) return 'is read by `struct.unpack`';
      if (consumer?.object && PICKLERS.has(consumer.object) && consumer.name === 'loads') return `is read by \`${consumer.object}.loads\``;
    }
  }
  if (method === 'write') {
    const data = methodCall.childForFieldName('arguments')?.namedChildren[0];
    const producer = calleeName(data);
    if (producer?.object === 'struct' && producer.name === 'pack') return 'is written `struct.pack` data';
    if (producer?.object && PICKLERS.has(producer.object) && producer.name === 'dumps') return `is written \`${producer.object}.dumps\` data`;
    if (producer?.object !== undefined && producer.name === 'encode') return 'is written `.encode()`d bytes';
  }
  return undefined;
}
