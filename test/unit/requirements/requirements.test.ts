import * as assert from 'node:assert/strict';
import { checkRequirementsText } from '../../../server/src/requirements/check';
import { PACKAGES, lookupPackage } from '../../../server/src/requirements/dataset';
import { parseRequirementsFile, requirementsFileKind } from '../../../server/src/requirements/parse';
import { clauseExcluding, compareVersions, parseSpecifiers, parseVersion } from '../../../server/src/requirements/versions';

const v = (text: string) => parseVersion(text)!;
const excludes = (spec: string, first: string) => clauseExcluding(parseSpecifiers(spec), v(first)) !== undefined;
const ids = (kind: Parameters<typeof checkRequirementsText>[0], text: string) =>
  checkRequirementsText(kind, text).findings.map((f) => `${f.name}:${f.id}`);

describe('requirements: versions', () => {
  it('compares release segments numerically, pre-releases first', () => {
    assert.equal(compareVersions(v('1.10'), v('1.9')), 1);
    assert.equal(compareVersions(v('1.5'), v('1.5.0')), 0);
    assert.equal(compareVersions(v('1.5rc1'), v('1.5')), -1);
  });

  it('knows which specifiers rule out every release from the first with Python 3', () => {
    for (const spec of ['==1.4.22', '<1.5', '<=1.4.9', '~=1.4.0', '==1.4.*', '>=1.2,<1.5', '^0.9', '~1.4']) assert.ok(excludes(spec, '1.5'), spec);
    for (const spec of ['', '>=1.2', '==1.5', '<2', '<=1.5', '~=1.4', '==1.*', '!=1.5', '^1.4', '~1']) assert.ok(!excludes(spec, '1.5'), spec);
  });
});

describe('requirements: parsing', () => {
  it('reads requirements.txt lines, continuations, comments, includes and skips URLs and options', () => {
    const text = 'Django==1.4  # old\n-r base.txt\n--index-url https://x\n-e git+https://x/y#egg=z\nrequests[security] >= 2.0 \\\n    --hash=sha256:0\nfutures; python_version < "3"\nhttps://x/y.whl\n';
    const parsed = parseRequirementsFile('requirements.txt', text);
    assert.deepEqual(parsed.requirements.map((r) => [r.name, r.specifier, r.marker]), [
      ['Django', '==1.4', ''], ['requests', '>= 2.0', ''], ['futures', '', 'python_version < "3"'],
    ]);
    assert.deepEqual(parsed.includes.map((i) => i.target), ['base.txt']);
    const django = parsed.requirements[0]!;
    assert.equal(text.slice(django.start, django.end), 'Django');
  });

  it('reads setup.py install_requires, inline or through a name, without running it', () => {
    const text = 'REQS = [\n  "PIL",  # imaging\n  \'Django<1.5\',\n]\nsetup(name="x", install_requires=REQS)\n';
    const names = parseRequirementsFile('setup.py', text).requirements;
    assert.deepEqual(names.map((r) => r.name), ['PIL', 'Django']);
    assert.equal(text.slice(names[1]!.start, names[1]!.end), 'Django');
    assert.deepEqual(parseRequirementsFile('setup.py', 'setup(install_requires=["six", "MySQL-python>=1.2"])').requirements.map((r) => r.name), ['six', 'MySQL-python']);
  });

  it('reads setup.cfg, Pipfile and pyproject.toml (PEP 621 and Poetry)', () => {
    assert.deepEqual(parseRequirementsFile('setup.cfg', '[metadata]\nname = x\n[options]\ninstall_requires =\n    PIL\n    six>=1.0\n[options.extras_require]\nx = nose\n').requirements.map((r) => r.name), ['PIL', 'six']);
    const pipfile = '[packages]\nsuds = "*"\nDjango = {version = "==1.4", markers = "python_version < \'3\'"}\n[dev-packages]\nnose = "*"\n';
    assert.deepEqual(parseRequirementsFile('Pipfile', pipfile).requirements.map((r) => [r.name, r.specifier, r.marker]), [
      ['suds', '', ''], ['Django', '==1.4', "python_version < '3'"], ['nose', '', ''],
    ]);
    const pyproject = '[project]\ndependencies = ["Django>=1.3,<1.5", "six"]\n[tool.poetry.dependencies]\npython = "^2.7"\nPIL = "^1.1"\n';
    const parsed = parseRequirementsFile('pyproject.toml', pyproject).requirements;
    assert.deepEqual(parsed.map((r) => r.name), ['Django', 'six', 'PIL']);
    assert.equal(pyproject.slice(parsed[2]!.start, parsed[2]!.end), 'PIL');
    assert.match(parseRequirementsFile('Pipfile', '[packages\n').problems[0]!, /not valid TOML/);
  });

  it('recognises dependency files by name', () => {
    assert.equal(requirementsFileKind('/p/requirements-dev.txt'), 'requirements.txt');
    assert.equal(requirementsFileKind('/p/requirements/base.txt'), 'requirements.txt');
    assert.equal(requirementsFileKind('/p/setup.py'), 'setup.py');
    assert.equal(requirementsFileKind('/p/notes.txt'), undefined);
  });
});

describe('requirements: findings', () => {
  it('flags packages that never supported Python 3, old pins, dead packages and backports', () => {
    assert.deepEqual(ids('requirements.txt', 'MySQL-python==1.2.5\nmysql_python\nDjango==1.4.22\nDjango>=1.8\npycrypto\nenum34\nsix\n'), [
      'MySQL-python:requirement-never-python3', 'mysql_python:requirement-never-python3', 'Django:requirement-pinned-before-python3',
      'pycrypto:requirement-unmaintained', 'enum34:requirement-backport',
    ]);
  });

  it('leaves alone what a marker already keeps on Python 2', () => {
    assert.deepEqual(ids('requirements.txt', 'futures==3.3.0; python_version < "3"\nenum34; python_version < "3.4"\nPIL; python_version == "2.7"\nMySQL-python; python_version<"3.0"\n'), []);
    assert.deepEqual(ids('requirements.txt', 'enum34; python_version < "3.6"\n'), ['enum34:requirement-backport']);
  });

  it('says what to use instead and where the claim comes from', () => {
    const [finding] = checkRequirementsText('requirements.txt', 'Django==1.4\n').findings;
    assert.equal(finding!.suggestion, 'Django>=1.5');
    assert.match(finding!.message, /Django==1\.4 is older than 1\.5/);
    assert.match(finding!.source, /^https:\/\/docs\.djangoproject\.com\//);
  });

  it('has a replacement and an https source for every dataset entry, and no duplicates', () => {
    const seen = new Set<string>();
    for (const entry of PACKAGES) {
      assert.match(entry.source, /^https:\/\//, entry.name);
      assert.ok(!seen.has(entry.name.toLowerCase()), entry.name);
      seen.add(entry.name.toLowerCase());
      assert.equal(lookupPackage(entry.name.toUpperCase().replace(/-/g, '_')), entry);
      if (entry.verdict.kind === 'never-python3' || entry.verdict.kind === 'unmaintained') assert.ok(entry.verdict.replacement.length > 0);
    }
  });
});
