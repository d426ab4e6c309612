// Properties of the lights and summaries over any day and any history, on the real seed's tasks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessTasks } from '../../../src/lib/ledger/assess';
import { addDays } from '../../../src/lib/ledger/dates';
import { countPaces, summarize } from '../../../src/lib/ledger/summary';
import type { ProgressEntry } from '../../../src/lib/model/ledger';
import { entry, seed002 } from './seed';

const s = seed002();
const sample = s.tasks.filter((_, i) => i % 9 === 0);
const day = fc.integer({ min: -30, max: 420 }).map((n) => addDays('2024-01-01', n));
const status = fc.constantFrom('未开始', '推进中', '滞后', '已完成', null);
const entryArb = fc.record({ task: fc.integer({ min: 0, max: sample.length - 1 }), on: day, status, named: fc.boolean() });

function build(raw: { task: number; on: string; status: typeof status extends fc.Arbitrary<infer T> ? T : never; named: boolean }[]): ProgressEntry[] {
  return raw.map((r) => {
    const task = sample[r.task]!;
    return entry(s, task, {
      reportedOn: r.on,
      period: r.named ? r.on : null,
      status: r.status,
      note: r.status === null ? '仅备注' : '进展',
      completion: r.status === '已完成' ? { date: r.on, basis: '验收' } : null,
    });
  });
}

const assess = (entries: ProgressEntry[], today: string) =>
  assessTasks({ documents: [s.document], tasks: sample, entries, rulesByDoc: new Map([[s.document.id, s.rules]]), today });

describe('lights over any day and history', () => {
  it('every task gets exactly one light, and each summary row adds up', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 25 }), day, (raw, today) => {
        const all = assess(build(raw), today);
        expect(all).toHaveLength(sample.length);
        const c = countPaces(all);
        expect(c.done + c.onPace + c.dueSoon + c.behind + c.overdue + c.notDue).toBe(sample.length);
        for (const r of summarize(all, 'leadUnit')) expect(r.done + r.onPace + r.dueSoon + r.behind + r.overdue + r.notDue).toBe(r.tasks);
      }),
      { numRuns: 60 },
    );
  });

  it('a report for the last closed period never turns a task red for a missed report', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 10 }), day, (raw, today) => {
        const before = assess(build(raw), today);
        const answers = before.filter((t) => t.pace.lastDue !== null).map((t) => entry(s, t.task, { reportedOn: today, period: t.pace.lastDue, status: '推进中' }));
        for (const t of assess([...build(raw), ...answers], today)) {
          if (t.pace.lastDue !== null) expect(t.pace.reason).not.toBe('missed');
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a task done stays done on every later day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (on, later) => {
        const done = entry(s, sample[0]!, { reportedOn: on, status: '已完成', completion: { date: on, basis: '验收' } });
        expect(assess([done], addDays(on, later))[0]?.pace.light).toBe('done');
      }),
      { numRuns: 40 },
    );
  });
});
