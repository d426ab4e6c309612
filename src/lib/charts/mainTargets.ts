// 主要预期目标对比. Up to MAX_DOC_SERIES documents: each percentage indicator as a row, one bar per
// document; a paler extension shows the stretch value (8%、力争9%) or the top of a range; indicators
// in other units and qualitative targets go into the notes under the chart.
// More documents: one indicator in one year across places (picked in the card), ranked — the target,
// its stretch and, where a later report gives it, the outcome (two reports of a place that year: two
// rows, marked); more than RANKED_MAX places are summarised per province (or city): lowest to highest,
// median marked — a province's own report a row of its own (本级), the places inside it another (下辖N地).
// When the State Council's report of the year compared is loaded (analysis/national.ts), its figure is a
// dashed reference line (全国：增长5%左右), not one more place.
import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { noValueLine } from '../analysis/citation';
import { groupFigures, indicatorAcross, type FigureGroup, type FigureStats, type IndicatorAcross, type PlaceFigure } from '../analysis/indicatorAcross';
import { mainTargets, type TargetEntry } from '../analysis/mainTargets';
import { isNational, nationalReference, type NationalFigure } from '../analysis/national';
import { formatValue } from '../analysis/metrics';
import { describeTarget, formatTarget } from '../analysis/targetText';
import type { Scope } from '../analysis/scope';
import { NATIONAL_SERIES, nationalLine, nationalSegments } from './reference';
import { capNotes, clamp, emptySpec, FIT, ITEM_TOOLTIP, MAX_DOC_SERIES, PALETTE, title, type ChartDef, type ChartOptions, type ChartSpec, type Drill } from './spec';

const ID = 'mainTargets';
const TITLE = '主要预期目标对比';
/** Places drawn one by one (every province-level report of a year: there are 34, and the State Council's); beyond, summarised per province or city. */
export const RANKED_MAX = 36;
/** When places cannot be grouped: this many from the top and from the bottom. */
const ENDS = 15;

/** Whether the chart compares one indicator across places (documents too many for a bar each). */
export function comparesAcrossPlaces(sc: Scope): boolean {
  return mainTargets(sc).docs.length > MAX_DOC_SERIES;
}

function build(sc: Scope, opts: ChartOptions): ChartSpec {
  const mt = mainTargets(sc);
  if (mt.docs.length === 0) return emptySpec(ID, TITLE, '所选文件中没有主要预期目标');
  if (comparesAcrossPlaces(sc)) return buildAcross(sc, opts);
  const notes = capNotes(
    [...mt.other.flatMap((r) => r.entries.map((e) => `${e.docLabel}：${describeTarget(e)}`)), ...mt.qualitative.map((e) => `${e.docLabel}：${describeTarget(e)}（定性目标）`)],
    '，见下方主要预期目标对照表',
  );
  if (mt.percent.length === 0) return emptySpec(ID, TITLE, '所选文件的主要预期目标中没有百分比指标，见下方列表', notes);

  const stating = mt.docs.filter((d) => mt.percent.some((r) => r.entries.some((e) => e.docId === d.id)));
  const reference = nationalRows(sc, stating, mt.percent);
  const docs = reference ? stating.filter((d) => !reference.drawn.has(d.id)) : stating;
  const tip = (e: TargetEntry) => `${e.docLabel}\n${describeTarget(e)}\n原文：${e.text}`;
  const series: Array<BarSeriesOption | LineSeriesOption> = [];
  docs.forEach((d, i) => {
    const color = PALETTE[i % PALETTE.length]!;
    const entries = mt.percent.map((r) => r.entries.find((e) => e.docId === d.id) ?? null);
    // In a notice the main targets are tasks: a click lists them; a report's targets have no task.
    const drill: Drill = entries.some((e) => e?.taskId) ? { docIds: [d.id], categories: ['target'] } : { docIds: [d.id] };
    series.push({
      type: 'bar',
      id: `doc:${d.id}`,
      name: d.label,
      stack: d.id,
      itemStyle: { color },
      barMaxWidth: 18,
      data: entries.map((e) =>
        e === null || e.value === null
          ? '-'
          : {
              value: e.value,
              drill,
              drillLabel: `${d.label}的主要预期目标`,
              tip: tip(e),
              label: { show: true, position: e.upper !== null ? 'insideRight' : 'right', formatter: formatTarget(e, 'label') },
            },
      ),
    });
    if (entries.some((e) => e?.upper != null && e.value !== null)) {
      // Same series name: the legend toggles a document's bars and their stretch together.
      series.push({
        type: 'bar',
        id: `doc:${d.id}:upper`,
        name: d.label,
        stack: d.id,
        itemStyle: { color, opacity: 0.4 },
        barMaxWidth: 18,
        data: entries.map((e) =>
          e === null || e.value === null || e.upper === null
            ? '-'
            : {
                value: Math.round((e.upper - e.value) * 1000) / 1000,
                drill,
                drillLabel: `${d.label}的主要预期目标`,
                tip: tip(e),
                label: { show: true, position: 'right', formatter: upperLabel(e) },
              },
        ),
      });
    }
  });
  const segments = reference ? nationalSegments(reference.at, 'yAxis', mt.percent.length, true) : null;
  if (segments) series.push(segments.series);
  const rows = mt.percent.length * Math.max(1, docs.length);
  const none = noValueLine(
    mt.docs.filter((d) => !docs.includes(d)).map((d) => d.label),
    '无百分比指标',
  );
  const widest = Math.max(...mt.percent.flatMap((r) => r.entries.map((e) => e.upper ?? e.value ?? 0)));
  const rowsAxis = {
    type: 'category' as const,
    inverse: true,
    data: mt.percent.map((r) => r.label),
    axisLabel: { width: 110, overflow: 'break' as const, interval: 0 },
  };
  const nationalTop = reference ? Math.max(...reference.at.map((a) => a.figure.value)) : 0;
  return {
    id: ID,
    title: TITLE,
    empty: null,
    notes: none ? [...notes, none] : notes,
    height: clamp(110 + rows * 22, 300, 1200),
    option: {
      title: title(TITLE, `单位：%；浅色延伸为“力争”值或区间上限${reference ? '；虚线为全国目标' : ''}`),
      legend: { type: 'scroll', top: 48, left: 8, right: 8 },
      tooltip: ITEM_TOOLTIP,
      grid: { ...FIT, top: 84, left: 8, right: 72, bottom: 28 },
      xAxis: {
        type: 'value',
        name: '%',
        axisLabel: { formatter: '{value}%' },
        max: nationalTop > widest ? Math.ceil(nationalTop) : undefined,
        // kept at the bottom, not at the zero of the national overlay axis
        ...(segments ? { axisLine: { show: false, onZero: false } } : {}),
      },
      yAxis: segments ? [rowsAxis, segments.overlay] : rowsAxis,
      series,
    },
  };
}

/**
 * The national figures of the per-document chart's rows: drawn when the documents below the country
 * share one year and the national report of that year states the indicator; the national documents of
 * that year then give no bars (`drawn`).
 */
function nationalRows(
  sc: Scope,
  docs: readonly { id: string }[],
  rows: readonly { key: string }[],
): { at: { index: number; figure: NationalFigure }[]; drawn: Set<string> } | null {
  const meta = new Map(sc.docsInView.map((d) => [d.id, d]));
  const places = docs.map((d) => meta.get(d.id)).filter((d) => d !== undefined && !isNational(d));
  const years = new Set(places.map((d) => d!.meta.year));
  const year = years.size === 1 ? [...years][0] : null;
  if (year == null) return null;
  const at = rows.flatMap((r, index) => {
    const figure = nationalReference(sc, r.key, year);
    return figure ? [{ index, figure }] : [];
  });
  if (at.length === 0) return null;
  const drawn = new Set(
    docs
      .filter((d) => {
        const m = meta.get(d.id);
        return m !== undefined && isNational(m) && m.meta.year === year;
      })
      .map((d) => d.id),
  );
  return { at, drawn };
}

function upperLabel(e: Pick<TargetEntry, 'upper' | 'upperKind' | 'unit'>): string {
  return e.upper === null ? '' : `${e.upperKind === 'range' ? '至' : '力争'}${formatValue(e.upper, e.unit)}`;
}

function buildAcross(sc: Scope, opts: ChartOptions): ChartSpec {
  const data = indicatorAcross(sc, opts.indicator);
  if (!data) return emptySpec(ID, TITLE, '所选文件的主要预期目标中没有数值指标', qualitativeNote(sc));
  const heading = `${TITLE}：${data.year}年${data.label}`;
  const spec = drawAcross(sc, data, heading);
  // Places in view that state no figure for this indicator that year: said, not silently left out.
  const missing = noValueLine(data.missing, `${data.year}年无此指标`);
  return missing ? { ...spec, notes: [...spec.notes, missing] } : spec;
}

function drawAcross(sc: Scope, data: IndicatorAcross, heading: string): ChartSpec {
  // The country is the reference line, not one more place.
  const nat = nationalReference(sc, data.key, data.year);
  const national = new Set(nat ? sc.docsInView.filter(isNational).map((doc) => doc.id) : []);
  const d = nat ? { ...data, rows: data.rows.filter((r) => !national.has(r.docId)) } : data;
  if (d.rows.length <= RANKED_MAX) return ranked(sc, d, heading, d.rows, [], nat);
  const grouped = groupFigures(d.rows);
  if (!grouped) {
    const middle = d.rows.length - 2 * ENDS;
    const shown = [...d.rows.slice(0, ENDS), ...d.rows.slice(-ENDS)];
    return ranked(sc, d, heading, shown, [`共${d.rows.length}地：列出目标最高和最低的各${ENDS}地，另有${middle}地居中未列出`], nat);
  }
  return summary(sc, d, heading, grouped.level, grouped.groups, nat);
}

/** The highest figure a summary row shows: its own target's or its places'. */
function widestOf(groups: readonly FigureGroup[]): number {
  return Math.max(...groups.flatMap((g) => [g.own?.max ?? -Infinity, g.inside?.max ?? -Infinity]));
}

function qualitativeNote(sc: Scope): string[] {
  const n = mainTargets(sc).qualitative.length;
  return n > 0 ? [`另有${n}条定性目标，见下方主要预期目标对照表`] : [];
}

const unitName = (d: IndicatorAcross) => (d.unit ? `单位：${d.unit}` : '');
const fmt = (d: IndicatorAcross, v: number) => formatValue(v, d.unit);

/** One bar per place, highest first: the target, a paler stretch, the outcome as a diamond. */
function ranked(sc: Scope, d: IndicatorAcross, heading: string, rows: PlaceFigure[], notes: string[], nat: NationalFigure | null): ChartSpec {
  const drill = (r: PlaceFigure): Drill => (r.entry.taskId ? { docIds: [r.docId], categories: ['target'] } : { docIds: [r.docId] });
  const tip = (r: PlaceFigure) =>
    [
      `${r.place}（${r.docLabel}${r.sameYear > 1 ? `，本地同年共${r.sameYear}份文件` : ''}）`,
      describeTarget(r.entry),
      ...(r.outcome ? [`${d.year}年实际完成：${fmt(d, r.outcome.value)}`] : []),
      `原文：${r.entry.text}`,
    ].join('\n');
  const item = (r: PlaceFigure, value: number, label: object) => ({ value, drill: drill(r), drillLabel: `${r.docLabel}的主要预期目标`, tip: tip(r), label });
  const series: Array<BarSeriesOption | ScatterSeriesOption | LineSeriesOption> = [
    {
      type: 'bar',
      id: 'target',
      name: '目标',
      stack: 'target',
      itemStyle: { color: PALETTE[0] },
      barMaxWidth: 16,
      data: rows.map((r) => item(r, r.entry.value!, { show: true, position: r.entry.upper !== null ? 'insideRight' : 'right', formatter: formatTarget(r.entry, 'label') })),
    },
  ];
  if (rows.some((r) => r.entry.upper !== null)) {
    series.push({
      type: 'bar',
      id: 'upper',
      name: '力争/上限',
      stack: 'target',
      itemStyle: { color: PALETTE[0], opacity: 0.4 },
      barMaxWidth: 16,
      data: rows.map((r) =>
        r.entry.upper === null ? '-' : item(r, Math.round((r.entry.upper - r.entry.value!) * 1000) / 1000, { show: true, position: 'right', formatter: upperLabel(r.entry) }),
      ),
    });
  }
  if (rows.some((r) => r.outcome)) {
    series.push({
      type: 'scatter',
      id: 'outcome',
      name: '实际完成',
      symbol: 'diamond',
      symbolSize: 11,
      itemStyle: { color: PALETTE[3] },
      z: 3,
      data: rows.map((r, i) =>
        r.outcome
          ? {
              value: [r.outcome.value, i],
              drill: { docIds: [r.outcome.docId] } satisfies Drill,
              tip: `${r.place}${d.year}年实际完成：${fmt(d, r.outcome.value)}\n原文：${r.outcome.text}`,
            }
          : '-',
      ),
    });
  }
  if (nat) series.push(nationalLine(nat, 'xAxis'));
  const qual = qualitativeNote(sc);
  const top = Math.max(0, ...rows.map((r) => r.entry.upper ?? r.entry.value!), ...rows.map((r) => r.outcome?.value ?? 0));
  return {
    id: ID,
    title: heading,
    empty: null,
    notes: [...notes, ...qual],
    height: clamp(120 + rows.length * 24, 300, 900),
    option: {
      title: title(
        heading,
        [
          unitName(d),
          `${rows.length < d.rows.length ? `${d.rows.length}地中的${rows.length}地` : `${rows.length}地`}，按目标高低排列`,
          '浅色延伸为“力争”值或区间上限',
          nat ? '虚线为全国目标' : '',
        ]
          .filter(Boolean)
          .join('；'),
      ),
      legend: { top: 48, left: 8 },
      tooltip: ITEM_TOOLTIP,
      grid: { ...FIT, top: 80, left: 8, right: 72, bottom: 28 },
      xAxis: { type: 'value', name: d.unit ?? '', axisLabel: d.unit === '%' ? { formatter: '{value}%' } : {}, max: nat && nat.value > top ? Math.ceil(nat.value) : undefined },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { interval: 0, width: 160, overflow: 'truncate' } },
      series,
    },
  };
}

/**
 * One row per province (or city): its own target as a diamond (本级), and the places inside it as a bar
 * from the lowest to the highest with the median as a dot (下辖N地) — never one figure for both.
 */
function summary(sc: Scope, d: IndicatorAcross, heading: string, level: 'province' | 'city', groups: FigureGroup[], nat: NationalFigure | null): ChartSpec {
  const by = level === 'province' ? '省份' : '城市';
  const range = (s: FigureStats) => (s.count > 1 ? `最低 ${fmt(d, s.min)}，中位数 ${fmt(d, s.median)}，最高 ${fmt(d, s.max)}` : fmt(d, s.median));
  const ownTip = (g: FigureGroup, s: FigureStats) => `${g.name}本级${s.count > 1 ? `（${s.count}份文件）` : ''}的目标：${range(s)}`;
  const insideTip = (g: FigureGroup, s: FigureStats) => `${g.place ? `${g.name}下辖${s.count}地（不含${g.name}本级）` : `${g.label}`}：${range(s)}`;
  // A click: the province's own reports (本级), or it with the places inside it (含下辖地区).
  const ownDrill = (g: FigureGroup): Drill | undefined => (g.place ? { places: [g.place], sub: false } : undefined);
  const insideDrill = (g: FigureGroup): Drill | undefined => (g.place ? { places: [g.place], sub: true } : undefined);
  const labels = groups.map((g) => g.label);
  const series: Array<BarSeriesOption | ScatterSeriesOption | LineSeriesOption> = [
    // An invisible base lifts each range bar to its lowest value.
    {
      type: 'bar',
      id: 'base',
      stack: 'range',
      silent: true,
      tooltip: { show: false },
      itemStyle: { color: 'transparent' },
      barMaxWidth: 14,
      data: groups.map((g) => g.inside?.min ?? '-'),
    },
    {
      type: 'bar',
      id: 'range',
      name: '下辖各地最低—最高',
      stack: 'range',
      itemStyle: { color: PALETTE[0], opacity: 0.35 },
      barMaxWidth: 14,
      data: groups.map((g) =>
        g.inside
          ? {
              value: Math.round((g.inside.max - g.inside.min) * 1000) / 1000 || 0.001,
              drill: insideDrill(g),
              drillLabel: `${g.name}·下辖${g.inside.count}地`,
              tip: insideTip(g, g.inside),
            }
          : '-',
      ),
    },
    {
      type: 'scatter',
      id: 'median',
      name: '下辖各地中位数',
      symbolSize: 10,
      itemStyle: { color: PALETTE[0] },
      z: 3,
      label: { show: true, position: 'right' },
      data: groups.map((g, i) =>
        g.inside
          ? {
              value: [g.inside.median, i],
              label: { formatter: fmt(d, g.inside.median) },
              drill: insideDrill(g),
              drillLabel: `${g.name}·下辖${g.inside.count}地`,
              tip: insideTip(g, g.inside),
            }
          : '-',
      ),
    },
  ];
  if (groups.some((g) => g.own)) {
    series.push({
      type: 'scatter',
      id: 'own',
      name: '本级目标',
      symbol: 'diamond',
      symbolSize: 12,
      itemStyle: { color: PALETTE[1] },
      z: 4,
      label: { show: true, position: 'left' },
      data: groups.map((g, i) =>
        g.own ? { value: [g.own.median, i], label: { formatter: fmt(d, g.own.median) }, drill: ownDrill(g), drillLabel: `${g.name}本级`, tip: ownTip(g, g.own) } : '-',
      ),
    });
  }
  if (nat) series.push(nationalLine(nat, 'xAxis'));
  const outcomes = d.rows.filter((r) => r.outcome).length;
  const notes = [
    `共${d.rows.length}地，按${by}汇总：菱形是该${by}本级的目标，浅色条与圆点是其下辖各地目标的最低—最高与中位数（不含本级）；点击查看这些文件`,
    ...(outcomes > 0 ? [`其中${outcomes}地有${d.year}年实际完成数，见下方对照表`] : []),
    ...qualitativeNote(sc),
  ];
  const allPositive = groups.every((g) => Math.min(g.own?.min ?? Infinity, g.inside?.min ?? Infinity) >= 0);
  return {
    id: ID,
    title: heading,
    empty: null,
    notes,
    height: clamp(120 + groups.length * 24, 300, 900),
    option: {
      title: title(heading, [unitName(d), `各${by}本级目标（菱形）与下辖各地目标的最低—最高（浅色）、中位数（圆点）`, nat ? '虚线为全国目标' : ''].filter(Boolean).join('；')),
      legend: { top: 48, left: 8, data: ['本级目标', '下辖各地最低—最高', '下辖各地中位数', ...(nat ? [NATIONAL_SERIES] : [])] },
      tooltip: ITEM_TOOLTIP,
      grid: { ...FIT, top: 80, left: 8, right: 64, bottom: 28 },
      xAxis: {
        type: 'value',
        name: d.unit ?? '',
        min: allPositive ? 0 : undefined,
        max: nat && nat.value > widestOf(groups) ? Math.ceil(nat.value) : undefined,
        scale: !allPositive,
        axisLabel: d.unit === '%' ? { formatter: '{value}%' } : {},
      },
      yAxis: { type: 'category', inverse: true, data: labels, axisLabel: { interval: 0, width: 170, overflow: 'truncate' } },
      series,
    },
  };
}

export const mainTargetsChart: ChartDef = { id: ID, title: TITLE, wide: false, build };
