// Where an open spends its wall-clock time at scale: restores N documents (seeds + synthetic corpus)
// through the page's 恢复备份 once, then opens the built page several times and prints the app's own
// performance marks (database opened, each table read, each chart built) beside the first chart.
//   npx tsx scripts/openTimeline.ts [--docs=1000] [--runs=3] [--keep=DIR] [--app=dist/index.html]
// --keep reuses (or fills) a restored profile in DIR between calls, so a rebuild can be measured in seconds.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { copyProfile, launch, open, pageFigures, removeProfile, restoreInto, useApp } from './benchBrowser';
import { backupJson } from './corpus/backup';
import { syntheticCorpus } from './corpus/synthetic';
import { median, readSeeds } from './benchScale';
import { cpSync } from 'node:fs';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const docs = Number(arg('docs') ?? 1000);
const runs = Number(arg('runs') ?? 3);
const keep = arg('keep');
if (arg('app')) useApp(resolve(arg('app')!));

async function restoredProfile(): Promise<string> {
  if (keep && existsSync(keep) && readdirSync(keep).length > 0) return keep;
  const seeds = readSeeds();
  const profile = await restoreInto(backupJson(syntheticCorpus(seeds, Math.max(0, docs - seeds.length))), 900_000);
  if (keep) {
    mkdirSync(keep, { recursive: true });
    cpSync(profile, keep, { recursive: true, verbatimSymlinks: true });
  }
  return profile;
}

const base = await restoredProfile();
const rows = new Map<string, number[]>();
for (let i = 0; i < runs; i++) {
  const dir = copyProfile(base);
  const { context, page } = await launch(dir);
  try {
    // The first visit of a copied profile warms the disk cache like a user's second open.
    await open(page, 'goto', 600_000);
    const o = await open(page, 'reload', 600_000);
    const marks = await page.evaluate(() => performance.getEntries()
      .filter((e) => e.entryType === 'mark' || e.entryType === 'measure')
      .map((e) => ({ name: e.name, at: e.startTime, ms: e.duration })));
    const figures = await pageFigures(page);
    const add = (k: string, v: number | null | undefined) => { if (v != null) rows.set(k, [...(rows.get(k) ?? []), v]); };
    const unpack = await page.evaluate(() => Number(document.documentElement.dataset.unpackMs ?? NaN));
    add('unpack (ms spent)', unpack);
    // a measure made more than once (a chart rebuilt): its first start, its total time
    const seen = new Set<string>();
    for (const m of marks) {
      if (seen.has(m.name)) continue;
      seen.add(m.name);
      const same = marks.filter((x) => x.name === m.name);
      add(m.name, m.at);
      if (m.ms > 0) add(`${m.name} (took, ×${same.length})`, same.reduce((n, x) => n + x.ms, 0));
    }
    add('first chart painted', o.firstChartMs);
    add('charts in view painted', o.visibleChartsMs);
    add('heap MB', figures.heapMB);
    add('DOM elements', figures.domElements);
  } finally {
    await context.close();
    removeProfile(dir);
  }
}
console.log(`open with ${docs} documents, median of ${runs} (ms from navigation start unless noted):`);
const order = [...rows].sort((a, b) => (a[0].includes('(') ? 1 : 0) - (b[0].includes('(') ? 1 : 0) || median(a[1]) - median(b[1]));
for (const [k, v] of order) console.log(`  ${String(Math.round(median(v))).padStart(7)}  ${k}  [${v.map(Math.round).join(', ')}]`);
if (!keep) removeProfile(base);
