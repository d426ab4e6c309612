// npm run bench: speed budgets as named cases, each repeated and reported as a median.
// Add a case to CASES; keep each one a plain function of no arguments.
import { readFileSync, readdirSync } from 'node:fs';
import { parseReport } from '../src/lib/parse/index';
import { chartCases } from './benchCharts';
import { dbCases } from './benchDb';
import { filterCases } from './benchFilters';
import { importCases } from './benchImport';
import { outcomeCases } from './benchOutcomes';

interface Case {
  name: string;
  runs: number;
  run: () => void | Promise<void>;
}

const seeds = readdirSync(new URL('../seeds/', import.meta.url))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(new URL(`../seeds/${f}`, import.meta.url), 'utf8') }));

const CASES: Case[] = [
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
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

for (const c of CASES) {
  await c.run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < c.runs; i++) {
    const t = performance.now();
    await c.run();
    times.push(performance.now() - t);
  }
  console.log(`${c.name.padEnd(40)} median ${median(times).toFixed(1)} ms  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, n=${c.runs})`);
}
