// Who carries the tasks: leaders (alone or shared), lead and supporting units, the leader → lead unit
// flows and the leader × sector load.
import type { TaskRow } from '../model/rows';
import { isCollectiveUnit } from './collective';
import { increment, ranked, unique } from './count';
import type { Scope } from './scope';
import { SECTORS, sectionsById, sectorOfTask, type Sector } from './sectors';
import { compareZh } from '../text/collate';

export interface LeaderLoad {
  name: string;
  sole: number;
  shared: number;
  total: number;
}

/** Tasks per leader: as the only leader named, or together with others. */
export function leaderLoad(sc: Scope): LeaderLoad[] {
  const sole = new Map<string, number>();
  const shared = new Map<string, number>();
  for (const t of sc.ds.tasks) {
    const leaders = unique(t.leaders);
    for (const l of leaders) increment(leaders.length === 1 ? sole : shared, l);
  }
  const names = unique([...sole.keys(), ...shared.keys()]);
  return names
    .map((name) => {
      const s = sole.get(name) ?? 0,
        h = shared.get(name) ?? 0;
      return { name, sole: s, shared: h, total: s + h };
    })
    .sort((a, b) => b.total - a.total || b.sole - a.sole || compareZh(a.name, b.name));
}

export interface UnitLoad {
  /** the busiest named units */
  top: Array<{ name: string; count: number }>;
  /** named units beyond the top N, and the tasks they carry between them (a task may count for several) */
  restUnits: number;
  /** collective placeholders (各县市区政府 …), counted apart */
  collective: Array<{ name: string; count: number }>;
}

/** Tasks per lead unit or per supporting unit; a task counts once per unit. */
export function unitLoad(sc: Scope, role: 'lead' | 'support', topN = 15): UnitLoad {
  const named = new Map<string, number>();
  const collective = new Map<string, number>();
  for (const t of sc.ds.tasks) {
    for (const u of unique(role === 'lead' ? t.leadUnits : t.supportUnits)) increment(isCollectiveUnit(u) ? collective : named, u);
  }
  const all = ranked(named);
  return { top: all.slice(0, topN), restUnits: Math.max(0, all.length - topN), collective: ranked(collective) };
}

/** (leader, lead unit) pairs of a task, from each responsibility group when the task has several. */
function leaderUnitPairs(t: TaskRow): Array<[string, string]> {
  const groups = t.groups.length > 0 ? t.groups : [{ leaders: t.leaders, leadUnits: t.leadUnits }];
  const seen = new Set<string>();
  const out: Array<[string, string]> = [];
  for (const g of groups) {
    for (const l of g.leaders)
      for (const u of g.leadUnits) {
        const k = `${l}\u0000${u}`;
        if (!seen.has(k)) {
          seen.add(k);
          out.push([l, u]);
        }
      }
  }
  return out;
}

export interface Flows {
  leaders: string[];
  units: string[];
  /** tasks linking a leader to a lead unit; units outside the top N fold into OTHER_UNITS */
  links: Array<{ leader: string; unit: string; count: number }>;
  /** leaders beyond the top N, not drawn, and their leader–unit links */
  leftOut: { leaders: number; links: number };
}

export const OTHER_UNITS = '其他牵头单位';

/**
 * Leader → lead unit links of the `topLeaders` leaders with most links (the others are left out, and
 * counted in `leftOut`); units outside the top `topUnits` of those links fold into OTHER_UNITS.
 */
export function leaderUnitFlows(sc: Scope, topUnits = 20, topLeaders = Infinity): Flows {
  const pairs = new Map<string, number>();
  const perLeader = new Map<string, number>();
  for (const t of sc.ds.tasks) {
    for (const [l, u] of leaderUnitPairs(t)) {
      increment(pairs, `${l}\u0000${u}`);
      increment(perLeader, l);
    }
  }
  const rankedLeaders = ranked(perLeader);
  const keepLeaders = new Set(rankedLeaders.slice(0, topLeaders).map((l) => l.name));
  const unitTotals = new Map<string, number>();
  for (const [k, n] of pairs) {
    const [l, u] = k.split('\u0000') as [string, string];
    if (keepLeaders.has(l)) increment(unitTotals, u, n);
  }
  const keep = new Set(
    ranked(unitTotals)
      .slice(0, topUnits)
      .map((u) => u.name),
  );
  const folded = new Map<string, number>();
  for (const [k, n] of pairs) {
    const [l, u] = k.split('\u0000') as [string, string];
    if (keepLeaders.has(l)) increment(folded, `${l}\u0000${keep.has(u) ? u : OTHER_UNITS}`, n);
  }
  const links = Array.from(folded, ([k, count]) => {
    const [leader, unit] = k.split('\u0000') as [string, string];
    return { leader, unit, count };
  }).sort((a, b) => b.count - a.count || compareZh(a.leader, b.leader) || compareZh(a.unit, b.unit));
  const leaderTotals = new Map<string, number>();
  const unitOut = new Map<string, number>();
  for (const l of links) {
    increment(leaderTotals, l.leader, l.count);
    increment(unitOut, l.unit, l.count);
  }
  const units = ranked(unitOut)
    .map((u) => u.name)
    .filter((u) => u !== OTHER_UNITS);
  if (unitOut.has(OTHER_UNITS)) units.push(OTHER_UNITS);
  const rest = rankedLeaders.slice(keepLeaders.size);
  return {
    leaders: ranked(leaderTotals).map((l) => l.name),
    units,
    links,
    leftOut: { leaders: rest.length, links: rest.reduce((n, l) => n + l.count, 0) },
  };
}

export interface LeaderSectorMatrix {
  /** the busiest leaders (all of them without a limit) */
  leaders: string[];
  sectors: Sector[];
  /** [leader index, sector index, tasks] for every non-empty cell */
  cells: Array<[number, number, number]>;
  /** leaders with tasks, shown or not */
  allLeaders: number;
  /** tasks of the leaders left out (a task shared by two of them counts twice) */
  restTasks: number;
}

/** Tasks per leader and sector, for the `topN` leaders with most tasks. */
export function leaderSector(sc: Scope, topN = Infinity): LeaderSectorMatrix {
  const byId = sectionsById(sc.all.sections);
  const cells = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const t of sc.ds.tasks) {
    const sector = sectorOfTask(t, byId);
    for (const l of unique(t.leaders)) {
      increment(cells, `${l}\u0000${sector}`);
      increment(totals, l);
    }
  }
  const everyone = ranked(totals);
  const leaders = everyone.slice(0, topN).map((l) => l.name);
  const li = new Map(leaders.map((l, i) => [l, i]));
  const shown = Array.from(cells).filter(([k]) => li.has(k.split('\u0000')[0]!));
  const sectors = SECTORS.filter((s) => shown.some(([k]) => k.endsWith(`\u0000${s}`)));
  const si = new Map(sectors.map((s, i) => [s, i]));
  const out: Array<[number, number, number]> = [];
  for (const [k, n] of shown) {
    const [l, s] = k.split('\u0000') as [string, Sector];
    out.push([li.get(l)!, si.get(s)!, n]);
  }
  out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { leaders, sectors, cells: out, allLeaders: everyone.length, restTasks: everyone.slice(leaders.length).reduce((n, l) => n + l.count, 0) };
}
