// How many `list()` wrappers py3migrate adds, against 2to3, on the Python 2.7 standard library
// (the .py files outside site-packages).
//
//   py3migrate: the py3-target fixes of dict-list-method-not-iterating, map-, filter-, zip- and
//               range-not-iterating (D1, D5-D8) that wrap an expression in `list(...)`.
//   2to3:       lib2to3 from Python 3 with `-f dict -f map -f filter -f zip -f xrange`. Each fixer's
//               transform() is wrapped, and a result that starts with `list(` or `[` (map/filter with
//               a lambda become list comprehensions, which are the same eager list) counts as one wrapper.
// A textual count (occurrences of `list(` after minus before) is printed beside each, as a cross-check.
// Prints figures; never fails.
//
//   npx tsx bench/listWrappers.ts      (PY27_LIB=/path/to/lib/python2.7, PYTHON3=/path/to/python3)

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeSource, fixForTarget, fixText, loadRules, SourceFile } from '../server/src/engine';
import { python27StdlibDir } from '../test/diff/pythons';

const RULES = ['dict-list-method-not-iterating', 'map-not-iterating', 'filter-not-iterating', 'zip-not-iterating', 'range-not-iterating'];

function pyenvVersion(prefix: string): string | undefined {
  const roots = [process.env.PYENV_ROOT, path.join(os.homedir(), '.pyenv')].filter((r): r is string => !!r);
  for (const root of roots) {
    const versions = path.join(root, 'versions');
    if (!fs.existsSync(versions)) continue;
    const found = fs.readdirSync(versions).filter((v) => v.startsWith(prefix)).sort().pop();
    if (found) return path.join(versions, found);
  }
  return undefined;
}

function python3(): string {
  if (process.env.PYTHON3) return process.env.PYTHON3;
  // lib2to3 was removed in Python 3.13.
  const v3 = pyenvVersion('3.11') ?? pyenvVersion('3.12');
  return v3 ? path.join(v3, 'bin', 'python3') : 'python3';
}

function pythonFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'site-packages') files.push(...pythonFiles(full));
    } else if (entry.name.endsWith('.py')) {
      files.push(full);
    }
  }
  return files.sort();
}

const LIST_CALL = /(?<![\w.])list\(/g;
const countLists = (text: string): number => (text.match(LIST_CALL) ?? []).length;

// Runs lib2to3 in worker processes; prints one JSON object per file.
const LIB2TO3_SCRIPT = String.raw`
import sys, json, re, warnings, multiprocessing
warnings.simplefilter('ignore')
from lib2to3 import refactor
FIXERS = ['lib2to3.fixes.fix_' + n for n in ('dict', 'map', 'filter', 'zip', 'xrange')]
LIST = re.compile(r'(?<![\w.])list\(')

def count_wrappers(fixer):
    original = fixer.transform
    def transform(node, results):
        new = original(node, results)
        if new is not None:
            text = str(new).lstrip()
            if text.startswith('list(') or text.startswith('['):
                fixer.wrappers += 1
                # fix_xrange also handles range(); name the rows by what they wrap.
        return new
    fixer.transform = transform
    fixer.wrappers = 0

def run(path):
    tool = refactor.RefactoringTool(FIXERS, {'print_function': False})
    fixers = tool.pre_order + tool.post_order
    for fixer in fixers:
        count_wrappers(fixer)
    try:
        source, encoding = tool._read_python_source(path)
        if source is None:
            return {'file': path, 'error': 'unreadable'}
        tree = tool.refactor_string(source + '\n' if not source.endswith('\n') else source, path)
        if tree is None:
            return {'file': path, 'error': 'parse'}
        after = str(tree)
        by_fixer = dict((type(f).__name__, f.wrappers) for f in fixers if f.wrappers)
        return {'file': path, 'wrappers': sum(f.wrappers for f in fixers), 'byFixer': by_fixer, 'textual': len(LIST.findall(after)) - len(LIST.findall(source))}
    except Exception as e:
        return {'file': path, 'error': type(e).__name__}

if __name__ == '__main__':
    paths = [p for p in sys.stdin.read().split('\n') if p]
    with multiprocessing.Pool() as pool:
        for result in pool.imap(run, paths, chunksize=8):
            print(json.dumps(result))
`;

interface Lib2to3Result {
  file: string;
  wrappers?: number;
  byFixer?: Record<string, number>;
  textual?: number;
  error?: string;
}

function runLib2to3(files: string[]): Map<string, Lib2to3Result> {
  const run = spawnSync(python3(), ['-c', LIB2TO3_SCRIPT], { input: files.join('\n'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`lib2to3 run failed: ${run.stderr}`);
  const results = new Map<string, Lib2to3Result>();
  for (const line of run.stdout.split('\n')) {
    if (!line.trim()) continue;
    const result = JSON.parse(line) as Lib2to3Result;
    results.set(result.file, result);
  }
  return results;
}

interface OurResult {
  safe: number;
  unsafe: number;
  unfixed: number;
  textual: number;
  byRule: Map<string, number>;
}

async function main(): Promise<void> {
  const lib = python27StdlibDir();
  const files = pythonFiles(lib);
  const rules = await loadRules();
  const select = new Set(RULES);

  const ours = new Map<string, OurResult>();
  let undecodable = 0;
  const started = process.hrtime.bigint();
  for (const file of files) {
    const decoded = decodeSource(fs.readFileSync(file));
    if (!decoded.ok) {
      undecodable++;
      continue;
    }
    const text = decoded.source.text;
    const parsed = SourceFile.parse(text);
    const findings = rules.analyze(parsed, { select });
    parsed.dispose();
    const result: OurResult = { safe: 0, unsafe: 0, unfixed: 0, textual: 0, byRule: new Map() };
    for (const finding of findings) {
      const fix = fixForTarget(finding, 'py3');
      const wraps = fix?.edits.some((e) => e.newText.startsWith('list('));
      if (!fix || !wraps) result.unfixed++;
      else if (fix.safety === 'safe') result.safe++;
      else result.unsafe++;
      if (fix && wraps) result.byRule.set(finding.ruleId, (result.byRule.get(finding.ruleId) ?? 0) + 1);
    }
    const fixed = fixText(rules, text, { target: 'py3', unsafe: true, select });
    result.textual = countLists(fixed.text) - countLists(text);
    ours.set(file, result);
  }
  const oursSeconds = Number(process.hrtime.bigint() - started) / 1e9;

  const t0 = process.hrtime.bigint();
  const theirs = runLib2to3(files);
  const theirsSeconds = Number(process.hrtime.bigint() - t0) / 1e9;

  const both = files.filter((f) => ours.has(f) && theirs.get(f)?.wrappers !== undefined);
  const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
  const ourSafe = sum(both.map((f) => ours.get(f)!.safe));
  const ourUnsafe = sum(both.map((f) => ours.get(f)!.unsafe));
  const ourUnfixed = sum(both.map((f) => ours.get(f)!.unfixed));
  const ourTextual = sum(both.map((f) => ours.get(f)!.textual));
  const theirWrappers = sum(both.map((f) => theirs.get(f)!.wrappers!));
  const theirTextual = sum(both.map((f) => theirs.get(f)!.textual!));
  const byRule = new Map<string, number>();
  for (const f of both) for (const [id, n] of ours.get(f)!.byRule) byRule.set(id, (byRule.get(id) ?? 0) + n);

  console.log(`Python 2.7 stdlib: ${lib}`);
  const lib2to3Failed = files.filter((f) => theirs.get(f)?.wrappers === undefined).length;
  console.log(`files: ${files.length}; compared: ${both.length} (py3migrate could not decode ${undecodable}, lib2to3 could not read or parse ${lib2to3Failed})`);
  console.log(`py3migrate (D1, D5-D8, target py3): ${ourSafe + ourUnsafe} list() wrappers (${ourSafe} safe, ${ourUnsafe} unsafe); textual list( added: ${ourTextual}; flagged without a fix: ${ourUnfixed}  [${oursSeconds.toFixed(1)} s]`);
  console.log(`  by rule: ${[...byRule].map(([id, n]) => `${id} ${n}`).join(', ')}`);
  console.log(`2to3 (-f dict -f map -f filter -f zip -f xrange): ${theirWrappers} list() wrappers / list comprehensions; textual list( added: ${theirTextual}  [${theirsSeconds.toFixed(1)} s]`);
  const byFixer = new Map<string, number>();
  for (const f of both) for (const [name, n] of Object.entries(theirs.get(f)!.byFixer ?? {})) byFixer.set(name, (byFixer.get(name) ?? 0) + n);
  console.log(`  by fixer: ${[...byFixer].sort().map(([name, n]) => `${name} ${n}`).join(', ')}`);
  const ratio = theirWrappers > 0 ? ((ourSafe + ourUnsafe) / theirWrappers) * 100 : 0;
  console.log(`py3migrate adds ${ratio.toFixed(0)}% of 2to3's wrappers`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
