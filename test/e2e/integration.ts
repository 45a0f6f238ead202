// Runs the integration suite (test/e2e/suite, compiled to .test-output/e2e/suite) inside
// code-server's extension host: the workbench's smoke-test driver takes `extensionDevelopmentPath`
// and `extensionTestsPath` from the URL's payload, loads the extension from the checkout, calls the
// suite's `run()`, and reports the host's console and the exit code through two page functions.

import * as path from 'node:path';
import * as util from 'node:util';
import { launchBrowser } from './browser';
import { startCodeServer, QUIET_SETTINGS } from './codeServer';
import { REPO, SUITE_INDEX } from './env';

/** Workbench chatter of an offline machine (no marketplace, no GitHub sign-in): it means nothing here. */
const OFFLINE_NOISE = [/ENOTFOUND open-vsx\.org/, /authentication provider 'github'/, /^\[AccountPolicyGate\]/, /^\[AgentHost/, /^Creating a socket/, /^\[Service Worker\]/];

export async function runIntegration(dir: string, workspace: string, timeoutMs: number): Promise<number> {
  const server = await startCodeServer({
    dir: path.join(dir, 'integration-server'),
    settings: QUIET_SETTINGS,
    args: ['--vscode-option', 'enable-smoke-test-driver'],
  });
  const { browser, close } = await launchBrowser(path.join(dir, 'integration-browser'));
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    let resolveExit: (code: number) => void = () => {};
    const exited = new Promise<number>((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      if (OFFLINE_NOISE.some((re) => re.test(line))) return;
      if (type === 'error') process.stderr.write(line + '\n');
      else process.stdout.write(line + '\n');
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
    page.on('pageerror', (error) => process.stderr.write(`[page error] ${error.message}\n`));

    const remote = (p: string) => `vscode-remote://${server.authority}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(REPO)],
      ['extensionTestsPath', remote(SUITE_INDEX)],
    ];
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((r) => {
      timer = setTimeout(() => {
        process.stderr.write(`e2e: the integration suite did not finish within ${timeoutMs / 1000} s\n--- code-server log ---\n${server.log()}\n`);
        r(124);
      }, timeoutMs);
    });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    return code;
  } finally {
    await close().catch(() => {});
    await server.stop();
  }
}
