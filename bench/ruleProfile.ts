// Where `check` spends its time over the Python 2.7 stdlib, beyond the bare parse: the pipeline's
// steps timed apart (CPU seconds, medians of interleaved runs, so a busy machine slows all of them
// alike) and the rules' time per rule (AnalyzeOptions.profile).
//
//   npx tsx bench/ruleProfile.ts            (RUNS=5, TOP=25; PY27_LIB=... to choose the tree)
//   node --cpu-prof --import tsx bench/ruleProfile.ts   for a V8 profile of the same work

import * as fs from 'node:fs';
import * as os from 'node:os';
import { SourceFile, loadRules } from '../server/src/engine';
import { profileSection } from '../server/src/engine/analyze';
import { parser } from '../server/src/engine/parser';
import { analyzeSource } from '../server/src/cli/analysis';
import { collectInputs, readSourceFile } from '../server/src/cli/files';
import { python27StdlibDir } from '../test/diff/pythons';

const RUNS = Number(process.env.RUNS ?? 5);
const TOP = Number(process.env.TOP ?? 25);

function cpu(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const lib = python27StdlibDir();
  const files = collectInputs([lib], { exclude: [], defaultExcludes: true, stdinName: '-' }).inputs.flatMap((i) => (i.kind === 'file' ? [i.fsPath] : []));
  const rules = await loadRules();
  const texts = files.flatMap((f) => {
    const read = readSourceFile(f, 2 * 1024 * 1024);
    return read.ok ? [{ path: f, text: read.source.text }] : [];
  });

  const steps: Record<string, () => void> = {
    'read (readFileSync utf8)': () => {
      for (const f of files) fs.readFileSync(f, 'utf8');
    },
    'read + decode (readSourceFile)': () => {
      for (const f of files) readSourceFile(f, 2 * 1024 * 1024);
    },
    'bare parse (in memory)': () => {
      for (const { text } of texts) parser().parse(text)?.delete();
    },
    'SourceFile.parse + analyze': () => {
      for (const { path, text } of texts) {
        const file = SourceFile.parse(text);
        rules.analyze(file, { path });
        file.dispose();
      }
    },
    'analyzeSource (cli, in memory)': () => {
      for (const { path, text } of texts) analyzeSource(rules, text, path, 'compat', {}, path);
    },
  };
  // Parse and analysis timed apart file by file (the steady ratio on a busy machine: both halves of
  // each file run back to back, so a load change hits both alike).
  const split = { parse: [] as number[], rules: [] as number[] };
  steps['parse | analyze, per file'] = () => {
    let parse = 0;
    let rules_ = 0;
    for (const { path, text } of texts) {
      let at = process.cpuUsage();
      const file = SourceFile.parse(text);
      parse += cpuSince(at);
      at = process.cpuUsage();
      rules.analyze(file, { path });
      rules_ += cpuSince(at);
      at = process.cpuUsage();
      file.dispose();
      parse += cpuSince(at);
    }
    split.parse.push(parse);
    split.rules.push(rules_);
  };
  const names = Object.keys(steps);
  for (const name of names) steps[name]();
  split.parse.length = 0;
  split.rules.length = 0;
  const times = new Map<string, number[]>(names.map((n) => [n, []]));
  for (let run = 0; run < RUNS; run++) for (const name of names) times.get(name)!.push(cpu(steps[name]));

  // Memoised file facts are timed apart (`memo <key>`), not charged to the rule that asks first.
  const profile = new Map<string, number>();
  const memo = SourceFile.prototype.memo;
  SourceFile.prototype.memo = function <T>(this: SourceFile, key: string, compute: (file: SourceFile) => T): T {
    return memo.call(this, key, (f) => profileSection(`memo ${key.split(':')[0]}`, () => compute(f))) as T;
  };
  for (const { path, text } of texts) {
    const file = SourceFile.parse(text);
    rules.analyze(file, { path, profile });
    file.dispose();
  }
  SourceFile.prototype.memo = memo;

  console.log(`${texts.length} files, ${rules.rules.length} rules; CPU seconds, median of ${RUNS} interleaved runs (min-max)`);
  for (const name of names) {
    const t = times.get(name)!;
    console.log(`  ${name.padEnd(34)} ${median(t).toFixed(2)}  (${Math.min(...t).toFixed(2)}-${Math.max(...t).toFixed(2)})`);
  }
  const parse = median(times.get('bare parse (in memory)')!);
  const analyze = median(times.get('SourceFile.parse + analyze')!);
  console.log(`  analyze / bare parse: ${(analyze / parse).toFixed(2)}x; rules alone ~${(analyze - parse).toFixed(2)} s`);
  const ratios = split.parse.map((p, i) => 1 + split.rules[i] / p);
  console.log(`  per file: parse ${median(split.parse).toFixed(2)} s, rules ${median(split.rules).toFixed(2)} s; (parse + rules) / parse = ${median(ratios).toFixed(2)}x (runs ${ratios.map((r) => r.toFixed(2)).join(' ')})`);
  const total = [...profile.values()].reduce((a, b) => a + b, 0);
  console.log(`per rule, exclusive of memoised facts (one profiled pass, CPU ms, total ${total.toFixed(0)} ms):`);
  for (const [id, ms] of [...profile].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${id.padEnd(34)} ${ms.toFixed(0).padStart(6)}`);
  console.log(`load average: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`);
}

void main();
