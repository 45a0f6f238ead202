import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixText, type RuleSet } from '../../../server/src/engine';
import { SourceFile } from '../../../server/src/engine/sourceFile';
import { rulesReady } from '../ruleTester';

const ID = 'implicit-relative-import';

describe(`rule ${ID}`, () => {
  let rules: RuleSet;
  let root: string;
  let pkg: string;
  before(async () => {
    rules = await rulesReady();
    root = mkdtempSync(join(tmpdir(), 'py3m-iri-'));
    pkg = join(root, 'pkg');
    mkdirSync(join(pkg, 'sub'), { recursive: true });
    for (const f of ['__init__.py', 'models.py', 'email.py', 'mod.py', 'sub/__init__.py', '__main__.py', 'sysconfig.py']) writeFileSync(join(pkg, f), '');
    mkdirSync(join(root, 'plain'));
    writeFileSync(join(root, 'plain', 'models.py'), '');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  function findings(code: string, path: string | undefined) {
    const file = SourceFile.parse(code);
    try {
      return rules.analyze(file, { select: new Set([ID]), path });
    } finally {
      file.dispose();
    }
  }
  const fix = (code: string, target: 'py3' | 'compat') => fixText(rules, code, { target, select: new Set([ID]), path: join(pkg, 'mod.py') }).text;

  it('flags sibling modules and packages, not stdlib or unknown names', () => {
    const code = 'import models\nimport os\nfrom sub import thing\nimport missing\nfrom . import models\n';
    const found = findings(code, join(pkg, 'mod.py'));
    assert.deepEqual(found.map((f) => code.slice(f.start, f.end)), ['models', 'sub']);
  });
  it('reads the module a line names, not the names it imports (the line is read before the tree)', () => {
    const at = join(pkg, 'mod.py');
    const spans = (code: string) => findings(code, at).map((f) => code.slice(f.start, f.end));
    // A sibling's name among the imported names, or after `as`, is not the module imported.
    assert.deepEqual(spans('from os import models\nfrom os.path import sub as models\nimport os as models\n'), []);
    assert.deepEqual(spans('from models import x\nfrom models.y import z\nfrom  sub\timport q\n'), ['models', 'models.y', 'sub']);
    assert.deepEqual(spans('import os, models as m, sub . inner\r\nimport\tos,models\n'), ['models as m', 'sub . inner', 'models']);
    // Lines the text reading leaves to the tree: comments, `;`, brackets, continuations, relative imports.
    assert.deepEqual(spans('import os  # models\nimport os; import models\nfrom os import (models,\n  sub)\n'), ['models']);
    assert.deepEqual(spans('from os \\\n  import models\nfrom \\\n  models import x\nfrom .models import y\nfrom . import models\n'), ['models']);
    assert.deepEqual(spans('if 1: from models import x\nx = 1; from sub import y\n'), ['models', 'sub']);
  });
  it('reports nothing without a path, outside a package, or with absolute_import', () => {
    assert.equal(findings('import models\n', undefined).length, 0);
    assert.equal(findings('import models\n', join(root, 'plain', 'x.py')).length, 0);
    assert.equal(findings('from __future__ import absolute_import\nimport models\n', join(pkg, 'mod.py')).length, 0);
  });
  it('reports nothing in a Python 3 file: its imports are absolute', () => {
    assert.equal(findings('import models\nfrom email import z\nx = f"{z}"\n', join(pkg, 'mod.py')).length, 0);
    assert.equal(findings('import models\nprint "py2"\n', join(pkg, 'mod.py')).length, 1);
  });
  it('never reads `import __main__` or `from own_name import x` as relative; a plain `import own_name` still is', () => {
    assert.equal(findings('import __main__\n', join(pkg, 'mod.py')).length, 0);
    assert.equal(findings('from sysconfig import get_path\n', join(pkg, 'sysconfig.py')).length, 0);
    assert.equal(findings('import sysconfig\n', join(pkg, 'sysconfig.py')).length, 1);
  });
  it('says when the sibling shadows a stdlib module', () => {
    const [f] = findings('import email\n', join(pkg, 'mod.py'));
    assert.match(f.message, /standard-library module/);
  });
  it('fixes for py3 and compat, idempotently', () => {
    const code = 'import models\nimport models as m\nfrom sub.x import y\nfrom email import z\n';
    const py3 = fix(code, 'py3');
    assert.equal(py3, 'from . import models\nfrom . import models as m\nfrom .sub.x import y\nfrom .email import z\n');
    assert.equal(fix(py3, 'py3'), py3);
    const compat = fix(code, 'compat');
    assert.equal(compat, 'from __future__ import absolute_import\n' + py3);
    assert.equal(fix(compat, 'compat'), compat);
  });
  it('leaves mixed and dotted imports unfixed, and a script-module fix unsafe', () => {
    assert.equal(fix('import models, os\nimport sub.x\n', 'py3'), 'import models, os\nimport sub.x\n');
    const script = 'import models\nif __name__ == "__main__":\n    pass\n';
    assert.equal(fix(script, 'py3'), script);
  });
});
