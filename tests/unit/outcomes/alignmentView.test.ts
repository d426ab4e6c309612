// Province → city alignment on the five seeds: 003 (the provincial report's notice) ↔ 002 (the city's own).
import { describe, expect, it } from 'vitest';
import { computeAlignment } from '../../../src/lib/outcomes/alignmentView';
import { seedDataset } from '../../../scripts/benchCharts';

const ds = seedDataset();

describe('province → city alignment on the seeds', () => {
  const view = computeAlignment(ds);

  it("pairs the provincial-report notice with the city's own notice of the same year", () => {
    expect(view.pairs.map((p) => [p.upperDocId, p.ownDocId])).toEqual([['003', '002']]);
    const coverage = view.pairs[0]!.coverage;
    expect(coverage.reduce((s, c) => s + c.total, 0)).toBe(ds.tasks.filter((t) => t.docId === '003').length);
  });

  it('links tasks both ways', () => {
    const p1 = ds.tasks.find((t) => t.docId === '003' && t.no === '1')!;
    const c1 = ds.tasks.find((t) => t.docId === '002' && t.no === '1')!;
    expect(view.links.get(p1.id)?.[0]?.taskId).toBe(c1.id);
    expect(view.links.get(c1.id)?.some((l) => l.taskId === p1.id)).toBe(true);
  });
});
