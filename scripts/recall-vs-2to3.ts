// Recall against 2to3 on the Python 2.7 standard library (the .py files outside site-packages):
// of the source lines 2to3 (default fixers) changes, how many carry a py3migrate finding?
//
//   npx tsx scripts/recall-vs-2to3.ts [--show N] [--fixer NAME] [--all-misses] [--only REGEX] [--no-cache]
//     --only REGEX   only the stdlib files whose relative path matches (a quick look, not the figure)
//   npm run acceptance:recall
//
// 1. scripts/twotothree_lines.py (Python 3.11's lib2to3) lists, per file, the ORIGINAL lines
//    2to3 changes and which fixer changes each (each fixer run alone on a clone of the tree and
//    diffed against the original). It takes minutes, so its results are cached per file content in
//    $RECALL_CACHE (default: <tmpdir>/py3migrate-recall-cache), outside the repository.
// 2. The py3migrate engine analyses each file (every rule on; opt-in rules are counted apart).
// 3. A changed line is COVERED when a finding of a default-enabled rule
//      a. touches the line (its range starts, ends or runs across it), or
//      b. touches another physical line of the same logical line (a statement continued over
//         several lines: `print "a", \` + `    b`, or a call spread over lines, is one change for
//         2to3 and one finding for py3migrate, reported on its first line or on one token).
//      c. is edited by the py3 fix of a finding elsewhere (`import SocketServer` is flagged once;
//         its fix renames `SocketServer.TCPServer` further down, as 2to3 does).
//    (b) and (c) are counted separately in the output, so they can be judged.
// 4. Some 2to3 changes change nothing that Python 3 needs (the u'' prefix Python 3.3+ reads, a
//    list() around a dict view only passed to len() or `in`, removing a `from __future__ import`).
//    notNeeded() names each such class with its reason; the script prints the raw recall and the
//    recall over the lines that need a change. Lines no class explains count as needed.
//
// Exits 1 when the needed-change recall is below 99 %.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Node } from 'web-tree-sitter';
import { ALL_RULES, SourceFile, decodeSource, loadRules, type Finding } from '../server/src/engine';
import { isInCompatCode } from '../server/src/engine/context';
import { isBuiltinAt, isWatchable, iteratingContext, type LazyKind } from '../server/src/engine/iteratingContext';
import { findPython3, python27StdlibDir, requirePython } from '../test/diff/pythons';

const ROOT = path.resolve(__dirname, '..');
const HELPER = path.join(ROOT, 'scripts', 'twotothree_lines.py');
const GOAL = 0.99;

interface Hunk {
  /** 1-based inclusive original lines. */
  first: number;
  last: number;
  newText: string;
}

interface FileResult {
  file: string;
  error?: string;
  all?: number[];
  logical?: [number, number][];
  byFixer?: Record<string, { lines: number[]; hunks: [number, number, string][] }>;
  fixerErrors?: string[];
}

interface LineRecord {
  rel: string;
  line: number;
  source: string;
  fixers: string[];
  how: 'direct' | 'logical' | 'fix' | 'opt-in' | 'missed';
  /** Set when the line's change is not needed for Python 3. */
  notNeeded?: string;
  /** Rules whose findings cover the line. */
  rules: string[];
  /** What 2to3 (the first fixer) writes for the line's hunk. */
  after: string;
}

function stdlibFiles(libDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== 'site-packages') walk(path.join(dir, entry.name), childRel);
      } else if (entry.isFile() && entry.name.endsWith('.py')) {
        files.push(childRel);
      }
    }
  };
  walk(libDir, '');
  return files;
}

function runHelper(python: string, files: string[], cacheDir: string): Promise<FileResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, ['-W', 'ignore', HELPER, cacheDir], {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${HELPER} exited ${code}`));
      else resolve(out.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FileResult));
    });
    child.stdin.end(JSON.stringify(files));
  });
}

const pct = (n: number, of: number): string => (of === 0 ? '-' : `${((100 * n) / of).toFixed(2)}%`);

// ---------------------------------------------------------------------------------------------
// 2to3 changes Python 3 does not need. Each returns a reason, or undefined (= needed).
// They look at the original line, the fixer's new text and, where the context decides, the tree.

const U_PREFIX = /(^|[^\w'"])[uU](?=['"])/g;

/** Consumers for which a list and a Python 3 view / iterator behave the same. */
const ITERATING_CALLS = new Set(['len', 'sorted', 'list', 'tuple', 'set', 'frozenset', 'any', 'all', 'sum', 'min', 'max', 'enumerate', 'iter', 'dict', 'zip', 'map', 'filter', 'reversed']);

/** Fixers for syntax Python 3 cannot parse: needed wherever they sit, version-guarded branches included. */
const SYNTAX_FIXERS = new Set(['print', 'except', 'raise', 'exec', 'numliterals', 'ne', 'repr', 'tuple_params', 'paren']);

/** 2to3's list() wrappers, by fixer: what it wraps, and what makes the line needed anyway (a rename). */
const WRAPS: Record<string, { call: RegExp; renamed: RegExp; kind: LazyKind }> = {
  dict: { call: /\.\s*(?:keys|values|items)\s*\(\s*\)/g, renamed: /\.\s*(?:iter|view)(?:keys|values|items)\b/, kind: 'view' },
  xrange: { call: /\brange\s*\(/g, renamed: /\bxrange\b/, kind: 'range' },
  map: { call: /\bmap\s*\(/g, renamed: /\bimap\b/, kind: 'iterator' },
  filter: { call: /\bfilter\s*\(/g, renamed: /\bifilter\b/, kind: 'iterator' },
  zip: { call: /\bzip\s*\(/g, renamed: /\bizip\b/, kind: 'iterator' },
};

/**
 * Why this fixer's change to this line is not needed in Python 3, or undefined (needed).
 * A reason starting with "[classifier]" rests on py3migrate's own judgement (its iterating-context
 * classifier, its version-guard detection); the others are plain facts about Python 3. The report
 * gives the recall both with and without the classifier's reasons.
 */
function notNeeded(fixer: string, file: SourceFile, line0: number, newText: string): string | undefined {
  const original = file.lineIndex.lineText(line0);
  const lineNode = firstNodeOnLine(file, line0);
  switch (fixer) {
    case 'unicode': {
      // Python 3.3+ reads u'...' again (PEP 414); only `unicode`/`unichr` names and ur'' matter.
      const withoutPrefix = original.replace(U_PREFIX, '$1');
      if (withoutPrefix === newText.replace(/\r?\n$|\r$/, '')) return 'u"" prefix removed: Python 3.3+ reads it (PEP 414)';
      break;
    }
    case 'future':
      return '`from __future__ import` removed: still valid in Python 3';
    case 'long': {
      // 2to3 renames every `long` name, also a variable called long (`short, long = ...`).
      const at = /\blong\b/.exec(original);
      const node = at ? file.root.descendantForIndex(file.lineIndex.lineStart(line0) + at.index, file.lineIndex.lineStart(line0) + at.index + 4) : undefined;
      if (node?.type === 'identifier' && !isBuiltinAt(node, 'long', file)) return '`long` here is the code\'s own variable (2to3 renames it anyway)';
      break;
    }
  }
  if (!SYNTAX_FIXERS.has(fixer) && lineNode && isInCompatCode(lineNode)) return '[classifier] in a version-guarded branch or ImportError/NameError shim: Python 3 runs the other branch';
  const wrap = WRAPS[fixer];
  if (wrap && !wrap.renamed.test(original)) {
    const verdicts: string[] = [];
    const start = file.lineIndex.lineStart(line0);
    wrap.call.lastIndex = 0;
    for (let m = wrap.call.exec(original); m; m = wrap.call.exec(original)) {
      const at = start + m.index + (m[0].startsWith('.') ? 1 : 0);
      let call: Node | null = file.root.descendantForIndex(at, at + 1);
      while (call && call.type !== 'call') call = call.parent;
      if (!call) return undefined;
      const syntactic = consumingContext(call);
      if (syntactic) {
        verdicts.push(`list() around a ${wrap.kind} ${syntactic}`);
        continue;
      }
      const fn = call.childForFieldName('function');
      const receiver = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
      const iterables = fixer === 'dict' ? (receiver ? [receiver] : []) : (call.childForFieldName('arguments')?.namedChildren ?? []);
      const watched = iterables.filter(isWatchable).map((n) => n.text);
      if (iteratingContext(call, file, { kind: wrap.kind, watched }) === 'iterated-once') verdicts.push(`[classifier] list() around a ${wrap.kind} the code only iterates once`);
      else return undefined;
    }
    if (verdicts.length > 0) return verdicts.find((v) => v.startsWith('[classifier]')) ?? verdicts[0];
  }
  return undefined;
}

function firstNodeOnLine(file: SourceFile, line0: number): Node | undefined {
  const text = file.lineIndex.lineText(line0);
  const indent = text.length - text.trimStart().length;
  if (indent === text.length) return undefined;
  const at = file.lineIndex.lineStart(line0) + indent;
  return file.root.descendantForIndex(at, at + 1) ?? undefined;
}

/** Where a view / lazy result is used such that a list would behave the same (syntax alone), or undefined. */
function consumingContext(node: Node): string | undefined {
  let expr: Node = node;
  while (expr.parent?.type === 'parenthesized_expression') expr = expr.parent;
  const parent = expr.parent;
  if (!parent) return undefined;
  if (parent.type === 'argument_list') {
    const call = parent.parent;
    const fn = call?.childForFieldName('function');
    if (call?.type === 'call' && fn && parent.namedChildren.length === 1) {
      if (fn.type === 'identifier' && ITERATING_CALLS.has(fn.text)) return `passed to ${fn.text}()`;
      if (fn.type === 'attribute') {
        const attr = fn.childForFieldName('attribute')?.text ?? '';
        if (['join', 'extend', 'update', 'union', 'difference', 'intersection', 'issubset', 'issuperset', 'writelines'].includes(attr)) return `passed to .${attr}()`;
      }
    }
    return undefined;
  }
  if (parent.type === 'comparison_operator') {
    const ops = parent.children.filter((c) => !c.isNamed).map((c) => c.text);
    if (parent.namedChildren[1]?.id === expr.id && ops.length === 1 && (ops[0] === 'in' || ops[0] === 'not in')) return 'only tested with `in`';
    return undefined;
  }
  // A `for` over it is left to the classifier: a loop body that mutates the dict needs the list.
  return undefined;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const option = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const show = Number(option('--show') ?? 8);
  const onlyFixer = option('--fixer');
  const allMisses = argv.includes('--all-misses');
  const cacheDir = argv.includes('--no-cache')
    ? fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-recall-'))
    : (process.env.RECALL_CACHE ?? path.join(os.tmpdir(), 'py3migrate-recall-cache'));
  fs.mkdirSync(cacheDir, { recursive: true });

  const started = Date.now();
  const py3 = requirePython('Python 3', findPython3());
  const stdlib = python27StdlibDir();
  const only = option('--only');
  const files = stdlibFiles(stdlib).filter((f) => !only || new RegExp(only).test(f));
  console.log(`Python 3: ${py3} (lib2to3)\nstdlib: ${stdlib}\nfiles: ${files.length}\ncache: ${cacheDir}`);
  const results = await runHelper(py3, files.map((f) => path.join(stdlib, f)), cacheDir);
  const helperSeconds = (Date.now() - started) / 1000;

  const rules = await loadRules();
  const optIn = new Set(ALL_RULES.filter((r) => r.defaultEnabled === false).map((r) => r.id));
  const select = new Set(ALL_RULES.map((r) => r.id));

  const unparsed: [string, string][] = [];
  const undecodable: [string, string][] = [];
  const records: LineRecord[] = [];
  let unattributed = 0;
  const fixerErrors: string[] = [];
  for (const result of results) {
    const rel = path.relative(stdlib, result.file).split(path.sep).join('/');
    if (result.error) {
      unparsed.push([rel, result.error]);
      continue;
    }
    if (result.fixerErrors) fixerErrors.push(...result.fixerErrors.map((e) => `${rel}: ${e}`));
    const all = result.all ?? [];
    if (all.length === 0) continue;
    const decoded = decodeSource(fs.readFileSync(result.file));
    if (!decoded.ok) {
      undecodable.push([rel, decoded.problem]);
      continue;
    }
    const file = SourceFile.parse(decoded.source.text);
    const findings = rules.analyze(file, { select, path: result.file }).filter((f) => f.ruleId !== 'syntax-error');
    const lines = file.lineIndex;
    // 0-based line -> rules whose findings touch it (default-enabled and opt-in apart).
    const touched = new Map<number, Finding[]>();
    for (const finding of findings) {
      const first = lines.positionAt(finding.start).line;
      const last = lines.positionAt(Math.max(finding.start, finding.end - 1)).line;
      for (let l = first; l <= last; l++) {
        const list = touched.get(l);
        if (list) list.push(finding);
        else touched.set(l, [finding]);
      }
    }
    // 0-based line -> default-rule findings whose py3 fix edits it (a module rename's fix also
    // renames the module's uses further down; 2to3 changes those lines too).
    const fixTouched = new Map<number, Finding[]>();
    for (const finding of findings) {
      if (optIn.has(finding.ruleId)) continue;
      for (const edit of finding.fixes.py3?.edits ?? []) {
        const first = lines.positionAt(edit.start).line;
        const last = lines.positionAt(Math.max(edit.start, edit.end - 1)).line;
        for (let l = first; l <= last; l++) fixTouched.set(l, [...(fixTouched.get(l) ?? []), finding]);
      }
    }
    const logicalOf = new Map<number, [number, number]>();
    for (const span of result.logical ?? []) for (let l = span[0]; l <= span[1]; l++) logicalOf.set(l, span);
    const fixersOf = new Map<number, string[]>();
    const hunkOf = new Map<string, Hunk>();
    for (const [fixer, change] of Object.entries(result.byFixer ?? {})) {
      for (const l of change.lines) fixersOf.set(l, [...(fixersOf.get(l) ?? []), fixer]);
      for (const [first, last, newText] of change.hunks) {
        for (let l = first; l <= last; l++) hunkOf.set(`${fixer}:${l}`, { first, last, newText });
      }
    }
    for (const line1 of all) {
      const line0 = line1 - 1;
      const source = lines.lineText(line0).replace(/\r?\n$|\r$/, '');
      const fixers = fixersOf.get(line1) ?? ['(unattributed)'];
      if (!fixersOf.has(line1)) unattributed++;
      const direct = (touched.get(line0) ?? []).filter((f) => !optIn.has(f.ruleId));
      let how: LineRecord['how'];
      let covering = direct;
      if (direct.length > 0) how = 'direct';
      else {
        const span = logicalOf.get(line1);
        const sameStatement: Finding[] = [];
        if (span) for (let l = span[0]; l <= span[1]; l++) sameStatement.push(...(touched.get(l - 1) ?? []).filter((f) => !optIn.has(f.ruleId)));
        if (sameStatement.length > 0) {
          how = 'logical';
          covering = sameStatement;
        } else if ((fixTouched.get(line0) ?? []).length > 0) {
          how = 'fix';
          covering = fixTouched.get(line0) ?? [];
        } else if ((touched.get(line0) ?? []).length > 0) {
          how = 'opt-in';
          covering = touched.get(line0) ?? [];
        } else how = 'missed';
      }
      // A line is "not needed" only when every fixer changing it makes a change Python 3 does not need.
      let reason: string | undefined;
      for (const fixer of fixers) {
        const hunk = hunkOf.get(`${fixer}:${line1}`);
        // Only one-line hunks are judged: a change spread over lines is taken as needed.
        const why = hunk && hunk.first === hunk.last ? notNeeded(fixer, file, line0, hunk.newText) : undefined;
        if (!why) {
          reason = undefined;
          break;
        }
        reason ??= why;
      }
      const hunk = hunkOf.get(`${fixers[0]}:${line1}`);
      const after = hunk ? (hunk.first === hunk.last ? hunk.newText : `(lines ${hunk.first}-${hunk.last}) ${hunk.newText}`) : '';
      records.push({ rel, line: line1, source, fixers, how, notNeeded: reason, rules: [...new Set(covering.map((f) => f.ruleId))], after });
    }
    file.dispose();
  }

  // ---- report ---------------------------------------------------------------------------------
  const covered = (r: LineRecord): boolean => r.how === 'direct' || r.how === 'logical' || r.how === 'fix';
  const needed = records.filter((r) => !r.notNeeded);
  // The strict reading: only the plain-fact reasons excluded, py3migrate's classifier's not.
  const neededStrict = records.filter((r) => !r.notNeeded || r.notNeeded.startsWith('[classifier]'));
  const total = records.length;
  const coveredAll = records.filter(covered).length;
  const coveredNeeded = needed.filter(covered).length;
  const viaLogical = records.filter((r) => r.how === 'logical').length;
  const viaFix = records.filter((r) => r.how === 'fix').length;

  console.log(`lib2to3 could not parse: ${unparsed.length} file(s)`);
  for (const [rel, error] of unparsed) console.log(`  ${rel}: ${error}`);
  if (undecodable.length) for (const [rel, problem] of undecodable) console.log(`  not decoded by py3migrate: ${rel}: ${problem}`);
  if (fixerErrors.length) {
    console.log(`lib2to3 fixer errors (fixer run alone): ${fixerErrors.length}`);
    for (const e of fixerErrors.slice(0, 10)) console.log(`  ${e}`);
  }
  console.log(`files 2to3 changes: ${new Set(records.map((r) => r.rel)).size}`);
  console.log(`lines 2to3 changes: ${total} (${unattributed} changed only by fixers together, no lone fixer: "(unattributed)")`);
  console.log('');

  // Per fixer: a line changed by two fixers counts for each.
  const fixers = [...new Set(records.flatMap((r) => r.fixers))].sort();
  const rows = fixers.map((fixer) => {
    const mine = records.filter((r) => r.fixers.includes(fixer));
    const mineNeeded = mine.filter((r) => !r.notNeeded);
    return {
      fixer,
      lines: mine.length,
      covered: mine.filter(covered).length,
      notNeeded: mine.length - mineNeeded.length,
      needed: mineNeeded.length,
      neededCovered: mineNeeded.filter(covered).length,
      optIn: mineNeeded.filter((r) => r.how === 'opt-in').length,
    };
  });
  console.log('fixer            lines  covered   raw recall | not needed | needed  covered  recall    missed (of which opt-in rules flag)');
  for (const row of rows.sort((a, b) => b.needed - b.neededCovered - (a.needed - a.neededCovered) || b.lines - a.lines)) {
    console.log(
      `${row.fixer.padEnd(16)} ${String(row.lines).padStart(5)}  ${String(row.covered).padStart(7)}  ${pct(row.covered, row.lines).padStart(10)} | ${String(row.notNeeded).padStart(10)} | ${String(row.needed).padStart(6)}  ${String(row.neededCovered).padStart(7)}  ${pct(row.neededCovered, row.needed).padStart(7)}  ${String(row.needed - row.neededCovered).padStart(6)} (${row.optIn})`,
    );
  }
  console.log('');

  const reasons = new Map<string, number>();
  for (const r of records) if (r.notNeeded) reasons.set(r.notNeeded, (reasons.get(r.notNeeded) ?? 0) + 1);
  console.log(`2to3 changes that change nothing Python 3 needs: ${total - needed.length} line(s)`);
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) {
    const coveredToo = records.filter((r) => r.notNeeded === reason && covered(r)).length;
    console.log(`  ${String(n).padStart(6)}  ${reason}  (py3migrate flags ${coveredToo} of them anyway, for another reason or as a note)`);
  }
  console.log('');

  const shown = onlyFixer ? [onlyFixer] : fixers;
  for (const fixer of shown) {
    const misses = needed.filter((r) => r.fixers.includes(fixer) && !covered(r));
    if (misses.length === 0) continue;
    const limit = allMisses ? misses.length : Math.min(show, misses.length);
    console.log(`missed needed lines, fixer ${fixer}: ${misses.length}${limit < misses.length ? ` (first ${limit}; --fixer ${fixer} --all-misses for all)` : ''}`);
    for (const r of misses.slice(0, limit)) {
      console.log(`  ${r.rel}:${r.line}: ${r.source.trim().slice(0, 140)}${r.how === 'opt-in' ? `   [opt-in: ${r.rules.join(', ')}]` : ''}${r.fixers.length > 1 ? `   [fixers: ${r.fixers.join(', ')}]` : ''}`);
      console.log(`      2to3: ${r.after.trim().replace(/\n\s*/g, ' | ').slice(0, 160)}`);
    }
  }
  console.log('');

  console.log(`covered through another line of the same logical line (not on the line itself): ${viaLogical}`);
  console.log(`covered only by a fix edit of a finding elsewhere (a renamed module's uses): ${viaFix}`);
  console.log(`RAW RECALL: ${coveredAll}/${total} = ${pct(coveredAll, total)} of the lines 2to3 changes carry a py3migrate finding (default rules)`);
  console.log(`NEEDED-CHANGE RECALL: ${coveredNeeded}/${needed.length} = ${pct(coveredNeeded, needed.length)} of the lines whose 2to3 change Python 3 needs`);
  const coveredStrict = neededStrict.filter(covered).length;
  console.log(`  (counting the lines py3migrate's own classifier judges unneeded as needed: ${coveredStrict}/${neededStrict.length} = ${pct(coveredStrict, neededStrict.length)})`);
  const optInToo = needed.filter((r) => covered(r) || r.how === 'opt-in').length;
  console.log(`  (with the opt-in rules on as well: ${optInToo}/${needed.length} = ${pct(optInToo, needed.length)})`);
  console.log(`2to3 line analysis ${helperSeconds.toFixed(1)} s (cached per file), total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const ok = needed.length > 0 && coveredNeeded / needed.length >= GOAL;
  console.log(ok ? `PASS (goal ${GOAL * 100}%)` : `FAIL (goal ${GOAL * 100}%)`);
  return ok ? 0 : 1;
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
