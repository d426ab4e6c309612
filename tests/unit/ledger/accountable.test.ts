// A research corpus is not a ledger: only notices whose tasks name who is responsible are judged.
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../../../src/lib/analysis/filters';
import { scope } from '../../../src/lib/analysis/scope';
import { chartsFor, CHARTS } from '../../../src/lib/charts';
import { carriesResponsibility, ledgerDocIds, ledgerInView } from '../../../src/lib/ledger/accountable';
import { assessDataset } from '../../../src/lib/ledger/dataset';
import { ledgerDocuments } from '../../../src/lib/ledger/documentChoice';
import { doc, sample, stamp, task } from '../analysis/fixture';

const f = (p: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...p });
const all = sample();
const RESPONSIBILITY_CHARTS = ['leaderLoad', 'leadUnits', 'supportUnits', 'leaderSankey', 'leaderSector'];

describe('which documents are ledgers', () => {
  it('a task carries responsibility when it names a leader, a lead unit or a supporting unit', () => {
    const none = { leaders: [], leadUnits: [], supportUnits: [] };
    expect(carriesResponsibility(none)).toBe(false);
    expect(carriesResponsibility({ ...none, leaders: ['张三'] })).toBe(true);
    expect(carriesResponsibility({ ...none, leadUnits: ['市发改委'] })).toBe(true);
    expect(carriesResponsibility({ ...none, supportUnits: ['市统计局'] })).toBe(true);
  });

  it('counts the notices with responsibilities, never a report', () => {
    expect([...ledgerDocIds(all.documents, all.tasks)].sort()).toEqual(['n24', 'n24p']);
  });

  it('leaves out a notice none of whose tasks names anyone, and a report whose task names a unit', () => {
    const ds = stamp({
      documents: [doc('bare', { kind: 'notice', year: 2024 }), doc('rep', { kind: 'report', year: 2024 })],
      sections: [],
      tasks: [task({ id: 'bare/t1', text: '推进项目建设。' }), task({ id: 'rep/t1', text: '扩大有效投资。', leadUnits: ['市发改委'] })],
      targets: [],
      achievements: [],
    });
    expect(ledgerDocIds(ds.documents, ds.tasks).size).toBe(0);
  });

  it('says whether a scope holds one', () => {
    expect(ledgerInView(scope(all))).toBe(true);
    expect(ledgerInView(scope(all, f({ years: [2024] })))).toBe(true);
    expect(ledgerInView(scope(all, f({ years: [2023, 2025] })))).toBe(false);
    expect(ledgerInView(scope(all, f({ docIds: ['r24h'] })))).toBe(false);
    expect(ledgerInView(scope(all, f({ docIds: ['r24h', 'n24p'] })))).toBe(true);
  });
});

describe('the ledger over the dashboard data', () => {
  // A day after every plan year: a report's task judged as before would be red (逾期未完成).
  const ledger = assessDataset(all, { entries: [], rules: [] }, '2026-12-08');

  it('judges the tasks of the notices only: a report task gets no light and no 完成时限', () => {
    expect([...ledger.docIds].sort()).toEqual(['n24', 'n24p']);
    expect(ledger.byId.has('r24h/t1')).toBe(false);
    expect(ledger.lightOf.has('r24h/t1')).toBe(false);
    expect(ledger.tasks.map((t) => t.task.id).sort()).toEqual(
      all.tasks
        .filter((t) => t.docId !== 'r24h')
        .map((t) => t.id)
        .sort(),
    );
    expect(ledger.rulesByDoc.has('r24h')).toBe(false);
  });

  it('still judges a notice task as before (past its 年底前, not done: red, overdue)', () => {
    const a = ledger.byId.get('n24/t3');
    expect(a?.deadline).toMatchObject({ date: '2024-12-31', source: 'plan-year' });
    expect(a?.pace).toMatchObject({ light: 'red', reason: 'overdue' });
  });

  it('offers only ledger documents to the 台账 and the 通报', () => {
    const sc = scope(all);
    expect(
      ledgerDocuments(sc.docsInView, sc.ds.tasks, ledger.docIds)
        .map((d) => d.id)
        .sort(),
    ).toEqual(['n24', 'n24p']);
    const reports = scope(all, f({ docIds: ['r24h'] }));
    expect(reports.ds.tasks.length).toBe(1);
    expect(ledgerDocuments(reports.docsInView, reports.ds.tasks, ledger.docIds)).toEqual([]);
  });
});

describe('the charts a scope shows', () => {
  it('shows every chart where a notice with responsibilities is in view', () => {
    const { shown, hidden } = chartsFor(scope(all, f({ years: [2024] })));
    expect(shown.map((d) => d.id)).toEqual(CHARTS.map((d) => d.id));
    expect(hidden).toEqual([]);
  });

  it('leaves out the leader and unit charts for a scope of reports, and only those', () => {
    const { shown, hidden } = chartsFor(scope(all, f({ years: [2023, 2025] })));
    expect(hidden.map((d) => d.id)).toEqual(RESPONSIBILITY_CHARTS);
    expect(shown.map((d) => d.id)).toEqual(CHARTS.map((d) => d.id).filter((id) => !RESPONSIBILITY_CHARTS.includes(id)));
  });

  it('marks exactly the responsibility charts', () => {
    expect(CHARTS.filter((d) => d.responsibility).map((d) => d.id)).toEqual(RESPONSIBILITY_CHARTS);
  });
});
