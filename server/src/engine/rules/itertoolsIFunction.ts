// B28: `itertools.imap/ifilter/izip/izip_longest/ifilterfalse`, which Python 3 folded into the builtins
// (`map`, `filter` and `zip` are lazy there) or renamed (`zip_longest`, `filterfalse`).

import type { Node } from 'web-tree-sitter';
import { isInCompatCode, isLocallyBound } from '../context';
import { isWatchable, iteratingContext } from '../iteratingContext';
import type { SourceFile } from '../sourceFile';
import type { Fix, Rule, RuleContext, Target, TextEdit } from '../types';
import { isNameUse, sixMovesName } from './builtinReference';
import { deleteStatementEdit, insertAfterStatementEdit } from './statementEdits';
import { calledBy, importItemEdit, importWords, nameOccurrences, type ModuleAttributeRef, watchModuleAttributes, watchedAttributeRefs } from './moduleAttributes';

/** Python 2 name -> Python 3 name; `builtin` when the Python 3 name is a builtin rather than an itertools member. */
const RENAMED: Record<string, { name: string; builtin: boolean }> = {
  imap: { name: 'map', builtin: true },
  ifilter: { name: 'filter', builtin: true },
  izip: { name: 'zip', builtin: true },
  izip_longest: { name: 'zip_longest', builtin: false },
  ifilterfalse: { name: 'filterfalse', builtin: false },
};

const isRemoved = (module: string, name: string): boolean => module === 'itertools' && Object.prototype.hasOwnProperty.call(RENAMED, name);

/**
 * How safe it is to call the builtin (`map`, ...) where `itertools.imap` was called: the builtin must be the
 * builtin, Python 3 `map(None, ...)` fails, and where the result is not simply iterated once the rules for
 * Python 2's list-returning `map`/`zip`/`filter` would (rightly, for the builtin) wrap it in `list()`.
 */
function builtinSafety(use: Node, builtin: string, file: SourceFile, checkBound = true): 'safe' | 'unsafe' | undefined {
  if (checkBound && isLocallyBound(file, builtin)) return undefined;
  const call = calledBy(use);
  if (!call) return 'safe';
  const args = call.childForFieldName('arguments')?.namedChildren ?? [];
  if (builtin === 'map' && args[0]?.type === 'none') return undefined;
  const watched = args.filter(isWatchable).map((a) => a.text);
  return iteratingContext(call, file, { kind: 'iterator', watched }) === 'iterated-once' ? 'safe' : 'unsafe';
}

function attributeFixes(ref: ModuleAttributeRef & { attribute: Node }, file: SourceFile): Partial<Record<Target, Fix>> {
  const renamed = RENAMED[ref.name];
  const fixes: Partial<Record<Target, Fix>> = {};
  if (renamed.builtin) {
    const safety = builtinSafety(ref.attribute, renamed.name, file);
    if (safety) fixes.py3 = { title: `Replace \`itertools.${ref.name}\` with \`${renamed.name}\``, safety, edits: [{ start: ref.attribute.startIndex, end: ref.attribute.endIndex, newText: renamed.name }] };
  } else {
    fixes.py3 = { title: `Replace \`itertools.${ref.name}\` with \`itertools.${renamed.name}\``, safety: 'safe', edits: [{ start: ref.nameNode.startIndex, end: ref.nameNode.endIndex, newText: renamed.name }] };
  }
  const spelled = sixMovesName(file, renamed.name);
  fixes.compat = {
    title: `Replace \`itertools.${ref.name}\` with \`${spelled.text}\``,
    safety: 'safe',
    edits: [{ start: ref.attribute.startIndex, end: ref.attribute.endIndex, newText: spelled.text }],
    ...(spelled.imports.length > 0 ? { imports: spelled.imports } : {}),
  };
  return fixes;
}

function importFixes(ref: ModuleAttributeRef & { importStatement: Node; importItem: Node }, file: SourceFile): Partial<Record<Target, Fix>> {
  const renamed = RENAMED[ref.name];
  const local = ref.alias ?? ref.name;
  const item = renamed.name === local ? renamed.name : `${renamed.name} as ${local}`;
  const statement = ref.importStatement;
  const items = statement.childrenForFieldName('name');
  const fixes: Partial<Record<Target, Fix>> = {};
  // py3: the renamed itertools members keep their import; the builtins lose it and their uses are renamed.
  if (!renamed.builtin) {
    fixes.py3 = { title: `Import \`${renamed.name}\` from \`itertools\``, safety: 'safe', edits: [{ start: ref.importItem.startIndex, end: ref.importItem.endIndex, newText: item }] };
  } else {
    const removal = items.length === 1 ? deleteStatementEdit(statement, file) : importItemEdit(statement, ref.importItem, undefined);
    const { uses, bindings } = nameOccurrences(file, local);
    if (removal && bindings.length === 1) {
      let safety: 'safe' | 'unsafe' | undefined = 'safe';
      for (const use of uses) {
        // `from itertools import izip as zip`: the import is the only binding of `zip`, so dropping it leaves the builtin.
        const verdict = builtinSafety(use, renamed.name, file, local !== renamed.name);
        if (verdict === undefined) safety = undefined;
        else if (verdict === 'unsafe' && safety === 'safe') safety = 'unsafe';
        if (!safety) break;
      }
      if (safety && (local === renamed.name || !isLocallyBound(file, renamed.name))) {
        const edits: TextEdit[] = [removal, ...(local === renamed.name ? [] : uses.map((u) => ({ start: u.startIndex, end: u.endIndex, newText: renamed.name })))];
        fixes.py3 = { title: `Remove the import of \`${ref.name}\` and use the builtin \`${renamed.name}\``, safety, edits };
      }
    }
  }
  // compat: six.moves has every name, under its Python 3 spelling.
  const title = `Import \`${renamed.name}\` from \`six.moves\``;
  if (items.length === 1) {
    const moduleName = statement.childForFieldName('module_name')!;
    fixes.compat = {
      title, safety: 'safe',
      edits: [{ start: moduleName.startIndex, end: moduleName.endIndex, newText: 'six.moves' }, { start: ref.importItem.startIndex, end: ref.importItem.endIndex, newText: item }],
    };
  } else {
    const drop = importItemEdit(statement, ref.importItem, undefined);
    const add = insertAfterStatementEdit(statement, file, `from six.moves import ${item}`);
    if (drop && add) fixes.compat = { title, safety: 'safe', edits: [drop, add] };
  }
  return fixes;
}

function report(ref: ModuleAttributeRef, ctx: RuleContext): void {
  const renamed = RENAMED[ref.name];
  const instead = renamed.builtin ? `the builtin \`${renamed.name}\`` : `\`itertools.${renamed.name}\``;
  const fixes = ref.attribute
    ? attributeFixes(ref as ModuleAttributeRef & { attribute: Node }, ctx.file)
    : importFixes(ref as ModuleAttributeRef & { importStatement: Node; importItem: Node }, ctx.file);
  ctx.report({ node: ref.attribute ?? ref.importItem, message: `\`itertools.${ref.name}\` does not exist in Python 3; use ${instead}`, fixes });
}

watchModuleAttributes('itertools', Object.keys(RENAMED));

export const itertoolsIFunction: Rule = {
  id: 'itertools-i-function',
  category: 'dicts-iterators',
  severity: 'error',
  summary: '`itertools.imap`, `ifilter`, `izip`, `izip_longest` and `ifilterfalse` are Python 2-only',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes:
      'Flags `itertools.imap/ifilter/izip/izip_longest/ifilterfalse` after `import itertools` (or `import itertools as it`: `it.izip`), ' +
      '`from itertools import ...` of those names, and their bare uses after a module-level `from itertools import *`.',
    whyItBreaks:
      'Python 3 made the builtins `map`, `filter` and `zip` lazy and removed their itertools twins; `izip_longest` and `ifilterfalse` were renamed ' +
      '`zip_longest` and `filterfalse`. The old names raise AttributeError / ImportError.',
    example: 'import itertools\nfor a, b in itertools.izip(xs, ys):\n    pass',
    useInstead: 'py3: `for a, b in zip(xs, ys):`\ncompat: `from six.moves import zip` and `for a, b in zip(xs, ys):` (or `six.moves.zip(...)` when the module also uses the list-returning `zip`)',
    fixSafety:
      'Safe: Python 3 `map`/`filter`/`zip` and `six.moves.*` are the same lazy iterators. The py3 fix to the builtin is unsafe where the result is not ' +
      'simply iterated once: the rules for Python 2\'s list-returning builtins would then wrap it in `list()`. `imap(None, ...)` (which builds tuples) has no py3 fix.',
  },
  checkFile(ctx) {
    for (const ref of watchedAttributeRefs(ctx.file)) if (isRemoved(ref.module, ref.name)) report(ref, ctx);
    // Most files never import itertools; the others, a few lines each.
    const lines = linesImportingItertools(ctx.file);
    if (lines.length === 0) return;
    for (const use of starImportedUses(ctx.file, lines)) report({ module: 'itertools', name: use.text, nameNode: use, attribute: use }, ctx);
    for (const ref of aliasedModuleRefs(ctx.file, lines)) report(ref, ctx);
  },
};

interface Line {
  start: number;
  text: string;
}

/** A line terminator, as a multiline regex's `^` and `$` know them. */
function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/**
 * The lines holding an `import` word and the word `itertools`, each once, in order: the two statements below (both hold
 * an `import` word) are looked for there only, rather than with multiline regexes tried at every line start of the file.
 * From the import words the module rules share (importWords), not from a scan of the text for `itertools`.
 */
function linesImportingItertools(file: SourceFile): Line[] {
  const text = file.text;
  const lines: Line[] = [];
  let lineEnd = -1;
  for (const at of importWords(file)) {
    if (at < lineEnd) continue;
    let start = at;
    while (start > 0 && !isLineTerminator(text.charCodeAt(start - 1))) start--;
    lineEnd = at;
    while (lineEnd < text.length && !isLineTerminator(text.charCodeAt(lineEnd))) lineEnd++;
    const line = text.slice(start, lineEnd);
    if (line.includes('itertools')) lines.push({ start, text: line });
  }
  return lines;
}

/** At a line start. */
const MODULE_ALIAS = /^[ \t]*import[ \t]+itertools[ \t]+as[ \t]+([A-Za-z_]\w*)/;

/**
 * `import itertools as it` then `it.izip(...)`: the same uses under the alias, when the import is the
 * alias's only binding (anything else may rebind it to something that is not the module).
 */
function aliasedModuleRefs(file: SourceFile, lines: readonly Line[]): ModuleAttributeRef[] {
  const refs: ModuleAttributeRef[] = [];
  for (const line of lines) {
    const m = MODULE_ALIAS.exec(line.text);
    if (!m) continue;
    const alias = m[1];
    const aliasStart = line.start + m[0].length - alias.length;
    const aliasNode = file.root.descendantForIndex(aliasStart, aliasStart + alias.length);
    if (aliasNode?.type !== 'identifier' || aliasNode.parent?.type !== 'aliased_import' || aliasNode.parent.parent?.type !== 'import_statement') continue;
    if (aliasNode.parent.childForFieldName('name')?.text !== 'itertools' || isInCompatCode(aliasNode)) continue;
    if (nameOccurrences(file, alias).bindings.length !== 1) continue;
    const use = new RegExp(`(?<![\\w.])${alias}[ \\t]*\\.[ \\t]*(imap|ifilter|ifilterfalse|izip|izip_longest)(?!\\w)`, 'g');
    for (const u of file.text.matchAll(use)) {
      const head = file.root.descendantForIndex(u.index, u.index + alias.length);
      const attribute = head?.parent;
      if (head?.type !== 'identifier' || attribute?.type !== 'attribute' || attribute.childForFieldName('object')?.id !== head.id) continue;
      const nameNode = attribute.childForFieldName('attribute');
      if (!nameNode || nameNode.text !== u[1] || isInCompatCode(attribute)) continue;
      refs.push({ module: 'itertools', name: u[1], nameNode, attribute });
    }
  }
  return refs;
}

/** At a line start. */
const STAR_IMPORT = /^from[ \t]+itertools[ \t]+import[ \t]+\*/;
const BARE_NAME = /(?<![\w.])(imap|ifilter|ifilterfalse|izip|izip_longest)\b/g;

/**
 * After a module-level `from itertools import *` (test_itertools.py), the bare names: Python 3's
 * star import no longer provides them. A use is a name the module does not bind itself, outside
 * version-guarded code; the fixes are those of `itertools.name` (the star import still provides
 * `zip_longest` and `filterfalse`).
 */
function starImportedUses(file: SourceFile, lines: readonly Line[]): Node[] {
  const star = lines.find((line) => STAR_IMPORT.test(line.text));
  if (!star) return [];
  const statement = file.root.descendantForIndex(star.start, star.start + 4)?.parent;
  if (statement?.type !== 'import_from_statement' || statement.parent?.type !== 'module' || isInCompatCode(statement)) return [];
  const uses: Node[] = [];
  for (const m of file.text.matchAll(BARE_NAME)) {
    const node = file.root.descendantForIndex(m.index, m.index + m[1].length);
    if (node?.type !== 'identifier' || node.startIndex !== m.index || node.text !== m[1]) continue;
    if (!isNameUse(node) || isLocallyBound(file, m[1]) || isInCompatCode(node)) continue;
    uses.push(node);
  }
  return uses;
}
