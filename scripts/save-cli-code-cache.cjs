// Saves dist/cli.js.codecache (server/src/cli/codeCache.ts): runs the bundled CLI once, as
// `py3migrate check` with every rule selected over the differential corpus, whose programs reach
// every rule, then writes the bytecode V8 compiled on the way. Run by scripts/build.mjs after
// bundling. Without the cache the CLI works the same, only slower to warm up.
const fs = require('node:fs');
const path = require('node:path');
const root = path.resolve(__dirname, '..');
const { loadBundle, saveCodeCache } = require(path.join(root, 'dist', 'codeCache.js'));

const cli = path.join(root, 'dist', 'cli.js');
const cachePath = `${cli}.codecache`;
fs.rmSync(cachePath, { force: true });
// Each rule has its docs page: docs/rules/<id>.md.
const ruleIds = fs.readdirSync(path.join(root, 'docs', 'rules')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3));
const corpus = path.join(root, 'test', 'diff', 'programs');
process.argv = [process.argv[0], cli, 'check', '--jobs', '1', '--format', 'json', '--select', ruleIds.join(','), corpus];
const bundle = loadBundle(cli, cachePath);
process.once('exit', (code) => {
  // 0: no findings, 1: findings; 2 is a usage or internal error, after which little has run.
  if (code > 1) {
    process.stderr.write(`save-cli-code-cache: the warm-up check failed (exit ${code})\n`);
    return;
  }
  saveCodeCache(cachePath, bundle.cacheData());
});
bundle.run();
