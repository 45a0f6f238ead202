// Shared by the rules for standard-library module attributes that Python 3 removed (catalog B22-B28 and
// removed-stdlib-attribute): `string.letters`, `itertools.izip`, `types.StringType`, `from fractions import gcd`...
//
// The rules declare the MODULE names as identifiers (`string`, `itertools`): attribute names such as `join`,
// `split` or `find` are far too common to hand every occurrence to JS. From the module identifier they find
// `module.attr` (also `os.path.walk`) and `from module import attr`.

import type { Node } from 'web-tree-sitter';
import { isBindingOccurrence, isInCompatCode, isLocallyBound, nextNameIn } from '../context';
import type { SourceFile } from '../sourceFile';
import { isWordChar } from '../textScan';
import { isNameUse } from './builtinReference';

export interface ModuleAttributeRef {
  /** Dotted module name: `string`, `os.path`. */
  module: string;
  /** The removed attribute: `letters`. */
  name: string;
  /** The identifier spelling the attribute (in `module.attr` or in the import). */
  nameNode: Node;
  /** `module.attr` (the whole attribute expression); undefined for a from-import. */
  attribute?: Node;
  /** `from module import attr [as alias]`: the statement and the imported item (dotted_name or aliased_import). */
  importStatement?: Node;
  importItem?: Node;
  alias?: string;
}

function sameNode(a: Node | null | undefined, b: Node): boolean {
  return !!a && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The offsets where `name` stands as a word not after a dot: the matches of /(?<![\w.])name(?!\w)/g, found with
 * indexOf. The regex's leading lookbehind is tried at every offset of the text (~12 ms per name over the stdlib).
 */
export function nameStarts(text: string, name: string): number[] {
  const starts: number[] = [];
  if (name === '') return starts;
  // As the regex's scan, resume after each match (a hit cannot start there: the match ends before a non-word character).
  for (let at = nextNameIn(text, name, 0, text.length); at >= 0; at = nextNameIn(text, name, at + name.length, text.length)) starts.push(at);
  return starts;
}

/**
 * The identifier spanning exactly [at, end) (a name found in the text), with its parent when it came for free; undefined
 * when no identifier spans it (a string, a comment, a longer name). Before a `.` (`os.path`, `test_support.TESTFN`, most
 * module names), the node around the name and the dot is asked for instead of the name's: when the identifier is its
 * first child, that node is the identifier's parent, which saves a `parent` (a descent from the root, ~1.5 µs).
 */
export function identifierAt(file: SourceFile, at: number, end: number): { identifier: Node; parent?: Node } | undefined {
  const root = file.root;
  if (file.text.charCodeAt(end) === 46) {
    const around = root.descendantForIndex(at, end + 1);
    if (around && around.startIndex === at) {
      const first = around.firstChild;
      if (first?.type === 'identifier' && first.startIndex === at && first.endIndex === end) return { identifier: first, parent: around };
    } else if (around) {
      // A comment or a string's content holding `os.path` (docs mention modules): the name inside is no identifier.
      const type = around.type;
      if (type === 'comment' || type === 'string_content') return undefined;
    }
  }
  const identifier = root.descendantForIndex(at, end);
  return identifier?.type === 'identifier' && identifier.startIndex === at && identifier.endIndex === end ? { identifier } : undefined;
}

/**
 * True when the file binds `name` only by `import name[.sub]` statements (at least one): then `name.attr`
 * is the module's attribute. Any other binding (`string = ...`, a parameter, `import x as string`,
 * `from pkg import string`) means the name may not be the module, and the rules stay quiet.
 */
export function isPlainlyImportedModule(file: SourceFile, name: string): boolean {
  return file.memo(`plainModule:${name}`, (f) => {
    let imported = false;
    for (const at of nameStarts(f.text, name)) {
      // The identifier spans exactly the name (not a longer one such as `éos` or `osé`).
      const found = identifierAt(f, at, at + name.length);
      // An attribute's object (`os.path`, the usual occurrence) binds nothing.
      if (!found || found.parent?.type === 'attribute') continue;
      const node = found.identifier;
      if (!isBindingOccurrence(node)) continue;
      const dotted = node.parent;
      if (dotted?.type === 'dotted_name' && dotted.parent?.type === 'import_statement' && sameNode(dotted.firstNamedChild, node)) imported = true;
      else return false;
    }
    return imported;
  });
}

/** The name components of a dotted_name. */
function dottedParts(node: Node): string[] {
  return node.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text);
}

/**
 * The uses of removed attributes reached from `identifier`, the first component of a module name: the
 * `module.attr` expression it starts, or the names a `from module import ...` statement imports.
 * `removed(module, name)` says which attributes the caller cares about. Version-guarded code and
 * compatibility shims are skipped.
 */
export function moduleAttributeRefs(identifier: Node, file: SourceFile, removed: (module: string, name: string) => boolean): ModuleAttributeRef[] {
  const parent = identifier.parent;
  if (!parent) return [];
  if (parent.type === 'attribute' && sameNode(parent.childForFieldName('object'), identifier)) {
    const path = [identifier.text];
    for (let node: Node | null = parent; node?.type === 'attribute'; node = node.parent) {
      const attr = node.childForFieldName('attribute');
      if (!attr) return [];
      const module = path.join('.');
      if (removed(module, attr.text)) {
        if (!isPlainlyImportedModule(file, identifier.text) || isInCompatCode(node)) return [];
        return [{ module, name: attr.text, nameNode: attr, attribute: node }];
      }
      path.push(attr.text);
      const up: Node | null = node.parent;
      if (up?.type !== 'attribute' || !sameNode(up.childForFieldName('object'), node)) break;
    }
    return [];
  }
  const statement = parent.parent;
  if (parent.type !== 'dotted_name' || statement?.type !== 'import_from_statement' || !sameNode(parent.firstNamedChild, identifier)) return [];
  if (!sameNode(statement.childForFieldName('module_name'), parent)) return [];
  const module = dottedParts(parent).join('.');
  const refs: ModuleAttributeRef[] = [];
  for (const item of statement.childrenForFieldName('name')) {
    const dotted = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
    if (dotted?.type !== 'dotted_name' || dotted.namedChildren.length !== 1) continue;
    const nameNode = dotted.namedChildren[0];
    if (!removed(module, nameNode.text)) continue;
    const alias = item.type === 'aliased_import' ? item.childForFieldName('alias')?.text : undefined;
    refs.push({ module, name: nameNode.text, nameNode, importStatement: statement, importItem: item, ...(alias ? { alias } : {}) });
  }
  if (refs.length > 0 && isInCompatCode(statement)) return [];
  return refs;
}

/** The call when `attribute` is the called function (`string.upper(s)`), else undefined. */
export function calledBy(attribute: Node): Node | undefined {
  const call = attribute.parent;
  return call?.type === 'call' && sameNode(call.childForFieldName('function'), attribute) ? call : undefined;
}

/** The first components of the dotted module names: the identifiers to declare. */
export function moduleHeads(modules: Iterable<string>): string[] {
  return [...new Set([...modules].map((m) => m.split('.')[0]))];
}

/** `from m import a, b` with `a` replaced or dropped: the edit that rewrites one imported item. */
export function importItemEdit(statement: Node, item: Node, newText: string | undefined): { start: number; end: number; newText: string } | undefined {
  const items = statement.childrenForFieldName('name');
  if (newText !== undefined) return { start: item.startIndex, end: item.endIndex, newText };
  if (items.length === 1) return undefined;
  // Drop the item with one neighbouring comma.
  const index = items.findIndex((i) => sameNode(i, item));
  if (index < 0) return undefined;
  if (index < items.length - 1) return { start: item.startIndex, end: items[index + 1].startIndex, newText: '' };
  return { start: items[index - 1].endIndex, end: item.endIndex, newText: '' };
}

/** The uses of a name in the file (not attributes, keywords or imports), and its bindings. Computed per call: nodes do not survive an edit. */
export function nameOccurrences(file: SourceFile, name: string): { uses: Node[]; bindings: Node[] } {
  const uses: Node[] = [];
  const bindings: Node[] = [];
  for (const at of nameStarts(file.text, name)) {
    const node = file.root.descendantForIndex(at, at + name.length);
    if (node?.type !== 'identifier' || node.text !== name || node.startIndex !== at) continue;
    if (isBindingOccurrence(node)) bindings.push(node);
    else if (isNameUse(node)) uses.push(node);
  }
  return { uses, bindings };
}

/** True when a fix may spell `name.x` meaning the module `name`: the file imports it plainly or never binds the name. */
export function isModuleNameUsable(file: SourceFile, name: string): boolean {
  return isPlainlyImportedModule(file, name) || !isLocallyBound(file, name);
}

/**
 * Every module attribute the module-attribute rules look at, found with ONE text scan per file for
 * `module.attr` spellings and `from module import` statements, then resolved in the tree. Declaring the
 * module names as identifiers instead handed every `time`, `string`, `os`, `types` identifier to JS.
 */
const WATCHED = new Map<string, Set<string>>();
let scanPattern: RegExp | undefined;

/** Adds (module, attribute) pairs to the scan; rules call it at load time. */
export function watchModuleAttributes(module: string, names: Iterable<string>): void {
  const set = WATCHED.get(module) ?? new Set<string>();
  for (const name of names) set.add(name);
  WATCHED.set(module, set);
  scanPattern = undefined;
}

/**
 * The scan, as a sticky regex tried only at candidate offsets (watchedHits). Run over the whole text, its
 * alternation of every module was tried at each word start (~85 ms over the stdlib).
 */
function pattern(): RegExp {
  if (scanPattern) return scanPattern;
  const modules = [...WATCHED.keys()].sort((a, b) => b.length - a.length);
  const attrs = modules.map((m) => `${escapeRegExp(m)}\\.(?:${[...WATCHED.get(m)!].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?!\\w)`);
  const froms = `from[ \\t]+(?:${modules.map(escapeRegExp).join('|')})[ \\t]+import(?!\\w)`;
  scanPattern = new RegExp(`(?<![\\w.])(?:(${attrs.join('|')})|${froms})`, 'y');
  moduleEndings.fill(0);
  for (const m of modules) {
    const last = m.charCodeAt(m.length - 1);
    if (m.length >= 2) moduleEndings[m.charCodeAt(m.length - 2) * 128 + last] = 1;
    else for (let before = 0; before < 128; before++) moduleEndings[before * 128 + last] = 1;
  }
  return scanPattern;
}

/**
 * The last two characters of the watched modules (ASCII; a one-letter module marks every character before it), to
 * pass over most dots (`self.`, `).`) at a glance: a quarter of the dots end in a module's last letter, a fifth of
 * those in its last two.
 */
const moduleEndings = new Uint8Array(128 * 128);

/** Whether the characters before `dot` may end a watched module name. */
function mayEndModule(text: string, dot: number): boolean {
  const last = text.charCodeAt(dot - 1);
  if (!(last < 128)) return false;
  const before = text.charCodeAt(dot - 2);
  // Out of range or not ASCII: no module's letter, so only a one-letter module (row 0) can end here.
  return moduleEndings[(before < 128 ? before : 0) * 128 + last] === 1;
}

/** `[A-Za-z0-9_.]`: the characters of a dotted name, as the scan's `(?<![\w.])` sees them. */
function isDottedNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 46;
}

/**
 * The offsets of the words `import` (not after a dot): the matches of /(?<![\w.])import(?!\w)/g, found with indexOf (the
 * regex's leading lookbehind is tried at every offset of the text). One scan per file, shared by the module rules: every
 * import statement they read (`from m import`, `import itertools as it`, `import Queue`) holds such a word, so they look
 * around these offsets instead of each scanning the text for `from`, `itertools` or `import` (~15 ms per scan over the stdlib).
 */
export function importWords(file: SourceFile): readonly number[] {
  let found = importWordsCache.get(file);
  if (found) return found;
  found = [];
  const text = file.text;
  for (let at = text.indexOf('import'); at >= 0; at = text.indexOf('import', at + 6)) {
    const before = text.charCodeAt(at - 1);
    if (at > 0 && (isWordChar(before) || before === 46)) continue;
    if (!isWordChar(text.charCodeAt(at + 6))) found.push(at);
  }
  importWordsCache.set(file, found);
  return found;
}

const importWordsCache = new WeakMap<SourceFile, number[]>();

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * Where a `from[ \t]+<module>[ \t]+import` can start, from the `import` word at `importAt`: the `from` before one dotted
 * name, or -1. A match of the scan's `from` alternative ends with such a word, and no other `import` word can yield its start.
 */
function fromBefore(text: string, importAt: number): number {
  let at = importAt - 1;
  if (!isBlank(text.charCodeAt(at))) return -1;
  while (at >= 0 && isBlank(text.charCodeAt(at))) at--;
  const nameEnd = at + 1;
  while (at >= 0 && isDottedNameChar(text.charCodeAt(at))) at--;
  if (at + 1 === nameEnd || !isBlank(text.charCodeAt(at))) return -1;
  while (at >= 0 && isBlank(text.charCodeAt(at))) at--;
  return at >= 3 && text.startsWith('from', at - 3) ? at - 3 : -1;
}

/**
 * The matches of pattern() over the text, as its global scan would find them (leftmost first, each
 * search resuming after the previous match), tried only where one can start: at a watched module name
 * before a `.`, or at the `from` of a `from <name> import` (found from the file's import words: no
 * watched module starts with `from`). Finding the dots with indexOf and reading the dotted name
 * before each dot is a few ms over the stdlib.
 */
function watchedHits(file: SourceFile): RegExpExecArray[] {
  const text = file.text;
  const sticky = pattern();
  const hits: RegExpExecArray[] = [];
  let resumeAt = 0;
  let tried = -1;
  const tryAt = (start: number): void => {
    if (start < resumeAt || start === tried) return;
    tried = start;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (match) {
      hits.push(match);
      resumeAt = start + match[0].length;
    }
  };
  const imports = importWords(file);
  let nextImport = 0;
  const nextFrom = (): number => {
    while (nextImport < imports.length) {
      const from = fromBefore(text, imports[nextImport++]);
      if (from >= 0) return from;
    }
    return -1;
  };
  let dot = text.indexOf('.');
  let from = nextFrom();
  while (dot >= 0 || from >= 0) {
    if (from >= 0 && (dot < 0 || from < dot)) {
      tryAt(from);
      from = nextFrom();
      continue;
    }
    // The dotted name ending at this dot: a `module.attr` match starts where it starts.
    if (mayEndModule(text, dot)) {
      let start = dot;
      while (start > 0 && isDottedNameChar(text.charCodeAt(start - 1))) start--;
      if (WATCHED.has(text.slice(start, dot))) tryAt(start);
    }
    dot = text.indexOf('.', dot + 1);
  }
  return hits;
}

const refsCache = new WeakMap<SourceFile, ModuleAttributeRef[]>();

function isWatched(module: string, name: string): boolean {
  return WATCHED.get(module)?.has(name) ?? false;
}

/** The watched attribute uses in the file (outside version guards and shims, module names not rebound). */
export function watchedAttributeRefs(file: SourceFile): ModuleAttributeRef[] {
  const cached = refsCache.get(file);
  if (cached) return cached;
  const refs: ModuleAttributeRef[] = [];
  const text = file.text;
  for (const match of watchedHits(file)) {
    // The module's first identifier: at the match for `module.attr`, after `from ` for an import.
    const start = match[1] !== undefined ? match.index : match.index + match[0].slice(4).search(/\S/) + 4;
    const end = start + (/^[A-Za-z_]\w*/.exec(text.slice(start, start + 64))?.[0].length ?? 0);
    const node = file.root.descendantForIndex(start, end);
    if (node?.type !== 'identifier' || node.startIndex !== start || node.endIndex !== end) continue;
    refs.push(...moduleAttributeRefs(node, file, isWatched));
  }
  refsCache.set(file, refs);
  return refs;
}
