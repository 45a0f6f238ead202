// Adds the imports that fixes rely on: each once, in the place Python requires.
//
// `from __future__` imports must follow only the docstring, comments and other future
// imports (anything else first is a SyntaxError), so they go right after those. Other
// imports go after the module's leading block of imports. Comments at the top, the
// shebang and the coding cookie stay where they are because nothing is inserted above
// the first statement's line.

import type { Node } from 'web-tree-sitter';
import { dominantEol } from './lineIndex';
import { isDocstring, type SourceFile } from './sourceFile';
import type { RequiredImport, TextEdit } from './types';

export function importKey(required: RequiredImport): string {
  switch (required.kind) {
    case 'future':
      return `__future__:${required.name}`;
    case 'import':
      return `import:${required.module}`;
    case 'from':
      return `${required.module}:${required.name}`;
  }
}

/** What the module already imports at top level, keyed like importKey(). */
export function existingImports(file: SourceFile): Set<string> {
  const keys = new Set<string>();
  for (const statement of file.root.namedChildren) collectImports(statement, keys);
  return keys;
}

function collectImports(statement: Node, keys: Set<string>): void {
  switch (statement.type) {
    case 'future_import_statement':
      for (const name of statement.childrenForFieldName('name')) keys.add(`__future__:${importedName(name)}`);
      return;
    case 'import_statement':
      for (const name of statement.childrenForFieldName('name')) {
        // `import a.b` makes `a` usable; `import x as y` does not provide `x`.
        if (name.type === 'dotted_name') keys.add(`import:${name.text}`);
      }
      return;
    case 'import_from_statement': {
      const module = statement.childForFieldName('module_name');
      if (!module || module.type !== 'dotted_name') return;
      for (const name of statement.childrenForFieldName('name')) {
        if (name.type === 'dotted_name') keys.add(`${module.text}:${name.text}`);
      }
      return;
    }
  }
}

function importedName(name: Node): string {
  return (name.type === 'aliased_import' ? name.childForFieldName('name') : name)?.text ?? name.text;
}

/** Groups the missing imports into as few statements as possible, in a stable order. */
function importLines(missing: RequiredImport[]): { future: string[]; other: string[] } {
  const futureNames = [...new Set(missing.filter((r) => r.kind === 'future').map((r) => (r as { name: string }).name))].sort();
  const plainModules = [...new Set(missing.filter((r) => r.kind === 'import').map((r) => (r as { module: string }).module))].sort();
  const fromNames = new Map<string, Set<string>>();
  for (const r of missing) {
    if (r.kind !== 'from') continue;
    let names = fromNames.get(r.module);
    if (!names) fromNames.set(r.module, (names = new Set()));
    names.add(r.name);
  }
  const future = futureNames.length > 0 ? [`from __future__ import ${futureNames.join(', ')}`] : [];
  const other = [
    ...plainModules.map((m) => `import ${m}`),
    ...[...fromNames.keys()].sort().map((m) => `from ${m} import ${[...fromNames.get(m)!].sort().join(', ')}`),
  ];
  return { future, other };
}

/**
 * The edits that add every required import the file lacks. Both insertions are at the start of a
 * line that no fix edits, so they never overlap a fix's edits on the same text.
 */
export function importEdits(file: SourceFile, required: readonly RequiredImport[]): TextEdit[] {
  if (required.length === 0) return [];
  const have = existingImports(file);
  const missing = required.filter((r) => !have.has(importKey(r)));
  if (missing.length === 0) return [];
  const { future, other } = importLines(missing);
  const eol = dominantEol(file.text);
  const statements = file.root.namedChildren.filter((s) => s.type !== 'comment');

  // Past the docstring and the future imports.
  let afterFuture = 0;
  while (afterFuture < statements.length) {
    const s = statements[afterFuture];
    if ((afterFuture === 0 && isDocstring(s)) || s.type === 'future_import_statement') afterFuture++;
    else break;
  }
  // Past the leading block of plain imports as well.
  let afterImports = afterFuture;
  while (afterImports < statements.length && isImportLike(statements[afterImports])) afterImports++;

  const edits: TextEdit[] = [];
  const futureAt = insertionOffset(file, statements, afterFuture);
  const otherAt = insertionOffset(file, statements, afterImports);
  // PEP 8 wants two blank lines before a top-level def or class: imports added straight above one
  // (a module that starts with a function) get them, so fix-all does not leave `import six` glued to a def.
  const definitionAt = (index: number): boolean =>
    index < statements.length && ['function_definition', 'class_definition', 'decorated_definition'].includes(statements[index]!.type) &&
    insertionOffset(file, statements, index) === file.lineIndex.lineStart(statements[index]!.startPosition.row);
  const block = (lines: string[], at: number, beforeDefinition = false): string => {
    const needsLeadingBreak = at === file.text.length && file.text.length > 0 && !/[\r\n]$/.test(file.text);
    return (needsLeadingBreak ? eol : '') + lines.map((l) => l + eol).join('') + (beforeDefinition ? eol + eol : '');
  };
  if (future.length > 0 && futureAt === otherAt && other.length > 0) {
    edits.push({ start: futureAt, end: futureAt, newText: block([...future, ...other], futureAt, definitionAt(afterImports)) });
    return edits;
  }
  if (future.length > 0) edits.push({ start: futureAt, end: futureAt, newText: block(future, futureAt, afterFuture === afterImports && other.length === 0 && definitionAt(afterFuture)) });
  if (other.length > 0) edits.push({ start: otherAt, end: otherAt, newText: block(other, otherAt, definitionAt(afterImports)) });
  return edits;
}

function isImportLike(statement: Node): boolean {
  return statement.type === 'import_statement' || statement.type === 'import_from_statement' || statement.type === 'future_import_statement';
}

/** Start of the line of statements[index], or the line after the previous statement when there is none. */
function insertionOffset(file: SourceFile, statements: Node[], index: number): number {
  const index_ = file.lineIndex;
  if (index < statements.length) {
    const next = statements[index];
    // A statement that shares its line with the previous one (`import a; x = 1`) has no line of its own.
    const previous = index > 0 ? statements[index - 1] : undefined;
    if (!previous || previous.endPosition.row < next.startPosition.row) return index_.lineStart(next.startPosition.row);
  }
  if (index === 0) return 0;
  const last = statements[index - 1];
  const line = last.endPosition.row + 1;
  return line < index_.lineCount ? index_.lineStart(line) : file.text.length;
}
