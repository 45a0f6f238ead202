// The same integration suite (test/e2e/suite, compiled by `npm run build:e2e`) in desktop VS Code
// through @vscode/test-electron, for machines that can download VS Code:
//   npm run build && npm run build:e2e && npx tsx test/e2e/runInElectron.ts [--version 1.91.0]
// It CANNOT run on the project's CI machines: @vscode/test-electron downloads VS Code from
// update.code.visualstudio.com (ENOTFOUND there), and neither npm nor Debian ships a desktop VS Code.
// There, test/e2e/run.ts runs this suite in code-server instead (`npm run test:e2e`).
// Set PY3MIGRATE_E2E_VSCODE to a VS Code executable to skip the download.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { copyFixture, REPO, SUITE_INDEX } from './env';

async function main(): Promise<number> {
  if (!fs.existsSync(SUITE_INDEX)) throw new Error(`${SUITE_INDEX} is missing: run npm run build:e2e`);
  const versionFlag = process.argv.indexOf('--version');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'py3migrate-e2e-electron-'));
  try {
    const workspace = copyFixture(dir);
    const settings = path.join(dir, 'user/User/settings.json');
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false }));
    return await runTests({
      version: versionFlag > 0 ? process.argv[versionFlag + 1] : undefined,
      vscodeExecutablePath: process.env.PY3MIGRATE_E2E_VSCODE,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: SUITE_INDEX,
      launchArgs: [workspace, '--disable-extensions', '--user-data-dir', path.join(dir, 'user'), '--disable-workspace-trust'],
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('e2e (test-electron):', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
