// What every chart builder returns, and the small pieces they share.
import type { EChartsOption } from 'echarts';
import type { Filters } from '../analysis/filters';
import type { Scope } from '../analysis/scope';
import type { IndicatorPick } from '../analysis/indicatorAcross';
import type { TrendPick } from '../analysis/targetTrend';
import type { AlignmentView } from '../outcomes/alignmentView';
import type { Attainment } from '../outcomes/attainment';

/** A filter patch carried by a clickable data item (params.data.drill). */
export type Drill = Partial<Filters>;

export interface ChartSpec {
  id: string;
  title: string;
  option: EChartsOption;
  /** A Chinese reason shown instead of an empty chart; null when there is something to draw. */
  empty: string | null;
  /** Lines shown under the chart and in its exported image (targets that cannot be drawn, cut-offs …). */
  notes: string[];
  /** The height in px the chart needs to stay readable. */
  height: number;
  /** The height that shows every category without scrolling (exported images), when more than `height`. */
  fullHeight?: number;
  /** Empty only for now: what it draws is still being worked out (export waits for it). */
  pending?: boolean;
}

/** What a chart may need beyond the filtered scope: the picks made in the cards' own controls, and what the page works out once per data change. */
export interface ChartOptions {
  trend?: TrendPick | null;
  /** the indicator and year compared across places (主要预期目标对比 over many documents) */
  indicator?: IndicatorPick | null;
  /** Targets against later reported figures, computed once per data change (outcomes/attainment.ts). */
  attainment?: Attainment;
  /** Province → city task alignment (outcomes/alignmentView.ts). */
  alignment?: AlignmentView;
}

/**
 * Up to this many documents, a chart may give each document its own series (a colour and a legend
 * entry, as the palette allows); beyond it, charts aggregate by year or place, or rank and fold.
 */
export const MAX_DOC_SERIES = 8;

/** The most notes a chart lists under itself (the five bundled reports need 12); the rest are summed up in one line. */
export const MAX_NOTES = 12;

/** Keeps at most MAX_NOTES lines: the first ones, then one line saying how many more and where to find them. */
export function capNotes(notes: readonly string[], where: string): string[] {
  if (notes.length <= MAX_NOTES) return [...notes];
  return [...notes.slice(0, MAX_NOTES - 1), `另有${notes.length - MAX_NOTES + 1}条${where}`];
}

/** One chart of the dashboard, described once: the grid, the export and the tests read it from the list (index.ts). */
export interface ChartDef {
  id: string;
  /** the chart's name (the spec's title may say more: the place and indicator shown) */
  title: string;
  /** spans the whole grid row (a Sankey or treemap needs the width) */
  wide: boolean;
  /** draws who is responsible (责任领导, 牵头单位, 责任单位): shown only where a notice with responsibilities
   * is in view (ledger/accountable.ts); a corpus of reports has none */
  responsibility?: boolean;
  build: (sc: Scope, opts: ChartOptions) => ChartSpec;
}

export const PALETTE = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc', '#8d6e63', '#2f4554'];

/** Tooltips are HTML: every piece of document text goes through here. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function title(text: string, subtext?: string): EChartsOption['title'] {
  return { text, subtext, left: 8, top: 4, textStyle: { fontSize: 15 }, subtextStyle: { fontSize: 12 } };
}

/** Grids shrink so axis labels stay inside the chart (long Chinese unit names on a 390-px phone). */
export const FIT = { outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;

/** The count axis of a horizontal bar chart: named under its middle, where it cannot be clipped. */
export const COUNT_AXIS = { type: 'value', name: '任务数（项）', nameLocation: 'middle', nameGap: 24, minInterval: 1 } as const;

export const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/**
 * A chart that draws only when `emptyReason` (from analysis/scope.ts) finds nothing missing; otherwise
 * its title and that reason. `build` then only handles a scope with something in it.
 */
export function guardedChart(def: ChartDef & { emptyReason: (sc: Scope) => string | null }): ChartDef {
  const { emptyReason, build, ...rest } = def;
  return {
    ...rest,
    build: (sc, opts) => {
      const reason = emptyReason(sc);
      return reason ? emptySpec(def.id, def.title, reason) : build(sc, opts);
    },
  };
}

/** A spec with nothing to draw: only the title, and the reason. */
export function emptySpec(id: string, text: string, reason: string, notes: string[] = []): ChartSpec {
  return { id, title: text, option: { title: title(text) }, empty: reason, notes, height: 160 };
}

/** Read the tooltip text a data item carries (`tip`), escaped. */
export function tipOf(data: unknown): string {
  const tip = (data as { tip?: unknown } | null | undefined)?.tip;
  return typeof tip === 'string' ? esc(tip).replace(/\n/g, '<br/>') : '';
}

/** The tooltip every chart uses: the `tip` its data item, node or link carries. */
export const ITEM_TOOLTIP = { trigger: 'item', confine: true, formatter: (p: unknown) => tipOf((p as { data: unknown }).data) } as const;
