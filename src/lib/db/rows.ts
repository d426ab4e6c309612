// ParsedDocument → the rows the database stores: global ids `${docId}/${localId}`, references
// (parentId, sectionId, taskId) remapped to global ids, the document's year and place copied onto
// every item so the tables can be indexed and filtered without a join. Pure.
import type { ParsedDocument } from '../model/document';
import type { AchievementRow, DocumentRow, DocumentSource, SectionRow, TargetRow, TaskRow } from '../model/rows';
import { contentHash } from '../model/hash';

export interface DocumentRows {
  document: DocumentRow;
  sections: SectionRow[];
  tasks: TaskRow[];
  targets: TargetRow[];
  achievements: AchievementRow[];
}

export interface RowOptions {
  docId: string;
  source: DocumentSource;
  /** The raw text as the user gave it (before normalization). */
  sourceText: string;
  fileName: string | null;
  /** ISO timestamp */
  importedAt: string;
  hidden?: boolean;
}

export function globalId(docId: string, localId: string): string {
  return `${docId}/${localId}`;
}

export function toRows(parsed: ParsedDocument, o: RowOptions): DocumentRows {
  const { docId } = o;
  const gid = (local: string | null): string | null => (local === null ? null : globalId(docId, local));
  const keys = (localId: string) => ({
    id: globalId(docId, localId),
    localId,
    docId,
    year: parsed.document.year,
    jurisdiction: parsed.document.jurisdiction,
  });
  const document: DocumentRow = {
    id: docId,
    contentHash: contentHash(o.sourceText),
    source: o.source,
    importedAt: o.importedAt,
    parserVersion: parsed.parserVersion,
    hidden: o.hidden ?? false,
    sourceText: o.sourceText,
    text: parsed.text,
    meta: { ...parsed.document, fileName: o.fileName ?? parsed.document.fileName },
    warnings: parsed.warnings,
    counts: {
      sections: parsed.sections.length,
      tasks: parsed.tasks.length,
      targets: parsed.targets.length,
      achievements: parsed.achievements.length,
    },
  };
  return {
    document,
    sections: parsed.sections.map((s) => ({ ...s, ...keys(s.id), parentId: gid(s.parentId) })),
    tasks: parsed.tasks.map((t) => ({ ...t, ...keys(t.id), sectionId: gid(t.sectionId) })),
    targets: parsed.targets.map((t) => ({ ...t, ...keys(t.id), sectionId: gid(t.sectionId), taskId: gid(t.taskId) })),
    // keys() puts the document's year in `year`; the year the figure was achieved in stays in achievedYear.
    achievements: parsed.achievements.map((a) => ({ ...a, ...keys(a.id), achievedYear: a.year, sectionId: gid(a.sectionId) })),
  };
}
