import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, applyFilters, describeFilters, type Filters } from '../../../src/lib/analysis/filters';
import { docPlaces, placeMatches, placeOfMeta, placeTree, UNKNOWN_PROVINCE } from '../../../src/lib/analysis/placeIndex';
import { scope } from '../../../src/lib/analysis/scope';
import { filtersFromHash, filtersToHash } from '../../../src/lib/state/hashCodec';
import { doc, sample } from './fixture';

const f = (p: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...p });

describe('the place of a document', () => {
  it('finds the province of a city and the city and province of a county', () => {
    expect(placeOfMeta({ jurisdiction: '随州市', jurisdictionLevel: 'city' })).toEqual({ jurisdiction: '随州市', province: '湖北省', city: null });
    expect(placeOfMeta({ jurisdiction: '洪湖市', jurisdictionLevel: 'county' })).toEqual({ jurisdiction: '洪湖市', province: '湖北省', city: '荆州市' });
    expect(placeOfMeta({ jurisdiction: '湖北省', jurisdictionLevel: 'province' })).toEqual({ jurisdiction: '湖北省', province: '湖北省', city: null });
  });

  it('leaves the province unknown for an unknown place or one name in several provinces', () => {
    expect(placeOfMeta({ jurisdiction: null, jurisdictionLevel: null }).province).toBeNull();
    expect(placeOfMeta({ jurisdiction: '不存在县', jurisdictionLevel: 'county' }).province).toBeNull();
    // 朝阳区 is a district of 北京 and of 长春
    expect(placeOfMeta({ jurisdiction: '朝阳区', jurisdictionLevel: null }).province).toBeNull();
  });

  it('matches a place by itself or by a place containing it', () => {
    const p = placeOfMeta({ jurisdiction: '洪湖市', jurisdictionLevel: 'county' });
    expect(placeMatches(p, ['洪湖市'])).toBe(true);
    expect(placeMatches(p, ['荆州市'])).toBe(true);
    expect(placeMatches(p, ['湖北省'])).toBe(true);
    expect(placeMatches(p, ['随州市', '湖南省'])).toBe(false);
  });

  it('is computed once per documents array', () => {
    const ds = sample();
    expect(docPlaces(ds.documents)).toBe(docPlaces(ds.documents));
    expect(docPlaces(ds.documents)).not.toBe(docPlaces(ds.documents.slice()));
  });
});

describe('the place tree (province → place → documents)', () => {
  it('groups documents by province and place, the unknown apart and last', () => {
    const ds = sample();
    const docs = [...ds.documents, doc('x', { jurisdiction: null, year: 2024 })];
    const tree = placeTree(docs);
    expect(tree.map((p) => [p.name, p.count])).toEqual([
      ['湖北省', 5],
      [UNKNOWN_PROVINCE, 1],
    ]);
    expect(tree[0]!.places.map((p) => [p.name, p.documents.map((d) => d.id)])).toEqual([
      ['洪湖市', ['r24h']],
      ['随州市', ['r23', 'n24p', 'n24', 'r25']],
    ]);
    expect(tree[0]!.places[0]!.city).toBe('荆州市');
    // documents in reading order: by year, then the place whose targets they state (湖北省 before 随州市)
    expect(tree[1]!.known).toBe(false);
  });
});

describe('the place filter', () => {
  const ds = sample();

  it('keeps the documents of a place (本级), with 含下辖地区 those of the places inside a province or city, and their rows', () => {
    expect(applyFilters(ds, f({ places: ['洪湖市'] })).documents.map((d) => d.id)).toEqual(['r24h']);
    expect(applyFilters(ds, f({ places: ['荆州市'] })).documents.map((d) => d.id)).toEqual([]);
    expect(applyFilters(ds, f({ places: ['荆州市'], sub: true })).documents.map((d) => d.id)).toEqual(['r24h']);
    // no report of 湖北省 itself: 本级 keeps nothing (a notice of its report issued by 随州市 is 随州市's)
    expect(applyFilters(ds, f({ places: ['湖北省'] })).documents).toHaveLength(0);
    expect(applyFilters(ds, f({ places: ['湖北省'], sub: true })).documents).toHaveLength(5);
    const view = applyFilters(ds, f({ places: ['随州市'], years: [2024] }));
    expect(view.documents.map((d) => d.id)).toEqual(['n24', 'n24p']);
    expect(view.tasks.every((t) => t.docId === 'n24' || t.docId === 'n24p')).toBe(true);
    expect(scope(ds, f({ places: ['洪湖市'] })).docsInView.map((d) => d.id)).toEqual(['r24h']);
  });

  it('is described in Chinese and kept in the URL hash, where old bookmarks without it still work', () => {
    expect(describeFilters(f({ places: ['湖北省', '洪湖市'] }), ds)).toEqual(['地区：湖北省、洪湖市（本级）']);
    expect(describeFilters(f({ places: ['湖北省'], sub: true }), ds)).toEqual(['地区：湖北省（含下辖地区）']);
    const hash = filtersToHash(f({ places: ['湖北省'], years: [2024] }));
    expect(filtersFromHash(hash)).toEqual(f({ places: ['湖北省'], years: [2024] }));
    expect(filtersFromHash(filtersToHash(f({ places: ['湖北省'], sub: true })))).toEqual(f({ places: ['湖北省'], sub: true }));
    expect(filtersFromHash('#y=2024&l=%E5%BC%A0%E4%B8%89')).toEqual(f({ years: [2024], leaders: ['张三'] }));
  });
});
