// Bench cases for the dashboard's chart builders on the five seeds (added to CASES in bench.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { EMPTY_FILTERS, filterOptions, type Filters } from '../src/lib/analysis/filters';
import { buildCharts } from '../src/lib/charts/index';
import { echarts } from '../src/lib/charts/echarts';
import { toRows } from '../src/lib/db/rows';
import type { Dataset } from '../src/lib/model/rows';
import { parseReport } from '../src/lib/parse/index';

export function seedDataset(): Dataset {
  const ds: Dataset = { documents: [], sections: [], tasks: [], targets: [], achievements: [] };
  const dir = new URL('../seeds/', import.meta.url);
  for (const fileName of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(new URL(fileName, dir), 'utf8');
    const parsed = parseReport(text, { fileName });
    if (!parsed.ok) throw new Error(`${fileName}: ${parsed.reason}`);
    const rows = toRows(parsed.data, { docId: fileName.slice(0, 3), source: 'bundled', sourceText: text, fileName, importedAt: new Date(0).toISOString() });
    ds.documents.push(rows.document);
    ds.sections.push(...rows.sections);
    ds.tasks.push(...rows.tasks);
    ds.targets.push(...rows.targets);
    ds.achievements.push(...rows.achievements);
  }
  return ds;
}

export function chartCases(): Array<{ name: string; runs: number; run: () => void }> {
  const ds = seedDataset();
  const top = filterOptions(ds).leaders[0]?.name ?? '';
  const byLeader: Filters = { ...EMPTY_FILTERS, years: [2024], leaders: [top] };
  const svgAll = (f: Filters) => {
    for (const spec of buildCharts(ds, f)) {
      const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: spec.height });
      chart.setOption({ ...spec.option, animation: false });
      chart.renderToSVGString();
      chart.dispose();
    }
  };
  return [
    { name: 'charts: build all specs, no filter', runs: 30, run: () => void buildCharts(ds, EMPTY_FILTERS) },
    { name: 'charts: build all specs, 2024 + leader', runs: 30, run: () => void buildCharts(ds, byLeader) },
    { name: 'charts: build + render all (SVG, Node)', runs: 10, run: () => svgAll(EMPTY_FILTERS) },
  ];
}
