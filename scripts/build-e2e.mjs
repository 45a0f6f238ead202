// Compiles the real-VS-Code integration suite (test/e2e/suite/*.ts) to .test-output/e2e/suite/*.js:
// the extension host loads the suite with require(), so it cannot run TypeScript through tsx.
// Separate from scripts/build.mjs on purpose: nothing of it goes into dist/ or the .vsix.
// `vscode` comes from the extension host; mocha stays external and is imported from node_modules.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const suite = path.join(root, 'test/e2e/suite');
const out = path.join(root, '.test-output/e2e/suite');
fs.rmSync(out, { recursive: true, force: true });

await esbuild.build({
  entryPoints: fs.readdirSync(suite).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => path.join(suite, f)),
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
  external: ['vscode', 'mocha'],
});
