// The user's correction of a document's place and year (the parser read them from the body, or got them
// wrong). Kept in a user table by document id: a re-parse or a re-import of the same text applies it again.
import { z } from 'zod';
import { JurisdictionLevel } from './document';
import { Timestamp } from './fields';

export const PlaceCorrectionRow = z.object({
  /** the document's id (one correction per document) */
  id: z.string(),
  docId: z.string(),
  /** the place as the user set it (a full name, 某某市), null when the place was not corrected */
  jurisdiction: z.string().min(1).max(60).nullable(),
  jurisdictionLevel: JurisdictionLevel.nullable(),
  /** the plan year as the user set it, null when the year was not corrected */
  year: z.number().int().min(1949).max(2100).nullable(),
  updatedAt: Timestamp,
});
export type PlaceCorrectionRow = z.infer<typeof PlaceCorrectionRow>;

/** What a correction sets: a field left null keeps the parsed value. */
export type PlaceCorrection = Pick<PlaceCorrectionRow, 'jurisdiction' | 'jurisdictionLevel' | 'year'>;
