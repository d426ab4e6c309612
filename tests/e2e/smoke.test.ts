import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './browser';

describe('dist/index.html opened over file://', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

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

  it('runs no injected inline code: an onerror attribute and an inline script added to the page do nothing', async () => {
    // the init script of the previous test records violations on every new page of this context
    const page = await s.newPage();
    await page.waitForSelector('[data-chart-ready="true"]', { timeout: 30_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __ran: number[] };
      w.__ran = [];
      const box = document.createElement('div');
      box.innerHTML = '<img src="data:," onerror="window.__ran.push(1)">';
      document.body.append(box);
      const script = document.createElement('script');
      script.textContent = 'window.__ran.push(2)';
      document.body.append(script);
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __ran: number[] }).__ran)).toEqual([]);
    const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(csp.filter((v) => v.startsWith('script-src')).length).toBe(2);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    // one hash per inline script the build leaves (the start-up loader and the packed blocks)
    expect(policy).toMatch(/script-src (?:'sha256-[A-Za-z0-9+/]+=*' )+blob:;/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
