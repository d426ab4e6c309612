// The Chart component in real Chromium on dist/index.html over file://: theme follows the system
// (and its changes), the box follows its card's width, exports are light on white even in dark
// mode and carry title, source and date.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beijingDate } from '../../src/lib/time/clock';
import { drawAllCharts, openApp, type Page, type Session } from './browser';

/** Charts draw when scrolled to: every card drawn. */
async function allDrawn(page: Page): Promise<void> {
  await drawAllCharts(page);
}

/** The title text colour each chart instance is themed with (drawn or about to be). */
async function titleColors(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-chart-ready]')).map((el) => {
      const chart = (el as HTMLElement & { __chart?: { getModel(): { getComponent(t: string): { getModel(p: string[]): { get(k: string): unknown } } } } }).__chart;
      return String(chart?.getModel().getComponent('title').getModel(['textStyle']).get('color'));
    }),
  );
}

/** Waits until every drawable chart is drawn with the given title colour (the theme has settled). */
async function settled(page: Page, color: string): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const cards = Array.from(document.querySelectorAll('[data-chart-id]')).filter((c) => !c.querySelector('[data-chart-empty]'));
      return (
        cards.length > 0 &&
        cards.every((c) => {
          const el = c.querySelector('[data-chart-ready="true"]') as
            (HTMLElement & { __chart?: { getModel(): { getComponent(t: string): { getModel(p: string[]): { get(k: string): unknown } } } } }) | null;
          return String(el?.__chart?.getModel().getComponent('title').getModel(['textStyle']).get('color')) === want;
        })
      );
    },
    color,
    { timeout: 15_000 },
  );
}

/** Decodes an image in the page and returns its size and the colour of its top-left pixel. */
async function probeImage(page: Page, bytes: Buffer, type: string): Promise<{ width: number; height: number; corner: number[] }> {
  return page.evaluate(
    async ({ b64, type }) => {
      const img = new Image();
      img.src = `data:${type};base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return { width: img.naturalWidth, height: img.naturalHeight, corner: Array.from(ctx.getImageData(2, 2, 1, 1).data) };
    },
    { b64: bytes.toString('base64'), type },
  );
}

/** The day the page prints on exports: today in Beijing, whatever the machine's zone. */
function beijingToday(): string {
  return beijingDate(new Date());
}

describe('charts in dark mode', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp({ colorScheme: 'dark' });
    await allDrawn(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  let darkTitle = '';

  it('draws with the dark theme, and re-draws light when the system turns light', async () => {
    const dark = await titleColors(s.page);
    expect(dark.length).toBeGreaterThanOrEqual(8);
    expect(new Set(dark).size).toBe(1);
    darkTitle = dark[0]!;
    await s.page.emulateMedia({ colorScheme: 'light' });
    const lightTitle = await s.page
      .waitForFunction(
        (before) => {
          const el = document.querySelector('[data-chart-ready="true"]') as
            (HTMLElement & { __chart?: { getModel(): { getComponent(t: string): { getModel(p: string[]): { get(k: string): unknown } } } } }) | null;
          const c = String(el?.__chart?.getModel().getComponent('title').getModel(['textStyle']).get('color'));
          return c !== before && c !== 'undefined' ? c : null;
        },
        darkTitle,
        { timeout: 15_000 },
      )
      .then((h) => h.jsonValue() as Promise<string>);
    await settled(s.page, lightTitle);
    expect((await titleColors(s.page)).length).toBe(dark.length);
    await s.page.emulateMedia({ colorScheme: 'dark' });
    await settled(s.page, darkTitle);
  });

  it('prints with the light theme and returns to dark afterwards', async () => {
    await s.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const printing = await titleColors(s.page);
    expect(printing.length).toBeGreaterThanOrEqual(8);
    expect(printing.every((c) => c !== darkTitle)).toBe(true);
    await s.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await settled(s.page, darkTitle);
  });

  it('exports PNG on solid white at twice the pixel ratio, even in dark mode', async () => {
    const card = s.page.locator('[data-chart-id="leaderLoad"]');
    const width = await card.locator('[data-chart-ready]').evaluate((el) => el.clientWidth);
    const [png] = await Promise.all([s.page.waitForEvent('download'), card.getByRole('button', { name: /PNG/ }).click()]);
    expect(png.suggestedFilename()).toMatch(/^[^\\/:*?"<>|]+-责任领导分工-\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = readFileSync((await png.path())!);
    const img = await probeImage(s.page, bytes, 'image/png');
    expect(img.width).toBe(2 * width);
    expect(img.corner).toEqual([255, 255, 255, 255]);
  });

  it('exports SVG that carries the title, the source documents and the date', async () => {
    const card = s.page.locator('[data-chart-id="leaderSankey"]');
    const [svg] = await Promise.all([s.page.waitForEvent('download'), card.getByRole('button', { name: /SVG/ }).click()]);
    expect(svg.suggestedFilename()).toContain(`-${beijingToday()}.svg`);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('责任领导与牵头单位');
    // the documents by count, year, level and kind, not a list of titles
    expect(text).toContain('来源：2023—2025年5份文件（1份市级政府工作报告、');
    expect(text).toContain(`导出日期：${beijingToday()}`);
    expect(text).toContain('fill="#fff"');
    const img = await probeImage(s.page, Buffer.from(text), 'image/svg+xml');
    expect(img.corner).toEqual([255, 255, 255, 255]);
  });

  it('follows the width of its card', async () => {
    await s.page.setViewportSize({ width: 700, height: 768 });
    await s.page.waitForFunction(
      () => {
        const els = Array.from(document.querySelectorAll('[data-chart-ready="true"]')) as Array<HTMLElement & { __chart?: { getWidth(): number } }>;
        return els.length > 0 && els.every((el) => Math.abs((el.__chart?.getWidth() ?? 0) - el.clientWidth) <= 1);
      },
      undefined,
      { timeout: 10_000 },
    );
    const widths = await s.page.evaluate(() => Array.from(document.querySelectorAll('[data-chart-ready="true"]')).map((el) => el.clientWidth));
    expect(Math.max(...widths)).toBeLessThanOrEqual(700);
  });

  it("offers each chart's filters as a keyboard list that filters like a click", async () => {
    const card = s.page.locator('[data-chart-id="leaderLoad"]');
    await card.locator('summary').click();
    const first = card.locator('details li button').first();
    const label = (await first.textContent()) ?? '';
    const leader = label.replace(/（\d+项）$/, '');
    expect(leader.length).toBeGreaterThan(1);
    await first.focus();
    await s.page.keyboard.press('Enter');
    await s.page.waitForFunction((l) => decodeURIComponent(location.hash).includes(`l=${l}`), leader, { timeout: 10_000 });
    await allDrawn(s.page);
    // His tasks only: he leads the chart, the others appear only as his co-leaders.
    const shown = await s.page.locator('[data-chart-id="leaderLoad"] [data-chart-ready]').evaluate((el) => {
      const chart = (el as HTMLElement & { __chart?: { getOption(): { yAxis: Array<{ data: string[] }>; series: Array<{ data: Array<{ value: number } | '-'> }> } } }).__chart!;
      const o = chart.getOption();
      return { names: o.yAxis[0]!.data, sole: o.series[0]!.data.map((d) => (d === '-' ? 0 : d.value)) };
    });
    expect(shown.names[0]).toBe(leader);
    expect(shown.sole.slice(1).every((n) => n === 0)).toBe(true);
    await s.page.evaluate(() => {
      location.hash = '';
    });
    await allDrawn(s.page);
  });

  it('logged no error and made no request', () => {
    expect(s.errors).toEqual([]);
    expect(s.network).toEqual([]);
  });
});
