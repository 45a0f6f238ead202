import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildOnce, run, tempTree } from './helpers';

describe('cli: requirements', function () {
  this.timeout(60000);
  before(buildOnce);

  it('finds dependency files under a folder, follows -r includes, and exits 1 on findings', () => {
    const dir = tempTree({
      'requirements.txt': 'Django==1.4.22\n-r requirements/base.txt\nsix\n',
      'requirements/base.txt': 'PIL==1.1.7\n',
      'setup.py': 'from setuptools import setup\nsetup(name="x", install_requires=["MySQL-python"])\n',
      'Pipfile': '[packages]\nsuds = "*"\n',
      '.venv/pyvenv.cfg': 'home = /usr\n',
      '.venv/requirements.txt': 'PIL\n',
      'docs/notes.txt': 'PIL\n',
    });
    const result = run(['requirements'], { cwd: dir });
    assert.equal(result.code, 1, result.stderr);
    const lines = result.stdout.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
    assert.deepEqual(lines.map((l) => l.replace(/ \S+ never.*| \S+==.*/, '').trim()), [
      'Pipfile:2:1: error [requirement-never-python3]',
      `${path.join('requirements', 'base.txt')}:1:1: error [requirement-never-python3]`,
      'requirements.txt:1:1: error [requirement-pinned-before-python3]',
      'setup.py:2:36: error [requirement-never-python3]',
    ]);
    assert.match(result.stderr, /Checked 5 requirements in 4 files: 4 findings\./);
  });

  it('prints JSON with the suggestion and source of each finding', () => {
    const dir = tempTree({ 'requirements.txt': 'pycrypto==2.6.1\n' });
    const result = run(['requirements', 'requirements.txt', '--format', 'json'], { cwd: dir });
    const [row] = JSON.parse(result.stdout) as Record<string, unknown>[];
    assert.deepEqual([row!.id, row!.package, row!.suggestion, row!.line], ['requirement-unmaintained', 'pycrypto', 'pycryptodome', 1]);
    assert.match(String(row!.source), /^https:\/\//);
  });

  it('exits 0 when nothing stands in the way, and 2 naming a missing include or file', () => {
    const clean = tempTree({ 'requirements.txt': 'Django>=1.11\nfutures; python_version < "3"\n' });
    const ok = run(['requirements'], { cwd: clean });
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stderr, /nothing stands in the way of Python 3/);

    const broken = tempTree({ 'requirements.txt': '-r missing.txt\n' });
    const bad = run(['requirements', 'requirements.txt', 'nope.txt'], { cwd: broken });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /requirements\.txt: includes missing\.txt, which does not exist/);
    assert.match(bad.stderr, /nope\.txt: no such file or folder/);
    fs.rmSync(broken, { recursive: true });
  });

  it('rejects a binary file and a bad TOML file with a message naming them', () => {
    const dir = tempTree({ 'requirements.txt': Buffer.from([0x50, 0x49, 0x4c, 0x00, 0x0a]), 'Pipfile': '[packages\n' });
    const result = run(['requirements'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /requirements\.txt: binary file/);
    assert.match(result.stderr, /Pipfile: not valid TOML/);
  });
});
