// The charts over many documents (a synthetic corpus built from the seeds' rows, tests/unit/fixtures/
// scaled.ts): every chart bounds its series, items, categories, notes and option size whatever is
// loaded, and the aggregated designs say what they summarise.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { computeAlignment } from '../../../src/lib/outcomes/alignmentView';
import { computeAttainment } from '../../../src/lib/outcomes/attainment';
import { EMPTY_FILTERS, applyFilters, mergeDrill, type Filters } from '../../../src/lib/analysis/filters';
import { indicatorChoices } from '../../../src/lib/analysis/indicatorAcross';
import { docPlaces } from '../../../src/lib/analysis/placeIndex';
import { scope } from '../../../src/lib/analysis/scope';
import { buildCharts as buildWith, CHARTS } from '../../../src/lib/charts';
import { RANKED_MAX } from '../../../src/lib/charts/mainTargets';
import { MAX_NOTES, type ChartOptions, type ChartSpec } from '../../../src/lib/charts/spec';
import type { Dataset } from '../../../src/lib/model/rows';
import { scaledDataset } from '../fixtures/scaled';
import { renderSvg } from './render';

const f = (p: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...p });
// Building every chart over 1,000 documents takes a second or two on a shared machine: no speed is
// asserted here (that is the bench's job), only a timeout that does not fire under load.
vi.setConfig({ testTimeout: 60_000 });

type Item = { value: unknown; drill?: Partial<Filters>; tip?: string; children?: Item[] } | '-';
type AnySeries = { type: string; id?: string; name?: string; data: Item[]; links?: unknown[] };
const seriesOf = (spec: ChartSpec) => {
  const s = spec.option.series;
  return (Array.isArray(s) ? s : s ? [s] : []) as unknown as AnySeries[];
};
const countItems = (items: Item[] | undefined): number => (items ?? []).reduce((n, d) => n + 1 + (d !== '-' && d.children ? countItems(d.children) : 0), 0);
const items = (spec: ChartSpec) => seriesOf(spec).reduce((n, s) => n + countItems(s.data) + (s.links?.length ?? 0), 0);
const categories = (spec: ChartSpec) =>
  (['xAxis', 'yAxis'] as const)
    .flatMap((k) => {
      const a = spec.option[k] as unknown;
      return (Array.isArray(a) ? a : a ? [a] : []) as Array<{ data?: unknown[] }>;
    })
    .reduce((n, a) => n + (a.data?.length ?? 0), 0);
const axis = (spec: ChartSpec, which: 'xAxis' | 'yAxis') => (spec.option[which] as { data: string[] }).data;
const byId = (specs: ChartSpec[], id: string) => specs.find((s) => s.id === id)!;

/** The bounds every chart keeps, whatever is loaded. */
const BOUNDS = { series: 12, items: 400, categories: 45, json: 60_000, height: 1200 };

function expectBounded(spec: ChartSpec): void {
  const what = `${spec.id}: ${spec.title}`;
  expect(seriesOf(spec).length, what).toBeLessThanOrEqual(BOUNDS.series);
  expect(items(spec), what).toBeLessThanOrEqual(BOUNDS.items);
  expect(categories(spec), what).toBeLessThanOrEqual(BOUNDS.categories);
  expect(JSON.stringify(spec.option).length, what).toBeLessThanOrEqual(BOUNDS.json);
  expect(spec.notes.length, what).toBeLessThanOrEqual(MAX_NOTES);
  expect(spec.height, what).toBeLessThanOrEqual(BOUNDS.height);
}

let big: Dataset;
let mid: Dataset;
// What the page works out once per data change (attainment, alignment), worked out once here too.
const once = new Map<Dataset, ChartOptions>();
beforeAll(() => {
  big = scaledDataset(1000);
  mid = scaledDataset(100);
  for (const ds of [big, mid]) once.set(ds, { attainment: computeAttainment(ds, []), alignment: computeAlignment(ds) });
}, 120_000);
const buildCharts = (ds: Dataset, f: Filters = EMPTY_FILTERS) => buildWith(ds, f, once.get(ds) ?? {});

describe('the synthetic corpus', () => {
  it('has a thousand documents over many places and eight years, with about 40k tasks', () => {
    expect(big.documents).toHaveLength(1000);
    expect(big.tasks.length).toBeGreaterThan(35_000);
    expect(new Set(big.documents.map((d) => d.meta.year)).size).toBe(8);
    const provinces = new Set(Array.from(docPlaces(big.documents).values(), (p) => p.province));
    expect(provinces.size).toBeGreaterThan(20);
  });
});

describe('every chart over many documents', () => {
  it.each([
    ['1,000 documents', () => big, () => EMPTY_FILTERS],
    ['100 documents', () => mid, () => EMPTY_FILTERS],
    ['one year of 1,000 (125 documents)', () => big, () => f({ years: [2024] })],
    ['one province of 1,000', () => big, () => f({ places: ['湖北省'], sub: true })],
    ['one place of 1,000 (8 years)', () => big, () => f({ places: [big.documents[0]!.meta.jurisdiction!], sub: true })],
  ] as const)('stays within its bounds: %s', (_what, ds, filters) => {
    const specs = buildCharts(ds(), filters());
    expect(specs.map((s) => s.id)).toEqual(CHARTS.map((c) => c.id));
    for (const spec of specs) {
      expect(spec.empty, spec.id).toBeNull();
      expectBounded(spec);
    }
  });

  it('renders each chart of 1,000 documents to an SVG carrying its title', () => {
    for (const spec of buildCharts(big)) {
      expect(renderSvg(spec.option, 1000, spec.height), spec.id).toContain(spec.title.slice(0, 6));
    }
  });
});

describe('主要预期目标对比 over many documents', () => {
  it('summarises one indicator per province: lowest, median, highest, drilling to the province', () => {
    const spec = byId(buildCharts(big), 'mainTargets');
    expect(spec.title).toMatch(/^主要预期目标对比：20\d\d年地区生产总值$/);
    const [base, range, median] = seriesOf(spec);
    expect([base!.id, range!.id, median!.id]).toEqual(['base', 'range', 'median']);
    const rows = axis(spec, 'yAxis');
    expect(rows.length).toBeGreaterThan(10);
    // every row says whose figures it holds: the province's own (本级), the places inside it (下辖N地), or both apart
    expect(rows.every((r) => /（本级(\d+份)?）$|·(本级(\d+份)?与)?下辖\d+地$|（\d+地）$/.test(r))).toBe(true);
    const first = range!.data.findIndex((x) => x !== '-');
    const item = range!.data[first] as Exclude<Item, '-'>;
    expect(item.drill).toEqual({ places: [rows[first]!.replace(/·.*$|（.*$/, '')], sub: true });
    expect(item.tip).toMatch(/下辖\d+地（不含.+本级）：/);
    expect(range!.data.some((x) => x !== '-' && /最低 [\d.]+%，中位数 [\d.]+%，最高 [\d.]+%/.test(String(x.tip)))).toBe(true);
    // medians ranked, highest first
    const medians = median!.data.filter((d) => d !== '-').map((d) => ((d as Exclude<Item, '-'>).value as number[])[0]!);
    expect(medians.length).toBeGreaterThan(10);
  });

  it('ranks the places of one province, target with stretch and the outcome where a later report gives it', () => {
    const province = axis(byId(buildCharts(big), 'mainTargets'), 'yAxis')[0]!.replace(/·.*$|（.*$/, '');
    const spec = byId(buildCharts(big, f({ places: [province], sub: true })), 'mainTargets');
    const target = seriesOf(spec).find((s) => s.id === 'target')!;
    const values = target.data.map((d) => (d === '-' ? null : (d.value as number)));
    expect(values.length).toBeGreaterThan(1);
    expect(values.length).toBeLessThanOrEqual(RANKED_MAX);
    expect(values).toEqual([...values].sort((a, b) => b! - a!));
    expect((target.data[0] as Exclude<Item, '-'>).drill!.docIds).toHaveLength(1);
  });

  it('shows the indicator and year picked, and lists every numeric indicator as a choice', () => {
    const sc = scope(big);
    const choices = indicatorChoices(sc);
    expect(choices[0]!.unit).toBe('%');
    const other = choices.find((c) => c.unit !== '%' && c.years.length > 1)!;
    const year = other.years[0]!;
    const spec = CHARTS.find((c) => c.id === 'mainTargets')!.build(sc, { ...once.get(big), indicator: { key: other.key, year } });
    expect(spec.title).toBe(`主要预期目标对比：${year}年${other.label}`);
    expectBounded(spec);
  });

  it('keeps the bar per document up to eight documents', () => {
    const withTargets = new Set(big.targets.filter((t) => t.scope === 'main').map((t) => t.docId));
    const few = f({
      docIds: big.documents
        .filter((d) => withTargets.has(d.id))
        .slice(0, 8)
        .map((d) => d.id),
    });
    const spec = byId(buildCharts(big, few), 'mainTargets');
    expect(spec.title).toBe('主要预期目标对比');
    const names = new Set(seriesOf(spec).map((s) => s.name));
    expect(names.size).toBeLessThanOrEqual(8);
    expect([...names].every((n) => /20\d\d年/.test(n!))).toBe(true);
  });
});

describe('sector, chapter and structure charts over many documents', () => {
  it("各领域任务数 stacks each year's sector shares to 100%, drilling to the year and sector", () => {
    const spec = byId(buildCharts(big), 'sectorTasks');
    expect(axis(spec, 'xAxis')).toEqual(['2018年', '2019年', '2020年', '2021年', '2022年', '2023年', '2024年', '2025年']);
    const s = seriesOf(spec);
    const sums = axis(spec, 'xAxis').map((_, i) => s.reduce((n, x) => n + (x.data[i] === '-' ? 0 : (x.data[i] as { value: number }).value), 0));
    for (const sum of sums) expect(sum).toBeCloseTo(100, 0);
    const cell = s[0]!.data[6] as Exclude<Item, '-'>;
    expect(cell.drill).toEqual({ years: [2024], sectors: [s[0]!.name] });
    const next = applyFilters(big, mergeDrill(EMPTY_FILTERS, cell.drill!));
    expect(next.documents.every((d) => d.meta.year === 2024)).toBe(true);
  });

  it('各领域任务数 compares provinces within one year, the smaller ones folded', () => {
    const spec = byId(buildCharts(big, f({ years: [2024] })), 'sectorTasks');
    const groups = axis(spec, 'xAxis');
    expect(groups.length).toBe(10);
    expect(groups[9]).toMatch(/^其他\d+个省份$/);
    expect(spec.notes[0]).toBe('共125份文件，按省份汇总；各省份的任务按领域所占比例');
  });

  it('各章节任务数 ranks the 20 documents with most tasks and tells the rest', () => {
    const spec = byId(buildCharts(big), 'chapterTasks');
    expect(spec.title).toBe('各文件任务数（前20）');
    const values = seriesOf(spec)[0]!.data.map((d) => (d as { value: number }).value);
    expect(values).toHaveLength(20);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(spec.notes[0]).toMatch(/^共1000份文件，\d+项任务；另有980份文件（\d+项任务）未列入图中$/);
  });

  it('章节结构 gives provinces and the places in them, adding up to every task', () => {
    const spec = byId(buildCharts(big), 'sectionTree');
    const data = seriesOf(spec)[0]!.data as Array<{ name: string; value: number; drill?: Partial<Filters>; children?: Array<{ value: number; drill?: Partial<Filters> }> }>;
    expect(data.reduce((n, d) => n + d.value, 0)).toBe(big.tasks.length);
    for (const d of data.filter((x) => x.children)) {
      expect(d.children!.length).toBeLessThanOrEqual(6);
      expect(d.children!.reduce((n, c) => n + c.value, 0)).toBe(d.value);
      expect(d.drill).toEqual({ places: [d.name] });
    }
  });
});

describe('responsibility charts over many documents', () => {
  it('draw the 20 busiest leaders and count the others in a note', () => {
    const specs = buildCharts(big);
    const load = byId(specs, 'leaderLoad');
    expect(axis(load, 'yAxis')).toHaveLength(20);
    expect(load.title).toBe('责任领导分工（前20位）');
    expect(load.notes[0]).toMatch(/^另有\d+位责任领导（共\d+项任务）未列入图中/);
    expect(axis(byId(specs, 'leaderSector'), 'yAxis')).toHaveLength(20);
    const sankey = seriesOf(byId(specs, 'leaderSankey'))[0]! as unknown as { data: Array<{ depth: number }> };
    expect(sankey.data.filter((n) => n.depth === 0)).toHaveLength(15);
  });
});

describe('outcome charts over many documents', () => {
  it('目标完成情况 sums the documents per year, drilling to the year', () => {
    const spec = byId(buildCharts(big), 'attainment');
    const rows = axis(spec, 'yAxis');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThanOrEqual(12);
    expect(rows.every((r) => /^\d{4}年$/.test(r))).toBe(true);
    expect(spec.notes[0]).toMatch(/^共\d+份文件可对照成绩，按年份汇总$/);
    const item = seriesOf(spec)[0]!.data[0] as Exclude<Item, '-'>;
    expect(item.drill).toEqual({ years: [Number(rows[0]!.slice(0, 4))] });
  });

  it('上级任务的本级落实覆盖 lists the notices with the lowest coverage, one row each', () => {
    const spec = byId(buildCharts(big), 'alignmentCoverage');
    const [covered, uncovered] = seriesOf(spec);
    const share = covered!.data.map((d, i) => {
      const c = (d as { value: number }).value,
        u = (uncovered!.data[i] as { value: number }).value;
      return c / Math.max(1, c + u);
    });
    expect(share.length).toBe(20);
    for (let i = 1; i < share.length; i++) expect(share[i]!).toBeGreaterThanOrEqual(share[i - 1]! - 1e-9);
    expect((covered!.data[0] as Exclude<Item, '-'>).drill!.docIds).toHaveLength(1);
    expect(spec.notes[0]).toMatch(/^共\d+份分解上级报告的通知，按文件汇总/);
  });
});
