// Bench cases for outcomes (added to CASES in bench.ts): target ↔ outcome matching on the seeds, and
// province → city alignment from the seeds' size up to 5,000 × 5,000 synthetic tasks.
import { readFileSync, readdirSync } from 'node:fs';
import type { ParsedDocument } from '../src/lib/model/document';
import { parseReport } from '../src/lib/parse/index';
import { alignTasks, type AlignItem } from '../src/lib/outcomes/align';
import { matchDocuments } from '../src/lib/outcomes/documents';

function seed(prefix: string): ParsedDocument {
  const dir = new URL('../seeds/', import.meta.url);
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  const r = parseReport(readFileSync(new URL(file ?? '', dir), 'utf8'));
  if (!r.ok) throw new Error(`${prefix}: ${r.reason}`);
  return r.data;
}

/** Tasks made of clauses of the seeds, drawn by a fixed-seed generator: realistic vocabulary, any count. */
export function syntheticTasks(count: number, seedValue: number, docs: ParsedDocument[]): AlignItem[] {
  const clauses = docs.flatMap((d) => d.text.split(/[，。；\n]/).filter((c) => c.length >= 6));
  let x = seedValue >>> 0;
  const next = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, (_, i) => {
    const parts = 3 + Math.floor(next() * 6);
    const text = Array.from({ length: parts }, () => clauses[Math.floor(next() * clauses.length)]).join('，');
    return { id: `s${i}`, text };
  });
}

export function outcomeCases(): Array<{ name: string; runs: number; run: () => void }> {
  const notice = seed('002');
  const review = seed('000');
  const province = seed('003');
  const all = [notice, review, province, seed('001'), seed('004')];
  const from = province.tasks.map((t) => ({ id: t.id, text: t.text }));
  const to = notice.tasks.map((t) => ({ id: t.id, text: t.text }));
  const s200a = syntheticTasks(200, 1, all);
  const s200b = syntheticTasks(200, 2, all);
  const s5000a = syntheticTasks(5000, 3, all);
  const s5000b = syntheticTasks(5000, 4, all);
  return [
    {
      name: 'outcomes: match 002 → 000',
      runs: 20,
      run: () =>
        void matchDocuments({ text: notice.text, meta: notice.document, targets: notice.targets }, { text: review.text, meta: review.document, achievements: review.achievements }),
    },
    { name: `outcomes: align 003 → 002 (${from.length}×${to.length})`, runs: 20, run: () => void alignTasks(from, to) },
    { name: 'outcomes: align 200×200 synthetic', runs: 20, run: () => void alignTasks(s200a, s200b) },
    { name: 'outcomes: align 5000×5000 synthetic', runs: 3, run: () => void alignTasks(s5000a, s5000b) },
  ];
}
