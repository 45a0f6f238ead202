// The context rules must respect before they call something Python 2-only:
//  - names the module binds itself (a local `unicode()` is not the builtin);
//  - code that only runs on one Python version (`if six.PY2:`, `sys.version_info` checks);
//  - compatibility shims (`try: import cPickle except ImportError: import pickle`).
// Each fact is computed on demand for the matched node only, or once per file and memoised.

import type { Node, Query } from 'web-tree-sitter';
import { compileQuery } from './parser';
import type { SourceFile } from './sourceFile';

let bindingQuery: Query | undefined;

// Every place Python binds a name. Parameters count too: over-approximating the bound names
// only costs a missed finding, while under-approximating flags a user's own `file` variable.
const BINDING_QUERY = `
(function_definition name: (identifier) @name)
(class_definition name: (identifier) @name)
(assignment left: (identifier) @name)
(assignment left: (pattern_list (identifier) @name))
(assignment left: (tuple_pattern (identifier) @name))
(assignment left: (list_pattern (identifier) @name))
(augmented_assignment left: (identifier) @name)
(import_statement name: (dotted_name . (identifier) @name))
(import_statement name: (aliased_import alias: (identifier) @name))
(import_from_statement name: (dotted_name (identifier) @name))
(import_from_statement name: (aliased_import alias: (identifier) @name))
(for_statement left: (identifier) @name)
(for_statement left: (pattern_list (identifier) @name))
(for_statement left: (tuple_pattern (identifier) @name))
(for_in_clause left: (identifier) @name)
(as_pattern_target (identifier) @name)
(parameters (identifier) @name)
(default_parameter name: (identifier) @name)
(typed_parameter (identifier) @name)
(typed_default_parameter name: (identifier) @name)
(lambda_parameters (identifier) @name)
(list_splat_pattern (identifier) @name)
(dictionary_splat_pattern (identifier) @name)
(global_statement (identifier) @name)
(named_expression name: (identifier) @name)
`;

/** Every name the file binds anywhere (any scope). */
export function boundNames(file: SourceFile): ReadonlySet<string> {
  return file.memo('boundNames', (f) => {
    bindingQuery ??= compileQuery(BINDING_QUERY);
    const names = new Set<string>();
    for (const capture of bindingQuery.captures(f.root)) names.add(capture.node.text);
    // Python 2 `except E, name:` binds `name` (the second `value` field).
    for (const clause of f.root.descendantsOfType('except_clause')) {
      const values = clause.childrenForFieldName('value');
      if (values.length === 2 && values[1].type === 'identifier') names.add(values[1].text);
    }
    return names;
  });
}

/** True when the file binds `name` itself, so a bare `name` is not the builtin. */
export function isLocallyBound(file: SourceFile, name: string): boolean {
  return boundNames(file).has(name);
}

const VERSION_CHECK = /\b(PY2|PY3|PY34|PY35|PY36|PY37|IS_PY2|IS_PY3|PYTHON2|PYTHON3|version_info|hexversion|python_version)\b|\bsys\.version\b/;

/** The `if` condition tests which Python is running. */
export function isVersionCheck(condition: Node): boolean {
  return VERSION_CHECK.test(condition.text);
}

const SHIM_EXCEPTIONS = /\b(ImportError|NameError|AttributeError|ModuleNotFoundError)\b/;

/**
 * True when the node sits in code written to run on one Python version only: any branch of an
 * `if`/`elif` on a version check, or a `try` statement whose handlers catch ImportError,
 * NameError or AttributeError (the shape of every compatibility shim). Rules do not flag
 * such code: it is already ported, and the cleanup phase removes it.
 */
export function isInCompatCode(node: Node): boolean {
  for (let child: Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case 'if_statement':
      case 'elif_clause': {
        const condition = parent.childForFieldName('condition');
        if (condition && condition.id !== child.id && isVersionCheck(condition)) return true;
        break;
      }
      case 'conditional_expression': {
        // `x if PY2 else y`: the middle operand is the condition.
        const parts = parent.namedChildren;
        if (parts.length === 3 && parts[1].id !== child.id && isVersionCheck(parts[1])) return true;
        break;
      }
      case 'try_statement': {
        const handlers = parent.namedChildren.filter((c) => c.type === 'except_clause');
        if (handlers.some((h) => SHIM_EXCEPTIONS.test(h.childForFieldName('value')?.text ?? h.namedChildren[0]?.text ?? ''))) return true;
        break;
      }
    }
  }
  return false;
}
