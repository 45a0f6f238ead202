// Recall against 2to3 on the Python 2.7 standard library (the .py files outside site-packages):
// of the source lines 2to3 (default fixers) changes, how many carry a py3migrate finding?
//
//   npx tsx scripts/recall-vs-2to3.ts [--show N] [--fixer NAME] [--all-misses] [--only REGEX] [--samples] [--no-cache]
//     --samples      print N lines of each "not needed" reason and of each indirect kind of coverage
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
//      d. renames a module or imported name at a use (`cPickle.loads` -> `pickle.loads`) whose
//         import statement carries a finding (py3migrate reports the import; its fix aliases it).
//      e. is part of a multi-line 2to3 rewrite another line of which carries a finding, or is the
//         line after which 2to3 inserts an import for a use elsewhere that carries a finding.
//    (b) to (e) are counted separately in the output, so they can be judged.
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
import { isBindingOccurrence, isInCompatCode } from '../server/src/engine/context';
import { isBuiltinAt, isWatchable, iteratingContext, type LazyKind } from '../server/src/engine/iteratingContext';
import { findPython3, python27StdlibDir, requirePython, stdlibPythonFiles } from '../test/diff/pythons';

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
  how: 'direct' | 'logical' | 'fix' | 'import' | 'hunk' | 'added-import' | 'opt-in' | 'missed';
  /** Set when the line's change is not needed for Python 3. */
  notNeeded?: string;
  /** Rules whose findings cover the line. */
  rules: string[];
  /** What 2to3 (the first fixer) writes for the line's hunk. */
  after: string;
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
function notNeeded(fixer: string, file: SourceFile, line0: number, newText: string, span: [number, number]): string | undefined {
  const original = file.lineIndex.lineText(line0);
  const lineNode = firstNodeOnLine(file, line0);
  const names = RENAMED_NAMES[fixer];
  if (names) {
    const own = ownNamesOnly(file, line0, names);
    if (own) return `\`${own}\` here is the code's own name, not the builtin (2to3 renames it anyway)`;
  }
  switch (fixer) {
    case 'unicode': {
      // Python 3.3+ reads u'...' again (PEP 414); only `unicode`/`unichr` names and ur'' matter.
      // Stripped on both sides: a u'' inside a comment is left alone by 2to3.
      if (original.replace(U_PREFIX, '$1') === newText.replace(/\r?\n$|\r$/, '').replace(U_PREFIX, '$1')) return 'u"" prefix removed: Python 3.3+ reads it (PEP 414)';
      break;
    }
    case 'isinstance': {
      // fix_isinstance drops duplicate types; with no `long` (fix_long makes int, int) there is nothing to drop but a 1-tuple's comma.
      if (!/\blong\b/.test(original)) return 'isinstance(x, (A,)) -> isinstance(x, (A)): 2to3 only tidies the tuple';
      break;
    }
    case 'future':
      return '`from __future__ import` removed: still valid in Python 3';
    case 'print': {
      // print(x) of one parenthesised expression: 2to3 sometimes writes print((x)), the same call.
      if (onlyParenthesised(original, newText)) return 'print(x) -> print((x)): one parenthesised value prints the same in Python 3';
      break;
    }
    case 'has_key': {
      // `_curses.has_key(key)` is a module's function, which 2to3 rewrites to `key in _curses`.
      const m = /\b([A-Za-z_]\w*)\.has_key\s*\(/.exec(original);
      if (m && new RegExp(`^[ \\t]*import[ \\t]+(?:[\\w.]+[ \\t]*,[ \\t]*)*${m[1]}\\b`, 'm').test(file.text)) return `\`${m[1]}\` is a module: its own has_key() function (2to3 rewrites it to \`in\` anyway)`;
      break;
    }
    case 'next': {
      // 2to3 renames every `x.next` that is not called; code with its own `next` attribute or
      // method (a linked list's b.next, a debugger's "next" button) keeps it.
      if (!/\bdef\s+next\b/.test(original) && /\.next\b(?!\s*\()/.test(original)) {
        if (/\.next\s*=(?!=)|^[ \t]+next\s*=(?!=)/m.test(file.text)) return 'the code\'s own `next` attribute (2to3 renames every uncalled `x.next`)';
        if (/\bdef\s+next\s*\(\s*self\s*\)/.test(file.text) && !/(?<!\bself)\.next\b(?!\s*\()/.test(original)) return 'the code\'s own `next` method, as `self.next` (2to3 renames every uncalled `x.next`)';
      }
      // A class that already defines __next__ (bsddb's `if sys.version_info[0] >= 3: next = __next__`).
      const def = /^\s*def\s+next\b/.test(original) ? firstNodeOnLine(file, line0)?.parent : undefined;
      const body = def?.type === 'function_definition' ? def.parent : undefined;
      if (body?.type === 'block' && /\b__next__\b/.test(body.text)) return 'the class already defines `__next__`';
      break;
    }
  }
  if (!SYNTAX_FIXERS.has(fixer) && lineNode && isInCompatCode(lineNode)) return '[classifier] in a version-guarded branch or ImportError/NameError shim: Python 3 runs the other branch';
  if (USE_RENAMING.has(fixer) && !/^\s*(?:import|from)\b/.test(original)) {
    // A use of a module whose every import is version-guarded or a shim (bsddb/dbshelve.py's cPickle).
    const imports = importLinesOfRenamed(file, original, newText);
    if (imports.length > 0 && imports.every((l) => {
      const n = firstNodeOnLine(file, l);
      return !!n && isInCompatCode(n);
    })) return '[classifier] a use of a module imported only in version-guarded branches or shims';
  }
  const wrap = WRAPS[fixer];
  // The wrapped call may start on an earlier line of the statement (2to3 changed its last line).
  const start = file.lineIndex.lineStart(span[0] - 1);
  const statement = file.text.slice(start, file.lineIndex.lineEnd(span[1] - 1));
  if (wrap && !wrap.renamed.test(statement)) {
    const verdicts: string[] = [];
    wrap.call.lastIndex = 0;
    for (let m = wrap.call.exec(statement); m; m = wrap.call.exec(statement)) {
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

/** Fixers that insert an import (after the line the insertion is counted against) for a use elsewhere. */
const ADDS_IMPORT = new Set(['exitfunc', 'operator', 'reduce', 'reload', 'intern']);

/** Fixers that rename a module or an imported name at its uses as well as at its import. */
const USE_RENAMING = new Set(['imports', 'imports2', 'urllib', 'itertools', 'renames']);

/**
 * For a line where 2to3 renames a module or imported name at a use (`cPickle.dumps`,
 * `ifilterfalse(...)`): the findings on the import statements of that name, since py3migrate
 * reports the import (its fix renames the uses or aliases the import).
 */
function flaggedImportOf(file: SourceFile, line0: number, fixers: string[], hunkOf: Map<string, Hunk>, line1: number, findingsOn: (line0: number) => Finding[]): Finding[] {
  const fixer = fixers.find((f) => USE_RENAMING.has(f));
  const hunk = fixer ? hunkOf.get(`${fixer}:${line1}`) : undefined;
  if (!hunk) return [];
  const original = file.lineIndex.lineText(line0);
  if (/^\s*(?:import|from)\b/.test(original)) return [];
  const found: Finding[] = [];
  for (const line of importLinesOfRenamed(file, original, hunk.newText)) found.push(...findingsOn(line));
  return found;
}

/** 0-based lines of the import statements naming a word 2to3 renamed on this line (fewer times in the new text). */
function importLinesOfRenamed(file: SourceFile, original: string, newText: string): number[] {
  // The changed region of the original line, widened to the dotted name around it:
  // `cPickle.loads` -> `pickle.loads` gives cPickle; `urllib.urlopen` -> `urllib.request.urlopen` gives urllib.urlopen.
  const after = newText.replace(/\r?\n$|\r$/, '');
  let p = 0;
  while (p < original.length && p < after.length && original[p] === after[p]) p++;
  let q = 0;
  while (q < original.length - p && q < after.length - p && original[original.length - 1 - q] === after[after.length - 1 - q]) q++;
  let from = p;
  let to = original.length - q;
  while (from > 0 && /[\w.]/.test(original[from - 1])) from--;
  while (to < original.length && /[\w.]/.test(original[to])) to++;
  const words = new Set(original.slice(from, to).match(/\w+/g) ?? []);
  const lines: number[] = [];
  for (const word of words) {
    for (const m of file.text.matchAll(new RegExp(`^[ \\t]*(?:import|from)\\b[^\\n]*\\b${word}\\b`, 'gm'))) {
      lines.push(file.lineIndex.positionAt(m.index ?? 0).line);
    }
  }
  return lines;
}

function statementText(span: [number, number], line: (l: number) => string): string {
  const parts: string[] = [];
  for (let l = span[0]; l <= span[1]; l++) parts.push(line(l));
  return parts.join('\n');
}

/**
 * 2to3 wrote `print((x))` for `print(x)` (possibly over lines): the same call when x is one
 * expression. `print(a, b)` printed a tuple in Python 2 and is a real change.
 */
function onlyParenthesised(original: string, newText: string): boolean {
  const squeeze = (t: string): string => t.replace(/\s+/g, '');
  const before = squeeze(original);
  if (!/^print\(/.test(before) || !before.endsWith(')') || squeeze(newText) !== `print((${before.slice(6)})`) return false;
  // One expression: the first parenthesis closes at the end, with no comma at its own depth.
  const text = original.slice(original.indexOf('(') + 1);
  let depth = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const close = triple ? c.repeat(3) : c;
      let j = i + close.length;
      while (j < text.length && !text.startsWith(close, j)) j += text[j] === '\\' ? 2 : 1;
      i = j + close.length - 1;
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      depth--;
      if (depth === 0) return text.slice(i + 1).trim() === '';
    } else if (c === ',' && depth === 1) return false;
  }
  return false;
}

/** Builtin names the renaming fixers rewrite wherever they appear. */
const RENAMED_NAMES: Record<string, string[]> = {
  long: ['long'], unicode: ['unicode', 'unichr'], basestring: ['basestring'], raw_input: ['raw_input'], input: ['input'],
  xrange: ['xrange', 'range'], map: ['map'], filter: ['filter'], zip: ['zip'], intern: ['intern'], reduce: ['reduce'],
  apply: ['apply'], execfile: ['execfile'], reload: ['reload'], buffer: ['buffer'],
};

/**
 * The name, when every occurrence of the fixer's names on the line is the code's own (a parameter,
 * an assignment, a keyword argument, a name the scope binds): 2to3 renames those too.
 */
function ownNamesOnly(file: SourceFile, line0: number, names: readonly string[]): string | undefined {
  const text = file.lineIndex.lineText(line0);
  const start = file.lineIndex.lineStart(line0);
  let own: string | undefined;
  for (const m of text.matchAll(new RegExp(`\\b(?:${names.join('|')})\\b`, 'g'))) {
    const at = start + (m.index ?? 0);
    const node = file.root.descendantForIndex(at, at + m[0].length);
    if (node?.type !== 'identifier' || node.text !== m[0]) continue; // in a string or comment
    const parent = node.parent;
    if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === node.id) continue; // 2to3 leaves x.unicode alone
    if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === node.id) {
      own = m[0];
      continue;
    }
    if (isBindingOccurrence(node) || !isBuiltinAtUse(node, m[0], file)) {
      own = m[0];
      continue;
    }
    return undefined;
  }
  return own;
}

/** isBuiltinAt, except that a parameter's default value is looked up outside its function. */
function isBuiltinAtUse(node: Node, name: string, file: SourceFile): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'parameters' || p.type === 'lambda_parameters') {
      const fn = p.parent;
      return fn ? isBuiltinAt(fn, name, file) : true;
    }
    if (p.type === 'function_definition' || p.type === 'lambda') break;
  }
  return isBuiltinAt(node, name, file);
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
  const files = stdlibPythonFiles(stdlib).filter((f) => !only || new RegExp(only).test(f));
  console.log(`Python 3: ${py3} (lib2to3)\nstdlib: ${stdlib}\nfiles: ${files.length}\ncache: ${cacheDir}`);
  const results = await runHelper(py3, files.map((f) => path.join(stdlib, f)), cacheDir);
  const helperSeconds = (Date.now() - started) / 1000;

  const rules = await loadRules();
  const optIn = new Set(ALL_RULES.filter((r) => r.defaultEnabled === false).map((r) => r.id));
  const select = new Set(ALL_RULES.map((r) => r.id));

  const unparsed: [string, string][] = [];
  const undecodable: [string, string][] = [];
  const records: LineRecord[] = [];
  const combinedOnly: string[] = [];
  const fixerErrors: string[] = [];
  for (const result of results) {
    const rel = path.relative(stdlib, result.file).split(path.sep).join('/');
    if (result.error) {
      unparsed.push([rel, result.error]);
      continue;
    }
    if (result.fixerErrors) fixerErrors.push(...result.fixerErrors.map((e) => `${rel}: ${e}`));
    // The lines 2to3 changes: the union of what each fixer changes alone (diffed precisely). The
    // combined run's diff is only compared against it: a difflib alignment over a whole rewritten
    // file can mark hundreds of untouched lines (test/test_exceptions.py).
    const union = new Set(Object.values(result.byFixer ?? {}).flatMap((c) => c.lines));
    for (const l of result.all ?? []) if (!union.has(l)) combinedOnly.push(`${rel}:${l}`);
    const all = [...union].sort((a, b) => a - b);
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
    const fileRecords: LineRecord[] = [];
    /** What the fixer alone writes for original line l (1-based), when its hunk rewrites line for line. */
    const newTextOf = (fixer: string, l: number): string | undefined => {
      const hunk = hunkOf.get(`${fixer}:${l}`);
      if (!hunk) return undefined;
      const parts = hunk.newText.split(/(?<=\r\n|\r(?!\n)|\n)/);
      return parts.length === hunk.last - hunk.first + 1 ? parts[l - hunk.first] : undefined;
    };
    for (const line1 of all) {
      const line0 = line1 - 1;
      const source = lines.lineText(line0).replace(/\r?\n$|\r$/, '');
      const fixers = fixersOf.get(line1) ?? [];
      const direct = (touched.get(line0) ?? []).filter((f) => !optIn.has(f.ruleId));
      let how: LineRecord['how'];
      let viaImport: Finding[] = [];
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
        } else if ((viaImport = flaggedImportOf(file, line0, fixers, hunkOf, line1, (l) => (touched.get(l) ?? []).filter((f) => !optIn.has(f.ruleId)))).length > 0) {
          how = 'import';
          covering = viaImport;
        } else if ((touched.get(line0) ?? []).length > 0) {
          how = 'opt-in';
          covering = touched.get(line0) ?? [];
        } else how = 'missed';
      }
      // A line is "not needed" only when every fixer changing it makes a change Python 3 does not need.
      let reason: string | undefined;
      for (const fixer of fixers) {
        const hunk = hunkOf.get(`${fixer}:${line1}`);
        // Only one-line hunks are judged (and print((x)) over several lines): a change spread over lines is taken as needed.
        const span = logicalOf.get(line1) ?? [line1, line1];
        const newLines = hunk ? hunk.newText.split(/(?<=\r\n|\r(?!\n)|\n)/) : [];
        const why = !hunk
          ? undefined
          : fixer === 'print' && span[1] > span[0] && onlyParenthesised(statementText(span, (l) => lines.lineText(l - 1)), statementText(span, (l) => newTextOf(fixer, l) ?? lines.lineText(l - 1)))
            ? 'print(x) -> print((x)): one parenthesised value prints the same in Python 3'
            : hunk.first === hunk.last
              ? notNeeded(fixer, file, line0, hunk.newText, span)
              : newLines.length === hunk.last - hunk.first + 1 // a rewrite line for line: judge this line alone
                ? notNeeded(fixer, file, line0, newLines[line1 - hunk.first], span)
                : undefined;
        if (!why) {
          reason = undefined;
          break;
        }
        reason ??= why;
      }
      const hunk = hunkOf.get(`${fixers[0]}:${line1}`);
      const after = hunk ? (hunk.first === hunk.last ? hunk.newText : `(lines ${hunk.first}-${hunk.last}) ${hunk.newText}`) : '';
      fileRecords.push({ rel, line: line1, source, fixers, how, notNeeded: reason, rules: [...new Set(covering.map((f) => f.ruleId))], after });
    }
    // Second pass, for lines 2to3 changes as part of a larger rewrite:
    //   hunk: another line of the same multi-line rewrite carries a finding (fix_metaclass drops the
    //         blank line after the `__metaclass__ = M` it removes);
    //   added-import: 2to3 inserts an import after this line (`import atexit`, `from functools import
    //         reduce`) for a use elsewhere in the file that carries a finding.
    const byLine = new Map(fileRecords.map((r) => [r.line, r]));
    for (const r of fileRecords) {
      if (r.how !== 'missed' && r.how !== 'opt-in') continue;
      for (const fixer of r.fixers) {
        const hunk = hunkOf.get(`${fixer}:${r.line}`);
        if (!hunk) continue;
        let neighbour = false;
        for (let l = hunk.first; l <= hunk.last && !neighbour; l++) neighbour = l !== r.line && byLine.get(l)?.how === 'direct';
        if (neighbour) {
          r.how = 'hunk';
          break;
        }
        const newLines = hunk.newText.split(/\r?\n|\r/).filter((l) => l.trim());
        const addsImport = ADDS_IMPORT.has(fixer) && hunk.first === hunk.last && newLines.length > 0 && newLines.every((l) => /^\s*(?:import|from)\s/.test(l));
        if (addsImport && fileRecords.some((o) => o !== r && o.fixers.includes(fixer) && ['direct', 'logical', 'fix', 'import'].includes(o.how))) {
          r.how = 'added-import';
          break;
        }
        if (addsImport && fileRecords.every((o) => o === r || !o.fixers.includes(fixer) || o.notNeeded)) {
          // test_functools.py binds reduce = functools.reduce; 2to3 imports it anyway.
          r.notNeeded = 'an import 2to3 adds for no needed change (the name is the code\'s own, or not used)';
          break;
        }
      }
    }
    records.push(...fileRecords);
    file.dispose();
  }

  // ---- report ---------------------------------------------------------------------------------
  const covered = (r: LineRecord): boolean => r.how !== 'missed' && r.how !== 'opt-in';
  const needed = records.filter((r) => !r.notNeeded);
  // The strict reading: only the plain-fact reasons excluded, py3migrate's classifier's not.
  const neededStrict = records.filter((r) => !r.notNeeded || r.notNeeded.startsWith('[classifier]'));
  const total = records.length;
  const coveredAll = records.filter(covered).length;
  const coveredNeeded = needed.filter(covered).length;
  const viaLogical = records.filter((r) => r.how === 'logical').length;
  const viaFix = records.filter((r) => r.how === 'fix').length;
  const viaImport = records.filter((r) => r.how === 'import').length;

  console.log(`lib2to3 could not read or parse: ${unparsed.length} file(s)`);
  for (const [rel, error] of unparsed) console.log(`  ${rel}: ${error}`);
  if (undecodable.length) for (const [rel, problem] of undecodable) console.log(`  not decoded by py3migrate: ${rel}: ${problem}`);
  if (fixerErrors.length) {
    console.log(`lib2to3 fixer errors (fixer run alone): ${fixerErrors.length}`);
    for (const e of fixerErrors.slice(0, 10)) console.log(`  ${e}`);
  }
  console.log(`files 2to3 changes: ${new Set(records.map((r) => r.rel)).size}`);
  console.log(`lines 2to3 changes: ${total} (each default fixer run alone, diffed against the original)`);
  const byFile = new Map<string, number>();
  for (const at of combinedOnly) byFile.set(at.replace(/:\d+$/, ''), (byFile.get(at.replace(/:\d+$/, '')) ?? 0) + 1);
  console.log(
    `lines only the all-fixers run's diff marks (fixer interplay or difflib alignment; not counted): ${combinedOnly.length}` +
      (byFile.size ? ` in ${[...byFile].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([f, n]) => `${f} (${n})`).join(', ')}` : ''),
  );
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

  if (argv.includes('--samples')) {
    // A few lines of each "not needed" reason and each indirect coverage, to judge the classes by.
    for (const reason of reasons.keys()) {
      console.log(`samples, not needed: ${reason}`);
      for (const r of records.filter((x) => x.notNeeded === reason).slice(0, show)) console.log(`  ${r.rel}:${r.line}: ${r.source.trim().slice(0, 120)}\n      2to3: ${r.after.trim().slice(0, 120)}`);
    }
    for (const how of ['logical', 'fix', 'import', 'hunk', 'added-import']) {
      console.log(`samples, covered as ${how}:`);
      for (const r of records.filter((x) => x.how === how).slice(0, show)) console.log(`  ${r.rel}:${r.line}: ${r.source.trim().slice(0, 120)}   [${r.rules.join(', ')}]`);
    }
    console.log('');
  }

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
  console.log(`covered only by the finding on the import of the module/name 2to3 renames at this use: ${viaImport}`);
  console.log(`covered only by a finding on another line of the same multi-line 2to3 rewrite: ${records.filter((r) => r.how === 'hunk').length}`);
  console.log(`covered only as the place 2to3 adds an import for a flagged use elsewhere in the file: ${records.filter((r) => r.how === 'added-import').length}`);
  console.log(`RAW RECALL: ${coveredAll}/${total} = ${pct(coveredAll, total)} of the lines 2to3 changes carry a py3migrate finding (default rules)`);
  const rawOptIn = records.filter((r) => covered(r) || r.how === 'opt-in').length;
  console.log(`  (with the opt-in rules on as well, unicode-literal-prefix among them: ${rawOptIn}/${total} = ${pct(rawOptIn, total)})`);
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
