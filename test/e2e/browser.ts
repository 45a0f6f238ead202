// Debian's Chromium driven by playwright-core (no Playwright browser download on these machines).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM } from './env';

export async function launchBrowser(dir: string, viewport = { width: 1400, height: 900 }): Promise<{ browser: BrowserContext; close(): Promise<void> }> {
  const profile = path.join(dir, 'chromium-profile');
  fs.mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return { browser: context, close: () => context.close() };
}

export type { Browser };
