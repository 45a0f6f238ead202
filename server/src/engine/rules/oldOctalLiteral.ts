import type { Fix, Rule } from '../types';
import { oldOctalLiterals } from './literalHits';

export const oldOctalLiteral: Rule = {
  id: 'old-octal-literal',
  category: 'syntax',
  severity: 'error',
  summary: 'Octal literal with a bare leading `0` is Python 2-only; use `0o`',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags integer literals written as octal with a bare leading zero (`0777`, `0644L`).',
    whyItBreaks: 'Python 3 only accepts the `0o` prefix for octal; `0777` is a SyntaxError. Python 2.6 and later accept `0o777` too, with the same value.',
    example: 'os.chmod(path, 0755)\nmask = 0777L',
    useInstead: 'os.chmod(path, 0o755)\nmask = 0o777',
    fixSafety: 'Safe: `0o777` is the same integer as `0777` on Python 2.6+ and 3. All-zero literals (`0`, `00`) are valid Python 3 and are left alone; the `L` of `0777L` is removed by `long-suffix`.',
  },
  checkFile(ctx) {
    for (const node of oldOctalLiterals(ctx.file)) {
      const digits = node.text.replace(/[lL]$/, '').slice(1);
      // Insert only the `o`: the `L` belongs to long-suffix, so both fixes apply in the same round.
      const fix: Fix = { title: 'Use the `0o` octal prefix', safety: 'safe', edits: [{ start: node.startIndex + 1, end: node.startIndex + 1, newText: 'o' }] };
      ctx.report({ node, message: `Octal literal \`${node.text}\` is Python 2-only; Python 3 spells it \`0o${digits}\``, fixes: { py3: fix, compat: fix } });
    }
  },
};
