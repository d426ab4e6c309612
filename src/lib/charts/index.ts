// Every chart of the dashboard, in display order, grouped as the issue lists them: targets, sectors,
// responsibility. Adding a chart: its builder (a ChartDef in its own module), one entry here, a test.
import { EMPTY_FILTERS, type Filters } from '../analysis/filters';
import { scope, type Scope } from '../analysis/scope';
import type { Dataset } from '../model/rows';
import { ledgerInView } from '../ledger/accountable';
import { alignmentCoverageChart } from './alignmentCoverage';
import { attainmentChart } from './attainment';
import { mainTargetsChart } from './mainTargets';
import { leaderLoadChart, leaderSankeyChart, leaderSectorChart, leadUnitsChart, supportUnitsChart } from './responsibility';
import { chapterTasksChart, sectionTreeChart, sectorTasksChart } from './sections';
import type { ChartDef, ChartOptions, ChartSpec } from './spec';
import { targetTrendChart } from './targetTrend';

export type { ChartDef, ChartOptions, ChartSpec, Drill } from './spec';

export const CHARTS: readonly ChartDef[] = [
  mainTargetsChart,
  targetTrendChart,
  attainmentChart,
  sectorTasksChart,
  chapterTasksChart,
  sectionTreeChart,
  leaderLoadChart,
  leadUnitsChart,
  supportUnitsChart,
  leaderSankeyChart,
  leaderSectorChart,
  alignmentCoverageChart,
];

/**
 * The charts a scope shows: the responsibility charts only where a notice with responsibilities is in
 * view (a corpus of reports has no 责任领导 or 牵头单位 to chart); `hidden` says which were left out.
 */
export function chartsFor(sc: Scope): { shown: readonly ChartDef[]; hidden: readonly ChartDef[] } {
  if (ledgerInView(sc)) return { shown: CHARTS, hidden: [] };
  return { shown: CHARTS.filter((d) => !d.responsibility), hidden: CHARTS.filter((d) => d.responsibility) };
}

/** A chart of the list with what it draws for one scope. */
export interface BuiltChart {
  def: ChartDef;
  spec: ChartSpec;
}

export function buildChartsFromScope(sc: Scope, opts: ChartOptions = {}): BuiltChart[] {
  return CHARTS.map((def) => ({ def, spec: def.build(sc, opts) }));
}

/** Every chart's spec for the whole dataset and the filters (scripts and tests; the page builds from its scope). */
export function buildCharts(ds: Dataset, f: Filters = EMPTY_FILTERS, opts: ChartOptions = {}): ChartSpec[] {
  return buildChartsFromScope(scope(ds, f), opts).map((c) => c.spec);
}
