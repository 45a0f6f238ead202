// package.json's contributions for the panel and walkthrough agree with the code and ship in the .vsix.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from '../../../client/src/panel/commands';

const ROOT = path.join(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('panel: package.json contributions', () => {
  it('declares the activity-bar container, its icon and the webview view', () => {
    const container = pkg.contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === 'py3migrate');
    assert.ok(container);
    assert.equal(container.title, 'py3migrate');
    const icon = fs.readFileSync(path.join(ROOT, container.icon), 'utf8');
    assert.match(icon, /^<svg [^>]*stroke="currentColor"/);
    const view = pkg.contributes.views.py3migrate.find((v: { id: string }) => v.id === 'py3migrate.migrationPanel');
    assert.equal(view?.type, 'webview');
  });

  it('declares every command the panel registers', () => {
    const declared = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
    for (const id of Object.values(COMMANDS)) assert.ok(declared.has(id), id);
  });

  it('walkthrough steps have their media and use declared commands', () => {
    const [walkthrough] = pkg.contributes.walkthroughs;
    assert.deepEqual(walkthrough.steps.map((s: { id: string }) => s.id), ['fixOnSave', 'openPanel', 'scanWorkspace', 'readGuides']);
    for (const step of walkthrough.steps) {
      assert.ok(fs.existsSync(path.join(ROOT, step.media.markdown)), step.media.markdown);
      for (const [, command] of (step.description as string).matchAll(/\(command:([\w.]+)\)/g)) {
        // scanWorkspace is the workspace view's command.
        assert.ok(command === 'py3migrate.scanWorkspace' || Object.values(COMMANDS).includes(command as never), command);
      }
    }
  });

  it('ships media/ and docs/ in the .vsix', () => {
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!media/**'));
    assert.ok(ignore.includes('!docs/**'));
  });
});
