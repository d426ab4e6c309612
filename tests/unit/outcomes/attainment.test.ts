// Attainment on the five seeds: 002's targets against 000's 回眸2024, with the user's decisions; and
// over many documents, at once and in slices.
import { describe, expect, it } from 'vitest';
import { attainmentCounts, attainmentWork, computeAttainment, pairsInScope } from '../../../src/lib/outcomes/attainment';
import { runSliced } from '../../../src/lib/time/slices';
import { scaledDataset } from '../fixtures/scaled';
import { EMPTY_FILTERS, type Filters } from '../../../src/lib/analysis/filters';
import { scope } from '../../../src/lib/analysis/scope';
import { achievementKey, targetKey } from '../../../src/lib/model/outcomeKeys';
import type { OutcomeDecisionRow } from '../../../src/lib/model/outcomes';
import { seedDataset } from '../../../scripts/benchCharts';

const ds = seedDataset();
const f = (over: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...over });
const NOTICE = '002';
const REVIEW = '000';

describe('attainment on the seeds', () => {
  const at = computeAttainment(ds, []);
  const pair = (text: string) => at.pairs.find((p) => p.target.text === text)!;

  it("holds 002's 2024 targets against 000 and only there", () => {
    expect(at.documents).toEqual([{ docId: NOTICE, year: 2024, reviewDocIds: [REVIEW] }]);
    expect(at.pairs.every((p) => p.target.docId === NOTICE)).toBe(true);
    expect(at.awaiting).toEqual(expect.arrayContaining(['000', '003', '004']));
  });

  it.each([
    ['新建城市绿道12公里', '新增绿道15.3公里', 'exceeded', false],
    ['改造老旧小区112个', '改造老旧小区112个', 'met', false],
    ['实现城镇新增就业1.6万人', '城镇新增就业2.1万人', 'exceeded', false],
    ['地区生产总值增长6.5%', '地区生产总值预计全年增长6.5%', 'met', true],
  ])('%s → %s: %s', (target, achieved, status, estimate) => {
    expect(pair(target)).toMatchObject({ status, estimate, decision: null });
    expect(pair(target).achievements[0]?.text).toBe(achieved);
  });

  it('never holds a target against a figure of several years (achieved in no one year)', () => {
    const fiveYears = { ...ds, achievements: ds.achievements.map((a) => (a.text === '城镇新增就业2.1万人' ? { ...a, achievedYear: null } : a)) };
    const p = computeAttainment(fiveYears, []).pairs.find((x) => x.target.text === '实现城镇新增就业1.6万人');
    expect(p?.achievements.map((a) => a.text) ?? []).not.toContain('城镇新增就业2.1万人');
  });

  it("counts per document and follows a leader filter through the targets' tasks", () => {
    const all = attainmentCounts(pairsInScope(at, scope(ds, EMPTY_FILTERS)));
    expect(all).toHaveLength(1);
    expect(all[0]!.total).toBe(at.pairs.length);
    expect(all[0]!.counts.exceeded + all[0]!.counts.met).toBe(20);
    const leader = pairsInScope(at, scope(ds, f({ leaders: ['柴普军'] })));
    expect(leader.map((p) => p.target.text).sort()).toEqual(['新建城市绿道12公里', '见缝插绿建设口袋公园、社区公园10处']);
  });

  it("applies the user's unlink, correction and confirmation, found by key", () => {
    const greenway = pair('新建城市绿道12公里').target;
    const housing = pair('改造老旧小区112个').target;
    const gdp = pair('地区生产总值增长6.5%').target;
    const other = ds.achievements.find((a) => a.docId === REVIEW && a.text === '新建口袋公园10个')!;
    const decided = (target: typeof greenway, decision: OutcomeDecisionRow['decision'], a = other): OutcomeDecisionRow => ({
      key: targetKey(target),
      docId: target.docId,
      targetText: target.text,
      decision,
      achievement: decision === 'unlink' ? null : { docId: a.docId, key: achievementKey(a), text: a.text },
      updatedAt: '2025-01-01T00:00:00.000Z',
    });
    const gdpFigure = ds.achievements.find((a) => a.docId === REVIEW && a.text.startsWith('地区生产总值'))!;
    const with3 = computeAttainment(ds, [decided(greenway, 'unlink'), decided(housing, 'correct'), decided(gdp, 'confirm', gdpFigure)]);
    const p = (t: typeof greenway) => with3.pairs.find((x) => x.target.id === t.id)!;
    expect(p(greenway)).toMatchObject({ status: 'not-reported', achievements: [], decision: 'unlink', autoStatus: 'exceeded' });
    // 112个 against 10个: a correction is judged like any pair
    expect(p(housing)).toMatchObject({ status: 'missed', decision: 'correct', confidence: 1 });
    expect(p(gdp)).toMatchObject({ status: 'met', decision: 'confirm', estimate: true });
  });

  it('marks a decision whose achievement is gone and falls back to the proposal', () => {
    const t = pair('改造老旧小区112个').target;
    const gone: OutcomeDecisionRow = {
      key: targetKey(t),
      docId: t.docId,
      targetText: t.text,
      decision: 'correct',
      achievement: { docId: REVIEW, key: `${REVIEW}#ach:nothing`, text: '旧成绩' },
      updatedAt: 'x',
    };
    const r = computeAttainment(ds, [gone]).pairs.find((x) => x.target.id === t.id)!;
    expect(r.status).toBe('met');
    expect(r.note).toContain('旧成绩');
  });
});

describe('attainment over many documents', () => {
  const many = scaledDataset(60);
  it('finds, for each target document, exactly the other documents of its place that review its year', () => {
    const at = computeAttainment(many, []);
    const reviewed = (docId: string, year: number) => many.achievements.some((a) => a.docId === docId && (a.achievedYear ?? (a.year ?? 0) - 1) === year);
    expect(at.documents.length).toBeGreaterThan(0);
    for (const d of at.documents) {
      const doc = many.documents.find((x) => x.id === d.docId)!;
      const expected = many.documents.filter((r) => r.id !== doc.id && r.meta.jurisdiction === doc.meta.jurisdiction && reviewed(r.id, d.year)).map((r) => r.id);
      expect(d.reviewDocIds).toEqual(expected);
    }
  });

  it('gives the same result in slices as at once', async () => {
    expect(await runSliced(attainmentWork(many, []), { sliceMs: 1 })).toEqual(computeAttainment(many, []));
  });
});
