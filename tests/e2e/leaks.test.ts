// A clerk keeps the page open all day and switches views hundreds of times: every view, chart, listener
// and subscription must be let go when it closes. Each way of opening and closing something is repeated
// (the 督查台账 100 times, the rest 30), and the DOM nodes and JS event listeners the page holds are read
// through the DevTools protocol after a forced garbage collection: after 10 warm-up cycles (the first
// visits build templates and caches that stay) and again at the end. They must stay flat, and no closed
// view may be left behind as a detached DOM tree.
//
// Measured without Playwright's fake clock (openApp's fixedTime) and without element handles
// (waitForSelector returns one): the fake clock keeps the creation stack of every pending timer and a
// handle keeps its node, and either keeps a whole closed view alive, which is the harness's leak, not the
// page's.
import { join, resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Page, type Session } from './browser';

const WARM_UP = 10;
const NOTICE = join(resolve(__dirname, '../..'), 'tests/fixtures/import/notice-gbk.txt');

interface Counters {
  nodes: number;
  listeners: number;
  heapMB: number;
}

interface DetachedTree {
  name: string;
  nodes: number;
}

async function counters(cdp: CDPSession): Promise<Counters> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { nodes: dom.nodes, listeners: dom.jsEventListeners, heapMB: Math.round(heap.usedSize / 1e5) / 10 };
}

/** The detached DOM trees still reachable after a garbage collection, with their sizes. */
async function detachedTrees(cdp: CDPSession): Promise<DetachedTree[]> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { detachedNodes } = await cdp.send('DOM.getDetachedDomNodes');
  return detachedNodes.map((d) => {
    const attrs = d.treeNode.attributes ?? [];
    const cls = attrs[attrs.indexOf('class') + 1];
    return { name: `${d.treeNode.nodeName}${attrs.includes('class') && cls ? `.${cls.split(' ')[0]}` : ''}`, nodes: d.retainedNodeIds.length };
  });
}

/** Waits for what a switch starts (frames, the charts' turns, the sections below) to settle. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
}

const current = (page: Page, view: string) => page.locator(`[data-testid="view-${view}"][aria-current="page"]`).waitFor({ timeout: 30_000 });
const ledgerShown = (page: Page) => page.locator('[data-testid="ledger-table"] tr.row').first().waitFor({ timeout: 30_000 });
const chartsShown = (page: Page) => page.locator('[data-chart-id]').first().waitFor({ timeout: 30_000 });

describe('a day of opening and closing views', () => {
  let s: Session;
  let cdp: CDPSession;
  const figures: string[] = [];

  beforeAll(async () => {
    s = await openApp();
    await chartsShown(s.page);
    await s.page.locator('[data-testid="task-list"], #task-list').first().waitFor({ timeout: 30_000 });
    cdp = await s.context.newCDPSession(s.page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('DOM.enable');
  });
  afterAll(async () => {
    console.log(figures.join('\n'));
    expect(s?.errors ?? []).toEqual([]);
    expect(s?.network ?? []).toEqual([]);
    await s?.close();
  });

  /** Runs `cycle` WARM_UP times, measures, runs it to `total`, measures again and holds the growth. */
  async function holdsFlat(label: string, total: number, cycle: () => Promise<void>): Promise<void> {
    for (let i = 0; i < WARM_UP; i++) await cycle();
    await settle(s.page);
    const before = await counters(cdp);
    for (let i = WARM_UP; i < total; i++) await cycle();
    await settle(s.page);
    const after = await counters(cdp);
    const left = (await detachedTrees(cdp)).filter((t) => t.nodes >= 20);
    figures.push(
      `${label}: after ${WARM_UP} cycles ${before.nodes} nodes, ${before.listeners} listeners, ${before.heapMB} MB; ` +
        `after ${total}: ${after.nodes} nodes, ${after.listeners} listeners, ${after.heapMB} MB; detached trees ≥ 20 nodes: ${JSON.stringify(left)}`,
    );
    // A closed view is not kept: no detached tree of any size is still reachable.
    expect(left, `${label}: detached trees still held`).toEqual([]);
    expect(after.nodes - before.nodes, `${label}: nodes ${before.nodes} → ${after.nodes}`).toBeLessThan(before.nodes * 0.05);
    expect(after.listeners - before.listeners, `${label}: listeners ${before.listeners} → ${after.listeners}`).toBeLessThan(20);
    // The heap grows a little while the engine compiles hot code and sizes its tables; a view kept per
    // cycle would add megabytes (the reported leak went from 17 to 54 MB).
    expect(after.heapMB, `${label}: heap ${before.heapMB} → ${after.heapMB} MB`).toBeLessThan(before.heapMB * 1.3);
  }

  it('opens and closes the 督查台账 100 times with the nav buttons', async () => {
    const page = s.page;
    await holdsFlat('ledger ×100 (buttons)', 100, async () => {
      await page.click('[data-testid="view-ledger"]');
      await ledgerShown(page);
      await page.click('[data-testid="view-dashboard"]');
      await current(page, 'dashboard');
      await chartsShown(page);
    });
  }, 300_000);

  it('opens and closes the 督查通报 30 times (the filter bar and the file management close with the dashboard)', async () => {
    const page = s.page;
    await holdsFlat('briefing ×30 (buttons)', 30, async () => {
      await page.click('[data-testid="view-briefing"]');
      await page.locator('[data-testid="briefing-view"]').waitFor({ timeout: 30_000 });
      await page.click('[data-testid="view-dashboard"]');
      await page.locator('[data-testid="document-manager"]').waitFor({ timeout: 30_000 });
      await chartsShown(page);
    });
  }, 300_000);

  it('switches dashboard, ledger and briefing 30 times through the URL hash', async () => {
    const page = s.page;
    const go = (hash: string) => page.evaluate((h) => (location.hash = h), hash);
    await holdsFlat('dashboard → ledger → briefing ×30 (URL hash)', 30, async () => {
      await go('#v=ledger');
      await ledgerShown(page);
      await go('#v=briefing');
      await page.locator('[data-testid="briefing-view"]').waitFor({ timeout: 30_000 });
      await go('#');
      await current(page, 'dashboard');
      await chartsShown(page);
    });
  }, 300_000);

  it('opens and closes a ledger row (its history and report form) and the rule form 30 times', async () => {
    const page = s.page;
    await page.click('[data-testid="view-ledger"]');
    await ledgerShown(page);
    const toggle = page.locator('[data-testid="ledger-table"] tr.row').first().locator('button.toggle');
    const rules = page.locator('[data-testid="rule-editor"]');
    await rules.locator('summary').click();
    await holdsFlat('ledger row detail and rule form ×30', 30, async () => {
      await toggle.click();
      await page.locator('[data-testid="ledger-table"] tr.detail').waitFor({ timeout: 30_000 });
      await toggle.click();
      await page.locator('[data-testid="ledger-table"] tr.detail').waitFor({ state: 'detached', timeout: 30_000 });
      await rules.locator('button.add').click();
      await rules.locator('form').waitFor({ timeout: 30_000 });
      await rules.locator('form button', { hasText: '取消' }).click();
      await rules.locator('form').waitFor({ state: 'detached', timeout: 30_000 });
    });
    await page.click('[data-testid="view-dashboard"]');
  }, 300_000);

  it('opens and cancels the import preview of a file (the parse worker, the preview) 30 times', async () => {
    const page = s.page;
    await current(page, 'dashboard');
    const preview = page.locator('[data-testid="import-preview"][data-file="notice-gbk.txt"]');
    await holdsFlat('import preview opened and cancelled ×30', 30, async () => {
      await page.setInputFiles('[data-testid="import-file"]', NOTICE);
      await preview.waitFor({ timeout: 30_000 });
      await preview.getByRole('button', { name: '取消', exact: true }).click();
      await preview.waitFor({ state: 'detached', timeout: 30_000 });
    });
  }, 300_000);
});
