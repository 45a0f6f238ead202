// `py3migrate requirements`: which declared dependencies stand in the way of Python 3.

import { checkRequirementsFiles } from '../requirements/files';
import { flagValue, oneOf, parseArgs } from './args';
import { plural } from './analysis';
import type { Console } from './console';

export const REQUIREMENTS_FLAGS = { format: { value: true } };

export function runRequirements(argv: readonly string[], out: Console): number {
  const args = parseArgs(argv, REQUIREMENTS_FLAGS, 'requirements');
  const format = oneOf(flagValue(args, 'format'), ['text', 'json'] as const, 'text', 'format');
  const paths = args.positionals.length > 0 ? args.positionals : ['.'];
  const run = checkRequirementsFiles(paths);
  for (const problem of run.problems) out.error(problem);

  const findings = run.files.flatMap((file) =>
    file.findings.map((finding, i) => ({ file: file.path, ...file.positions[i]!, ...finding })),
  );
  if (format === 'json') {
    const rows = findings.map(({ file, line, column, endLine, endColumn, id, severity, name, message, suggestion, source }) => ({
      file, line, column, endLine, endColumn, id, severity, package: name, message, suggestion, source,
    }));
    out.stdout(JSON.stringify(rows, null, 2) + '\n');
  } else {
    for (const f of findings) {
      out.stdout(`${f.file}:${f.line}:${f.column}: ${f.severity} [${f.id}] ${f.message}\n    instead: ${f.suggestion}\n    source: ${f.source}\n`);
    }
  }
  const requirements = run.files.reduce((n, f) => n + f.requirements, 0);
  if (run.files.length === 0 && run.problems.length === 0) {
    out.info(`No dependency files found under ${paths.join(', ')} (looked for requirements*.txt, setup.py, setup.cfg, Pipfile, pyproject.toml).`);
  } else {
    out.info(`Checked ${plural(requirements, 'requirement')} in ${plural(run.files.length, 'file')}: ${findings.length === 0 ? 'nothing stands in the way of Python 3' : plural(findings.length, 'finding')}.`);
  }
  if (run.problems.length > 0) return 2;
  return findings.some((f) => f.severity !== 'information') ? 1 : 0;
}
