// Matching two documents: the targets of one (a report or a notice decomposing it) against the
// achievements of another (the next year's report). Adds the words around each figure and the
// places whose targets and figures they are.
import { targetPlace } from '../analysis/places';
import type { Achievement, DocumentMeta, Span, Target } from '../model/document';
import { leadUpTo, sentenceBounds, surroundings } from './context';
import { measureOf } from './measure';
import { tidy } from './metric';
import { matchOutcomes, type AchievementInput, type MatchOptions, type OutcomeMatch, type TargetInput } from './match';

export { targetPlace };

export interface TargetDocument {
  text: string;
  meta: Pick<DocumentMeta, 'kind' | 'jurisdiction' | 'reportOf'>;
  targets: Array<Omit<Target, 'scope' | 'taskId' | 'sectionId'> & { span: Span }>;
}

export interface ReviewDocument {
  text: string;
  meta: Pick<DocumentMeta, 'jurisdiction'>;
  achievements: Array<Omit<Achievement, 'sectionId'> & { span: Span; estimate?: boolean }>;
}

interface Figure {
  metric: string;
  verb: string | null;
  unit: string | null;
  text: string;
  span: Span;
}

/** Sums that belong to the things just counted: 项目26个，总投资112亿元. */
const SUM_OF_COUNTED = /^(?:总投资|投资总额|计划总投资|总金额|合同金额|总额)$/;

/**
 * A sum printed after a count is the sum of the things counted (744个重大项目，总投资4805亿元).
 * A figure printed without its metric (新登记企业1.6万户，增长52%) is about the figure before it in
 * the same sentence; the parser passes the bare metric on (企业), the words before it say which.
 */
export function inheritedMetrics(text: string, figures: Figure[]): string[] {
  const order = figures.map((f, i) => ({ f, i })).sort((a, b) => a.f.span.start - b.f.span.start);
  const out = figures.map((f) => f.metric);
  for (let k = 1; k < order.length; k++) {
    const { f, i } = order[k] as { f: Figure; i: number };
    const prev = (order[k - 1] as { f: Figure }).f;
    if (sentenceBounds(text, prev.span).start !== sentenceBounds(text, f.span).start) continue;
    if (SUM_OF_COUNTED.test(tidy(f.metric)) && measureOf(prev.unit)?.dimension === 'count' && !SUM_OF_COUNTED.test(tidy(prev.metric))) {
      out[i] = `${prev.metric}${tidy(f.metric)}`;
      continue;
    }
    if (tidy(f.text).includes(tidy(f.metric)) || prev.metric !== f.metric) continue;
    const named = prev.verb ? `${prev.verb}${prev.metric}` : prev.metric;
    out[i] = tidy(prev.text).includes(tidy(named)) ? named : prev.metric;
  }
  return out;
}

export function targetInputs(doc: TargetDocument): TargetInput[] {
  const around = surroundings(
    doc.text,
    doc.targets.map((t) => t.span),
  );
  const metrics = inheritedMetrics(doc.text, doc.targets);
  return doc.targets.map((t, i) => ({ ...t, metric: metrics[i] ?? t.metric, context: around[i] }));
}

export function achievementInputs(doc: ReviewDocument): AchievementInput[] {
  const around = surroundings(
    doc.text,
    doc.achievements.map((a) => a.span),
  );
  const metrics = inheritedMetrics(doc.text, doc.achievements);
  return doc.achievements.map((a, i) => ({ ...a, metric: metrics[i] ?? a.metric, context: around[i], lead: leadUpTo(doc.text, a.span) }));
}

export function matchDocuments(targets: TargetDocument, review: ReviewDocument, options: Omit<MatchOptions, 'targetPlace' | 'achievementPlace'> = {}): OutcomeMatch[] {
  return matchOutcomes(targetInputs(targets), achievementInputs(review), {
    ...options,
    targetPlace: targetPlace(targets.meta),
    achievementPlace: review.meta.jurisdiction,
  });
}
