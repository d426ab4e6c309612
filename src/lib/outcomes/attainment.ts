// Promise → outcome for the dashboard: every quantitative target of a document set against the
// figures a later document of the same place reports for that year (match.ts), with the
// user's decisions applied (confirm / correct / unlink, found again by key after a re-parse).
// Computed once per data or decision change; the view filters the pairs by the shared scope.
import { achievementKey, targetKey } from '../model/outcomeKeys';
import type { OutcomeDecisionRow, PairDecisionKind } from '../model/outcomes';
import type { AchievementRow, Dataset, DocumentInfo, TargetRow } from '../model/rows';
import { isEstimate } from './context';
import { achievementInputs, targetInputs } from './documents';
import { judgePair, matchOutcomes } from './match';
import { STATUS_LABELS, type Status } from './status';
import { targetPlace } from '../analysis/places';
import type { Scope } from '../analysis/scope';
import { runAll, type Sliced } from '../time/slices';

export { STATUS_LABELS, type Status };
export const STATUSES: readonly Status[] = ['exceeded', 'met', 'missed', 'not-reported'];

export interface AttainmentPair {
  target: TargetRow;
  /** The figures behind the status, the deciding one first (two for 基本养老、医保参保率). */
  achievements: AchievementRow[];
  status: Status;
  /** What the matcher alone said (before the user's decision). */
  autoStatus: Status;
  autoAchievementIds: string[];
  /** 0–1; 1 for a pair the user confirmed or corrected. */
  confidence: number;
  /** Some figure behind the status is an estimate (预计). */
  estimate: boolean;
  decision: PairDecisionKind | null;
  /** Why there is no figure, or why a chosen one cannot be judged. */
  note: string | null;
}

export interface DocumentAttainment {
  docId: string;
  /** The plan year of the targets. */
  year: number;
  /** The documents whose review reports that year for the same place. */
  reviewDocIds: string[];
}

export interface Attainment {
  /** Still being worked out (a large dataset is matched in slices after the first charts). */
  pending?: boolean;
  pairs: AttainmentPair[];
  documents: DocumentAttainment[];
  /** Target documents with quantitative targets and no review of their year yet. */
  awaiting: string[];
  /** Review achievements per target document, for the user's corrections. */
  candidates: Map<string, AchievementRow[]>;
}

export const EMPTY_ATTAINMENT: Attainment = { pairs: [], documents: [], awaiting: [], candidates: new Map() };
export const PENDING_ATTAINMENT: Attainment = { ...EMPTY_ATTAINMENT, pending: true };

/** null: a figure of several years (五年来…), which no one year's target is held against; rows stored
 * by versions that had no achievedYear mean the year before the report's. */
function achievedYear(a: AchievementRow): number | null {
  if (a.achievedYear !== undefined) return a.achievedYear;
  return a.year !== null ? a.year - 1 : null;
}

export function computeAttainment(all: Dataset, decisions: readonly OutcomeDecisionRow[]): Attainment {
  return runAll(attainmentWork(all, decisions));
}

/** computeAttainment as work that yields its progress after each target document (time/slices.ts):
 * ≈ 1 s at 1,000 documents, which must not hold the page. */
export function* attainmentWork(all: Dataset, decisions: readonly OutcomeDecisionRow[]): Sliced<Attainment> {
  const decisionOf = new Map(decisions.map((d) => [d.key, d]));
  const byDoc = <T extends { docId: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) {
      const list = m.get(r.docId);
      if (list) list.push(r);
      else m.set(r.docId, [r]);
    }
    return m;
  };
  const targetsOf = byDoc(all.targets);
  const achievementsOf = byDoc(all.achievements);

  // The documents of each place and the years each one reviews, found once: looking them up per
  // target document keeps the whole linear in documents (a scan per document was 1.2 s at 1,000).
  const docsOfPlace = new Map<string, DocumentInfo[]>();
  for (const d of all.documents) {
    const p = d.meta.jurisdiction;
    if (!p) continue;
    const list = docsOfPlace.get(p);
    if (list) list.push(d);
    else docsOfPlace.set(p, [d]);
  }
  const reviewedYears = new Map<string, Set<number | null>>();
  for (const [id, list] of achievementsOf) reviewedYears.set(id, new Set(list.map(achievedYear)));

  const out: Attainment = { pairs: [], documents: [], awaiting: [], candidates: new Map() };
  for (const [i, doc] of all.documents.entries()) {
    if (i > 0) yield i / all.documents.length;
    const targets = (targetsOf.get(doc.id) ?? []).filter((t) => t.value !== null);
    const year = doc.meta.year;
    const place = targetPlace(doc.meta);
    if (targets.length === 0 || year === null || place === null) continue;
    const reviews: DocumentInfo[] = (docsOfPlace.get(place) ?? []).filter((r) => r.id !== doc.id && reviewedYears.get(r.id)?.has(year));
    if (reviews.length === 0) {
      out.awaiting.push(doc.id);
      continue;
    }
    out.documents.push({ docId: doc.id, year, reviewDocIds: reviews.map((r) => r.id) });
    const achievements = reviews.flatMap((r) => (achievementsOf.get(r.id) ?? []).filter((a) => achievedYear(a) === year && a.value !== null));
    out.candidates.set(doc.id, achievements);
    const inputs = reviews.flatMap((r) =>
      achievementInputs({ text: r.text, meta: r.meta, achievements: (achievementsOf.get(r.id) ?? []).filter((a) => achievedYear(a) === year) }).map((a) => ({ ...a, year })),
    );
    const tInputs = targetInputs({ text: doc.text, meta: doc.meta, targets }).map((t) => ({ ...t, year }));
    const matches = matchOutcomes(tInputs, inputs);
    const achById = new Map(achievements.map((a) => [a.id, a]));
    const achByKey = new Map(achievements.map((a) => [achievementKey(a), a]));
    const inputById = new Map(inputs.map((a) => [a.id, a]));
    const targetById = new Map(targets.map((t) => [t.id, t]));
    for (const m of matches) {
      const target = targetById.get(m.targetId);
      if (!target) continue;
      const auto = m.achievementIds.map((id) => achById.get(id)).filter((a): a is AchievementRow => !!a);
      const pair: AttainmentPair = {
        target,
        achievements: auto,
        status: m.status,
        autoStatus: m.status,
        autoAchievementIds: m.achievementIds,
        confidence: m.confidence,
        estimate: m.estimate,
        decision: null,
        note: m.note,
      };
      const d = decisionOf.get(targetKey(target));
      if (d?.decision === 'unlink') {
        Object.assign(pair, { achievements: [], status: 'not-reported', confidence: 1, estimate: false, decision: 'unlink', note: '已由用户取消配对' });
      } else if (d && d.decision && d.achievement) {
        const chosen = achByKey.get(d.achievement.key);
        if (chosen) {
          const status = judgePair(target, chosen);
          Object.assign(pair, {
            achievements: [chosen],
            status: status ?? 'not-reported',
            confidence: 1,
            estimate: isEstimate(chosen, inputById.get(chosen.id)?.lead),
            decision: d.decision,
            note: status ? null : '目标与成绩的单位不可比，请人工判断',
          });
        } else {
          pair.note = `用户选定的成绩（${d.achievement.text}）在重新解析后未找到，暂按自动配对显示`;
        }
      }
      out.pairs.push(pair);
    }
  }
  return out;
}

/** The pairs whose target is in the filtered scope (a leader or unit filter keeps its tasks' targets). */
export function pairsInScope(at: Attainment, sc: Scope): AttainmentPair[] {
  // asked by the chart and the table for the same scope: worked out once
  let byScope = pairsOf.get(at);
  if (!byScope) pairsOf.set(at, (byScope = new WeakMap()));
  let pairs = byScope.get(sc);
  if (!pairs) {
    const ids = new Set(sc.ds.targets.map((t) => t.id));
    byScope.set(sc, (pairs = at.pairs.filter((p) => ids.has(p.target.id))));
  }
  return pairs;
}
const pairsOf = new WeakMap<Attainment, WeakMap<Scope, AttainmentPair[]>>();

export interface AttainmentCounts {
  docId: string;
  counts: Record<Status, number>;
  total: number;
}

/** Per target document, how many targets were exceeded / met / missed / not reported. */
export function attainmentCounts(pairs: readonly AttainmentPair[]): AttainmentCounts[] {
  const m = new Map<string, AttainmentCounts>();
  for (const p of pairs) {
    const row = m.get(p.target.docId) ?? { docId: p.target.docId, counts: { exceeded: 0, met: 0, missed: 0, 'not-reported': 0 }, total: 0 };
    row.counts[p.status]++;
    row.total++;
    m.set(p.target.docId, row);
  }
  return [...m.values()];
}
