// A filter that changes a chart's height (主要预期目标对比: a row per indicator and document) draws the
// chart once at its new size: the option is set without drawing and one resize lays it out, instead
// of a layout at the old height and another a frame later from the ResizeObserver.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/lib/analysis/filters';
import { filtersToHash } from '../../src/lib/state/hashCodec';
import { openApp, type Session } from './browser';

type Hooked = HTMLElement & {
  __chart?: { getHeight(): number; on(e: string, f: () => void): void; resize: (...a: unknown[]) => unknown };
  __paints?: Array<[number, number]>;
  __resizes?: number;
};

describe('a chart whose height changes with the filter', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await s.page.waitForSelector('[data-chart-id="mainTargets"] [data-chart-ready="true"]', { timeout: 30_000 });
  });
  afterAll(async () => {
    expect(s?.errors ?? []).toEqual([]);
    await s?.close();
  });

  it('is drawn at its new height only, laid out once', async () => {
    const { page } = s;
    const before = await page.$eval('[data-chart-id="mainTargets"] [data-chart-ready]', (el) => {
      const box = el as Hooked;
      const chart = box.__chart!;
      box.__paints = [];
      box.__resizes = 0;
      chart.on('rendered', () => box.__paints!.push([chart.getHeight(), box.clientHeight]));
      const resize = chart.resize.bind(chart);
      chart.resize = (...a: unknown[]) => {
        box.__resizes!++;
        return resize(...a);
      };
      return box.clientHeight;
    });
    await page.evaluate((hash) => (location.hash = hash), filtersToHash({ ...EMPTY_FILTERS, years: [2023] }));
    await page.waitForFunction(() => (document.querySelector('[data-chart-id="mainTargets"] [data-chart-ready]') as Hooked | null)?.__paints?.length, null, { timeout: 10_000 });
    await page.waitForSelector('[data-chart-id="mainTargets"] [data-chart-ready="true"]', { timeout: 10_000 });
    // a few frames more: a ResizeObserver's resize would come one frame after the new option
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
    const after = await page.$eval('[data-chart-id="mainTargets"] [data-chart-ready]', (el) => {
      const box = el as Hooked;
      return { height: box.clientHeight, paints: box.__paints!, resizes: box.__resizes! };
    });
    expect(after.height).not.toBe(before);
    expect(after.paints.length).toBeGreaterThan(0);
    for (const [chartHeight, boxHeight] of after.paints) expect(chartHeight).toBe(boxHeight);
    expect(after.paints[0]![0]).toBe(after.height);
    expect(after.resizes).toBe(1);
  });
});
