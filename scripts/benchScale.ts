// The browser half of npm run bench: seed scale (cold and warm open), the real-report corpus
// (tests/fixtures/corpus/, when present) and the synthetic corpus at 10 / 100 / 1,000 documents.
// Every scale gets its own browser profile, filled once per bench run by restoring a backup file
// through the page's 恢复备份 button; each repeated run opens a copy of that profile in a new
// browser, so every run starts from the same stored data.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMPTY_FILTERS } from '../src/lib/analysis/filters';
import { filtersToHash } from '../src/lib/state/hashCodec';
import { prepareImport } from '../src/lib/import/pipeline';
import { parseSafely } from '../src/lib/import/parseSafely';
import { parseReport } from '../src/lib/parse/index';
import {
  copyProfile,
  headerTotals,
  importBatch,
  importOne,
  launch,
  newProfile,
  open,
  pageFigures,
  redraw,
  removeProfile,
  restoreInto,
  type OpenFigures,
  type PageFigures,
} from './benchBrowser';
import { backupJson, type ParsedFile } from './corpus/backup';
import { realTextCorpus, syntheticCorpus, type SeedText } from './corpus/synthetic';

export interface ScaleRow {
  docs: number;
  tasks: number;
  runs: number;
  firstChartMs: number | null;
  visibleChartsMs: number | null;
  allChartsMs: number | null;
  settledMs: number | null;
  filterYearMs: number | null;
  filterYearSettledMs: number | null;
  filterAllMs: number | null;
  filterAllSettledMs: number | null;
  /** charts on the page, and how many of them intersect the first screen (1366×768) */
  charts: number | null;
  visibleCharts: number | null;
  /** one more file through the import panel → counted and drawn */
  importMs: number | null;
  heapMB: number | null;
  domElements: number | null;
  pageHeightPx: number | null;
  /** start-up code unpacked on open (part of the open figures) */
  unpackMs: number | null;
  /** real-text rows: the profile's IndexedDB folder on disk after the restore and the runs, and the documents' text (UTF-8) */
  storageBytes?: number | null;
  textBytes?: number;
}

export interface SeedRow extends ScaleRow {
  warmFirstChartMs: number | null;
  warmVisibleChartsMs: number | null;
}

export interface BatchFigures {
  files: number;
  /** pick → every file listed and parsed */
  parsedMs: number | null;
  /** pick → one click on 全部导入 → the header counts them all and the charts in view have redrawn */
  totalMs: number | null;
}

export interface BrowserResults {
  seed: SeedRow;
  /** 100 files imported at once into a new profile (seeds only) */
  batch: BatchFigures;
  corpus: (ScaleRow & { dir: string }) | { skipped: string };
  scale: ScaleRow[];
  /** the real-text scale corpus (scripts/corpus/synthetic.ts realTextCorpus), one row per size */
  real: ScaleRow[];
  /** console errors seen on the pages (should be none) */
  errors: string[];
}

export interface BrowserOptions {
  scales: number[];
  /** sizes (documents, the five seeds included) of the real-text corpus rows */
  realScales: number[];
  /** leave out the batch import of 100 files */
  noBatch?: boolean;
  runs: { seed: number; corpus: number; scale: (docs: number) => number };
  timeoutMs: number;
  log: (line: string) => void;
}

const ROOT = new URL('../', import.meta.url);
const CORPUS_DIR = new URL('tests/fixtures/corpus/', ROOT);

export function readSeeds(): SeedText[] {
  const dir = new URL('seeds/', ROOT);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ fileName: f, text: readFileSync(new URL(f, dir), 'utf8') }));
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median of the runs that produced a figure; null when none did. */
function med(xs: ReadonlyArray<number | null | undefined>): number | null {
  const got = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return got.length ? Math.round(median(got) * 10) / 10 : null;
}

/** The plan year most documents share (the latest on a tie): what "filter one year" picks. */
function busiestYear(years: ReadonlyArray<number | null>): number {
  const counts = new Map<number, number>();
  for (const y of years) if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best = 0;
  let n = 0;
  for (const [y, c] of counts) if (c > n || (c === n && y > best)) [best, n] = [y, c];
  return best;
}

interface Run {
  open: OpenFigures;
  page: PageFigures;
  year: { redrawMs: number | null; settledMs: number | null };
  all: { redrawMs: number | null; settledMs: number | null };
  importMs: number | null;
  warm?: OpenFigures;
}

function row(docs: number, tasks: number, runs: Run[]): ScaleRow {
  return {
    docs,
    tasks,
    runs: runs.length,
    firstChartMs: med(runs.map((r) => r.open.firstChartMs)),
    visibleChartsMs: med(runs.map((r) => r.open.visibleChartsMs)),
    allChartsMs: med(runs.map((r) => r.open.allChartsMs)),
    settledMs: med(runs.map((r) => r.open.settledMs)),
    charts: med(runs.map((r) => r.open.charts)),
    visibleCharts: med(runs.map((r) => r.open.visibleCharts)),
    filterYearMs: med(runs.map((r) => r.year.redrawMs)),
    filterYearSettledMs: med(runs.map((r) => r.year.settledMs)),
    filterAllMs: med(runs.map((r) => r.all.redrawMs)),
    filterAllSettledMs: med(runs.map((r) => r.all.settledMs)),
    importMs: med(runs.map((r) => r.importMs)),
    heapMB: med(runs.map((r) => r.page.heapMB)),
    domElements: med(runs.map((r) => r.page.domElements)),
    pageHeightPx: med(runs.map((r) => r.page.pageHeightPx)),
    unpackMs: med(runs.map((r) => r.page.unpackMs)),
  };
}

/** One run on a profile: open, measure the page, one year, back to all, (reload), import one file. */
async function measure(
  profile: string,
  o: { year: number; importFile: { path: string; name: string } | null; warm: boolean; docs: number; timeoutMs: number; errors: string[] },
): Promise<Run> {
  const { context, page, errors } = await launch(profile);
  try {
    const openFigures = await open(page, 'goto', o.timeoutMs);
    const pageFig = await pageFigures(page);
    const year = await redraw(page, filtersToHash({ ...EMPTY_FILTERS, years: [o.year] }), o.timeoutMs);
    const all = await redraw(page, '', o.timeoutMs);
    const run: Run = { open: openFigures, page: pageFig, year, all, importMs: null };
    if (o.warm) run.warm = await open(page, 'reload', o.timeoutMs);
    if (o.importFile) {
      const before = (await headerTotals(page))?.documents ?? o.docs;
      run.importMs = await importOne(page, o.importFile.path, o.importFile.name, before, o.timeoutMs).catch((e: unknown) => {
        errors.push(`import: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        return null;
      });
    }
    return run;
  } finally {
    o.errors.push(...errors);
    await context.close();
  }
}

const fmt = (x: number | null) => (x === null ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);

export function describeRow(label: string, r: ScaleRow): string {
  return (
    `${label.padEnd(22)} open ${fmt(r.firstChartMs)} / visible ${fmt(r.visibleChartsMs)} (${r.visibleCharts ?? '—'} of ${r.charts ?? '—'} charts in the first screen) / all ${fmt(r.allChartsMs)}; ` +
    `year ${fmt(r.filterYearMs)} (settled ${fmt(r.filterYearSettledMs)}), all ${fmt(r.filterAllMs)} (settled ${fmt(r.filterAllSettledMs)}); ` +
    `import ${fmt(r.importMs)}; unpack ${fmt(r.unpackMs)}; heap ${r.heapMB ?? '—'} MB, ${r.domElements ?? '—'} elements, ${r.pageHeightPx ?? '—'} px (n=${r.runs})`
  );
}

/** The files of tests/fixtures/corpus/ read and parsed as the import panel does; null when the folder is missing. */
export async function readCorpus(): Promise<ParsedFile[] | null> {
  if (!existsSync(CORPUS_DIR)) return null;
  const files: ParsedFile[] = [];
  for (const name of readdirSync(CORPUS_DIR).sort()) {
    if (!/\.(txt|docx)$/i.test(name)) continue;
    const bytes = new Uint8Array(readFileSync(new URL(name, CORPUS_DIR)));
    const r = await prepareImport({ fileName: name, bytes }, { parse: async (t, f) => parseSafely(t, f), findDuplicate: async () => null });
    if (r.ok && !r.prepared.blocking) files.push({ fileName: name, text: r.prepared.sourceText, parsed: r.prepared.parsed });
  }
  return files;
}

/**
 * What the real-text corpus is made from: the corpus's real reports (tests/fixtures/corpus), the seeds'
 * notices and the UTF-8 notices of tests/fixtures/notices (one text per notice: its .copied.txt twin
 * and the other formats are the same notice).
 */
export function readRealSources(): SeedText[] {
  const texts = (dir: URL, keep: (f: string) => boolean) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter(keep)
          .sort()
          .map((f) => ({ fileName: f, text: readFileSync(new URL(f, dir), 'utf8') }))
      : [];
  const reports = texts(CORPUS_DIR, (f) => f.endsWith('.txt'));
  const seedNotices = readSeeds().filter((s) => {
    const r = parseReport(s.text, { fileName: s.fileName });
    return r.ok && r.data.document.kind === 'notice';
  });
  const notices = texts(new URL('tests/fixtures/notices/', ROOT), (f) => f.endsWith('.txt') && !f.includes('.gb18030.') && !f.endsWith('.copied.txt'));
  // Notices spread among the reports: every size of the corpus gets its share of them.
  const all = [...seedNotices, ...notices];
  const every = Math.max(1, Math.round(reports.length / Math.max(1, all.length)));
  return reports.flatMap((r, i) => ((i + 1) % every === 0 && all.length ? [r, all.shift() as SeedText] : [r])).concat(all);
}

/** Bytes on disk of a profile's IndexedDB folder (du), null when it cannot be read. */
export function indexedDbBytes(profile: string): number | null {
  try {
    const out = execFileSync('du', ['-sb', join(profile, 'Default', 'IndexedDB')], { encoding: 'utf8' });
    return Number(out.split(/\s/)[0]);
  } catch {
    return null;
  }
}

export async function browserBench(o: BrowserOptions): Promise<BrowserResults> {
  const errors: string[] = [];
  const seeds = readSeeds();
  const seedParsed = seeds.map((s) => parseReport(s.text, { fileName: s.fileName }));
  const seedTasks = seedParsed.reduce((n, r) => n + (r.ok ? r.data.tasks.length : 0), 0);
  const seedYears = seedParsed.map((r) => (r.ok ? r.data.document.year : null));
  const work = mkdtempSync(join(tmpdir(), 'dashboard-bench-files-'));

  try {
    // Synthetic documents for the largest scale, plus one held out for the import figure.
    const maxExtra = Math.max(0, ...o.scales.map((n) => n - seeds.length));
    const t = performance.now();
    const synthetic = syntheticCorpus(seeds, Math.max(maxExtra, 100) + 1);
    const heldOut = synthetic.pop()!;
    o.log(`synthetic corpus: ${synthetic.length} documents, ${synthetic.reduce((n, d) => n + d.parsed.tasks.length, 0)} tasks, made in ${fmt(performance.now() - t)}`);
    const importFile = { path: join(work, heldOut.fileName), name: heldOut.fileName };
    writeFileSync(importFile.path, heldOut.text);

    // Seed scale: a new profile per run (cold open seeds the database), then a reload (warm open).
    const seedRuns: Run[] = [];
    for (let i = 0; i < o.runs.seed; i++) {
      const profile = newProfile();
      try {
        seedRuns.push(await measure(profile, { year: busiestYear(seedYears), importFile, warm: true, docs: seeds.length, timeoutMs: o.timeoutMs, errors }));
      } finally {
        removeProfile(profile);
      }
    }
    const seed: SeedRow = {
      ...row(seeds.length, seedTasks, seedRuns),
      warmFirstChartMs: med(seedRuns.map((r) => r.warm?.firstChartMs)),
      warmVisibleChartsMs: med(seedRuns.map((r) => r.warm?.visibleChartsMs)),
    };
    o.log(describeRow(`seeds (${seeds.length}), cold`, seed));
    o.log(`${'seeds, warm (reload)'.padEnd(22)} open ${fmt(seed.warmFirstChartMs)} / visible ${fmt(seed.warmVisibleChartsMs)}`);

    // Batch import: 100 synthetic files at once into a new profile holding the seeds.
    const batchFiles = synthetic.slice(0, 100).map((d) => {
      const path = join(work, d.fileName);
      writeFileSync(path, d.text);
      return path;
    });
    const batchRuns: Array<{ parsedMs: number; totalMs: number } | null> = [];
    for (let i = 0; i < Math.min(o.runs.corpus, 3) && batchFiles.length === 100 && !o.noBatch; i++) {
      const profile = newProfile();
      const { context, page } = await launch(profile);
      try {
        await open(page, 'goto', o.timeoutMs);
        batchRuns.push(
          await importBatch(page, batchFiles, seeds.length, o.timeoutMs).catch((e: unknown) => {
            errors.push(`batch import: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
            return null;
          }),
        );
      } finally {
        await context.close();
        removeProfile(profile);
      }
    }
    const batch: BatchFigures = { files: batchFiles.length, parsedMs: med(batchRuns.map((r) => r?.parsedMs)), totalMs: med(batchRuns.map((r) => r?.totalMs)) };
    o.log(
      `${'batch import'.padEnd(22)} ${batch.files} files: listed and parsed ${fmt(batch.parsedMs)}, one click → all counted and drawn ${fmt(batch.totalMs)} (n=${batchRuns.length})`,
    );

    // The real reports, when the folder is there.
    let corpus: BrowserResults['corpus'] = { skipped: 'not measured' };
    const corpusFiles = await readCorpus();
    let profile: string | null = null;
    if (corpusFiles === null || corpusFiles.length === 0) {
      corpus = { skipped: 'tests/fixtures/corpus/ is missing or holds no .txt/.docx: filterMsCorpus, corpusDocs and corpusTasks are null' };
      o.log(`corpus: skipped (${corpus.skipped})`);
    } else {
      // An older build (--app) may refuse what today's parser reads (a level it did not know): say so.
      profile = await restoreInto(backupJson(corpusFiles), o.timeoutMs).catch((e: unknown) => {
        corpus = { skipped: `the app refused the corpus backup: ${e instanceof Error ? e.message : String(e)}` };
        o.log(`corpus: skipped (${corpus.skipped})`);
        return null;
      });
    }
    if (corpusFiles !== null && corpusFiles.length > 0 && profile !== null) {
      try {
        const year = busiestYear([...seedYears, ...corpusFiles.map((f) => f.parsed.document.year)]);
        const runs: Run[] = [];
        for (let i = 0; i < o.runs.corpus; i++) {
          const copy = copyProfile(profile);
          try {
            runs.push(await measure(copy, { year, importFile: null, warm: false, docs: seeds.length + corpusFiles.length, timeoutMs: o.timeoutMs, errors }));
          } finally {
            removeProfile(copy);
          }
        }
        corpus = {
          ...row(
            corpusFiles.length,
            corpusFiles.reduce((n, f) => n + f.parsed.tasks.length, 0),
            runs,
          ),
          dir: 'tests/fixtures/corpus',
        };
        o.log(describeRow(`corpus (${corpusFiles.length} + seeds)`, corpus));
      } finally {
        removeProfile(profile);
      }
    }

    // Synthetic scales: seeds + (N − 5) synthetic documents.
    const scale: ScaleRow[] = [];
    for (const n of o.scales) {
      const extra = synthetic.slice(0, Math.max(0, n - seeds.length));
      const docs = seeds.length + extra.length;
      const tasks = seedTasks + extra.reduce((k, d) => k + d.parsed.tasks.length, 0);
      const tr = performance.now();
      const profile = await restoreInto(backupJson(extra), o.timeoutMs * 5);
      o.log(`  ${docs} documents restored into a profile in ${fmt(performance.now() - tr)}`);
      try {
        const year = busiestYear([...seedYears, ...extra.map((d) => d.year)]);
        const runs: Run[] = [];
        for (let i = 0; i < o.runs.scale(n); i++) {
          const copy = copyProfile(profile);
          try {
            runs.push(await measure(copy, { year, importFile, warm: false, docs, timeoutMs: o.timeoutMs, errors }));
          } finally {
            removeProfile(copy);
          }
        }
        const r = row(docs, tasks, runs);
        scale.push(r);
        o.log(describeRow(`${docs} documents`, r));
      } finally {
        removeProfile(profile);
      }
    }
    // The real-text corpus: seeds + (N − 5) documents recombined from real reports and notices.
    const real: ScaleRow[] = [];
    const maxReal = Math.max(0, ...o.realScales.map((n) => n - seeds.length));
    if (maxReal > 0) {
      const tr = performance.now();
      const made = realTextCorpus(readRealSources(), maxReal);
      o.log(`real-text corpus: ${made.length} documents, ${made.reduce((n, d) => n + d.parsed.tasks.length, 0)} tasks, made in ${fmt(performance.now() - tr)}`);
      for (const n of o.realScales) {
        const extra = made.slice(0, Math.max(0, n - seeds.length));
        const docs = seeds.length + extra.length;
        const tasks = seedTasks + extra.reduce((k, d) => k + d.parsed.tasks.length, 0);
        const textBytes = [...seeds.map((d) => d.text), ...extra.map((d) => d.text)].reduce((k, t) => k + Buffer.byteLength(t, 'utf8'), 0);
        const t0 = performance.now();
        // In parts of 500 documents (≈ 90 MB of backup each): the page takes at most 200 MB a file.
        const parts: string[] = [];
        for (let i = 0; i < extra.length; i += 500) parts.push(backupJson(extra.slice(i, i + 500)));
        const profile = await restoreInto(parts, o.timeoutMs * 10);
        o.log(`  ${docs} real-text documents restored into a profile in ${fmt(performance.now() - t0)}`);
        try {
          const year = busiestYear([...seedYears, ...extra.map((d) => d.year)]);
          const runs: Run[] = [];
          let storageBytes: number | null = null;
          for (let i = 0; i < o.runs.scale(n); i++) {
            const copy = copyProfile(profile);
            try {
              runs.push(await measure(copy, { year, importFile: null, warm: false, docs, timeoutMs: o.timeoutMs, errors }));
              storageBytes = indexedDbBytes(copy);
            } finally {
              removeProfile(copy);
            }
          }
          const r: ScaleRow = { ...row(docs, tasks, runs), storageBytes, textBytes };
          real.push(r);
          o.log(
            `${describeRow(`${docs} real-text`, r)}; IndexedDB ${storageBytes === null ? '—' : `${(storageBytes / 1e6).toFixed(0)} MB`} for ${(textBytes / 1e6).toFixed(0)} MB of text`,
          );
        } finally {
          removeProfile(profile);
        }
      }
    }
    return { seed, batch, corpus, scale, real, errors: [...new Set(errors)] };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
