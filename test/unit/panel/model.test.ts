// The panel's model: findings grouped by category, counts, status labels, manual items and ticks
// (client/src/panel/model.ts), and the guide anchors each item links to.

import { strict as assert } from 'node:assert';
import { MANUAL_ITEMS } from '../../../shared/checklist';
import { FINDING_CATEGORIES, type FileStatusParams } from '../../../shared/protocol';
import { CATEGORY_INFO, splitGuideRef, STATUS_LABELS } from '../../../client/src/panel/guides';
import { buildPanelModel, groupFindings, type DiagnosticLike } from '../../../client/src/panel/model';

const URI = 'file:///w/pkg/a.py';
const diag = (code: string, line: number, character = 0, source = 'py3migrate'): DiagnosticLike => ({ source, code, message: `${code} here`, line, character, severity: 'error' });

describe('panel: model', () => {
  const status: FileStatusParams = {
    uri: URI,
    findings: 4,
    fixable: 3,
    state: 'ok',
    status: 'in-progress',
    compatShims: true,
    categories: { syntax: { findings: 2, safeFixes: 2 }, 'dicts-iterators': { findings: 1, safeFixes: 1 }, other: { findings: 1, safeFixes: 0 } },
    ruleCategories: { 'old-ne-operator': 'syntax', 'long-suffix': 'syntax', 'dict-iter-method': 'dicts-iterators', 'some-other': 'other' },
  };
  const diagnostics = [diag('dict-iter-method', 7), diag('old-ne-operator', 3, 5), diag('long-suffix', 1), diag('some-other', 9), diag('E501', 2, 0, 'flake8')];

  it('groups py3migrate diagnostics by the category the server gave their rule, in line order', () => {
    const groups = groupFindings(diagnostics, status.ruleCategories);
    assert.deepEqual([...groups.keys()].sort(), ['dicts-iterators', 'other', 'syntax']);
    assert.deepEqual(groups.get('syntax')!.map((f) => [f.ruleId, f.line, f.character]), [['long-suffix', 1, 0], ['old-ne-operator', 3, 5]]);
    // Other tools' diagnostics are not ours; a rule the server has not named yet goes under 'other'.
    assert.equal([...groups.values()].flat().some((f) => f.ruleId === 'E501'), false);
    assert.deepEqual(groupFindings([diag('new-rule', 0)], undefined).get('other')!.map((f) => f.ruleId), ['new-rule']);
  });

  it('has one checklist item per category in order, with counts, safe fixes, findings and guide anchors', () => {
    const model = buildPanelModel({ uri: URI, file: 'pkg/a.py', status, diagnostics, ticks: { divisionReviewed: true } });
    assert.deepEqual(model.categories.map((c) => c.category), [...FINDING_CATEGORIES]);
    const syntax = model.categories[0];
    assert.deepEqual([syntax.label, syntax.findings, syntax.safeFixes, syntax.guide, syntax.anchor], ['Syntax', 2, 2, 'what-changed.md', 'syntax']);
    assert.equal(syntax.items.length, 2);
    const division = model.categories.find((c) => c.category === 'division')!;
    assert.deepEqual([division.findings, division.safeFixes, division.items], [0, 0, []]);
    assert.equal(model.status, 'in-progress');
    assert.equal(model.statusLabel, 'In progress');
    assert.equal(model.findings, 4);
    assert.equal(model.file, 'pkg/a.py');
  });

  it('leaves out "other" when it has no findings', () => {
    const model = buildPanelModel({ uri: URI, file: 'a.py', status: { ...status, categories: {}, findings: 0, status: 'compatible' }, diagnostics: [], ticks: {} });
    assert.deepEqual(model.categories.map((c) => c.category), FINDING_CATEGORIES.filter((c) => c !== 'other'));
    assert.equal(model.statusLabel, '2/3 compatible');
  });

  it('shows the manual items with their ticks and guides', () => {
    const model = buildPanelModel({ uri: URI, file: 'a.py', status, diagnostics, ticks: { divisionReviewed: true, coveredByTests: false } });
    assert.deepEqual(model.manual.map((m) => m.id), MANUAL_ITEMS.map((m) => m.id));
    assert.deepEqual(model.manual.filter((m) => m.ticked).map((m) => m.id), ['divisionReviewed']);
    assert.deepEqual(model.ticks, { divisionReviewed: true });
    const division = model.manual.find((m) => m.id === 'divisionReviewed')!;
    assert.deepEqual([division.guide, division.anchor], ['what-changed.md', 'division']);
    const unavailable = buildPanelModel({ uri: URI, file: '/tmp/a.py', status, diagnostics, ticks: {}, ticksUnavailable: 'not in a folder' });
    assert.equal(unavailable.ticksUnavailable, 'not in a folder');
  });

  it('says when the server has not reported yet, or did not check the file', () => {
    const waiting = buildPanelModel({ uri: URI, file: 'a.py', status: undefined, diagnostics, ticks: {} });
    assert.equal(waiting.state, 'waiting');
    assert.equal(waiting.statusLabel, 'Checking...');
    const excluded = buildPanelModel({ uri: URI, file: 'a.py', status: { uri: URI, findings: 0, fixable: 0, state: 'excluded' }, diagnostics, ticks: {} });
    assert.equal(excluded.state, 'excluded');
    assert.equal(excluded.statusLabel, 'Not checked');
    assert.equal(excluded.categories.every((c) => c.items.length === 0), true);
  });

  it('every category and manual item links to a bundled guide; every status has a label', () => {
    assert.deepEqual(CATEGORY_INFO.map((c) => c.category), [...FINDING_CATEGORIES]);
    for (const item of MANUAL_ITEMS) assert.ok(splitGuideRef(item.guide), item.guide);
    assert.deepEqual(Object.keys(STATUS_LABELS).sort(), ['compatible', 'in-progress', 'not-started', 'python3-only']);
    assert.equal(splitGuideRef('nope.md#x'), undefined);
    assert.equal(splitGuideRef('what-changed.md#a#b'), undefined);
    assert.deepEqual(splitGuideRef('logging.md'), { guide: 'logging.md', anchor: '' });
  });
});
