// Every chart of the dashboard, built from the whole dataset and the filters in one pass.
import { EMPTY_FILTERS, type Filters } from '../analysis/filters';
import { scope } from '../analysis/scope';
import type { TrendPick } from '../analysis/targetTrend';
import type { Dataset } from '../model/rows';
import { mainTargetsFromScope } from './mainTargets';
import { leaderLoadFromScope, leaderSankeyFromScope, leaderSectorFromScope, unitLoadFromScope } from './responsibility';
import { chapterTasksFromScope, sectionTreeFromScope, sectorTasksFromScope } from './sections';
import type { ChartSpec } from './spec';
import { targetTrendFromScope } from './targetTrend';

export type { ChartSpec, Drill } from './spec';

/** The charts in display order, grouped as the issue lists them: targets, sectors, responsibility. */
export function buildCharts(ds: Dataset, f: Filters = EMPTY_FILTERS, opts: { trend?: TrendPick | null } = {}): ChartSpec[] {
  const sc = scope(ds, f);
  return [
    mainTargetsFromScope(sc),
    targetTrendFromScope(sc, opts.trend),
    sectorTasksFromScope(sc),
    chapterTasksFromScope(sc),
    sectionTreeFromScope(sc),
    leaderLoadFromScope(sc),
    unitLoadFromScope(sc, 'lead'),
    unitLoadFromScope(sc, 'support'),
    leaderSankeyFromScope(sc),
    leaderSectorFromScope(sc),
  ];
}
