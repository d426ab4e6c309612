// The dashboard with many documents, loaded the way a user would: a backup file of 100 or 1,000
// synthetic documents (the seeds' rows on other places and years, tests/unit/fixtures/scaled.ts)
// restored through 恢复备份. Checks that every chart stays within its bound of series and items, that
// the filter bar has no chip per document, that charts far down the page are not drawn until
// scrolled to; prints open and filter timings (loosely checked: budgets live in npm run bench) and
// writes screenshots to tests/e2e/artifacts/ to look at.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/lib/db/backupFormat';
import { contentHash } from '../../src/lib/model/hash';
import type { Dataset } from '../../src/lib/model/rows';
import { scaledDataset } from '../unit/fixtures/scaled';
import { artifactPath, drawAllCharts, openApp, type Page, type Session } from './browser';

/** The app's own backup format, every synthetic document as an imported one. */
function backupOf(ds: Dataset): string {
  const rows = <K extends 'sections' | 'tasks' | 'targets' | 'achievements'>(k: K) => {
    const m = new Map<string, Dataset[K]>();
    for (const r of ds[k]) {
      const list = m.get(r.docId) ?? ([] as unknown as Dataset[K]);
      (list as unknown[]).push(r);
      m.set(r.docId, list);
    }
    return m;
  };
  const [sections, tasks, targets, achievements] = [rows('sections'), rows('tasks'), rows('targets'), rows('achievements')];
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2025-03-05T01:00:00.000Z',
    hiddenSeeds: [],
    documents: ds.documents.map((d) => {
      // A restore accepts a document only under the id its text hashes to (issue 10): give each
      // synthetic document a text of its own and move its rows under that id.
      const sourceText = `合成文档 ${d.id}`;
      const id = contentHash(sourceText);
      const move = <T extends object>(list: readonly T[]): T[] =>
        list.map((row) => {
          const out: Record<string, unknown> = { ...row, docId: id };
          for (const k of ['id', 'parentId', 'sectionId', 'taskId']) {
            const v = out[k];
            if (typeof v === 'string' && v.startsWith(`${d.id}/`)) out[k] = `${id}${v.slice(d.id.length)}`;
          }
          return out as T;
        });
      return {
        document: { ...d, id, contentHash: id, sourceText, source: 'imported', hidden: false },
        sections: move(sections.get(d.id) ?? []),
        tasks: move(tasks.get(d.id) ?? []),
        targets: move(targets.get(d.id) ?? []),
        achievements: move(achievements.get(d.id) ?? []),
      };
    }),
  });
}

/** The bound every chart keeps (the unit tests hold the builders to the same). */
const MAX_SERIES = 12;
const MAX_ITEMS = 400;

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const r = (x: number) => Math.round(x);

/** Resolves, in the page's clock, when every card in the window has drawn (or says it is empty). */
async function visibleDrawn(page: Page, timeout = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const cards = Array.from(document.querySelectorAll('[data-chart-id]')).filter((c) => {
        const b = c.getBoundingClientRect();
        return b.bottom > 0 && b.top < innerHeight;
      });
      const done = cards.length > 0 && cards.every((c) => c.querySelector('[data-chart-ready="true"], [data-chart-empty]'));
      return done ? performance.now() : null;
    },
    undefined,
    { timeout, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Series and data items of every drawn chart, from its ECharts instance. */
async function chartSizes(page: Page): Promise<Array<{ id: string; series: number; items: number }>> {
  return page.$$eval('[data-chart-id]', (cards) =>
    cards.map((card) => {
      const el = card.querySelector('[data-chart-ready]') as (HTMLElement & { __chart?: { getOption(): { series?: Array<{ data?: unknown[]; links?: unknown[] }> } } }) | null;
      const series = el?.__chart?.getOption().series ?? [];
      const count = (xs: unknown[] | undefined): number => (xs ?? []).reduce<number>((n, x) => n + 1 + count((x as { children?: unknown[] } | null)?.children), 0);
      return { id: card.getAttribute('data-chart-id')!, series: series.length, items: series.reduce((n, s) => n + count(s.data) + (s.links?.length ?? 0), 0) };
    }),
  );
}

async function screenshots(page: Page, prefix: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: artifactPath(`${prefix}-top.png`) });
  for (const id of await page.$$eval('[data-chart-id]', (els) => els.map((e) => e.getAttribute('data-chart-id')!))) {
    await page.locator(`[data-chart-id="${id}"]`).screenshot({ path: artifactPath(`${prefix}-chart-${id}.png`) });
  }
  await page.locator('.targets').screenshot({ path: artifactPath(`${prefix}-targets.png`) });
}

for (const n of [100, 1000]) {
  describe(`the dashboard with ${n} more documents`, () => {
    let s: Session;
    const timings: string[] = [];
    beforeAll(async () => {
      const path = artifactPath(`scale-${n}.json`);
      writeFileSync(path, backupOf(scaledDataset(n)));
      s = await openApp();
      await s.page.waitForSelector('[data-chart-ready="true"]', { timeout: 60_000 });
      const t0 = Date.now();
      await s.page.setInputFiles('[data-testid="restore-backup-input"]', path);
      await s.page.waitForFunction((m) => document.querySelector('[data-testid="backup-result"]')?.textContent?.includes(`${m} 份导入文件`), n, {
        timeout: 600_000,
        polling: 1000,
      });
      await s.page.waitForFunction((m) => document.querySelector('header')?.textContent?.includes(`共 ${m + 5} 份文件`), n, { timeout: 600_000, polling: 1000 });
      timings.push(`restore ${n} documents: ${r(Date.now() - t0)} ms`);
    }, 900_000);
    afterAll(async () => {
      for (const t of timings) console.log(`[scale ${n}] ${t}`);
      await s?.close();
    });

    it('opens (reload) to the first chart and every chart in view, drawing none further down', async () => {
      const first: number[] = [];
      const visible: number[] = [];
      for (let i = 0; i < 3; i++) {
        await s.page.reload();
        const h = await s.page.waitForFunction(() => (document.querySelector('[data-chart-ready="true"]') ? performance.now() : null), undefined, {
          timeout: 120_000,
          polling: 'raf',
        });
        first.push((await h.jsonValue()) as number);
        visible.push(await visibleDrawn(s.page, 120_000));
      }
      timings.push(`reload → first chart: median ${r(median(first))} ms of ${first.map(r).join(', ')}`);
      timings.push(`reload → every chart in view: median ${r(median(visible))} ms of ${visible.map(r).join(', ')}`);
      // Charts below the fold wait: at least the last card has no chart instance yet.
      const drawn = await s.page.$$eval('[data-chart-id]', (cards) => cards.map((c) => !!c.querySelector('[data-chart-ready]')));
      expect(drawn[0]).toBe(true);
      expect(drawn[drawn.length - 1]).toBe(false);
      expect(Math.max(...visible)).toBeLessThan(120_000);
    }, 600_000);

    it('keeps the filter bar compact: a grouped, searchable picker instead of a chip per document', async () => {
      const buttons = await s.page.locator('section.filters button').count();
      expect(buttons).toBeLessThan(30);
      await s.page.getByRole('button', { name: /^全部 \d+ 份/ }).click();
      await s.page.getByRole('searchbox', { name: '搜索地区或文件' }).fill('湖北');
      await s.page.locator('section.filters').screenshot({ path: artifactPath(`scale-${n}-picker-search.png`) });
      await s.page.getByRole('button', { name: /^湖北省（\d+份）/ }).click();
      await s.page.waitForFunction(() => decodeURIComponent(location.hash).includes('p=湖北省'));
      await drawAllCharts(s.page, 120_000);
      expect(await s.page.textContent('[data-testid="filter-summary"]')).toContain('地区：湖北省');
      await s.page.getByRole('button', { name: '清除全部筛选' }).click();
      await s.page.getByRole('button', { name: /^全部 \d+ 份/ }).click();
      expect(await s.page.locator('#document-picker').count()).toBe(0);
    }, 300_000);

    it('redraws the charts in view after a filter change', async () => {
      await s.page.evaluate(() => window.scrollTo(0, 0));
      await visibleDrawn(s.page, 120_000);
      const redraw: number[] = [];
      const settled: number[] = [];
      const year = s.page.getByRole('group', { name: '年份' }).getByRole('button', { name: '2024' });
      for (let i = 0; i < 6; i++) {
        const t = await year.evaluate(
          (button) =>
            new Promise<number>((resolve) => {
              const t0 = performance.now();
              (button as HTMLButtonElement).click();
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
            }),
        );
        const t0 = await s.page.evaluate(() => performance.now());
        redraw.push(t);
        settled.push(t + (await visibleDrawn(s.page, 120_000)) - t0);
      }
      timings.push(`filter (toggle year 2024) → next frame: median ${r(median(redraw))} ms of ${redraw.map(r).join(', ')}`);
      timings.push(`filter (toggle year 2024) → charts in view settled: median ${r(median(settled))} ms of ${settled.map(r).join(', ')}`);
      expect(Math.max(...redraw)).toBeLessThan(30_000);
    }, 600_000);

    it('draws every chart within its bound of series and items, and writes screenshots', async () => {
      await drawAllCharts(s.page, 120_000);
      const sizes = await chartSizes(s.page);
      for (const c of sizes) {
        expect(c.series, c.id).toBeLessThanOrEqual(MAX_SERIES);
        expect(c.items, c.id).toBeLessThanOrEqual(MAX_ITEMS);
      }
      const height = await s.page.evaluate(() => document.documentElement.scrollHeight);
      const parts = await s.page.evaluate(() =>
        ['section.filters', '.charts', '.targets', '#task-list'].map((q) => `${q} ${Math.round(document.querySelector(q)?.getBoundingClientRect().height ?? 0)}`).join(', '),
      );
      const elements = await s.page.evaluate(() => document.getElementsByTagName('*').length);
      timings.push(`page height ${height} px (${parts}), ${elements} elements; charts (series/items): ${sizes.map((c) => `${c.id} ${c.series}/${c.items}`).join(', ')}`);
      await screenshots(s.page, `scale-${n}`);
      const box = (q: string) => s.page.evaluate((sel) => document.querySelector(sel)?.getBoundingClientRect().height ?? 0, q);
      expect(await box('section.filters')).toBeLessThan(300);
      expect(await box('.charts')).toBeLessThan(12_000);
      expect(await box('.targets')).toBeLessThan(3_000);
      // was 242,000 px at 1,000 documents: a chip per document, a chart as tall as its documents, every document listed
      expect(height).toBeLessThan(40_000);
      // the place × year table: sortable, exportable
      const table = s.page.getByTestId('place-year-table');
      await table.getByRole('button', { name: /^2024年/ }).click();
      expect(await table.locator('th[aria-sort="descending"]').textContent()).toContain('2024年');
      const [csv] = await Promise.all([
        s.page.waitForEvent('download'),
        s.page
          .locator('.targets')
          .getByRole('button', { name: /^导出 CSV/ })
          .click(),
      ]);
      expect(csv.suggestedFilename()).toMatch(/目标对照-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(s.errors).toEqual([]);
    }, 600_000);

    it('exports every chart, those never scrolled to as well', async () => {
      await s.page.reload();
      await visibleDrawn(s.page, 120_000);
      const names: string[] = [];
      s.page.on('download', (d) => names.push(d.suggestedFilename()));
      await s.page.getByRole('button', { name: '导出全部图表' }).click();
      await s.page.waitForFunction(() => /已导出 \d+ 张图表/.test(document.querySelector('.charts .bar')?.textContent ?? ''), undefined, { timeout: 120_000 });
      const cards = await s.page.locator('[data-chart-id]').count();
      await expect.poll(() => names.length, { timeout: 30_000 }).toBe(cards);
      expect(new Set(names).size).toBe(cards);
    }, 300_000);
  });
}
