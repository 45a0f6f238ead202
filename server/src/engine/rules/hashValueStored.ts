import type { Node } from 'web-tree-sitter';
import type { Rule } from '../types';
import { callOf, isBuiltinReference, plainArguments } from './builtinReference';
import { numericKind } from './numericKind';

// Python 2 does not randomise str hashes (sys.flags.hash_randomization == 0): hash('abc') is the
// same in every run, so code could shard by it, persist it or print it. Python 3 salts str and
// bytes hashes per process (PYTHONHASHSEED), so such values change from run to run. Only uses
// that leave the process or pick a bucket are flagged; hash() inside __hash__ is fine.
export const hashValueStored: Rule = {
  id: 'hash-value-stored',
  category: 'other',
  severity: 'warning',
  summary: '`hash()` of a string differs between runs on Python 3',
  fixability: { py3: 'manual', compat: 'manual' },
  docs: {
    whatItDoes:
      'Flags `hash(x)` whose result picks a bucket (`hash(x) % n`, `hash(x) & mask`) or is turned into text ' +
      '(`str()`, `%` formatting, `print`, `.write()`), unless `x` is provably an int.',
    whyItBreaks:
      'Python 2 hashes strings the same way in every run, so `hash(key) % shards` or a stored `hash()` value stays valid. ' +
      'Python 3 randomises str and bytes hashes per process: the same key lands in another shard, and stored values no longer match.',
    example: 'shard = hash(user_id) % 16',
    useInstead: 'import zlib\nshard = zlib.crc32(user_id.encode("utf-8")) % 16',
    fixSafety: 'No automatic fix: a stable hash (`zlib.crc32`, `hashlib`) gives different numbers than Python 2 `hash()`, so stored data must be migrated.',
  },
  identifiers: ['hash'],
  onIdentifier(node, ctx) {
    const call = callOf(node);
    if (!call || !isBuiltinReference(node, ctx.file)) return;
    const args = plainArguments(call);
    if (!args || args.length !== 1 || numericKind(args[0], ctx.file) !== 'unknown') return;
    const use = persistentUse(call);
    if (!use) return;
    ctx.report({
      node: call,
      message: `\`hash()\` of a str or bytes changes from run to run on Python 3 (hash randomisation), and this result is ${use}; use \`zlib.crc32\` or \`hashlib\` for a stable value`,
    });
  },
};

function persistentUse(call: Node): string | undefined {
  let node = call;
  let parent = node.parent;
  while (parent?.type === 'parenthesized_expression') {
    node = parent;
    parent = parent.parent;
  }
  if (!parent) return undefined;
  if (parent.type === 'binary_operator' && parent.childForFieldName('left')?.id === node.id) {
    const op = parent.childForFieldName('operator')?.type;
    if (op === '%') return 'used to pick a bucket (`% n`)';
    if (op === '&') return 'masked to pick a bucket';
  }
  if (parent.type === 'binary_operator' && parent.childForFieldName('operator')?.type === '%' && parent.childForFieldName('left')?.type === 'string') return 'formatted as text';
  if (parent.type === 'print_statement') return 'printed';
  if (parent.type === 'argument_list') {
    const fn = parent.parent?.childForFieldName('function');
    const name = fn?.type === 'identifier' ? fn.text : fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
    if (name === 'str' || name === 'repr' || name === 'print' || name === 'hex') return `passed to \`${name}()\``;
    if (name === 'write' || name === 'dump' || name === 'dumps' || name === 'send' || name === 'sendall') return `written out (\`.${name}()\`)`;
  }
  return undefined;
}
