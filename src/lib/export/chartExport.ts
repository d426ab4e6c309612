// Exporting one chart, and every mounted chart at once ("导出全部图表").
import type { ChartSpec } from '../charts/spec';
import { today } from './clock';
import { chartFileName } from './fileName';
import { download, downloadText, renderPng, renderSvg } from './image';

export type ImageKind = 'png' | 'svg';

export interface ExportContext {
  /** 文号 or title of the documents shown */
  source: string;
  place: string;
  year: string;
  /** the filter summary, '' when nothing is filtered */
  filter?: string;
  /** width in px of the exported image (the chart's on-screen width) */
  width: number;
}

/** Renders and downloads one chart; returns the file name. Empty charts are exported too (title and reason). */
export function exportChart(spec: ChartSpec, ctx: ExportContext, kind: ImageKind): string {
  const date = today();
  const meta = { source: ctx.source, filter: ctx.filter, date, width: Math.max(480, Math.round(ctx.width || 800)) };
  const name = chartFileName({ place: ctx.place, year: ctx.year, chart: spec.title, date, ext: kind });
  if (kind === 'png') download(name, renderPng(spec, meta));
  else downloadText(name, renderSvg(spec, meta), 'image/svg+xml;charset=utf-8');
  return name;
}

export interface MountedChart {
  readonly id: string;
  /** false when the chart has nothing to draw */
  readonly drawable: boolean;
  exportImage(kind: ImageKind): string;
}

const mounted = new Set<MountedChart>();

/** Chart components register themselves while mounted; returns the unregister function. */
export function registerChart(chart: MountedChart): () => void {
  mounted.add(chart);
  return () => { mounted.delete(chart); };
}

export function mountedCharts(): MountedChart[] {
  return [...mounted];
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Downloads every mounted chart that has something to draw, one after another (browsers drop
 * downloads fired in the same instant). Resolves to the file names.
 */
export async function exportAll(kind: ImageKind = 'png'): Promise<string[]> {
  const names: string[] = [];
  for (const chart of mountedCharts()) {
    if (!chart.drawable) continue;
    names.push(chart.exportImage(kind));
    await pause(250);
  }
  return names;
}
