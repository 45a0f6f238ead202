// `py3migrate check` against lib2to3 (what `2to3` runs), on the Python 2.7 standard library (the
// .py files the CLI walks there: site-packages is a default exclude), in one run:
//   (a) a bare web-tree-sitter parse of every file, single thread, in process (read + parse);
//   (b) the built CLI spawned: `node dist/cli.js check --jobs 1` and `--jobs 2`, output to /dev/null
//       (wall time, start-up included);
//   (c) `python3 -m lib2to3` with its default fixers and no -w (nothing written; the diff goes to
//       /dev/null) over the same files, single process (its default). That takes minutes:
//       `--lib2to3-sample N` times N evenly spread files instead and scales the time up by bytes,
//       clearly labelled as an estimate.
// Prints the ratio lib2to3 / check (goal >= 60x) and whether 2 workers beat the bare parse.
// Figures only, never pass/fail. On a shared, busy machine they are noisy: the load is printed.
//
//   npm run bench:cli [-- --lib2to3-sample 200] [-- --runs 3]    (PY27_LIB=... to choose the tree)

import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import { collectInputs } from '../server/src/cli/files';
import { findPython3, python27StdlibDir, requirePython } from '../test/diff/pythons';

const ROOT = path.resolve(__dirname, '..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i >= 0) return process.argv[i + 1];
  const inline = process.argv.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Timing {
  wall: number;
  /** CPU seconds the child used (user + system, all its threads), as bash's `times` reports it. */
  cpu: number;
  status: number | null;
}

function spawned(command: string, args: string[]): Timing {
  const start = process.hrtime.bigint();
  const script = '"$@" >/dev/null 2>&1; status=$?; times; exit $status';
  const result = spawnSync('bash', ['-c', script, 'bash', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const wall = seconds(start);
  const children = /\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(result.stdout ?? '');
  const cpu = children ? Number(children[1]) * 60 + Number(children[2]) + Number(children[3]) * 60 + Number(children[4]) : NaN;
  return { wall, cpu, status: result.status };
}

function cpuSeconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** lib2to3's main() returns 1 when some files could not be parsed; it still goes over all of them. */
function lib2to3Note(status: number | null): string {
  return status === 1 ? ': some files did not parse for lib2to3; it went on over the rest' : '';
}

async function main(): Promise<void> {
  const runs = Number(option('--runs') ?? 3);
  const sampleSize = option('--lib2to3-sample') === undefined ? undefined : Number(option('--lib2to3-sample'));
  const lib = python27StdlibDir();
  const files = collectInputs([lib], { exclude: [], defaultExcludes: true, stdinName: '-' }).inputs.flatMap((i) => (i.kind === 'file' ? [i.fsPath] : []));
  const sizes = new Map(files.map((f) => [f, fs.statSync(f).size]));
  const bytes = [...sizes.values()].reduce((a, b) => a + b, 0);
  const python3 = requirePython('Python 3', findPython3());

  // (a) bare parse, one thread.
  await Parser.init({ locateFile: () => require.resolve('web-tree-sitter/web-tree-sitter.wasm') });
  const language = await Language.load(require.resolve('tree-sitter-python/tree-sitter-python.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  const bareParse = (): Timing => {
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    for (const file of files) parser.parse(fs.readFileSync(file, 'utf8'))?.delete();
    return { wall: seconds(start), cpu: cpuSeconds(cpu), status: 0 };
  };
  bareParse(); // warm-up: wasm tier-up and the file cache
  const parseTimes = Array.from({ length: runs }, bareParse);

  // (b) the built CLI.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const cli = path.join(ROOT, 'dist', 'cli.js');
  const check = (jobs: number): Timing => {
    const r = spawned(process.execPath, [cli, 'check', '--jobs', String(jobs), '--no-progress', lib]);
    // 2 is expected: the stdlib's test/bad_coding*.py cannot be decoded, and are reported.
    if (r.status === null || r.status > 2) throw new Error(`py3migrate check --jobs ${jobs} exited ${r.status}`);
    return r;
  };
  check(1); // warm-up: the file cache
  const jobs1: Timing[] = [];
  const jobs2: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    jobs1.push(check(1));
    jobs2.push(check(2));
  }

  // (c) lib2to3, default fixers, nothing written.
  let timedFiles = files;
  if (sampleSize !== undefined && sampleSize < files.length) {
    const step = files.length / sampleSize;
    timedFiles = Array.from({ length: sampleSize }, (_, i) => files[Math.floor(i * step)]);
  }
  const timedBytes = timedFiles.reduce((sum, f) => sum + (sizes.get(f) ?? 0), 0);
  const listFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-bench-')), 'files.txt');
  fs.writeFileSync(listFile, timedFiles.join('\n'));
  // The file list goes through a small driver rather than argv: same fixers and flags as
  // `python3 -m lib2to3 FILES...` (main() with the default fixer package), no -w.
  const driver = 'import sys, warnings; warnings.simplefilter("ignore"); from lib2to3.main import main; ' +
    'files = open(sys.argv[1]).read().split("\\n"); sys.exit(main("lib2to3.fixes", files))';
  console.error(`timing lib2to3 over ${timedFiles.length} files (this takes a while)...`);
  const lib2to3 = spawned(python3, ['-c', driver, listFile]);
  fs.rmSync(path.dirname(listFile), { recursive: true, force: true });
  const scale = bytes / timedBytes;
  const lib2to3Full = lib2to3.wall * scale;
  const lib2to3FullCpu = lib2to3.cpu * scale;

  const parse = median(parseTimes.map((t) => t.wall));
  const parseCpu = median(parseTimes.map((t) => t.cpu));
  const one = median(jobs1.map((t) => t.wall));
  const oneCpu = median(jobs1.map((t) => t.cpu));
  const two = median(jobs2.map((t) => t.wall));
  const twoCpu = median(jobs2.map((t) => t.cpu));
  const show = (ts: Timing[]): string => ts.map((t) => `${t.wall.toFixed(2)}/${t.cpu.toFixed(2)}`).join(' ');
  const mb = bytes / (1024 * 1024);
  const python3Version = execFileSync(python3, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' }).trim();
  const sampled = timedFiles.length !== files.length;
  console.log(`tree: ${lib} (${files.length} files, ${mb.toFixed(1)} MB); median of ${runs} runs for (a) and (b), one run of (c)`);
  console.log(`                                                    wall      cpu (user+sys, all threads)`);
  console.log(`(a) bare tree-sitter parse, 1 thread, in process:  ${parse.toFixed(2).padStart(6)} s  ${parseCpu.toFixed(2).padStart(6)} s   runs wall/cpu: ${show(parseTimes)}`);
  console.log(`(b) node dist/cli.js check --jobs 1 (spawned):     ${one.toFixed(2).padStart(6)} s  ${oneCpu.toFixed(2).padStart(6)} s   runs: ${show(jobs1)}`);
  console.log(`    node dist/cli.js check --jobs 2 (spawned):     ${two.toFixed(2).padStart(6)} s  ${twoCpu.toFixed(2).padStart(6)} s   runs: ${show(jobs2)}`);
  if (!sampled) {
    console.log(`(c) python ${python3Version} -m lib2to3, default fixers, no -w: ${lib2to3.wall.toFixed(1).padStart(6)} s  ${lib2to3.cpu.toFixed(1).padStart(6)} s   (exit ${lib2to3.status}${lib2to3Note(lib2to3.status)})`);
  } else {
    console.log(`(c) python ${python3Version} -m lib2to3, default fixers, no -w: ESTIMATE ${lib2to3Full.toFixed(1)} s wall, ${lib2to3FullCpu.toFixed(1)} s cpu for all files, ` +
      `scaled by bytes from ${lib2to3.wall.toFixed(1)} s / ${lib2to3.cpu.toFixed(1)} s over a sample of ${timedFiles.length} files (${(timedBytes / (1024 * 1024)).toFixed(1)} MB) (exit ${lib2to3.status}${lib2to3Note(lib2to3.status)})`);
  }
  const label = sampled ? ' [lib2to3 ESTIMATED from a sample]' : '';
  console.log(`ratio lib2to3 / check --jobs 1: wall ${(lib2to3Full / one).toFixed(1)}x, cpu ${(lib2to3FullCpu / oneCpu).toFixed(1)}x${label}`);
  console.log(`ratio lib2to3 / check --jobs 2: wall ${(lib2to3Full / two).toFixed(1)}x, cpu ${(lib2to3FullCpu / twoCpu).toFixed(1)}x${label}`);
  console.log(`goal >= 60x (lib2to3 / check --jobs 2, wall): ${lib2to3Full / two >= 60 ? 'met' : 'not met'}`);
  console.log(`check --jobs 2 wall (${two.toFixed(2)} s) ${two < parse ? 'is below' : 'is NOT below'} the single-thread bare parse wall (${parse.toFixed(2)} s)`);
  console.log(`load average: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs: other work on the machine makes wall times noisy; cpu times less so`);
}

void main();
