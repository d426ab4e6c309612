// Where the open and a filter change spend their time at scale: builds an unminified copy of the app,
// restores N documents (seeds + synthetic corpus) through the page's 恢复备份, then records CPU
// profiles of the open and of one year's filter and prints the functions with the most self time.
//   npx tsx scripts/profileOpen.ts [--docs=1000] [--corpus]   (--corpus: the real reports of tests/fixtures/corpus instead)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMPTY_FILTERS } from '../src/lib/analysis/filters';
import { filtersToHash } from '../src/lib/state/hashCodec';
import { launch, open, profile, redraw, removeProfile, restoreInto, useApp } from './benchBrowser';
import { backupJson } from './corpus/backup';
import { syntheticCorpus } from './corpus/synthetic';
import { readCorpus, readSeeds } from './benchScale';

const docs = Number(process.argv.find((a) => a.startsWith('--docs='))?.slice(7) ?? 1000);
const out = mkdtempSync(join(tmpdir(), 'dashboard-profile-'));
execFileSync('npx', ['vite', 'build', '--minify', 'false', '--outDir', out, '--logLevel', 'error'], { stdio: ['ignore', 'ignore', 'inherit'] });
useApp(join(out, 'index.html'));
const seeds = readSeeds();
const real = process.argv.includes('--corpus');
const extra = real ? ((await readCorpus()) ?? []).map((f) => ({ ...f, year: f.parsed.document.year })) : syntheticCorpus(seeds, Math.max(0, docs - seeds.length));
const profileDir = await restoreInto(backupJson(extra), 600_000);
const { context, page } = await launch(profileDir);
// Each chart instance's setOption and resize, timed with the card they belong to (printed after each step).
await context.addInitScript(() => {
  const log: Array<{ id: string; what: string; ms: number; at: number }> = [];
  (window as unknown as { __chartLog: typeof log }).__chartLog = log;
  const wrapped = new WeakSet<object>();
  let current = 'other';
  // The moment the hash changes (popstate comes first, then hashchange): the timeline's zero.
  addEventListener(
    'popstate',
    () => {
      const t0 = performance.now();
      (window as unknown as { __hashAt: number }).__hashAt = t0;
      // Which cards are in the first screen, frame by frame (what the bench's redraw waits for).
      let n = 0;
      let last = '';
      const look = () => {
        const ids = [...document.querySelectorAll<HTMLElement>('[data-chart-id]')]
          .filter((c) => {
            const r = c.getBoundingClientRect();
            return r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
          })
          .map((c) => c.dataset.chartId)
          .join('+');
        if (ids !== last) log.push({ id: 'inView', what: (last = ids), ms: 0, at: performance.now() });
        if (++n < 40) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    },
    { capture: true },
  );
  const wrap = () => {
    for (const el of document.querySelectorAll('[data-chart-ready]')) {
      const c = (el as Element & { __chart?: Record<string, (...a: unknown[]) => unknown> }).__chart;
      if (!c || wrapped.has(c)) continue;
      wrapped.add(c);
      const id = (el.closest('[data-chart-id]') as HTMLElement | null)?.dataset.chartId ?? '?';
      (c.on as (e: string, f: () => void) => void)('rendered', () => log.push({ id, what: 'rendered', ms: 0, at: performance.now() }));
      new MutationObserver(() => log.push({ id, what: `ready=${(el as HTMLElement).dataset.chartReady}`, ms: 0, at: performance.now() })).observe(el, {
        attributes: true,
        attributeFilter: ['data-chart-ready'],
      });
      for (const what of ['setOption', 'resize'] as const) {
        const orig = c[what] as (...a: unknown[]) => unknown;
        c[what] = (...a: unknown[]) => {
          const t = performance.now();
          current = `${id}.${what}`;
          const r = orig.apply(c, a);
          current = 'other';
          log.push({ id, what, ms: Math.round(performance.now() - t), at: t });
          return r;
        };
      }
    }
  };
  setInterval(wrap, 50);
  // Text measuring (canvas measureText) counted: new label strings each cost one, CJK ones dearly.
  const proto = CanvasRenderingContext2D.prototype;
  const measure = proto.measureText;
  proto.measureText = function (text: string) {
    const t = performance.now();
    const r = measure.call(this, text);
    log.push({ id: 'measureText', what: current, ms: performance.now() - t, at: t });
    return r;
  };
});
const chartLog = async (label: string) => {
  const { log, measures } = await page.evaluate(() => {
    const w = window as unknown as { __chartLog: Array<{ id: string; what: string; ms: number; at: number }>; __hashAt?: number };
    const t0 = w.__hashAt ?? 0;
    const measures = performance
      .getEntriesByType('measure')
      .filter((m) => m.startTime >= t0)
      .map((m) => `${m.name}@${Math.round(m.startTime - t0)} ${Math.round(m.duration)}`);
    performance.clearMeasures();
    return { log: w.__chartLog.splice(0).map((l) => ({ ...l, at: l.at - t0 })), measures };
  });
  console.log(`  measures: ${measures.join(', ')}`);
  const m = log.filter((l) => l.id === 'measureText');
  const sum = (xs: typeof m) => `${xs.length} calls ${Math.round(xs.reduce((n, l) => n + l.ms, 0))} ms`;
  console.log(
    `  ${label}: ${log
      .filter((l) => l.id !== 'measureText')
      .map((l) => `${l.id}.${l.what}@${Math.round(l.at)} ${Math.round(l.ms)}`)
      .join(', ')}`,
  );
  const by = [...new Set(m.map((l) => l.what))].map((w) => `${w} ${sum(m.filter((l) => l.what === w))}`);
  console.log(`  measureText: ${sum(m)}; ${by.join('; ')}`);
};
try {
  const opened = await profile(page, () => open(page, 'goto', 600_000), 20);
  console.log(`open with ${docs} documents: first chart ${opened.result.firstChartMs?.toFixed(0)} ms, all charts ${opened.result.allChartsMs?.toFixed(0)} ms; most self time:`);
  for (const h of opened.hot) console.log(`  ${String(h.selfMs).padStart(6)} ms  ${h.fn}`);
  await chartLog('charts during the open (after the first 50 ms)');
  const year = Number(process.argv.find((a) => a.startsWith('--year='))?.slice(7) ?? extra[0]?.year ?? 2024);
  const filtered = await profile(page, () => redraw(page, filtersToHash({ ...EMPTY_FILTERS, years: [year] }), 600_000), 20);
  console.log(`filter to ${year}: redraw ${filtered.result.redrawMs?.toFixed(0)} ms; most self time:`);
  for (const h of filtered.hot) console.log(`  ${String(h.selfMs).padStart(6)} ms  ${h.fn}`);
  await chartLog('charts during the filter');
  console.log(
    `  in the first screen: ${await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-chart-id]')]
        .filter((c) => {
          const r = c.getBoundingClientRect();
          return r.height > 0 && r.bottom > 0 && r.top < innerHeight;
        })
        .map((c) => `${c.dataset.chartId} ${Math.round(c.getBoundingClientRect().top)}`)
        .join(', '),
    )}`,
  );
  const back = await profile(page, () => redraw(page, '', 600_000), 20);
  console.log(`back to all: redraw ${back.result.redrawMs?.toFixed(0)} ms; most self time:`);
  for (const h of back.hot) console.log(`  ${String(h.selfMs).padStart(6)} ms  ${h.fn}`);
  await chartLog('charts back to all');
} finally {
  await context.close();
  removeProfile(profileDir);
  rmSync(out, { recursive: true, force: true });
}
