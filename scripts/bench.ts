// npm run bench: speed budgets as named cases, each repeated and reported as a median.
// Add a case to CASES; keep each one a plain function of no arguments.
import { readFileSync, readdirSync } from 'node:fs';
import { parseReport } from '../src/lib/parse/index';
import { chartCases } from './benchCharts';
import { dbCases } from './benchDb';
import { filterCases } from './benchFilters';
import { importCases } from './benchImport';
import { outcomeCases } from './benchOutcomes';
import { benchRestoreInChromium, restoreCases } from './benchRestore';

interface Case {
  name: string;
  runs: number;
  run: () => void | Promise<void>;
  /** Bytes of input per run: the median is then also printed as throughput (MB/s, 10^6 bytes). */
  bytes?: number;
}

const seeds = readdirSync(new URL('../seeds/', import.meta.url))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(new URL(`../seeds/${f}`, import.meta.url), 'utf8') }));

// The labelled corpus of real reports (tests/fixtures/corpus): throughput on documents the parser was not written for.
const corpusDir = new URL('../tests/fixtures/corpus/', import.meta.url);
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(new URL(f, corpusDir), 'utf8') }));
const corpusBytes = corpus.reduce((n, c) => n + Buffer.byteLength(c.text, 'utf8'), 0);

const CASES: Case[] = [
  {
    name: `parse: corpus, ${corpus.length} reports (${(corpusBytes / 1e6).toFixed(2)} MB)`,
    runs: 15,
    bytes: corpusBytes,
    run: () => {
      for (const c of corpus) if (!parseReport(c.text).ok) throw new Error(`${c.name} failed to parse`);
    },
  },
  {
    name: `parse: all ${seeds.length} seeds`,
    runs: 30,
    run: () => {
      for (const s of seeds) if (!parseReport(s.text).ok) throw new Error(`${s.name} failed to parse`);
    },
  },
  ...seeds.map((s) => ({ name: `parse: ${s.name}`, runs: 30, run: () => void parseReport(s.text) })),
  ...chartCases(),
  ...filterCases(),
  ...dbCases(),
  ...importCases(),
  ...outcomeCases(),
  ...restoreCases(),
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

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
  const mbps = (ms: number) => ((c.bytes as number) / 1e6 / (ms / 1000)).toFixed(1);
  const rate = c.bytes ? `  = ${mbps(median(times))} MB/s (CPU time: median ${median(cpuTimes).toFixed(1)} ms = ${mbps(median(cpuTimes))} MB/s)` : '';
  console.log(`${c.name.padEnd(40)} median ${median(times).toFixed(1)} ms${rate}  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, n=${c.runs})`);
}

// Last: the restore of a 100k-task backup through the page in Chromium (prints its own medians).
await benchRestoreInChromium();
