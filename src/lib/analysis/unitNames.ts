// One name per unit across the dashboard: the registry (units/canonical.ts) built from every unit name
// the documents write plus the user's merges and splits, and the dataset with canonical names in
// place of written ones, so every chart, filter and count sees one unit. The written names stay
// reachable per task (for the task list) and per unit (for hover text).
import type { UnitEditRow } from '../model/outcomes';
import type { Dataset, TaskRow } from '../model/rows';
import { buildRegistry, canonicalName, type UnitEdit, type UnitRegistry } from '../units/canonical';
import type { Filters } from './filters';

/** The active edits, in the order they were made. */
export function activeEdits(rows: readonly UnitEditRow[]): UnitEdit[] {
  return rows
    .filter((r) => r.active)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((r): UnitEdit => (r.kind === 'merge' ? { kind: 'merge', from: r.from, into: r.into } : { kind: 'split', name: r.from }));
}

function* unitNames(tasks: readonly TaskRow[]): Iterable<string> {
  for (const t of tasks) {
    yield* t.leadUnits;
    yield* t.supportUnits;
  }
}

export function unitRegistry(ds: Dataset, edits: readonly UnitEditRow[]): UnitRegistry {
  return buildRegistry(unitNames(ds.tasks), activeEdits(edits));
}

export interface CanonicalDataset {
  dataset: Dataset;
  /** task id → its units as the document writes them (only tasks whose names were changed) */
  written: Map<string, Pick<TaskRow, 'leadUnits' | 'supportUnits'>>;
}

/** The dataset with every unit name replaced by its canonical name (a task names a unit once). */
export function canonicalDataset(ds: Dataset, registry: UnitRegistry): CanonicalDataset {
  // a few thousand distinct names written some 300,000 times at 1,000 documents: each looked up once
  const known = new Map<string, string>();
  const name = (u: string) => {
    let c = known.get(u);
    if (c === undefined) known.set(u, (c = canonicalName(registry, u)));
    return c;
  };
  /** The list with canonical names, each once; the very same array when that changes nothing. */
  const names = (us: string[]): string[] => {
    // (lists are short: a pairwise look for repeats is cheaper than a Set for each of them)
    for (let i = 0; i < us.length; i++) {
      const u = us[i] as string;
      if (name(u) !== u || us.indexOf(u) !== i) return Array.from(new Set(us.map(name)));
    }
    return us;
  };
  // Only tasks whose names change are copied (and remembered as written): at 1,000 documents a copy of
  // every task was ≈ 100 ms and as much garbage on each open.
  const written = new Map<string, Pick<TaskRow, 'leadUnits' | 'supportUnits'>>();
  const tasks = ds.tasks.map((t) => {
    const leadUnits = names(t.leadUnits);
    const supportUnits = names(t.supportUnits);
    let groups = t.groups;
    for (const [i, g] of t.groups.entries()) {
      const gl = names(g.leadUnits);
      const gs = names(g.supportUnits);
      if (gl === g.leadUnits && gs === g.supportUnits) continue;
      if (groups === t.groups) groups = [...t.groups];
      groups[i] = { ...g, leadUnits: gl, supportUnits: gs };
    }
    if (leadUnits === t.leadUnits && supportUnits === t.supportUnits && groups === t.groups) return t;
    written.set(t.id, { leadUnits: t.leadUnits, supportUnits: t.supportUnits });
    return { ...t, leadUnits, supportUnits, groups };
  });
  return { dataset: { ...ds, tasks }, written };
}

/** A unit filter written before names were merged (or in a bookmark) means the unit it now belongs to. */
export function canonicalFilters(f: Filters, registry: UnitRegistry): Filters {
  if (f.units.length === 0) return f;
  const units = Array.from(new Set(f.units.map((u) => canonicalName(registry, u))));
  return units.every((u, i) => u === f.units[i]) && units.length === f.units.length ? f : { ...f, units };
}

/** Hover text for a canonical unit: the names the documents write for it, and its aliases. */
export function unitTitle(registry: UnitRegistry, canonical: string): string {
  const written = registry.writtenOf.get(canonical) ?? [];
  const aliases = registry.aliasesOf.get(canonical) ?? [];
  const parts: string[] = [];
  const others = written.filter((w) => w !== canonical);
  if (others.length > 0) parts.push(`文件中写作：${others.join('、')}`);
  if (aliases.length > 0) parts.push(`又称：${aliases.join('、')}`);
  return parts.join('；');
}
