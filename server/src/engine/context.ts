// The context rules must respect before they call something Python 2-only:
//  - names the module binds itself (a local `unicode()` is not the builtin);
//  - code that only runs on one Python version (`if six.PY2:`, `sys.version_info` checks);
//  - compatibility shims (`try: import cPickle except ImportError: import pickle`).
// Each fact is computed on demand for the matched node only, or once per file and memoised.

import type { Node, Tree } from 'web-tree-sitter';
import type { SourceFile } from './sourceFile';

/**
 * True when the file binds `name` itself anywhere (any scope), so a bare `name` may not be the
 * builtin. Over-approximating only costs a missed finding; under-approximating would flag a
 * user's own `file` variable.
 *
 * Only the occurrences of `name` are inspected (found by a text scan, then located in the tree):
 * collecting every binding of a file with a query cost more than parsing it.
 */
export function isLocallyBound(file: SourceFile, name: string): boolean {
  return file.memo(`bound:${name}`, (f) => {
    const word = new RegExp(`(?<![\\w.])${escapeRegExp(name)}(?!\\w)`, 'g');
    for (const match of f.text.matchAll(word)) {
      const node = f.root.descendantForIndex(match.index, match.index + name.length);
      if (node?.type === 'identifier' && node.text === name && isBindingOccurrence(node)) return true;
    }
    return false;
  });
}

// Containers a binding target can sit in: `a, (b, c) = ...`, `for [x, y] in ...`, `def f(*args)`.
const PATTERN_CONTAINERS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'list_splat_pattern', 'dictionary_splat_pattern', 'tuple', 'list', 'parenthesized_expression']);

/** Whether this identifier is a place Python binds the name (assignment target, def, import, parameter...). */
export function isBindingOccurrence(identifier: Node): boolean {
  let node = identifier;
  let parent = node.parent;
  while (parent && PATTERN_CONTAINERS.has(parent.type)) {
    node = parent;
    parent = parent.parent;
  }
  if (!parent) return false;
  const is = (field: string): boolean => parent!.childForFieldName(field)?.id === node.id;
  switch (parent.type) {
    case 'function_definition':
    case 'class_definition':
    case 'default_parameter':
    case 'typed_default_parameter':
    case 'named_expression':
      return is('name');
    case 'assignment':
    case 'augmented_assignment':
    case 'for_statement':
    case 'for_in_clause':
      return is('left');
    case 'aliased_import':
      return is('alias');
    case 'dotted_name': {
      // `import a.b` binds `a`; `from m import a` binds `a`; `from a.b import c` binds neither a nor b.
      const statement = parent.parent;
      if (!statement) return false;
      if (statement.type === 'import_statement') return parent.firstNamedChild?.id === identifier.id;
      if (statement.type === 'import_from_statement') return statement.childForFieldName('module_name')?.id !== parent.id;
      return false;
    }
    case 'as_pattern_target':
    case 'parameters':
    case 'lambda_parameters':
    case 'typed_parameter':
    case 'global_statement':
    case 'nonlocal_statement':
      return true;
    case 'except_clause': {
      // Python 2 `except E, name:` binds the second `value`.
      const values = parent.childrenForFieldName('value');
      return values.length === 2 && values[1].id === node.id;
    }
    default:
      return false;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const VERSION_CHECK = /\b(PY2|PY3|PY34|PY35|PY36|PY37|IS_PY2|IS_PY3|PYTHON2|PYTHON3|version_info|hexversion|python_version)\b|\bsys\.version\b/;

/** The `if` condition tests which Python is running. */
export function isVersionCheck(condition: Node): boolean {
  return VERSION_CHECK.test(condition.text);
}


/**
 * True when the node sits in code written to run on one Python version only: any branch of an
 * `if`/`elif` on a version check, or a `try` statement whose handlers catch ImportError,
 * NameError or AttributeError (the shape of every compatibility shim). Rules do not flag
 * such code: it is already ported, and the cleanup phase removes it.
 *
 * Rules ask this for thousands of nodes per file, so the file's compat regions are found once
 * (a text scan for the version words and shim handlers) and a node is judged by its offsets.
 */
export function isInCompatCode(node: Node): boolean {
  const start = node.startIndex;
  const end = node.endIndex;
  return compatRegions(node.tree).some((r) => start >= r.start && end <= r.end && !(start >= r.conditionStart && end <= r.conditionEnd));
}

interface CompatRegion {
  start: number;
  end: number;
  /** The guard's own condition is not version-specific code; -1 when there is none (a try statement). */
  conditionStart: number;
  conditionEnd: number;
}

const regionsByTree = new WeakMap<Tree, CompatRegion[]>();
const VERSION_WORDS = new RegExp(VERSION_CHECK.source, 'g');
const SHIM_HANDLER = /\bexcept\b[^:\n]*\b(?:ImportError|NameError|AttributeError|ModuleNotFoundError)\b/g;

function compatRegions(tree: Tree): CompatRegion[] {
  let regions = regionsByTree.get(tree);
  if (regions) return regions;
  regions = [];
  const root = tree.rootNode;
  const text = root.text;
  const base = root.startIndex;
  for (const match of text.matchAll(VERSION_WORDS)) {
    const hit = root.descendantForIndex(base + match.index, base + match.index + match[0].length);
    // Up from the version word to the `if`, `elif` or `x if PY2 else y` whose condition holds it.
    for (let child = hit, parent = hit?.parent, steps = 0; child && parent && steps < 16; child = parent, parent = parent.parent, steps++) {
      if (parent.type === 'if_statement' || parent.type === 'elif_clause') {
        const condition = parent.childForFieldName('condition');
        if (condition?.id === child.id) {
          regions.push({ start: parent.startIndex, end: parent.endIndex, conditionStart: condition.startIndex, conditionEnd: condition.endIndex });
          break;
        }
      } else if (parent.type === 'conditional_expression') {
        const parts = parent.namedChildren;
        if (parts.length === 3 && parts[1].id === child.id) {
          regions.push({ start: parent.startIndex, end: parent.endIndex, conditionStart: child.startIndex, conditionEnd: child.endIndex });
          break;
        }
      }
      if (child.type === 'block' || child.type === 'module') break;
    }
  }
  for (const match of text.matchAll(SHIM_HANDLER)) {
    const keyword = root.descendantForIndex(base + match.index, base + match.index + 6);
    const clause = keyword?.parent;
    const statement = clause?.type === 'except_clause' ? clause.parent : undefined;
    if (statement?.type === 'try_statement') regions.push({ start: statement.startIndex, end: statement.endIndex, conditionStart: -1, conditionEnd: -1 });
  }
  regionsByTree.set(tree, regions);
  return regions;
}
