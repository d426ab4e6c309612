// The charts of the list as (dataset, filters) → spec, the way the tests read best.
import { EMPTY_FILTERS, type Filters } from '../../../src/lib/analysis/filters';
import { scope } from '../../../src/lib/analysis/scope';
import type { TrendPick } from '../../../src/lib/analysis/targetTrend';
import { CHARTS, type ChartDef, type ChartSpec } from '../../../src/lib/charts';
import type { Dataset } from '../../../src/lib/model/rows';

function chart(id: string): (ds: Dataset, f?: Filters, trend?: TrendPick | null) => ChartSpec {
  const def: ChartDef | undefined = CHARTS.find((c) => c.id === id);
  if (!def) throw new Error(`no chart ${id} in the list`);
  return (ds, f = EMPTY_FILTERS, trend = null) => def.build(scope(ds, f), { trend });
}

export const mainTargetsChart = chart('mainTargets');
export const targetTrendChart = chart('targetTrend');
export const sectorTasksChart = chart('sectorTasks');
export const chapterTasksChart = chart('chapterTasks');
export const sectionTreeChart = chart('sectionTree');
export const leaderLoadChart = chart('leaderLoad');
export const leadUnitsChart = chart('leadUnits');
export const supportUnitsChart = chart('supportUnits');
export const leaderSankeyChart = chart('leaderSankey');
export const leaderSectorChart = chart('leaderSector');
