// Removes the imports that fixes left unused: `string.join(words, ", ")` becomes `", ".join(words)`,
// and if that was the module's last use of `string`, the `import string` line goes too, as 2to3
// and pyupgrade users expect. Only imports a fix made unused are touched: an import that was already
// unused may be there for its side effects (registering a codec, a Django signal), so it stays.
//
// Deliberately conservative: only top-level `import x` / `from m import a` statements that stand on
// their own line, outside any block (removing the only statement of a `try:` body would not parse);
// never `__future__` or star imports; and a name counts as used if it appears anywhere else in the
// text as a word, in strings and comments too (`__all__ = ['string']`, eval, doctests).

import type { Node } from 'web-tree-sitter';
import type { SourceFile } from './sourceFile';
import type { TextEdit } from './types';

interface ImportedName {
  /** The name the import binds in the module (`os` for `import os.path`, `y` for `import x as y`). */
  bound: string;
  /** The `dotted_name` / `aliased_import` node for this name inside the statement. */
  node: Node;
}

interface TopLevelImport {
  statement: Node;
  names: ImportedName[];
}

/**
 * Edits that remove, from `after`, the names of top-level imports that `before` used and `after`
 * no longer uses. `removedTexts` are the texts the fixes replaced: only names that occur in them
 * can have lost their last use, which keeps this cheap on files the fixes barely touched.
 */
export function unusedImportEdits(before: SourceFile, after: SourceFile, removedTexts: readonly string[]): TextEdit[] {
  const removed = removedTexts.join('\n');
  if (removed.length === 0) return [];
  const candidates = new Set<string>();
  for (const imp of topLevelImports(before)) {
    for (const { bound } of imp.names) {
      if (wordCount(removed, bound) > 0 && wordCount(before.text, bound) > wordCount(imp.statement.text, bound)) candidates.add(bound);
    }
  }
  if (candidates.size === 0) return [];

  const edits: TextEdit[] = [];
  for (const imp of topLevelImports(after)) {
    const unused = imp.names.filter(
      ({ bound }) => candidates.has(bound) && wordCount(after.text, bound) === wordCount(imp.statement.text, bound),
    );
    if (unused.length === 0) continue;
    if (!standsOnItsOwnLines(after.text, imp.statement)) continue;
    if (unused.length === imp.names.length) edits.push(wholeLines(after.text, imp.statement));
    else edits.push(keepOnly(imp, new Set(unused.map((n) => n.node.startIndex))));
  }
  return edits;
}

function topLevelImports(file: SourceFile): TopLevelImport[] {
  const imports: TopLevelImport[] = [];
  for (const statement of file.root.namedChildren) {
    if (statement.type === 'import_statement') {
      const names = statement.childrenForFieldName('name').map((node) => ({ bound: boundByImport(node), node }));
      imports.push({ statement, names });
    } else if (statement.type === 'import_from_statement') {
      // `from . import x` binds x too, but relative imports are rare in what fixes touch; keep them simple.
      if (statement.childForFieldName('module_name')?.type !== 'dotted_name') continue;
      if (statement.namedChildren.some((c) => c.type === 'wildcard_import')) continue;
      const names = statement.childrenForFieldName('name').map((node) => ({ bound: boundByFrom(node), node }));
      imports.push({ statement, names });
    }
  }
  return imports.filter((imp) => imp.names.every((n) => n.bound !== ''));
}

function boundByImport(node: Node): string {
  if (node.type === 'aliased_import') return node.childForFieldName('alias')?.text ?? '';
  return node.text.split('.')[0]!.trim();
}

function boundByFrom(node: Node): string {
  if (node.type === 'aliased_import') return node.childForFieldName('alias')?.text ?? '';
  return node.text.trim();
}

/** Occurrences of `word` as a whole word, not counting attribute names (`x.word` never refers to the import). */
function wordCount(text: string, word: string): number {
  let count = 0;
  let at = text.indexOf(word);
  while (at !== -1) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32;
    if (!isWordChar(before) && before !== 46 /* . */ && !isWordChar(after)) count++;
    at = text.indexOf(word, at + word.length);
  }
  return count;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code > 127;
}

/** Nothing but whitespace shares the statement's lines (no `import a; b()`, no trailing comment). */
function standsOnItsOwnLines(text: string, statement: Node): boolean {
  const lineStart = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
  if (text.slice(lineStart, statement.startIndex).trim() !== '') return false;
  const lineEnd = endOfLine(text, statement.endIndex);
  return text.slice(statement.endIndex, lineEnd).trim() === '';
}

function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}

function wholeLines(text: string, statement: Node): TextEdit {
  const start = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
  const end = endOfLine(text, statement.endIndex);
  return { start, end: end < text.length ? end + 1 : end, newText: '' };
}

/** Rewrites the list of names without the unused ones: `import os, string` -> `import os`. */
function keepOnly(imp: TopLevelImport, unusedStarts: Set<number>): TextEdit {
  const first = imp.names[0]!.node;
  const last = imp.names[imp.names.length - 1]!.node;
  const kept = imp.names.filter(({ node }) => !unusedStarts.has(node.startIndex)).map(({ node }) => node.text);
  return { start: first.startIndex, end: last.endIndex, newText: kept.join(', ') };
}
