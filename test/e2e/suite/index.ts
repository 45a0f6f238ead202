// The integration suite's entry: VS Code's extension host calls `run()` (the `extensionTestsPath`
// contract of @vscode/test-electron, which code-server's smoke-test driver honours too).
// It runs mocha inside the extension host, where the test files use the real `vscode` API.
// Compiled by scripts/build-e2e.mjs; every *.test.js beside this file is loaded, in ORDER first.

import * as fs from 'node:fs';
import * as path from 'node:path';

const ORDER = ['extension.test.js', 'panel.test.js', 'workspace.test.js', 'docLinks.test.js'];

export async function run(): Promise<void> {
  // Mocha 12 is an ES module; a dynamic import works from this CommonJS bundle.
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.PY3MIGRATE_E2E_GREP;
  if (grep) mocha.grep(grep);

  const present = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js'));
  const files = [...ORDER.filter((f) => present.includes(f)), ...present.filter((f) => !ORDER.includes(f)).sort()];
  // Loaded with this bundle's own require, not mocha's loader, so `require('vscode')` in the test
  // files goes through the extension host's module interception.
  for (const name of files) {
    const file = path.join(__dirname, name);
    mocha.suite.emit('pre-require', globalThis, file, mocha);
    require(file);
    mocha.suite.emit('post-require', globalThis, file, mocha);
  }

  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
