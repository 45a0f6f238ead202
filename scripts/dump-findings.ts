// Dumps every finding (fixes included) the engine reports over a tree of Python files, as JSON
// lines, so that a change meant to be behaviour-neutral (a speed-up) can be proven so with `diff`:
//
//   npx tsx scripts/dump-findings.ts /tmp/before.jsonl [dir]     (default dir: the Python 2.7 stdlib)
//   ... change the engine ...
//   npx tsx scripts/dump-findings.ts /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
//
// Each file is analysed twice: with the default rules, and with every rule selected (the opt-in
// rules too). One line per file and selection: {path, selection, syntaxError, findings}.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadRules } from '../server/src/engine';
import { analyzeSource } from '../server/src/cli/analysis';
import { collectInputs, readSourceFile } from '../server/src/cli/files';
import { SourceFile } from '../server/src/engine';
import { python27StdlibDir } from '../test/diff/pythons';

async function main(): Promise<void> {
  const [out, dir] = process.argv.slice(2);
  if (!out) throw new Error('usage: dump-findings.ts <out.jsonl> [dir]');
  const root = dir ?? python27StdlibDir();
  const files = collectInputs([root], { exclude: [], defaultExcludes: true, stdinName: '-' })
    .inputs.flatMap((i) => (i.kind === 'file' ? [i.fsPath] : []))
    .sort();
  const rules = await loadRules();
  const everyRule = new Set(rules.rules.map((r) => r.id));
  const lines: string[] = [];
  let count = 0;
  for (const file of files) {
    const read = readSourceFile(file, 2 * 1024 * 1024);
    const rel = path.relative(root, file);
    if (!read.ok) {
      lines.push(JSON.stringify({ path: rel, problem: read.problem }));
      continue;
    }
    for (const [selection, select] of [['default', undefined], ['all', everyRule]] as const) {
      // Engine findings with offsets and fixes (what the fixer and the server use)...
      const source = SourceFile.parse(read.source.text);
      let findings;
      try {
        findings = rules.analyze(source, { select, path: file });
      } finally {
        source.dispose();
      }
      // ...and the CLI's located view (line/column, syntax error).
      const cli = analyzeSource(rules, read.source.text, rel, 'compat', { select }, file);
      count += findings.length;
      lines.push(JSON.stringify({ path: rel, selection, syntaxError: cli.syntaxError ?? null, findings, located: cli.findings.map((f) => [f.line, f.column, f.endLine, f.endColumn]) }));
    }
  }
  fs.writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${files.length} files, ${count} findings (default + all rules) -> ${out}`);
}

void main();
