// Bench cases for the dashboard's filters on the five seeds (added to CASES in bench.ts): what runs on
// every click besides the chart builders.
import { EMPTY_FILTERS, applyFilters, describeFilters, filterNotices, filterOptions, type Filters } from '../src/lib/analysis/filters';
import { filtersFromHash, filtersToHash } from '../src/lib/state/hashCodec';
import { buildTargetTable } from '../src/lib/analysis/targetTable';
import { tasksCsv } from '../src/lib/export/csv';
import { seedDataset } from './benchCharts';

export function filterCases(): Array<{ name: string; runs: number; run: () => void }> {
  const ds = seedDataset();
  const leader = filterOptions(ds).leaders[0]?.name ?? '';
  const f: Filters = { ...EMPTY_FILTERS, years: [2024], leaders: [leader], q: '建设' };
  return [
    {
      name: 'filters: apply + options + summary (seeds)',
      runs: 50,
      run: () => {
        const view = applyFilters(ds, f);
        filterOptions(applyFilters(ds, { ...EMPTY_FILTERS, years: f.years }));
        describeFilters(f, ds);
        filterNotices(f, ds);
        buildTargetTable(view);
        filtersFromHash(filtersToHash(f));
      },
    },
    { name: 'filters: CSV of all tasks (seeds)', runs: 20, run: () => void tasksCsv(ds.tasks, ds) },
  ];
}
