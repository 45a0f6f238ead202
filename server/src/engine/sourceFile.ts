// One parsed Python file: its text, its tree and the file-wide facts rules consult.
// A SourceFile can be re-parsed incrementally after an edit (the language server does this
// on every keystroke); the file-wide facts are recomputed lazily.

import { Edit, type Node, type Tree } from 'web-tree-sitter';
import { LineIndex } from './lineIndex';
import { parser } from './parser';

export interface TextChange {
  /** Offsets into the text before the change. */
  start: number;
  end: number;
  newText: string;
}

export class SourceFile {
  private _lineIndex: LineIndex | undefined;
  private _root: Node | undefined;
  private _futureFeatures: Set<string> | undefined;
  private readonly memos = new Map<string, unknown>();
  private readonly memoComputers = new Map<string, (file: SourceFile) => unknown>();
  /**
   * Set by withChanges: where the new tree's structure differs from the old one (tree-sitter's
   * getChangedRanges), in new-text offsets. The language server re-analyses only around these.
   */
  changedRanges: readonly { startIndex: number; endIndex: number }[] = [];

  private constructor(
    readonly text: string,
    readonly tree: Tree,
  ) {}

  static parse(text: string): SourceFile {
    const tree = parser().parse(text);
    if (!tree) throw new Error('tree-sitter returned no tree');
    return new SourceFile(text, tree);
  }

  /**
   * Applies changes given in order (each against the text produced by the ones before it,
   * as LSP incremental sync sends them) and re-parses reusing the old tree.
   * The old SourceFile must not be used afterwards: its tree is edited in place.
   */
  withChanges(changes: readonly TextChange[]): SourceFile {
    let text = this.text;
    let index = this.lineIndex;
    const tree = this.tree;
    for (const change of changes) {
      const startPosition = toPoint(index, change.start);
      const oldEndPosition = toPoint(index, change.end);
      text = text.slice(0, change.start) + change.newText + text.slice(change.end);
      index = LineIndex.afterChange(index, text, change.start, change.end, change.newText);
      const newEnd = change.start + change.newText.length;
      tree.edit(
        new Edit({
          startIndex: change.start,
          oldEndIndex: change.end,
          newEndIndex: newEnd,
          startPosition,
          oldEndPosition,
          newEndPosition: toPoint(index, newEnd),
        }),
      );
    }
    const newTree = parser().parse(text, tree);
    const changedRanges = newTree ? tree.getChangedRanges(newTree).map((r) => ({ startIndex: r.startIndex, endIndex: r.endIndex })) : [];
    tree.delete();
    if (!newTree) throw new Error('tree-sitter returned no tree');
    const file = new SourceFile(text, newTree);
    file._lineIndex = index;
    file.changedRanges = changedRanges;
    return file;
  }

  get root(): Node {
    // Each `tree.rootNode` is a call into wasm and a new Node; rules ask for the root at every text hit.
    this._root ??= this.tree.rootNode;
    return this._root;
  }

  get lineIndex(): LineIndex {
    this._lineIndex ??= new LineIndex(this.text);
    return this._lineIndex;
  }

  /** Names imported with `from __future__ import ...` at the top of the module. */
  get futureFeatures(): ReadonlySet<string> {
    if (!this._futureFeatures) {
      const features = new Set<string>();
      // Sibling by sibling: `namedChildren` would copy every statement of the module out of wasm.
      for (let statement = this.root.firstNamedChild; statement; statement = statement.nextNamedSibling) {
        if (statement.type === 'future_import_statement') {
          for (const name of statement.childrenForFieldName('name')) {
            const imported = name.type === 'aliased_import' ? name.childForFieldName('name') : name;
            if (imported) features.add(imported.text);
          }
        } else if (statement.type !== 'comment' && !isDocstring(statement)) {
          break;
        }
      }
      this._futureFeatures = features;
    }
    return this._futureFeatures;
  }

  /**
   * File-wide facts that rules compute on demand (bound names, ...): computed once per parse.
   * A new SourceFile (after an edit) starts with none.
   * `compute` must read the file only through its argument: the language server calls it again
   * on the edited file to learn whether the fact changed (and if so re-analyses the whole file).
   */
  memo<T>(key: string, compute: (file: SourceFile) => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute(this);
    this.memos.set(key, value);
    this.memoComputers.set(key, compute as (file: SourceFile) => unknown);
    return value;
  }

  /** The facts memoised so far and how each was computed (the language server recomputes them after an edit to see whether one changed). */
  memoized(): { key: string; value: unknown; compute: (file: SourceFile) => unknown }[] {
    return [...this.memoComputers].map(([key, compute]) => ({ key, value: this.memos.get(key), compute }));
  }

  /**
   * Carries memoised facts over from the file before an edit, presuming they did not change, so
   * the language server's per-keystroke pass does not recompute whole-file facts. It re-checks
   * them (calling each `compute` on this file) when the user pauses, and calls forgetFacts() if one changed.
   */
  adoptFacts(facts: readonly { key: string; value: unknown; compute: (file: SourceFile) => unknown }[]): void {
    for (const fact of facts) {
      this.memos.set(fact.key, fact.value);
      this.memoComputers.set(fact.key, fact.compute);
    }
  }

  forgetFacts(): void {
    this.memos.clear();
    this.memoComputers.clear();
  }

  dispose(): void {
    this.tree.delete();
  }
}

export function isDocstring(statement: Node): boolean {
  return statement.type === 'expression_statement' && statement.namedChildCount === 1 &&
    (statement.firstNamedChild?.type === 'string' || statement.firstNamedChild?.type === 'concatenated_string');
}

function toPoint(index: LineIndex, offset: number): { row: number; column: number } {
  const p = index.positionAt(offset);
  return { row: p.line, column: p.column };
}
