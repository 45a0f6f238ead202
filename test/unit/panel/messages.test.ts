// Every message from the panel's webview is checked before it is acted on (client/src/panel/messages.ts).

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeMessage, parsePanelMessage } from '../../../client/src/panel/messages';

const URI = 'file:///work/a.py';

describe('panel: webview message validation', () => {
  const valid: unknown[] = [
    { type: 'ready' },
    { type: 'reveal', uri: URI, line: 0, character: 4 },
    { type: 'fixCategory', uri: URI, category: 'dicts-iterators' },
    { type: 'setTick', uri: URI, item: 'divisionReviewed', value: true },
    { type: 'setTick', uri: URI, item: 'runUnderPython3', value: false },
    { type: 'openGuide', guide: 'what-changed.md', anchor: 'strings-and-bytes' },
    { type: 'openGuide', guide: 'logging.md', anchor: '' },
    { type: 'openRule', ruleId: 'old-ne-operator' },
  ];
  for (const message of valid) {
    it(`accepts ${JSON.stringify(message)}`, () => {
      assert.deepEqual(parsePanelMessage(message), message);
    });
  }

  const invalid: [string, unknown][] = [
    ['null', null],
    ['a string', 'ready'],
    ['an array', [{ type: 'ready' }]],
    ['no type', { uri: URI }],
    ['an unknown type', { type: 'runCommand', command: 'workbench.action.terminal.new' }],
    ['a type from Object.prototype', { type: 'constructor' }],
    ['a type that is not a string', { type: 1 }],
    ['an extra field', { type: 'ready', script: 'x' }],
    ['a negative line', { type: 'reveal', uri: URI, line: -1, character: 0 }],
    ['a fractional column', { type: 'reveal', uri: URI, line: 1, character: 0.5 }],
    ['a line given as a string', { type: 'reveal', uri: URI, line: '3', character: 0 }],
    ['a missing uri', { type: 'reveal', line: 1, character: 0 }],
    ['an empty uri', { type: 'fixCategory', uri: '', category: 'syntax' }],
    ['an unknown category', { type: 'fixCategory', uri: URI, category: 'everything' }],
    ['an unknown manual item', { type: 'setTick', uri: URI, item: 'allDone', value: true }],
    ['a tick value that is not boolean', { type: 'setTick', uri: URI, item: 'divisionReviewed', value: 'yes' }],
    ['a guide outside the bundled ones', { type: 'openGuide', guide: '../../../etc/passwd', anchor: '' }],
    ['a guide URL', { type: 'openGuide', guide: 'https://example.com/x.md', anchor: '' }],
    ['an anchor with markup', { type: 'openGuide', guide: 'what-changed.md', anchor: '"><script>' }],
    ['a missing anchor', { type: 'openGuide', guide: 'what-changed.md' }],
    ['a rule id with a path', { type: 'openRule', ruleId: '../x' }],
    ['a rule id in capitals', { type: 'openRule', ruleId: 'OLD-NE' }],
  ];
  for (const [what, message] of invalid) {
    it(`drops ${what}`, () => {
      assert.equal(parsePanelMessage(message), undefined);
    });
  }

  it('describes a dropped message briefly, without its payload', () => {
    const text = describeMessage({ type: 'x'.repeat(500), secret: 'payload' });
    assert.ok(text.length < 100, text);
    assert.ok(!text.includes('payload'));
    assert.equal(describeMessage(null), 'object');
  });

  it('every message media/panel.js posts is a kind the extension accepts', () => {
    const script = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'media', 'panel.js'), 'utf8');
    const posted = [...script.matchAll(/post\(\{ type: '(\w+)'/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(posted)].sort(), ['fixCategory', 'openGuide', 'openRule', 'ready', 'reveal', 'setTick']);
  });
});
