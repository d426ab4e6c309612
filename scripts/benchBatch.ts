// Batch-import benchmark at scale: N real-text files (scripts/corpus/synthetic.ts realTextCorpus, default
// 1,000) picked at once through the page's file picker on dist/index.html over file:// in Chromium, parsed
// (the list), 「全部导入」 clicked, saved, counted in the header and drawn. Figures per phase: wall time and
// the longest main-thread block (Long Tasks API: only tasks over 50 ms are seen). Median of `runs` fresh
// profiles. Run alone with `npx tsx scripts/benchBatch.ts [files] [runs]`, or `npm run bench -- --batch1000`.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chartsInViewDrawn, DIST_INDEX, launch, newProfile, open, removeProfile, useApp } from './benchBrowser';
import { median, readRealSources, readSeeds } from './benchScale';
import { realTextCorpus } from './corpus/synthetic';

export interface BatchRun {
  /** pick → every file parsed (the progress bar gone) */
  parsedMs: number;
  /** 「全部导入」 → the saved message */
  saveMs: number;
  /** saved → the header counts every file and the charts in view have drawn */
  shownMs: number;
  /** pick → drawn, less the time the benchmark itself took between parsed and the click */
  ms: number;
  /** longest main-thread task while parsing, while saving, and after saving until drawn */
  parseLongestBlockMs: number;
  saveLongestBlockMs: number;
  shownLongestBlockMs: number;
  /** progress messages seen while saving */
  saveProgress: number;
}

export interface BatchScaleFigures {
  files: number;
  runs: number;
  ms: number;
  parsedMs: number;
  saveMs: number;
  shownMs: number;
  /** the longest block over the whole run (median of the runs' maxima) */
  longestBlockMs: number;
  parseLongestBlockMs: number;
  saveLongestBlockMs: number;
  shownLongestBlockMs: number;
  saveProgress: number;
}

interface PageStamps {
  pick: number;
  parsed: number;
  click: number;
  saved: number;
  shown: number;
  long: Array<[number, number]>;
  progress: string[];
}

async function batchOnce(paths: string[], documentsBefore: number, timeout: number): Promise<BatchRun> {
  const profile = newProfile();
  const { context, page } = await launch(profile);
  try {
    await open(page, 'goto', timeout);
    await page.waitForTimeout(1000);
    await page.evaluate((expect) => {
      const s: PageStamps = { pick: 0, parsed: 0, click: 0, saved: 0, shown: 0, long: [], progress: [] };
      (window as unknown as { __batch: PageStamps }).__batch = s;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) s.long.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask' });
      document.addEventListener(
        'change',
        (e) => {
          if ((e.target as Element).matches?.('[data-testid="import-file"]')) s.pick = performance.now();
        },
        { capture: true },
      );
      document.addEventListener(
        'click',
        (e) => {
          if ((e.target as Element).closest?.('[data-testid="batch-import-all"]')) s.click = performance.now();
        },
        { capture: true },
      );
      new MutationObserver(() => {
        const now = performance.now();
        if (s.pick && !s.parsed && document.querySelector('[data-testid="batch-import"]') && !document.querySelector('[data-testid="batch-progress"]')) s.parsed = now;
        if (s.click && !s.saved) {
          const p = document.querySelector('[data-testid="batch-save-status"]')?.textContent ?? '';
          if (p && s.progress[s.progress.length - 1] !== p) s.progress.push(p);
          if (document.querySelector('[data-testid="batch-saved"], [data-testid="batch-failed"]')) s.saved = now;
        }
        if (s.saved && !s.shown && new RegExp(`共\\s*${expect}\\s*份文件`).test(document.querySelector('header')?.textContent ?? '')) s.shown = now;
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-testid'] });
    }, documentsBefore + paths.length);
    await page.setInputFiles('[data-testid="import-file"]', paths, { timeout });
    await page.waitForFunction(() => (window as unknown as { __batch: PageStamps }).__batch.parsed > 0, null, { timeout, polling: 250 });
    await page.locator('[data-testid="batch-import-all"]').click({ timeout });
    await page.waitForFunction(() => (window as unknown as { __batch: PageStamps }).__batch.shown > 0, null, { timeout, polling: 250 });
    const failed = await page.locator('[data-testid="batch-failed"]').count();
    if (failed) throw new Error(`batch import failed: ${await page.textContent('[data-testid="batch-failed"]')}`);
    await chartsInViewDrawn(page, timeout);
    const drawn = await page.evaluate(() => performance.now());
    await page.waitForTimeout(300); // the last long-task entry
    const s = await page.evaluate(() => (window as unknown as { __batch: PageStamps }).__batch);
    const longest = (from: number, to: number) => Math.max(0, ...s.long.filter(([t, d]) => t + d > from && t < to).map(([, d]) => d));
    return {
      parsedMs: s.parsed - s.pick,
      saveMs: s.saved - s.click,
      shownMs: drawn - s.saved,
      ms: s.parsed - s.pick + (drawn - s.click),
      parseLongestBlockMs: longest(s.pick, s.parsed),
      saveLongestBlockMs: longest(s.click, s.saved),
      shownLongestBlockMs: longest(s.saved, drawn),
      saveProgress: s.progress.length,
    };
  } finally {
    await context.close();
    removeProfile(profile);
  }
}

export async function benchBatchInChromium(files = 1000, runs = 3, timeoutMs = 600_000, log: (line: string) => void = console.log): Promise<BatchScaleFigures | null> {
  if (!existsSync(DIST_INDEX) || !existsSync('/usr/bin/chromium')) {
    log(`batch import of ${files} files: skipped (${existsSync(DIST_INDEX) ? 'no Chromium' : 'no dist/index.html: npm run build first'})`);
    return null;
  }
  const docs = realTextCorpus(readRealSources(), files);
  const dir = mkdtempSync(join(tmpdir(), 'bench-batch-'));
  try {
    const paths = docs.map((d, i) => {
      const path = join(dir, `${String(i).padStart(4, '0')}-${d.fileName}`);
      writeFileSync(path, d.text);
      return path;
    });
    const all: BatchRun[] = [];
    for (let i = 0; i < runs; i++) all.push(await batchOnce(paths, readSeeds().length, timeoutMs));
    const med = (f: (r: BatchRun) => number) => Math.round(median(all.map(f)));
    const figures: BatchScaleFigures = {
      files,
      runs,
      ms: med((r) => r.ms),
      parsedMs: med((r) => r.parsedMs),
      saveMs: med((r) => r.saveMs),
      shownMs: med((r) => r.shownMs),
      longestBlockMs: med((r) => Math.max(r.parseLongestBlockMs, r.saveLongestBlockMs, r.shownLongestBlockMs)),
      parseLongestBlockMs: med((r) => r.parseLongestBlockMs),
      saveLongestBlockMs: med((r) => r.saveLongestBlockMs),
      shownLongestBlockMs: med((r) => r.shownLongestBlockMs),
      saveProgress: med((r) => r.saveProgress),
    };
    const runsText = all.map((r) => `${(r.ms / 1000).toFixed(1)} s/${Math.round(Math.max(r.parseLongestBlockMs, r.saveLongestBlockMs, r.shownLongestBlockMs))} ms`).join(', ');
    log(
      `${`batch import of ${files} real-text files`.padEnd(40)} median ${(figures.ms / 1000).toFixed(1)} s (parsed ${(figures.parsedMs / 1000).toFixed(1)} s, saved ${(figures.saveMs / 1000).toFixed(1)} s, drawn ${(figures.shownMs / 1000).toFixed(1)} s); ` +
        `longest block ${figures.longestBlockMs} ms (parse ${figures.parseLongestBlockMs}, save ${figures.saveLongestBlockMs}, after ${figures.shownLongestBlockMs}); save progress messages ${figures.saveProgress} (runs: ${runsText})`,
    );
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // --app=PATH: measure another built file (a copy of an earlier dist/index.html)
  const app = process.argv.find((a) => a.startsWith('--app='))?.slice(6);
  if (app) useApp(app);
  const r = await benchBatchInChromium(Number(process.argv.filter((a) => !a.startsWith('--'))[2] ?? 1000), Number(process.argv.filter((a) => !a.startsWith('--'))[3] ?? 3));
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
}
