// The parser's accuracy on the labelled corpus (tests/fixtures/corpus, gold written by reading the
// texts) is held at or above what it reached: a regression fails here. `npm run accuracy` prints the
// same figures with the per-document errors.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalMetric, Gold, metricAgreement, scoreDocument, summarise } from '../../../scripts/corpus/score';
import { ParsedDocument as Schema, type ParsedDocument, type Target } from '../../../src/lib/model/document';
import { parseReport } from '../../../src/lib/parse/index';
import { measureCorpus } from '../../../scripts/accuracy';

describe('the parser on the labelled corpus', () => {
  const run = measureCorpus();
  const s = run.summary;

  it('reads every gold file (48 reports)', () => {
    expect(run.unreadable).toEqual([]);
    expect(s.documents).toBe(48);
  });

  it('gets plan year, jurisdiction and kind right in every report', () => {
    expect(s.year).toEqual({ right: 48, of: 48 });
    expect(s.jurisdiction).toEqual({ right: 48, of: 48 });
    expect(s.kind).toEqual({ right: 48, of: 48 });
  });

  it('finds the main targets: recall and precision at or above what was reached', () => {
    expect(s.mainTargets.recall).toBeGreaterThanOrEqual(0.995);
    expect(s.mainTargets.precision).toBeGreaterThanOrEqual(0.995);
  });

  it('reads qualifier, stretch, unit and range right on the targets it finds', () => {
    const share = (f: keyof typeof s.fields) => s.fields[f].right / s.fields[f].of;
    expect(share('qualifier')).toBeGreaterThanOrEqual(0.995);
    expect(share('stretch')).toBeGreaterThanOrEqual(0.995);
    expect(share('unit')).toBeGreaterThanOrEqual(0.995);
    expect(share('range')).toBeGreaterThanOrEqual(0.995);
  });

  it('leaves no report without main targets or tasks, and no glossary entry among the tasks', () => {
    expect(s.withoutMainTargets).toEqual([]);
    expect(s.withoutTasks).toEqual([]);
    expect(s.glossaryTasks).toBe(0);
    expect(s.refused).toEqual([]);
  });

  it('gives documents that satisfy the schema', () => {
    const dir = new URL('../../../tests/fixtures/corpus/', import.meta.url);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const r = parseReport(readFileSync(new URL(f, dir), 'utf8'));
      expect(r.ok && Schema.safeParse(r.data).success).toBe(true);
    }
  });
});

describe('the scoring itself', () => {
  const gold = (targets: Partial<Gold['mainTargets'][number]>[]): Gold => ({
    file: 'x.txt',
    year: 2024,
    jurisdiction: '某市',
    kind: 'report',
    targetBlock: null,
    mainTargets: targets.map((t) => ({ metric: '地区生产总值', value: 6, unit: '%', qualifier: null, stretch: null, valueMax: null, ...t })),
  });
  const target = (t: Partial<Target>): Target => ({
    id: 'g1',
    metric: '地区生产总值',
    verb: '增长',
    value: 6,
    valueMax: null,
    unit: '%',
    qualifier: null,
    stretch: null,
    year: 2024,
    scope: 'main',
    text: '',
    taskId: null,
    sectionId: null,
    span: { start: 0, end: 1 },
    ...t,
  });
  const parsed = (targets: Target[]): ParsedDocument => ({
    schemaVersion: 1,
    parserVersion: 'test',
    text: 'x',
    sections: [],
    tasks: [],
    achievements: [],
    warnings: [],
    targets,
    document: {
      title: '',
      jurisdiction: '某市',
      jurisdictionLevel: 'city',
      year: 2024,
      kind: 'report',
      reportOf: null,
      docNumber: null,
      issuedOn: null,
      issuer: null,
      fileName: null,
    },
  });

  it.each([['GDP'], ['经济增长'], ['生产总值'], ['全省地区生产总值'], ['国内生产总值'], ['地区生产总值（GDP）']])('takes %s for 地区生产总值', (name) => {
    expect(canonicalMetric(name)).toBe('地区生产总值');
  });

  it('tells different indicators apart', () => {
    expect(metricAgreement('城镇调查失业率', '城镇登记失业率')).toBe(0);
    expect(metricAgreement('规模以上工业增加值', '地区生产总值')).toBe(0);
  });

  it('counts a target found only when metric and value agree, and checks its fields', () => {
    const score = scoreDocument(
      gold([{}, { metric: '城镇新增就业', value: 20000, unit: '人', qualifier: '以上' }]),
      parsed([
        target({ metric: '全市地区生产总值', qualifier: '左右' }),
        target({ id: 'g2', metric: '城镇新增就业', value: 2, unit: '万人' }),
        target({ id: 'g3', metric: '在实际工作中争取更好结果', value: null, unit: null }),
      ]),
    );
    expect(score.matched.map((p) => [p.gold.metric, p.wrong])).toEqual([['地区生产总值', ['qualifier']]]);
    expect(score.misread.map((m) => m.parsed.value)).toEqual([2]);
    expect(score.extra.map((t) => t.metric)).toEqual(['城镇新增就业', '在实际工作中争取更好结果']);
    const sum = summarise([score]);
    expect(sum.mainTargets).toMatchObject({ gold: 2, parsed: 3, matched: 1, recall: 0.5 });
    expect(sum.fields.qualifier).toEqual({ right: 0, of: 1 });
  });

  it('flags a wrong year, place or kind', () => {
    const p = parsed([]);
    p.document = { ...p.document, year: 2023, jurisdiction: '别市', kind: 'report-summary' };
    const score = scoreDocument(gold([]), p);
    expect([score.year.ok, score.jurisdiction.ok, score.kind.ok]).toEqual([false, false, false]);
  });
});
