import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_FILTERS, applyFilters, describeFilters, filterNotices, filterOptions, mergeDrill, type Filters } from '../../src/lib/analysis/filters';
import { filtersFromHash, filtersToHash } from '../../src/lib/state/hashCodec';
import { fixture } from './fixtures/dataset';

const f = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('applyFilters', () => {
  const ds = fixture();

  it('returns everything when nothing is filtered', () => {
    expect(applyFilters(ds, EMPTY_FILTERS)).toEqual(ds);
  });

  it('filters by year through the documents', () => {
    const out = applyFilters(ds, f({ years: [2024] }));
    expect(ids(out.documents)).toEqual(['n24', 'r24']);
    expect(out.tasks).toHaveLength(5);
    expect(ids(out.targets)).toEqual(['n24/g1', 'r24/g1', 'r24/g2']);
    expect(ids(out.achievements)).toEqual(['r24/a1']);
    expect(out.sections.every((s) => s.docId !== 'r23')).toBe(true);
  });

  it('filters by leader, keeping tasks shared with another leader, and drops rows no task carries', () => {
    const out = applyFilters(ds, f({ years: [2024], leaders: ['张三'] }));
    expect(ids(out.tasks)).toEqual(['n24/t1', 'n24/t3']);
    expect(ids(out.targets)).toEqual(['n24/g1']);
    expect(out.achievements).toEqual([]);
    expect(ids(out.documents)).toEqual(['n24']);
    expect(ids(out.sections)).toEqual(['n24/s1', 'n24/s2']);
  });

  it('matches a unit as lead unit or as supporting unit', () => {
    expect(ids(applyFilters(ds, f({ units: ['市发改委'] })).tasks)).toEqual(['n24/t1', 'n24/t2']);
  });

  it('matches a chapter for the tasks of its sub-sections too', () => {
    expect(ids(applyFilters(ds, f({ sectionIds: ['n24/s2'] })).tasks)).toEqual(['n24/t2', 'n24/t3']);
    expect(ids(applyFilters(ds, f({ sectionIds: ['n24/s2a'] })).tasks)).toEqual(['n24/t2']);
  });

  it("filters by the sector of the task's chapter", () => {
    const out = applyFilters(ds, f({ sectors: ['生态'] }));
    expect(ids(out.tasks)).toEqual(['n24/t2', 'n24/t3']);
  });

  it('filters by category', () => {
    expect(ids(applyFilters(ds, f({ categories: ['livelihood'] })).tasks)).toEqual(['n24/t4']);
  });

  it('searches words in task text, units and leaders, all words required, case-insensitively', () => {
    expect(ids(applyFilters(ds, f({ q: '养老' })).tasks)).toEqual(['n24/t4']);
    expect(ids(applyFilters(ds, f({ q: '  市林业局   荒山 ' })).tasks)).toEqual(['n24/t3']);
    expect(applyFilters(ds, f({ q: '荒山 养老' })).tasks).toEqual([]);
  });

  it('combines dimensions with AND and values within one dimension with OR', () => {
    expect(ids(applyFilters(ds, f({ leaders: ['李四', '王五'] })).tasks)).toEqual(['n24/t2', 'n24/t3', 'n24/t4']);
    expect(ids(applyFilters(ds, f({ leaders: ['李四', '王五'], units: ['市民政局'] })).tasks)).toEqual(['n24/t4']);
  });
});

describe('mergeDrill', () => {
  it('replaces the drilled dimension and keeps the others', () => {
    const start = f({ years: [2024], leaders: ['李四'] });
    expect(mergeDrill(start, { leaders: ['张三'] })).toEqual(f({ years: [2024], leaders: ['张三'] }));
  });

  it('clears the dimension when the same item is clicked again', () => {
    const once = mergeDrill(EMPTY_FILTERS, { units: ['市发改委'], leaders: ['张三'] });
    expect(once).toEqual(f({ units: ['市发改委'], leaders: ['张三'] }));
    expect(mergeDrill(once, { units: ['市发改委'], leaders: ['张三'] })).toEqual(EMPTY_FILTERS);
  });

  it('ignores keys that are not filters', () => {
    const start = f({ years: [2024] });
    expect(mergeDrill(start, { nonsense: ['x'] } as unknown as Partial<Filters>)).toBe(start);
  });
});

describe('describeFilters', () => {
  const ds = fixture();
  it('says in Chinese what is filtered, naming documents and sections', () => {
    expect(describeFilters(f({ years: [2024], leaders: ['张三'] }), ds)).toEqual(['年份：2024', '责任领导：张三']);
    expect(describeFilters(f({ docIds: ['n24'], sectionIds: ['n24/s2'], categories: ['livelihood'], q: '养老' }), ds)).toEqual([
      '文件：甲市2024年',
      '章节：坚定不移推进生态文明建设',
      '类别：民生实事',
      '关键词：养老',
    ]);
    expect(describeFilters(EMPTY_FILTERS, ds)).toEqual([]);
  });
});

describe('filterNotices', () => {
  const ds = fixture();
  it('says so when a leader filter meets only documents that name no leaders', () => {
    expect(filterNotices(f({ years: [2023], leaders: ['张三'] }), ds)).toEqual(['所选文件未列明责任领导，无法按责任领导筛选']);
  });
  it('names the documents left out when only some name leaders', () => {
    const notes = filterNotices(f({ years: [2024], leaders: ['张三'] }), ds);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('所选文件未列明责任领导');
    expect(notes[0]).toContain('乙县2024年');
  });
  it('is silent without a leader filter', () => {
    expect(filterNotices(f({ years: [2023] }), ds)).toEqual([]);
  });
});

describe('filterOptions', () => {
  it('lists years newest first and leaders by task count', () => {
    const o = filterOptions(fixture());
    expect(o.years).toEqual([2024, 2023]);
    // equal counts in pinyin order: 李 (li) before 张 (zhang)
    expect(o.leaders.map((l) => [l.name, l.count])).toEqual([
      ['李四', 2],
      ['张三', 2],
      ['王五', 1],
    ]);
    expect(o.units.find((u) => u.name === '市发改委')?.count).toBe(2);
  });
});

describe('URL hash', () => {
  it('encodes Chinese values and round-trips', () => {
    const v = f({ years: [2024], leaders: ['黄继军'], units: ['市发改委', '各县市区政府及管委会'], q: '养老 服务' });
    const hash = filtersToHash(v);
    expect(hash.startsWith('#')).toBe(true);
    expect(hash).not.toMatch(/[\u4e00-\u9fff]/);
    expect(filtersFromHash(hash)).toEqual(v);
  });

  it('is empty for empty filters', () => {
    expect(filtersToHash(EMPTY_FILTERS)).toBe('');
    expect(filtersFromHash('')).toEqual(EMPTY_FILTERS);
  });

  it('tolerates junk: bad years, unknown categories, malformed escapes, unknown keys', () => {
    expect(filtersFromHash('#y=20x4&y=2024&c=bogus&c=task&zz=1&l=%E9%BB%84%E7&&=&q')).toEqual(f({ years: [2024], categories: ['task'], leaders: ['黄\uFFFD'] }));
    expect(filtersFromHash('#%%%')).toEqual(EMPTY_FILTERS);
  });

  it('round-trips any filter', () => {
    const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.length > 0);
    const arb = fc.record({
      years: fc.uniqueArray(fc.integer({ min: 1000, max: 9999 }), { maxLength: 3 }),
      docIds: fc.uniqueArray(text, { maxLength: 3 }),
      places: fc.uniqueArray(text, { maxLength: 3 }),
      levels: fc.uniqueArray(fc.constantFrom('country' as const, 'province' as const, 'city' as const, 'county' as const), { maxLength: 3 }),
      leaders: fc.uniqueArray(text, { maxLength: 3 }),
      units: fc.uniqueArray(text, { maxLength: 3 }),
      sectors: fc.uniqueArray(text, { maxLength: 3 }),
      sectionIds: fc.uniqueArray(text, { maxLength: 3 }),
      categories: fc.uniqueArray(fc.constantFrom('target' as const, 'task' as const, 'livelihood' as const), { maxLength: 3 }),
      q: text,
      sub: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, (v) => {
        expect(filtersFromHash(filtersToHash(v))).toEqual(v);
      }),
    );
  });
});
