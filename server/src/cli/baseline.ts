// `check --baseline FILE`: the findings a team has accepted for now, so CI fails only on new ones.
// A finding is known when the baseline has an entry with its rule, its file (relative to the
// baseline's folder, with '/') and its fingerprint (the flagged code and its line, whitespace
// collapsed: see checkFile.ts), NOT its line number, so edits elsewhere in the file do not break
// the match. Each entry has a count, so N identical findings in one file need N to be known.
// The file is sorted JSON with one entry per line, so a reviewer reads its diff line by line.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './args';
import { fingerprintOf, type CheckedFinding } from './checkFile';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  path: string;
  rule: string;
  fingerprint: string;
  count: number;
  /** The line's text, for people; not matched on. */
  code: string;
}

/** Where a finding's file is, as the baseline names it. Standard input keeps its --stdin-filename. */
export function baselinePathOf(display: string, fsPath: string | undefined, baselineDir: string): string {
  const absolute = path.resolve(fsPath ?? display);
  const relative = path.relative(baselineDir, absolute);
  const name = relative === '' ? path.basename(absolute) : relative;
  return name.split(path.sep).join('/');
}

function keyOf(p: string, rule: string, fingerprint: string): string {
  return `${p}\0${rule}\0${fingerprint}`;
}

export function readBaseline(file: string): BaselineEntry[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`baseline file '${file}' does not exist (create it with --baseline ${file} --update-baseline)`);
    throw new UsageError(`cannot read the baseline file '${file}': ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`baseline file '${file}' is not valid JSON: ${(error as Error).message}`);
  }
  const record = data as { version?: unknown; findings?: unknown };
  if (typeof data !== 'object' || data === null || record.version !== BASELINE_VERSION || !Array.isArray(record.findings)) {
    throw new UsageError(`baseline file '${file}' is not a py3migrate baseline (version ${BASELINE_VERSION}); rewrite it with --update-baseline`);
  }
  return record.findings.map((raw: unknown, i: number) => {
    const e = raw as Partial<BaselineEntry>;
    if (typeof e !== 'object' || e === null || typeof e.path !== 'string' || typeof e.rule !== 'string' || typeof e.fingerprint !== 'string' ||
      typeof e.count !== 'number' || !Number.isInteger(e.count) || e.count < 1) {
      throw new UsageError(`baseline file '${file}': entry ${i + 1} needs path, rule, fingerprint and a positive count`);
    }
    return { path: e.path, rule: e.rule, fingerprint: e.fingerprint, count: e.count, code: typeof e.code === 'string' ? e.code : '' };
  });
}

/** Consumes baseline entries as findings stream past, in the run's (stable) order. */
export class BaselineMatcher {
  private readonly remaining = new Map<string, number>();
  private readonly entries: readonly BaselineEntry[];

  constructor(entries: readonly BaselineEntry[]) {
    this.entries = entries;
    for (const e of entries) {
      const key = keyOf(e.path, e.rule, e.fingerprint);
      this.remaining.set(key, (this.remaining.get(key) ?? 0) + e.count);
    }
  }

  /** True when the finding is in the baseline (and uses up one of its entry's count). */
  known(f: CheckedFinding, baselinePath: string): boolean {
    const key = keyOf(baselinePath, f.rule, fingerprintOf(f));
    const left = this.remaining.get(key) ?? 0;
    if (left === 0) return false;
    this.remaining.set(key, left - 1);
    return true;
  }

  /**
   * Baselined findings no longer found: fixed, so the baseline can shrink. Only entries this run
   * could have matched count: files it checked, rules it ran (--select/--ignore leave others alone).
   */
  fixed(checkedPaths: ReadonlySet<string>, ranRules: ReadonlySet<string>): number {
    let total = 0;
    for (const e of this.entries) {
      if (!checkedPaths.has(e.path) || !ranRules.has(e.rule)) continue;
      const key = keyOf(e.path, e.rule, e.fingerprint);
      const left = this.remaining.get(key) ?? 0;
      if (left > 0) {
        // Entries sharing a key (a hand-merged file) are counted once.
        total += left;
        this.remaining.set(key, 0);
      }
    }
    return total;
  }
}

/** Collects the run's findings into baseline entries for --update-baseline. */
export class BaselineRecorder {
  private readonly entries = new Map<string, BaselineEntry>();

  add(f: CheckedFinding, baselinePath: string): void {
    const fingerprint = fingerprintOf(f);
    const key = keyOf(baselinePath, f.rule, fingerprint);
    const entry = this.entries.get(key);
    if (entry) entry.count++;
    else this.entries.set(key, { path: baselinePath, rule: f.rule, fingerprint, count: 1, code: f.code ?? '' });
  }

  /**
   * Keeps what the old baseline said about files this run could not read, and about rules it did
   * not run: those findings are unknown, not fixed.
   */
  keep(entries: readonly BaselineEntry[], unreadable: ReadonlySet<string>, ranRules: ReadonlySet<string>): void {
    for (const e of entries) {
      if (!unreadable.has(e.path) && ranRules.has(e.rule)) continue;
      const key = keyOf(e.path, e.rule, e.fingerprint);
      if (!this.entries.has(key)) this.entries.set(key, { ...e });
    }
  }

  get size(): number {
    let n = 0;
    for (const e of this.entries.values()) n += e.count;
    return n;
  }

  serialise(): string {
    return serialiseBaseline([...this.entries.values()]);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function serialiseBaseline(entries: readonly BaselineEntry[]): string {
  const sorted = [...entries].sort((a, b) => compare(a.path, b.path) || compare(a.rule, b.rule) || compare(a.fingerprint, b.fingerprint));
  const lines = sorted.map((e) => `    ${JSON.stringify({ path: e.path, rule: e.rule, fingerprint: e.fingerprint, count: e.count, code: e.code })}`);
  return `{\n  "version": ${BASELINE_VERSION},\n  "tool": "py3migrate",\n  "findings": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}
