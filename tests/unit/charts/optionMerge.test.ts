import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { EMPTY_FILTERS, type Filters } from '../../../src/lib/analysis/filters';
import { canMerge, shape } from '../../../src/lib/charts/optionMerge';
import { sample } from '../analysis/fixture';
import { chapterTasksChart, leaderLoadChart, sectorTasksChart } from './build';

const f = (p: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...p });
const all = sample();
const can = (a: { option: EChartsOption }, b: { option: EChartsOption }) => canMerge(shape(a.option), shape(b.option));

describe('merging a chart update into what it shows', () => {
  it('merges when the same series stay (a leader picked: both bars keep their ids)', () => {
    expect(can(leaderLoadChart(all), leaderLoadChart(all, f({ leaders: ['张三'] })))).toBe(true);
  });

  it('merges when series are added, and sets afresh when one is dropped', () => {
    const one = sectorTasksChart(all, f({ docIds: ['n24'] }));
    const three = sectorTasksChart(all);
    expect(can(one, three)).toBe(true);
    expect(can(three, one)).toBe(false);
  });

  it("sets afresh when a component goes away (the chapter chart's scroll bar)", () => {
    const few = chapterTasksChart(all, f({ docIds: ['n24'] }));
    const many = { option: { ...few.option, dataZoom: [{ type: 'slider' }, { type: 'inside' }] } };
    expect(can(many, few)).toBe(false);
    expect(can(few, many)).toBe(true);
  });
});
