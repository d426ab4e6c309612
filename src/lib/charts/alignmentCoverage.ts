// Province → city: for each chapter of a notice decomposing the provincial report, how many of its
// tasks have a task of the city's own decomposition behind them (outcomes/alignmentView.ts).
import type { BarSeriesOption } from 'echarts/charts';
import { computeAlignment, type AlignmentView } from '../outcomes/alignmentView';
import type { Scope } from '../analysis/scope';
import { clamp, COUNT_AXIS, emptySpec, FIT, ITEM_TOOLTIP, shorten, title, type ChartDef, type ChartOptions, type ChartSpec, type Drill } from './spec';

export const COVERAGE_ID = 'alignmentCoverage';
const TITLE = '上级任务的本级落实覆盖';
/** Pairs of notices shown chapter by chapter; more are summarised one row per pair. */
export const COVERAGE_PAIRS_BY_CHAPTER = 3;
/** Pairs in the summary: those with the lowest coverage first. */
export const COVERAGE_PAIRS_TOP_N = 20;

function build(sc: Scope, opts: ChartOptions): ChartSpec {
  // The page computes it once per data change and passes it; scripts and tests may leave it out.
  const view = opts.alignment ?? computeAlignment(sc.all);
  const inView = new Set(sc.docsInView.map((d) => d.id));
  const pairs = view.pairs.filter((p) => inView.has(p.upperDocId));
  if (pairs.length === 0) {
    return emptySpec(COVERAGE_ID, TITLE, '所选文件中没有分解上级报告的通知，或缺少同年本级的分解通知');
  }
  if (pairs.length > COVERAGE_PAIRS_BY_CHAPTER) return byPair(sc, pairs);
  const rows = pairs.flatMap((p) => p.coverage.map((c) => ({ ...c, docId: p.upperDocId, ownDocId: p.ownDocId })));
  const many = pairs.length > 1;
  const name = (r: (typeof rows)[number]) => (many ? `${sc.labels.get(r.docId) ?? ''} ${r.title}` : r.title);
  const bar = (key: CoverageKey, label: string, color: string) =>
    coverageBar(
      key,
      label,
      color,
      rows.map((r) => ({
        covered: r.covered,
        total: r.total,
        drill: { sectionIds: [r.chapterId] },
        tip: (n: number) => `${r.title}\n${label}：${n}项（本章共${r.total}项，${Math.round((r.covered / Math.max(1, r.total)) * 100)}%有本级对应任务）`,
      })),
    );
  return {
    id: COVERAGE_ID,
    title: TITLE,
    empty: null,
    notes: [`本级对应任务按文字相似度（字符二元组 TF-IDF 余弦）判断，供核对参考`],
    height: clamp(110 + rows.length * 26, 260, 760),
    fullHeight: 110 + rows.length * 24,
    option: {
      title: title(TITLE, '每章上级任务中，有本级分解任务与之对应的项数'),
      legend: { top: 48, left: 8 },
      tooltip: ITEM_TOOLTIP,
      grid: { ...FIT, top: 84, left: 8, right: 24, bottom: 40 },
      xAxis: COUNT_AXIS,
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => shorten(name(r), 22)), axisLabel: { interval: 0, width: 200, overflow: 'truncate' } },
      series: [bar('covered', '有本级对应任务', '#3ba272'), bar('uncovered', '未见本级对应任务', '#fac858')],
    },
  };
}

/** Many pairs: one row per notice of a higher report, its tasks with and without a counterpart, lowest coverage first. */
function byPair(sc: Scope, pairs: AlignmentView['pairs']): ChartSpec {
  const byId = new Map(sc.docsInView.map((d) => [d.id, d]));
  const rows = pairs
    .map((p) => {
      const total = p.coverage.reduce((n, c) => n + c.total, 0);
      const covered = p.coverage.reduce((n, c) => n + c.covered, 0);
      // Named for the city that issued it (its label names the province whose report it decomposes).
      const d = byId.get(p.upperDocId);
      const name = d?.meta.jurisdiction && d.meta.year !== null ? `${d.meta.jurisdiction}${d.meta.year}年` : (sc.labels.get(p.upperDocId) ?? p.upperDocId);
      return { docId: p.upperDocId, name, docNumber: d?.meta.docNumber ?? null, total, covered, share: covered / Math.max(1, total) };
    })
    .sort((a, b) => a.share - b.share || b.total - a.total);
  const shown = rows.slice(0, COVERAGE_PAIRS_TOP_N);
  const heading = `${TITLE}（覆盖最低的${shown.length}份）`;
  const bar = (key: CoverageKey, label: string, color: string) =>
    coverageBar(
      key,
      label,
      color,
      shown.map((r) => ({
        covered: r.covered,
        total: r.total,
        drill: { docIds: [r.docId] },
        tip: (n: number) =>
          `${r.name}分解上级报告的通知${r.docNumber ? `（${r.docNumber}）` : ''}\n${label}：${n}项（共${r.total}项，${Math.round(r.share * 100)}%有本级对应任务）`,
      })),
    );
  return {
    id: COVERAGE_ID,
    title: heading,
    empty: null,
    notes: [
      `共${rows.length}份分解上级报告的通知，按文件汇总；选择一份文件可查看各章覆盖`,
      ...(rows.length > shown.length ? [`另有${rows.length - shown.length}份覆盖较高的未列入图中`] : []),
      `本级对应任务按文字相似度（字符二元组 TF-IDF 余弦）判断，供核对参考`,
    ],
    height: clamp(110 + shown.length * 26, 260, 760),
    option: {
      title: title(heading, '每份分解上级报告的通知中，有本级分解任务与之对应的项数'),
      legend: { top: 48, left: 8 },
      tooltip: ITEM_TOOLTIP,
      grid: { ...FIT, top: 84, left: 8, right: 24, bottom: 40 },
      xAxis: COUNT_AXIS,
      yAxis: { type: 'category', inverse: true, data: shown.map((r) => r.name), axisLabel: { interval: 0, width: 200, overflow: 'truncate' } },
      series: [bar('covered', '有本级对应任务', '#3ba272'), bar('uncovered', '未见本级对应任务', '#fac858')],
    },
  };
}

export const alignmentCoverageChart: ChartDef = { id: COVERAGE_ID, title: TITLE, wide: true, build };

type CoverageKey = 'covered' | 'uncovered';

/** One of the two stacked series: tasks with (covered) or without a counterpart of the own level. */
function coverageBar(key: CoverageKey, label: string, color: string, rows: Array<{ covered: number; total: number; drill: Drill; tip: (n: number) => string }>): BarSeriesOption {
  return {
    type: 'bar',
    id: key,
    name: label,
    stack: 'coverage',
    barMaxWidth: 20,
    itemStyle: { color },
    label: { show: true, position: 'inside', formatter: (p: { value?: unknown }) => (Number(p.value) > 0 ? String(p.value) : '') },
    data: rows.map((r) => {
      const n = key === 'covered' ? r.covered : r.total - r.covered;
      return { value: n, drill: r.drill, tip: r.tip(n) };
    }),
  };
}
