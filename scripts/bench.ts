// npm run bench: speed budgets as named cases, each repeated and reported as a median; then the
// browser figures (scripts/benchScale.ts). See docs/BENCHMARKS.md for what each figure means.
//   npm run bench                      human-readable lines
//   npm run bench -- --json            the same lines, then one JSON object on the last line
//   --no-browser                       Node cases only (no build, no Chromium)
//   --no-build                         measure the dist/index.html that is there
//   --app=PATH                         measure another built file (implies --no-build)
//   --scales=10,100,1000               synthetic corpus sizes (documents, the five seeds included)
//   --real=1000,3000                   real-text corpus sizes (scripts/corpus/synthetic.ts realTextCorpus)
//   --no-3000                          leave out the 3,000-document real-text row (the longest part)
//   --no-restore                       leave out the 100k-task restore at the end
//   --no-batch                         leave out the batch import of 100 files
//   --batch1000                        add the batch import of 1,000 real-text files (scripts/benchBatch.ts; minutes per run)
//   --runs=N                           repeated browser runs per scale (default: 5 at seed scale, 3 above)
//   --timeout=SECONDS                  per waited step in the browser (default 120)
// Add a Node case to CASES; keep each one a plain function of no arguments.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseReport } from '../src/lib/parse/index';
import { chartCases } from './benchCharts';
import { dbCases } from './benchDb';
import { filterCases } from './benchFilters';
import { importCases } from './benchImport';
import { outcomeCases } from './benchOutcomes';
import { benchBatchInChromium, type BatchScaleFigures } from './benchBatch';
import { benchRestoreInChromium, restoreCases } from './benchRestore';
import { DIST_INDEX, useApp } from './benchBrowser';
import { browserBench, median, readSeeds, type BrowserResults } from './benchScale';

interface Case {
  name: string;
  runs: number;
  run: () => void | Promise<void>;
  /** Bytes of input per run: the median is then also printed as throughput (MB/s, 10^6 bytes). */
  bytes?: number;
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const json = flag('json');
const log = (line: string) => console.log(line);

const seeds = readSeeds();
const seedBytes = seeds.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
const PARSE_ALL = `parse: all ${seeds.length} seeds`;

// The labelled corpus of real reports (tests/fixtures/corpus): throughput on documents the parser was not written for.
const corpusDir = new URL('../tests/fixtures/corpus/', import.meta.url);
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(new URL(f, corpusDir), 'utf8') }));
const corpusBytes = corpus.reduce((n, c) => n + Buffer.byteLength(c.text, 'utf8'), 0);
const CORPUS_PARSE = `parse: corpus, ${corpus.length} reports (${(corpusBytes / 1e6).toFixed(2)} MB)`;

const CASES: Case[] = [
  {
    name: CORPUS_PARSE,
    runs: 15,
    bytes: corpusBytes,
    run: () => {
      for (const c of corpus) if (!parseReport(c.text).ok) throw new Error(`${c.name} failed to parse`);
    },
  },
  {
    name: PARSE_ALL,
    runs: 30,
    run: () => {
      for (const s of seeds) if (!parseReport(s.text).ok) throw new Error(`${s.fileName} failed to parse`);
    },
  },
  ...seeds.map((s) => ({ name: `parse: ${s.fileName}`, runs: 30, run: () => void parseReport(s.text) })),
  ...chartCases(),
  ...filterCases(),
  ...dbCases(),
  ...importCases(),
  ...outcomeCases(),
  ...restoreCases(),
];

const nodeMedians: Record<string, number> = {};
for (const c of CASES) {
  await c.run(); // warm-up
  const times: number[] = [];
  // CPU time of this process too, for throughput: on a machine shared with other work the wall clock
  // also counts the time others held the cores.
  const cpuTimes: number[] = [];
  for (let i = 0; i < c.runs; i++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    await c.run();
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - t);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  nodeMedians[c.name] = Math.round(median(times) * 100) / 100;
  const mbps = (ms: number) => ((c.bytes as number) / 1e6 / (ms / 1000)).toFixed(1);
  const rate = c.bytes ? `  = ${mbps(median(times))} MB/s (CPU time: median ${median(cpuTimes).toFixed(1)} ms = ${mbps(median(cpuTimes))} MB/s)` : '';
  log(`${c.name.padEnd(40)} median ${median(times).toFixed(1)} ms${rate}  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, n=${c.runs})`);
}
// Parse throughput on the real-report corpus (10^6 UTF-8 bytes per second), the seeds when it is missing.
const parseMBps =
  corpus.length > 0
    ? Math.round((corpusBytes / 1e6 / ((nodeMedians[CORPUS_PARSE] as number) / 1000)) * 100) / 100
    : Math.round((seedBytes / 1e6 / ((nodeMedians[PARSE_ALL] as number) / 1000)) * 100) / 100;
log(`parse throughput (UTF-8 bytes of the ${corpus.length > 0 ? 'corpus' : 'seeds'})  ${parseMBps} MB/s`);

let bundleBytes: number | null = null;
let browser: BrowserResults | null = null;
let batch1000: BatchScaleFigures | null = null;
if (!flag('no-browser')) {
  const app = option('app');
  if (app) useApp(app);
  else if (!flag('no-build')) {
    log('building dist/index.html …');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  bundleBytes = statSync(app ?? DIST_INDEX).size;
  log(`${app ?? 'dist/index.html'}  ${bundleBytes} bytes (${(bundleBytes / 1024 / 1024).toFixed(2)} MB)`);
  const scales = (option('scales') ?? '10,100,1000')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  const realScales = (option('real') ?? '1000,3000')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0 && !(flag('no-3000') && n === 3000));
  const runs = option('runs') === undefined ? null : Number(option('runs'));
  browser = await browserBench({
    scales,
    realScales,
    noBatch: flag('no-batch'),
    runs: { seed: runs ?? 5, corpus: runs ?? 3, scale: () => runs ?? 3 },
    timeoutMs: Number(option('timeout') ?? 120) * 1000,
    log,
  });
  if (browser.errors.length) log(`errors in the page: ${browser.errors.join(' | ')}`);
  if (flag('batch1000')) batch1000 = await benchBatchInChromium(1000, Math.min(runs ?? 3, 3), Number(option('timeout') ?? 600) * 1000, log);
}

if (json) {
  const corpus = browser && !('skipped' in browser.corpus) ? browser.corpus : null;
  const result = {
    parseMBps,
    filterMs: browser?.seed.filterYearMs ?? null,
    filterSettledMs: browser?.seed.filterYearSettledMs ?? null,
    filterMsCorpus: corpus?.filterYearMs ?? null,
    /** one-year filter over the real-text corpus at 1,000 documents */
    filterMsReal: browser?.real.find((r) => r.docs === 1000)?.filterYearMs ?? null,
    /** the real-text row at 3,000 documents (null with --no-3000) */
    scale3000: browser?.real.find((r) => r.docs === 3000) ?? null,
    corpusDocs: corpus?.docs ?? null,
    corpusTasks: corpus?.tasks ?? null,
    corpusSkipped: browser && 'skipped' in browser.corpus ? browser.corpus.skipped : undefined,
    coldOpenMs: browser?.seed.firstChartMs ?? null,
    warmOpenMs: browser?.seed.warmFirstChartMs ?? null,
    bundleBytes,
    batchImport100Ms: browser?.batch.totalMs ?? null,
    seed: browser?.seed ?? null,
    batch: browser?.batch ?? null,
    /** 1,000 real-text files picked at once, 全部导入 clicked, until drawn: total ms and the longest main-thread block (--batch1000, else null) */
    batch1000,
    corpus,
    scale: browser?.scale ?? [],
    real: browser?.real ?? [],
    pageErrors: browser?.errors ?? [],
    /** the machine's 1-minute load average at the end: figures taken on a busy machine run slower */
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    node: nodeMedians,
  };
  console.log(JSON.stringify(result));
}

// Last: the restore of a 100k-task backup through the page in Chromium (prints its own medians).
if (!flag('no-browser') && !flag('no-restore')) await benchRestoreInChromium();
