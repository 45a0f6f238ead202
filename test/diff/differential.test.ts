// Differential tests: how a safe fix is proven.
//
// Every program test/diff/programs/<rule-id>/<name>.py is a small Python 2 program that prints
// something deterministic. It runs on Python 2.7 (that output is the truth), is fixed by the engine
// with the safe fixes of ALL rules (plus unsafe ones when its first line is `# diff: unsafe`), and
// the result must print the same:
//   target py3:    on Python 3;
//   target compat: on Python 3 and on Python 2.7 (with `six` importable on both).
// The rule named by the folder must have flagged the program, and none of its fixable findings may
// be left afterwards, so a program cannot pass by not exercising its rule.
//
// Programs whose Python 3 behaviour cannot be kept by safe fixes (a `/` not provably on integers, a
// `__cmp__`, a finding whose fix is unsafe or manual) carry `# diff: differs` in their leading comment
// lines, optionally naming the rules responsible: `# diff: differs[classic-division, cmp-method]`
// (default: the folder's rule; any rule for the folders in NON_RULE_FOLDERS). Their output may
// change after fixing, but then a finding of one of those rules must still be reported on the fixed
// program: py3migrate never leaves a behaviour change silently.
// A program that shows a known rule bug carries `# diff: bug: <what goes wrong>` (`# diff: bug[py3]: ...`
// for one target): it runs like the
// others, and while it fails it is reported as pending with that note (CI stays green); once it
// passes, the test fails so the stale marker gets removed.
// Folders in NON_RULE_FOLDERS (e.g. `mixed/`: realistic programs touching many rules) are named after
// no rule: their programs must be flagged by some rule and no finding with an applicable fix may be
// left after fixing.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  SourceFile, decodeSource, encodeSource, fixForTarget, fixText, isFixApplicable, loadRules,
  type DecodedSource, type Finding, type FixResult, type RuleSet, type Target,
} from '../../server/src/engine';
import {
  ProcessPool, describeRun, findPython2, findPython3, missingInterpreterHelp, provideSix,
  type Interpreter, type RunResult,
} from './pythons';

const PROGRAMS_DIR = path.join(__dirname, 'programs');
const TARGETS: readonly Extract<Target, 'py3' | 'compat'>[] = ['py3', 'compat'];
const UNSAFE_MARKER = /^#\s*diff:\s*unsafe\b/;
/** `# diff: differs` or `# diff: differs[rule-a, rule-b]`, in the program's leading comment lines. */
const DIFFERS_MARKER = /^#\s*diff:\s*differs\b(?:\[([^\]]*)\])?/;
/** `# diff: bug: <description>` (or `bug[py3]:` for one target): a known rule bug the program exposes. */
const BUG_MARKER = /^#\s*diff:\s*bug(?:\[([^\]]*)\])?:\s*(.*)$/;
/** Program folders named after no rule. */
const NON_RULE_FOLDERS: ReadonlySet<string> = new Set(['mixed']);
/** Two cores on CI: one process per core keeps the suite fast without starving mocha. */
const POOL_SIZE = Math.max(2, Math.min(os.cpus().length, 4));
const RUN_TIMEOUT_MS = 10_000;

interface Program {
  ruleId: string;
  name: string;
  file: string;
}

interface TargetOutcome {
  unsafe: boolean;
  /** Set by `# diff: differs`: the rules one of whose findings must be left when the output changes (empty: any rule). */
  differs?: string[];
  source: DecodedSource;
  before: Finding[];
  fixed: FixResult;
  original: RunResult;
  /** Fixed program on Python 3. */
  py3: RunResult;
  /** Fixed program on Python 2.7 (compat target only). */
  py2?: RunResult;
}

function listPrograms(): Program[] {
  if (!fs.existsSync(PROGRAMS_DIR)) return [];
  const programs: Program[] = [];
  for (const ruleId of fs.readdirSync(PROGRAMS_DIR).sort()) {
    const dir = path.join(PROGRAMS_DIR, ruleId);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.endsWith('.py')) programs.push({ ruleId, name, file: path.join(dir, name) });
    }
  }
  return programs;
}

/** The `# diff: differs` rules of a program, or undefined when it carries no such marker. */
function differsMarker(text: string, folder: string): string[] | undefined {
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('#')) break;
    const m = DIFFERS_MARKER.exec(line);
    if (!m) continue;
    const named = (m[1] ?? '').split(',').map((r) => r.trim()).filter(Boolean);
    if (named.length > 0) return named;
    return NON_RULE_FOLDERS.has(folder) ? [] : [folder];
  }
  return undefined;
}

function bugMarker(text: string, target: Target): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('#')) break;
    const m = BUG_MARKER.exec(line);
    if (!m) continue;
    const targets = m[1]?.split(',').map((t) => t.trim());
    if (targets && !targets.includes(target)) continue;
    return m[2].trim() || 'known bug';
  }
  return undefined;
}

function byRule(programs: Program[]): Map<string, Program[]> {
  const groups = new Map<string, Program[]>();
  for (const program of programs) groups.set(program.ruleId, [...(groups.get(program.ruleId) ?? []), program]);
  return groups;
}

describe('differential: Python 2.7 before, Python 3 (and 2.7 for compat) after', function () {
  this.timeout(180_000);

  const python2 = findPython2();
  const python3 = findPython3();
  const programs = listPrograms();

  let rules: RuleSet;
  const outcomes = new Map<string, Promise<TargetOutcome>>();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-diff-'));
  const six = python3.interpreter ? provideSix(python3.interpreter, path.join(workDir, 'site')) : undefined;
  const sixDir = six?.ok ? six.dir : undefined;
  const sixProblem = six && !six.ok ? six.problem : undefined;

  after(() => {
    if (!process.env.PY3MIGRATE_KEEP_DIFF) fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('Python 2.7 interpreter is available', () => {
    if (!python2.interpreter) assert.fail(missingInterpreterHelp('Python 2.7', python2));
  });

  it('Python 3 interpreter is available', () => {
    if (!python3.interpreter) assert.fail(missingInterpreterHelp('Python 3', python3));
  });

  it('six is available to both interpreters', () => {
    if (!python3.interpreter) assert.fail('needs Python 3 to find `six`');
    if (sixProblem) assert.fail(sixProblem);
  });

  it('has programs to run', () => {
    assert.ok(programs.length > 0, `no programs under ${PROGRAMS_DIR}`);
  });

  const py2 = python2.interpreter;
  const py3 = python3.interpreter;
  // Each missing piece already has a failing test above saying how to get it.
  if (!py2 || !py3 || !sixDir) return;

  before(async () => {
    rules = await loadRules();
    const pool = new ProcessPool(POOL_SIZE);
    for (const program of programs) {
      if (!rules.get(program.ruleId) && !NON_RULE_FOLDERS.has(program.ruleId)) continue;
      const original = runProgram(pool, py2, program, 'original', fs.readFileSync(program.file));
      for (const target of TARGETS) {
        const outcome = fixAndRun(pool, py2, py3, program, target, original);
        // Awaited by the program's own test; this only keeps an early failure from being reported as unhandled.
        outcome.catch(() => undefined);
        outcomes.set(key(program, target), outcome);
      }
    }
  });

  function key(program: Program, target: Target): string {
    return `${program.ruleId}/${program.name}/${target}`;
  }

  /** Writes `bytes` as main.py into a folder of its own (so no program shadows a stdlib module) and runs it. */
  function runProgram(pool: ProcessPool, python: Interpreter, program: Program, variant: string, bytes: Uint8Array): Promise<RunResult> {
    const dir = path.join(workDir, 'runs', program.ruleId, `${program.name.replace(/\.py$/, '')}.${variant}.${path.basename(python.executable)}-${python.version}`);
    fs.mkdirSync(dir, { recursive: true });
    const script = path.join(dir, 'main.py');
    fs.writeFileSync(script, bytes);
    return pool.runPython(python, script, { cwd: dir, pythonPath: sixDir ?? '', timeoutMs: RUN_TIMEOUT_MS });
  }

  async function fixAndRun(
    pool: ProcessPool, py2: Interpreter, py3: Interpreter, program: Program, target: 'py3' | 'compat', original: Promise<RunResult>,
  ): Promise<TargetOutcome> {
    const decoded = decodeSource(fs.readFileSync(program.file));
    if (!decoded.ok) throw new Error(`${program.file} ${decoded.problem}`);
    const source = decoded.source;
    const unsafe = UNSAFE_MARKER.test(source.text);
    const differs = differsMarker(source.text, program.ruleId);
    const file = SourceFile.parse(source.text);
    const before = NON_RULE_FOLDERS.has(program.ruleId) ? rules.analyze(file, {}) : rules.analyze(file, { select: new Set([program.ruleId]) });
    file.dispose();
    const fixed = fixText(rules, source.text, { target, unsafe, ...selectionFor(program.ruleId) });
    const encoded = encodeSource(fixed.text, source);
    if (!encoded.ok) throw new Error(`cannot write the fixed ${program.file}: ${encoded.problem}`);
    const [originalRun, py3Run, py2Run] = await Promise.all([
      original,
      runProgram(pool, py3, program, `${target}-fixed`, encoded.bytes),
      target === 'compat' ? runProgram(pool, py2, program, `${target}-fixed`, encoded.bytes) : Promise.resolve(undefined),
    ]);
    return { unsafe, differs, source, before, fixed, original: originalRun, py3: py3Run, py2: py2Run };
  }

  /** An opt-in rule (off by default) runs only when selected: select it with every default rule, so its fixes are proven too. */
  function selectionFor(ruleId: string): { select?: Set<string> } {
    const rule = rules.get(ruleId);
    if (!rule || rule.defaultEnabled !== false) return {};
    return { select: new Set([...rules.rules.filter((r) => r.defaultEnabled !== false).map((r) => r.id), ruleId]) };
  }

  for (const [ruleId, group] of byRule(programs)) {
    describe(`rule ${ruleId}`, () => {
      for (const program of group) {
        for (const target of TARGETS) {
          it(`${program.name} -> ${target}`, async function () {
            assert.ok(rules.get(ruleId) || NON_RULE_FOLDERS.has(ruleId), `test/diff/programs/${ruleId}/ is named after no registered rule`);
            const outcome = await outcomes.get(key(program, target));
            assert.ok(outcome, 'the program was never started');
            const bug = bugMarker(outcome.source.text, target);
            if (bug === undefined) {
              checkOutcome(program, target, outcome);
              return;
            }
            // A broken program must not hide behind its bug marker.
            assert.ok(outcome.original.exitCode === 0, `${describeRun('the original program on Python 2.7', outcome.original)}\n(a program must exit 0 on 2.7)`);
            try {
              checkOutcome(program, target, outcome);
            } catch {
              this.skip(); // pending: the known bug named in the marker
            }
            assert.fail(`marked \`# diff: bug: ${bug}\` but passes for ${target}: remove the marker`);
          });
        }
      }
    });
  }
});

function checkOutcome(program: Program, target: 'py3' | 'compat', outcome: TargetOutcome): void {
  const { original, fixed } = outcome;
  const shown = `\n--- fixed program (${target}${outcome.unsafe ? ', unsafe fixes too' : ''}) ---\n${fixed.text}`;

  assert.ok(original.exitCode === 0, `${describeRun(`the original program on Python 2.7`, original)}\n(a program must exit 0 on 2.7)`);
  const anyRule = NON_RULE_FOLDERS.has(program.ruleId);
  assert.ok(outcome.before.length > 0, `${anyRule ? 'no rule' : `rule ${program.ruleId}`} flags nothing in ${program.name}, so the program proves nothing about it`);
  assert.ok(!fixed.refused, `the engine refused to fix: ${fixed.refused}`);

  const left = fixed.remaining.filter((f) => (anyRule || f.ruleId === program.ruleId) && isFixApplicable(fixForTarget(f, target), outcome.unsafe));
  assert.deepEqual(
    left.map((f) => `${f.message} at offset ${f.start}`), [],
    `fixable ${program.ruleId} findings are left after fixing for ${target}${shown}`,
  );

  if (outcome.differs) {
    const runs = [outcome.py3, ...(target === 'compat' && outcome.py2 ? [outcome.py2] : [])];
    const changed = runs.some((run) => run.exitCode !== 0 || run.stdout !== original.stdout);
    if (!changed) return;
    const wanted = outcome.differs;
    const explaining = fixed.remaining.filter((f) => wanted.length === 0 || wanted.includes(f.ruleId));
    assert.ok(
      explaining.length > 0,
      `the fixed program behaves differently (marked \`# diff: differs\`) but py3migrate reports no finding of ${wanted.length ? wanted.join(', ') : 'any rule'} on it: ` +
        `a silent behaviour change\n${describeRun('the fixed program on Python 3', outcome.py3)}\n--- stdout 2.7 original ---\n${original.stdout}\n--- stdout fixed on 3 ---\n${outcome.py3.stdout}${shown}`,
    );
    return;
  }
  assert.ok(outcome.py3.exitCode === 0, `${describeRun('the fixed program on Python 3', outcome.py3)}${shown}`);
  assert.equal(outcome.py3.stdout, original.stdout, `stdout differs: Python 2.7 original (expected) vs fixed on Python 3 (actual)${shown}`);
  if (target === 'compat') {
    assert.ok(outcome.py2, 'the compat result was not run on Python 2.7');
    assert.ok(outcome.py2.exitCode === 0, `${describeRun('the fixed program on Python 2.7', outcome.py2)}${shown}`);
    assert.equal(outcome.py2.stdout, original.stdout, `stdout differs: Python 2.7 original (expected) vs fixed on Python 2.7 (actual)${shown}`);
  }
}
