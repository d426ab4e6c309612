import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/lib/analysis/filters';
import { recentScope, scope } from '../../../src/lib/analysis/scope';
import { computeAttainment, PENDING_ATTAINMENT } from '../../../src/lib/outcomes/attainment';
import { buildCached } from '../../../src/lib/charts/buildCache';
import { attainmentChart } from '../../../src/lib/charts/attainment';
import { mainTargetsChart } from '../../../src/lib/charts/mainTargets';
import type { ChartDef, ChartOptions } from '../../../src/lib/charts/spec';
import { seedDataset } from '../../../scripts/benchCharts';

const ds = seedDataset();

function counting(def: ChartDef): ChartDef & { calls: number } {
  const d = {
    ...def,
    calls: 0,
    build: (sc: Parameters<ChartDef['build']>[0], o: ChartOptions) => {
      d.calls++;
      return def.build(sc, o);
    },
  };
  return d;
}

describe('recent scopes and cached chart builds', () => {
  it('gives the same scope again for a filter state seen recently on the same dataset', () => {
    const a = recentScope(ds, EMPTY_FILTERS);
    const y = recentScope(ds, { ...EMPTY_FILTERS, years: [2024] });
    expect(recentScope(ds, { ...EMPTY_FILTERS })).toBe(a);
    expect(recentScope(ds, { ...EMPTY_FILTERS, years: [2024] })).toBe(y);
    expect(y).not.toBe(a);
    expect(y.ds).toEqual(scope(ds, { ...EMPTY_FILTERS, years: [2024] }).ds);
  });

  it('builds a chart once per scope and options', () => {
    const def = counting(mainTargetsChart);
    const sc = recentScope(ds, EMPTY_FILTERS);
    const opts: ChartOptions = {};
    const first = buildCached(def, sc, opts);
    expect(buildCached(def, sc, opts)).toBe(first);
    expect(def.calls).toBe(1);
    buildCached(def, sc, {});
    expect(def.calls).toBe(2);
  });

  it('builds again when the attainment it read has changed, and only then', () => {
    const def = counting(attainmentChart);
    const other = counting(mainTargetsChart);
    const sc = recentScope(ds, EMPTY_FILTERS);
    let attainment = PENDING_ATTAINMENT;
    const opts: ChartOptions = {
      get attainment() {
        return attainment;
      },
    };
    expect(buildCached(def, sc, opts).pending).toBe(true);
    buildCached(other, sc, opts);
    attainment = computeAttainment(ds, []);
    const done = buildCached(def, sc, opts);
    expect(done.pending).toBeUndefined();
    expect(done.empty).toBeNull();
    expect(def.calls).toBe(2);
    buildCached(other, sc, opts);
    expect(other.calls).toBe(1);
  });
});
