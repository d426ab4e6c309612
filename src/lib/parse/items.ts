// Layer 3b: item blocks → tasks, with their responsibility groups read and cut out of the text.
import type { DocumentKind, ResponsibilityGroup, Span, Task } from '../model/document';
import { findDeadline, parseDeadline } from './deadline';
import { SPACES, trimChars } from './lines';
import type { ItemBlock } from './outline';
import { cutSpans, findResponsibility, leaderNames, saysFirstListedLeads, splitUnits } from './responsibility';

export interface BuiltTask {
  task: Task;
  /** Spans (in the normalized text) of the responsibility parentheticals: no figures are read there. */
  cut: Span[];
  /** Where the item's own words start and end, and where its first responsibility group starts. */
  bodyStart: number;
  textEnd: number;
  firstGroupStart: number;
}

/** The responsibility cells of a table row as one group. */
function rowGroup(text: string, b: ItemBlock, year: number | null): ResponsibilityGroup | null {
  const cells = b.cells ?? [];
  if (cells.length === 0) return null;
  const g: ResponsibilityGroup = {
    subject: null,
    leaders: [],
    leadUnits: [],
    supportUnits: [],
    deadline: null,
    span: { start: (cells[0] as (typeof cells)[number]).start, end: b.end },
  };
  for (const c of cells) {
    const value = text.slice(c.start, c.end);
    if (c.role === 'deadline') g.deadline = parseDeadline(trimChars(value, SPACES), year);
    else if (c.role === 'leaders') g.leaders.push(...leaderNames(value));
    else if (c.role === 'leadUnits' || c.role === 'supportUnits') g[c.role].push(...splitUnits(value));
  }
  return g;
}

function unionInOrder(lists: string[][]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists)
    for (const x of list)
      if (!seen.has(x)) {
        seen.add(x);
        out.push(x);
      }
  return out;
}

/** Collapses the line breaks an item spans (a parenthetical on its own line) and outer spaces. */
function tidy(s: string): string {
  return s
    .split('\n')
    .map((l) => trimChars(l, SPACES))
    .join('');
}

export function buildTasks(text: string, blocks: ItemBlock[], kind: DocumentKind, year: number | null): BuiltTask[] {
  const firstListedLeads = kind === 'notice' && saysFirstListedLeads(text);
  return blocks.map((b, i) => {
    const textEnd = b.textEnd ?? b.end;
    const raw = text.slice(b.bodyStart, textEnd);
    const found = findResponsibility(raw, { year, allowUnlabeled: kind === 'notice', firstListedLeads });
    const shift = (s: Span): Span => ({ start: s.start + b.bodyStart, end: s.end + b.bodyStart });
    let groups: ResponsibilityGroup[] = found.groups.map((g) => ({ ...g, span: shift(g.span) }));
    const row = rowGroup(text, b, year);
    if (groups.length === 0 && row) groups = [row];
    if (groups.length === 0 && b.assigned) groups = [{ ...b.assigned, subject: null }];
    // 一、由某某市长牵头负责的工作: the group's leader leads every task under it that names none.
    const heading = b.groupLeaders ?? [];
    if (heading.length > 0 && !groups.some((g) => g.leaders.length > 0)) {
      if (groups.length > 0) groups = groups.map((g, k) => (k === 0 ? { ...g, leaders: [...heading] } : g));
      else groups = [{ subject: null, leaders: [...heading], leadUnits: [], supportUnits: [], deadline: null, span: { start: b.bodyStart, end: b.bodyStart } }];
    }
    const own = tidy(cutSpans(raw, found.cut));
    const deadline = groups.find((g) => g.deadline !== null)?.deadline ?? findDeadline(own, year)?.deadline ?? null;
    const task: Task = {
      id: `t${i + 1}`,
      no: b.no,
      sectionId: b.sectionId,
      category: b.category,
      text: own,
      leaders: unionInOrder(groups.map((g) => g.leaders)),
      leadUnits: unionInOrder(groups.map((g) => g.leadUnits)),
      supportUnits: unionInOrder(groups.map((g) => g.supportUnits)),
      groups,
      deadline,
      span: { start: b.start, end: b.end },
    };
    const cut = found.cut.map(shift);
    return { task, cut, bodyStart: b.bodyStart, textEnd, firstGroupStart: cut.length > 0 ? (cut[0] as Span).start : textEnd };
  });
}
