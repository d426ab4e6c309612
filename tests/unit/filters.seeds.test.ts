// The scenario on the real seeds. Counts come from reading seeds/002 (随政办发〔2024〕2号):
// `grep -n '^[0-9]*\.' seeds/002_cc78cbd2ab743c91.txt | grep -c 黄继军` → 49 numbered tasks name
// 黄继军 as 责任领导; the five 民生实事 items name others; 002 is the only document naming leaders.
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, applyFilters, filterNotices, filterOptions } from '../../src/lib/analysis/filters';
import { tasksCsv } from '../../src/lib/export/csv';
import { seedDataset } from '../../scripts/benchCharts';

describe('filters on the five seeds', () => {
  const ds = seedDataset();

  it('finds the 49 tasks of 黄继军 in 2024, all from the one notice that names leaders', () => {
    const view = applyFilters(ds, { ...EMPTY_FILTERS, years: [2024], leaders: ['黄继军'] });
    expect(view.tasks).toHaveLength(49);
    expect(new Set(view.tasks.map((t) => t.docId)).size).toBe(1);
    expect(view.documents).toHaveLength(1);
    expect(view.documents[0]!.meta.docNumber).toBe('随政办发〔2024〕2号');
  });

  it('offers him among the leader choices with that count', () => {
    const o = filterOptions(applyFilters(ds, { ...EMPTY_FILTERS, years: [2024] }));
    expect(o.leaders.find((l) => l.name === '黄继军')?.count).toBe(49);
  });

  it('says which 2024 documents name no leaders', () => {
    const notes = filterNotices({ ...EMPTY_FILTERS, years: [2024], leaders: ['黄继军'] }, ds);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^所选文件未列明责任领导：/);
    expect(notes[0]).toContain('洪湖市');
  });

  it('says a leader filter cannot apply to 2023 alone', () => {
    expect(filterNotices({ ...EMPTY_FILTERS, years: [2023], leaders: ['黄继军'] }, ds)).toEqual(['所选文件未列明责任领导，无法按责任领导筛选']);
    expect(applyFilters(ds, { ...EMPTY_FILTERS, years: [2023], leaders: ['黄继军'] }).tasks).toEqual([]);
  });

  it('matches 市发改委 as lead or supporting unit', () => {
    const view = applyFilters(ds, { ...EMPTY_FILTERS, units: ['市发改委'] });
    expect(view.tasks.length).toBeGreaterThan(0);
    expect(view.tasks.every((t) => t.leadUnits.includes('市发改委') || t.supportUnits.includes('市发改委'))).toBe(true);
    expect(view.tasks.some((t) => !t.leadUnits.includes('市发改委'))).toBe(true);
  });

  it('writes one CSV line per task of the filtered list', () => {
    const view = applyFilters(ds, { ...EMPTY_FILTERS, years: [2024], leaders: ['黄继军'] });
    const csv = tasksCsv(view.tasks, ds);
    expect(csv.startsWith('\uFEFF文件,年份,地区,编号,章节,任务,责任领导,牵头单位,责任单位,完成时限\r\n')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(50);
  });
});
