// Exporting one chart as PNG or SVG (every mounted chart at once: components/chart/registry.ts).
import type { ChartSpec } from '../charts/spec';
import { today } from '../time/clock';
import { chartFileName } from './fileName';
import { download, downloadText } from './download';
import { renderPng, renderSvg } from './image';

export type ImageKind = 'png' | 'svg';

/** What an exported image says besides its chart: where the figures come from and what is filtered. */
export interface ChartSource {
  /** 文号 or title of the documents shown */
  source: string;
  place: string;
  year: string;
  /** the filter summary, '' when nothing is filtered */
  filter?: string;
}

export interface ExportContext extends ChartSource {
  /** width in px of the exported image (the chart's on-screen width) */
  width: number;
}

/** Renders and downloads one chart; returns the file name. Empty charts are exported too (title and reason). */
export function exportImage(spec: ChartSpec, ctx: ExportContext, kind: ImageKind): string {
  const date = today();
  const meta = { source: ctx.source, filter: ctx.filter, date, width: Math.max(480, Math.round(ctx.width || 800)) };
  const name = chartFileName({ place: ctx.place, year: ctx.year, chart: spec.title, date, ext: kind });
  if (kind === 'png') download(name, renderPng(spec, meta));
  else downloadText(name, renderSvg(spec, meta), 'image/svg+xml;charset=utf-8');
  return name;
}
