// Bundles the three entry points with esbuild and puts the two .wasm files beside the server,
// where server/src/engine/parser.ts looks for them first.
//   dist/server.js  language server (py3migrate-lsp, and the extension's server module)
//   dist/cli.js     command-line tool (py3migrate)
//   dist/cliWorker.js  the worker thread of `py3migrate check --jobs N` (loaded from beside cli.js)
//   dist/client.js  VS Code extension (the only bundle that may import 'vscode')
//   dist/codeCache.js  loads dist/cli.js with V8's code cache (bin/py3migrate.js); the cache,
//                   dist/cli.js.codecache, is saved last by a warm-up run (scripts/save-cli-code-cache.cjs)
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const production = process.argv.includes('--production');
fs.mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // A TS import of web-tree-sitter resolves its ESM build, whose import.meta.url becomes {} in CJS.
  alias: { 'web-tree-sitter': path.join(root, 'node_modules/web-tree-sitter/web-tree-sitter.cjs') },
};

const entries = [
  { in: 'server/src/lsp/main.ts', out: 'server.js' },
  { in: 'server/src/cli/main.ts', out: 'cli.js' },
  { in: 'server/src/cli/cliWorker.ts', out: 'cliWorker.js' },
  { in: 'client/src/extension.ts', out: 'client.js', external: ['vscode'] },
  { in: 'server/src/cli/codeCache.ts', out: 'codeCache.js' },
];

await Promise.all(
  entries
    .filter((e) => fs.existsSync(path.join(root, e.in)))
    .map((e) => esbuild.build({ ...common, entryPoints: [path.join(root, e.in)], outfile: path.join(dist, e.out), external: e.external ?? [] })),
);

for (const wasm of ['node_modules/web-tree-sitter/web-tree-sitter.wasm', 'node_modules/tree-sitter-python/tree-sitter-python.wasm']) {
  fs.copyFileSync(path.join(root, wasm), path.join(dist, path.basename(wasm)));
}

// Last: the warm-up run needs the bundles and the .wasm files in place.
// Its findings and warnings are not news; its exit code is 1 because the corpus has findings.
const warmUp = spawnSync(process.execPath, [path.join(root, 'scripts', 'save-cli-code-cache.cjs')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
if (!fs.existsSync(path.join(dist, 'cli.js.codecache'))) {
  console.warn(`build: no code cache for dist/cli.js (the CLI works without one, only slower to start):\n${warmUp.error ?? warmUp.stderr}`);
}
