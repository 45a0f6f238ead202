// False-alarm check over Python 3 code: runs every default rule over Python 3.11's own standard
// library (the .py files outside site-packages) and prints the findings per rule and severity.
// Acceptance (issue 3, "no false alarms on Python 3 code"): no error-severity finding, except in
// files that are Python 2 on purpose (lib2to3's test data, the tests' deliberately bad syntax).
// Exits non-zero when an error finding is left in a file that is not on purpose Python 2.
//
//   npx tsx scripts/py3-stdlib-check.ts [--lib DIR] [--json OUT] [--compare BEFORE.json] [--top N]
//
// --lib DIR       another tree (e.g. ~/.pyenv/versions/2.7.18/lib/python2.7, to measure recall kept on Python 2 code);
//                 the acceptance verdict is only given for the 3.11 stdlib.
// --json OUT      writes {rule: {error, warning, information}} for a later --compare.
// --compare FILE  prints each rule's counts beside the ones in FILE.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeSource, loadRules, SourceFile, type Severity } from '../server/src/engine';
import { fileDialect } from '../server/src/engine/dialect';
import { findPython3, requirePython, stdlibPythonFiles } from '../test/diff/pythons';

type Counts = Record<Severity, number>;
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information'];

function python311StdlibDir(): string {
  if (process.env.PY311_LIB) return process.env.PY311_LIB;
  const python3 = requirePython('Python 3', findPython3());
  return execFileSync(python3, ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
}


// Files of the 3.11 stdlib where an error finding is expected, with the reason. The first two are
// Python 2 on purpose; the rest are Python 3 tests that write a Python 2 idiom on purpose, to assert
// that Python 3 rejects it (the finding is right about the code; the code means to fail), and one
// genuine Python 2 leftover in a disabled test.
const EXPECTED: readonly [RegExp, string][] = [
  [/^lib2to3\/tests\/data\//, 'lib2to3 test data: Python 2 on purpose'],
  [/(^|\/)badsyntax_|^test\/bad_coding/, 'test data that must not compile'],
  [/^test\/test_print\.py$/, 'Python 3 test of the `print >>f, x` hint: writes the Python 2 statement on purpose'],
  [/^test\/test_raise\.py$/, 'Python 3 test that `raise "foo"` raises TypeError: Python 2 idiom on purpose'],
  [/^test\/test_builtin\.py$/, 'Python 3 test that `sorted([], None)` (a cmp argument) raises TypeError: Python 2 idiom on purpose'],
  [/^test\/test_codecs\.py$/, 'Python 3 test that `str.encode("rot_13")` raises LookupError: Python 2 idiom on purpose'],
  [/^ctypes\/test\/test_memfunctions\.py$/, 'genuine Python 2 leftover (`sys.maxint`) in a test disabled with @unittest.skip: a true finding'],
];

function deliberateReason(rel: string): string | undefined {
  return EXPECTED.find(([pattern]) => pattern.test(rel))?.[1];
}

function table(rows: [string, Counts][], top: number, key: Severity | 'all'): string[] {
  const total = (c: Counts): number => (key === 'all' ? c.error + c.warning + c.information : c[key]);
  return rows
    .filter(([, c]) => total(c) > 0)
    .sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([rule, c]) => `  ${rule.padEnd(36)} ${String(c.error).padStart(7)} ${String(c.warning).padStart(8)} ${String(c.information).padStart(6)}`);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const arg = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const libArg = arg('--lib');
  const lib = libArg ?? python311StdlibDir();
  const top = Number(arg('--top') ?? 15);
  const rules = await loadRules();
  const files = stdlibPythonFiles(lib);

  const byRule = new Map<string, Counts>(rules.rules.map((r) => [r.id, { error: 0, warning: 0, information: 0 }]));
  const dialects = { py2: 0, py3: 0, unknown: 0 };
  const errorFiles: { rel: string; rules: Map<string, number>; dialect: string }[] = [];
  let unreadable = 0;
  const started = Date.now();
  for (const rel of files) {
    const decoded = decodeSource(fs.readFileSync(path.join(lib, rel)), Number.MAX_SAFE_INTEGER);
    if (!decoded.ok) {
      unreadable++;
      continue;
    }
    const file = SourceFile.parse(decoded.source.text);
    try {
      const dialect = fileDialect(file);
      dialects[dialect]++;
      const findings = rules.analyze(file, { path: path.join(lib, rel) });
      const errors = new Map<string, number>();
      for (const f of findings) {
        byRule.get(f.ruleId)![f.severity]++;
        if (f.severity === 'error') errors.set(f.ruleId, (errors.get(f.ruleId) ?? 0) + 1);
      }
      if (errors.size > 0) errorFiles.push({ rel, rules: errors, dialect });
    } finally {
      file.dispose();
    }
  }
  const seconds = (Date.now() - started) / 1000;

  const totals: Counts = { error: 0, warning: 0, information: 0 };
  for (const c of byRule.values()) for (const s of SEVERITY_ORDER) totals[s] += c[s];
  console.log(`tree: ${lib}`);
  console.log(`files: ${files.length} (${unreadable} undecodable); dialect py3 ${dialects.py3}, py2 ${dialects.py2}, unknown ${dialects.unknown}; ${seconds.toFixed(1)} s`);
  console.log(`findings: ${totals.error} errors, ${totals.warning} warnings, ${totals.information} information\n`);
  const header = `  ${'rule'.padEnd(36)} ${'error'.padStart(7)} ${'warning'.padStart(8)} ${'info'.padStart(6)}`;
  const rows = [...byRule];
  console.log(`errors by rule:\n${header}`);
  for (const line of table(rows, Infinity, 'error')) console.log(line);
  console.log(`\nwarnings by rule (top ${top}):\n${header}`);
  for (const line of table(rows, top, 'warning')) console.log(line);
  console.log(`\ninformation by rule (top ${top}):\n${header}`);
  for (const line of table(rows, top, 'information')) console.log(line);

  const compare = arg('--compare');
  if (compare) {
    const before = JSON.parse(fs.readFileSync(compare, 'utf8')) as Record<string, Counts>;
    console.log(`\ncompared with ${compare} (before -> after, all severities):`);
    const ids = [...new Set([...Object.keys(before), ...byRule.keys()])].sort();
    for (const id of ids) {
      const b = before[id] ?? { error: 0, warning: 0, information: 0 };
      const a = byRule.get(id) ?? { error: 0, warning: 0, information: 0 };
      const changed = SEVERITY_ORDER.some((s) => a[s] !== b[s]);
      if (changed) console.log(`  ${id.padEnd(36)} ${SEVERITY_ORDER.map((s) => `${s} ${b[s]} -> ${a[s]}`).join(', ')}`);
    }
  }
  const jsonOut = arg('--json');
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(Object.fromEntries(byRule), null, 1));

  console.log(`\nfiles with an error finding: ${errorFiles.length}`);
  let unexplained = 0;
  for (const { rel, rules: errs, dialect } of errorFiles) {
    const reason = deliberateReason(rel);
    if (!reason) unexplained++;
    const list = [...errs].map(([id, n]) => `${id} x${n}`).join(', ');
    console.log(`  ${rel} [${dialect}]: ${list} -- ${reason ?? 'NOT EXPLAINED: false alarm?'}`);
  }
  if (libArg) return 0;
  console.log(`\n${unexplained === 0 ? 'PASS' : 'FAIL'}: ${unexplained} file(s) with an error finding that are not explained`);
  return unexplained === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exitCode = 2;
  },
);
