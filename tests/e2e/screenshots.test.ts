// Screenshots to look at (tests/e2e/artifacts/, gitignored): 1366×768 light and dark, and a 390-px
// phone, each with the year 2024 and leader 黄继军 chosen as in the scenario. The test checks
// that each shot was written and that every chart drew; a person judges how they look.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_URL, artifactPath, drawAllCharts, openApp } from './browser';

const VIEWS = [
  { name: 'desktop-light', viewport: { width: 1366, height: 768 }, colorScheme: 'light' as const },
  { name: 'desktop-dark', viewport: { width: 1366, height: 768 }, colorScheme: 'dark' as const },
  { name: 'phone-390', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
];

describe('screenshots', () => {
  for (const v of VIEWS) {
    it(`writes ${v.name}`, async () => {
      const s = await openApp({ viewport: v.viewport, colorScheme: v.colorScheme });
      try {
        await s.page.goto(`${APP_URL}#y=2024&l=${encodeURIComponent('黄继军')}`);
        await drawAllCharts(s.page);
        await s.page.waitForTimeout(800); // let chart animations settle
        const top = artifactPath(`${v.name}.png`);
        const full = artifactPath(`${v.name}-full.png`);
        await s.page.screenshot({ path: top });
        await s.page.screenshot({ path: full, fullPage: true });
        // The full page cut into screen-sized pieces, each readable at its real size.
        const height = await s.page.evaluate(() => document.documentElement.scrollHeight);
        for (let k = 1; k < Math.min(8, Math.ceil(height / v.viewport.height)); k++) {
          await s.page.screenshot({
            path: artifactPath(`${v.name}-part${k}.png`),
            fullPage: true,
            clip: { x: 0, y: k * v.viewport.height, width: v.viewport.width, height: Math.min(v.viewport.height, height - k * v.viewport.height) },
          });
        }
        // The table and the list, wherever they fall on the page.
        await s.page.locator('.targets').screenshot({ path: artifactPath(`${v.name}-targets.png`) });
        const list = await s.page.locator('#task-list').evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { y: r.top + window.scrollY, height: r.height };
        });
        {
          await s.page.screenshot({
            path: artifactPath(`${v.name}-tasks.png`),
            fullPage: true,
            clip: { x: 0, y: list.y, width: v.viewport.width, height: Math.min(list.height, v.viewport.height) },
          });
        }
        expect(statSync(top).size).toBeGreaterThan(10_000);
        expect(statSync(full).size).toBeGreaterThan(statSync(top).size);
        expect(s.errors).toEqual([]);
      } finally {
        await s.close();
      }
    });
  }

  it('writes the unfiltered overview', async () => {
    const s = await openApp();
    try {
      await drawAllCharts(s.page, 60_000);
      await s.page.waitForTimeout(800);
      for (let k = 0; k < 4; k++) {
        await s.page.screenshot({ path: artifactPath(`overview-part${k}.png`), fullPage: true, clip: { x: 0, y: k * 768, width: 1366, height: 768 } });
      }
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('prints to A4 landscape', async () => {
    const s = await openApp();
    try {
      await s.page.waitForSelector('[data-chart-ready="true"]', { timeout: 60_000 });
      await s.page.waitForTimeout(800);
      await s.page.emulateMedia({ media: 'print' });
      await s.page.screenshot({ path: artifactPath('print-media.png'), fullPage: true, clip: { x: 0, y: 0, width: 1366, height: 1400 } });
      const path = artifactPath('print.pdf');
      await s.page.pdf({ path, preferCSSPageSize: true, printBackground: true });
      expect(statSync(path).size).toBeGreaterThan(20_000);
    } finally {
      await s.close();
    }
  });
});
