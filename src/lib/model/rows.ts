// What the database stores and the UI reads: the parser's items with global ids and their document's
// year and place copied onto them (so rows can be indexed and filtered without a join).
import { z } from 'zod';
import { Achievement, DocumentMeta, Section, Target, Task } from './document';
import { Timestamp } from './fields';

export const DocumentSource = z.enum(['bundled', 'imported']);
export type DocumentSource = z.infer<typeof DocumentSource>;

/** A document as the dashboard reads it: everything but its source text (stored apart, see db/schema.ts
 * v6). The normalized text is there: the outcomes matcher and the ledger's rules read it. */
export const DocumentInfo = z.object({
  /** Content hash of the source text (see model/hash.ts): the same text always gets the same id … */
  id: z.string(),
  /** … unless the user chose "keep both" on a duplicate import, then a suffix makes it unique. */
  contentHash: z.string(),
  source: DocumentSource,
  /** ISO timestamp */
  importedAt: Timestamp,
  parserVersion: z.string(),
  /** Bundled seeds can be hidden (and restored); imported documents are deleted instead. */
  hidden: z.boolean(),
  /** The normalized text the spans refer to. */
  text: z.string(),
  meta: DocumentMeta,
  warnings: z.array(z.string()),
  counts: z.object({
    sections: z.number().int(),
    tasks: z.number().int(),
    targets: z.number().int(),
    achievements: z.number().int(),
  }),
  /** Set anew by every write of the document's rows: a reader that cached them knows they changed. */
  rev: z.string().optional(),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

/** A document's row in the documents table: everything but its texts (schema v8 moved the normalized
 * text out too: it made reading the documents at a thousand of them six times slower). The dashboard's
 * documents get their text from the document's row pack (db/repository/packs.ts). */
export const DocumentHead = DocumentInfo.omit({ text: true });
export type DocumentHead = z.infer<typeof DocumentHead>;

/** The text of a document as the user gave it, kept so it can be re-parsed and backed up. */
export const DocumentTexts = z.object({
  /** The raw source text, kept so the document can be re-parsed when the parser improves. */
  sourceText: z.string(),
});
export type DocumentTexts = z.infer<typeof DocumentTexts>;

/** A whole document: what an import writes and a backup holds. */
export const DocumentRow = DocumentInfo.extend(DocumentTexts.shape);
export type DocumentRow = z.infer<typeof DocumentRow>;

/** The row of the documentTexts table (schema v10): the source text, absent when it is the normalized
 * text (which lives in the document's row pack). Rows of v6–v9 also held `text`. */
export interface DocumentTextRow {
  id: string;
  sourceText?: string;
}

const rowKeys = {
  /** `${docId}/${localId}` */
  id: z.string(),
  /** The id the parser gave the item inside its document. */
  localId: z.string(),
  docId: z.string(),
  /** The document's year and place, copied for indexing and filtering. */
  year: z.number().int().nullable(),
  jurisdiction: z.string().nullable(),
};

/** parentId / sectionId / taskId in rows are global ids too. */
export const SectionRow = Section.extend(rowKeys);
export type SectionRow = z.infer<typeof SectionRow>;
export const TaskRow = Task.extend(rowKeys);
export type TaskRow = z.infer<typeof TaskRow>;
export const TargetRow = Target.extend(rowKeys);
export type TargetRow = z.infer<typeof TargetRow>;
export const AchievementRow = Achievement.extend({
  ...rowKeys,
  /**
   * The year the figure was achieved in (Achievement.year, 2024 in a 2025 report's 回眸2024): `year`
   * above is the document's year, so the parser's year is kept here. Optional for rows stored before.
   */
  achievedYear: z.number().int().nullable().optional(),
});
export type AchievementRow = z.infer<typeof AchievementRow>;

/** Everything the dashboard shows: visible documents and their rows. */
export interface Dataset {
  documents: DocumentInfo[];
  sections: SectionRow[];
  tasks: TaskRow[];
  targets: TargetRow[];
  achievements: AchievementRow[];
}

/** Small facts about the store itself (lastChangeAt, lastBackupAt), by key. */
export interface MetaRow {
  key: string;
  value: unknown;
}
