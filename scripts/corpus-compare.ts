// The differential corpus side by side (issue 3, "Behaviour"): for every program under
// test/diff/programs/<folder>/<name>.py, its output on Python 2.7 is the reference, and the script
// counts how many programs print exactly that (stdout and exit status) after
//   py3      py3migrate's safe fixes, target py3, run on Python 3;
//   unsafe   the same with unsafe fixes too (`--unsafe-fixes`), run on Python 3;
//   2to3     lib2to3 with its default fixers (`python3 -m lib2to3 -w -n`), run on Python 3;
//   compat   py3migrate's safe fixes, target compat, run on Python 3 AND on Python 2.7 (both must match).
// A result that no longer parses counts as not identical ("does not parse").
// Programs whose reference run fails on 2.7 are listed and left out of the counts.
// Two interpreter processes run at a time (the CI box has two cores).
//
//   npx tsx scripts/corpus-compare.ts [--dir <programs folder>] [--only <substring>[,<substring>...]] [--show <folder/name>] [--keep] [--json <file>]

import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeSource, encodeSource, fixText, loadRules, type RuleSet } from '../server/src/engine';
import {
  ProcessPool, findPython2, findPython3, provideSix, requirePython, type Interpreter, type RunResult,
} from '../test/diff/pythons';

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_PROGRAMS_DIR = path.join(ROOT, 'test', 'diff', 'programs');
const COLUMNS = ['py3', 'unsafe', '2to3', 'compat'] as const;
type Column = (typeof COLUMNS)[number];
const HEADINGS: Record<Column, string> = {
  py3: 'py3migrate fix --target py3',
  unsafe: 'py3migrate fix --target py3 --unsafe-fixes',
  '2to3': '2to3 (default fixers)',
  compat: 'py3migrate fix --target compat (2.7 and 3)',
};

interface Program {
  id: string;
  file: string;
  text: string;
  /** Carries `# diff: differs`: a finding py3migrate cannot fix safely is expected to remain. */
  differs: boolean;
  /** Carries `# diff: bug: ...`: exposes a known rule bug. */
  bug: boolean;
}

interface Verdict {
  identical: boolean;
  reason?: string;
  /** Rules with findings left in py3migrate's fixed text (why a difference is not silent). */
  remaining?: string[];
}

interface Args { only?: string; show?: string; keep: boolean; json?: string; dir: string }

function parseArgs(argv: string[]): Args {
  const out: Args = { keep: false, dir: DEFAULT_PROGRAMS_DIR };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--only') out.only = argv[++i];
    else if (a === '--show') out.show = argv[++i];
    else if (a === '--keep') out.keep = true;
    else if (a === '--json') out.json = argv[++i];
    else if (a === '--dir') out.dir = path.resolve(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  return out;
}

function listPrograms(programsDir: string, only?: string): Program[] {
  const programs: Program[] = [];
  for (const folder of fs.readdirSync(programsDir).sort()) {
    const dir = path.join(programsDir, folder);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.endsWith('.py')) continue;
      const id = `${folder}/${name}`;
      if (only && !only.split(',').filter(Boolean).some((o) => id.includes(o))) continue;
      const file = path.join(dir, name);
      const decoded = decodeSource(fs.readFileSync(file));
      if (!decoded.ok) throw new Error(`${file}: ${decoded.problem}`);
      const text = decoded.source.text;
      const head = text.split('\n').slice(0, 5).join('\n');
      programs.push({ id, file, text, differs: /^#\s*diff:\s*differs\b/m.test(head), bug: /^#\s*diff:\s*bug\b/m.test(head) });
    }
  }
  return programs;
}

/** The first thing that tells `actual` from `expected`, on one line. */
function difference(expected: RunResult, actual: RunResult): string | undefined {
  if (actual.exitCode !== 0 || actual.timedOut) {
    const err = actual.stderr.trim().split('\n');
    const last = err[err.length - 1] ?? '';
    if (actual.timedOut) return 'timed out';
    // A script Python cannot compile fails before any traceback is printed.
    if (/^(SyntaxError|IndentationError|TabError)\b/.test(last) && !actual.stderr.includes('Traceback')) {
      return `does not parse: ${last}${lineOf(actual.stderr)}`;
    }
    const got = firstDifferentLine(expected.stdout, actual.stdout);
    return `exit ${actual.exitCode}: ${last}${got ? ` (output ${got})` : ''}`;
  }
  const line = firstDifferentLine(expected.stdout, actual.stdout);
  return line ? `output ${line}` : undefined;
}

function lineOf(stderr: string): string {
  const m = /line (\d+)/.exec(stderr);
  return m ? ` (line ${m[1]})` : '';
}

function firstDifferentLine(expected: string, actual: string): string | undefined {
  if (expected === actual) return undefined;
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      const show = (s: string | undefined) => (s === undefined ? '<none>' : JSON.stringify(s.length > 70 ? `${s.slice(0, 70)}...` : s));
      return `line ${i + 1}: expected ${show(e[i])}, got ${show(a[i])}`;
    }
  }
  return 'differs';
}

function runLib2to3(python3: Interpreter, dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      python3.executable,
      ['-W', 'ignore', '-m', 'lib2to3', '-w', '-n', '-j', '2', '--no-diffs', dir],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, PYTHONWARNINGS: 'ignore' } },
      (error, _stdout, stderr) => (error ? reject(new Error(`lib2to3 failed: ${stderr.slice(-2000)}`)) : resolve()),
    );
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const py2 = findPython2().interpreter;
  const py3 = findPython3().interpreter;
  requirePython('Python 2.7', findPython2());
  requirePython('Python 3', findPython3());
  if (!py2 || !py3) return;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-corpus-'));
  const six = provideSix(py3, path.join(work, 'site'));
  if (!six.ok) throw new Error(six.problem);
  const pool = new ProcessPool(2);
  const rules: RuleSet = await loadRules();
  const programs = listPrograms(args.dir, args.only);
  const started = Date.now();

  const writeRun = (program: Program, variant: string, bytes: Uint8Array | string): string => {
    const dir = path.join(work, variant, program.id.replace(/\.py$/, ''));
    fs.mkdirSync(dir, { recursive: true });
    const script = path.join(dir, 'main.py');
    fs.writeFileSync(script, bytes);
    return script;
  };
  const run = (python: Interpreter, script: string) =>
    pool.runPython(python, script, { cwd: path.dirname(script), pythonPath: six.dir, timeoutMs: 10_000 });

  // 2to3 first, in one process over copies of every program.
  for (const program of programs) writeRun(program, '2to3', fs.readFileSync(program.file));
  await runLib2to3(py3, path.join(work, '2to3'));

  const results = await Promise.all(programs.map(async (program) => {
    const source = decodeSource(fs.readFileSync(program.file));
    if (!source.ok) throw new Error(source.problem);
    const fixed = (target: 'py3' | 'compat', unsafe: boolean) => {
      const result = fixText(rules, program.text, { target, unsafe });
      const bytes = encodeSource(result.text, source.source);
      if (!bytes.ok) throw new Error(`${program.id}: ${bytes.problem}`);
      return { result, bytes: bytes.bytes };
    };
    const a = fixed('py3', false);
    const b = fixed('py3', true);
    const d = fixed('compat', false);
    if (args.show === program.id) {
      for (const [label, f] of [['py3', a], ['unsafe', b], ['compat', d]] as const) console.log(`--- ${label} ---\n${f.result.text}`);
      console.log(`--- 2to3 ---\n${fs.readFileSync(path.join(work, '2to3', program.id.replace(/\.py$/, ''), 'main.py'), 'utf8')}`);
    }
    const [ref, ra, rb, rc, rd3, rd2] = await Promise.all([
      run(py2, writeRun(program, 'original', fs.readFileSync(program.file))),
      run(py3, writeRun(program, 'py3', a.bytes)),
      run(py3, writeRun(program, 'unsafe', b.bytes)),
      run(py3, path.join(work, '2to3', program.id.replace(/\.py$/, ''), 'main.py')),
      run(py3, writeRun(program, 'compat', d.bytes)),
      run(py2, writeRun(program, 'compat2', d.bytes)),
    ]);
    const verdict = (actual: RunResult, remaining?: string[], refused?: string): Verdict => {
      const why = difference(ref, actual);
      return { identical: why === undefined, reason: refused && why ? `fix refused (${refused}); ${why}` : why, remaining };
    };
    const rulesLeft = (f: { result: { remaining: { ruleId: string }[] } }) => [...new Set(f.result.remaining.map((x) => x.ruleId))].sort();
    const compat3 = verdict(rd3, rulesLeft(d), d.result.refused);
    const compat2 = verdict(rd2, rulesLeft(d), d.result.refused);
    const verdicts: Record<Column, Verdict> = {
      py3: verdict(ra, rulesLeft(a), a.result.refused),
      unsafe: verdict(rb, rulesLeft(b), b.result.refused),
      '2to3': verdict(rc),
      compat: compat3.identical && compat2.identical ? compat3
        : { identical: false, remaining: compat3.remaining, reason: !compat3.identical ? `on 3: ${compat3.reason}` : `on 2.7: ${compat2.reason}` },
    };
    return { program, ref, verdicts };
  }));

  const valid = results.filter((r) => r.ref.exitCode === 0);
  const broken = results.filter((r) => r.ref.exitCode !== 0);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  console.log(`Differential corpus: ${results.length} programs in ${path.relative(ROOT, args.dir) || '.'} (${seconds}s, Python ${py2.version} vs ${py3.version})`);
  if (broken.length) {
    console.log(`\n${broken.length} program(s) fail on Python 2.7 and are left out:`);
    for (const r of broken) console.log(`  ${r.program.id}: ${r.ref.stderr.trim().split('\n').pop()}`);
  }
  const marked = valid.filter((r) => r.program.differs).length;
  const bugs = valid.filter((r) => r.program.bug).length;
  console.log(`\n${valid.length} programs (${marked} marked \`# diff: differs\`: a finding py3migrate cannot fix safely remains; ${bugs} marked \`# diff: bug\`: a known rule bug)\n`);
  const width = Math.max(...COLUMNS.map((c) => HEADINGS[c].length));
  console.log(`| ${'after'.padEnd(width)} | identical | differs | of which: does not parse | differs, no finding left |`);
  console.log(`|${'-'.repeat(width + 2)}|-----------|---------|--------------------------|--------------------------|`);
  for (const column of COLUMNS) {
    const same = valid.filter((r) => r.verdicts[column].identical).length;
    const unparsed = valid.filter((r) => r.verdicts[column].reason?.includes('does not parse')).length;
    const silent = column === '2to3' ? '-' : String(valid.filter((r) => !r.verdicts[column].identical && r.verdicts[column].remaining?.length === 0).length);
    console.log(
      `| ${HEADINGS[column].padEnd(width)} | ${String(same).padStart(9)} | ${String(valid.length - same).padStart(7)} | ${String(unparsed).padStart(24)} | ${silent.padStart(24)} |`,
    );
  }
  console.log('\n("no finding left": py3migrate reports nothing on its own fixed program although the output changed.)');
  for (const column of COLUMNS) {
    const differ = valid.filter((r) => !r.verdicts[column].identical);
    console.log(`\n## ${HEADINGS[column]}: ${differ.length} differ`);
    for (const r of differ) {
      const v = r.verdicts[column];
      const left = v.remaining === undefined ? '' : v.remaining.length ? ` [findings left: ${v.remaining.join(', ')}]` : ' [NO FINDING LEFT]';
      const marks = `${r.program.differs ? ' (differs)' : ''}${r.program.bug ? ' (BUG)' : ''}`;
      console.log(`  ${r.program.id}${marks}: ${v.reason}${left}`);
    }
  }
  if (args.json) {
    fs.writeFileSync(args.json, JSON.stringify(valid.map((r) => ({ program: r.program.id, differs: r.program.differs, ...r.verdicts })), null, 1));
  }
  if (args.keep) console.log(`\nkept ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
