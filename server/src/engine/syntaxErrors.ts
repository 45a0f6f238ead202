// Where tree-sitter could not parse the file. Its error recovery keeps going, so rules still
// run on the rest; these locations tell the user which part even Python 2 would reject, and
// tell the fixer whether a fix made things worse.

import type { Node } from 'web-tree-sitter';
import type { SourceFile } from './sourceFile';

export interface SyntaxErrorLocation {
  start: number;
  end: number;
  missing: boolean;
  /** The node tree-sitter expected, for a MISSING node. */
  expected?: string;
}

export function syntaxErrors(file: SourceFile, limit = 100): SyntaxErrorLocation[] {
  const found: SyntaxErrorLocation[] = [];
  if (!file.root.hasError) return found;
  // Descend only into subtrees that contain an error: cheap even on large files.
  const visit = (node: Node): void => {
    if (found.length >= limit) return;
    if (node.isMissing) {
      found.push({ start: node.startIndex, end: node.endIndex, missing: true, expected: node.type });
      return;
    }
    if (node.type === 'ERROR') {
      found.push({ start: node.startIndex, end: node.endIndex, missing: false });
      return;
    }
    for (const child of node.children) if (child.hasError || child.isMissing) visit(child);
  };
  visit(file.root);
  return found;
}

/**
 * How much of the file tree-sitter could not parse: the characters inside ERROR nodes plus one
 * per MISSING node. A count of locations would not do: error recovery can wrap a whole module in
 * one ERROR, and a fix that leaves two small local errors instead has made things better.
 */
export function syntaxErrorExtent(file: SourceFile): number {
  return syntaxErrors(file).reduce((sum, e) => sum + (e.missing ? 1 : Math.max(1, e.end - e.start)), 0);
}
