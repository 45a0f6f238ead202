// Edits that remove or add whole statements, shared by the module-attribute rules.

import type { Node } from 'web-tree-sitter';
import { dominantEol } from '../lineIndex';
import type { SourceFile } from '../sourceFile';
import type { TextEdit } from '../types';

/** The whitespace before `node` on its line, or undefined when other code precedes it there. */
export function indentOf(node: Node, text: string): string | undefined {
  const lineStart = text.lastIndexOf('\n', node.startIndex - 1) + 1;
  const before = text.slice(lineStart, node.startIndex);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

/**
 * Deletes a statement that stands alone on its lines; replaces it with `pass` when it is the only
 * statement of its block. Undefined when it shares a line with other code (`a; b`).
 */
export function deleteStatementEdit(statement: Node, file: SourceFile): TextEdit | undefined {
  const text = file.text;
  const indent = indentOf(statement, text);
  if (indent === undefined) return undefined;
  const rest = text.slice(statement.endIndex).match(/^[ \t]*(#[^\r\n]*)?(\r\n|\n|\r|$)/);
  if (!rest || rest[1]) return undefined;
  const block = statement.parent;
  const siblings = block?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
  if (block && block.type === 'block' && siblings.length === 1) return { start: statement.startIndex, end: statement.endIndex, newText: 'pass' };
  const lineStart = statement.startIndex - indent.length;
  return { start: lineStart, end: statement.endIndex + rest[0].length, newText: '' };
}

/** Inserts `line` as a new statement after `statement`, at the same indentation. */
export function insertAfterStatementEdit(statement: Node, file: SourceFile, line: string): TextEdit | undefined {
  const indent = indentOf(statement, file.text);
  if (indent === undefined) return undefined;
  return { start: statement.endIndex, end: statement.endIndex, newText: `${dominantEol(file.text)}${indent}${line}` };
}
