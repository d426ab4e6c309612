// Where the open and a filter change spend their time at scale: builds an unminified copy of the app,
// restores N documents (seeds + synthetic corpus) through the page's 恢复备份, then records CPU
// profiles of the open and of one year's filter and prints the functions with the most self time.
//   npx tsx scripts/profileOpen.ts [--docs=1000]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMPTY_FILTERS } from '../src/lib/analysis/filters';
import { filtersToHash } from '../src/lib/state/hashCodec';
import { launch, open, profile, redraw, removeProfile, restoreInto, useApp } from './benchBrowser';
import { backupJson } from './corpus/backup';
import { syntheticCorpus } from './corpus/synthetic';
import { readSeeds } from './benchScale';

const docs = Number(process.argv.find((a) => a.startsWith('--docs='))?.slice(7) ?? 1000);
const out = mkdtempSync(join(tmpdir(), 'dashboard-profile-'));
execFileSync('npx', ['vite', 'build', '--minify', 'false', '--outDir', out, '--logLevel', 'error'], { stdio: ['ignore', 'ignore', 'inherit'] });
useApp(join(out, 'index.html'));
const seeds = readSeeds();
const extra = syntheticCorpus(seeds, Math.max(0, docs - seeds.length));
const profileDir = await restoreInto(backupJson(extra), 600_000);
const { context, page } = await launch(profileDir);
try {
  const opened = await profile(page, () => open(page, 'goto', 600_000), 20);
  console.log(`open with ${docs} documents: first chart ${opened.result.firstChartMs?.toFixed(0)} ms, all charts ${opened.result.allChartsMs?.toFixed(0)} ms; most self time:`);
  for (const h of opened.hot) console.log(`  ${String(h.selfMs).padStart(6)} ms  ${h.fn}`);
  const year = extra[0]?.year ?? 2024;
  const filtered = await profile(page, () => redraw(page, filtersToHash({ ...EMPTY_FILTERS, years: [year] }), 600_000), 20);
  console.log(`filter to ${year}: redraw ${filtered.result.redrawMs?.toFixed(0)} ms; most self time:`);
  for (const h of filtered.hot) console.log(`  ${String(h.selfMs).padStart(6)} ms  ${h.fn}`);
  const back = await profile(page, () => redraw(page, '', 600_000), 20);
  console.log(`back to all: redraw ${back.result.redrawMs?.toFixed(0)} ms; most self time:`);
  for (const h of back.hot) console.log(`  ${String(h.selfMs).padStart(6)} ms  ${h.fn}`);
} finally {
  await context.close();
  removeProfile(profileDir);
  rmSync(out, { recursive: true, force: true });
}
