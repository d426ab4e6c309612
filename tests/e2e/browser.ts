// Shared harness for browser tests: Debian's Chromium driven by playwright-core, opening the
// single-file build over file:// exactly as a person double-clicking dist/index.html would.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DIST_INDEX = resolve(__dirname, '../../dist/index.html');
export const APP_URL = pathToFileURL(DIST_INDEX).href;
export const ARTIFACTS = resolve(__dirname, 'artifacts');

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

export interface Session {
  context: BrowserContext;
  page: Page;
  /** console errors and uncaught page errors seen so far */
  errors: string[];
  /** every request that was not file:, data: or blob: (must stay empty) */
  network: string[];
  /** Opens the app in a new page of the same profile (same IndexedDB), like a second tab or a reload. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** A browser with a fresh, persistent profile: IndexedDB survives page reloads and new pages. */
export async function openApp(
  options: {
    viewport?: { width: number; height: number };
    colorScheme?: 'light' | 'dark';
    /** Pins the page's clock (Date.now, new Date()) to this instant; timers keep running. */
    fixedTime?: string;
    /** Opens the app at this hash (#v=ledger …). */
    hash?: string;
    /** The laptop's time zone (IANA name, e.g. America/Los_Angeles); the machine's own when not given. */
    timezoneId?: string;
  } = {},
): Promise<Session> {
  if (!existsSync(DIST_INDEX)) throw new Error(`${DIST_INDEX} is missing: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'dashboard-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1366, height: 768 },
    colorScheme: options.colorScheme ?? 'light',
    acceptDownloads: true,
    locale: 'zh-CN',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const errors: string[] = [];
  const network: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
  };
  context.on('request', (r) => {
    const url = r.url();
    if (!/^(file|data|blob|about):/.test(url)) network.push(url);
  });
  const newPage = async () => {
    const page = await context.newPage();
    watch(page);
    await page.goto(APP_URL);
    return page;
  };
  if (options.fixedTime) await context.clock.setFixedTime(new Date(options.fixedTime));
  const first = context.pages()[0] ?? (await context.newPage());
  watch(first);
  await first.goto(APP_URL + (options.hash ?? ''));
  return {
    context,
    page: first,
    errors,
    network,
    newPage,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Before any script of the page runs, take IndexedDB away (as some private modes and Firefox on file:// do). */
export async function hideIndexedDB(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
}

/**
 * Charts draw only when near the viewport: scrolls each chart card into view in turn and waits until
 * it has drawn (data-chart-ready="true") or shows why it is empty, then scrolls back to the top.
 */
export async function drawAllCharts(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('[data-chart-id]', { timeout });
  const ids = await page.$$eval('[data-chart-id]', (els) => els.map((e) => e.getAttribute('data-chart-id')!));
  for (const id of ids) {
    await page.locator(`[data-chart-id="${id}"]`).scrollIntoViewIfNeeded();
    // The visibility observer answers within a frame or two; an update then marks the chart not ready.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForFunction(
      (cardId) => {
        const card = document.querySelector(`[data-chart-id="${cardId}"]`);
        return !!card && !!(card.querySelector('[data-chart-ready="true"]') || card.querySelector('[data-chart-empty]'));
      },
      id,
      { timeout },
    );
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export type { Browser, Page };
