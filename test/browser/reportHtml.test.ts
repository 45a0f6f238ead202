// The HTML report in a real browser (headless Chromium via playwright-core): it renders offline,
// requests nothing from the network, and its SVG charts have a size. The screenshots land in
// test-artifacts/ (git-ignored) for a person to look at.
// Chromium missing is a FAILURE, not a skip: install it with `apt-get install -y chromium`
// (.ci/run does), or point PY3MIGRATE_CHROMIUM at a Chromium binary.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { report, reportFixture } from '../unit/report/fixture';

const ROOT = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const CHROMIUM = process.env.PY3MIGRATE_CHROMIUM ?? '/usr/bin/chromium';

describe('browser: HTML report in headless Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  let dir: string;
  let htmlFile: string;

  before(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: the HTML report's browser test needs it. Install it (apt-get update && apt-get install -y chromium) or set PY3MIGRATE_CHROMIUM to a Chromium binary.`);
    }
    dir = reportFixture();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    htmlFile = path.join(ARTIFACTS, 'report.html');
    const { code } = await report([dir, '--format', 'html', '-o', htmlFile]);
    assert.equal(code, 0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  });

  after(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open(colorScheme: 'light' | 'dark'): Promise<{ page: Page; remote: string[]; errors: string[] }> {
    const context = await browser!.newContext({ viewport: { width: 1100, height: 900 }, colorScheme, javaScriptEnabled: false });
    const page = await context.newPage();
    const remote: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (!/^(file|data|about):/.test(request.url())) remote.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    return { page, remote, errors };
  }

  it('renders with sized charts and no network request; saves test-artifacts/report.png', async () => {
    const { page, remote, errors } = await open('light');
    assert.deepEqual(remote, [], 'the page requested something from the network');
    assert.deepEqual(errors, []);

    const chart = await page.locator('svg.rule-chart').boundingBox();
    assert.ok(chart && chart.width > 100 && chart.height > 50, `rule chart box ${JSON.stringify(chart)}`);
    const bars = await page.locator('svg.rule-chart rect.bar').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect()).map((b) => [b.width, b.height]));
    assert.equal(bars.length, 5);
    for (const [w, h] of bars) assert.ok(w > 0 && h > 0, `a bar of size ${w}x${h}`);
    // The longest bar is the rule with the most findings (print-statement: 2 of the fixture's 6).
    assert.ok(bars[0][0] > bars[1][0], 'bars are in proportion to the counts');

    const progress = await page.locator('.top-folder svg.progress').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().width));
    assert.equal(progress.length, 4, 'one bar per top-level folder, plus the top-level files');
    for (const w of progress) assert.ok(w > 200, `progress bar ${w}px wide`);
    const pkgDone = await page.locator('.top-folder', { hasText: 'pkg/' }).locator('rect.done').evaluate((r) => r.getBoundingClientRect().width);
    const pkgTrack = await page.locator('.top-folder', { hasText: 'pkg/' }).locator('rect.track').evaluate((r) => r.getBoundingClientRect().width);
    assert.ok(Math.abs(pkgDone / pkgTrack - 1 / 3) < 0.02, `pkg/ is 1 of 3 files clean: ${pkgDone}/${pkgTrack}`);

    const hostile = await page.locator('.top-folder .name').allTextContents();
    assert.ok(hostile.includes('<img src=x onerror=alert(1)>|`x`&y/'), 'the folder name shows as text');
    assert.equal(await page.locator('img').count(), 0);

    await page.screenshot({ path: path.join(ARTIFACTS, 'report.png'), fullPage: true });
    assert.ok(fs.statSync(path.join(ARTIFACTS, 'report.png')).size > 10_000);
    await page.context().close();
  });

  it('reads in the dark scheme too (test-artifacts/report-dark.png)', async () => {
    const { page } = await open('dark');
    // A string, evaluated in the page: the tests are type-checked without the DOM library.
    const [fg, bg] = (await page.evaluate('[getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]')) as [string, string];
    assert.notEqual(fg, bg);
    assert.equal(bg, 'rgb(13, 17, 23)');
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-dark.png'), fullPage: true });
    await page.context().close();
  });
});
