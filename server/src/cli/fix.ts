// `py3migrate fix`: apply fixes in place (or to stdout for `-`, or as a diff with --diff).
// A file is written only when it is Python 2 code that parsed (or the fixes repaired it), its
// fixed text parses at least as well as before, re-encodes in the file's own encoding, and the
// file has not changed on disk meanwhile; otherwise it is left as it was, and stderr says why.

import * as path from 'node:path';
import { LineIndex, SourceFile, encodeSource, fixText, type RuleSet } from '../engine';
import { flagSet, parseArgs } from './args';
import { analyzeSource, firstSyntaxError, formatFindingText, plural, toCliFindings, type CliFinding } from './analysis';
import type { Console } from './console';
import { unifiedDiff } from './diff';
import { python2Problems, type Python2Problem } from './python2Validity';
import { collectInputs, readSourceFile, readStdin, writeFileAtomic } from './files';
import { FILE_FLAGS, fileOptions } from './options';

export const FIX_FLAGS = { ...FILE_FLAGS, 'unsafe-fixes': {}, diff: {} };

export function runFix(argv: readonly string[], rules: RuleSet, out: Console): number {
  const args = parseArgs(argv, FIX_FLAGS, 'fix');
  const options = fileOptions(args, rules);
  const unsafe = flagSet(args, 'unsafe-fixes');
  const diff = flagSet(args, 'diff');
  const { inputs, problems } = collectInputs(options.paths, options);
  let ioErrors = 0;
  for (const p of problems) {
    out.error(`${p.display}: ${p.problem}`);
    ioErrors++;
  }

  let fixedIssues = 0;
  let fixedFiles = 0;
  const remaining: CliFinding[] = [];
  for (const input of inputs) {
    try {
      const read = input.kind === 'stdin' ? readStdin(options.maxBytes) : readSourceFile(input.fsPath, options.maxBytes);
      if (!read.ok) {
        out.error(`${input.display}: ${read.problem} (not changed)`);
        ioErrors++;
        // stdin is a filter (editors pipe a buffer through it): what cannot be fixed comes out unchanged.
        if (input.kind === 'stdin' && !diff && read.bytes) out.stdout(read.bytes);
        continue;
      }
      const before = read.source.text;
      if (input.kind === 'file' && input.named && before.length === 0) out.warn(`${input.display}: empty file, nothing to fix`);
      const fsPath = input.kind === 'file' ? input.fsPath : undefined;
      const original = SourceFile.parse(before);
      const syntaxError = firstSyntaxError(original);
      const problems = python2Problems(original);
      const notPython2 = locate(original, problems.future ?? problems.py3Syntax);
      if (notPython2) {
        // Not Python 2 source: rewriting it as if it were could only do harm.
        out.warn(`${input.display}${notPython2.at}: not valid Python 2: ${notPython2.message}; not fixed`);
        const findings = rules.analyze(original, { ...options, path: fsPath });
        if (findings.length > 0) remaining.push(...toCliFindings(original.lineIndex, findings, input.display, options.target));
        original.dispose();
        if (input.kind === 'stdin' && !diff) out.stdout(read.bytes);
        continue;
      }
      original.dispose();

      // The config's severities too: an opt-in rule turned on in [tool.py3migrate.rules] is fixed as well as reported.
      const result = fixText(rules, before, { target: options.target, unsafe, select: options.select, ignore: options.ignore, severities: options.severities, path: fsPath });
      let after = result.text;
      let encoded: Uint8Array = read.bytes;
      if (result.refused) {
        out.warn(`${input.display}: not fixed: ${result.refused}`);
      } else if (syntaxError && result.changed && hasSyntaxError(after)) {
        // The file did not parse before and the fixes did not repair it: writing it would mean
        // rewriting code whose structure the parser may have misread.
        out.warn(`${input.display}:${syntaxError.line}:${syntaxError.column}: does not parse (syntax error), so it was not fixed`);
        after = before;
      } else if (syntaxError && !result.changed) {
        out.warn(`${input.display}:${syntaxError.line}:${syntaxError.column}: does not parse (syntax error); findings in and after that part may be missing`);
      }
      if (after !== before) {
        const encoding = encodeSource(after, read.source);
        if (encoding.ok) {
          encoded = encoding.bytes;
        } else {
          out.error(`${input.display}: not fixed: ${encoding.problem}`);
          ioErrors++;
          after = before;
        }
      }

      if (after !== before) {
        let written = true;
        if (diff) {
          out.stdout(unifiedDiff(before, after, diffName(input.display)));
        } else if (input.kind === 'stdin') {
          out.stdout(encoded);
        } else {
          try {
            writeFileAtomic(input.fsPath, encoded, read.stat);
          } catch (error) {
            out.error(`${input.display}: could not write the fixed file: ${(error as Error).message} (not changed)`);
            ioErrors++;
            written = false;
            after = before;
          }
        }
        if (written) {
          fixedIssues += result.appliedFixes;
          fixedFiles++;
        }
      } else if (input.kind === 'stdin' && !diff) {
        out.stdout(read.bytes);
      }
      // What is left: the fixer's remaining findings, or the original's when nothing was applied.
      if (after === result.text) {
        if (result.remaining.length > 0) remaining.push(...toCliFindings(new LineIndex(after), result.remaining, input.display, options.target));
      } else {
        remaining.push(...analyzeSource(rules, before, input.display, options.target, options, fsPath).findings);
      }
  
    } catch (error) {
      // A bug in one rule must not stop the run over a whole tree: report it, leave the file as it was.
      out.error(`${input.display}: internal error, not changed: ${(error as Error).stack ?? String(error)}`);
      ioErrors++;
    }
  }

  for (const f of remaining) out.info(formatFindingText(f));
  const verb = diff ? 'Would fix' : 'Fixed';
  const unsafeLeft = unsafe ? 0 : remaining.filter((f) => f.fix?.safety === 'unsafe').length;
  const hint = unsafeLeft > 0 ? ` (${unsafeLeft} fixable with --unsafe-fixes)` : '';
  out.info(`${verb} ${plural(fixedIssues, 'issue')} in ${plural(fixedFiles, 'file')}, ${remaining.length} remaining${hint}.`);
  if (ioErrors > 0) out.info(`${plural(ioErrors, 'file')} could not be fixed (see the errors above).`);
  return ioErrors > 0 ? 2 : remaining.length > 0 ? 1 : 0;
}

/** The path in `--- a/<path>`: relative and with forward slashes, as `git apply` and `patch -p1` expect. */
function diffName(display: string): string {
  if (display === '-') return 'stdin';
  let name = display;
  if (path.isAbsolute(name)) {
    const relative = path.relative(process.cwd(), name);
    name = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : name.replace(/^([A-Za-z]:)?[\\/]+/, '');
  }
  return name.split(path.sep).join('/').replace(/^\.\//, '');
}

function hasSyntaxError(text: string): boolean {
  const file = SourceFile.parse(text);
  try {
    return file.root.hasError;
  } finally {
    file.dispose();
  }
}

function locate(file: SourceFile, problem: Python2Problem | undefined): { at: string; message: string } | undefined {
  if (!problem) return undefined;
  const { line, column } = file.lineIndex.positionAt(problem.start);
  return { at: `:${line + 1}:${column + 1}`, message: problem.message };
}
