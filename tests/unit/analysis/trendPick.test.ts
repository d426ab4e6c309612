// The trend chart's chosen place and indicator: kept in the URL hash beside the filters, and
// resolved against what the data in view holds (a stale or hand-edited pick falls back).
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../../../src/lib/analysis/filters';
import { filtersFromHash, filtersToHash, trendFromHash } from '../../../src/lib/state/hashCodec';
import { scope } from '../../../src/lib/analysis/scope';
import { resolveTrendChoice, trendChoices } from '../../../src/lib/analysis/targetTrend';
import { buildCharts } from '../../../src/lib/charts';
import { targetTrendChart } from '../charts/build';
import { sample } from './fixture';

const f = (p: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...p });
const all = sample();

describe('trend pick in the URL hash', () => {
  it('round-trips beside the filters, Chinese percent-encoded', () => {
    const filters = f({ years: [2024], leaders: ['黄继军'], q: '养老' });
    const pick = { place: '随州市', key: '粮食产量|万吨' };
    const hash = filtersToHash(filters, pick);
    expect(hash).not.toMatch(/[\u4e00-\u9fff]/);
    expect(trendFromHash(hash)).toEqual(pick);
    expect(filtersFromHash(hash)).toEqual(filters);
  });

  it('stands alone when nothing is filtered', () => {
    const pick = { place: '洪湖市', key: '地区生产总值|%' };
    const hash = filtersToHash(EMPTY_FILTERS, pick);
    expect(hash).not.toBe('');
    expect(filtersFromHash(hash)).toEqual(EMPTY_FILTERS);
    expect(trendFromHash(hash)).toEqual(pick);
  });

  it('leaves hashes without a pick as they were, and reads old hashes as no pick', () => {
    const filters = f({ years: [2024], units: ['市发改委'] });
    expect(filtersToHash(filters, null)).toBe(filtersToHash(filters));
    expect(filtersToHash(filters)).toBe('#y=2024&u=%E5%B8%82%E5%8F%91%E6%94%B9%E5%A7%94');
    expect(trendFromHash('#y=2024&u=%E5%B8%82%E5%8F%91%E6%94%B9%E5%A7%94')).toBeNull();
    expect(trendFromHash('')).toBeNull();
  });

  it('ignores half a pick and junk', () => {
    expect(trendFromHash('#tp=%E9%9A%8F%E5%B7%9E%E5%B8%82')).toBeNull();
    expect(trendFromHash('#tm=x&tp=%20')).toBeNull();
    expect(trendFromHash('#%%%&tp=%E9%9A%8F&tm=%E7%B2%AE')).toEqual({ place: '随', key: '粮' });
    expect(trendFromHash(`#tp=a&tm=${'x'.repeat(201)}`)).toBeNull();
  });
});

describe('resolveTrendChoice', () => {
  const choices = trendChoices(scope(all));
  const automatic = choices[0]!;

  it('is the automatic choice without a pick', () => {
    expect([automatic.place, automatic.key]).toEqual(['随州市', '地区生产总值|%']);
    expect(resolveTrendChoice(choices, null)).toBe(automatic);
  });

  it('gives the picked indicator when the data in view has it', () => {
    expect(resolveTrendChoice(choices, { place: '随州市', key: '粮食产量|万吨' })).toMatchObject({ place: '随州市', label: '粮食产量', unit: '万吨' });
    expect(resolveTrendChoice(choices, { place: '洪湖市', key: '地区生产总值|%' })).toMatchObject({ place: '洪湖市', key: '地区生产总值|%' });
  });

  it('falls back to the automatic choice for an unknown indicator or place', () => {
    expect(resolveTrendChoice(choices, { place: '随州市', key: '无此指标|%' })).toBe(automatic);
    expect(resolveTrendChoice(choices, { place: '无此地', key: '粮食产量|万吨' })).toBe(automatic);
  });

  it('keeps a known place and takes its indicator with most years when the indicator is unknown there', () => {
    expect(resolveTrendChoice(choices, { place: '洪湖市', key: '粮食产量|万吨' })).toMatchObject({ place: '洪湖市', key: '地区生产总值|%' });
  });

  it('is null when nothing is numeric', () => {
    expect(resolveTrendChoice([], { place: '随州市', key: '地区生产总值|%' })).toBeNull();
  });
});

describe('the trend chart with a pick', () => {
  it('draws the picked indicator', () => {
    const spec = buildCharts(all, EMPTY_FILTERS, { trend: { place: '随州市', key: '规模以上工业增加值|%' } }).find((s) => s.id === 'targetTrend')!;
    expect(spec.title).toBe('随州市规模以上工业增加值：历年目标与实际');
  });

  it('draws the automatic indicator when the picked one is unknown (an old or edited bookmark)', () => {
    const automatic = targetTrendChart(all);
    expect(automatic.title).toBe('随州市地区生产总值：历年目标与实际');
    const stale = targetTrendChart(all, EMPTY_FILTERS, { place: '随州市', key: '无此指标|%' });
    expect(stale.title).toBe(automatic.title);
    // JSON: the tooltip formatter is a new function each time
    expect(JSON.stringify(stale.option)).toBe(JSON.stringify(automatic.option));
  });
});
