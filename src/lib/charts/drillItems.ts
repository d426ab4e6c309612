// The clickable items of a chart as a plain list, for keyboard and screen-reader users: the same
// filters a click on a bar, block or node applies, reachable with Tab and Enter.
import type { EChartsOption } from 'echarts';
import type { Drill } from './spec';

export interface DrillItem {
  label: string;
  drill: Drill;
}

type Carrier = { tip?: unknown; drill?: unknown; children?: unknown };

function collect(items: unknown, out: Carrier[]): void {
  if (!Array.isArray(items)) return;
  for (const it of items) {
    if (!it || typeof it !== 'object') continue;
    const c = it as Carrier;
    if (c.drill && typeof c.tip === 'string') out.push(c);
    collect(c.children, out);
  }
}

/** Every data item, node and link that carries a drill, labelled by its tooltip (without 原文 lines). */
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
    const label = (c.tip as string).split('\n').filter((l) => !l.startsWith('原文：')).join(' · ');
    if (seen.has(label)) continue;
    seen.add(label);
    out.push({ label, drill: c.drill as Drill });
    if (out.length >= max) break;
  }
  return out;
}
