// ParsedDocument → the rows the database stores: global ids `${docId}/${localId}`, references
// (parentId, sectionId, taskId) remapped to global ids, the document's year and place copied onto
// every item so the tables can be indexed and filtered without a join. Pure.
import type { ParsedDocument } from '../model/document';
import type { AchievementRow, DocumentRow, DocumentSource, SectionRow, TargetRow, TaskRow } from '../model/rows';
import { contentHash } from '../model/hash';
import type { PlaceCorrection } from '../model/placeCorrection';

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

/** The parser's words for a place or year it could not read: gone once the user sets them. */
const NO_PLACE = '没有从文中判断出所属地区';
const NO_YEAR = '没有从文中判断出年份';

/**
 * A document's rows with the user's place and year: the document's meta (its unsure notes and their
 * warnings dropped), every item's copied year and place, and each achievement's year moved with the
 * document's (回眸2024 in a report corrected from 2025 to 2026 becomes 2025). Pure.
 */
export function correctRows(rows: DocumentRows, c: PlaceCorrection | null | undefined): DocumentRows {
  if (!c || (c.jurisdiction === null && c.year === null)) return rows;
  const meta = { ...rows.document.meta };
  const dropped: string[] = [];
  if (c.jurisdiction !== null) {
    if (meta.placeUnsure) dropped.push(meta.placeUnsure);
    delete meta.placeUnsure;
    meta.jurisdiction = c.jurisdiction;
    meta.jurisdictionLevel = c.jurisdictionLevel;
  }
  const shift = c.year !== null && meta.year !== null ? c.year - meta.year : 0;
  if (c.year !== null) {
    if (meta.yearUnsure) dropped.push(meta.yearUnsure);
    delete meta.yearUnsure;
    meta.year = c.year;
  }
  const warnings = rows.document.warnings.filter(
    (w) => !dropped.includes(w) && !(c.jurisdiction !== null && w.startsWith(NO_PLACE)) && !(c.year !== null && w.startsWith(NO_YEAR)),
  );
  const keys = { year: meta.year, jurisdiction: meta.jurisdiction };
  return {
    document: { ...rows.document, meta, warnings },
    sections: rows.sections.map((r) => ({ ...r, ...keys })),
    tasks: rows.tasks.map((r) => ({ ...r, ...keys })),
    targets: rows.targets.map((r) => ({ ...r, ...keys })),
    achievements: rows.achievements.map((r) => ({
      ...r,
      ...keys,
      ...(typeof r.achievedYear === 'number' ? { achievedYear: r.achievedYear + shift } : {}),
    })),
  };
}
