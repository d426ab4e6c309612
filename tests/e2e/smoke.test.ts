import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './browser';

describe('dist/index.html opened over file://', () => {
  let s: Session;
  beforeAll(async () => { s = await openApp(); });
  afterAll(async () => { await s?.close(); });

  it('mounts the app with a Chinese page language', async () => {
    await s.page.waitForSelector('main');
    expect(await s.page.getAttribute('html', 'lang')).toBe('zh-CN');
  });

  it('logs no console error and makes no network request', async () => {
    await s.page.waitForTimeout(300);
    expect(s.errors).toEqual([]);
    expect(s.network).toEqual([]);
  });

  it('breaks none of its own Content-Security-Policy rules (Firefox reports even a caught eval probe)', async () => {
    await s.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await s.newPage();
    await page.waitForSelector('[data-chart-ready="true"]', { timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });
});
