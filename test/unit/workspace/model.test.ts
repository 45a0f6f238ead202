// The migration progress view's rollup (client/src/workspace/model.ts): per-file scan results ->
// folder tree with totals per folder, and the line-run edits of "fix rule in folder".

import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ScannedFile } from '../../../shared/protocol';
import {
  buildTree,
  describeTotals,
  filesWithRule,
  findFolder,
  folderRows,
  mergeFiles,
  percentClean,
  rulesByCount,
} from '../../../client/src/workspace/model';
import { lineHunks } from '../../../server/src/lsp/workspaceScan';

function file(p: string, findings: Record<string, number> = {}, safeFixable: Record<string, number> = {}, unreadable?: string): ScannedFile {
  return { uri: `file:///ws/${p}`, path: p, findings, safeFixable, first: {}, ...(unreadable ? { unreadable } : {}) };
}

const FILES: ScannedFile[] = [
  file('setup.py'),
  file('user/models.py', { 'old-ne-operator': 2, 'long-suffix': 1 }, { 'old-ne-operator': 2 }),
  file('user/views.py'),
  file('chats/rooms.py', { 'print-statement': 3 }, { 'print-statement': 3 }),
  file('chats/sub/deep.py', { 'old-ne-operator': 1 }, {}),
  file('chats/sub/clean.py'),
  file('ml_pipeline/train.py', {}, {}, 'is not valid UTF-8'),
];

describe('workspace progress model', () => {
  it('rolls file counts up to every folder on the way to the root', () => {
    const root = buildTree(FILES);
    assert.deepEqual(root.folders.map((f) => f.name), ['chats', 'ml_pipeline', 'user']);
    assert.deepEqual(root.files.map((f) => f.path), ['setup.py']);
    assert.deepEqual(
      { files: root.totals.files, clean: root.totals.cleanFiles, unreadable: root.totals.unreadable, findings: root.totals.findings, safe: root.totals.safeFixable },
      { files: 7, clean: 3, unreadable: 1, findings: 7, safe: 5 },
    );
    assert.deepEqual(root.totals.byRule['old-ne-operator'], { findings: 3, safeFixable: 2, files: 2 });

    const chats = findFolder(root, 'chats')!;
    assert.deepEqual([chats.totals.files, chats.totals.cleanFiles, chats.totals.findings], [3, 1, 4]);
    const sub = findFolder(root, 'chats/sub')!;
    assert.equal(sub.path, 'chats/sub');
    assert.deepEqual([sub.totals.files, sub.totals.cleanFiles, sub.totals.findings], [2, 1, 1]);
    assert.deepEqual(sub.files.map((f) => f.path), ['chats/sub/clean.py', 'chats/sub/deep.py']);
    assert.equal(findFolder(root, 'nope'), undefined);
  });

  it('counts an unreadable file as not clean, and an empty folder as done', () => {
    const ml = findFolder(buildTree(FILES), 'ml_pipeline')!;
    assert.deepEqual([ml.totals.files, ml.totals.cleanFiles, ml.totals.unreadable], [1, 0, 1]);
    assert.equal(percentClean(ml.totals), 0);
    assert.equal(percentClean(buildTree([]).totals), 100);
    assert.equal(percentClean(findFolder(buildTree(FILES), 'user')!.totals), 50);
  });

  it('describes a folder: clean/files, findings, unreadable, percent clean', () => {
    const root = buildTree(FILES);
    assert.equal(describeTotals(root.totals), '3/7 clean · 7 findings · 1 unreadable · 42%');
    assert.equal(describeTotals(findFolder(root, 'chats/sub')!.totals), '1/2 clean · 1 finding · 50%');
    assert.equal(describeTotals(findFolder(root, 'user')!.totals), '1/2 clean · 3 findings · 50%');
  });

  it('gives the rows of the API: every folder, root first, depth-first', () => {
    assert.deepEqual(folderRows(buildTree(FILES)), [
      { folder: '', files: 7, cleanFiles: 3, findings: 7 },
      { folder: 'chats', files: 3, cleanFiles: 1, findings: 4 },
      { folder: 'chats/sub', files: 2, cleanFiles: 1, findings: 1 },
      { folder: 'ml_pipeline', files: 1, cleanFiles: 0, findings: 0 },
      { folder: 'user', files: 2, cleanFiles: 1, findings: 3 },
    ]);
  });

  it('lists rules by count and the files with a rule under a folder', () => {
    const root = buildTree(FILES);
    assert.deepEqual(rulesByCount(root.totals).map(([id, t]) => [id, t.findings]), [['old-ne-operator', 3], ['print-statement', 3], ['long-suffix', 1]]);
    assert.deepEqual(filesWithRule(root, 'old-ne-operator').map((f) => f.path), ['user/models.py', 'chats/sub/deep.py']);
    assert.deepEqual(filesWithRule(findFolder(root, 'chats')!, 'old-ne-operator').map((f) => f.path), ['chats/sub/deep.py']);
  });

  it('merges a rescan of some files into the previous scan', () => {
    const merged = mergeFiles(FILES, [file('user/models.py'), file('user/new.py', { 'long-suffix': 1 })], ['chats/sub/clean.py']);
    const root = buildTree(merged);
    assert.equal(root.totals.files, 7);
    assert.deepEqual(findFolder(root, 'user')!.files.map((f) => [f.path, f.findings]), [['user/models.py', {}], ['user/new.py', { 'long-suffix': 1 }], ['user/views.py', {}]]);
    assert.equal(findFolder(root, 'chats/sub')!.totals.files, 1);
  });
});

describe('fix rule in folder: line-run edits', () => {
  const apply = (before: string, after: string): string =>
    TextDocument.applyEdits(TextDocument.create('file:///x.py', 'python', 0, before), lineHunks(before, after));

  for (const [name, before, after] of [
    ['two separate changes', 'a <> b\nx = 1\ny = 2\nc <> d\n', 'a != b\nx = 1\ny = 2\nc != d\n'],
    ['an import added at the top', '"""doc"""\nprint "x"\nz = 1\n', '"""doc"""\nfrom __future__ import print_function\nprint("x")\nz = 1\n'],
    ['lines removed', 'a\nb\nc\nd\n', 'a\nd\n'],
    ['no final newline', 'x = 1L', 'x = 1'],
    ['CRLF', 'a <> b\r\nx\r\nc <> d\r\n', 'a != b\r\nx\r\nc != d\r\n'],
    ['everything changes', 'a\nb\n', 'c\nd\ne\n'],
    ['empty before', '', 'x\n'],
  ] as const) {
    it(name, () => assert.equal(apply(before, after), after));
  }

  it('gives one edit per changed run of lines, leaving equal lines out', () => {
    const edits = lineHunks('a <> b\nx = 1\ny = 2\nc <> d\n', 'a != b\nx = 1\ny = 2\nc != d\n');
    assert.deepEqual(edits.map((e) => [e.range.start.line, e.range.end.line, e.newText]), [[0, 1, 'a != b\n'], [3, 4, 'c != d\n']]);
    assert.deepEqual(lineHunks('same\n', 'same\n'), []);
  });
});
