// Gold of the notice corpus (tests/fixtures/notices/gold/NAME.json, see that folder's SCHEMA.md):
// what each notice says, written with the notice in scripts/notices/source.ts, never read by the parser.
import { z } from 'zod';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const NoticeGoldTask = z.object({
  /** The number as printed (1, 一), null for an unnumbered paragraph. */
  no: z.string().nullable(),
  /** The first ~12 characters of the task text, to match a parsed task. */
  prefix: z.string().min(2),
  leaders: z.array(z.string()),
  /** Full unit names (市经信局 for 经信局 printed under a 市 prefix list). */
  leadUnits: z.array(z.string()),
  supportUnits: z.array(z.string()),
  deadline: z.object({ text: z.string(), date: Day.nullable() }).nullable(),
});
export type NoticeGoldTask = z.infer<typeof NoticeGoldTask>;

export const NoticeGold = z.object({
  name: z.string(),
  kind: z.literal('notice'),
  /** The issuer's jurisdiction, full name with its suffix as the parser names places. */
  place: z.string(),
  /** The plan year. */
  year: z.number().int(),
  /** How the tasks carry their responsibility (MANIFEST.tsv's form). */
  form: z.string(),
  docNumber: z.string(),
  issuedOn: Day,
  /** Reporting rules of the letter: the date words as printed, a date for a single day, null for a recurring one. */
  reporting: z.array(z.object({ text: z.string(), date: Day.nullable() })),
  tasks: z.array(NoticeGoldTask).min(1),
});
export type NoticeGold = z.infer<typeof NoticeGold>;
