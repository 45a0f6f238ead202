// Reading Python source files from disk, for every front end that does: the CLI's commands and the
// language server's workspace scan. Every way a read can fail becomes a reason that names the cause.

import * as fs from 'node:fs';
import { decodeSource, type DecodedSource } from '../engine';

/** Folders that hold tooling, caches or third-party code, never the project's own Python 2 code. */
export const DEFAULT_EXCLUDES: readonly string[] = [
  '.git', '.hg', '.svn', '.bzr', 'node_modules', '__pycache__', '.venv', 'venv', '.tox', '.nox',
  '.mypy_cache', '.pytest_cache', '.ruff_cache', '.eggs', '__pypackages__', 'site-packages',
];

export function describeFsError(error: unknown, fsPath: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': {
      try {
        if (fs.lstatSync(fsPath).isSymbolicLink()) return `cannot read: it is a symbolic link to '${fs.readlinkSync(fsPath)}', which does not exist`;
      } catch {
        // not a symlink: plain "does not exist" below
      }
      return 'no such file or directory';
    }
    case 'EACCES':
    case 'EPERM':
      return 'cannot read: permission denied';
    case 'EISDIR':
      return 'cannot read: it is a directory';
    case 'ELOOP':
      return 'cannot read: too many levels of symbolic links';
    default:
      return `cannot read: ${(error as Error | undefined)?.message ?? String(error)}`;
  }
}

export type ReadResult =
  | { ok: true; bytes: Buffer; source: DecodedSource; stat?: fs.Stats }
  | { ok: false; problem: string; bytes?: Buffer };

/** Reads and decodes one file; every way it can fail becomes a reason naming the cause. */
export function readSourceFile(fsPath: string, maxBytes: number): ReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(fsPath);
  } catch (error) {
    return { ok: false, problem: describeFsError(error, fsPath) };
  }
  if (stat.isDirectory()) return { ok: false, problem: 'cannot read: it is a directory' };
  if (!stat.isFile()) return { ok: false, problem: `cannot read: ${notRegular(stat)}` };
  // Refuse before reading: a multi-gigabyte file would be read whole just to be rejected.
  if (stat.size > maxBytes) return { ok: false, problem: tooLarge(stat.size, maxBytes) };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(fsPath);
  } catch (error) {
    return { ok: false, problem: describeFsError(error, fsPath) };
  }
  const decoded = decodeSource(bytes, maxBytes);
  if (!decoded.ok) return { ok: false, problem: decoded.problem };
  return { ok: true, bytes, source: decoded.source, stat };
}

export function readStdin(maxBytes: number): ReadResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(0);
  } catch (error) {
    return { ok: false, problem: `cannot read standard input: ${(error as Error).message}` };
  }
  const decoded = decodeSource(bytes, maxBytes);
  if (!decoded.ok) return { ok: false, problem: decoded.problem, bytes };
  return { ok: true, bytes, source: decoded.source };
}

function notRegular(stat: fs.Stats): string {
  // Reading a FIFO or a device would block or never end: say what it is instead.
  if (stat.isFIFO()) return 'it is a named pipe (FIFO), not a regular file';
  if (stat.isSocket()) return 'it is a socket, not a regular file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'it is a device, not a regular file';
  return 'not a regular file';
}

function tooLarge(size: number, maxBytes: number): string {
  return `file is ${formatBytes(size)}, larger than the ${formatBytes(maxBytes)} limit (raise it with --max-file-size BYTES)`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
