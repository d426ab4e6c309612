// Where an open spends its wall-clock time at scale: restores N documents (seeds + synthetic corpus)
// through the page's 恢复备份 once, then opens the built page several times and prints the app's own
// performance marks (database opened, each table read, each chart built) beside the first chart.
//   npx tsx scripts/openTimeline.ts [--docs=1000] [--runs=3] [--keep=DIR] [--app=dist/index.html] [--first=1] [--cold=1 [--reload=1]]
// --keep reuses (or fills) a restored profile in DIR between calls, so a rebuild can be measured in seconds.
// --real=1: the real-text corpus (scripts/corpus/synthetic.ts realTextCorpus, as the bench's real rows) instead of the
// seed-made one; the IndexedDB folder's size on disk is printed with the text's.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProfile, launch, newProfile, open, pageFigures, redraw, removeProfile, restoreInto, useApp } from './benchBrowser';
import { EMPTY_FILTERS } from '../src/lib/analysis/filters';
import { filtersToHash } from '../src/lib/state/hashCodec';
import { backupJson } from './corpus/backup';
import { syntheticCorpus } from './corpus/synthetic';
import { indexedDbBytes, median, readRealSources, readSeeds } from './benchScale';
import { realTextCorpus } from './corpus/synthetic';
import { cpSync } from 'node:fs';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const docs = Number(arg('docs') ?? 1000);
const runs = Number(arg('runs') ?? 3);
const keep = arg('keep');
if (arg('app')) useApp(resolve(arg('app')!));

async function restoredProfile(): Promise<string> {
  if (keep && existsSync(keep) && readdirSync(keep).length > 0) return keep;
  const seeds = readSeeds();
  const extra = Math.max(0, docs - seeds.length);
  const made = arg('real') ? realTextCorpus(readRealSources(), extra) : syntheticCorpus(seeds, extra);
  const parts: string[] = [];
  for (let i = 0; i < made.length; i += 500) parts.push(backupJson(made.slice(i, i + 500)));
  const profile = await restoreInto(parts, 1_800_000);
  const textBytes = [...seeds.map((d) => d.text), ...made.map((d) => d.text)].reduce((k, t) => k + Buffer.byteLength(t, 'utf8'), 0);
  console.log(`restored ${seeds.length + made.length} documents, ${(textBytes / 1e6).toFixed(1)} MB of text (UTF-8)`);
  if (keep) {
    mkdirSync(keep, { recursive: true });
    cpSync(profile, keep, { recursive: true, verbatimSymlinks: true });
  }
  return profile;
}

// --cold=1: each run on a new, empty profile (the first open seeds the database), with --first implied
const cold = Boolean(arg('cold'));
const base = cold ? null : await restoredProfile();
const rows = new Map<string, number[]>();
for (let i = 0; i < runs; i++) {
  const dir = base ? copyProfile(base) : newProfile();
  const { context, page } = await launch(dir);
  try {
    // The first visit of a copied profile warms the disk cache like a user's second open.
    const firstOpen = await open(page, 'goto', 600_000);
    // --first: the marks of the first open of a new browser process (the bench's open), not the reload's
    const firstMarks =
      (arg('first') || cold) && !arg('reload')
        ? await page.evaluate(() =>
            performance
              .getEntries()
              .filter((e) => e.entryType === 'mark' || e.entryType === 'measure')
              .map((e) => ({ name: e.name, at: e.startTime, ms: e.duration })),
          )
        : null;
    const o = await open(page, 'reload', 600_000);
    const marks =
      firstMarks ??
      (await page.evaluate(() =>
        performance
          .getEntries()
          .filter((e) => e.entryType === 'mark' || e.entryType === 'measure')
          .map((e) => ({ name: e.name, at: e.startTime, ms: e.duration })),
      ));
    const figures = await pageFigures(page);
    const add = (k: string, v: number | null | undefined) => {
      if (v != null) rows.set(k, [...(rows.get(k) ?? []), v]);
    };
    // A filter change: one year, then back to all, each timed with the marks it made.
    const year = Number(arg('year') ?? 2024);
    for (const [label, hash] of [
      [`filter ${year}`, filtersToHash({ ...EMPTY_FILTERS, years: [year] })],
      ['filter back to all', ''],
    ] as const) {
      await page.waitForTimeout(1500);
      await page.evaluate(() => {
        performance.clearMarks();
        performance.clearMeasures();
      });
      const cpu = arg('cpuprofile') && i === 0 ? await page.context().newCDPSession(page) : null;
      if (cpu) {
        await cpu.send('Profiler.enable');
        await cpu.send('Profiler.setSamplingInterval', { interval: 500 });
        await cpu.send('Profiler.start');
      }
      const tracer = arg('trace') && i === 0 ? await page.context().newCDPSession(page) : null;
      const events: Array<{ name: string; dur?: number; ph: string; tid: number }> = [];
      if (tracer) {
        tracer.on('Tracing.dataCollected', (e) => {
          events.push(...(e.value as unknown as typeof events));
        });
        await tracer.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
      }
      const r = await redraw(page, hash, 120_000);
      if (tracer) {
        const done = new Promise((res) => tracer.once('Tracing.tracingComplete', res));
        await tracer.send('Tracing.end');
        await done;
        const byName = new Map<string, number>();
        for (const e of events) if (e.ph === 'X' && e.dur) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
        console.log(
          `${label}: trace (ms, complete events, all threads):`,
          [...byName]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 25)
            .map(([n, ms]) => `${n} ${Math.round(ms)}`)
            .join(', '),
        );
        await tracer.detach();
      }
      if (cpu) {
        const { profile } = await cpu.send('Profiler.stop');
        writeFileSync(join(arg('cpuprofile')!, `${label.replace(/\W+/g, '-')}.cpuprofile`), JSON.stringify(profile));
        await cpu.detach();
      }
      add(`${label}: redraw`, r.redrawMs);
      add(`${label}: settled`, r.settledMs);
      const spans = await page.evaluate(() => performance.getEntriesByType('measure').map((e) => ({ name: e.name, ms: e.duration })));
      const total = new Map<string, number>();
      for (const m of spans) total.set(m.name, (total.get(m.name) ?? 0) + m.ms);
      for (const [name, ms] of total) add(`${label}: ${name} (took)`, ms);
    }
    const unpack = await page.evaluate(() => Number(document.documentElement.dataset.unpackMs ?? NaN));
    add('unpack (ms spent)', unpack);
    // a measure made more than once (a chart rebuilt): its first start, its total time
    const seen = new Set<string>();
    for (const m of marks) {
      if (seen.has(m.name)) continue;
      seen.add(m.name);
      const same = marks.filter((x) => x.name === m.name);
      add(m.name, m.at);
      if (m.ms > 0)
        add(
          `${m.name} (took, ×${same.length})`,
          same.reduce((n, x) => n + x.ms, 0),
        );
    }
    add('first chart painted', o.firstChartMs);
    add('first chart painted on the first open of the copied profile', firstOpen.firstChartMs);
    add('charts in view painted', o.visibleChartsMs);
    add('heap MB', figures.heapMB);
    add('DOM elements', figures.domElements);
    add('IndexedDB MB on disk', (indexedDbBytes(dir) ?? NaN) / 1e6);
  } finally {
    await context.close();
    removeProfile(dir);
  }
}
console.log(`open with ${docs} documents, median of ${runs} (ms from navigation start unless noted):`);
const order = [...rows].sort((a, b) => (a[0].includes('(') ? 1 : 0) - (b[0].includes('(') ? 1 : 0) || median(a[1]) - median(b[1]));
for (const [k, v] of order) console.log(`  ${String(Math.round(median(v))).padStart(7)}  ${k}  [${v.map(Math.round).join(', ')}]`);
if (!keep && base) removeProfile(base);
