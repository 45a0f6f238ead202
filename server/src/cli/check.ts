// `py3migrate check`: report findings, change nothing.

import type { RuleSet } from '../engine';
import { flagValue, oneOf, parseArgs } from './args';
import { analyzeSource, formatFindingText, plural, type CliFinding } from './analysis';
import { collectInputs, readSourceFile, readStdin } from './files';
import { FILE_FLAGS, fileOptions } from './options';
import type { Console } from './console';

export const CHECK_FLAGS = { ...FILE_FLAGS, format: { value: true } };

export function runCheck(argv: readonly string[], rules: RuleSet, out: Console): number {
  const args = parseArgs(argv, CHECK_FLAGS, 'check');
  const format = oneOf(flagValue(args, 'format'), ['text', 'json'] as const, 'text', 'format');
  const options = fileOptions(args, rules);
  const { inputs, problems } = collectInputs(options.paths, options);
  let ioErrors = 0;
  for (const p of problems) {
    out.error(`${p.display}: ${p.problem}`);
    ioErrors++;
  }

  const all: CliFinding[] = [];
  let filesWithFindings = 0;
  let filesChecked = 0;
  for (const input of inputs) {
    const read = input.kind === 'stdin' ? readStdin(options.maxBytes) : readSourceFile(input.fsPath, options.maxBytes);
    if (!read.ok) {
      out.error(`${input.display}: ${read.problem} (skipped)`);
      ioErrors++;
      continue;
    }
    filesChecked++;
    // Empty files are normal (`__init__.py`); only one the user named gets a word about it.
    if (input.kind === 'file' && input.named && read.source.text.length === 0) out.warn(`${input.display}: empty file, nothing to check`);
    try {
      const analysis = analyzeSource(rules, read.source.text, input.display, options.target, options, input.kind === 'file' ? input.fsPath : undefined);
      if (analysis.syntaxError) {
        const { line, column } = analysis.syntaxError;
        out.warn(`${input.display}:${line}:${column}: does not parse (syntax error); findings in and after that part may be missing`);
      }
      if (analysis.findings.length > 0) filesWithFindings++;
      if (format === 'text') for (const f of analysis.findings) out.stdout(formatFindingText(f) + '\n');
      all.push(...analysis.findings);
    } catch (error) {
      // A bug in one rule must not stop the run over a whole tree.
      out.error(`${input.display}: internal error: ${(error as Error).stack ?? String(error)}`);
      ioErrors++;
    }
  }

  if (format === 'json') out.stdout(JSON.stringify(all, null, 2) + '\n');
  const safe = all.filter((f) => f.fix?.safety === 'safe').length;
  const unsafe = all.filter((f) => f.fix?.safety === 'unsafe').length;
  if (all.length === 0) {
    out.info(`No findings in ${plural(filesChecked, 'file')}.`);
  } else {
    const hints: string[] = [];
    if (safe > 0) hints.push(`${safe} fixable with \`py3migrate fix\``);
    if (unsafe > 0) hints.push(`${unsafe} more with \`py3migrate fix --unsafe-fixes\``);
    out.info(`Found ${plural(all.length, 'finding')} in ${plural(filesWithFindings, 'file')}${hints.length ? ` (${hints.join(', ')})` : ''}.`);
  }
  if (ioErrors > 0) out.info(`${plural(ioErrors, 'file')} could not be checked (see the errors above).`);
  return ioErrors > 0 ? 2 : all.length > 0 ? 1 : 0;
}
