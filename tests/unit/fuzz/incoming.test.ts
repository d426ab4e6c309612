// Property tests over what comes in from outside: a file's bytes, a returned 台账, a notice's text.
// Random and mutated inputs never throw past the result type, and the answer is in words a clerk reads
// (Chinese, no library internals). These readers are pure — they have no way to write: structure.test.ts
// holds that import/ and ledger/ never reach storage.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assessTasks } from '../../../src/lib/ledger/assess';
import { buildSheet } from '../../../src/lib/ledger/sheet';
import { previewImport } from '../../../src/lib/ledger/sheetImport';
import { writeLedgerXlsx } from '../../../src/lib/export/ledgerXlsx';
import { readLedgerXlsx } from '../../../src/lib/import/ledgerXlsx';
import { readText } from '../../../src/lib/import/readText';
import { ParsedDocument } from '../../../src/lib/model/document';
import { parseReport } from '../../../src/lib/parse/index';
import { seed002 } from '../ledger/seed';

const s = seed002();
const today = '2024-06-20';
const assessed = assessTasks({ documents: [s.document], tasks: s.tasks, entries: [], rulesByDoc: new Map([[s.document.id, s.rules]]), today });
const sheetBytes = (async () => new Uint8Array(await (await writeLedgerXlsx(buildSheet({ document: s.document, tasks: assessed, asOf: today }))).arrayBuffer()))();

/** The same package stored without compression, so damage lands in the XML itself rather than only
 * breaking the deflate stream: what reaches the XML and Word readers is then garbled markup. */
const stored = (zip: Uint8Array): Uint8Array => zipSync(Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, data]) => [name, [data, { level: 0 }]])));
const docxBytes = stored(new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/import/notice.docx'))));

/** A reason a clerk can read: Chinese, and none of a library's own wording or a stack trace. */
function expectReadableReason(reason: string): void {
  expect(reason).toMatch(/[\u4e00-\u9fff]/);
  expect(reason).not.toMatch(/\bat \S+ \(|Error:|TypeError|undefined|null\b|xmldom|\[object /);
}

/** Flip, drop or splice bytes: the damage a bad download or a careless tool does. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }), count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), value: fc.constant(0), count: fc.constant(0) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), value: fc.nat(), count: fc.integer({ min: 1, max: 4096 }) }),
);

function mutate(bytes: Uint8Array, m: { kind: 'flip' | 'truncate' | 'splice'; at: number; value: number; count: number }): Uint8Array {
  const at = m.at % Math.max(1, bytes.length);
  if (m.kind === 'truncate') return bytes.slice(0, at);
  const out = bytes.slice();
  if (m.kind === 'flip') {
    for (let i = 0; i < m.count; i++) out[(at + i * 997) % out.length] = (m.value + i) & 0xff;
    return out;
  }
  // splice: a stretch of the file copied over another place of it
  const from = m.value % Math.max(1, bytes.length);
  out.set(bytes.subarray(from, Math.min(bytes.length, from + m.count)).subarray(0, out.length - at), at);
  return out;
}

describe('the returned-sheet reader on damaged files', () => {
  it.each([
    ['compressed', (b: Uint8Array) => b],
    ['stored', stored],
  ])('answers every mutated %s .xlsx with a sheet or a readable reason, and a read sheet previews without throwing', async (_, pack) => {
    const original = pack(await sheetBytes);
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
        const bytes = ms.reduce((b, m) => mutate(b, m), original);
        const r = await readLedgerXlsx(bytes);
        if (!r.ok) return expectReadableReason(r.reason);
        const p = previewImport({ raw: r.data, documents: [s.document], tasks: assessed, fallbackDocId: s.document.id, today });
        if (!p.ok) expectReadableReason(p.reason);
      }),
      { numRuns: 60 },
    );
  });

  it('answers arbitrary bytes with a readable reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const r = await readLedgerXlsx(bytes);
        if (!r.ok) expectReadableReason(r.reason);
      }),
      { numRuns: 100 },
    );
  });
});

const CELLS = [
  '序号',
  '任务',
  '本期进展',
  '状态',
  '更新日期',
  '佐证材料',
  '说明',
  '1',
  '10',
  '（一）',
  '已完成',
  '推进中',
  '正在推进',
  '滞后',
  '销号',
  '2024-06-12',
  '2024/6/31',
  '45000',
  '',
  ' ',
  '=SUM(A1)',
  '\u0000',
  '🙂',
];

describe('the returned-sheet preview on any grid', () => {
  it('never throws whatever cells a unit types, and explains a refusal', () => {
    const row = fc.array(fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 30 })), { maxLength: 12 });
    const info = fc.array(fc.tuple(fc.oneof(fc.constantFrom('文件标识', '文号', '文件标题', '报送期', '导出日期'), fc.string({ maxLength: 6 })), fc.string({ maxLength: 20 })), {
      maxLength: 5,
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), info, (rows, pairs) => {
        const p = previewImport({
          raw: { rows, info: new Map(pairs), sheetName: '台账', baseline: null },
          documents: [s.document],
          tasks: assessed,
          fallbackDocId: s.document.id,
          today,
        });
        if (!p.ok) expectReadableReason(p.reason);
        else for (const r of p.preview.rows) expect(typeof r.row).toBe('number');
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading a file as a report', () => {
  it('answers arbitrary bytes under any name with text or a readable problem', async () => {
    const name = fc.constantFrom('a.txt', 'b.docx', 'c.TXT', 'd', '报告.doc', 'e.pdf', 'f.xlsx');
    await fc.assert(
      fc.asyncProperty(name, fc.uint8Array({ maxLength: 3000 }), async (fileName, bytes) => {
        const r = await readText(fileName, bytes);
        if (!r.ok) expectReadableReason(r.problem.reason);
        else expect(typeof r.text).toBe('string');
      }),
      { numRuns: 200 },
    );
  });

  it('answers every mutated Word file with text or a readable problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
        const r = await readText(
          '通知.docx',
          ms.reduce((b, m) => mutate(b, m), docxBytes),
        );
        if (!r.ok) expectReadableReason(r.problem.reason);
        else expect(typeof r.text).toBe('string');
      }),
      { numRuns: 60 },
    );
  });
});

describe('the parser on damaged notices', () => {
  const notices = ['002_cc78cbd2ab743c91.txt', '003_75f0195620c906fb.txt'].map((n) => readFileSync(resolve(__dirname, '../../../seeds', n), 'utf8'));
  const edit = fc.record({
    kind: fc.constantFrom('drop', 'repeat', 'garble', 'join'),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 30 }),
    junk: fc.string({ unit: 'binary', maxLength: 20 }),
  });

  it('gives a valid document or a typed error for a notice with lines dropped, repeated, joined or garbled', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
        const lines = (notices[which] as string).split('\n');
        for (const e of edits) {
          const at = e.at % lines.length;
          if (e.kind === 'drop') lines.splice(at, e.count);
          else if (e.kind === 'repeat') lines.splice(at, 0, ...lines.slice(at, at + e.count));
          else if (e.kind === 'join') lines.splice(at, e.count, lines.slice(at, at + e.count).join(''));
          else lines[at] = `${(lines[at] ?? '').slice(0, e.count)}${e.junk}${(lines[at] ?? '').slice(e.count)}`;
        }
        const text = lines.join('\n');
        const r = parseReport(text);
        if (r.ok) {
          expect(ParsedDocument.safeParse(r.data).success).toBe(true);
          for (const t of r.data.tasks) expect(t.span.end).toBeLessThanOrEqual(r.data.text.length);
        } else expectReadableReason(r.reason);
      }),
      { numRuns: 40 },
    );
  });
});
