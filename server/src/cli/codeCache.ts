// Runs a bundle (dist/cli.js) from V8's code cache: the bytecode of the functions an earlier run
// compiled, saved by the build (scripts/build.mjs). A fresh `py3migrate check` otherwise compiles
// each function of the ~20,000-line bundle the first time it runs: about 0.2 s over the 2.7 stdlib,
// measured by bench/checkVsParse.ts (c). Only bytecode is cached, not optimized code or results, so
// a run from the cache does exactly what a run without it does.
//
// V8 itself checks a cache against its version, its flags and the source's length, and rejects one
// that does not match; the bundle is then compiled as usual. The source's length is not its
// content, so the cache file also starts with a SHA-256 of the source: a bundle rebuilt to the
// same length must never run on bytecode compiled from the old one.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** accepted: runs from the cache. absent: no readable cache file. stale: saved for another source. rejected: V8 refused it. */
export type CodeCacheStatus = 'accepted' | 'absent' | 'stale' | 'rejected';

export interface LoadedBundle {
  status: CodeCacheStatus;
  /** Runs the bundle as Node runs a CommonJS module: its own require, module, __filename, __dirname. */
  run(): void;
  /** The bytecode of every function compiled so far, behind the source's digest: what saveCodeCache writes. */
  cacheData(): Buffer;
}

const DIGEST_BYTES = 32;

export function loadBundle(bundlePath: string, cachePath: string): LoadedBundle {
  const filename = path.resolve(bundlePath);
  // The same wrapper Node's module loader puts around a CommonJS file.
  const source = `(function (exports, require, module, __filename, __dirname) { ${fs.readFileSync(filename, 'utf8')}\n});`;
  const digest = createHash('sha256').update(source).digest();
  let status: CodeCacheStatus = 'absent';
  let cachedData: Buffer | undefined;
  const saved = readIfPresent(cachePath);
  if (saved) {
    if (saved.length > DIGEST_BYTES && saved.subarray(0, DIGEST_BYTES).equals(digest)) cachedData = saved.subarray(DIGEST_BYTES);
    else status = 'stale';
  }
  const script = new vm.Script(source, { filename, cachedData });
  if (cachedData) status = script.cachedDataRejected ? 'rejected' : 'accepted';
  return {
    status,
    run() {
      const bundleModule = { exports: {} as unknown, filename, id: filename, loaded: false };
      const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
      wrapper.call(bundleModule.exports, bundleModule.exports, createRequire(filename), bundleModule, filename, path.dirname(filename));
      bundleModule.loaded = true;
    },
    cacheData: () => Buffer.concat([digest, script.createCachedData()]),
  };
}

/** Writes beside the target and renames, so a run starting meanwhile never reads half a cache. */
export function saveCodeCache(cachePath: string, data: Buffer): void {
  const partial = `${cachePath}.${process.pid}.partial`;
  fs.writeFileSync(partial, data);
  fs.renameSync(partial, cachePath);
}

/** A cache that cannot be read is no worse than none: the bundle compiles as usual. */
function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
