// The clickable items of a chart as a plain list, for keyboard and screen-reader users: the same
// filters a click on a bar, block or node applies, reachable with Tab and Enter.
import type { EChartsOption } from 'echarts';
import type { Drill } from './spec';

export interface DrillItem {
  label: string;
  drill: Drill;
}

/** `drillLabel` names the filter when several items share it (a leader's two bars, a document's targets). */
type Carrier = { tip?: unknown; drill?: unknown; drillLabel?: unknown; children?: unknown };

function collect(items: unknown, out: Carrier[]): void {
  if (!Array.isArray(items)) return;
  for (const it of items) {
    if (!it || typeof it !== 'object') continue;
    const c = it as Carrier;
    if (c.drill && typeof c.tip === 'string') out.push(c);
    collect(c.children, out);
  }
}

/**
 * One entry per distinct filter among the data items, nodes and links: labelled by the item's
 * drillLabel, or by its tooltip without the 原文 lines.
 */
export function drillItems(option: EChartsOption, max = 300): DrillItem[] {
  const found: Carrier[] = [];
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  for (const s of series as Array<{ data?: unknown; links?: unknown }>) {
    collect(s.data, found);
    collect(s.links, found);
  }
  const seen = new Set<string>();
  const out: DrillItem[] = [];
  for (const c of found) {
    const key = JSON.stringify(c.drill);
    if (seen.has(key)) continue;
    seen.add(key);
    const label =
      typeof c.drillLabel === 'string'
        ? c.drillLabel
        : (c.tip as string)
            .split('\n')
            .filter((l) => !l.startsWith('原文：'))
            .join(' · ');
    out.push({ label, drill: c.drill as Drill });
    if (out.length >= max) break;
  }
  return out;
}
