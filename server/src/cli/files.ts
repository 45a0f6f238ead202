// Which files a command works on, and reading / writing them safely.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { globMatcher } from './glob';
import { DEFAULT_EXCLUDES, describeFsError } from '../files/readSource';

// Reading files lives in ../files/readSource (the language server reads them too); re-exported for the commands.
export { DEFAULT_EXCLUDES, describeFsError, readSourceFile, readStdin, type ReadResult } from '../files/readSource';

export type Input =
  | { kind: 'stdin'; display: string }
  /** `named`: given on the command line itself, not found by walking a folder. */
  | { kind: 'file'; display: string; fsPath: string; named: boolean };

export interface CollectResult {
  inputs: Input[];
  /** Paths that could not be listed or do not exist: an I/O error each. */
  problems: { display: string; problem: string }[];
}

export interface CollectOptions {
  exclude: readonly string[];
  defaultExcludes: boolean;
  stdinName: string;
  /** Excludes from the config file (its globs are relative to its own folder): a test on absolute paths. */
  excludePath?: (absolutePath: string) => boolean;
}

/**
 * Expands the command-line paths: files as given (user --exclude still applies), folders walked
 * for `*.py` in a stable, sorted order. Symlinked folders are not followed (they can loop);
 * symlinked files are, so a dangling one is reported rather than skipped.
 */
export function collectInputs(paths: readonly string[], options: CollectOptions): CollectResult {
  const userExclude = globMatcher(options.exclude);
  const defaultExclude = new Set(options.defaultExcludes ? DEFAULT_EXCLUDES : []);
  const inputs: Input[] = [];
  const problems: CollectResult['problems'] = [];
  const seen = new Set<string>();
  const addFile = (display: string, fsPath: string, named: boolean): void => {
    const key = path.resolve(fsPath);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ kind: 'file', display, fsPath, named });
  };

  for (const arg of paths) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin', display: options.stdinName });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch (error) {
      problems.push({ display: arg, problem: describeFsError(error, arg) });
      continue;
    }
    if (!stat.isDirectory()) {
      if (!userExclude.matches(path.basename(arg), toSlashes(arg)) && !options.excludePath?.(path.resolve(arg))) addFile(arg, arg, true);
      continue;
    }
    const walk = (dir: string, relative: string): void => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        problems.push({ display: dir, problem: describeFsError(error, dir) });
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const childRelative = relative ? `${relative}/${entry.name}` : entry.name;
        const child = path.join(dir, entry.name);
        if (defaultExclude.has(entry.name) || userExclude.matches(entry.name, childRelative) || options.excludePath?.(path.resolve(child))) continue;
        if (entry.isDirectory()) {
          walk(child, childRelative);
        } else if (entry.name.endsWith('.py') && (entry.isFile() || entry.isSymbolicLink())) {
          addFile(child, child, false);
        }
      }
    };
    walk(arg, '');
  }
  return { inputs, problems };
}

function toSlashes(p: string): string {
  return p.split(path.sep).join('/').replace(/^\.\//, '');
}

/**
 * Replaces a file's content without a window where it is half-written: a temp file in the same
 * folder (so rename is atomic on the same filesystem), flushed to disk, given the original's mode,
 * then renamed over it. A symlink is resolved first so the link stays a link.
 */
export function writeFileAtomic(fsPath: string, bytes: Uint8Array, expected?: fs.Stats): void {
  const real = fs.realpathSync(fsPath);
  const stat = fs.statSync(real);
  if (expected && (stat.size !== expected.size || stat.mtimeMs !== expected.mtimeMs)) {
    throw new Error('it changed on disk while py3migrate was working on it');
  }
  const mode = stat.mode & 0o7777;
  const temp = path.join(path.dirname(real), `.${path.basename(real)}.py3migrate-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  const fd = fs.openSync(temp, 'wx', 0o600);
  try {
    try {
      let written = 0;
      while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.chmodSync(temp, mode);
    try {
      fs.chownSync(temp, stat.uid, stat.gid);
    } catch {
      // Only root may give a file away; an ordinary user's file is theirs already.
    }
    fs.renameSync(temp, real);
  } catch (error) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // already renamed or never created
    }
    throw error;
  }
  // The folder is not fsynced: after a crash the file holds either the old or the new content,
  // both whole, and one fsync per file already dominates the cost of a fix run over a big tree.
}

/**
 * A new or replaced output file (--output-file, the baseline) written without a window where a
 * reader sees it half-written: chunks go to a temp file in the same folder, which is flushed and
 * renamed over the target on commit(). Until then the old file, if any, stays whole.
 */
export class AtomicOutput {
  private fd: number | undefined;
  private constructor(
    readonly target: string,
    private readonly temp: string,
    fd: number,
  ) {
    this.fd = fd;
  }

  /** Throws an Error naming the cause when the folder is missing or not writable. */
  static open(target: string): AtomicOutput {
    let real = path.resolve(target);
    try {
      // Replacing a symlinked output (a shared report path) writes through the link, as `>` does.
      real = fs.realpathSync(target);
    } catch {
      // a new file
    }
    const temp = path.join(path.dirname(real), `.${path.basename(real)}.py3migrate-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
    let fd: number;
    try {
      fd = fs.openSync(temp, 'wx', 0o666);
    } catch (error) {
      throw new Error(`cannot write '${target}': ${describeFsError(error, path.dirname(real)).replace(/^cannot read: /, '')}`);
    }
    return new AtomicOutput(real, temp, fd);
  }

  write(data: string | Uint8Array): void {
    if (this.fd === undefined) throw new Error('output already closed');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(this.fd, bytes, written, bytes.length - written);
  }

  commit(): void {
    if (this.fd === undefined) throw new Error('output already closed');
    const fd = this.fd;
    this.fd = undefined;
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    try {
      fs.renameSync(this.temp, this.target);
    } catch (error) {
      this.removeTemp();
      throw new Error(`cannot write '${this.target}': ${(error as Error).message}`);
    }
  }

  /** Drops the temp file; the target stays as it was. */
  abort(): void {
    if (this.fd !== undefined) {
      fs.closeSync(this.fd);
      this.fd = undefined;
    }
    this.removeTemp();
  }

  private removeTemp(): void {
    try {
      fs.unlinkSync(this.temp);
    } catch {
      // already renamed or removed
    }
  }
}
