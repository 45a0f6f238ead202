// `npm run test:e2e` runner: the extension in a real VS Code (code-server 4.139.1 = VS Code 1.139.1,
// Node extension host) driven by Debian's Chromium through playwright-core.
//   1. the integration suite (test/e2e/suite) inside the extension host, against a fresh copy of
//      test/e2e/fixture-workspace; its exit code is this runner's;
//   2. UI checks in a second, plain code-server (squiggles, the migration panel) with screenshots of
//      the panel in a light and a dark theme into test-artifacts/.
// Needs scripts/e2e-install.sh once per machine (cached outside the checkout), and the builds
// (`npm run build && npm run build:e2e`; `npm run test:e2e` does all three).
// Flags: --integration-only, --ui-only, --keep (keep the temp folder). PY3MIGRATE_E2E_GREP filters tests.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkInstalled, copyFixture, SUITE_INDEX } from './env';
import { runIntegration } from './integration';
import { runUiChecks } from './ui';

const INTEGRATION_TIMEOUT_MS = 10 * 60_000;

async function main(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  checkInstalled();
  if (!fs.existsSync(SUITE_INDEX)) throw new Error(`${SUITE_INDEX} is missing: run npm run build:e2e`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-e2e-'));
  // Also when a signal ends the run (codeServer.ts turns SIGINT/SIGTERM into exit).
  if (!args.has('--keep')) process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  let code = 0;
  try {
    if (!args.has('--ui-only')) {
      const t = Date.now();
      const workspace = copyFixture(path.join(dir, 'integration'));
      console.log(`== e2e: integration suite in code-server (workspace ${workspace})`);
      const result = await runIntegration(dir, workspace, INTEGRATION_TIMEOUT_MS);
      console.log(`== e2e: integration suite exit code ${result} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      if (result !== 0) code = result;
    }
    if (!args.has('--integration-only')) {
      const t = Date.now();
      const workspace = copyFixture(path.join(dir, 'ui'));
      console.log('== e2e: UI checks in code-server');
      const failures = await runUiChecks(dir, workspace);
      console.log(`== e2e: UI checks ${failures === 0 ? 'passed' : `${failures} failed`} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      if (failures > 0 && code === 0) code = 1;
    }
  } finally {
    if (args.has('--keep')) console.log(`== e2e: kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
  return code;
}

const started = Date.now();
main().then(
  (code) => {
    console.log(`== e2e: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
