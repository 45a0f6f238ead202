// Finds the Python 2.7 and Python 3 interpreters the differential tests run programs on, puts
// `six` where both can import it, and runs programs through a small pool of processes.
//
// Discovery is the same on every machine, so a CI box and a laptop pick interpreters the same way:
//   1. an explicit override: PY3MIGRATE_PYTHON2 / PY3MIGRATE_PYTHON3
//   2. $PYENV_ROOT/versions/<v>/bin/python
//   3. ~/.pyenv/versions/<v>/bin/python
//   4. `pyenv prefix <v>` when pyenv is on PATH
//   5. python2.7 / python3 on PATH
// Every candidate is asked for its version, because a pyenv shim on PATH may point anywhere.

import { execFile, execFileSync, type ExecFileException } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Interpreter {
  executable: string;
  /** e.g. "2.7.18" */
  version: string;
  /** How it was found, for the log and for error messages. */
  foundVia: string;
}

export interface Discovery {
  interpreter?: Interpreter;
  /** Each place looked at, and why it was not taken. */
  tried: string[];
}

interface Wanted {
  label: string;
  override: string;
  /** Preferred pyenv version prefixes, best first ("2.7.", "3.11.", "3."). */
  versionPrefixes: string[];
  /** Executable names inside a pyenv version's bin/. */
  binNames: string[];
  /** Name to look for on PATH last. */
  pathName: string;
  /** Accepts the `major.minor.micro` the candidate reports. */
  accepts(version: string): boolean;
}

const PYTHON2: Wanted = {
  label: 'Python 2.7',
  override: 'PY3MIGRATE_PYTHON2',
  versionPrefixes: ['2.7.'],
  binNames: ['python2.7', 'python'],
  pathName: 'python2.7',
  accepts: (v) => v.startsWith('2.7.'),
};

const PYTHON3: Wanted = {
  label: 'Python 3',
  override: 'PY3MIGRATE_PYTHON3',
  // 3.11 is what the fixes are proven on; any other 3.x will do where it is missing.
  versionPrefixes: ['3.11.', '3.'],
  binNames: ['python3', 'python'],
  pathName: 'python3',
  accepts: (v) => /^3\.\d+\./.test(v),
};

export function findPython2(): Discovery {
  return discover(PYTHON2);
}

export function findPython3(): Discovery {
  return discover(PYTHON3);
}

/** The interpreter, or an Error saying where it was looked for and how to provide one. */
export function requirePython(label: string, discovery: Discovery): string {
  if (!discovery.interpreter) throw new Error(missingInterpreterHelp(label, discovery));
  return discovery.interpreter.executable;
}

/**
 * The `.py` files of a standard library folder, as paths relative to it with `/` separators, sorted,
 * without site-packages (third-party code, and what the CLI excludes by default). The acceptance
 * scripts and benchmarks all measure this same list.
 */
export function stdlibPythonFiles(libDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== 'site-packages') walk(path.join(dir, entry.name), childRel);
      } else if (entry.isFile() && entry.name.endsWith('.py')) {
        files.push(childRel);
      }
    }
  };
  walk(libDir, '');
  return files;
}

/**
 * Python 2.7's standard library folder (<prefix>/lib/python2.7): the real Python 2 code the
 * benchmarks and the stdlib acceptance script run on. PY27_LIB overrides it.
 */
export function python27StdlibDir(): string {
  if (process.env.PY27_LIB) return process.env.PY27_LIB;
  const python2 = requirePython('Python 2.7', findPython2());
  const prefix = execFileSync(python2, ['-c', 'import sys; print(sys.prefix)'], { encoding: 'utf8' }).trim();
  return path.join(prefix, 'lib', 'python2.7');
}

function discover(wanted: Wanted): Discovery {
  const tried: string[] = [];
  const attempt = (executable: string, foundVia: string): Interpreter | undefined => {
    const version = versionOf(executable);
    if (version === undefined) {
      tried.push(`${executable} (${foundVia}): does not run`);
      return undefined;
    }
    if (!wanted.accepts(version)) {
      tried.push(`${executable} (${foundVia}): reports ${version}`);
      return undefined;
    }
    return { executable, version, foundVia };
  };

  const override = process.env[wanted.override];
  if (override) {
    const found = attempt(override, `$${wanted.override}`);
    if (found) return { interpreter: found, tried };
  }

  const roots: { dir: string; via: string }[] = [];
  if (process.env.PYENV_ROOT) roots.push({ dir: process.env.PYENV_ROOT, via: '$PYENV_ROOT' });
  roots.push({ dir: path.join(os.homedir(), '.pyenv'), via: '~/.pyenv' });
  for (const prefix of wanted.versionPrefixes) {
    for (const root of roots) {
      for (const version of pyenvVersions(path.join(root.dir, 'versions'), prefix)) {
        const executable = binIn(path.join(root.dir, 'versions', version), wanted.binNames);
        if (!executable) continue;
        const found = attempt(executable, `${root.via}/versions/${version}`);
        if (found) return { interpreter: found, tried };
      }
    }
  }
  if (roots.every((r) => !fs.existsSync(path.join(r.dir, 'versions')))) tried.push(`no pyenv versions folder under ${roots.map((r) => r.dir).join(' or ')}`);

  const pyenv = onPath('pyenv');
  if (pyenv) {
    const installed = run(pyenv, ['versions', '--bare'])?.split('\n').map((l) => l.trim()).filter(Boolean) ?? [];
    for (const prefix of wanted.versionPrefixes) {
      for (const version of sortVersions(installed.filter((v) => v.startsWith(prefix)))) {
        const dir = run(pyenv, ['prefix', version])?.trim();
        const executable = dir ? binIn(dir, wanted.binNames) : undefined;
        if (!executable) continue;
        const found = attempt(executable, `pyenv prefix ${version}`);
        if (found) return { interpreter: found, tried };
      }
    }
  } else {
    tried.push('pyenv is not on PATH');
  }

  const fromPath = onPath(wanted.pathName);
  if (fromPath) {
    const found = attempt(fromPath, `${wanted.pathName} on PATH`);
    if (found) return { interpreter: found, tried };
  } else {
    tried.push(`${wanted.pathName} is not on PATH`);
  }
  return { tried };
}

/** Installed version folder names starting with `prefix`, newest first. */
function pyenvVersions(versionsDir: string, prefix: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(versionsDir);
  } catch {
    return [];
  }
  return sortVersions(names.filter((n) => n.startsWith(prefix) && /^\d+\.\d+\.\d+$/.test(n)));
}

function sortVersions(versions: string[]): string[] {
  const key = (v: string) => v.split('.').map((p) => Number.parseInt(p, 10) || 0);
  return [...versions].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      const d = (kb[i] ?? 0) - (ka[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
}

function binIn(prefix: string, names: string[]): string | undefined {
  for (const name of names) {
    const candidate = path.join(prefix, 'bin', name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function run(executable: string, args: string[]): string | undefined {
  try {
    return execFileSync(executable, args, { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

function versionOf(executable: string): string | undefined {
  const out = run(executable, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])']);
  const version = out?.trim();
  return version && /^\d+\.\d+\.\d+$/.test(version) ? version : undefined;
}

/** What to tell someone whose machine lacks an interpreter. */
export function missingInterpreterHelp(label: string, discovery: Discovery): string {
  return [
    `${label} was not found, so the differential tests cannot prove any fix.`,
    'Looked at:',
    ...discovery.tried.map((t) => `  - ${t}`),
    'Install it with pyenv (e.g. `pyenv install 2.7.18` and `pyenv install 3.11.7`),',
    `or point ${label === 'Python 2.7' ? PYTHON2.override : PYTHON3.override} at an interpreter.`,
  ].join('\n');
}

/**
 * Python 2.7 ships without `six`, and the compat target's fixes import it. The copy Python 3 has
 * installed is a single file that runs on both, so the tests copy it into a folder put on
 * PYTHONPATH for every run: both interpreters then use the very same `six`.
 */
export function provideSix(python3: Interpreter, intoDir: string): { ok: true; dir: string; from: string } | { ok: false; problem: string } {
  const out = run(python3.executable, ['-c', 'import six; print(six.__file__)']);
  const from = out?.trim();
  if (!from || !from.endsWith('.py') || !fs.existsSync(from)) {
    return {
      ok: false,
      problem: `${python3.executable} cannot import \`six\` (install it with \`${python3.executable} -m pip install six\`); the compat target's fixes need it on both interpreters.`,
    };
  }
  fs.mkdirSync(intoDir, { recursive: true });
  fs.copyFileSync(from, path.join(intoDir, 'six.py'));
  return { ok: true, dir: intoDir, from };
}

export interface RunResult {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface RunOptions {
  cwd: string;
  pythonPath: string;
  timeoutMs?: number;
}

/** The environment every program runs in: the same hash seed and encoding on both interpreters. */
function programEnv(pythonPath: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // A developer's PYTHONSTARTUP, PYTHONHOME or PYTHONWARNINGS must not leak into the comparison.
    if (!key.startsWith('PYTHON')) env[key] = value;
  }
  return {
    ...env,
    PYTHONPATH: pythonPath,
    PYTHONHASHSEED: '0',
    PYTHONIOENCODING: 'utf-8',
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONNOUSERSITE: '1',
    LC_ALL: 'C.UTF-8',
  };
}

/** Runs at most `size` processes at once; the rest wait their turn. */
export class ProcessPool {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {}

  async runPython(python: Interpreter, script: string, options: RunOptions): Promise<RunResult> {
    await this.acquire();
    try {
      return await runOnce(python, script, options);
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.size) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

function runOnce(python: Interpreter, script: string, options: RunOptions): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      python.executable,
      [script],
      {
        cwd: options.cwd,
        env: programEnv(options.pythonPath),
        timeout: options.timeoutMs ?? 10_000,
        killSignal: 'SIGKILL',
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      },
      (error: ExecFileException | null, stdout: string, stderr: string) => {
        resolve({
          exitCode: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          signal: error?.signal ?? null,
          stdout,
          stderr,
          // Node kills with SIGKILL only when the timeout (or maxBuffer) ran out.
          timedOut: error?.killed === true && error.signal === 'SIGKILL',
        });
      },
    );
  });
}

export function describeRun(label: string, result: RunResult): string {
  const status = result.timedOut ? 'timed out' : result.signal ? `killed by ${result.signal}` : `exit ${result.exitCode}`;
  const stderr = result.stderr.trim();
  return `${label}: ${status}${stderr ? `\n--- stderr ---\n${stderr.slice(-2000)}` : ''}`;
}
