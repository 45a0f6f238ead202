// `py3migrate rules`: the rule catalogue, straight from the rule records (the one source of truth).

import type { FixSafety, RuleSet } from '../engine';
import { UsageError, flagValue, oneOf, parseArgs } from './args';
import type { Console } from './console';

export const RULES_FLAGS = { format: { value: true }, help: { short: 'h' } };

export function runRules(argv: readonly string[], rules: RuleSet, out: Console): number {
  const args = parseArgs(argv, RULES_FLAGS, 'rules');
  if (args.positionals.length > 0) throw new UsageError(`'rules' takes no paths (got '${args.positionals[0]}')`);
  const format = oneOf(flagValue(args, 'format'), ['text', 'json'] as const, 'text', 'format');
  const list = rules.rules.map((rule) => ({
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    fixability: {
      py3: rule.fixability.py3 ?? 'none',
      compat: rule.fixability.compat ?? 'none',
      cleanup: rule.fixability.cleanup ?? rule.fixability.py3 ?? 'none',
    } satisfies Record<string, FixSafety | 'none'>,
    summary: rule.summary,
    docs: rule.docs,
  }));
  if (format === 'json') {
    out.stdout(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  const rows = list.map((r) => [r.id, r.category, r.severity, `py3:${r.fixability.py3} compat:${r.fixability.compat}`, r.summary]);
  const header = ['RULE', 'CATEGORY', 'SEVERITY', 'FIX', 'SUMMARY'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  out.stdout([line(header), ...rows.map(line)].join('\n') + '\n');
  return 0;
}
