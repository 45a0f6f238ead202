// How long from a one-character edit to the published diagnostics, in a 10,000-line file.
// Builds the file from Python 2.7's own standard library (real Python 2 code), starts the
// BUILT server over stdio, opens the file, makes ~50 one-character edits at varied positions
// and measures didChange -> publishDiagnostics for that version. Prints figures; never fails on time.
//
//   npm run build && npm run bench:lsp            (PY27_LIB=/path/to/lib/python2.7 to choose the stdlib)

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt, TestClient } from '../test/lsp/lspClient';
import { python27StdlibDir } from '../test/diff/pythons';

const LINES = 10_000;
const EDITS = 50;


function buildSource(lib: string): string {
  const lines: string[] = [];
  for (const name of fs.readdirSync(lib).filter((f) => f.endsWith('.py')).sort()) {
    // latin-1 keeps every byte; a few stdlib files have a latin-1 cookie.
    lines.push(...fs.readFileSync(path.join(lib, name), 'latin1').split(/\r?\n/));
    if (lines.length >= LINES) break;
  }
  return lines.slice(0, LINES).join('\n') + '\n';
}

/** Deterministic positions spread over the file, each inside an identifier, a number, a comment or a string. */
function editPositions(text: string, count: number): { line: number; character: number }[] {
  const lines = text.split('\n');
  const out: { line: number; character: number }[] = [];
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  while (out.length < count) {
    const line = Math.floor(random() * lines.length);
    const match = /[A-Za-z_0-9]{3,}/.exec(lines[line]);
    if (!match) continue;
    out.push({ line, character: match.index + 1 });
  }
  return out;
}

/** CPU time (user + system) the process has used, in ms; Linux only (undefined elsewhere). */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  ensureServerBuilt();
  const lib = python27StdlibDir();
  const text = buildSource(lib);
  const uri = pathToFileURL(path.join(os.tmpdir(), 'py3migrate-bench', 'stdlib10k.py')).href;
  const client = await TestClient.start({ settings: () => ({ maxFileSize: 64 * 1024 * 1024 }) });
  try {
    let started = performance.now();
    await client.open(uri, text);
    const opened = await client.waitForVersion(uri, 1);
    const openMs = performance.now() - started;

    const times: number[] = [];
    let findings = opened.diagnostics.length;
    // Each edit types one character, and the next edit removes it again, so the file stays real
    // Python 2 (errors from accumulated typos would not be what a user sees while typing).
    const positions = editPositions(text, EDITS / 2);
    const cpuBefore = cpuMs(client.process.pid);
    for (const pos of positions) {
      for (const edit of [
        { range: { start: pos, end: pos }, text: 'x' },
        { range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, text: '' },
      ]) {
        started = performance.now();
        const version = await client.change(uri, [edit]);
        const published = await client.waitForVersion(uri, version);
        times.push(performance.now() - started);
        findings = published.diagnostics.length;
      }
    }
    const cpuAfter = cpuMs(client.process.pid);
    // Whole-file facts and slow whole-file rules are re-checked once typing pauses; then the
    // diagnostics must equal those of a fresh analysis of the same text.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const settled = client.diagnostics.get(uri)!.diagnostics;
    const freshUri = uri.replace(/\.py$/, '-fresh.py');
    await client.open(freshUri, client.text(uri));
    const fresh = (await client.waitForVersion(freshUri, 1)).diagnostics;
    const key = (d: { code?: unknown; range: unknown; message: unknown }): string => JSON.stringify([d.code, d.range, d.message]);
    const sameAsFresh = settled.length === fresh.length && settled.every((d, i) => key(d) === key(fresh[i]));

    const sorted = [...times].sort((a, b) => a - b);
    const ms = (n: number): string => `${n.toFixed(1)} ms`;
    console.log(`file: ${text.split('\n').length - 1} lines, ${(text.length / 1024).toFixed(0)} KB, from ${lib}`);
    console.log(`open -> first diagnostics: ${ms(openMs)} (${opened.diagnostics.length} findings)`);
    console.log(`one-character edit -> diagnostics (${times.length} edits): median ${ms(percentile(sorted, 50))}, p90 ${ms(percentile(sorted, 90))}, max ${ms(sorted[sorted.length - 1])}, min ${ms(sorted[0])}`);
    if (cpuBefore !== undefined && cpuAfter !== undefined) {
      // Wall time above includes waiting for a CPU on a busy machine; this is what the server itself spent.
      console.log(`server CPU time per edit (mean over the ${times.length} edits, 10 ms clock ticks): ${((cpuAfter - cpuBefore) / times.length).toFixed(1)} ms`);
    }
    console.log(`findings right after the last edit: ${findings}; after the pause: ${settled.length}; fresh analysis of the same text: ${fresh.length} (${sameAsFresh ? 'identical' : 'DIFFERENT'})`);
    console.log(`load average while running: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`);
  } finally {
    await client.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
