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
});
