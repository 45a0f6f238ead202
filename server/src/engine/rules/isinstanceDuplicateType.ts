import type { Fix, Rule } from '../types';
import { callOf, isBuiltinReference, plainArguments } from './builtinReference';

// Renames leave duplicate types behind: `isinstance(x, (str, basestring))` becomes
// `(str, str)` once basestring is rewritten. A repeated type changes nothing at run time,
// so the tuple is collapsed (2to3's fix_isinstance).
export const isinstanceDuplicateType: Rule = {
  id: 'isinstance-duplicate-type',
  category: 'builtins',
  severity: 'information',
  summary: 'The same type appears twice in an `isinstance`/`issubclass` tuple',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `isinstance(x, (A, A))` and `issubclass(C, (A, B, A))`, typically left behind by renaming fixes, and removes the repeats.',
    whyItBreaks: 'Nothing breaks; the duplicate is noise that other fixes (`basestring` -> `str`, `long` -> `int`) create.',
    example: 'isinstance(x, (str, str))\nissubclass(C, (int, float, int))',
    useInstead: 'isinstance(x, str)\nissubclass(C, (int, float))',
    fixSafety: 'Safe: a type tuple is tested member by member, so a repeat never changes the result.',
  },
  identifiers: ['isinstance', 'issubclass'],
  onIdentifier(node, ctx) {
    const call = callOf(node);
    // A repeated type repeats a word of the arguments' text: most calls are decided without the tree.
    if (!call || !repeatsAWord(ctx.file.text.slice(node.endIndex, call.endIndex))) return;
    const args = plainArguments(call);
    if (!args || args.length !== 2) return;
    const tuple = args[1];
    if (tuple.type !== 'tuple') return;
    const items = tuple.namedChildren;
    if (items.some((i) => i.type === 'comment' || (i.type !== 'identifier' && i.type !== 'attribute'))) return;
    const kept: string[] = [];
    for (const item of items) if (!kept.includes(item.text)) kept.push(item.text);
    // Repeats are rare: whether the name is the builtin is asked last.
    if (kept.length === items.length || !isBuiltinReference(node, ctx.file)) return;
    const fix: Fix = {
      title: 'Remove the repeated types',
      safety: 'safe',
      edits: [{ start: tuple.startIndex, end: tuple.endIndex, newText: kept.length === 1 ? kept[0] : `(${kept.join(', ')})` }],
    };
    const repeated = [...new Set(items.map((i) => i.text).filter((t, i, all) => all.indexOf(t) !== i))];
    ctx.report({ node: tuple, message: `${repeated.map((t) => `\`${t}\``).join(', ')} appears more than once in the type tuple`, fixes: { py3: fix, compat: fix } });
  },
};

/** Some ASCII identifier occurs twice in the text (or the text is not ASCII: then it may). */
function repeatsAWord(text: string): boolean {
  if (/[^\x00-\x7f]/.test(text)) return true;
  const seen = new Set<string>();
  for (const [word] of text.matchAll(/[A-Za-z_]\w*/g)) {
    if (seen.has(word)) return true;
    seen.add(word);
  }
  return false;
}
