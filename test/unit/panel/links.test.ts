// Docs links (client/src/panel/docLinks.ts) and the walkthrough's fix-on-save setting (fixOnSave.ts).

import { strict as assert } from 'node:assert';
import { docsBaseUrl, guideTarget, parseDocsUri, ruleDocsTarget } from '../../../client/src/panel/docLinks';
import { withFixAllOnSave } from '../../../client/src/panel/fixOnSave';

describe('panel: docs links', () => {
  it('opens bundled pages without a base URL', () => {
    assert.deepEqual(ruleDocsTarget('old-ne-operator', undefined), { kind: 'bundled', path: 'docs/rules/old-ne-operator.md', fragment: '' });
    assert.deepEqual(guideTarget('what-changed.md', 'division', undefined), { kind: 'bundled', path: 'docs/guides/what-changed.md', fragment: 'division' });
  });

  it('points at the team site with a base URL (guides beside the rules folder)', () => {
    const base = docsBaseUrl('https://wiki.example.com/py3/rules')!;
    assert.equal(base, 'https://wiki.example.com/py3/rules/');
    assert.deepEqual(ruleDocsTarget('old-ne-operator', base), { kind: 'external', url: 'https://wiki.example.com/py3/rules/old-ne-operator.md' });
    assert.deepEqual(guideTarget('what-changed.md', 'strings-and-bytes', base), { kind: 'external', url: 'https://wiki.example.com/py3/guides/what-changed.md#strings-and-bytes' });
    assert.deepEqual(guideTarget('logging.md', '', base), { kind: 'external', url: 'https://wiki.example.com/py3/guides/logging.md' });
  });

  it('takes only absolute http(s) base URLs', () => {
    for (const bad of [undefined, '', '   ', 'wiki/rules', 'javascript:alert(1)', 'command:workbench.action.terminal.new', 'file:///etc/', 42]) {
      assert.equal(docsBaseUrl(bad), undefined, String(bad));
    }
  });

  it('the URI handler accepts bundled rule pages and guides only', () => {
    assert.deepEqual(parseDocsUri('/docs/rules/old-ne-operator.md', ''), { kind: 'bundled', path: 'docs/rules/old-ne-operator.md', fragment: '' });
    assert.deepEqual(parseDocsUri('/docs/guides/what-changed.md', 'division'), { kind: 'bundled', path: 'docs/guides/what-changed.md', fragment: 'division' });
    assert.deepEqual(parseDocsUri('/docs/guides/what-changed.md', 'bad fragment"'), { kind: 'bundled', path: 'docs/guides/what-changed.md', fragment: '' });
    for (const bad of ['/docs/rules/../../package.json', '/docs/rules/a/b.md', '/docs/guides/secret.md', '/dist/client.js', '/docs/rules/X.md', '/docs/rules/old-ne-operator.txt', '']) {
      assert.equal(parseDocsUri(bad, ''), undefined, bad);
    }
  });
});

describe('panel: fix on save setting', () => {
  const KIND = 'source.fixAll.py3migrate';

  it('adds the action to an empty or object value, keeping the others', () => {
    assert.deepEqual(withFixAllOnSave(undefined), { [KIND]: 'explicit' });
    assert.deepEqual(withFixAllOnSave({ 'source.organizeImports': 'explicit' }), { 'source.organizeImports': 'explicit', [KIND]: 'explicit' });
    assert.deepEqual(withFixAllOnSave({ [KIND]: 'never' }), { [KIND]: 'explicit' });
    assert.deepEqual(withFixAllOnSave({ [KIND]: false }), { [KIND]: 'explicit' });
  });

  it('appends to the older array form', () => {
    assert.deepEqual(withFixAllOnSave(['source.organizeImports']), ['source.organizeImports', KIND]);
  });

  it('changes nothing when it is already on', () => {
    assert.equal(withFixAllOnSave({ [KIND]: 'explicit' }), undefined);
    assert.equal(withFixAllOnSave({ [KIND]: 'always' }), undefined);
    assert.equal(withFixAllOnSave({ [KIND]: true }), undefined);
    assert.equal(withFixAllOnSave([KIND]), undefined);
  });
});
