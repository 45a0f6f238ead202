// `py3migrate report`: Markdown, JSON and HTML content on a fixture tree.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ReportData } from '../../../server/src/cli/report';
import { HOSTILE, report, reportFixture } from './fixture';

describe('report', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = reportFixture();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('json: summary, aggregated folders, rules, top files, unreadable files and checklist', async () => {
    const { code, stdout, stderr } = await report([dir, '--format', 'json']);
    assert.equal(code, 0);
    const data = JSON.parse(stdout) as ReportData;
    assert.equal(data.version, 1);
    assert.equal(data.target, 'compat');
    assert.equal(data.config, null);
    assert.deepEqual(data.summary, { files: 6, cleanFiles: 2, filesWithFindings: 4, unreadableFiles: 1, findings: 6, safeFixable: 5, unsafeFixable: 1, percentClean: 33.3 });
    assert.deepEqual(
      data.folders.map((f) => [f.path, f.depth, f.files, f.cleanFiles, f.findings, f.percentClean]),
      [
        ['.', 0, 6, 2, 6, 33.3],
        [HOSTILE, 1, 1, 0, 1, 0],
        ['other', 1, 1, 0, 1, 0],
        ['pkg', 1, 3, 1, 4, 33.3],
        ['pkg/sub', 2, 1, 0, 2, 0],
      ],
    );
    assert.deepEqual(data.folders.find((f) => f.path === 'pkg')!.checklist, { strBytesReviewed: 2, divisionReviewed: 1, coveredByTests: 2, runUnderPython3: 1 });
    assert.deepEqual(data.rules[0], { id: 'print-statement', category: 'syntax', severity: 'error', findings: 2, files: 2, safeFixable: 2, unsafeFixable: 0 });
    assert.deepEqual(data.rules.find((r) => r.id === 'dict-has-key'), { id: 'dict-has-key', category: 'dicts-iterators', severity: 'error', findings: 1, files: 1, safeFixable: 0, unsafeFixable: 1 });
    assert.deepEqual(data.topFiles.map((f) => [f.path, f.findings]), [['pkg/a.py', 2], ['pkg/sub/c.py', 2], [`${HOSTILE}/e.py`, 1], ['other/d.py', 1]]);
    assert.deepEqual(data.unreadable.map((u) => u.path), ['bin/bad.py']);
    assert.equal(data.checklist.file, '.py3migrate/checklist.json');
    assert.deepEqual(data.checklist.items.map((i) => [i.id, i.files, i.percent]), [
      ['strBytesReviewed', 2, 33.3],
      ['divisionReviewed', 1, 16.7],
      ['coveredByTests', 2, 33.3],
      ['runUnderPython3', 1, 16.7],
    ]);
    assert.equal(data.checklist.complete, 1);
    assert.equal(data.checklist.stale, 1);
    assert.ok(stderr.some((line) => line.startsWith('warning: bin/bad.py: binary file')));
  });

  it('json is stable: the same tree gives the same bytes', async () => {
    const a = await report([dir, '--format', 'json']);
    const b = await report([dir, '--format', 'json']);
    assert.equal(a.stdout, b.stdout);
  });

  it('target and rule selection flags apply as in check', async () => {
    const data = JSON.parse((await report([dir, '--format', 'json', '--select', 'print-statement'])).stdout) as ReportData;
    assert.deepEqual(data.rules.map((r) => r.id), ['print-statement']);
    assert.equal(data.summary.cleanFiles, 4);
  });

  it('markdown: readable tables for a PR comment, with hostile names escaped', async () => {
    const { stdout } = await report([dir]);
    assert.match(stdout, /^## py3migrate report: /);
    assert.match(stdout, /\*\*2 of 6 files clean \(33\.3%\)\*\* · 6 findings in 4 files · 5 fixable with `py3migrate fix` · 1 more with `--unsafe-fixes` · target `compat`/);
    assert.match(stdout, /\| `pkg\/` \| 3 \| 1 \| 4 \| `███░░░░░░░` 33\.3% \|/);
    assert.match(stdout, /\| `\(top-level files\)` \| 1 \| 1 \| 0 \| `██████████` 100% \|/);
    assert.match(stdout, /<details><summary>All folders<\/summary>/);
    assert.match(stdout, /\| `print-statement` \| syntax \| 2 \| 2 \| 2 \| 0 \|/);
    assert.match(stdout, /### Files with the most findings/);
    assert.match(stdout, /\| str\/bytes boundaries reviewed \| 2 of 6 \| 33\.3% \|/);
    assert.match(stdout, /1 file with every item ticked\. 1 ticked entry for files not in this report\./);
    assert.match(stdout, /- `bin\/bad\.py`: binary file/);
    // The folder name: in a code span longer than its backtick runs, its pipe escaped for the table.
    assert.ok(stdout.includes('``<img src=x onerror=alert(1)>\\|`x`&y/``'), stdout);
    // Every table row has the header's number of cells (an unescaped pipe would add one).
    for (const table of stdout.split('\n\n').filter((block) => block.startsWith('|'))) {
      const rows = table.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
      assert.ok(rows.every((n) => n === rows[0]), table);
    }
  });

  it('html: one self-contained, escaped, well-formed page', async () => {
    const { stdout: html } = await report([dir, '--format', 'html']);
    assert.match(html, /^<!DOCTYPE html>/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\b(?:https?|ftp):\/\//i, 'no remote URL');
    assert.doesNotMatch(html, /(?:src|href)\s*=\s*["']?\/\//i, 'no protocol-relative URL');
    assert.doesNotMatch(html, /<link\b|@import|url\(/i, 'no external stylesheet or resource');
    assert.ok(!html.includes('<img'), 'the hostile folder name is escaped');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;|`x`&amp;y/'));
    assert.match(html, /<svg class="rule-chart"[^>]*>/);
    assert.equal((html.match(/<rect class="bar"/g) ?? []).length, 5);
    assert.ok((html.match(/<svg class="progress"/g) ?? []).length >= 4);
    assertWellFormed(html);
  });

  it('-o FILE writes the report there and says so', async () => {
    const out = path.join(dir, 'out', 'report.html');
    fs.mkdirSync(path.dirname(out));
    const { code, stdout, stderr } = await report([dir, '--format', 'html', '-o', out]);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.match(fs.readFileSync(out, 'utf8'), /<\/html>\n$/);
    assert.ok(stderr.some((line) => line.startsWith(`Wrote ${out}: 2 of 6 files clean (33.3%)`)));
    const missing = await report([dir, '-o', path.join(dir, 'no', 'such', 'dir', 'r.md')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr.join('\n'), /error: cannot write/);
  });

  it('refuses standard input and unknown formats', async () => {
    await assert.rejects(async () => report(['-']), /not standard input/);
    await assert.rejects(async () => report([dir, '--format', 'pdf']), /expected md or html or json/);
  });
});

/** Every non-void element closed in order, attributes quoted, no stray '<' or '&'. */
function assertWellFormed(html: string): void {
  const VOID = new Set(['meta', 'link', 'br', 'hr', 'img', 'input']);
  const body = html.replace(/^<!DOCTYPE html>/, '').replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>|<|&(?![a-zA-Z]+;|#\d+;)/g;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (m[0] === '<' || m[0] === '&') assert.fail(`stray '${m[0]}' at ${m.index}: ${body.slice(m.index, m.index + 60)}`);
    const [, closing, name, , selfClosing] = m;
    const lower = name.toLowerCase();
    if (closing) {
      assert.equal(stack.pop(), lower, `</${lower}> closes the wrong element at ${m.index}`);
    } else if (!VOID.has(lower) && !selfClosing) {
      stack.push(lower);
    }
  }
  assert.deepEqual(stack, [], 'unclosed elements');
}
