// Output for CI: SARIF (validated against the SARIF 2.1.0 schema, offline), GitHub workflow
// commands, --output-file, --exit-zero, and the one-line stderr summary for every format.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { escapeData, escapeProperty, formatGithub } from '../../server/src/cli/github';
import { buildOnce, ROOT, run, tempTree } from './helpers';

const PY2 = 'if a <> b:\n    x = 10L\n';

function sarifValidator(): (data: unknown) => string | undefined {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  // draft-04 -> draft-07: only the identifying keywords differ for this schema (see the fixture's README).
  const { id, $schema: _draft4, ...rest } = schema;
  // unicodeRegExp off: the schema's `language` pattern has a stray ']' that only a unicode RegExp rejects.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile({ ...rest, $id: id as string, $schema: 'http://json-schema.org/draft-07/schema#' });
  return (data) => (validate(data) ? undefined : ajv.errorsText(validate.errors, { separator: '\n' }));
}

/** Applies SARIF replacements (1-based lines and UTF-16 columns) to a text, last first. */
function applyReplacements(text: string, replacements: Sarif.Replacement[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (line: number, column: number): number => starts[line - 1] + column - 1;
  const edits = replacements.map((r) => ({
    start: offset(r.deletedRegion.startLine as number, r.deletedRegion.startColumn as number),
    end: offset(r.deletedRegion.endLine as number, r.deletedRegion.endColumn as number),
    text: r.insertedContent?.text ?? '',
  }));
  for (const e of edits.sort((a, b) => b.start - a.start || b.end - a.end)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

describe('cli: output for CI', () => {
  before(buildOnce);

  it('--format sarif is valid SARIF 2.1.0 with rules, levels, relative locations and 1-based regions', () => {
    const dir = tempTree({ 'pkg/my mod.py': PY2, 'clean.py': 'x = 1\n', 'info.py': 'try:\n    pass\nexcept (A, B), e:\n    pass\n' });
    const r = run(['check', '--format', 'sarif', '.'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout) as Sarif.Log;
    const validate = sarifValidator();
    assert.equal(validate(log), undefined);
    // The validator does reject what the schema forbids.
    const broken = JSON.parse(r.stdout) as { runs: { results: { level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.match(validate(broken) ?? '', /level[\s\S]*startLine|startLine[\s\S]*level/);
    assert.equal(log.version, '2.1.0');
    const [sarifRun] = log.runs;
    const driver = sarifRun.tool.driver;
    assert.equal(driver.name, 'py3migrate');
    assert.match(driver.version ?? '', /^\d+\.\d+\.\d+$/);
    assert.ok(driver.informationUri);
    const rules = driver.rules ?? [];
    assert.ok(rules.length > 20);
    for (const rule of rules) {
      assert.ok(rule.shortDescription?.text && rule.fullDescription?.text, rule.id);
      assert.match(rule.defaultConfiguration?.level ?? '', /^(error|warning|note)$/, rule.id);
      assert.ok(rule.helpUri?.endsWith(`/docs/rules/${rule.id}.md`), rule.helpUri);
    }
    // The help link is the bundled rule page (that every rule has one is ruleDocs.test.ts's to check).
    for (const id of ['old-ne-operator', 'long-suffix', 'print-statement']) {
      const helpUri = rules.find((x) => x.id === id)?.helpUri as string;
      assert.ok(fs.existsSync(fileURLToPath(helpUri)), helpUri);
    }
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
    assert.equal(sarifRun.originalUriBaseIds?.['%SRCROOT%']?.uri, `${pathToFileURL(fs.realpathSync(dir)).href}/`);
    const results = sarifRun.results ?? [];
    const ne = results.find((x) => x.ruleId === 'old-ne-operator');
    assert.ok(ne);
    assert.equal(ne.level, 'error');
    assert.equal(rules[ne.ruleIndex as number].id, 'old-ne-operator');
    assert.ok(ne.message.text);
    const location = ne.locations?.[0].physicalLocation;
    assert.deepEqual(location?.artifactLocation, { uri: 'pkg/my%20mod.py', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(location?.region, { startLine: 1, startColumn: 6, endLine: 1, endColumn: 8 });
    assert.ok(ne.partialFingerprints?.['py3migrate/v1']);
    assert.equal(sarifRun.invocations?.[0].executionSuccessful, true);
    assert.match(r.stderr, /^Found \d+ findings in 2 files/m);
  });

  it('SARIF fixes: a safe fix\'s replacements give exactly what `fix` writes', () => {
    const snippets = ['x = 10L\n', 'print "hi", name\n', 'exec code in ns\n', '"""doc"""\nprint >>sys.stderr, "x"\n', 'if a <> b:\n    pass\n'];
    for (const target of ['compat', 'py3']) {
      for (const source of snippets) {
        const dir = tempTree({ 'm.py': source });
        const log = JSON.parse(run(['check', '--format', 'sarif', '--target', target, 'm.py'], { cwd: dir }).stdout) as Sarif.Log;
        assert.equal(sarifValidator()(log), undefined);
        const results = log.runs[0].results ?? [];
        assert.equal(results.length, 1, `${target}: ${source}`);
        const fix = results[0].fixes?.[0];
        assert.ok(fix, `${target}: ${source}`);
        const replacements = fix.artifactChanges[0].replacements;
        const fixed = run(['fix', '--target', target, '-'], { input: source }).stdout;
        assert.equal(applyReplacements(source, replacements), fixed, `${target}: ${source}`);
      }
    }
    // An unsafe fix is not offered.
    const dir = tempTree({ 'm.py': 'if d.has_key(k):\n    pass\n' });
    const [unsafe] = JSON.parse(run(['check', '--format', 'sarif', 'm.py'], { cwd: dir }).stdout).runs[0].results;
    assert.equal(unsafe.ruleId, 'dict-has-key');
    assert.equal(unsafe.fixes, undefined);
  });

  it('--format sarif with no findings and with an unreadable file still validates', () => {
    const dir = tempTree({ 'clean.py': 'x = 1\n', 'bin.py': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 0, 0x10]) });
    const r = run(['check', '--format', 'sarif', '.'], { cwd: dir });
    assert.equal(r.code, 2);
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assert.equal(sarifValidator()(log), undefined);
    assert.deepEqual(log.runs[0].results, []);
    const invocation = log.runs[0].invocations?.[0];
    assert.equal(invocation?.executionSuccessful, false);
    assert.match(invocation?.toolExecutionNotifications?.[0].message.text ?? '', /bin\.py: binary file/);
    assert.match(r.stderr, /No findings in 1 file/);
  });

  it('--docs-base-url (or the config\'s docs-base-url) points the help links at the team\'s copy of the rule pages', () => {
    const dir = tempTree({ 'a.py': PY2 });
    const log = JSON.parse(run(['check', '--format', 'sarif', '--docs-base-url', 'https://example.com/py3/rules', 'a.py'], { cwd: dir }).stdout) as Sarif.Log;
    const rule = log.runs[0].tool.driver.rules?.find((x) => x.id === 'long-suffix');
    assert.equal(rule?.helpUri, 'https://example.com/py3/rules/long-suffix.md');
    assert.equal(run(['check', '--docs-base-url', 'not a url', 'a.py'], { cwd: dir }).code, 2);
    // [tool.py3migrate] docs-base-url applies too; the flag wins over it.
    fs.writeFileSync(path.join(dir, 'pyproject.toml'), '[tool.py3migrate]\ndocs-base-url = "https://wiki.example.com/py3"\n');
    const helpUri = (args: string[]): string | undefined =>
      (JSON.parse(run(['check', '--format', 'sarif', ...args, 'a.py'], { cwd: dir }).stdout) as Sarif.Log).runs[0].tool.driver.rules?.find((x) => x.id === 'long-suffix')?.helpUri;
    assert.equal(helpUri([]), 'https://wiki.example.com/py3/long-suffix.md');
    assert.equal(helpUri(['--docs-base-url', 'https://example.com/r/']), 'https://example.com/r/long-suffix.md');
  });

  it('--format github prints workflow commands with escaped properties and messages', () => {
    const dir = tempTree({ 'a,b:c.py': PY2, 'x.py': 'try:\n    pass\nexcept (A, B), e:\n    pass\n' });
    const r = run(['check', '--format', 'github', '.'], { cwd: dir });
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], '::error file=a%2Cb%3Ac.py,line=1,col=6,endLine=1,endColumn=8,title=py3migrate (old-ne-operator)::' + lines[0].split('::')[2]);
    for (const line of lines) assert.match(line, /^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::[^\r\n]+$/);
    assert.match(r.stderr, /^Found \d+ findings in 2 files/m);
  });

  it('github escaping: % CR LF always, and , : in properties', () => {
    assert.equal(escapeData('100% a\r\nb: c, d'), '100%25 a%0D%0Ab: c, d');
    assert.equal(escapeProperty('dir,1/a:b%.py'), 'dir%2C1/a%3Ab%25.py');
    const line = formatGithub(
      { path: 'a.py', rule: 'r', severity: 'information', message: 'two\nlines', line: 1, column: 2, endLine: 3, endColumn: 4, fixable: false, fix: null },
      'a.py',
    );
    assert.equal(line, '::notice file=a.py,line=1,col=2,endLine=3,endColumn=4,title=py3migrate (r)::two%0Alines');
  });

  it('--output-file writes the output there (atomically, nothing on stdout) and the summary still prints', () => {
    const dir = tempTree({ 'a.py': PY2 });
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const file = `out-${format}.txt`;
      fs.writeFileSync(path.join(dir, file), 'old content');
      const r = run(['check', '--format', format, '--output-file', file, 'a.py'], { cwd: dir });
      assert.equal(r.code, 1, format);
      assert.equal(r.stdout, '', format);
      assert.match(r.stderr, /Found 2 findings in 1 file/, format);
      assert.match(r.stderr, new RegExp(`Wrote the ${format} output to ${file}`), format);
      const written = fs.readFileSync(path.join(dir, file), 'utf8');
      const direct = run(['check', '--format', format, 'a.py'], { cwd: dir }).stdout;
      assert.equal(written, direct, format);
    }
    assert.deepEqual(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp')), [], 'no temp file left behind');
    const missing = run(['check', '--output-file', 'no/such/dir/out.sarif', 'a.py'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot write 'no\/such\/dir\/out\.sarif'/);
  });

  it('--exit-zero exits 0 with findings, but still 2 when a file could not be checked', () => {
    const dir = tempTree({ 'a.py': PY2 });
    const r = run(['check', '--exit-zero', 'a.py'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /old-ne-operator/);
    assert.match(r.stderr, /Found 2 findings/);
    assert.equal(run(['check', '--exit-zero', 'a.py', 'missing.py'], { cwd: dir }).code, 2);
  });

  it('help check documents every CI flag', () => {
    const help = run(['help', 'check']).stdout;
    for (const flag of ['--format text|json|sarif|github', '--output-file', '--exit-zero', '--baseline FILE', '--update-baseline', '--jobs N', '--no-progress', '--docs-base-url', '%SRCROOT%', '::error file=']) {
      assert.ok(help.includes(flag), flag);
    }
  });

  it('prints a one-line summary on stderr for every format', () => {
    const dir = tempTree({ 'a.py': PY2, 'clean.py': 'x = 1\n' });
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const r = run(['check', '--format', format, '.'], { cwd: dir });
      assert.deepEqual(r.stderr.trim().split('\n'), ['Found 2 findings in 1 file (2 fixable with `py3migrate fix`).'], format);
      const clean = run(['check', '--format', format, 'clean.py'], { cwd: dir });
      assert.deepEqual(clean.stderr.trim().split('\n'), ['No findings in 1 file.'], format);
    }
  });
});
