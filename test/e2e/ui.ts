// UI checks: what a person sees in a plain code-server (no smoke-test driver, so the workbench
// behaves as for a user): the extension installed in the extensions folder, squiggles in the
// editor, the migration panel rendered in the py3migrate container, and screenshots of it in a
// light and a dark theme (test-artifacts/panel-light.png, panel-dark.png).
// Selectors such as .monaco-workbench, .squiggly-error, .quick-input-list are VS Code internals:
// they are pinned with code-server's version in test/e2e/versions.json.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { MANUAL_ITEMS } from '../../shared/checklist';
import { launchBrowser } from './browser';
import { startCodeServer, QUIET_SETTINGS } from './codeServer';
import { ARTIFACTS, REPO } from './env';

const LIGHT = 'Default Light Modern';
const DARK = 'Default Dark Modern';
/** A manual checklist label (shared/checklist.ts): the panel has rendered when its webview shows it. */
const PANEL_TEXT = MANUAL_ITEMS[0].label;

export async function runUiChecks(dir: string, workspace: string): Promise<number> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // No stale screenshots from an earlier run (other suites write into test-artifacts/ too: only ours).
  for (const name of fs.readdirSync(ARTIFACTS)) {
    if (/^(panel|workbench)-(light|dark)\.png$|^ui-failure-\d+\.png$/.test(name)) fs.rmSync(path.join(ARTIFACTS, name));
  }
  const settings = { ...QUIET_SETTINGS, 'workbench.colorTheme': LIGHT };
  const server = await startCodeServer({ dir: path.join(dir, 'ui-server'), settings, extensions: [REPO] });
  // Tall enough that the panel's manual checklist shows in the screenshots.
  const { browser, close } = await launchBrowser(path.join(dir, 'ui-browser'), { width: 1400, height: 1100 });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(30_000);
  let failures = 0;
  let skipRest = false;
  const check = async (name: string, body: () => Promise<void>): Promise<void> => {
    if (skipRest) {
      console.log(`  - ${name} (skipped: an earlier check failed)`);
      return;
    }
    const t = Date.now();
    try {
      await body();
      console.log(`  ✔ ${name} (${Date.now() - t} ms)`);
    } catch (error) {
      failures++;
      skipRest = true;
      const shot = path.join(ARTIFACTS, `ui-failure-${failures}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      console.log(`  ✖ ${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)} (screenshot ${path.relative(REPO, shot)})`);
    }
  };
  try {
    await check('the workbench opens the fixture folder', async () => {
      await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor();
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'chats' }).first().waitFor();
    });

    await check('user/models.py opens from Quick Open', async () => {
      await runFromQuickInput(page, 'Control+P', 'user/models.py', /models\.py/);
      await page.locator('.monaco-editor .view-lines', { hasText: 'class User' }).first().waitFor();
    });

    await check('squiggles mark the Python 2 code', async () => {
      // long-suffix, dict-has-key, print-statement, backtick-repr: four errors.
      await waitUntil('4 error squiggles', async () => (await page.locator('.monaco-editor .squiggly-error').count()) >= 4);
    });

    await check('the Problems panel lists the findings with their rule ids', async () => {
      await runFromQuickInput(page, 'F1', 'View: Focus Problems', /Focus Problems/);
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.filter({ hasText: 'print-statement' }).first().waitFor();
      await rows.filter({ hasText: 'dict-has-key' }).first().waitFor();
      await runFromQuickInput(page, 'F1', 'View: Hide Panel', /Hide Panel/);
    });

    let panel: Frame | undefined;
    await check('the migration panel renders in the py3migrate container', async () => {
      await runFromQuickInput(page, 'F1', 'Focus on Migration View', /Focus on Migration View/);
      panel = await waitUntil('the panel webview', () => webviewWith(page, PANEL_TEXT));
      await waitUntil('the panel to show user/models.py', async () => (await bodyText(panel!)).includes('models.py'));
    });

    await check('Scan workspace fills the progress view with user/ and chats/', async () => {
      const progress = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Migration Progress' }) });
      await progress.getByRole('button', { name: 'Scan workspace' }).click();
      await progress.locator('.monaco-list-row', { hasText: 'user' }).first().waitFor();
      await progress.locator('.monaco-list-row', { hasText: 'chats' }).first().waitFor();
    });

    await check(`the panel in a light theme (${LIGHT}) -> test-artifacts/panel-light.png`, async () => {
      await screenshotPanel(page, panel!, 'vscode-light', 'panel-light.png');
    });

    await check(`the panel in a dark theme (${DARK}) -> test-artifacts/panel-dark.png`, async () => {
      // workbench.preferredDarkColorTheme is Default Dark Modern. (The Color Theme picker listed no
      // themes in headless code-server, and an edit of settings.json was not picked up.)
      await runFromQuickInput(page, 'F1', 'Preferences: Toggle between Light/Dark Themes', /Toggle between Light\/Dark Themes/);
      await page.locator('.monaco-workbench.vs-dark').waitFor();
      await screenshotPanel(page, panel!, 'vscode-dark', 'panel-dark.png');
    });
  } finally {
    if (failures > 0) console.log(`--- code-server log (tail) ---\n${server.log().split('\n').slice(-30).join('\n')}`);
    await close().catch(() => {});
    await server.stop();
  }
  return failures;
}

/** Opens Quick Open (Ctrl+P) or the command palette (F1), types, and clicks the matching row (Enter sometimes ran a stale first row). */
async function runFromQuickInput(page: Page, key: string, text: string, row: RegExp, keepOpen = false): Promise<void> {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 5 } }).catch(() => {});
  await page.keyboard.press(key);
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill(key === 'F1' ? `>${text}` : text);
  const match = page.locator('.quick-input-list .monaco-list-row', { hasText: row }).first();
  await match.waitFor();
  await match.click();
  if (!keepOpen) await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function webviewWith(page: Page, text: string): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if ((await bodyText(frame)).includes(text)) return frame;
  }
  return undefined;
}

async function bodyText(frame: Frame): Promise<string> {
  // A string, not a function: this project's tsconfig has no DOM types.
  return frame.evaluate<string>('document.body ? document.body.innerText : ""').catch(() => '');
}

async function screenshotPanel(page: Page, panel: Frame, themeClass: string, file: string): Promise<void> {
  // The webview gets the theme after the workbench: wait for its body class, then for paint.
  await waitUntil(`the panel's body class ${themeClass}`, () => panel.evaluate<boolean>(`document.body.classList.contains(${JSON.stringify(themeClass)})`).catch(() => false));
  // Park the mouse over the editor: a hover tooltip in the sidebar would cover the panel.
  await page.mouse.move(900, 700);
  await page.waitForTimeout(800);
  await page.locator('[id="workbench.parts.sidebar"]').screenshot({ path: path.join(ARTIFACTS, file) });
  await page.screenshot({ path: path.join(ARTIFACTS, file.replace('panel-', 'workbench-')) });
}

async function waitUntil<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
