// Firefox private browsing keeps IndexedDB in memory: everything imported there is gone at restart,
// while the page used to report storage as normal (issue 20, item 6). Debian's firefox-esr, every
// window private (browser.privatebrowsing.autostart), driven by puppeteer-core over WebDriver BiDi:
// the warning stands next to the import panel before anything is imported (an ordinary Firefox
// profile gets none: firefox.test.ts).
import { describe, expect, it } from 'vitest';
import puppeteer from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_URL } from './browser';

const FIREFOX = '/usr/bin/firefox-esr';

async function warningInPrivateWindow(): Promise<{ warning: string | null; why: string; errors: string[] }> {
  const profile = mkdtempSync(join(tmpdir(), 'dashboard-firefox-private-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: { 'browser.privatebrowsing.autostart': true },
  });
  const errors: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(APP_URL);
    await page.waitForSelector('[data-testid="import-panel"]', { timeout: 60_000 });
    await page.waitForFunction(() => /共\s*5\s*份文件/.test(document.querySelector('header')?.textContent ?? ''), { timeout: 60_000 });
    // The storage facts are asked once the panel is there: wait for the check's conclusion.
    await page.waitForFunction(() => document.documentElement.dataset.storageLasting !== undefined, { timeout: 30_000 });
    const warning = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="storage-not-lasting"]');
      const next = el?.nextElementSibling?.getAttribute('data-testid');
      return el ? `${el.textContent} → ${next}` : null;
    });
    const why = await page.evaluate(() => document.documentElement.dataset.storageLasting ?? '');
    return { warning, why, errors };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

describe('Firefox private browsing', () => {
  it('is told, before the first import, that this window may not keep its data', async () => {
    const r = await warningInPrivateWindow();
    expect(r.warning).toContain('此浏览器窗口的数据可能不会保存（无痕/隐私模式或存储未持久化）');
    expect(r.warning).toContain('→ import-panel');
    expect(r.why).toBe('private-window');
    expect(r.errors).toEqual([]);
  });
});
