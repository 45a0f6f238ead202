import { isInCompatCode } from '../context';
import type { Fix, Rule } from '../types';
import { capturesNamed, overCandidates } from './dictIteratorFamily';

export const xreadlines: Rule = {
  id: 'xreadlines',
  category: 'dicts-iterators',
  severity: 'error',
  summary: '`file.xreadlines()` does not exist in Python 3',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags uses of the `xreadlines` attribute: `f.xreadlines()` calls and references such as `g(f.xreadlines)`.',
    whyItBreaks: 'Python 3 file objects have no `xreadlines` (AttributeError). Since Python 2.3 a file is its own line iterator, and `xreadlines()` just returns `iter(f)`.',
    example: 'for line in f.xreadlines():\n    handle(line)\nlines = f.xreadlines()',
    useInstead: 'for line in f:\n    handle(line)\nlines = iter(f)',
    fixSafety:
      'Safe for file objects: in Python 2.7 `f.xreadlines()` returns `iter(f)`, the same iterator a `for` loop over `f` uses, and ' +
      '`f.__iter__` is the bound method that returns it. An object of your own with an `xreadlines` method but no `__iter__` would need review.',
  },
  checkFile: overCandidates((captures, ctx) => {
    for (const name of capturesNamed(captures, 'xreadlines')) {
      const attribute = name.parent;
      const receiver = attribute?.childForFieldName('object');
      if (!attribute || !receiver || isInCompatCode(attribute)) continue;
      const call = attribute.parent?.type === 'call' && attribute.parent.childForFieldName('function')?.id === attribute.id ? attribute.parent : undefined;
      const args = call?.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
      let fix: Fix | undefined;
      if (call && args.length === 0) {
        const loop = call.parent;
        const inLoop = (loop?.type === 'for_statement' || loop?.type === 'for_in_clause') && loop.childForFieldName('right')?.id === call.id;
        fix = inLoop
          ? { title: 'Iterate over the file itself', safety: 'safe', edits: [{ start: call.startIndex, end: call.endIndex, newText: receiver.text }] }
          : { title: 'Replace with `iter(f)`', safety: 'safe', edits: [{ start: call.startIndex, end: call.endIndex, newText: `iter(${receiver.text})` }] };
      } else if (!call) {
        fix = { title: 'Replace with `f.__iter__`', safety: 'safe', edits: [{ start: name.startIndex, end: name.endIndex, newText: '__iter__' }] };
      }
      ctx.report({ node: call ?? attribute, message: '`xreadlines` does not exist in Python 3; iterate over the file', fixes: fix ? { py3: fix, compat: fix } : {} });
    }
  }),
};
