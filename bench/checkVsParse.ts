// How much `py3migrate check` costs over a bare tree-sitter parse, on the Python 2.7 standard
// library (the .py files outside site-packages). One thread, files read from disk each time.
//   (a) bare web-tree-sitter: read + parse every file;
//   (b) the CLI's per-file pipeline in process: read, decode, parse, analyze (all rules), locate;
//   (c) the built CLI spawned as the `py3migrate` command runs it (`node bin/py3migrate.js check
//       --format json --jobs 1`, which starts from the build's code cache), minus its startup time
//       (wall, and CPU as bash `times` reports it for the child);
//   (d) the same with the default worker threads (`--jobs` unset): what a user waits for;
//   (e) (a) and (b) interleaved file by file: each file is bare-parsed and checked back to back (and
//       checked once more with every rule selected), in main-thread CPU, the order turning from file to file. On a shared machine whose
//       speed drifts by ±25% from one pass to the next, this is the steady figure: a change of load hits
//       both halves alike.
//   (f) a bare parse in a fresh process (bench/bareParse.cjs), minus its startup: the fair partner of (c),
//       since a fresh process pays for wasm tier-up and JIT warm-up that the warm (a) has behind it.
// Prints figures (median of the runs, and for (b)/(a) and (c)/(f) the median of each run's own
// ratio); never fails on time. Goal: check <= 1.5x the bare parse, (b)/(a) in one process and (c)/(f)
// in fresh ones.
//
//   npm run bench:check          (PY27_LIB=/path/to/lib/python2.7 to choose the tree; RUNS=5)

import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import { SourceFile, loadRules } from '../server/src/engine';
import { analyzeSource } from '../server/src/cli/analysis';
import { collectInputs, readSourceFile } from '../server/src/cli/files';
import { python27StdlibDir } from '../test/diff/pythons';

const ROOT = path.resolve(__dirname, '..');
const RUNS = Number(process.env.RUNS ?? 3);


function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** CPU seconds of this process: on a shared, busy machine it moves far less than wall time. */
function cpuSeconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/**
 * CPU seconds of the main thread alone (Linux: /proc/self/task/<pid>/schedstat, in nanoseconds), or NaN
 * where that is not readable. Process CPU also counts V8's background threads, which compile hot
 * JavaScript while it runs: work the bare parse, one wasm module, does not cause. "One thread" is this.
 */
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
function mainThreadCpu(): number {
  try {
    return Number(fs.readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e9;
  } catch {
    return NaN;
  }
}

interface Timing {
  wall: number;
  cpu: number;
  /** Main-thread CPU (NaN where unknown). */
  thread: number;
}

function timed(work: () => void): Timing {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const thread = mainThreadCpu();
  work();
  return { wall: seconds(wall), cpu: cpuSeconds(cpu), thread: mainThreadCpu() - thread };
}

async function main(): Promise<void> {
  const lib = python27StdlibDir();
  // The same file list the CLI walks (site-packages is a default exclude).
  const files = collectInputs([lib], { exclude: [], defaultExcludes: true, stdinName: '-' }).inputs.flatMap((i) => (i.kind === 'file' ? [i.fsPath] : []));
  const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);

  await Parser.init({ locateFile: () => require.resolve('web-tree-sitter/web-tree-sitter.wasm') });
  const language = await Language.load(require.resolve('tree-sitter-python/tree-sitter-python.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  const rules = await loadRules();

  const bareParse = (): Timing =>
    timed(() => {
      for (const file of files) {
        const tree = parser.parse(fs.readFileSync(file, 'utf8'));
        tree?.delete();
      }
    });
  let findings = 0;
  const cliPipeline = (): Timing =>
    timed(() => {
      findings = 0;
      for (const file of files) {
        const read = readSourceFile(file, 2 * 1024 * 1024);
        if (!read.ok) continue;
        findings += analyzeSource(rules, read.source.text, file, 'compat', {}).findings.length;
      }
    });

  // Where (b)'s time goes: the same steps, timed apart (main-thread CPU seconds).
  const phases = (): { read: number; parse: number; analyze: number } => {
    const totals = { read: 0, parse: 0, analyze: 0 };
    for (const file of files) {
      let at = mainThreadCpu();
      const read = readSourceFile(file, 2 * 1024 * 1024);
      let now = mainThreadCpu();
      totals.read += now - at;
      if (!read.ok) continue;
      at = now;
      const source = SourceFile.parse(read.source.text);
      now = mainThreadCpu();
      totals.parse += now - at;
      at = now;
      rules.analyze(source, {});
      totals.analyze += mainThreadCpu() - at;
      source.dispose();
    }
    return totals;
  };

  // Main-thread CPU per file (see mainThreadCpu): the bare parse, the check with the default rules and the check
  // with every rule selected. Whichever runs second or third on a file finds its text and the parser's tables in
  // the CPU caches, so the order turns with each file: each step runs first, second and third equally often.
  const everyRule = new Set(rules.rules.map((rule) => rule.id));
  const interleaved = (): { parse: number; check: number; checkAll: number } => {
    const totals = { parse: 0, check: 0, checkAll: 0 };
    const steps: [keyof typeof totals, (file: string) => void][] = [
      ['parse', (file) => parser.parse(fs.readFileSync(file, 'utf8'))?.delete()],
      ['check', (file) => {
        const read = readSourceFile(file, 2 * 1024 * 1024);
        if (read.ok) analyzeSource(rules, read.source.text, file, 'compat', {});
      }],
      ['checkAll', (file) => {
        const read = readSourceFile(file, 2 * 1024 * 1024);
        if (read.ok) analyzeSource(rules, read.source.text, file, 'compat', { select: everyRule });
      }],
    ];
    files.forEach((file, i) => {
      for (let k = 0; k < steps.length; k++) {
        const [key, step] = steps[(i + k) % steps.length];
        const at = mainThreadCpu();
        step(file);
        totals[key] += mainThreadCpu() - at;
      }
    });
    return totals;
  };

  // Warm up: the first pass pays for wasm tier-up and the file cache.
  bareParse();
  cliPipeline();
  const parseTimes: Timing[] = [];
  const checkTimes: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    parseTimes.push(bareParse());
    checkTimes.push(cliPipeline());
  }

  const split = phases();
  const fileByFile = Array.from({ length: RUNS }, interleaved);

  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const cli = path.join(ROOT, 'bin', 'py3migrate.js');
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-bench-'));
  const emptyDir = path.join(empty, 'empty');
  fs.mkdirSync(emptyDir);
  // bash's `times` reports the CPU its children used: the spawned script's own CPU seconds.
  const spawned = (script: string, args: string[]): Timing => {
    const start = process.hrtime.bigint();
    const shell = 'node "$@" >/dev/null 2>&1; times';
    const result = spawnSync('bash', ['-c', shell, 'bash', script, ...args], { encoding: 'utf8', cwd: ROOT });
    const wall = seconds(start);
    const children = /\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s/.exec(result.stdout ?? '');
    const cpu = children ? Number(children[1]) * 60 + Number(children[2]) + Number(children[3]) * 60 + Number(children[4]) : NaN;
    return { wall, cpu, thread: NaN };
  };
  const fileList = path.join(empty, 'files.txt');
  const noFiles = path.join(empty, 'none.txt');
  fs.writeFileSync(fileList, files.join('\n'));
  fs.writeFileSync(noFiles, '');
  const bareParser = path.join(ROOT, 'bench', 'bareParse.cjs');
  const startupTimes: Timing[] = [];
  const spawnTimes: Timing[] = [];
  const parallelTimes: Timing[] = [];
  const bareStartupTimes: Timing[] = [];
  const bareTimes: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    // (c) and (f) back to back, so each run's pair meets the same load (the paired ratios below).
    startupTimes.push(spawned(cli, ['check', emptyDir]));
    bareStartupTimes.push(spawned(bareParser, [noFiles]));
    spawnTimes.push(spawned(cli, ['check', '--format', 'json', '--jobs', '1', lib]));
    bareTimes.push(spawned(bareParser, [fileList]));
    parallelTimes.push(spawned(cli, ['check', '--format', 'json', lib]));
  }
  fs.rmSync(empty, { recursive: true, force: true });

  const parse = median(parseTimes.map((t) => t.wall));
  const check = median(checkTimes.map((t) => t.wall));
  const parseCpu = median(parseTimes.map((t) => t.cpu));
  const checkCpu = median(checkTimes.map((t) => t.cpu));
  const startup = median(startupTimes.map((t) => t.wall));
  const spawnedCheck = median(spawnTimes.map((t) => t.wall)) - startup;
  const startupCpu = median(startupTimes.map((t) => t.cpu));
  const spawnedCheckCpu = median(spawnTimes.map((t) => t.cpu)) - startupCpu;
  const mb = bytes / (1024 * 1024);
  console.log(`tree: ${lib} (${files.length} files, ${mb.toFixed(1)} MB), ${rules.rules.length} rules, ${findings} findings; median of ${RUNS} runs`);
  console.log(`(a) bare parse (read + parse):   wall ${parse.toFixed(2)} s (${(mb / parse).toFixed(1)} MB/s)  cpu ${parseCpu.toFixed(2)} s`);
  const parseThread = median(parseTimes.map((t) => t.thread));
  const checkThread = median(checkTimes.map((t) => t.thread));
  console.log(`(b) check pipeline in process:   wall ${check.toFixed(2)} s  cpu ${checkCpu.toFixed(2)} s  main thread ${checkThread.toFixed(2)} s (parse's ${parseThread.toFixed(2)} s)   ratio wall ${(check / parse).toFixed(2)}x  cpu ${(checkCpu / parseCpu).toFixed(2)}x  main thread ${(checkThread / parseThread).toFixed(2)}x`);
  console.log(`    of which (main thread): read + decode ${split.read.toFixed(2)} s, parse ${split.parse.toFixed(2)} s, rules ${split.analyze.toFixed(2)} s`);
  console.log(`(c) spawned CLI check --jobs 1:  wall ${spawnedCheck.toFixed(2)} s  cpu ${spawnedCheckCpu.toFixed(2)} s (minus startup: wall ${startup.toFixed(2)} s, cpu ${startupCpu.toFixed(2)} s)   ratio wall ${(spawnedCheck / parse).toFixed(2)}x  cpu ${(spawnedCheckCpu / parseCpu).toFixed(2)}x`);
  const parallel = median(parallelTimes.map((t) => t.wall)) - startup;
  const parallelCpu = median(parallelTimes.map((t) => t.cpu)) - startupCpu;
  console.log(`(d) spawned CLI, default --jobs:   wall ${parallel.toFixed(2)} s  cpu ${parallelCpu.toFixed(2)} s   ratio wall ${(parallel / parse).toFixed(2)}x (worker threads: not one thread)`);
  const bareStartup = median(bareStartupTimes.map((t) => t.wall));
  const coldParse = median(bareTimes.map((t) => t.wall)) - bareStartup;
  const coldParseCpu = median(bareTimes.map((t) => t.cpu)) - median(bareStartupTimes.map((t) => t.cpu));
  console.log(`(f) spawned bare parse (cold):   wall ${coldParse.toFixed(2)} s  cpu ${coldParseCpu.toFixed(2)} s   (c)/(f): wall ${(spawnedCheck / coldParse).toFixed(2)}x  cpu ${(spawnedCheckCpu / coldParseCpu).toFixed(2)}x`);
  const ratios = fileByFile.map((t) => t.check / t.parse);
  const ratio = median(ratios);
  const allRatio = median(fileByFile.map((t) => t.checkAll / t.parse));
  const interleavedParse = median(fileByFile.map((t) => t.parse));
  const interleavedCheck = median(fileByFile.map((t) => t.check));
  const interleavedAll = median(fileByFile.map((t) => t.checkAll));
  console.log(`(e) interleaved file by file, main thread: parse ${interleavedParse.toFixed(2)} s, check ${interleavedCheck.toFixed(2)} s (${ratio.toFixed(2)}x; runs ${ratios.map((r) => r.toFixed(2)).join(' ')}), check with all ${everyRule.size} rules ${interleavedAll.toFixed(2)} s (${allRatio.toFixed(2)}x)`);
  // Each run's check over the bare parse that ran next to it: a change of load between runs (the
  // bare parse alone took 3.3-5.3 s in one bench run here) cancels out of each ratio.
  const paired = (checks: Timing[], parses: Timing[], startups = 0, bareStartups = 0): number[] =>
    checks.map((c, i) => (c.wall - startups) / (parses[i].wall - bareStartups));
  const inProcessPairs = paired(checkTimes, parseTimes);
  const freshPairs = paired(spawnTimes, bareTimes, startup, bareStartup);
  const list = (ratios: number[]): string => ratios.map((r) => r.toFixed(2)).join(' ');
  console.log(`paired per run, wall: (b)/(a) ${median(inProcessPairs).toFixed(2)}x (runs ${list(inProcessPairs)}); (c)/(f) ${median(freshPairs).toFixed(2)}x (runs ${list(freshPairs)})`);
  const verdict = (r: number): string => `${r.toFixed(2)}x ${r <= 1.5 ? 'met' : 'not met'}`;
  console.log(`goal check <= 1.50x bare parse: in process (b)/(a) wall ${verdict(median(inProcessPairs))} (paired), main thread ${verdict(checkThread / parseThread)}, cpu ${verdict(checkCpu / parseCpu)}; file by file (e) ${verdict(ratio)}, all rules ${verdict(allRatio)}; fresh processes (c)/(f) wall ${verdict(median(freshPairs))} (paired), cpu ${verdict(spawnedCheckCpu / coldParseCpu)}`);
  const show = (ts: Timing[]): string => ts.map((t) => `${t.wall.toFixed(2)}/${t.cpu.toFixed(2)}`).join(' ');
  console.log(`runs wall/cpu (a): ${show(parseTimes)}  (b): ${show(checkTimes)}  (c): ${show(spawnTimes)}  (d): ${show(parallelTimes)}  (f): ${show(bareTimes)}`);
  console.log(`load average: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`);
}

void main();
