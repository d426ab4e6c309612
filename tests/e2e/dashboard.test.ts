// The supervision-office scenario of issue 4, in real Chromium on dist/index.html over file://:
// open, pick 2024 and a leader, read his tasks, click a bar, export charts and the list, reload.
//
// Expected counts come from reading seeds/002 (随政办发〔2024〕2号), not from the parser:
// `grep -n '^[0-9]*\.' seeds/002_cc78cbd2ab743c91.txt | grep -c 黄继军` → 49 numbered tasks name 黄继军
// as 责任领导, and none of the five 民生实事 items does; 002 is the only document that names leaders.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawAllCharts, hideIndexedDB, openApp, type Page, type Session } from './browser';

const LEADER = '黄继军';
const LEADER_TASKS_2024 = 49;

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-chart-id]', { timeout: 30_000 });
  await allChartsDrawn(page);
}

/** Every chart card has either drawn (data-chart-ready) or shows its Chinese empty reason (charts draw when scrolled to). */
async function allChartsDrawn(page: Page): Promise<void> {
  await drawAllCharts(page);
}

async function taskCount(page: Page): Promise<number> {
  return Number(await page.textContent('[data-testid="task-count"]'));
}

/** A fingerprint of what every chart shows: its series data, read from the ECharts instance. */
async function chartData(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const card of Array.from(document.querySelectorAll<HTMLElement>('[data-chart-id]'))) {
      const el = card.querySelector('[data-chart-ready]') as (HTMLElement & { __chart?: { getOption(): { series?: { data?: unknown }[] } } }) | null;
      const series = el?.__chart?.getOption().series ?? [];
      out[card.dataset.chartId!] = JSON.stringify(series.map((s) => s.data ?? null));
    }
    return out;
  });
}

async function chooseLeader(page: Page, name: string): Promise<void> {
  const select = page.locator('select[data-filter="leader"]');
  const options = await select.locator('option').allTextContents();
  const label = options.find((o) => o.startsWith(name));
  expect(label, `leader ${name} among the visible options ${options.join(' ')}`).toBeTruthy();
  await select.selectOption({ label: label! });
}

describe('the dashboard in Chromium over file://', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await ready(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('draws every chart from the five bundled documents', async () => {
    const cards = await s.page.locator('[data-chart-id]').count();
    expect(cards).toBeGreaterThanOrEqual(8);
    expect(await s.page.locator('[data-chart-ready="true"]').count()).toBe(cards);
    expect(await s.page.textContent('header')).toContain('共 5 份文件');
    // 157 + 5 tasks in 002 and 126 numbered tasks in 003 alone
    expect(await taskCount(s.page)).toBeGreaterThan(157 + 5 + 126);
  });

  it('filters charts and list by year 2024 and the leader 黄继军', async () => {
    const before = await chartData(s.page);
    const all = await taskCount(s.page);
    await s.page.getByRole('group', { name: '年份' }).getByRole('button', { name: '2024' }).click();
    await allChartsDrawn(s.page);
    const in2024 = await taskCount(s.page);
    expect(in2024).toBeLessThan(all);
    await chooseLeader(s.page, LEADER);
    await s.page.waitForFunction((n) => document.querySelector('[data-testid="task-count"]')?.textContent === String(n), LEADER_TASKS_2024);
    await allChartsDrawn(s.page);
    expect(await taskCount(s.page)).toBe(LEADER_TASKS_2024);
    const summary = await s.page.textContent('[data-testid="filter-summary"]');
    expect(summary).toContain('年份：2024');
    expect(summary).toContain(`责任领导：${LEADER}`);
    const after = await chartData(s.page);
    const changed = Object.keys(before).filter((id) => before[id] !== after[id]);
    expect(changed.length).toBeGreaterThanOrEqual(5);
    // every task shown names him
    const leaders = await s.page.locator('[data-task-id]').evaluateAll((items) => items.map((i) => i.textContent ?? ''));
    expect(leaders.every((t) => t.includes(LEADER))).toBe(true);
  });

  it('keeps the view in the URL hash: a reload reopens it', async () => {
    const url = s.page.url();
    expect(decodeURIComponent(url)).toContain(LEADER);
    await s.page.reload();
    await ready(s.page);
    expect(await taskCount(s.page)).toBe(LEADER_TASKS_2024);
    expect(await s.page.textContent('[data-testid="filter-summary"]')).toContain(`责任领导：${LEADER}`);
  });

  it("restores earlier views with the browser's back and forward buttons", async () => {
    await s.page.getByRole('group', { name: '年份' }).getByRole('button', { name: '2023' }).click();
    await s.page.waitForFunction(() => document.querySelector('[data-testid="filter-summary"]')?.textContent?.includes('2023'));
    await s.page.goBack();
    await s.page.waitForFunction((n) => document.querySelector('[data-testid="task-count"]')?.textContent === String(n), LEADER_TASKS_2024);
    expect(await s.page.textContent('[data-testid="filter-summary"]')).not.toContain('2023');
    await s.page.goForward();
    await s.page.waitForFunction(() => document.querySelector('[data-testid="filter-summary"]')?.textContent?.includes('2023'));
    await s.page.goBack();
    await s.page.waitForFunction((n) => document.querySelector('[data-testid="task-count"]')?.textContent === String(n), LEADER_TASKS_2024);
    await allChartsDrawn(s.page);
  });

  it('filters the list when a bar of the lead-unit chart is clicked', async () => {
    const card = s.page.locator('[data-chart-id="leadUnits"]');
    await card.scrollIntoViewIfNeeded();
    // The tallest bar: its pixel from the chart's own coordinate system, then a real mouse click there.
    const bar = await card.locator('[data-chart-ready]').evaluate((el) => {
      type Item = { value: number | number[]; drill?: { units?: string[] } };
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const chart = (el as HTMLElement & { __chart?: any }).__chart;
      const opt = chart.getOption();
      const data = opt.series[0].data as Item[];
      const num = (d: Item) => Number(Array.isArray(d.value) ? d.value[0] : d.value);
      let best = 0;
      data.forEach((d, i) => {
        if (num(d) > num(data[best]!)) best = i;
      });
      const item = data[best]!;
      const horizontal = opt.yAxis?.[0]?.type === 'category';
      const axis = horizontal ? opt.yAxis[0] : opt.xAxis[0];
      const cat = axis.data[best];
      const name = typeof cat === 'object' && cat !== null ? cat.value : cat;
      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, horizontal ? [num(item) / 2, name] : [name, num(item) / 2]);
      const box = el.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y, unit: item.drill?.units?.[0] ?? '' };
    });
    expect(bar.unit).not.toBe('');
    await s.page.mouse.click(bar.x, bar.y);
    await s.page.waitForFunction((u) => document.querySelector('[data-testid="filter-summary"]')?.textContent?.includes(u), bar.unit);
    await allChartsDrawn(s.page);
    const n = await taskCount(s.page);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(LEADER_TASKS_2024);
    const texts = await s.page.locator('[data-task-id]').evaluateAll((items) => items.map((i) => i.textContent ?? ''));
    expect(texts.every((t) => t.includes(bar.unit))).toBe(true);
    // The list is further down: the page offers the jump.
    await s.page.getByRole('button', { name: '查看任务清单 ↓' }).click();
    await s.page.waitForFunction(() => {
      const r = document.getElementById('task-list')!.getBoundingClientRect();
      return r.top >= -1 && r.top < innerHeight / 2;
    });
  });

  it('exports a chart as PNG and SVG carrying its title', async () => {
    const card = s.page.locator('[data-chart-id="leaderLoad"]');
    const title = (await card.getAttribute('data-chart-title')) ?? '';
    const [png] = await Promise.all([s.page.waitForEvent('download'), card.getByRole('button', { name: /PNG/ }).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(png.suggestedFilename()).not.toMatch(/[\\/:*?"<>|]/);
    const pngBytes = readFileSync((await png.path())!);
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [svg] = await Promise.all([s.page.waitForEvent('download'), card.getByRole('button', { name: /SVG/ }).click()]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    const parsed = await s.page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.nodeName, text: doc.documentElement.textContent ?? '' };
    }, svgText);
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe('svg');
    expect(title).not.toBe('');
    expect(parsed.text).toContain(title);
  });

  it('exports the filtered task list as CSV with a BOM', async () => {
    const n = await taskCount(s.page);
    const [csv] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('文件,年份,地区,编号,章节,任务,责任领导,牵头单位,责任单位,完成时限,进展,备注');
    // header + one line per task (task texts carry no line breaks in these seeds)
    expect(text.trimEnd().split('\r\n')).toHaveLength(n + 1);
  });

  it('says so when the leader filter meets a year whose documents name no leaders', async () => {
    await s.page.evaluate((l) => {
      location.hash = `#y=2023&l=${encodeURIComponent(l)}`;
    }, LEADER);
    await s.page.waitForFunction(() => document.querySelector('[data-testid="filter-notice"]')?.textContent?.includes('所选文件未列明责任领导'));
    await allChartsDrawn(s.page);
    expect(await taskCount(s.page)).toBe(0);
    // no notice of 2023: the leader and unit charts give way to one line saying why
    expect(await s.page.locator('[data-chart-id="leaderLoad"]').count()).toBe(0);
    expect(await s.page.textContent('[data-testid="no-responsibility"]')).toContain('所选范围内没有分解通知，无责任分工');
  });

  it('clears every filter with one click', async () => {
    await s.page.getByRole('button', { name: '清除全部筛选' }).click();
    await allChartsDrawn(s.page);
    expect(await taskCount(s.page)).toBeGreaterThan(157 + 5 + 126);
    expect(new URL(s.page.url()).hash).toBe('');
  });

  it('reaches and works the filters from the keyboard alone', async () => {
    // Clicking the heading moves the keyboard's starting point to the top of the page.
    await s.page.click('h1');
    let label = '';
    for (let i = 0; i < 40 && label !== '2024'; i++) {
      await s.page.keyboard.press('Tab');
      label = await s.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(label).toBe('2024');
    const outline = await s.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await s.page.keyboard.press('Enter');
    await s.page.waitForFunction(() => document.querySelector('[data-testid="filter-summary"]')?.textContent?.includes('年份：2024'));
    await s.page.keyboard.press('Space');
    await s.page.waitForFunction(() => !document.querySelector('[data-testid="filter-summary"]'));
    await allChartsDrawn(s.page);
  });

  it("lets a researcher pick the trend chart's indicator by keyboard, kept in the URL across a reload", async () => {
    const card = s.page.locator('[data-chart-id="targetTrend"]');
    const metric = card.locator('select[data-trend="metric"]');
    await card.scrollIntoViewIfNeeded();
    const before = (await card.getAttribute('data-chart-title')) ?? '';
    const place = await card.locator('select[data-trend="place"]').inputValue();
    expect(before).toBe(`${place}地区生产总值：历年目标与实际`);
    // Another indicator that has at least two years here, 粮食产量 when it qualifies.
    const options = await metric.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
    const years = (text: string) => Number(/·\s*(\d+)年$/.exec(text)?.[1] ?? 0);
    expect(options.every((o) => years(o.text) > 0)).toBe(true);
    const current = await metric.inputValue();
    const multi = options.filter((o) => o.value !== current && years(o.text) >= 2);
    const wanted = multi.find((o) => o.text.startsWith('粮食产量')) ?? multi[0];
    expect(wanted, `an indicator with two years among ${options.map((o) => o.text).join(' / ')}`).toBeTruthy();
    const label = wanted!.text.replace(/（.*$|\s*·.*$/, '');
    // Keyboard: Tab from the place select reaches the metric select; arrow keys walk its options.
    await card.locator('select[data-trend="place"]').focus();
    await s.page.keyboard.press('Tab');
    expect(await metric.evaluate((el) => el === document.activeElement)).toBe(true);
    const index = options.findIndex((o) => o.value === wanted!.value) - options.findIndex((o) => o.value === current);
    for (let i = 0; i < Math.abs(index); i++) await s.page.keyboard.press(index > 0 ? 'ArrowDown' : 'ArrowUp');
    await s.page.waitForFunction((t) => document.querySelector('[data-chart-id="targetTrend"]')?.getAttribute('data-chart-title') === t, `${place}${label}：历年目标与实际`);
    await allChartsDrawn(s.page);
    expect(await card.locator('[data-chart-ready="true"]').count()).toBe(1);
    expect(await metric.inputValue()).toBe(wanted!.value);
    expect(new URLSearchParams(new URL(s.page.url()).hash.slice(1)).get('tm')).toBe(wanted!.value);

    await s.page.reload();
    await ready(s.page);
    expect(await s.page.locator('[data-chart-id="targetTrend"]').getAttribute('data-chart-title')).toBe(`${place}${label}：历年目标与实际`);
    expect(await s.page.locator('select[data-trend="metric"]').inputValue()).toBe(wanted!.value);
  });

  it('logged no console error and made no network request', () => {
    expect(s.errors).toEqual([]);
    expect(s.network).toEqual([]);
  });
});

describe('without IndexedDB (private mode, some file:// browsers)', () => {
  it('draws every chart from memory and says at the top that nothing will be saved', async () => {
    const s = await openApp();
    try {
      await hideIndexedDB(s.context);
      const page = await s.newPage();
      await ready(page);
      expect(await page.locator('.banner[role="alert"]').textContent()).toContain('不会被保存');
      expect(await page.textContent('header')).toContain('临时模式');
      expect(await taskCount(page)).toBeGreaterThan(157 + 5 + 126);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('on a 390-px phone', () => {
  it('has no horizontal scroll', async () => {
    const s = await openApp({ viewport: { width: 390, height: 844 } });
    try {
      await ready(s.page);
      const widths = await s.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('speed (medians printed; budgets live in npm run bench)', () => {
  const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

  it('measures cold open to first chart and filter to redraw', async () => {
    const RUNS = 5;
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh profile each time: the first open seeds the database, as on a new machine.
      const s = await openApp();
      try {
        await s.page.waitForSelector('[data-chart-ready="true"]', { timeout: 30_000 });
        cold.push(await s.page.evaluate(() => performance.now()));
        await s.page.reload();
        await s.page.waitForSelector('[data-chart-ready="true"]', { timeout: 30_000 });
        warm.push(await s.page.evaluate(() => performance.now()));
      } finally {
        await s.close();
      }
    }
    const s = await openApp();
    const redraw: number[] = [];
    try {
      await ready(s.page);
      const year = s.page.getByRole('group', { name: '年份' }).getByRole('button', { name: '2024' });
      for (let i = 0; i < RUNS * 2; i++) {
        // From the click to the second animation frame after it: the state change, every chart's
        // setOption and the frame that paints them.
        redraw.push(
          await year.evaluate(
            (button) =>
              new Promise<number>((resolve) => {
                const t0 = performance.now();
                (button as HTMLButtonElement).click();
                requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
              }),
          ),
        );
        await allChartsDrawn(s.page);
      }
    } finally {
      await s.close();
    }
    const r = (x: number) => Math.round(x);
    console.log(`[bench] cold open (new profile, seeding) → first chart: median ${r(median(cold))} ms of ${cold.map(r).join(', ')}`);
    console.log(`[bench] reload → first chart: median ${r(median(warm))} ms of ${warm.map(r).join(', ')}`);
    console.log(`[bench] filter (toggle year 2024) → redraw: median ${r(median(redraw))} ms of ${redraw.map(r).join(', ')}`);
    expect(cold.every((t) => t > 0)).toBe(true);
  }, 300_000);
});
