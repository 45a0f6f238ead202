// The server's settings parser and exclude-glob matcher, without a server.

import { strict as assert } from 'node:assert';
import { matchesGlob } from '../../server/src/lsp/glob';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/lsp/settings';

const known = (id: string): boolean => ['old-ne-operator', 'long-suffix'].includes(id);

describe('lsp: settings', () => {
  it('uses the defaults for missing settings', () => {
    const { settings, problems } = parseSettings({}, known);
    assert.deepEqual(problems, []);
    assert.equal(settings.target, 'compat');
    assert.equal(settings.maxFileSize, 2 * 1024 * 1024);
    assert.deepEqual(parseSettings(undefined, known).settings, DEFAULT_SETTINGS);
  });

  it('reads nested (VS Code) and flat dotted keys', () => {
    const nested = parseSettings({ target: 'py3', docs: { baseUrl: 'https://x.example/r' }, rules: { 'long-suffix': 'off' }, exclude: ['a/**'], maxFileSize: '4MB' }, known);
    assert.deepEqual(nested.problems, []);
    assert.equal(nested.settings.target, 'py3');
    assert.equal(nested.settings.docsBaseUrl, 'https://x.example/r/');
    assert.equal(nested.settings.severities.get('long-suffix'), 'off');
    assert.deepEqual(nested.settings.exclude, ['a/**']);
    assert.equal(nested.settings.maxFileSize, 4 * 1024 * 1024);
    assert.equal(parseSettings({ 'docs.baseUrl': 'file:///docs/' }, known).settings.docsBaseUrl, 'file:///docs/');
  });

  it('reports each bad value and keeps its default', () => {
    const { settings, problems } = parseSettings(
      { target: 3, rules: { 'old-ne-operator': 'fatal', nope: 'off' }, exclude: [1], 'docs.baseUrl': 'not a url', maxFileSize: -1 },
      known,
    );
    assert.equal(settings.target, 'compat');
    assert.equal(settings.severities.size, 0);
    assert.deepEqual(settings.exclude, []);
    assert.equal(settings.docsBaseUrl, undefined);
    assert.equal(settings.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.equal(problems.length, 6);
    assert.match(problems.join('\n'), /py3migrate\.target must be/);
    assert.match(problems.join('\n'), /there is no rule 'nope'/);
    assert.match(parseSettings('compat', known).problems[0], /must be an object/);
  });
});

describe('lsp: exclude globs', () => {
  const cases: [string, string, boolean][] = [
    ['vendor/**', 'vendor/lib/a.py', true],
    ['vendor/**', 'src/vendor/a.py', false],
    ['**/vendor/**', 'src/vendor/a.py', true],
    ['vendor', 'vendor/a.py', true],
    ['vendor', 'src/vendor/a.py', true],
    ['*_pb2.py', 'proto/x_pb2.py', true],
    ['*.py', 'a/b.pyc', false],
    ['src/*.py', 'src/a.py', true],
    ['src/*.py', 'src/sub/a.py', false],
    ['src/**/*.py', 'src/a.py', true],
    ['src/**/*.py', 'src/x/y/a.py', true],
    ['{build,dist}/**', 'dist/a.py', true],
    ['test?.py', 'test1.py', true],
    ['test[!0-9].py', 'test1.py', false],
    ['test[!0-9].py', 'testa.py', true],
    ['a.py', 'ab.py', false],
    ['./legacy/', 'legacy/x.py', true],
  ];
  for (const [glob, file, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${file}`, () => {
      assert.equal(matchesGlob(glob, file), expected);
    });
  }
});

describe('lsp: settings schema in package.json', () => {
  const manifest = require('../../package.json') as { contributes: { configuration: { properties: Record<string, { default?: unknown; enum?: string[]; additionalProperties?: { enum?: string[] } }> } } };
  const properties = manifest.contributes.configuration.properties;
  const serverKeys = ['target', 'rules', 'exclude', 'docs.baseUrl', 'maxFileSize'];

  it('declares every setting the server reads, and the server reads every py3migrate setting but the client-side trace', () => {
    const declared = Object.keys(properties).filter((k) => k.startsWith('py3migrate.')).map((k) => k.slice('py3migrate.'.length));
    assert.deepEqual(declared.filter((k) => k !== 'trace.server').sort(), [...serverKeys].sort());
  });

  it('gives the same defaults as the server, without warnings', () => {
    const flat = Object.fromEntries(serverKeys.map((k) => [k, properties[`py3migrate.${k}`].default]));
    const { settings, problems } = parseSettings(flat, known);
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, DEFAULT_SETTINGS);
  });

  it('accepts every value the schema offers', () => {
    for (const target of properties['py3migrate.target'].enum ?? []) assert.deepEqual(parseSettings({ target }, known).problems, []);
    for (const level of properties['py3migrate.rules'].additionalProperties?.enum ?? []) {
      assert.deepEqual(parseSettings({ rules: { 'long-suffix': level } }, known).problems, []);
    }
  });
});
