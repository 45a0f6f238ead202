// Shared by the rules for renamed, moved and removed standard-library modules (catalog rows C1-C6, E3).
//
// Every rule of the family starts from the `import` keyword (the engine's word scan hands each one to every rule
// in turn), and the modules an import names are read once for all of them (importedModuleNodes); a rule keeps the
// imports of the modules it owns (moduleMap.ts).
//
// A fix owns the import statement AND every use of the name it binds in the file: `import Queue` becomes
// `import queue` and each `Queue.Queue()` becomes `queue.Queue()`, in one fix, so the fixer applies them together
// (a renamed import without its uses, or the reverse, would be a NameError).

import type { Node } from 'web-tree-sitter';
import { LastAnswer } from '../lastAnswer';
import { isBindingOccurrence, isInCompatCode } from '../context';
import { dominantEol } from '../lineIndex';
import { parentOf } from '../nodeParent';
import type { SourceFile } from '../sourceFile';
import { isWordChar } from '../textScan';
import type { Fix, RequiredImport, RuleContext, Target, TextEdit } from '../types';
import { isNameUse } from './builtinReference';
import { identifierAt, importWords, nameStarts } from './moduleAttributes';
import { MODULE_MOVES, PARENT_PACKAGES, type MemberMove, type ModuleMove, type ModuleRuleId, type RemovedModule, type RenamedModule, type SplitModule } from './moduleMap';

/**
 * The module names an import statement names, from its `import` keyword: each `a.b` of
 * `import a.b, c as d`, or the `m` of `from m import x` (not a relative `from . import x`).
 * Nine rules start from every `import` keyword, so the answer is computed once per keyword and,
 * when the statement's own line names no module these rules know, without touching the tree.
 */
export function importedModuleNodes(keyword: Node, file: SourceFile): Node[] {
  // The nine rules are handed the keyword one after the other; other callers (the module facts) ask out of turn.
  return lastImportKeyword.get(keyword, file, importedModulesOf);
}

const lastImportKeyword = new LastAnswer<Node[], SourceFile>();

function importedModulesOf(keyword: Node, file: SourceFile): Node[] {
  // The keyword token spans the word `import`: its end needs no call into the tree. (The nine rules are handed the
  // keyword one after the other, so lastImportKeyword serves all but the first: no cache per keyword is needed.)
  const start = keyword.startIndex;
  const text = file.text;
  if (!isImportWord(text, start)) return lineMayNameKnownModule(text, start, start + 6) ? importedModulesInTree(keyword.parent) : [];
  const lines = knownModuleLines(file);
  if (!lines.has(start)) return [];
  let statement = lines.get(start);
  if (statement === undefined) lines.set(start, (statement = keyword.parent));
  return importedModulesInTree(statement);
}

function importedModulesInTree(statement: Node | null): Node[] {
  const type = statement?.type;
  const modules: Node[] = [];
  const parents: Node[] = [];
  if (type === 'import_statement') {
    for (const name of statement!.childrenForFieldName('name')) {
      const aliased = name.type === 'aliased_import';
      const dotted = aliased ? name.childForFieldName('name') : name;
      if (dotted?.type !== 'dotted_name') continue;
      modules.push(dotted);
      parents.push(aliased ? name : statement!);
    }
  } else if (type === 'import_from_statement') {
    const module = statement!.childForFieldName('module_name');
    if (module?.type === 'dotted_name') {
      modules.push(module);
      parents.push(statement!);
    }
  }
  lastModules = modules;
  lastParents = parents;
  return modules;
}

/** The module nodes importedModulesInTree() found last, and the parent of each (the statement or the aliased_import). */
let lastModules: Node[] = [];
let lastParents: Node[] = [];

/** `node.parent` (a descent from the root), known without one for the modules of the import statement read last. */
function parentOfModule(node: Node): Node | null {
  const i = lastModules.indexOf(node);
  return i >= 0 ? lastParents[i] : node.parent;
}

/** Whether importWords() lists an `import` word at `start` (not after a dot, as in `from .import x`). */
function isImportWord(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return !(start > 0 && (isWordChar(before) || before === 46)) && !isWordChar(text.charCodeAt(start + 6));
}

/**
 * A cheap look at each import's line: the `import` words (importWords()) of the file whose line may name a module of
 * the tables; the others certainly name none. Asked for each import twice (the rules' keyword and the
 * module-plain-imports fact), so every `import` word of the file is read once, when the file is first asked about,
 * and only the few that may name such a module are kept, each with its statement once one of the two looked it up
 * (the keyword's parent: a descent from the root).
 */
function knownModuleLines(file: SourceFile): Map<number, Node | null | undefined> {
  // The keywords of one file come one after the other: the last file's answer saves a WeakMap lookup per keyword.
  if (file === lastVerdictFile) return lastVerdicts;
  let found = lineVerdicts.get(file);
  if (!found) {
    const text = file.text;
    found = new Map();
    for (const at of importWords(file)) if (lineMayNameKnownModule(text, at, at + 6)) found.set(at, undefined);
    lineVerdicts.set(file, found);
  }
  lastVerdictFile = file;
  lastVerdicts = found;
  return found;
}

const lineVerdicts = new WeakMap<SourceFile, Map<number, Node | null | undefined>>();
let lastVerdictFile: SourceFile | undefined;
let lastVerdicts = new Map<number, Node | null | undefined>();

/** A module name of the tables (or inside a removed package, `compiler.ast`). */
function isKnownModule(name: string): boolean {
  return name !== '' && (MODULE_MOVES.has(name) || removedPackageOf(name) !== undefined || PARENT_PACKAGES.has(name));
}

/** What the regex `\s` matches. */
function isRegexSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `[\w.]`. */
function isDottedChar(code: number): boolean {
  return isWordChar(code) || code === 46;
}

/**
 * lineMayNameKnownModuleByRegex() read with charCodeAt (the slices, regexes and splits cost ~1.5 µs per import, and
 * each import of the stdlib is asked): the same verdict, by the same steps. The import's line is [lineStart, lineEnd),
 * `before` the keyword, `after` it up to a `#` comment.
 */
function lineMayNameKnownModule(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  let codeEnd = lineEnd;
  for (let i = end; i < lineEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === 35 /* # */) {
      codeEnd = i;
      break;
    }
    // Continued over lines (`\`, parentheses): let the tree say.
    if (code === 92 || code === 40) return true;
  }
  // The regex `/#.*/` that drops the comment stops at a `\r`, U+2028 or U+2029: code may follow. Rare; read it the slow way.
  for (let i = codeEnd; i < lineEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 || code === 0x2028 || code === 0x2029) return lineMayNameKnownModuleByRegex(text, start, end);
  }
  for (let i = lineStart; i < start; i++) {
    const code = text.charCodeAt(i);
    if (code === 92 || code === 40) return true;
  }
  // `from m import`: /\bfrom\s+([\w.]+)\s*$/ on `before`.
  let i = start - 1;
  while (i >= lineStart && isRegexSpace(text.charCodeAt(i))) i--;
  const nameEnd = i + 1;
  while (i >= lineStart && isDottedChar(text.charCodeAt(i))) i--;
  const nameStart = i + 1;
  if (nameStart < nameEnd && i >= lineStart && isRegexSpace(text.charCodeAt(i))) {
    while (i >= lineStart && isRegexSpace(text.charCodeAt(i))) i--;
    const from = i - 3;
    if (from >= lineStart && text.startsWith('from', from) && (from === lineStart || !isWordChar(text.charCodeAt(from - 1)))) {
      return isKnownModule(text.slice(nameStart, nameEnd));
    }
  }
  // `import a.b, c as d; ...`: the name at the start of each comma-separated part before any `;`.
  let at = end;
  while (at < codeEnd) {
    while (at < codeEnd && isRegexSpace(text.charCodeAt(at))) at++;
    const nameStart = at;
    while (at < codeEnd && isDottedChar(text.charCodeAt(at))) at++;
    if (at > nameStart && isKnownModule(text.slice(nameStart, at))) return true;
    // On to the next part: after the next `,`, none after a `;`.
    let code = 0;
    while (at < codeEnd && (code = text.charCodeAt(at)) !== 44 && code !== 59) at++;
    if (code !== 44) break;
    at++;
  }
  return false;
}

/** The verdict as first written; lineMayNameKnownModule() gives the same, faster, and falls back on this one. */
function lineMayNameKnownModuleByRegex(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd).replace(/#.*/, '');
  // Continued over lines (`\`, parentheses): let the tree say.
  if (/[\\(]/.test(after) || /[\\(]/.test(before)) return true;
  const from = /\bfrom\s+([\w.]+)\s*$/.exec(before);
  const names = from ? [from[1]] : after.split(';')[0].split(',').map((part) => /^\s*([\w.]+)/.exec(part)?.[1] ?? '');
  return names.some(isKnownModule);
}

export const lineVerdictsForTest = { lineMayNameKnownModule, lineMayNameKnownModuleByRegex };

/** A reference to a module name in code: `Queue`, or `email.MIMEText`; `member` when it is `<ref>.<member>`. */
interface ModuleRef {
  node: Node;
  member?: { name: string; node: Node };
}

interface NameFacts {
  refs: ModuleRef[];
  /** The name is bound by something other than a plain `import name[.sub]`: an assignment, a def, a parameter, an alias... */
  otherBinding: boolean;
  /** Those binding identifiers. */
  bindings: Node[];
}

// Per parsed file (not memoised: the facts hold nodes and offsets, which an edit invalidates).
const factsCache = new WeakMap<SourceFile, Map<string, NameFacts>>();

function dottedText(node: Node): string {
  return node.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text).join('.');
}

function sameNode(a: Node | null | undefined, b: Node): boolean {
  return !!a && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}

/**
 * What an identifier spelling the first name of the module `parts` is: whether it binds the name other than as the
 * first component of a plain `import a[.b]`, and when it is a use of the name, the reference to the module it starts.
 * `parent` is the identifier's, from parentOf() (isNameUse asks for it again). Each node's type is read once: every
 * read is a call into wasm.
 */
function occurrence(identifier: Node, parts: readonly string[], parent: Node | null, text: string): { otherBinding: boolean; ref?: ModuleRef } {
  let otherBinding = false;
  const parentType = parent?.type;
  if (parentType === 'attribute') {
    // Most occurrences are `name.member`. An attribute's object is a use and never binds the name (and its attribute
    // part is neither), which settles the binding and isNameUse without their own walks up from the identifier.
    // The object is the attribute's first child, the attribute part comes after the dot: the start offsets tell them apart.
    if (parent!.startIndex !== identifier.startIndex) return { otherBinding };
  } else if (parentType === 'dotted_name') {
    // A module name in an import statement: not a use. Only `from m import name` binds it (isBindingOccurrence),
    // and that `name` is not the statement's module; `import a.b` binds `a` to the module itself.
    const statement = parent!.parent;
    return { otherBinding: statement?.type === 'import_from_statement' && statement.childForFieldName('module_name')?.id !== parent!.id };
  } else {
    otherBinding = isBindingOccurrence(identifier);
    if (!isNameUse(identifier)) return { otherBinding };
  }
  // Each `parent` is a descent from the root: the one above the reference is kept as the walk goes up.
  let ref: Node = identifier;
  let up = parent;
  let upType = parentType;
  // Whether `ref` is already known to be `up`'s object (the identifier, checked above).
  let isObject = upType === 'attribute';
  for (let i = 1; i < parts.length; i++) {
    if (upType !== 'attribute') return { otherBinding };
    if (isObject) {
      // The identifier is the object: its attribute is the word after the dot, when the text says (memberAfterDot).
      const member = memberAfterDot(text, identifier.startIndex + parts[0].length);
      if ((member ?? up!.childForFieldName('attribute')?.text) !== parts[i]) return { otherBinding };
    } else if (up!.childForFieldName('object')?.id !== ref.id || up!.childForFieldName('attribute')?.text !== parts[i]) return { otherBinding };
    ref = up!;
    up = ref.parent;
    upType = up?.type;
    isObject = false;
  }
  if (upType === 'attribute') {
    // `name.member`, most references: the member is the word right after the dot (the identifier spans parts[0]).
    if (isObject) {
      const member = memberAfterDot(text, identifier.startIndex + parts[0].length);
      if (member !== undefined) return { otherBinding, ref: { node: ref, member: { name: member, node: up! } } };
    }
    const attribute = up!.childForFieldName('attribute');
    if (attribute && (isObject || up!.childForFieldName('object')?.id === ref.id)) return { otherBinding, ref: { node: ref, member: { name: attribute.text, node: up! } } };
  }
  return { otherBinding, ref: { node: ref } };
}

/**
 * The attribute name of `<object>.<member>` read from the text, where the object ends at `end`: the ASCII word right
 * after a dot that follows at once; undefined (ask the tree) for anything else (spaces, a line continuation, a
 * non-ASCII name, a keyword or a string prefix, which the parser may read otherwise).
 */
function memberAfterDot(text: string, end: number): string | undefined {
  if (text.charCodeAt(end) !== 46 || !isAsciiWordStart(text.charCodeAt(end + 1))) return undefined;
  let at = end + 2;
  let code = text.charCodeAt(at);
  while (isAsciiWordStart(code) || (code >= 48 && code <= 57)) code = text.charCodeAt(++at);
  // A non-ASCII letter would continue the name; a quote makes it a string prefix (`x.b'...'`, invalid code).
  if (code >= 0x80 || code === 34 || code === 39) return undefined;
  const member = text.slice(end + 1, at);
  return PYTHON_KEYWORDS.has(member) ? undefined : member;
}

/** `[A-Za-z_]` */
function isAsciiWordStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

/** Python 2 and 3 keywords, soft ones included: after a dot, the tree says what they parse as. */
const PYTHON_KEYWORDS = new Set(
  ('False None True and as assert async await break case class continue def del elif else except exec finally for from global if ' +
    'import in is lambda match nonlocal not or pass print raise return try type while with yield').split(' '),
);

/**
 * Every reference to the module `dotted` in the file, and whether its first name is bound otherwise. Found by a text
 * scan located in the tree, so only the occurrences of the name are inspected (strings and comments drop out as they
 * are not identifiers).
 */
function factsOf(file: SourceFile, dotted: string): NameFacts {
  let perFile = factsCache.get(file);
  if (!perFile) factsCache.set(file, (perFile = new Map()));
  const cached = perFile.get(dotted);
  if (cached) return cached;
  const parts = dotted.split('.');
  const first = parts[0];
  const facts: NameFacts = { refs: [], otherBinding: false, bindings: [] };
  for (const at of nameStarts(file.text, first)) {
    // The name ends there too: not a longer identifier (`osé`) starting with it.
    const found = identifierAt(file, at, at + first.length);
    if (!found) continue;
    const identifier = found.identifier;
    const { otherBinding, ref } = occurrence(identifier, parts, found.parent ?? parentOf(identifier), file.text);
    if (otherBinding) {
      facts.otherBinding = true;
      facts.bindings.push(identifier);
    }
    if (ref) facts.refs.push(ref);
  }
  perFile.set(dotted, facts);
  return facts;
}

/**
 * factsOf(), declared as a whole-file fact the finding depends on. The language server re-analyses only the statements
 * an edit touches and presumes memoised facts unchanged until the user pauses; then it recomputes them and re-analyses
 * the whole file if one changed. The fix of an import finding covers every use of the module, and some findings sit on
 * a use while they come from the import's match, so the fact records the uses (and where those use-site findings
 * are): adding, removing or editing one makes the server analyse the whole file again.
 */
function usesOf(file: SourceFile, dotted: string, siteFindings?: (ref: ModuleRef) => boolean): NameFacts {
  file.memo(`module-uses:${dotted}:${siteFindings ? 'sites' : ''}`, (f) => {
    const facts = factsOf(f, dotted);
    return {
      members: facts.refs.map((r) => r.member?.name ?? '').sort(),
      otherBinding: facts.otherBinding,
      // A use-site finding is dropped whenever its top-level statement is re-analysed (no import matches there), so
      // the statement's lines are part of the fact: editing it makes settle() analyse the whole file.
      sites: siteFindings ? siteKeys(f, facts.refs.filter(siteFindings)) : [],
    };
  });
  return factsOf(file, dotted);
}

/**
 * `<offset>:<statementLines()>` for each reference. The references of one top-level statement (in a test module,
 * many `test_support.<member>` in one class) share its lines, worked out once: a node that starts inside a child of
 * the module is a descendant of that child, as the module's children do not overlap.
 */
function siteKeys(file: SourceFile, refs: readonly ModuleRef[]): string[] {
  let start = -1;
  let end = -1;
  let lines = '';
  return refs.map((r) => {
    const at = r.node.startIndex;
    if (at < start || at >= end) {
      const statement = moduleChildOf(file, r.node);
      if (statement) {
        start = statement.startIndex;
        end = statement.endIndex;
        lines = linesOf(file, statement);
      } else {
        start = end = -1;
        return `${at}:${statementLines(file, r.node)}`;
      }
    }
    return `${at}:${lines}`;
  });
}

/** The module's child holding the node, in one call (each `parent` step costs a descent from the root); null if none. */
function moduleChildOf(file: SourceFile, node: Node): Node | null {
  const root = file.root;
  return root.type === 'module' && node.id !== root.id ? root.childWithDescendant(node) : null;
}

/** The whole lines of the top-level statement around `node`, trailing comments included. */
function statementLines(file: SourceFile, node: Node): string {
  let statement = moduleChildOf(file, node);
  // A child of the module is the statement; otherwise walk up.
  if (!statement) for (statement = node; statement.parent && statement.parent.type !== 'module'; ) statement = statement.parent;
  return linesOf(file, statement);
}

/** statementLines() of the statement itself. */
function linesOf(file: SourceFile, statement: Node): string {
  // The lines from the offsets (startPosition/endPosition each marshal a Point out of wasm).
  const index = file.lineIndex;
  const lines = file.text.slice(index.lineStart(index.positionAt(statement.startIndex).line), index.lineEnd(index.positionAt(statement.endIndex).line));
  // Error recovery can reshape the statement around the use after an edit elsewhere: its extent and type count too.
  return `${statement.type}@${statement.startIndex}-${statement.endIndex}:${lines}`;
}

function top(dotted: string): string {
  const dot = dotted.indexOf('.');
  return dot < 0 ? dotted : dotted.slice(0, dot);
}

function lastDot(dotted: string): [string, string] {
  const at = dotted.lastIndexOf('.');
  return [dotted.slice(0, at), dotted.slice(at + 1)];
}

/** How a list of new statements replacing one is joined: a new line at the same indentation, or `; ` after other code on the line. */
function statementSeparator(file: SourceFile, statement: Node): string {
  const lineStart = file.lineIndex.lineStart(statement.startPosition.row);
  const before = file.text.slice(lineStart, statement.startIndex);
  return /^[ \t]*$/.test(before) ? dominantEol(file.text) + before : '; ';
}

function edit(node: Node, newText: string): TextEdit {
  return { start: node.startIndex, end: node.endIndex, newText };
}

/** `import A, B as C, D` without the name `drop`, followed by `replacement` statements. */
function rebuildImport(file: SourceFile, statement: Node, drop: Node, replacement: string): TextEdit {
  const others = statement.childrenForFieldName('name').filter((n) => !sameNode(n, drop)).map((n) => n.text);
  const statements = others.length > 0 ? [`import ${others.join(', ')}`, replacement] : [replacement];
  return edit(statement, statements.join(statementSeparator(file, statement)));
}

/** True when the compat fix of this imported name turns it into `six` (`urllib2`, `urlparse`). */
function becomesSix(name: Node): boolean {
  if (name.type !== 'dotted_name') return false;
  const move = MODULE_MOVES.get(name.text.replace(/[\s\\]/g, ''));
  return move?.kind === 'split' || (move?.kind === 'renamed' && !!move.six && sixStyle(move.six) === 'qualified');
}

/**
 * Replaces one name of an `import` statement by `six`. When an earlier name of the statement is `six` or becomes it
 * (`import urllib, urllib2`), this one is dropped instead and `six` required as an import, which the fixer adds only
 * if the statement did not provide it after all: no `import six, six`.
 */
function sixImport(statement: Node, name: Node): { edits: TextEdit[]; imports?: RequiredImport[] } {
  const names = statement.childrenForFieldName('name');
  const others = names.filter((n) => !sameNode(n, name));
  const at = names.findIndex((n) => sameNode(n, name));
  if (at > 0 && names.slice(0, at).some((n) => n.text === 'six' || becomesSix(n))) {
    return { edits: [{ start: names[at - 1].endIndex, end: name.endIndex, newText: '' }], imports: [{ kind: 'import', module: 'six' }] };
  }
  if (others.some((n) => n.text === 'six')) return { edits: [edit(statement, `import ${others.map((n) => n.text).join(', ')}`)] };
  return { edits: [edit(name, 'six')] };
}

function hasComment(statement: Node): boolean {
  return statement.descendantsOfType('comment').length > 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Entry point: one import statement name, for one rule of the family.

/** The module an imported dotted_name spells and its entry in the tables, worked out once for the nine rules that are handed it. */
function importedModule(node: Node): { module: string; move: ModuleMove | undefined } {
  if (node === lastImported?.node) return lastImported;
  let found = importedModules.get(node);
  if (!found) {
    const module = node.text.replace(/[\s\\]/g, '');
    importedModules.set(node, (found = { node, module, move: MODULE_MOVES.get(module) ?? removedPackageOf(module) }));
  }
  lastImported = found;
  return found;
}

let lastImported: { node: Node; module: string; move: ModuleMove | undefined } | undefined;

const importedModules = new WeakMap<Node, { node: Node; module: string; move: ModuleMove | undefined }>();

export function checkModuleImport(node: Node, ctx: RuleContext, rule: ModuleRuleId): void {
  // Every rule of the family sees every import: reject by name before touching the tree.
  const { module, move } = importedModule(node);
  if (!move) {
    // `from email import MIMEText`: every rule of the family may own a moved name; the statement is read once for all.
    if (!PARENT_PACKAGES.has(module)) return;
    const found = parentPackageImport(node, module);
    if (found) checkParentPackageFromImport(ctx, found, module, rule);
    return;
  }
  if (move.rule !== rule) return;
  const parent = parentOfModule(node);
  if (!parent) return;
  const aliased = parent.type === 'aliased_import' ? parent : undefined;
  const statement = aliased ? aliased.parent : parent;
  if (!statement || isInCompatCode(statement)) return;
  if (statement.type === 'import_statement') {
    const alias = aliased?.childForFieldName('alias')?.text;
    if (move.kind === 'removed') ctx.report({ node, message: `\`${move.py2}\` was removed in Python 3; ${move.advice}` });
    else if (move.kind === 'renamed') checkRenamedImport(ctx, statement, node, aliased, alias, move);
    else checkSplitImport(ctx, node, alias, move);
  } else if (statement.type === 'import_from_statement' && sameNode(statement.childForFieldName('module_name'), node)) {
    if (move.kind === 'removed') ctx.report({ node, message: `\`${move.py2}\` was removed in Python 3; ${move.advice}` });
    else if (move.kind === 'renamed') checkRenamedFromImport(ctx, statement, node, move);
    else checkSplitFromImport(ctx, statement, node, move);
  }
}

/** `compiler.ast` belongs to the removed package `compiler`. */
function removedPackageOf(module: string): RemovedModule | undefined {
  // Asked for every name on the import lines: most have no dot.
  if (!module.includes('.')) return undefined;
  const parent = MODULE_MOVES.get(top(module));
  return parent?.kind === 'removed' ? parent : undefined;
}

function renamedMessage(move: RenamedModule): string {
  if (move.safety === 'manual') return `\`${move.py2}\` does not exist in Python 3; ${move.note ?? `use \`${move.py3}\``}`;
  return `\`${move.py2}\` was renamed to \`${move.py3}\` in Python 3`;
}

/** True when one of the members used behaves differently in the Python 3 module (`urlparse.urldefrag`). */
function usesChangedMember(move: RenamedModule, members: (string | undefined)[]): boolean {
  return members.some((m) => m !== undefined && move.changed?.[m] !== undefined);
}

function fixSafety(move: { safety: string }): 'safe' | 'unsafe' {
  return move.safety === 'safe' ? 'safe' : 'unsafe';
}

/** Reports uses of members the Python 3 module lacks; true when there were any. */
function reportAbsentMembers(ctx: RuleContext, refs: ModuleRef[], move: RenamedModule, shownAs: string, report = true): boolean {
  let any = false;
  for (const ref of refs) {
    if (ref.member && move.absent?.includes(ref.member.name)) {
      if (report) ctx.report({ node: ref.member.node, message: absentMessage(move, shownAs, ref.member.name) });
      any = true;
    }
  }
  return any;
}

function absentMessage(move: RenamedModule, shownAs: string, member: string): string {
  return `\`${shownAs}.${member}\` does not exist in Python 3's \`${move.py3}\``;
}

/** six spells a module either as a name bound from six.moves (`from six.moves import queue`) or only qualified (`six.moves.urllib.parse`). */
function sixStyle(six: string): 'from' | 'qualified' | 'plain' {
  if (!six.startsWith('six.')) return 'plain';
  return six.split('.').length === 3 ? 'from' : 'qualified';
}

// `import Queue`, `import Queue as Q`, `import email.MIMEText`
function checkRenamedImport(ctx: RuleContext, statement: Node, node: Node, aliased: Node | undefined, alias: string | undefined, move: RenamedModule): void {
  const file = ctx.file;
  const message = renamedMessage(move);
  if (move.safety === 'manual') {
    ctx.report({ node, message });
    return;
  }
  const boundName = alias ?? move.py2;
  // Uses of an alias are reported here; uses of the module's own name come from checkModuleUse (the identifier scan),
  // which the language server re-runs with the statement that holds them.
  const absentUse = (r: ModuleRef): boolean => !!r.member && !!move.absent?.includes(r.member.name);
  const facts = alias ? usesOf(file, boundName, absentUse) : usesOf(file, move.py2);
  if (reportAbsentMembers(ctx, facts.refs, move, boundName, alias !== undefined)) {
    ctx.report({ node, message });
    return;
  }
  const safety = usesChangedMember(move, facts.refs.map((r) => r.member?.name)) ? 'unsafe' : fixSafety(move);
  const fixes: Partial<Record<Target, Fix>> = {};
  const title = `Import \`${move.py3}\` instead of \`${move.py2}\``;

  if (alias) {
    const py3Edit = alias === move.py3 ? edit(aliased!, move.py3) : edit(node, move.py3);
    fixes.py3 = { title, safety, edits: [py3Edit] };
    if (move.six) {
      const style = sixStyle(move.six);
      if (style === 'plain') fixes.compat = { title, safety, edits: [edit(node, move.six)] };
      else {
        const [from, name] = lastDot(move.six);
        const text = `from ${from} import ${name === alias ? name : `${name} as ${alias}`}`;
        fixes.compat = { title: `Import \`${move.six}\` instead of \`${move.py2}\``, safety, edits: [replaceName(file, statement, aliased!, text)] };
      }
    }
    ctx.report({ node, message, fixes });
    return;
  }

  if (move.py2.includes('.')) {
    // `import email.MIMEText` binds `email` either way: rename every `email.MIMEText` reference.
    const refEdits = facts.refs.map((r) => edit(r.node, move.py3));
    fixes.py3 = { title, safety, edits: [edit(node, move.py3), ...refEdits] };
    if (move.six && sixStyle(move.six) === 'plain') fixes.compat = { title, safety, edits: [edit(node, move.six), ...facts.refs.map((r) => edit(r.node, move.six!))] };
    ctx.report({ node, message, fixes });
    return;
  }

  // The uses can be renamed only when every one is `Queue.<member>`, `Queue` means the module everywhere, and the new
  // name is free; otherwise the import keeps binding the old name (`import queue as Queue`), which needs no other change.
  const renamable = (newName: string): boolean =>
    !facts.otherBinding && facts.refs.every((r) => r.member) && (top(newName) === move.py2 || !usesOf(file, top(newName)).otherBinding);
  if (renamable(move.py3)) {
    fixes.py3 = { title, safety, edits: [edit(node, move.py3), ...facts.refs.map((r) => edit(r.node, move.py3))] };
  } else {
    fixes.py3 = { title, safety, edits: [edit(node, `${move.py3} as ${move.py2}`)] };
  }
  if (move.six) {
    const style = sixStyle(move.six);
    const compatTitle = `Import \`${move.six}\` instead of \`${move.py2}\``;
    if (style === 'from') {
      const [, name] = lastDot(move.six);
      if (name === move.py2 || renamable(name)) {
        fixes.compat = { title: compatTitle, safety, edits: [replaceName(file, statement, node, `from six.moves import ${name}`), ...(name === move.py2 ? [] : facts.refs.map((r) => edit(r.node, name)))] };
      } else {
        fixes.compat = { title: compatTitle, safety, edits: [replaceName(file, statement, node, `from six.moves import ${name} as ${move.py2}`)] };
      }
    } else if (style === 'qualified') {
      if (renamable('six')) {
        const six = sixImport(statement, node);
        fixes.compat = { title: compatTitle, safety, edits: [...six.edits, ...facts.refs.map((r) => edit(r.node, move.six!))], ...(six.imports ? { imports: six.imports } : {}) };
      } else {
        const [from, name] = lastDot(move.six);
        fixes.compat = { title: compatTitle, safety, edits: [replaceName(file, statement, node, `from ${from} import ${name} as ${move.py2}`)] };
      }
    }
  }
  ctx.report({ node, message, fixes });
}

/** Replaces one name of an `import` statement by a whole statement (`from six.moves import queue`). */
function replaceName(file: SourceFile, statement: Node, name: Node, replacement: string): TextEdit {
  if (statement.childrenForFieldName('name').length === 1) return edit(statement, replacement);
  return rebuildImport(file, statement, name, replacement);
}

// `from Queue import Queue, Empty`
function checkRenamedFromImport(ctx: RuleContext, statement: Node, node: Node, move: RenamedModule): void {
  const message = renamedMessage(move);
  if (move.safety === 'manual') {
    ctx.report({ node, message });
    return;
  }
  let absent = false;
  for (const name of statement.childrenForFieldName('name')) {
    const imported = name.type === 'aliased_import' ? name.childForFieldName('name')! : name;
    if (move.absent?.includes(imported.text)) {
      ctx.report({ node: imported, message: `\`${move.py2}.${imported.text}\` does not exist in Python 3's \`${move.py3}\`` });
      absent = true;
    }
  }
  if (absent) {
    ctx.report({ node, message });
    return;
  }
  const imported = statement.childrenForFieldName('name').map((n) => (n.type === 'aliased_import' ? n.childForFieldName('name')?.text : n.text));
  const safety = usesChangedMember(move, imported) ? 'unsafe' : fixSafety(move);
  const fixes: Partial<Record<Target, Fix>> = { py3: { title: `Import from \`${move.py3}\` instead of \`${move.py2}\``, safety, edits: [edit(node, move.py3)] } };
  if (move.six) fixes.compat = { title: `Import from \`${move.six}\` instead of \`${move.py2}\``, safety, edits: [edit(node, move.six)] };
  ctx.report({ node, message, fixes });
}

/** `from <parent package> import ...` and the names it imports that Python 3 moved. */
interface ParentPackageImport {
  statement: Node;
  names: Node[];
  moved: { name: Node; move: RenamedModule; local: string }[];
}

const parentPackageImports = new WeakMap<Node, ParentPackageImport | null>();

/** The from-import whose module is `node`, a parent package, outside compat code; null for anything else (`import email`). */
function parentPackageImport(node: Node, parentName: string): ParentPackageImport | null {
  let found = parentPackageImports.get(node);
  if (found !== undefined) return found;
  found = null;
  const parent = parentOfModule(node);
  const statement = parent?.type === 'aliased_import' ? parent.parent : parent;
  if (statement && !isInCompatCode(statement) && statement.type === 'import_from_statement' && sameNode(statement.childForFieldName('module_name'), node)) {
    const children = PARENT_PACKAGES.get(parentName) ?? [];
    const names = statement.childrenForFieldName('name');
    const moved: ParentPackageImport['moved'] = [];
    for (const name of names) {
      const imported = name.type === 'aliased_import' ? name.childForFieldName('name')! : name;
      if (!children.includes(imported.text)) continue;
      const move = MODULE_MOVES.get(`${parentName}.${imported.text}`);
      if (move?.kind !== 'renamed') continue;
      moved.push({ name: imported, move, local: name.type === 'aliased_import' ? name.childForFieldName('alias')!.text : imported.text });
    }
    found = { statement, names, moved };
  }
  parentPackageImports.set(node, found);
  return found;
}

// `from email import MIMEText, encoders`
function checkParentPackageFromImport(ctx: RuleContext, found: ParentPackageImport, parentName: string, rule: ModuleRuleId): void {
  const { statement, names, moved } = found;
  const mine = moved.filter((m) => m.move.rule === rule);
  if (mine.length === 0) return;
  // `from test import test_support` and then `test_support.TESTFN`: a member Python 3 lacks blocks the fix.
  let absent = false;
  for (const m of mine) absent = reportAbsentMembers(ctx, usesOf(ctx.file, m.local, (r) => !!r.member && !!m.move.absent?.includes(r.member.name)).refs, m.move, m.local) || absent;
  // One fix rewrites the whole statement, so it is offered once, by the rule of the first moved name.
  const owner = moved[0].move.rule === rule;
  const fixable = owner && !absent && !hasComment(statement) && moved.every((m) => m.move.safety !== 'manual');
  const statements = (target: 'py3' | 'compat'): string | undefined => {
    const kept = names.filter((n) => !moved.some((m) => sameNode(m.name, n.type === 'aliased_import' ? n.childForFieldName('name')! : n)));
    const out = kept.length > 0 ? [`from ${parentName} import ${kept.map((n) => n.text).join(', ')}`] : [];
    for (const m of moved) {
      const spelled = target === 'py3' ? m.move.py3 : m.move.six && sixStyle(m.move.six) === 'plain' ? m.move.six : undefined;
      if (!spelled) return undefined;
      const [from, last] = lastDot(spelled);
      out.push(`from ${from} import ${last === m.local ? last : `${last} as ${m.local}`}`);
    }
    return out.join(statementSeparator(ctx.file, statement));
  };
  for (const m of mine) {
    const fixes: Partial<Record<Target, Fix>> = {};
    if (fixable && m === moved[0]) {
      const safety = moved.every((x) => x.move.safety === 'safe') ? 'safe' : 'unsafe';
      const py3 = statements('py3');
      const compat = statements('compat');
      if (py3) fixes.py3 = { title: `Import \`${m.move.py3}\` instead of \`${m.move.py2}\``, safety, edits: [edit(statement, py3)] };
      if (compat) fixes.compat = { title: `Import \`${m.move.py3}\` instead of \`${m.move.py2}\``, safety, edits: [edit(statement, compat)] };
    }
    ctx.report({ node: m.name, message: renamedMessage(m.move), fixes });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Split modules: urllib, urllib2, UserDict, UserList, UserString, commands, StringIO, cStringIO.

function unmappedMessage(move: SplitModule, member: string): string {
  const advice = move.unmapped[member];
  if (advice) return `\`${move.py2}.${member}\` has no direct Python 3 equivalent; ${advice}`;
  return `\`${move.py2}.${member}\` does not exist in Python 3`;
}

function minSafety(moves: MemberMove[]): 'safe' | 'unsafe' {
  return moves.every((m) => m.safety === 'safe') ? 'safe' : 'unsafe';
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort();
}

// `import urllib2`, `import urllib2 as u2`
function checkSplitImport(ctx: RuleContext, node: Node, alias: string | undefined, move: SplitModule): void {
  const file = ctx.file;
  const boundName = alias ?? move.py2;
  const facts = alias ? usesOf(file, boundName, (r) => r.member !== undefined && !move.members[r.member.name] && !move.py3Submodules?.includes(r.member.name)) : usesOf(file, boundName);
  const statement = node.parent!.type === 'aliased_import' ? node.parent!.parent! : node.parent!;
  // `import urllib as U` binds `U` itself; any other binding makes `U.x` ambiguous.
  const boundElsewhere = facts.bindings.some((b) => b.startIndex < statement.startIndex || b.endIndex > statement.endIndex);
  const mapped: { ref: ModuleRef; to: MemberMove }[] = [];
  const py3Submodules: string[] = [];
  let blocked = boundElsewhere;
  for (const ref of facts.refs) {
    const member = ref.member?.name;
    if (member === undefined) {
      blocked = true;
      continue;
    }
    const to = move.members[member];
    if (to) mapped.push({ ref, to });
    else if (move.py3Submodules?.includes(member)) py3Submodules.push(`${move.py2}.${member}`);
    else {
      if (alias) ctx.report({ node: ref.member!.node, message: unmappedMessage(move, member) });
      blocked = true;
    }
  }
  // `import urllib` that only uses Python 3's submodules (or nothing) is Python 3 code.
  if (move.py3Submodules && mapped.length === 0 && !blocked) return;
  const fixes: Partial<Record<Target, Fix>> = {};
  if (!blocked) {
    const safety = minSafety(mapped.map((m) => m.to));
    const title = `Import the Python 3 modules of \`${move.py2}\``;
    if (alias) {
      const modules = uniqueSorted(mapped.map((m) => m.to.py3[0]));
      const sameNames = mapped.every((m) => m.to.py3[1] === m.ref.member!.name);
      if (modules.length <= 1 && sameNames) fixes.py3 = { title, safety, edits: [edit(node, modules[0] ?? move.defaultPy3)] };
      const sixModules = uniqueSorted(mapped.map((m) => m.to.six?.[0] ?? ''));
      const sixNames = mapped.every((m) => m.to.six?.[1] === m.ref.member!.name);
      if (sixModules.length === 1 && sixNames && sixModules[0].startsWith('six.moves.urllib.')) {
        const [from, last] = lastDot(sixModules[0]);
        fixes.compat = { title, safety, edits: [replaceName(file, statement, node.parent!, `from ${from} import ${last} as ${alias}`)] };
      }
    } else {
      const modules = uniqueSorted([...mapped.map((m) => m.to.py3[0]), ...py3Submodules]);
      if (modules.length === 0) modules.push(move.defaultPy3);
      if (modules.every((m) => top(m) === move.py2 || !usesOf(file, top(m)).otherBinding)) {
        fixes.py3 = { title, safety, edits: [edit(node, modules.join(', ')), ...mapped.map((m) => edit(m.ref.member!.node, `${m.to.py3[0]}.${m.to.py3[1]}`))] };
      }
      if (py3Submodules.length === 0 && mapped.every((m) => m.to.six) && !usesOf(file, 'six').otherBinding) {
        const six = sixImport(statement, node);
        const edits = [...six.edits, ...mapped.map((m) => edit(m.ref.member!.node, `${m.to.six![0]}.${m.to.six![1]}`))];
        fixes.compat = { title: `Use \`six\` for the members of \`${move.py2}\``, safety, edits, ...(six.imports ? { imports: six.imports } : {}) };
      }
    }
  }
  ctx.report({ node, message: move.message, fixes });
}

// `from urllib2 import urlopen, HTTPError`
function checkSplitFromImport(ctx: RuleContext, statement: Node, node: Node, move: SplitModule): void {
  if (statement.namedChildren.some((c) => c.type === 'wildcard_import')) {
    ctx.report({ node, message: `${move.message}; a star import cannot be converted` });
    return;
  }
  const entries: { imported: string; local: string; to?: MemberMove; submodule?: boolean }[] = [];
  let blocked = hasComment(statement);
  for (const name of statement.childrenForFieldName('name')) {
    const importedNode = name.type === 'aliased_import' ? name.childForFieldName('name')! : name;
    const imported = importedNode.text;
    const local = name.type === 'aliased_import' ? name.childForFieldName('alias')!.text : imported;
    const to = move.members[imported];
    if (to) entries.push({ imported, local, to });
    else if (move.py3Submodules?.includes(imported)) entries.push({ imported, local, submodule: true });
    else {
      ctx.report({ node: importedNode, message: unmappedMessage(move, imported) });
      blocked = true;
    }
  }
  if (!blocked && entries.every((e) => e.submodule)) return;
  const fixes: Partial<Record<Target, Fix>> = {};
  if (!blocked) {
    const moved = entries.filter((e) => e.to).map((e) => e.to!);
    const safety = minSafety(moved);
    const build = (spell: (e: (typeof entries)[number]) => readonly [string, string] | undefined): string | undefined => {
      const groups = new Map<string, string[]>();
      for (const e of entries) {
        const at = spell(e);
        if (!at) return undefined;
        const [module, name] = at;
        if (!groups.has(module)) groups.set(module, []);
        groups.get(module)!.push(name === e.local ? name : `${name} as ${e.local}`);
      }
      return [...groups].map(([module, names]) => `from ${module} import ${names.join(', ')}`).join(statementSeparator(ctx.file, statement));
    };
    const py3 = build((e) => (e.submodule ? [move.py2, e.imported] : e.to!.py3));
    const compat = build((e) => (e.submodule ? [`six.moves.${move.py2}`, e.imported] : e.to!.six));
    const title = `Import from the Python 3 modules of \`${move.py2}\``;
    if (py3) fixes.py3 = { title, safety, edits: [edit(statement, py3)] };
    if (compat) fixes.compat = { title: `Import from \`six\` instead of \`${move.py2}\``, safety, edits: [edit(statement, compat)] };
  }
  ctx.report({ node, message: move.message, fixes });
}

// ---------------------------------------------------------------------------------------------------------------
// Uses: `httplib.HTTP`, `urllib.basejoin`, `email.Utils.formatdate`. Reported from the engine's identifier scan, so the
// finding is recomputed with the statement that holds it (the language server re-analyses only edited statements).

/** The module names whose uses a rule inspects: modules with members Python 3 lacks, split modules, parent packages. */
export function moduleUseIdentifiers(rule: ModuleRuleId): string[] {
  const names = new Set<string>();
  for (const move of MODULE_MOVES.values()) {
    if (move.rule !== rule) continue;
    if (move.kind === 'split') names.add(move.py2);
    else if (move.kind === 'renamed' && (move.absent || move.py2.includes('.'))) names.add(top(move.py2));
  }
  return [...names].sort();
}


/** Modules the file imports by their own name (`import X`, `import X.Y`, not aliased), outside compatibility shims. */
interface PlainImports {
  names: ReadonlySet<string>;
  /** The names' dotted prefixes: `a` and `a.b` for `a.b.c`. */
  prefixes: ReadonlySet<string>;
}

const plainImportSets = new WeakMap<readonly string[], PlainImports>();

function plainImports(file: SourceFile): PlainImports {
  const list = file.memo('module-plain-imports', (f) => {
    const names = new Set<string>();
    const lines = knownModuleLines(f);
    for (const at of importWords(f)) {
      // Only modules of the tables are ever looked up here: skip the other imports' lines unread.
      if (!lines.has(at)) continue;
      // The keyword's statement, unless the rules' keyword already found it (the keyword is the node found here).
      let statement = lines.get(at);
      if (statement === undefined) {
        // The node around the keyword and the next character is the keyword's statement when it is an import_statement
        // starting with the keyword, or a from-import (whose children hold no other node around the keyword): one
        // descent from the root rather than two (the keyword's, then its parent's).
        const around = f.root.descendantForIndex(at, at + 7);
        const type = around?.type;
        if ((type === 'import_statement' && around!.startIndex === at) || type === 'import_from_statement') statement = around;
        // A docstring's or a comment's `import Queue`: no keyword in there.
        else if (type === 'string_content' || type === 'comment') continue;
        else {
          const keyword = f.root.descendantForIndex(at, at + 6);
          if (keyword?.type !== 'import') continue;
          statement = keyword.parent;
        }
        lines.set(at, statement);
      }
      if (statement?.type !== 'import_statement' || isInCompatCode(statement)) continue;
      for (const name of statement.childrenForFieldName('name')) if (name.type === 'dotted_name') names.add(dottedText(name));
    }
    return [...names].sort();
  });
  let sets = plainImportSets.get(list);
  if (!sets) {
    const prefixes = new Set<string>();
    for (const name of list) for (let dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) prefixes.add(name.slice(0, dot));
    plainImportSets.set(list, (sets = { names: new Set(list), prefixes }));
  }
  return sets;
}

/**
 * The identifier's name: the engine hands the rules identifiers that span one of their ASCII words, so it is read
 * from the text (`identifier.text` is two calls into wasm, for each of ~5,000 hits over the stdlib); a name that a
 * non-ASCII letter continues is asked of the tree.
 */
function identifierName(text: string, identifier: Node): string {
  const start = identifier.startIndex;
  let at = start;
  let code = text.charCodeAt(at);
  while (isAsciiWordStart(code) || (code >= 48 && code <= 57)) code = text.charCodeAt(++at);
  return code >= 0x80 || at === start ? identifier.text : text.slice(start, at);
}

/** The reference to module `dotted` that starts at `identifier`, if it is one. */
function refAt(identifier: Node, dotted: string, text: string): ModuleRef | undefined {
  const { otherBinding, ref } = occurrence(identifier, dotted.split('.'), parentOf(identifier), text);
  return otherBinding ? undefined : ref;
}


export function checkModuleUse(identifier: Node, ctx: RuleContext, rule: ModuleRuleId): void {
  const name = identifierName(ctx.file.text, identifier);
  const { names: imported, prefixes } = plainImports(ctx.file);
  // Most hits (`test`, `email` as ordinary names) end here, before any walk up the tree: the file imports neither
  // `name` nor a module inside it.
  if (!imported.has(name) && !prefixes.has(name)) return;
  if (isInCompatCode(identifier)) return;
  const split = MODULE_MOVES.get(name);
  if (split?.kind === 'split' && split.rule === rule && imported.has(name)) {
    const ref = refAt(identifier, name, ctx.file.text);
    const member = ref?.member?.name;
    if (member !== undefined && !split.members[member] && !split.py3Submodules?.includes(member)) {
      ctx.report({ node: ref!.member!.node, message: unmappedMessage(split, member) });
    }
  }
  if (split?.kind === 'renamed' && split.rule === rule && imported.has(name)) {
    const ref = refAt(identifier, name, ctx.file.text);
    if (ref?.member && split.absent?.includes(ref.member.name)) ctx.report({ node: ref.member.node, message: absentMessage(split, name, ref.member.name) });
  }
  const children = PARENT_PACKAGES.get(name);
  if (!children) return;
  // `email.Utils`: only the child named after the dot can start a reference (refAt would compare each child's name
  // with the attribute, asked of the tree); undefined when the text does not say.
  const after = memberAfterDot(ctx.file.text, identifier.startIndex + name.length);
  for (const child of children) {
    if (after !== undefined && child !== after) continue;
    const move = MODULE_MOVES.get(`${name}.${child}`);
    if (move?.kind !== 'renamed' || move.rule !== rule) continue;
    const ref = refAt(identifier, move.py2, ctx.file.text);
    if (!ref) continue;
    if (ref.member && move.absent?.includes(ref.member.name)) {
      if (imported.has(move.py2) || imported.has(name)) ctx.report({ node: ref.member.node, message: absentMessage(move, move.py2, ref.member.name) });
      continue;
    }
    // `import email` and then `email.Utils`: Python 2's lazy alias, gone in Python 3. (After `import email.Utils` the
    // import's fix renames these references.)
    if (!imported.has(name) || imported.has(move.py2) || move.safety === 'manual') continue;
    const fix: Fix = { title: `Use \`${move.py3}\` instead of \`${move.py2}\``, safety: fixSafety(move), edits: [edit(ref.node, move.py3)], imports: [{ kind: 'import', module: move.py3 }] };
    const fixes: Partial<Record<Target, Fix>> = { py3: fix };
    if (move.six && sixStyle(move.six) === 'plain') fixes.compat = fix;
    ctx.report({ node: ref.node, message: renamedMessage(move), fixes });
  }
}
