// implicit-relative-import decides from the files beside the module, so its programs cannot be
// single files like the rest of the corpus: this test builds a small package, runs it on Python 2.7,
// fixes the importing module with the engine, and runs it again on Python 3 (and 2.7 for compat).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixText, loadRules, type RuleSet } from '../../server/src/engine';
import { findPython2, findPython3, requirePython } from './pythons';

const VIEWS = [
  '# Inside a package, Python 2 finds these siblings first, even `email`, which shadows the stdlib.',
  'import models',
  'from models import NAME',
  'import email as mail',
  'from helpers.text import shout',
  'def show():',
  '    print models.NAME, NAME, mail.WHO, shout("done")',
  '',
].join('\n');

const FILES: Record<string, string> = {
  'run.py': 'import app.views\napp.views.show()\n',
  'app/__init__.py': '',
  'app/models.py': 'NAME = "app.models"\n',
  'app/email.py': 'WHO = "app.email, not the stdlib"\n',
  'app/helpers/__init__.py': '',
  'app/helpers/text.py': 'def shout(s):\n    return s.upper()\n',
};

describe('differential: implicit-relative-import on a package', function () {
  this.timeout(60000);
  let rules: RuleSet;
  let python2: string;
  let python3: string;
  before(async () => {
    rules = await loadRules();
    python2 = requirePython('Python 2.7', findPython2());
    python3 = requirePython('Python 3', findPython3());
  });

  function tree(views: string): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-iri-'));
    for (const [name, text] of Object.entries({ ...FILES, 'app/views.py': views })) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
    return root;
  }
  const run = (python: string, root: string): string =>
    execFileSync(python, ['-B', 'run.py'], { cwd: root, encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });

  for (const target of ['py3', 'compat'] as const) {
    it(`keeps the output for ${target}`, () => {
      const original = tree(VIEWS);
      const expected = run(python2, original);
      assert.equal(expected, 'app.models app.models app.email, not the stdlib DONE\n');

      const fixed = fixText(rules, VIEWS, { target, path: path.join(original, 'app', 'views.py') });
      assert.ok(fixed.appliedByRule.get('implicit-relative-import'), 'the rule fixed the module');
      assert.ok(!fixed.remaining.some((f) => f.ruleId === 'implicit-relative-import'), 'no finding left');
      const after = tree(fixed.text);
      assert.equal(run(python3, after), expected, `Python 3 after the fix:\n${fixed.text}`);
      if (target === 'compat') assert.equal(run(python2, after), expected, `Python 2.7 after the fix:\n${fixed.text}`);
      for (const dir of [original, after]) fs.rmSync(dir, { recursive: true, force: true });
    });
  }
});
