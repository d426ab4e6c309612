// Chart images that stand alone in a briefing: always the light look on a solid white background,
// with the source document, the filter and the date printed under the chart, and the notes.
import type { EChartsOption } from 'echarts';
import { echarts } from '../charts/echarts';
import type { ChartSpec } from '../charts/spec';

export interface ImageMeta {
  /** 文号 or title of the documents shown */
  source: string;
  /** what is filtered, e.g. 年份：2024 · 责任领导：黄继军 ('' when nothing) */
  filter?: string;
  /** YYYY-MM-DD */
  date: string;
  width: number;
}

const LINE = 18;
const FOOT_PAD = 10;

const FONT = 12;

/** Splits `text` into lines that fit `px` at FONT px (a CJK character a full em, others about half). */
export function wrapText(text: string, px: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of text) {
    const w = ch.charCodeAt(0) <= 0xff ? FONT * 0.55 : FONT;
    if (used + w > px && line !== '') {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Lines printed under the chart in an exported image, each long one wrapped to the image's width (none cut off). */
export function footerLines(spec: ChartSpec, meta: ImageMeta): string[] {
  const lines = spec.notes.map((n) => `· ${n}`);
  if (spec.empty) lines.unshift(spec.empty);
  if (meta.filter) lines.push(`筛选：${meta.filter}`);
  lines.push(`来源：${meta.source || '（未注明）'}　　导出日期：${meta.date}`);
  // (a margin under the width the text is drawn in: glyphs run a little wider than the estimate)
  return lines.flatMap((l) => wrapText(l, meta.width - 44));
}

type Boxed = { bottom?: number | string };

/** Moves everything anchored to the bottom edge up by `px`, to make room for the footer. */
function raiseBottom<T extends Boxed>(item: T, px: number): T {
  const b = item.bottom;
  return { ...item, bottom: typeof b === 'number' ? b + px : b === undefined ? px + 24 : b };
}

const asList = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** The option an export renders, and the height it needs. */
export function exportOption(spec: ChartSpec, meta: ImageMeta): { option: EChartsOption; height: number } {
  const lines = footerLines(spec, meta);
  const foot = lines.length * LINE + FOOT_PAD * 2;
  const height = (spec.empty ? 60 : Math.max(spec.height, spec.fullHeight ?? 0)) + foot;
  const o = spec.option as Record<string, unknown>;
  const option: Record<string, unknown> = { ...o, animation: false, backgroundColor: '#fff' };
  for (const key of ['grid', 'visualMap'] as const) {
    if (o[key] !== undefined) option[key] = asList(o[key] as Boxed | Boxed[]).map((g) => raiseBottom(g, foot));
  }
  option.series = asList(o.series as Array<Boxed & { type?: string }> | undefined).map((s) => (s.type === 'sankey' || s.type === 'treemap' ? raiseBottom(s, foot) : s));
  // Scrolling a long category list makes no sense on paper: show it whole.
  delete option.dataZoom;
  // "点击…查看任务" means nothing on paper.
  option.title = asList(o.title as { subtext?: string } | undefined).map((t) =>
    t.subtext
      ? {
          ...t,
          subtext: t.subtext
            .split('；')
            .filter((part) => !part.includes('点击'))
            .join('；'),
        }
      : t,
  );
  option.graphic = [
    ...asList(o.graphic as unknown),
    ...lines.map((text, i) => ({
      type: 'text',
      left: 10,
      bottom: FOOT_PAD + (lines.length - 1 - i) * LINE,
      style: { text, fill: '#444', fontSize: FONT, width: meta.width - 20, overflow: 'truncate' },
    })),
  ];
  return { option: option as EChartsOption, height };
}

/** A PNG data URL at twice the pixel ratio, drawn by an off-screen light canvas instance. */
export function renderPng(spec: ChartSpec, meta: ImageMeta): string {
  const { option, height } = exportOption(spec, meta);
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${meta.width}px;height:${height}px;`;
  document.body.append(host);
  const chart = echarts.init(host, null, { renderer: 'canvas', width: meta.width, height });
  try {
    chart.setOption(option);
    return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff', excludeComponents: ['toolbox'] });
  } finally {
    chart.dispose();
    host.remove();
  }
}

/** An SVG document drawn by a temporary SVG-renderer instance of the same option. */
export function renderSvg(spec: ChartSpec, meta: ImageMeta): string {
  const { option, height } = exportOption(spec, meta);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: meta.width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
