// Shared by the rules for removed and renamed builtins (catalog category B).
//
// Each rule declares the names it looks at (`identifiers`); the engine finds them all with one
// text scan and hands over the identifier nodes. These helpers decide whether such an identifier
// really is the Python 2 builtin, and take calls apart for the fixes.

import type { Node } from 'web-tree-sitter';
import { isBindingOccurrence, isInCompatCode, isLocallyBound, isTopLevelStatement, nameOccurrences, nextNameIn } from '../context';
import { parentOf } from '../nodeParent';
import { existingImports } from '../imports';
import { isBuiltinAt, isScopeBinding } from '../iteratingContext';
import type { SourceFile } from '../sourceFile';
import type { RequiredImport } from '../types';

function sameNode(a: Node | null | undefined, b: Node): boolean {
  // The same node has the same id: the common case is decided without reading offsets from the tree.
  return !!a && (a.id === b.id || (a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type));
}

/**
 * True when the identifier is a use of the name, not an attribute (`x.unicode`), a keyword
 * argument name (`f(unicode=1)`) or part of an import statement.
 */
export function isNameUse(node: Node): boolean {
  const parent = parentOf(node);
  if (!parent) return false;
  switch (parent.type) {
    case 'attribute':
      return !sameNode(parent.childForFieldName('attribute'), node);
    case 'keyword_argument':
      return !sameNode(parent.childForFieldName('name'), node);
    // Import statements spell module and member names as dotted_name / aliased_import.
    case 'dotted_name':
    case 'aliased_import':
    case 'import_statement':
    case 'import_from_statement':
    case 'future_import_statement':
      return false;
    default:
      return true;
  }
}

/**
 * True when `node` refers to the Python 2 builtin of its name: a use of the name, which its scope
 * does not bind (a local `unicode()`, `from past.builtins import unicode`, a parameter), outside
 * version-guarded code and compatibility shims.
 */
export function isBuiltinReference(node: Node, file: SourceFile): boolean {
  // Several rules ask about the same identifier node (`long`, `isinstance`, `cmp`...): answered once.
  let answer = builtinReferences.get(node);
  if (answer === undefined) {
    answer = isNameUse(node) && !isInCompatCode(node) && (!isLocallyBound(file, node.text) || isBuiltinInScope(node, node.text, file));
    builtinReferences.set(node, answer);
  }
  return answer;
}

const builtinReferences = new WeakMap<Node, boolean>();

/**
 * For a file that binds `name` somewhere: whether this use still sees the builtin, because the
 * binding is in another function (gettext.py's `def install(self, unicode=False)` does not hide
 * `unicode(message)` in the methods beside it). A parameter default is evaluated outside its
 * function (`def f(basestring=basestring)`). Left to the file-wide answer (not the builtin) in the
 * cases the scope walk cannot see: a class body, a `global` statement for the name.
 */
function isBuiltinInScope(node: Node, name: string, file: SourceFile): boolean {
  const bindings = functionBindings(file, name);
  // In the body of a function that binds the name (a method's `file` parameter): not the builtin,
  // whatever the walk below would find.
  const nodeStart = node.startIndex;
  const nodeEnd = node.endIndex;
  if (bindings.sure.some((f) => f.bodyStart <= nodeStart && nodeEnd <= f.end)) return false;
  if (isBindingOccurrence(node)) return false;
  if (isDeclaredGlobal(file, name)) return false;
  let scope: Node = node;
  const text = file.text;
  const wellFormed = !file.root.hasError;
  for (let p = node.parent; p; p = p.parent) {
    const type = p.type;
    if ((type === 'parameters' || type === 'lambda_parameters') && p.parent) {
      // A default value: looked up where the def or lambda is.
      scope = p.parent;
      p = p.parent;
      continue;
    }
    if (type === 'function_definition' || type === 'lambda') break;
    if (type === 'class_definition') return false;
    // Nothing above a top-level statement changes the answer.
    if (isTopLevelStatement(p, type, text, wellFormed)) break;
  }
  // isBuiltinAt asks every enclosing function that mentions the name whether it binds it (the name's
  // possible bindings inside it, each read from its parent). The places that may bind the name decide
  // first, from offsets.
  const start = scope.startIndex;
  const end = scope.endIndex;
  if (bindings.sure.some((f) => f.start <= start && end <= f.end && (f.start !== start || f.end !== end))) return false;
  // Where no function around `scope` can bind the name, only the module scope decides: asked at the
  // root, isBuiltinAt sees no enclosing function.
  const inBindingFunction = bindings.possible.some((f) => f.start <= start && end <= f.end);
  return isBuiltinAt(inBindingFunction ? scope : file.root, name, file);
}

/** `global name` somewhere in the file (the scope walk cannot follow it). */
function isDeclaredGlobal(file: SourceFile, name: string): boolean {
  // Most files have no `global` statement: the regex pass is skipped.
  return file.memo(`global:${name}`, (f) => f.text.includes('global') && new RegExp(`\\bglobal\\b[^\\n]*\\b${name}\\b`).test(f.text));
}

interface Range {
  start: number;
  end: number;
}

/**
 * Function scopes (of a def or lambda) in which `name` is bound, read from the occurrences of the
 * word, to answer isBuiltinAt's question (does an enclosing function bind the name?) without asking
 * it function by function:
 *  - `sure`: the function a binding certainly belongs to (a parameter, an assignment target, a
 *    def name...: its nearest enclosing def, lambda or class is that function), and where its body
 *    starts (code there sees the binding: parameter defaults and annotations come before);
 *  - `possible`: for every place that may bind it (scopeBinding 'sure' or 'maybe'), the outermost function around it.
 *    Only code inside one of these can see a function binding of the name.
 */
function functionBindings(file: SourceFile, name: string): { sure: (Range & { bodyStart: number })[]; possible: Range[] } {
  return file.memo(`functionBindings:${name}`, (f) => {
    const sure: (Range & { bodyStart: number })[] = [];
    const possible: Range[] = [];
    const text = f.text;
    const wellFormed = !f.root.hasError;
    // A dot before stays in: tree-sitter reads the invalid `from m import a.name` as binding it.
    const occurrences = nameOccurrences(f, name);
    for (let k = 0; occurrences.offset(k) >= 0; k++) {
      const node = occurrences.identifier(k);
      if (!node) continue;
      const parent = occurrences.parent(k);
      const binding = parent ? scopeBinding(node, parent) : 'no';
      if (!parent || binding === 'no') continue;
      // A def or class name binds in the scope around the definition.
      const from = parent.type === 'function_definition' || parent.type === 'class_definition' ? parent.parent : parent;
      let nearest: Node | undefined;
      let outermost: Node | undefined;
      for (let p = from; p; p = p.parent) {
        const type = p.type;
        if (type === 'function_definition' || type === 'lambda') {
          nearest ??= p;
          outermost = p;
        } else if (type === 'class_definition') nearest ??= p;
        // No function, lambda or class above a top-level statement.
        if (isTopLevelStatement(p, type, text, wellFormed)) break;
      }
      if (outermost) possible.push({ start: outermost.startIndex, end: outermost.endIndex });
      if (binding === 'sure' && nearest && nearest.type !== 'class_definition') {
        const end = nearest.endIndex;
        sure.push({ start: nearest.startIndex, bodyStart: nearest.childForFieldName('body')?.startIndex ?? end, end });
      }
    }
    return { sure, possible };
  });
}

/**
 * Whether the identifier binds its name in its scope (isScopeBinding): 'sure' where the parent says so
 * exactly, 'maybe' for a name in an import (functionBindings counts it as possible, not sure), 'no' otherwise.
 */
function scopeBinding(identifier: Node, parent: Node): 'sure' | 'maybe' | 'no' {
  if (parent.type === 'dotted_name' || parent.type === 'aliased_import') return 'maybe';
  return isScopeBinding(identifier, parent) ? 'sure' : 'no';
}

/** The call when `node` is the called function (`node(...)`), else undefined. */
export function callOf(node: Node): Node | undefined {
  // Several rules ask about the same identifier node (file-builtin twice, open-text-mode...): answered once.
  let call = calls.get(node);
  if (call === undefined) {
    const parent = parentOf(node);
    call = parent?.type === 'call' && sameNode(parent.childForFieldName('function'), node) ? parent : null;
    calls.set(node, call);
  }
  return call ?? undefined;
}

const calls = new WeakMap<Node, Node | null>();

/** The positional arguments of a call, or undefined when it has keyword arguments, splats or a generator argument. */
export function plainArguments(call: Node): Node[] | undefined {
  const list = call.childForFieldName('arguments');
  if (!list || list.type !== 'argument_list') return undefined;
  const args = list.namedChildren.filter((c) => c.type !== 'comment');
  if (args.some((a) => ['keyword_argument', 'list_splat', 'dictionary_splat', 'parenthesized_list_splat'].includes(a.type))) return undefined;
  return args;
}

/** Node types that bind tighter than any operator, so they can be copied anywhere without parentheses. */
const ATOMS = new Set([
  'identifier', 'attribute', 'call', 'subscript', 'parenthesized_expression', 'string', 'concatenated_string', 'integer', 'float',
  'true', 'false', 'none', 'list', 'tuple', 'dictionary', 'set', 'list_comprehension', 'dictionary_comprehension', 'set_comprehension',
]);

/** The text of an expression, parenthesised unless it is an atom. */
export function asAtom(node: Node): string {
  return ATOMS.has(node.type) ? node.text : `(${node.text})`;
}

/** True when evaluating the expression twice cannot have a side effect: names, attributes, literals, constant subscripts. */
export function isSideEffectFree(node: Node): boolean {
  switch (node.type) {
    case 'identifier':
    case 'string':
    case 'integer':
    case 'float':
    case 'true':
    case 'false':
    case 'none':
      return true;
    case 'attribute':
      return isSideEffectFree(node.childForFieldName('object')!);
    case 'subscript':
      return node.namedChildren.every(isSideEffectFree);
    case 'parenthesized_expression':
      return node.namedChildren.length === 1 && isSideEffectFree(node.namedChildren[0]);
    case 'tuple':
      return node.namedChildren.every(isSideEffectFree);
    case 'unary_operator':
      return isSideEffectFree(node.childForFieldName('argument')!);
    default:
      return false;
  }
}

/**
 * How compat code spells a `six.moves` name. `from six.moves import range` rebinds `range` for the
 * whole module (on Python 2 every other `range(...)` would then return an xrange, and every other
 * `input(...)` would stop evaluating), so the bare name is used only when the module already imports
 * it from six.moves or never uses the bare name otherwise; else `six.moves.range`.
 */
export function sixMovesName(file: SourceFile, name: string): { text: string; imports: RequiredImport[] } {
  // The import is looked for once per file, and only where the text names `six.moves`.
  const imported = file.memo(`six.moves-import:${name}`, (f) => f.text.includes('six.moves') && existingImports(f).has(`six.moves:${name}`));
  if (imported) return { text: name, imports: [] };
  // Attributes (`os.getcwd`, `self.input`) are not the bare name; comments and strings count, which only costs the short spelling.
  const mentioned = file.memo(`mentions:${name}`, (f) => nextNameIn(f.text, name, 0, f.text.length) >= 0);
  if (!mentioned) return { text: name, imports: [{ kind: 'from', module: 'six.moves', name }] };
  return { text: `six.moves.${name}`, imports: [{ kind: 'import', module: 'six' }] };
}

