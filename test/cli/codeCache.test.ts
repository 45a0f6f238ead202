// The code cache the CLI starts from (server/src/cli/codeCache.ts, bin/py3migrate.js): a bundle runs
// the same with or without it, and a cache saved for other source text is never used.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildOnce, ROOT, run, tempTree } from './helpers';

function bundleSource(value: string): string {
  // CommonJS, as esbuild writes it: require, __filename and __dirname come from the wrapper.
  return `"use strict";\nconst path = require('node:path');\nfunction answer() { return ${JSON.stringify(value)}; }\nconsole.log(JSON.stringify({ value: answer(), filename: __filename, dirname: __dirname, joined: path.join('a', 'b') }));\n`;
}

/**
 * Loads and runs the bundle in a fresh Node (dist/codeCache.js), and saves its cache afterwards when
 * asked: V8 keeps what one process compiled in memory, and would answer a second load in this
 * process from there, whatever the cache file holds.
 */
function runBundle(bundle: string, cache: string, save = false): { status: string; value: string } {
  const script = `
    const { loadBundle, saveCodeCache } = require(${JSON.stringify(path.join(ROOT, 'dist', 'codeCache.js'))});
    const [bundle, cache, save] = process.argv.slice(1);
    const loaded = loadBundle(bundle, cache);
    loaded.run();
    if (save === 'save') saveCodeCache(cache, loaded.cacheData());
    console.log(loaded.status);`;
  const r = spawnSync(process.execPath, ['-e', script, bundle, cache, save ? 'save' : ''], { encoding: 'utf8' });
  assert.equal(r.stderr, '');
  const [ran, status] = r.stdout.trim().split('\n');
  const seen = JSON.parse(ran) as { value: string; filename: string; dirname: string; joined: string };
  assert.equal(seen.filename, bundle);
  assert.equal(seen.dirname, path.dirname(bundle));
  assert.equal(seen.joined, path.join('a', 'b'));
  return { status, value: seen.value };
}

describe('code cache', () => {
  before(() => buildOnce());
  let dir: string;
  let bundle: string;
  let cache: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-codecache-'));
    bundle = path.join(dir, 'bundle.js');
    cache = `${bundle}.codecache`;
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs a bundle without a cache, saves one, and runs from it', () => {
    fs.writeFileSync(bundle, bundleSource('first'));
    assert.deepEqual(runBundle(bundle, cache, true), { status: 'absent', value: 'first' });
    assert.ok(fs.statSync(cache).size > 32);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['bundle.js', 'bundle.js.codecache'], 'no partial file is left behind');
    assert.deepEqual(runBundle(bundle, cache), { status: 'accepted', value: 'first' });
  });

  it('never uses a cache saved for other source text, even of the same length', () => {
    fs.writeFileSync(bundle, bundleSource('old'));
    runBundle(bundle, cache, true);
    // Same length, other code: V8's own check compares only the length.
    fs.writeFileSync(bundle, bundleSource('new'));
    assert.deepEqual(runBundle(bundle, cache), { status: 'stale', value: 'new' });
  });

  it('falls back to compiling when V8 refuses the cache, or it cannot be read', () => {
    fs.writeFileSync(bundle, bundleSource('value'));
    runBundle(bundle, cache, true);
    // The right digest in front of bytes V8 cannot use.
    fs.writeFileSync(cache, Buffer.concat([fs.readFileSync(cache).subarray(0, 32), Buffer.from('not a code cache at all')]));
    assert.deepEqual(runBundle(bundle, cache), { status: 'rejected', value: 'value' });
    fs.writeFileSync(cache, Buffer.alloc(0));
    assert.deepEqual(runBundle(bundle, cache), { status: 'stale', value: 'value' });
    fs.rmSync(cache);
    fs.mkdirSync(cache);
    assert.deepEqual(runBundle(bundle, cache), { status: 'absent', value: 'value' });
  });

  describe('the built CLI', () => {
    it('the build saves a cache that a fresh Node accepts', () => {
      const probe = `const { loadBundle } = require('./dist/codeCache.js'); process.stdout.write(loadBundle('dist/cli.js', 'dist/cli.js.codecache').status);`;
      const r = spawnSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.stderr, '');
      assert.equal(r.stdout, 'accepted');
    });

    it('bin/py3migrate.js, which runs from the cache, prints what dist/cli.js prints', () => {
      const tree = tempTree({ 'a.py': 'print "x"\nd = {}\nif d.has_key(1): pass\n', 'b.py': 'x = 10L\n' });
      const direct = run(['check', '--jobs', '1', '.'], { cwd: tree });
      const viaBin = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'py3migrate.js'), 'check', '--jobs', '1', '.'], { cwd: tree, encoding: 'utf8' });
      assert.equal(direct.code, 1);
      assert.match(direct.stdout, /print-statement/);
      assert.equal(viaBin.status, direct.code);
      assert.equal(viaBin.stdout, direct.stdout);
      assert.equal(viaBin.stderr, direct.stderr);
    });
  });
});
