// `py3migrate check`: report findings, change nothing.
// Files are checked on worker threads (--jobs) and reported in input order. Text and GitHub
// output stream as results arrive; JSON and SARIF keep the findings (never the file texts) and
// print them at the end. With --baseline only findings the baseline does not know are reported.

import * as path from 'node:path';
import { version } from '../../../package.json';
import type { RuleSelection, RuleSet } from '../engine';
import { UsageError, flagSet, flagValue, oneOf, parseArgs } from './args';
import { formatFindingText, plural } from './analysis';
import { BaselineMatcher, BaselineRecorder, baselinePathOf, readBaseline, type BaselineEntry } from './baseline';
import { checkFileJob, checkRead, publicFinding, type CheckJob, type CheckedFinding, type FileResult } from './checkFile';
import { AtomicOutput, collectInputs, readStdin, type ReadResult } from './files';
import { formatGithub, githubPath } from './github';
import { FILE_FLAGS, fileOptions } from './options';
import { Progress } from './progress';
import { bundledDocsBase, sarifLog, type SarifRunInfo } from './sarif';
import { MIN_FILES_FOR_WORKERS, defaultJobs, runChecks } from './workerPool';
import type { Console } from './console';

export const CHECK_FLAGS = {
  ...FILE_FLAGS,
  format: { value: true },
  'output-file': { value: true, short: 'o' },
  'exit-zero': {},
  baseline: { value: true },
  'update-baseline': {},
  jobs: { value: true, short: 'j' },
  'no-progress': {},
  'docs-base-url': { value: true },
};

export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;

export async function runCheck(argv: readonly string[], rules: RuleSet, out: Console): Promise<number> {
  const args = parseArgs(argv, CHECK_FLAGS, 'check');
  const format = oneOf(flagValue(args, 'format'), CHECK_FORMATS, 'text', 'format');
  const options = fileOptions(args, rules);
  // The flag wins over [tool.py3migrate] docs-base-url.
  const docsBase = docsBaseUrl(flagValue(args, 'docs-base-url') ?? options.docsBaseUrl);
  const jobsFlag = positiveInt(flagValue(args, 'jobs'), 'jobs');
  const exitZero = flagSet(args, 'exit-zero');
  const baselineFile = flagValue(args, 'baseline');
  const updateBaseline = flagSet(args, 'update-baseline');
  if (updateBaseline && !baselineFile) throw new UsageError('--update-baseline needs --baseline FILE (the file to write)');
  const outputFile = flagValue(args, 'output-file');

  let oldBaseline: BaselineEntry[] = [];
  if (baselineFile && !updateBaseline) {
    oldBaseline = readBaseline(baselineFile);
  } else if (baselineFile) {
    try {
      oldBaseline = readBaseline(baselineFile);
    } catch {
      // Being rewritten: a missing or broken old file has nothing worth keeping.
    }
  }
  const baselineDir = baselineFile ? path.dirname(path.resolve(baselineFile)) : '';
  const matcher = baselineFile && !updateBaseline ? new BaselineMatcher(oldBaseline) : undefined;
  const recorder = updateBaseline ? new BaselineRecorder() : undefined;

  const { inputs, problems } = collectInputs(options.paths, options);
  const progress = new Progress(inputs.length, process.stderr, process.stderr.isTTY === true && !flagSet(args, 'no-progress'));
  const say: Console = {
    stdout: (data) => out.stdout(data),
    error: (m) => (progress.clear(), out.error(m)),
    warn: (m) => (progress.clear(), out.warn(m)),
    info: (m) => (progress.clear(), out.info(m)),
  };

  let sink: AtomicOutput | undefined;
  if (outputFile) {
    try {
      sink = AtomicOutput.open(outputFile);
    } catch (error) {
      say.error((error as Error).message);
      return 2;
    }
  }
  const write = (data: string): void => {
    if (sink) sink.write(data);
    else {
      progress.clear();
      out.stdout(data);
    }
  };

  try {
    let ioErrors = 0;
    const sarifProblems: SarifRunInfo['problems'] = [];
    for (const p of problems) {
      say.error(`${p.display}: ${p.problem}`);
      sarifProblems.push({ display: p.display, message: `${p.display}: ${p.problem}` });
      ioErrors++;
    }

    // Everything but the file lists goes to the workers (structured-cloned: the rule-id sets too).
    const { paths: _paths, exclude: _exclude, ...settings } = options;
    const settingsForFormat = { ...settings, withFixEdits: format === 'sarif', withFingerprints: format === 'sarif' || matcher !== undefined || recorder !== undefined };
    const jobs: CheckJob[] = inputs.map((input, index) =>
      input.kind === 'file' ? { index, display: input.display, fsPath: input.fsPath, named: input.named } : { index, display: input.display, named: true });
    let stdin: ReadResult | undefined;
    if (inputs.some((i) => i.kind === 'stdin')) stdin = readStdin(options.maxBytes);
    const fileCount = jobs.filter((j) => j.fsPath !== undefined).length;
    const workers = jobsFlag ?? (fileCount >= MIN_FILES_FOR_WORKERS ? defaultJobs() : 1);

    const kept: CheckedFinding[] = [];
    const checkedPaths = new Set<string>();
    const unreadablePaths = new Set<string>();
    let filesChecked = 0;
    let filesWithFindings = 0;
    let reported = 0;
    let baselined = 0;
    let safe = 0;
    let unsafe = 0;

    const emit = (result: FileResult): void => {
      const job = jobs[result.index];
      for (const m of result.messages) {
        if (m.level === 'error') say.error(m.text);
        else say.warn(m.text);
      }
      const baselinePath = baselineFile ? baselinePathOf(job.display, job.fsPath, baselineDir) : '';
      if (result.failed) {
        ioErrors++;
        unreadablePaths.add(baselinePath);
        const error = result.messages.find((m) => m.level === 'error');
        sarifProblems.push({ display: job.display, fsPath: job.fsPath, message: error?.text ?? `${job.display}: could not be checked` });
      }
      if (result.checked) {
        filesChecked++;
        checkedPaths.add(baselinePath);
      }
      let fileHasFindings = false;
      for (const f of result.findings) {
        recorder?.add(f, baselinePath);
        if (matcher?.known(f, baselinePath)) {
          baselined++;
          continue;
        }
        fileHasFindings = true;
        reported++;
        if (f.fix?.safety === 'safe') safe++;
        else if (f.fix?.safety === 'unsafe') unsafe++;
        if (format === 'text') write(formatFindingText(f) + '\n');
        else if (format === 'github') write(formatGithub(f, githubPath(f.path, job.fsPath, process.cwd())) + '\n');
        else kept.push(f);
      }
      if (fileHasFindings) filesWithFindings++;
    };

    await runChecks(jobs, {
      workers,
      settings: settingsForFormat,
      runLocal: (job) => (job.fsPath === undefined ? checkRead(rules, job, stdin as ReadResult, settingsForFormat) : checkFileJob(rules, job, settingsForFormat)),
      emit,
      progress: (done, current) => progress.update(done, current),
    });
    progress.clear();

    if (format === 'json') write(JSON.stringify(kept.map(publicFinding), null, 2) + '\n');
    if (format === 'sarif') {
      const log = sarifLog(rules, kept, { version, srcRoot: process.cwd(), docsBase, problems: sarifProblems, baseline: matcher !== undefined });
      write(JSON.stringify(log, null, 2) + '\n');
    }
    if (sink) {
      sink.commit();
      sink = undefined;
    }

    const hints: string[] = [];
    if (safe > 0) hints.push(`${safe} fixable with \`py3migrate fix\``);
    if (unsafe > 0) hints.push(`${unsafe} more with \`py3migrate fix --unsafe-fixes\``);
    if (reported === 0) {
      say.info(`No ${matcher ? 'new ' : ''}findings in ${plural(filesChecked, 'file')}${matcher ? ` (${baselined} in the baseline)` : ''}.`);
    } else {
      const notes = [...(matcher ? [`${baselined} more in the baseline`] : []), ...hints];
      say.info(`Found ${plural(reported, matcher ? 'new finding' : 'finding', matcher ? 'new findings' : 'findings')} in ${plural(filesWithFindings, 'file')}${notes.length ? ` (${notes.join('; ')})` : ''}.`);
    }
    if (matcher) {
      const fixed = matcher.fixed(checkedPaths, rulesThatRan(rules, options));
      if (fixed > 0) say.info(`${plural(fixed, 'baselined finding is', 'baselined findings are')} fixed: tighten the baseline with --update-baseline.`);
    }
    if (recorder && baselineFile) {
      recorder.keep(oldBaseline, unreadablePaths, rulesThatRan(rules, options));
      const file = AtomicOutput.open(baselineFile);
      try {
        file.write(recorder.serialise());
        file.commit();
      } catch (error) {
        file.abort();
        throw error;
      }
      say.info(`Wrote ${plural(recorder.size, 'finding')} to the baseline ${baselineFile}.`);
    }
    if (outputFile) say.info(`Wrote the ${format} output to ${outputFile}.`);
    if (ioErrors > 0) say.info(`${plural(ioErrors, 'file')} could not be checked (see the errors above).`);
    if (ioErrors > 0) return 2;
    return reported > 0 && !exitZero && !updateBaseline ? 1 : 0;
  } finally {
    sink?.abort();
  }
}

/** The rules this run used, as the engine decides (RuleSet.analyze's severityOf). */
function rulesThatRan(rules: RuleSet, selection: RuleSelection): Set<string> {
  const ran = new Set<string>();
  for (const rule of rules.rules) {
    if (selection.select && !selection.select.has(rule.id)) continue;
    if (selection.ignore?.has(rule.id)) continue;
    const configured = selection.severities?.get(rule.id);
    if (configured === 'off') continue;
    if (!configured && rule.defaultEnabled === false && !selection.select) continue;
    ran.add(rule.id);
  }
  return ran;
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) throw new UsageError(`invalid value '${value}' for --${flag} (expected a number of threads, 1 or more)`);
  return Number(value);
}

function docsBaseUrl(value: string | undefined): string {
  if (value === undefined) return bundledDocsBase();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`invalid value '${value}' for --docs-base-url (expected an absolute URL such as https://example.com/py3migrate/rules/)`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
