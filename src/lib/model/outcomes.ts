// What the user decides about outcomes, stored apart from the parsed rows so a re-parse never touches
// it: a decision per target (confirm, correct or unlink the pairing the matcher proposed), and the
// merges and splits of unit names. model/outcomeKeys.ts says how a decision finds its target again.
import { z } from 'zod';
import { Timestamp } from './fields';

export const PairDecisionKind = z.enum(['confirm', 'correct', 'unlink']);
export type PairDecisionKind = z.infer<typeof PairDecisionKind>;

/** The achievement a decision points at, by its document and a key that survives a re-parse. */
export const AchievementRef = z.object({
  docId: z.string(),
  /** `${docId}#ach:${hash of text, value and unit}` (model/outcomeKeys.ts) */
  key: z.string(),
  /** The achievement's words when the decision was made, to show even if it is gone. */
  text: z.string(),
});
export type AchievementRef = z.infer<typeof AchievementRef>;

export const OutcomeDecisionRow = z.object({
  /** `${docId}#target:${hash of text, value and unit}` (model/outcomeKeys.ts) */
  key: z.string(),
  /** The target's document. */
  docId: z.string(),
  /** The target's words when the decision was made. */
  targetText: z.string(),
  /** null: back to the matcher's proposal (kept as a row so the newer choice wins on restore). */
  decision: PairDecisionKind.nullable(),
  /** confirm / correct: the achievement; unlink: null. */
  achievement: AchievementRef.nullable(),
  /** ISO timestamp */
  updatedAt: Timestamp,
});
export type OutcomeDecisionRow = z.infer<typeof OutcomeDecisionRow>;

export const UnitEditRow = z.object({
  /** Unique id (time-based); edits apply in `createdAt` order. */
  id: z.string(),
  kind: z.enum(['merge', 'split']),
  /** merge: every name of this unit … */
  from: z.string(),
  /** … joins this unit; split: '' */
  into: z.string(),
  /** ISO timestamp of the edit */
  createdAt: Timestamp,
  /** false once undone (kept so an undo survives restoring an older backup) */
  active: z.boolean(),
  /** ISO timestamp */
  updatedAt: Timestamp,
});
export type UnitEditRow = z.infer<typeof UnitEditRow>;
