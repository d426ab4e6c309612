// Random and mutated backup texts (issue 20, item 7, the backup reader): the reader never throws past its
// result type, a refusal writes nothing and says 现有数据没有改变, and what a restore does write is only
// rows the app itself could have written (they pass the same schemas as the forms' writes).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackup, importDocument, loadDataset, restoreBackup, seedIfNeeded, type Store } from '../../src/lib/db/repository';
import { parseBackup } from '../../src/lib/db/backupCheck';
import { dbOf } from '../../src/lib/db/repository/store';
import { addEntry, saveRule, setAnnotation } from '../../src/lib/state/ledgerActions';
import { contentHash } from '../../src/lib/model/hash';
import type { DeadlineRule, ProgressEntry } from '../../src/lib/model/ledger';
import { freshStore, notice, SEEDS, testParser } from './fixtures';

const clock = (iso: string) => () => iso;

async function storeWithLedger(seeded = true): Promise<Store> {
  const store = await freshStore();
  if (seeded) await seedIfNeeded(store, SEEDS, testParser(), clock('2025-01-01T00:00:00.000Z'));
  await importDocument(store, notice({ year: 2024 }), { sourceText: '导入甲', fileName: '甲.txt' });
  const jia = contentHash('导入甲');
  await setAnnotation(store, `${jia}/t1`, { status: '推进中', note: '已开工' });
  await addEntry(store, `${jia}/t2`, {
    period: '2024-06-15',
    reportedOn: '2024-06-14',
    status: '已完成',
    note: '已验收',
    evidence: '验收报告',
    unit: '市住建局',
    completion: { date: '2024-06-10', basis: '竣工验收文件' },
  });
  await saveRule(store, jia, { cycle: 'dates', dates: ['2024-06-15'], what: '牵头单位报送进展' });
  return store;
}

// The oracle, written apart from the app's schemas: what the app's own writes produce.
const realDay = (s: unknown) => {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const instant = (s: unknown) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && realDay(s.slice(0, 10)) && Number.isFinite(Date.parse(s));
const chars = (s: unknown) => (typeof s === 'string' ? Array.from(s).length : Infinity);

function couldHaveWritten(e: ProgressEntry): boolean {
  return (
    realDay(e.reportedOn) &&
    (e.period === null || realDay(e.period)) &&
    (e.completion === null || (realDay(e.completion.date) && chars(e.completion.basis) <= 2000)) &&
    instant(e.createdAt) &&
    instant(e.updatedAt) &&
    chars(e.note) <= 2000 &&
    chars(e.evidence) <= 2000 &&
    chars(e.unit) <= 200 &&
    ['未开始', '推进中', '已完成', '滞后', null].includes(e.status)
  );
}

/** What a restore left in storage is only what the app could have written. */
async function onlyWritable(store: Store) {
  const db = dbOf(store);
  for (const e of await db.progress.toArray()) expect(couldHaveWritten(e as ProgressEntry), JSON.stringify(e)).toBe(true);
  for (const r of (await db.deadlineRules.toArray()) as DeadlineRule[]) expect(r.dates.every(realDay) && instant(r.updatedAt), JSON.stringify(r)).toBe(true);
  for (const d of await db.documents.toArray()) expect(instant((d as { importedAt: unknown }).importedAt)).toBe(true);
}

async function snapshot(store: Store) {
  const db = dbOf(store);
  return JSON.stringify([
    await loadDataset(store),
    await db.progress.toArray(),
    await db.deadlineRules.toArray(),
    await db.outcomeDecisions.toArray(),
    await db.unitEdits.toArray(),
  ]);
}

/** Every leaf's path in a parsed JSON value. */
function leafPaths(v: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof v === 'object' && v !== null) {
    const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
    if (entries.length === 0) out.push(path);
    for (const [k, x] of entries) leafPaths(x, [...path, k], out);
  } else out.push(path);
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  let target = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) target = target[k] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) target[last] = value;
}

/** Text-level damage: cut, insert a JSON-significant character, or repeat a slice. */
const textMutation = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('[', '{', ']', '}', '"', ',', ':', '\\', '0', 'null', '"\\u0000"', '9999-99-99', '[[[[[[[['),
  }),
  fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 100 }), times: fc.integer({ min: 2, max: 100 }) }),
);

function applyText(text: string, m: { op: 'cut' | 'insert' | 'repeat'; at: number; length?: number; text?: string; times?: number }): string {
  const at = m.at % (text.length + 1);
  if (m.op === 'cut') return text.slice(0, at) + text.slice(at + (m.length ?? 1));
  if (m.op === 'insert') return text.slice(0, at) + (m.text ?? '') + text.slice(at);
  const piece = text.slice(at, at + (m.length ?? 1));
  return text.slice(0, at) + piece.repeat(m.times ?? 2) + text.slice(at);
}

/** Values a field may be given: anything JSON holds, impossible dates and timestamps, long texts. */
const fieldValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('2024-13-45', '9999-99-99', '9999-99-99T99:99:99Z', '2023-02-29', '', 'x', '已完成', 'done', -1, 1e308, null),
  fc.integer({ min: 2001, max: 5000 }).map((n) => '字'.repeat(n)),
);

describe('the backup reader under random and mutated input', () => {
  it('any text: a result, never a throw; a refusal says 现有数据没有改变', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ format: 'zfgzbg-dashboard-backup', version: 2, exportedAt: v, documents: v, hiddenSeeds: v })),
        ),
        (text) => {
          const r = parseBackup(text);
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(r.reason).toMatch(/现有数据没有改变。$/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("mutated texts of the app's own backup: never a throw; refused, nothing written; restored, only rows the app could have written", async () => {
    const store = await storeWithLedger();
    const text = await exportBackup(store);
    await fc.assert(
      fc.asyncProperty(fc.array(textMutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const target = await storeWithLedger(false); // a fresh one each run: a counterexample stands alone
        const damaged = mutations.reduce(applyText, text);
        const before = await snapshot(target);
        const r = await restoreBackup(target, damaged);
        if (!r.ok) {
          expect(await snapshot(target)).toBe(before);
          if (r.code === 'invalid') expect(r.reason).toMatch(/现有数据没有改变。$/);
        }
        await onlyWritable(target);
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it('a field set to anything: refused and nothing written, or restored and every stored row one the app could have written', async () => {
    const store = await storeWithLedger();
    const raw = JSON.parse(await exportBackup(store)) as unknown;
    const paths = leafPaths(raw);
    // most changes go to what the user wrote and the document's own row, the rest anywhere
    const focus = paths.filter((p) => p[0] !== 'documents' || p[3] === 'document' || p[2] === 'document');
    const path = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...focus) }, { weight: 1, arbitrary: fc.constantFrom(...paths) });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(path, fieldValue), { minLength: 1, maxLength: 3 }), async (changes) => {
        const target = await storeWithLedger(false);
        const copy = structuredClone(raw);
        for (const [p, value] of changes) setAt(copy, p, value);
        const before = await snapshot(target);
        const r = await restoreBackup(target, JSON.stringify(copy));
        if (!r.ok) {
          expect(await snapshot(target)).toBe(before);
          if (r.code === 'invalid') expect(r.reason).toMatch(/现有数据没有改变。$/);
        }
        await onlyWritable(target);
      }),
      { numRuns: 50 },
    );
  }, 30_000);
});
