import type { Fix, Rule } from '../types';
import { literalsMatching } from './pyStringLiteral';

// Python 3.3+ accepts `u"..."` again (PEP 414) and it means the same as `"..."`, so the prefix
// breaks nothing. While a code base still runs on Python 2 it is the best record of which
// literals are text, so only the cleanup target (Python 3-only code) drops it.
export const unicodeLiteralPrefix: Rule = {
  id: 'unicode-literal-prefix',
  category: 'strings-bytes',
  severity: 'information',
  defaultEnabled: false,
  summary: 'The `u` string prefix is redundant on Python 3',
  fixability: { py3: 'manual', compat: 'manual', cleanup: 'safe' },
  docs: {
    whatItDoes: 'Notes string literals with a `u` prefix. Only the cleanup target removes the prefix; the py3 and compat targets keep it. Off by default (one finding per `u\'\'` literal is noise while porting); select it for the cleanup phase: `py3migrate fix --target cleanup --select unicode-literal-prefix`.',
    whyItBreaks:
      'Nothing breaks: Python 3.3+ accepts `u"..."` as a plain str literal. During the migration the prefix marks which literals are ' +
      'text (versus bytes), which is worth keeping until Python 2 support is dropped.',
    example: 'name = u"caf\\xe9"',
    useInstead: 'cleanup: name = "caf\\xe9"',
    fixSafety: 'Safe for the cleanup target: on Python 3 `u"..."` and `"..."` are the same str. Not offered for compat, where Python 2 needs the prefix.',
  },
  checkFile(ctx) {
    for (const node of literalsMatching(ctx.file, /(?<![\w.])[uU](?=['"])/g, 'start')) {
      const fix: Fix = { title: 'Remove the `u` prefix', safety: 'safe', edits: [{ start: node.startIndex, end: node.startIndex + 1, newText: '' }] };
      ctx.report({ start: node.startIndex, end: node.startIndex + 1, message: 'The `u` prefix is redundant on Python 3 (kept until Python 2 support is dropped)', fixes: { cleanup: fix } });
    }
  },
};
