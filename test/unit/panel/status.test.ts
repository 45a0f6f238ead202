// The migration status and per-category counts the server adds to py3migrate/fileStatus
// (server/src/lsp/fileSummary.ts).

import { strict as assert } from 'node:assert';
import { FINDING_CATEGORIES } from '../../../shared/protocol';
import { migrationStatus, summarizeCategories, usesCompatShims } from '../../../server/src/lsp/fileSummary';
import { CATEGORIES, type Category, type Finding, type Fix } from '../../../server/src/engine';

const fix = (safety: Fix['safety']): Fix => ({ title: 't', safety, edits: [{ start: 0, end: 1, newText: '' }] });
const finding = (ruleId: string, fixes: Finding['fixes'] = {}): Finding => ({ ruleId, severity: 'error', message: 'm', start: 0, end: 1, fixes });

describe('panel: migration status', () => {
  it('is decided by findings left and compatibility shims', () => {
    assert.equal(migrationStatus(3, false), 'not-started');
    assert.equal(migrationStatus(3, true), 'in-progress');
    assert.equal(migrationStatus(0, true), 'compatible');
    assert.equal(migrationStatus(0, false), 'python3-only');
  });

  it('counts six, python-future and Python 2 __future__ features as shims', () => {
    const none = new Set<string>();
    assert.equal(usesCompatShims('import six\n', none), true);
    assert.equal(usesCompatShims('x = 1\nfrom six.moves import range\n', none), true);
    assert.equal(usesCompatShims('if True:\n    import six\n', none), true);
    assert.equal(usesCompatShims('from future.utils import iteritems\n', none), true);
    assert.equal(usesCompatShims('from builtins import str\n', none), true);
    assert.equal(usesCompatShims('from past.builtins import basestring\n', none), true);
    assert.equal(usesCompatShims('x = 1\n', new Set(['print_function'])), true);
    assert.equal(usesCompatShims('x = 1\n', new Set(['division', 'annotations'])), true);
  });

  it('does not count Python 3 features, look-alike names or mentions in text', () => {
    const none = new Set<string>();
    assert.equal(usesCompatShims('x = 1\n', new Set(['annotations'])), false);
    assert.equal(usesCompatShims('x = 1\n', new Set(['generator_stop'])), false);
    assert.equal(usesCompatShims('import sixty\nimport futures\n', none), false);
    assert.equal(usesCompatShims('from sixpack import x\n', none), false);
    assert.equal(usesCompatShims('# we used to import six here\nx = "import six"\n', none), false);
    assert.equal(usesCompatShims('', none), false);
  });
});

describe('panel: findings per category', () => {
  const categories: Record<string, Category> = { a: 'syntax', b: 'dicts-iterators', c: 'division' };
  const categoryOf = (id: string): Category | undefined => categories[id];

  it('counts findings and safe fixes for the target per category', () => {
    const findings = [
      finding('a', { py3: fix('safe'), compat: fix('safe') }),
      finding('a', { py3: fix('unsafe') }),
      finding('b', { compat: fix('safe') }),
      finding('c'),
    ];
    const py3 = summarizeCategories(findings, 'py3', categoryOf);
    assert.deepEqual(py3.categories, { syntax: { findings: 2, safeFixes: 1 }, 'dicts-iterators': { findings: 1, safeFixes: 0 }, division: { findings: 1, safeFixes: 0 } });
    assert.deepEqual(py3.ruleCategories, { a: 'syntax', b: 'dicts-iterators', c: 'division' });
    const compat = summarizeCategories(findings, 'compat', categoryOf);
    assert.deepEqual(compat.categories['dicts-iterators'], { findings: 1, safeFixes: 1 });
    // cleanup falls back to the py3 fix
    assert.equal(summarizeCategories(findings, 'cleanup', categoryOf).categories.syntax?.safeFixes, 1);
  });

  it('puts ids that are not rules (syntax-error) under syntax, and leaves empty categories out', () => {
    const summary = summarizeCategories([finding('syntax-error')], 'py3', categoryOf);
    assert.deepEqual(summary.categories, { syntax: { findings: 1, safeFixes: 0 } });
    assert.deepEqual(summarizeCategories([], 'py3', categoryOf), { categories: {}, ruleCategories: {} });
  });

  it('the protocol lists the same categories as the engine', () => {
    assert.deepEqual([...FINDING_CATEGORIES], [...CATEGORIES]);
  });
});
