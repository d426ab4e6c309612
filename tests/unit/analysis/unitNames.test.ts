// One name per unit on the five seeds: 市文旅局 and 市文化和旅游局 counted as one in filters and
// charts, the written names kept per task, and the user's merges and splits followed.
import { describe, expect, it } from 'vitest';
import { applyFilters, EMPTY_FILTERS, filterOptions, type Filters } from '../../../src/lib/analysis/filters';
import { unitLoad } from '../../../src/lib/analysis/responsibility';
import { scope } from '../../../src/lib/analysis/scope';
import { canonicalDataset, canonicalFilters, unitRegistry, unitTitle } from '../../../src/lib/analysis/unitNames';
import type { UnitEditRow } from '../../../src/lib/model/outcomes';
import { seedDataset } from '../../../scripts/benchCharts';

const ds = seedDataset();
const f = (over: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...over });

describe('one name per unit on the seeds', () => {
  const edits: UnitEditRow[] = [];
  const registry = unitRegistry(ds, edits);
  const canon = canonicalDataset(ds, registry);

  it('counts 市文旅局 and 市文化和旅游局 as one unit in the filter choices and the charts', () => {
    const before = filterOptions(ds).units;
    expect(before.filter((u) => u.name === '市文旅局' || u.name === '市文化和旅游局').map((u) => u.count)).toEqual([14, 14]);
    const after = filterOptions(canon.dataset).units;
    expect(after.find((u) => u.name === '市文旅局')).toBeUndefined();
    expect(after.find((u) => u.name === '市文化和旅游局')?.count).toBe(28);
    const lead = unitLoad(scope(canon.dataset, EMPTY_FILTERS), 'lead').top.map((u) => u.name);
    expect(lead).not.toContain('市文旅局');
  });

  it('finds all 28 tasks by either name, and keeps the written names per task', () => {
    const byCanonical = applyFilters(canon.dataset, canonicalFilters(f({ units: ['市文旅局'] }), registry));
    expect(byCanonical.tasks).toHaveLength(28);
    // (a task whose names were already canonical is not copied: it is written as it reads)
    const written = byCanonical.tasks.map((t) => canon.written.get(t.id) ?? t);
    expect(written.some((w) => [...w.leadUnits, ...w.supportUnits].includes('市文旅局'))).toBe(true);
    expect(written.some((w) => [...w.leadUnits, ...w.supportUnits].includes('市文化和旅游局'))).toBe(true);
    expect(unitTitle(registry, '市文化和旅游局')).toContain('市文旅局');
  });

  it('keeps every task whose names are already canonical as the very same row', () => {
    const kept = canon.dataset.tasks.filter((t, i) => t === ds.tasks[i]);
    const copied = canon.dataset.tasks.filter((t, i) => t !== ds.tasks[i]);
    expect(kept.length).toBeGreaterThan(0);
    expect(copied.length).toBe(canon.written.size);
    for (const t of kept) expect(canon.written.has(t.id)).toBe(false);
    for (const t of copied) expect([...t.leadUnits, ...t.supportUnits]).not.toContain('市文旅局');
  });

  it('follows a merge and a split the user made', () => {
    const at = '2025-01-01T00:00:00.000Z';
    const merged = unitRegistry(ds, [{ id: '1', kind: 'merge', from: '市财政局', into: '市税务局', createdAt: at, active: true, updatedAt: at }]);
    expect(merged.canonicalOf.get('市财政局')).toBe('市税务局');
    const undone = unitRegistry(ds, [{ id: '1', kind: 'merge', from: '市财政局', into: '市税务局', createdAt: at, active: false, updatedAt: at }]);
    expect(undone.canonicalOf.get('市财政局')).toBe('市财政局');
    const split = unitRegistry(ds, [{ id: '2', kind: 'split', from: '市文旅局', into: '', createdAt: at, active: true, updatedAt: at }]);
    expect(split.canonicalOf.get('市文旅局')).toBe('市文旅局');
  });
});
