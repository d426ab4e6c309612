// The same single file in Firefox (Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core):
// nothing in the app may be Chromium-only. Firefox differs where it matters to us: it answers
// navigator.storage.persist() with a user prompt, and it reports CSP violations Chromium keeps quiet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { largeBackup } from '../../scripts/largeBackup';
import { APP_URL } from './browser';

const FIREFOX = '/usr/bin/firefox-esr';

describe('dist/index.html in Firefox over file://', () => {
  let browser: Browser;
  let page: Page;
  let profile: string;
  const errors: string[] = [];

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'dashboard-firefox-'));
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir: profile });
    page = await browser.newPage();
    await page.setViewport({ width: 1366, height: 900 });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(APP_URL);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('shows the dashboard with every chart drawn', async () => {
    await page.waitForSelector('[data-chart-ready="true"]', { timeout: 30_000 });
    // Charts draw when scrolled near: bring each card into view and wait until it has drawn.
    await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      for (const card of Array.from(document.querySelectorAll('[data-chart-id]'))) {
        card.scrollIntoView();
        await frame();
        await frame();
        for (let i = 0; i < 600 && !card.querySelector('[data-chart-ready="true"], [data-chart-empty]'); i++) await frame();
      }
      window.scrollTo(0, 0);
    });
    // every chart host reports ready (hosts are marked 'false' until ECharts' first 'finished')
    await page.waitForFunction(
      () => {
        const hosts = document.querySelectorAll('[data-chart-ready]');
        return hosts.length >= 8 && Array.from(hosts).every((h) => (h as HTMLElement).dataset.chartReady === 'true');
      },
      { timeout: 30_000 },
    );
    const summary = await page.evaluate(() => document.body.innerText);
    expect(summary).toContain('共 5 份文件');
  });

  it('keeps its data across a reload without seeding again, or says it runs from memory', async () => {
    await page.reload();
    await page.waitForSelector('[data-chart-ready="true"]', { timeout: 30_000 });
    const state = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    if (state.storageMode === 'indexeddb') expect(state.seedWritten).toBe('0');
    else expect(await page.evaluate(() => document.body.innerText)).toMatch(/不会保存|不会被保存|无法保存/);
    expect(await page.evaluate(() => document.body.innerText)).toContain('共 5 份文件');
  });

  it("restores a backup through its worker under the page's CSP", async () => {
    const backup = largeBackup(300, 2);
    const file = join(profile, '火狐备份.json');
    writeFileSync(file, backup.json);
    const input = await page.waitForSelector('input[data-testid="restore-backup-input"]');
    await input!.uploadFile(file);
    await page.waitForFunction(() => document.querySelector('[data-testid="backup-result"]')?.textContent?.includes('已从'), { timeout: 60_000 });
    const text = await page.evaluate(() => document.querySelector('[data-testid="backup-result"]')!.textContent);
    expect(text).toContain(`${backup.documents} 份导入文件（${backup.tasks} 项任务）`);
  });

  it('does not warn an ordinary window that its data may not last (a private one is, firefoxPrivate.test.ts)', async () => {
    await page.waitForFunction(() => document.documentElement.dataset.storageLasting !== undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.storageLasting)).toBe('normal');
    expect(await page.$('[data-testid="storage-not-lasting"]')).toBeNull();
  });

  it('logs no error', () => {
    expect(errors).toEqual([]);
  });
});
