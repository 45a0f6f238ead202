// Acceptance run over the Python 2.7 standard library (the .py files outside site-packages):
//   1. Python 2.7 compiles each original file (one process) -> which files are valid Python 2;
//   2. the built CLI runs `fix --target T --unsafe-fixes` over a copy, per target (py3, compat);
//   3. Python 3.11 `ast.parse`s every fixed file that 2.7 compiled (one process); for compat,
//      Python 2.7 compiles each of them again;
//   4. files 2.7 cannot compile must be reported by the CLI and left byte-identical.
// Exits non-zero when any criterion fails.
//
//   npx tsx scripts/stdlib-acceptance.ts [--target py3|compat] [--list-all] [--keep]

import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findPython2, findPython3, python27StdlibDir, requirePython, stdlibPythonFiles } from '../test/diff/pythons';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

type Failure = [file: string, error: string];



// Python 2: compile each file as `python -m py_compile` would, without writing .pyc files.
const PY2_COMPILE = `
import sys, json
root = sys.argv[1]
names = json.load(sys.stdin)
failures = []
for name in names:
    path = root + '/' + name
    try:
        f = open(path, 'rb')
        try:
            source = f.read()
        finally:
            f.close()
        compile(source, path, 'exec', 0, True)
    except Exception as e:
        line = getattr(e, 'lineno', None)
        failures.append([name, '%s: %s%s' % (type(e).__name__, getattr(e, 'msg', None) or e, ' (line %s)' % line if line else '')])
sys.stdout.write(json.dumps(failures))
`;

// Python 3.11: ast.parse from bytes, so the coding cookie and BOM are honoured as on import.
const PY3_PARSE = `
import sys, json, ast, warnings
warnings.simplefilter('ignore')
root = sys.argv[1]
names = json.load(sys.stdin)
failures = []
for name in names:
    path = root + '/' + name
    try:
        with open(path, 'rb') as f:
            source = f.read()
        ast.parse(source, path)
    except Exception as e:
        line = getattr(e, 'lineno', None)
        failures.append([name, '%s: %s%s' % (type(e).__name__, getattr(e, 'msg', None) or e, ' (line %s)' % line if line else '')])
sys.stdout.write(json.dumps(failures))
`;

function runPython(python: string, script: string, root: string, names: string[]): Promise<Failure[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, ['-c', script, root], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${python} exited ${code}: ${err}`));
      else resolve(JSON.parse(out) as Failure[]);
    });
    child.stdin.end(JSON.stringify(names));
  });
}

function runCli(args: string[], cwd: string): Promise<{ code: number; stderr: string; seconds: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr: err, seconds: Number(process.hrtime.bigint() - started) / 1e9 }));
  });
}

function copyTree(from: string, to: string, files: readonly string[]): void {
  for (const rel of files) {
    const dest = path.join(to, rel);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(path.join(from, rel), dest);
  }
}

function pct(n: number, of: number): string {
  return of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`;
}

function summarizeErrors(failures: readonly Failure[]): string[] {
  const counts = new Map<string, number>();
  for (const [, error] of failures) {
    const key = error.replace(/ \(line \d+\)$/, '');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([error, n]) => `${String(n).padStart(6)}  ${error}`);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const targetArg = argv.includes('--target') ? argv[argv.indexOf('--target') + 1] : undefined;
  if (targetArg !== undefined && targetArg !== 'py3' && targetArg !== 'compat') throw new Error('--target must be py3 or compat');
  const targets = targetArg ? [targetArg] : ['py3', 'compat'];
  const listAll = argv.includes('--list-all');
  const keep = argv.includes('--keep');

  const started = Date.now();
  const py2 = requirePython('Python 2.7', findPython2());
  const py3 = requirePython('Python 3', findPython3());
  const stdlib = python27StdlibDir();
  const files = stdlibPythonFiles(stdlib);

  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-stdlib-'));
  const copies = new Map(targets.map((t) => [t, path.join(work, t)]));
  for (const dir of copies.values()) copyTree(stdlib, dir, files);

  // The original compile check and the CLI runs are independent: run them side by side.
  const [py2Failures, ...cliRuns] = await Promise.all([
    runPython(py2, PY2_COMPILE, stdlib, files),
    ...targets.map((t) => runCli(['fix', '--target', t, '--unsafe-fixes', '.'], copies.get(t) as string)),
  ]);
  const notPy2 = new Map(py2Failures);
  const compiled = files.filter((f) => !notPy2.has(f));

  console.log(`Python 2.7: ${py2}\nPython 3.11: ${py3}\nstdlib: ${stdlib}\nwork dir: ${work}\n`);
  console.log(`files: ${files.length}`);
  console.log(`compiled by 2.7: ${compiled.length}`);
  console.log(`not compiled by 2.7: ${notPy2.size}\n`);

  let ok = true;
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    const dir = copies.get(target) as string;
    const cli = cliRuns[i];
    console.log(`=== target ${target}: py3migrate fix --target ${target} --unsafe-fixes (${cli.seconds.toFixed(1)} s, exit ${cli.code})`);
    const summary = cli.stderr.split('\n').find((l) => /^(Fixed|Would fix) /.test(l));
    if (summary) console.log(`CLI: ${summary}`);
    if (/internal error/.test(cli.stderr) || cli.code < 0 || cli.code > 2) {
      ok = false;
      console.log('FAIL: the CLI crashed or hit an internal error:');
      console.log(cli.stderr.split('\n').filter((l) => /internal error/.test(l)).slice(0, 10).join('\n'));
    }

    // What the CLI said about each file (errors and warnings name the file first).
    const reported = new Map<string, string>();
    for (const line of cli.stderr.split('\n')) {
      const m = /^(?:error|warning): (.+?\.py)(?::\d+:\d+)?: (.*)$/.exec(line);
      if (m && !reported.has(m[1].split(path.sep).join('/'))) reported.set(m[1].split(path.sep).join('/'), m[2]);
    }

    const checks: [string, Promise<Failure[]>][] = [[`parse under 3.11 after fix`, runPython(py3, PY3_PARSE, dir, compiled)]];
    if (target === 'compat') checks.push([`compile under 2.7 after fix`, runPython(py2, PY2_COMPILE, dir, compiled)]);
    for (const [label, pending] of checks) {
      const failures = await pending;
      const passed = compiled.length - failures.length;
      console.log(`${label}: ${passed}/${compiled.length} (${pct(passed, compiled.length)})`);
      if (failures.length > 0) {
        ok = false;
        console.log('  most common first errors:');
        for (const line of summarizeErrors(failures)) console.log(`  ${line}`);
        const shown = listAll ? failures : failures.slice(0, 40);
        console.log(`  failures${shown.length < failures.length ? ` (first ${shown.length} of ${failures.length}; --list-all for all)` : ''}:`);
        for (const [file, error] of shown) {
          const said = reported.get(file);
          console.log(`    ${file}: ${error}${said ? `\n        (py3migrate: ${said})` : ''}`);
        }
      }
    }

    // Files Python 2 rejects: the CLI must say so and leave them alone.
    const changed: string[] = [];
    const unreported: string[] = [];
    for (const [file] of py2Failures) {
      if (!fs.readFileSync(path.join(dir, file)).equals(fs.readFileSync(path.join(stdlib, file)))) changed.push(file);
      if (!reported.has(file)) unreported.push(file);
    }
    console.log(`files 2.7 cannot compile: ${notPy2.size}; left byte-identical: ${notPy2.size - changed.length}; reported by the CLI: ${notPy2.size - unreported.length}`);
    for (const file of changed) console.log(`  CHANGED: ${file} (2.7: ${notPy2.get(file)})`);
    for (const file of unreported) console.log(`  NOT REPORTED: ${file} (2.7: ${notPy2.get(file)})`);
    if (changed.length > 0 || unreported.length > 0) ok = false;
    console.log('');
  }

  console.log(`${ok ? 'PASS' : 'FAIL'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!keep) fs.rmSync(work, { recursive: true, force: true });
  return ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
