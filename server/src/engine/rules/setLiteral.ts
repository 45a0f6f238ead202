import type { Fix, Rule } from '../types';
import { callOf, isBuiltinReference, plainArguments } from './builtinReference';
import { escapingReads } from './comprehensionEscape';

// `set([1, 2])` builds a list only to copy it; Python 2.7 and 3 both have set literals and set
// comprehensions. Cosmetic, so information only (2to3's optional fix_set_literal).
export const setLiteral: Rule = {
  id: 'set-literal',
  category: 'other',
  severity: 'information',
  defaultEnabled: false,
  summary: '`set([...])` can be a set literal',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `set([a, b])`, `set((a, b))` and `set([x for x in xs])` and rewrites them to `{a, b}` and `{x for x in xs}`. Off by default (cosmetic); select it by id or give it a severity in settings to use it.',
    whyItBreaks: 'Nothing breaks: it is a cleanup that Python 2.7 and 3 both support. An empty `set([])` is left alone (`{}` is a dict).',
    example: 'allowed = set(["r", "w"])\nseen = set([k.lower() for k in keys])',
    useInstead: 'allowed = {"r", "w"}\nseen = {k.lower() for k in keys}',
    fixSafety: 'Safe: the literal builds the same set, evaluating the elements in the same order, on 2.7 and 3. A list comprehension whose variable is read afterwards (Python 2 leaks it) is left alone.',
  },
  identifiers: ['set'],
  onIdentifier(node, ctx) {
    const call = callOf(node);
    if (!call || !isBuiltinReference(node, ctx.file)) return;
    const args = plainArguments(call);
    if (!args || args.length !== 1) return;
    const arg = args[0];
    if (arg.type !== 'list' && arg.type !== 'tuple' && arg.type !== 'list_comprehension') return;
    const items = arg.namedChildren.filter((c) => c.type !== 'comment');
    if (items.length === 0 || arg.namedChildren.some((c) => c.type === 'comment')) return;
    // A Python 2 list comprehension leaks its variable; a set comprehension does not.
    if (arg.type === 'list_comprehension' && escapingReads(arg, ctx.file).length > 0) return;
    const fix: Fix = {
      title: arg.type === 'list_comprehension' ? 'Use a set comprehension' : 'Use a set literal',
      safety: 'safe',
      edits: [
        { start: call.startIndex, end: arg.startIndex + 1, newText: '{' },
        { start: arg.endIndex - 1, end: call.endIndex, newText: '}' },
      ],
    };
    ctx.report({ node: call, message: arg.type === 'list_comprehension' ? '`set([... for ...])` can be a set comprehension' : arg.type === 'tuple' ? '`set((...))` can be a set literal' : '`set([...])` can be a set literal', fixes: { py3: fix, compat: fix } });
  },
};
