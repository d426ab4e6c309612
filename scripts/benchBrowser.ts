// The figures a user feels, measured in Debian's Chromium on dist/index.html over file:// (playwright-core):
// cold open (new profile: seeding included), warm open (reload), filter one year → redraw and back,
// import one file, heap and DOM size — at seed scale, on the real-report corpus when it is there,
// and at 10 / 100 / 1,000 documents of the synthetic corpus (scripts/corpus/synthetic.ts).
//
// How a chart counts as drawn: an init script (below) hooks every ECharts instance the app puts on a
// `[data-chart-ready]` element (`el.__chart`) and records its 'rendered' events (a frame painted) and
// when its `data-chart-ready` last turned "false" (a new option given). A chart is drawn when it has
// painted since its last new option; settled when it reports `data-chart-ready="true"` (animations
// done). A card showing an empty-state message counts as drawn. Visible = the card intersects the
// 1366×768 viewport. Times come from the page's own clock (navigation start = 0), to ±1 frame.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DIST_INDEX = resolve(import.meta.dirname, '../dist/index.html');
let APP_URL = pathToFileURL(DIST_INDEX).href;

/** Measure another build of the app (a copy of an earlier dist/index.html, say). */
export function useApp(htmlPath: string): void {
  APP_URL = pathToFileURL(resolve(htmlPath)).href;
}
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWPORT = { width: 1366, height: 768 };

export interface OpenFigures {
  /** navigation start → the first chart painted */
  firstChartMs: number | null;
  /** → every chart in the viewport painted */
  visibleChartsMs: number | null;
  /** → every chart on the page painted (null when off-screen charts are not drawn until scrolled to) */
  allChartsMs: number | null;
  /** → every chart in the viewport done animating */
  settledMs: number | null;
  charts: number;
  visibleCharts: number;
}

export interface RedrawFigures {
  /** the hash changes → the first frame after which every chart in view shows the new data */
  redrawMs: number | null;
  /** → every chart in view done animating */
  settledMs: number | null;
}

export interface PageFigures {
  /** start-up code unpacked from its gzip blocks (scripts/build/packed.ts), ms; null in an unpacked build */
  unpackMs: number | null;
  /** used JS heap after a forced GC, MB */
  heapMB: number;
  domElements: number;
  pageHeightPx: number;
}

// ───────────────────────────── in the page ─────────────────────────────

/** Installed before the app's scripts run (addInitScript): hooks chart instances, records paint times. */
function instrument(): void {
  type Info = { first: number | null; drawnAt: number | null; falseAt: number; finishedAt: number | null };
  type Chart = { on: (event: string, fn: () => void) => void };
  const info = new WeakMap<Element, Info>();
  const hooked = new WeakSet<object>();
  const get = (el: Element): Info => {
    let i = info.get(el);
    if (!i) info.set(el, (i = { first: null, drawnAt: null, falseAt: -1, finishedAt: null }));
    return i;
  };
  const w = window as unknown as { __benchDirty: number };
  w.__benchDirty = 0;
  // Cheap at any DOM size: only attribute changes of chart elements are observed (the app sets
  // data-chart-ready right after creating an instance), never every inserted node.
  const hook = (el: Element) => {
    const chart = (el as Element & { __chart?: Chart }).__chart;
    if (!chart || hooked.has(chart)) return;
    hooked.add(chart);
    const i = get(el);
    chart.on('rendered', () => {
      const t = performance.now();
      if (i.first === null) i.first = t;
      if (i.drawnAt === null || i.drawnAt < i.falseAt) i.drawnAt = t;
      w.__benchDirty++;
    });
    chart.on('finished', () => {
      i.finishedAt = performance.now();
      w.__benchDirty++;
    });
  };
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      const el = r.target as HTMLElement;
      if (el.dataset?.chartReady === 'false') get(el).falseAt = now;
      hook(el);
    }
    w.__benchDirty++;
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-chart-ready'] });

  (window as unknown as { __benchCards: () => unknown[] }).__benchCards = () =>
    [...document.querySelectorAll('[data-chart-id]')].map((card) => {
      const r = card.getBoundingClientRect();
      const el = card.querySelector('[data-chart-ready]');
      const i = el ? info.get(el) : undefined;
      return {
        visible: r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
        empty: card.querySelector('[data-chart-empty]') !== null,
        first: i?.first ?? null,
        drawnAt: i && i.drawnAt !== null && i.drawnAt >= i.falseAt ? i.drawnAt : null,
        falseAt: i?.falseAt ?? -1,
        ready: (el as HTMLElement | null)?.dataset.chartReady === 'true',
      };
    });
}

interface Card {
  visible: boolean;
  empty: boolean;
  first: number | null;
  drawnAt: number | null;
  falseAt: number;
  ready: boolean;
}

/** Page side: waits for the charts of a fresh page; times from navigation start. */
async function waitOpenInPage({ timeout, idle }: { timeout: number; idle: number }): Promise<OpenFigures> {
  const cards = () => (window as unknown as { __benchCards: () => Card[] }).__benchCards();
  const dirty = () => (window as unknown as { __benchDirty: number }).__benchDirty;
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const drawn = (c: Card) => c.empty || c.drawnAt !== null;
  let seen = -1;
  let checkedAt = 0;
  const out: OpenFigures = { firstChartMs: null, visibleChartsMs: null, allChartsMs: null, settledMs: null, charts: 0, visibleCharts: 0 };
  const deadline = performance.now() + timeout;
  let progressAt = performance.now();
  let drawnCount = -1;
  while (performance.now() < deadline) {
    await frame();
    const now = performance.now();
    // Looking at the cards forces a layout: only when a chart changed, or every 100 ms.
    if (dirty() === seen && now - checkedAt < 100) continue;
    [seen, checkedAt] = [dirty(), now];
    const s = cards();
    if (s.length === 0) continue;
    const vis = s.filter((c) => c.visible);
    out.charts = s.length;
    out.visibleCharts = vis.length;
    const firsts = s.map((c) => c.first).filter((t): t is number => t !== null);
    if (out.firstChartMs === null && firsts.length) out.firstChartMs = Math.min(...firsts);
    if (out.visibleChartsMs === null && vis.length && vis.every(drawn)) {
      const times = vis.map((c) => c.drawnAt).filter((t): t is number => t !== null);
      out.visibleChartsMs = times.length ? Math.max(...times) : now;
      out.firstChartMs ??= out.visibleChartsMs;
    }
    if (out.visibleChartsMs !== null && out.settledMs === null && vis.every((c) => c.empty || c.ready)) out.settledMs = now;
    const n = s.filter(drawn).length;
    if (n !== drawnCount) [drawnCount, progressAt] = [n, now];
    if (out.allChartsMs === null && s.every(drawn)) out.allChartsMs = Math.max(0, ...s.map((c) => c.drawnAt ?? 0));
    if (out.visibleChartsMs !== null && out.settledMs !== null && (out.allChartsMs !== null || now - progressAt > idle)) break;
  }
  return out;
}

/** Page side: changes the hash (the app's filter lives there) and waits for the charts in view. */
async function redrawInPage({ hash, timeout }: { hash: string; timeout: number }): Promise<RedrawFigures> {
  const cards = () => (window as unknown as { __benchCards: () => Card[] }).__benchCards();
  const dirty = () => (window as unknown as { __benchDirty: number }).__benchDirty;
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  let seen = -1;
  let checkedAt = 0;
  let changed = false;
  // The app reads the hash on popstate, which the browser fires during the assignment below; the
  // hashchange event is a task queued after it, which can wait behind the work the app defers until
  // the charts in view have painted (cards off screen): waiting for it would count that work too.
  const seenChange = () => {
    changed = true;
  };
  addEventListener('popstate', seenChange, { once: true });
  addEventListener('hashchange', seenChange, { once: true });
  const t0 = performance.now();
  location.hash = hash;
  const out: RedrawFigures = { redrawMs: null, settledMs: null };
  let firstFrame: number | null = null;
  while (performance.now() < t0 + timeout) {
    await frame();
    if (!changed) continue;
    const now = performance.now();
    firstFrame ??= now;
    // Looking at the cards forces a layout: only when a chart changed, or every 100 ms.
    if (dirty() === seen && now - checkedAt < 100) continue;
    [seen, checkedAt] = [dirty(), now];
    const vis = cards().filter((c) => c.visible);
    if (out.redrawMs === null && vis.every((c) => c.empty || c.drawnAt !== null)) {
      const times = vis.filter((c) => !c.empty && c.falseAt > t0).map((c) => c.drawnAt as number);
      out.redrawMs = Math.max(firstFrame, ...times) - t0;
    }
    if (out.redrawMs !== null && vis.every((c) => c.empty || c.ready)) {
      out.settledMs = now - t0;
      break;
    }
  }
  removeEventListener('popstate', seenChange);
  removeEventListener('hashchange', seenChange);
  return out;
}

// ───────────────────────────── in Node ─────────────────────────────

export async function launch(profile: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    locale: 'zh-CN',
    colorScheme: 'light',
  });
  // tsx compiles with esbuild's keepNames, which wraps functions in __name(): functions sent to the page need it too.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript(instrument);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, errors };
}

export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'dashboard-bench-'));
}

export function copyProfile(from: string): string {
  const to = newProfile();
  cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  return to;
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function open(page: Page, how: 'goto' | 'reload', timeout: number): Promise<OpenFigures> {
  if (how === 'goto') await page.goto(APP_URL, { waitUntil: 'commit', timeout });
  else await page.reload({ waitUntil: 'commit', timeout });
  return page.evaluate(waitOpenInPage, { timeout, idle: 2000 });
}

export async function redraw(page: Page, hash: string, timeout: number): Promise<RedrawFigures> {
  return page.evaluate(redrawInPage, { hash, timeout });
}

export async function pageFigures(page: Page): Promise<PageFigures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  const dom = await page.evaluate(() => ({
    domElements: document.getElementsByTagName('*').length,
    pageHeightPx: document.documentElement.scrollHeight,
    unpackMs: document.documentElement.dataset.unpackMs ? Number(document.documentElement.dataset.unpackMs) : null,
  }));
  return { heapMB: Math.round((heap.usedSize / 1024 / 1024) * 10) / 10, ...dom };
}

/** The totals the page header prints (共 N 份文件 · M 项任务), or null when it prints none. */
export async function headerTotals(page: Page): Promise<{ documents: number; tasks: number } | null> {
  const text = (await page.textContent('header').catch(() => null)) ?? '';
  const m = /共\s*(\d+)\s*份文件\D*?(\d+)\s*项任务/.exec(text);
  return m ? { documents: Number(m[1]), tasks: Number(m[2]) } : null;
}

/**
 * Restores a backup file through the page's 恢复备份 button into a new profile; returns the profile.
 * Several files are restored one after the other into the same profile (a restore adds to what is
 * there): the page refuses a file over 200 MB, and 3,000 real reports make ≈ 520 MB.
 */
export async function restoreInto(backupJson: string | string[], timeout: number): Promise<string> {
  const profile = newProfile();
  const { context, page } = await launch(profile);
  try {
    await page.goto(APP_URL, { timeout });
    const parts = Array.isArray(backupJson) ? backupJson : [backupJson];
    for (const [i, json] of parts.entries()) {
      const name = `${profile.split('/').pop()}-backup-${i + 1}.json`;
      const file = join(profile, '..', name);
      writeFileSync(file, json);
      try {
        await page.setInputFiles('[data-testid="restore-backup-input"]', file, { timeout });
        // Success and failure both name the file.
        await page.waitForFunction((n) => (document.querySelector('[data-testid="backup-result"]')?.textContent ?? '').includes(n), name, { timeout, polling: 250 });
        const result = (await page.textContent('[data-testid="backup-result"]')) ?? '';
        if (!result.includes('已从')) throw new Error(`restore failed: ${result}`);
      } finally {
        rmSync(file, { force: true });
      }
    }
  } finally {
    await context.close();
  }
  return profile;
}

/** Waits until every chart card in the window has drawn (or shows why it is empty). */
export async function chartsInViewDrawn(page: Page, timeout: number): Promise<void> {
  await page.evaluate(async (timeout) => {
    const cards = () => (window as unknown as { __benchCards: () => Card[] }).__benchCards();
    const end = performance.now() + timeout;
    while (performance.now() < end) {
      await new Promise((r) => requestAnimationFrame(r));
      if (
        cards()
          .filter((c) => c.visible)
          .every((c) => c.empty || c.drawnAt !== null)
      )
        return;
    }
  }, timeout);
}

/**
 * Imports one file through the import panel (pick → preview → 确认导入) and waits until the header
 * counts it and every chart in view has drawn the new data. Wall-clock milliseconds from the pick.
 */
export async function importOne(page: Page, path: string, fileName: string, documentsBefore: number, timeout: number): Promise<number> {
  const t0 = performance.now();
  await page.setInputFiles('[data-testid="import-file"]', path, { timeout });
  const preview = page.locator(`[data-testid="import-preview"][data-file="${fileName}"]`);
  await preview.waitFor({ timeout });
  await preview.getByText('确认导入').click({ timeout });
  await page.waitForFunction((n) => new RegExp(`共\\s*${n}\\s*份文件`).test(document.querySelector('header')?.textContent ?? ''), documentsBefore + 1, { timeout, polling: 'raf' });
  await chartsInViewDrawn(page, timeout);
  return performance.now() - t0;
}

/**
 * Picks many files at once and imports them with one click on 「全部导入」 (the batch list); waits until
 * the header counts them all and every chart in view has redrawn. Wall-clock ms from the pick; null
 * when the build has no batch import.
 */
export async function importBatch(page: Page, paths: string[], documentsBefore: number, timeout: number): Promise<{ parsedMs: number; totalMs: number } | null> {
  const t0 = performance.now();
  await page.setInputFiles('[data-testid="import-file"]', paths, { timeout });
  const batch = page.locator('[data-testid="batch-import"]');
  if (
    !(await batch.waitFor({ timeout: 5000 }).then(
      () => true,
      () => false,
    ))
  )
    return null;
  const button = batch.locator('[data-testid="batch-import-all"]');
  await page.waitForFunction(
    () => {
      const b = document.querySelector('[data-testid="batch-import"]');
      return b !== null && b.querySelectorAll('[data-testid="batch-row"][data-status="waiting"]').length === 0;
    },
    null,
    { timeout, polling: 100 },
  );
  const parsedMs = performance.now() - t0;
  await button.click({ timeout });
  await page.waitForFunction((n) => new RegExp(`共\\s*${n}\\s*份文件`).test(document.querySelector('header')?.textContent ?? ''), documentsBefore + paths.length, {
    timeout,
    polling: 'raf',
  });
  await chartsInViewDrawn(page, timeout);
  return { parsedMs, totalMs: performance.now() - t0 };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

/**
 * Runs `action` under the CDP sampling profiler and returns the functions with the most self time
 * (ms), as "name (line:col)" of the unpacked blob script. For explaining what a figure spends its time on.
 */
export async function profile<T>(page: Page, action: () => Promise<T>, top = 15): Promise<{ result: T; hot: Array<{ fn: string; selfMs: number }> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const result = await action();
  const { profile: p } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] } };
  await cdp.detach();
  // PROFILE_DUMP=dir keeps each raw profile (open it in DevTools' Performance panel, or scripts/profileStacks.ts).
  if (process.env.PROFILE_DUMP) writeFileSync(join(process.env.PROFILE_DUMP, `${Date.now()}.cpuprofile`), JSON.stringify(p));
  const msPerSample = (p.endTime - p.startTime) / 1000 / Math.max(1, p.samples.length);
  const self = new Map<string, number>();
  for (const n of p.nodes) {
    const { functionName, lineNumber, columnNumber, url } = n.callFrame;
    const name = `${functionName || '(anonymous)'} ${url ? `${url.slice(-12)}:` : ''}${lineNumber + 1}:${columnNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (n.hitCount ?? 0) * msPerSample);
  }
  const hot = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, selfMs]) => ({ fn, selfMs: Math.round(selfMs) }));
  return { result, hot };
}
