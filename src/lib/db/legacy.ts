// Rows of earlier versions turned into today's: the status and note a task carried before the ledger
// (schema v2–v3 annotations, and backups written then) become the first entry of its history. Pure.
import type { AnnotationRow } from '../model/annotations';
import { ProgressEntry } from '../model/ledger';
import { beijingDayOf } from '../time/clock';

const VALID_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Nothing is lost: key, document, task number and text, status, note and time carry over; the note
 * stays the note; a task marked 已完成 is 销号 on the day it was marked, with its note (or a line
 * saying where it came from) as the basis. The id is derived from the key, so converting the same
 * annotation twice (upgrade, then restoring an old backup) gives the same row.
 */
export function entryFromAnnotation(a: AnnotationRow): ProgressEntry | null {
  if (a.status === null && a.note.trim() === '') return null;
  const day = beijingDayOf(a.updatedAt);
  const reportedOn = VALID_DAY.test(day) ? day : '1970-01-01';
  const parsed = ProgressEntry.safeParse({
    id: `annotation:${a.key}`,
    key: a.key,
    docId: a.docId,
    taskNo: a.taskNo,
    taskText: a.taskText,
    period: null,
    reportedOn,
    status: a.status,
    note: a.note,
    evidence: '',
    unit: '',
    completion: a.status === '已完成' ? { date: reportedOn, basis: a.note.trim() || '升级前已标为已完成' } : null,
    source: 'annotation',
    createdAt: a.updatedAt,
    updatedAt: a.updatedAt,
  });
  return parsed.success ? parsed.data : null;
}
