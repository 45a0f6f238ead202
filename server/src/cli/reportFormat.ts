// Markdown and HTML renderings of a `py3migrate report` (report.ts builds the data).
// Markdown: GitHub-flavoured tables that read well in a PR comment. HTML: one self-contained page
// (inline CSS, inline SVG charts, no script, no remote URL) that opens offline, follows the
// reader's light or dark scheme and prints. Every path, rule id and message is escaped.

import { MANUAL_ITEMS } from '../../../shared/checklist';
import type { FolderReport, ReportData } from './report';

// ---------------------------------------------------------------- Markdown

export function renderMarkdown(data: ReportData): string {
  const s = data.summary;
  const lines: string[] = [];
  lines.push(`## py3migrate report: ${mdCode(data.root)}`, '');
  lines.push(
    `**${s.cleanFiles} of ${s.files} files clean (${s.percentClean}%)** · ${count(s.findings, 'finding')} in ${count(s.filesWithFindings, 'file')}` +
      ` · ${s.safeFixable} fixable with \`py3migrate fix\`${s.unsafeFixable ? ` · ${s.unsafeFixable} more with \`--unsafe-fixes\`` : ''}` +
      ` · target \`${data.target}\``,
  );
  if (s.unreadableFiles > 0) lines.push('', `⚠️ ${count(s.unreadableFiles, 'file')} could not be read (listed at the end).`);
  lines.push('');

  const top = topFolders(data);
  lines.push('### Progress by folder', '');
  lines.push('| Folder | Files | Clean | Findings | Progress |', '|---|--:|--:|--:|---|');
  for (const f of top) lines.push(`| ${mdCode(folderLabel(f))} | ${f.files} | ${f.cleanFiles} | ${f.findings} | ${textBar(f.percentClean)} ${f.percentClean}% |`);
  const deeper = data.folders.filter((f) => f.depth >= 2);
  if (deeper.length > 0) {
    lines.push('', '<details><summary>All folders</summary>', '');
    lines.push('| Folder | Files | Clean | Findings | % clean |', '|---|--:|--:|--:|--:|');
    for (const f of data.folders.filter((f) => f.depth >= 1)) {
      lines.push(`| ${'&nbsp;&nbsp;'.repeat(f.depth - 1)}${mdCode(f.path.split('/').pop()! + '/')} | ${f.files} | ${f.cleanFiles} | ${f.findings} | ${f.percentClean}% |`);
    }
    lines.push('', '</details>');
  }
  lines.push('');

  lines.push('### Findings by rule', '');
  if (data.rules.length === 0) {
    lines.push('No findings.');
  } else {
    lines.push('| Rule | Category | Findings | Files | Safe fix | Unsafe fix |', '|---|---|--:|--:|--:|--:|');
    for (const r of data.rules) lines.push(`| ${mdCode(r.id)} | ${mdText(r.category)} | ${r.findings} | ${r.files} | ${r.safeFixable} | ${r.unsafeFixable} |`);
  }
  lines.push('');

  if (data.topFiles.length > 0) {
    lines.push('### Files with the most findings', '');
    lines.push('| File | Findings | Safe fix | Unsafe fix |', '|---|--:|--:|--:|');
    for (const f of data.topFiles) lines.push(`| ${mdCode(f.path)} | ${f.findings} | ${f.safeFixable} | ${f.unsafeFixable} |`);
    lines.push('');
  }

  lines.push('### Manual checklist', '');
  const c = data.checklist;
  if (c.file === null) {
    lines.push(`No ${mdCode('.py3migrate/checklist.json')} yet: tick items per file in the editor's migration panel.`);
  } else if (c.problem) {
    lines.push(`${mdCode(c.file)} could not be read: ${mdText(c.problem)}.`);
  } else {
    lines.push('| Item | Files ticked | % of files |', '|---|--:|--:|');
    for (const item of c.items) lines.push(`| ${mdText(item.label)} | ${item.files} of ${s.files} | ${item.percent}% |`);
    lines.push('', `${count(c.complete, 'file')} with every item ticked.${c.stale > 0 ? ` ${count(c.stale, 'ticked entry', 'ticked entries')} for files not in this report.` : ''}`);
    if (top.length > 0) {
      lines.push('', `| Folder | Files | ${MANUAL_ITEMS.map((i) => mdText(i.label)).join(' | ')} |`, `|---|--:|${MANUAL_ITEMS.map(() => '--:').join('|')}|`);
      for (const f of top) lines.push(`| ${mdCode(folderLabel(f))} | ${f.files} | ${MANUAL_ITEMS.map((i) => String(f.checklist[i.id])).join(' | ')} |`);
    }
  }

  if (data.unreadable.length > 0) {
    lines.push('', '### Files that could not be read', '');
    for (const u of data.unreadable) lines.push(`- ${mdCode(u.path)}: ${mdText(u.problem)}`);
  }
  lines.push('', `<sub>py3migrate ${mdText(data.tool.version)}${data.config ? ` · config ${mdCode(data.config)}` : ''}</sub>`, '');
  return lines.join('\n');
}

/** The folders shown first: the root's sub-folders, or the root alone in a flat tree. */
export function topFolders(data: ReportData): FolderReport[] {
  const level1 = data.folders.filter((f) => f.depth === 1);
  const root = data.folders.find((f) => f.depth === 0)!;
  if (level1.length === 0) return [root];
  const inFolders = level1.reduce((n, f) => n + f.files, 0);
  // Files directly in the root get a row of their own, so the rows add up to the total.
  if (root.files > inFolders) {
    const own: FolderReport = { ...root, path: '.', files: root.files - inFolders, cleanFiles: root.cleanFiles - level1.reduce((n, f) => n + f.cleanFiles, 0) };
    own.findings = root.findings - level1.reduce((n, f) => n + f.findings, 0);
    own.safeFixable = root.safeFixable - level1.reduce((n, f) => n + f.safeFixable, 0);
    own.unsafeFixable = root.unsafeFixable - level1.reduce((n, f) => n + f.unsafeFixable, 0);
    own.percentClean = own.files === 0 ? 100 : Math.round((own.cleanFiles / own.files) * 1000) / 10;
    own.checklist = { ...root.checklist };
    for (const item of MANUAL_ITEMS) own.checklist[item.id] -= level1.reduce((n, f) => n + f.checklist[item.id], 0);
    return [...level1, own];
  }
  return level1;
}

function folderLabel(f: FolderReport): string {
  return f.path === '.' ? '(top-level files)' : `${f.path}/`;
}

function textBar(percent: number): string {
  const filled = Math.round(percent / 10);
  return `\`${'█'.repeat(filled)}${'░'.repeat(10 - filled)}\``;
}

function count(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Inline code that survives any content: a fence longer than any backtick run inside, pipes escaped for tables. */
function mdCode(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** Plain text in a table cell: Markdown and HTML characters escaped. */
function mdText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1');
}

// ---------------------------------------------------------------- HTML

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
  --good: #1a7f37; --track: #d8dee4; --bar: #0969da; --warn: #9a6700; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
    --good: #3fb950; --track: #30363d; --bar: #4493f8; --warn: #d29922; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
.meta { color: var(--muted); margin: 0 0 1.25rem; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .75rem; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; }
.card .value { font-size: 1.6rem; font-weight: 600; }
.card .label { color: var(--muted); font-size: .85rem; }
svg .track { fill: var(--track); }
svg .done { fill: var(--good); }
svg .bar { fill: var(--bar); }
svg text { fill: var(--fg); font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
svg text.count { fill: var(--muted); }
.progress { display: block; width: 100%; height: 14px; }
.top-folders { display: grid; gap: .9rem; }
.top-folder .head { display: flex; justify-content: space-between; gap: 1rem; flex-wrap: wrap; }
.top-folder .name code { font-size: 1rem; font-weight: 600; }
.top-folder .figures { color: var(--muted); }
.total .progress { height: 22px; margin: 0 0 .75rem; }
.rule-chart { display: block; width: 100%; max-width: 60rem; height: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid var(--line); vertical-align: middle; }
th { font-weight: 600; background: var(--panel); }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.bar-cell { width: 9rem; }
td.bar-cell .progress { height: 10px; }
.warn { color: var(--warn); }
.muted { color: var(--muted); }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@media print {
  :root { --fg: #000; --muted: #444; --bg: #fff; --panel: #f3f3f3; --line: #bbb; --track: #ddd; --good: #2a7a3a; --bar: #2458a6; }
  body { max-width: none; padding: 0; }
  section, tr, .card { break-inside: avoid; }
}
`;

export function renderHtml(data: ReportData): string {
  const s = data.summary;
  const parts: string[] = [];
  parts.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">');
  parts.push(`<title>py3migrate report: ${escapeHtml(data.root)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>');
  parts.push('<header>', `<h1>py3migrate report: <code>${escapeHtml(data.root)}</code></h1>`);
  parts.push(`<p class="meta">Target <code>${escapeHtml(data.target)}</code>${data.config ? ` · config <code>${escapeHtml(data.config)}</code>` : ' · no config file'} · py3migrate ${escapeHtml(data.tool.version)}</p>`, '</header>');

  parts.push('<section class="summary total" aria-label="Summary">');
  parts.push(progressSvg(s.percentClean, `${s.percentClean}% of files clean`));
  parts.push('<div class="cards">');
  parts.push(card(`${s.percentClean}%`, `clean (${s.cleanFiles} of ${s.files} files)`));
  parts.push(card(String(s.findings), `findings in ${count(s.filesWithFindings, 'file')}`));
  parts.push(card(String(s.safeFixable), 'fixable with py3migrate fix'));
  parts.push(card(String(s.unsafeFixable), 'fixable with --unsafe-fixes'));
  if (s.unreadableFiles > 0) parts.push(card(String(s.unreadableFiles), 'files could not be read', 'warn'));
  parts.push('</div>', '</section>');

  parts.push('<section aria-labelledby="folders"><h2 id="folders">Progress by folder</h2>', '<div class="top-folders">');
  for (const f of topFolders(data)) {
    parts.push('<div class="top-folder">', '<div class="head">');
    parts.push(`<span class="name"><code>${escapeHtml(f.path === '.' ? '(top-level files)' : f.path + '/')}</code></span>`);
    parts.push(`<span class="figures">${f.cleanFiles} of ${count(f.files, 'file')} clean (${f.percentClean}%) · ${count(f.findings, 'finding')}</span>`);
    parts.push('</div>', progressSvg(f.percentClean, `${f.path}: ${f.percentClean}% clean`), '</div>');
  }
  parts.push('</div>', '</section>');

  parts.push('<section aria-labelledby="rules"><h2 id="rules">Findings by rule</h2>');
  if (data.rules.length === 0) {
    parts.push('<p>No findings.</p>');
  } else {
    parts.push(ruleChart(data));
    parts.push('<table><thead><tr><th>Rule</th><th>Category</th><th class="n">Findings</th><th class="n">Files</th><th class="n">Safe fix</th><th class="n">Unsafe fix</th></tr></thead><tbody>');
    for (const r of data.rules) {
      parts.push(`<tr><td><code>${escapeHtml(r.id)}</code></td><td>${escapeHtml(r.category)}</td>${num(r.findings)}${num(r.files)}${num(r.safeFixable)}${num(r.unsafeFixable)}</tr>`);
    }
    parts.push('</tbody></table>');
  }
  parts.push('</section>');

  if (data.topFiles.length > 0) {
    parts.push('<section aria-labelledby="files"><h2 id="files">Files with the most findings</h2>');
    parts.push('<table><thead><tr><th>File</th><th class="n">Findings</th><th class="n">Safe fix</th><th class="n">Unsafe fix</th></tr></thead><tbody>');
    for (const f of data.topFiles) parts.push(`<tr><td><code>${escapeHtml(f.path)}</code></td>${num(f.findings)}${num(f.safeFixable)}${num(f.unsafeFixable)}</tr>`);
    parts.push('</tbody></table></section>');
  }

  parts.push('<section aria-labelledby="checklist"><h2 id="checklist">Manual checklist</h2>');
  const c = data.checklist;
  if (c.file === null) {
    parts.push('<p class="muted">No <code>.py3migrate/checklist.json</code> yet: tick items per file in the editor\'s migration panel.</p>');
  } else if (c.problem) {
    parts.push(`<p class="warn"><code>${escapeHtml(c.file)}</code> could not be read: ${escapeHtml(c.problem)}.</p>`);
  } else {
    parts.push('<table><thead><tr><th>Item</th><th class="n">Files ticked</th><th>Progress</th></tr></thead><tbody>');
    for (const item of c.items) {
      parts.push(`<tr><td>${escapeHtml(item.label)}</td>${num(item.files, ` of ${s.files}`)}<td class="bar-cell">${progressSvg(item.percent, `${item.label}: ${item.percent}%`)}</td></tr>`);
    }
    parts.push('</tbody></table>');
    parts.push(`<p>${count(c.complete, 'file')} with every item ticked.${c.stale > 0 ? ` <span class="muted">${count(c.stale, 'ticked entry', 'ticked entries')} for files not in this report.</span>` : ''}</p>`);
  }
  parts.push('</section>');

  parts.push('<section aria-labelledby="all-folders"><h2 id="all-folders">All folders</h2>');
  parts.push(`<table><thead><tr><th>Folder</th><th class="n">Files</th><th class="n">Clean</th><th class="n">Findings</th><th>Progress</th>${MANUAL_ITEMS.map((i) => `<th class="n" title="${escapeHtml(i.label)}">${escapeHtml(shortLabel(i.label))}</th>`).join('')}</tr></thead><tbody>`);
  for (const f of data.folders) {
    const name = f.depth === 0 ? `${data.root} (all)` : f.path.split('/').pop() + '/';
    const style = f.depth > 0 ? ` style="padding-left:${(0.6 + f.depth * 1.2).toFixed(1)}rem"` : '';
    const weight = f.depth <= 1 ? '<strong>' : '';
    parts.push(
      `<tr><td${style} title="${escapeHtml(f.path)}">${weight}<code>${escapeHtml(name)}</code>${weight ? '</strong>' : ''}</td>${num(f.files)}${num(f.cleanFiles)}${num(f.findings)}` +
        `<td class="bar-cell">${progressSvg(f.percentClean, `${f.path}: ${f.percentClean}% clean`)}</td>${MANUAL_ITEMS.map((i) => num(f.checklist[i.id])).join('')}</tr>`,
    );
  }
  parts.push('</tbody></table></section>');

  if (data.unreadable.length > 0) {
    parts.push('<section aria-labelledby="unreadable"><h2 id="unreadable">Files that could not be read</h2><ul>');
    for (const u of data.unreadable) parts.push(`<li><code>${escapeHtml(u.path)}</code>: ${escapeHtml(u.problem)}</li>`);
    parts.push('</ul></section>');
  }
  parts.push('<footer>Generated by py3migrate report. Clean: a file with no findings under the configured rules and target.</footer>');
  parts.push('</body>', '</html>', '');
  return parts.join('\n');
}

function card(value: string, label: string, cls = ''): string {
  return `<div class="card${cls ? ' ' + cls : ''}"><div class="value">${escapeHtml(value)}</div><div class="label">${escapeHtml(label)}</div></div>`;
}

function num(n: number, suffix = ''): string {
  return `<td class="n">${n}${escapeHtml(suffix)}</td>`;
}

function shortLabel(label: string): string {
  return label.split(' ').slice(0, 2).join(' ');
}

/** A horizontal bar: the clean share filled on a track. Scales to its box (viewBox 0..100). */
function progressSvg(percent: number, label: string): string {
  const done = Math.max(0, Math.min(100, percent));
  return (
    `<svg class="progress" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}">` +
    `<title>${escapeHtml(label)}</title><rect class="track" x="0" y="0" width="100" height="10"/>` +
    `<rect class="done" x="0" y="0" width="${done}" height="10"/></svg>`
  );
}

/** Findings per rule as horizontal bars, largest first, the count at the end of each bar. */
function ruleChart(data: ReportData): string {
  const rows = data.rules;
  const max = Math.max(1, ...rows.map((r) => r.findings));
  const labelWidth = Math.min(300, Math.max(120, Math.max(...rows.map((r) => r.id.length)) * 7.4 + 12));
  const width = 760;
  const barSpace = width - labelWidth - 60;
  const rowHeight = 22;
  const height = rows.length * rowHeight + 6;
  const out: string[] = [
    `<svg class="rule-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Findings per rule">`,
    '<title>Findings per rule</title>',
  ];
  rows.forEach((r, i) => {
    const y = i * rowHeight + 3;
    const w = Math.max(1, (r.findings / max) * barSpace);
    out.push(
      `<g><title>${escapeHtml(`${r.id}: ${r.findings} findings (${r.category})`)}</title>` +
        `<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${escapeHtml(r.id)}</text>` +
        `<rect class="bar" x="${labelWidth}" y="${y + 2}" width="${w.toFixed(1)}" height="${rowHeight - 6}"/>` +
        `<text class="count" x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 14}">${r.findings}</text></g>`,
    );
  });
  out.push('</svg>');
  return out.join('');
}
