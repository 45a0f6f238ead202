// Module attributes Python 3 removed: `os.getcwdu`, `sys.maxint`, `sys.exc_type/exc_value/exc_traceback`.
// Each is matched through its attribute name (the engine's identifier scan hands it over) and then
// checked to be `<module>.<name>` or `from <module> import <name>`.

import type { Node } from 'web-tree-sitter';
import { isInCompatCode } from '../context';
import type { Fix, Rule } from '../types';
import { sixMovesName } from './builtinReference';

/** The `module.name` attribute node when `node` is its attribute part and the object is the bare name `module`. */
function moduleAttribute(node: Node, module: string): Node | undefined {
  const parent = node.parent;
  if (parent?.type !== 'attribute') return undefined;
  const attr = parent.childForFieldName('attribute');
  const object = parent.childForFieldName('object');
  if (attr?.startIndex !== node.startIndex || object?.type !== 'identifier' || object.text !== module) return undefined;
  return isInCompatCode(parent) ? undefined : parent;
}

/**
 * How `node` is imported by `from module import node` (`plain`) or `from module import node as x`
 * (`aliased`: the local name stays, so a fix renames only the imported name), else undefined.
 */
function fromImported(node: Node, module: string): 'plain' | 'aliased' | undefined {
  const dotted = node.parent;
  if (dotted?.type !== 'dotted_name' || dotted.namedChildren.length !== 1) return undefined;
  const aliased = dotted.parent?.type === 'aliased_import' && dotted.parent.childForFieldName('name')?.id === dotted.id ? dotted.parent : undefined;
  const item = aliased ?? dotted;
  const statement = item.parent;
  if (statement?.type !== 'import_from_statement' || statement.childForFieldName('module_name')?.text !== module) return undefined;
  if (!statement.childrenForFieldName('name').some((n) => n.startIndex === item.startIndex) || isInCompatCode(statement)) return undefined;
  return aliased ? 'aliased' : 'plain';
}

function isAssignedTo(attribute: Node): boolean {
  const parent = attribute.parent;
  return (parent?.type === 'assignment' || parent?.type === 'augmented_assignment') && parent.childForFieldName('left')?.startIndex === attribute.startIndex;
}

export const getcwdu: Rule = {
  id: 'getcwdu',
  category: 'builtins',
  severity: 'error',
  summary: '`os.getcwdu` is Python 2-only',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags `os.getcwdu` and `from os import getcwdu`.',
    whyItBreaks: 'Python 3 `os.getcwd()` returns text, so the unicode variant `os.getcwdu` was removed: it raises AttributeError.',
    example: 'here = os.getcwdu()',
    useInstead: 'py3: `here = os.getcwd()`\ncompat: `from six.moves import getcwd` and `here = getcwd()` (not `os.getcwd()`, which returns bytes on Python 2)',
    fixSafety: 'Safe: Python 3 `os.getcwd()` and `six.moves.getcwd` (which is `os.getcwdu` on Python 2) return the directory as text.',
  },
  identifiers: ['getcwdu'],
  onIdentifier(node, ctx) {
    if (node.text !== 'getcwdu') return;
    const attribute = moduleAttribute(node, 'os');
    if (attribute) {
      const py3: Fix = { title: 'Replace `os.getcwdu` with `os.getcwd`', safety: 'safe', edits: [{ start: node.startIndex, end: node.endIndex, newText: 'getcwd' }] };
      const spelled = sixMovesName(ctx.file, 'getcwd');
      const compat: Fix = { title: 'Replace `os.getcwdu` with `getcwd` from `six.moves`', safety: 'safe', edits: [{ start: attribute.startIndex, end: attribute.endIndex, newText: spelled.text }], imports: spelled.imports };
      ctx.report({ node: attribute, message: '`os.getcwdu` does not exist in Python 3', fixes: { py3, compat } });
    } else if (fromImported(node, 'os')) {
      const newText = fromImported(node, 'os') === 'aliased' ? 'getcwd' : 'getcwd as getcwdu';
      const py3: Fix = { title: 'Import `getcwd` as `getcwdu`', safety: 'safe', edits: [{ start: node.startIndex, end: node.endIndex, newText }] };
      ctx.report({ node, message: '`os.getcwdu` does not exist in Python 3', fixes: { py3 } });
    }
  },
};

export const sysMaxint: Rule = {
  id: 'sys-maxint',
  category: 'builtins',
  severity: 'error',
  summary: '`sys.maxint` is Python 2-only',
  fixability: { py3: 'unsafe', compat: 'unsafe' },
  docs: {
    whatItDoes: 'Flags `sys.maxint` and `from sys import maxint`.',
    whyItBreaks: 'Python 3 integers have no maximum, so `sys.maxint` was removed: it raises AttributeError. `sys.maxsize` (the largest container index) is the nearest value.',
    example: 'best = sys.maxint',
    useInstead: 'best = sys.maxsize  # or math.inf / float("inf") when it stands for "infinity"',
    fixSafety: 'Unsafe: `sys.maxsize` differs from `sys.maxint` on 64-bit Windows, and code that used `maxint` as the int/long boundary or as "infinity" usually wants something else.',
  },
  identifiers: ['maxint'],
  onIdentifier(node, ctx) {
    if (node.text !== 'maxint') return;
    const attribute = moduleAttribute(node, 'sys');
    const imported = attribute ? undefined : fromImported(node, 'sys');
    const replacement = attribute || imported === 'aliased' ? 'maxsize' : imported ? 'maxsize as maxint' : undefined;
    if (!replacement) return;
    const fix: Fix = { title: 'Replace `sys.maxint` with `sys.maxsize`', safety: 'unsafe', edits: [{ start: node.startIndex, end: node.endIndex, newText: replacement }] };
    ctx.report({ node: attribute ?? node, message: '`sys.maxint` does not exist in Python 3', fixes: { py3: fix, compat: fix } });
  },
};

const EXC_INFO_INDEX: Record<string, number> = { exc_type: 0, exc_value: 1, exc_traceback: 2 };

/**
 * True when Python 2's `sys.exc_*` and Python 3's `sys.exc_info()` name the same exception at `node`:
 * inside an `except` block that handles no other exception before it. Python 2 keeps the last handled
 * exception until the function returns; Python 3 restores the outer one when a nested handler ends
 * and clears it when the `except` block ends.
 */
function isExcInfoSame(node: Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'except_clause') return p.descendantsOfType(['try_statement', 'with_statement']).length === 0;
    if (p.type === 'function_definition' || p.type === 'class_definition' || p.type === 'lambda') return false;
  }
  return false;
}

export const sysExcAttrs: Rule = {
  id: 'sys-exc-attrs',
  category: 'builtins',
  severity: 'error',
  summary: '`sys.exc_type`, `sys.exc_value` and `sys.exc_traceback` are Python 2-only',
  fixability: { py3: 'safe', compat: 'safe' },
  docs: {
    whatItDoes: 'Flags reads of `sys.exc_type`, `sys.exc_value` and `sys.exc_traceback`.',
    whyItBreaks: 'Python 3 removed these attributes (deprecated since Python 1.5, and not thread-safe): they raise AttributeError. `sys.exc_info()` returns the same three values.',
    example: 'except IOError:\n    log(sys.exc_value)',
    useInstead: 'except IOError:\n    log(sys.exc_info()[1])',
    fixSafety: 'Safe inside an `except` block, where both name the exception being handled. Unsafe elsewhere, and after a nested `try` in the block: Python 2 keeps the last handled exception until the function returns, while Python 3 restores the outer exception when a nested handler ends and clears it when the `except` block ends.',
  },
  identifiers: ['exc_type', 'exc_value', 'exc_traceback'],
  onIdentifier(node, ctx) {
    const index = EXC_INFO_INDEX[node.text];
    if (index === undefined) return;
    const attribute = moduleAttribute(node, 'sys');
    if (!attribute || isAssignedTo(attribute)) return;
    const fix: Fix = {
      title: `Replace \`sys.${node.text}\` with \`sys.exc_info()[${index}]\``,
      safety: isExcInfoSame(attribute) ? 'safe' : 'unsafe',
      edits: [{ start: attribute.startIndex, end: attribute.endIndex, newText: `sys.exc_info()[${index}]` }],
    };
    ctx.report({ node: attribute, message: `\`sys.${node.text}\` does not exist in Python 3`, fixes: { py3: fix, compat: fix } });
  },
};
