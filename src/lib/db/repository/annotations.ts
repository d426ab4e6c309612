// The user's status and note per task: written one at a time, read (and read live) for the task list.
import { liveQuery, type Observable } from 'dexie';
import { AnnotationRow, type TaskStatus } from '../../model/annotations';
import { nowIso } from '../../time/clock';
import { annotationKeys } from '../annotations';
import { MSG } from '../messages';
import { writeFailure, type WriteFailure } from './errors';
import { validRows } from './reads';
import { dbOf, lostFailure, type Store } from './store';
import { markChanged } from './writes';

export interface AnnotationPatch {
  status?: TaskStatus | null;
  note?: string;
}

export type AnnotationOutcome = { ok: true; annotation: AnnotationRow | null } | { ok: false; code: 'not-found'; reason: string } | WriteFailure;

/** Sets a task's status and/or note. An annotation left with no status and an empty note is removed
 * (the outcome's annotation is then null). */
export async function setAnnotation(store: Store, taskId: string, patch: AnnotationPatch, now: () => string = nowIso): Promise<AnnotationOutcome> {
  const lost = lostFailure(store);
  if (lost) return lost;
  const db = dbOf(store);
  try {
    return await db.transaction('rw', [db.tasks, db.annotations, db.meta], async (): Promise<AnnotationOutcome> => {
      const task = await db.tasks.get(taskId);
      if (!task) return { ok: false, code: 'not-found', reason: MSG.notFound };
      const docTasks = await db.tasks.where('docId').equals(task.docId).toArray();
      const key = annotationKeys(docTasks).get(taskId) ?? `${task.docId}#id:${task.localId}`;
      const old = await db.annotations.get(key);
      const at = now();
      const next: AnnotationRow = {
        key, docId: task.docId, taskNo: task.no, taskText: task.text,
        status: patch.status !== undefined ? patch.status : (old?.status ?? null),
        note: patch.note !== undefined ? patch.note : (old?.note ?? ''),
        updatedAt: at,
      };
      const empty = next.status === null && next.note.trim() === '';
      if (empty) await db.annotations.delete(key);
      else await db.annotations.put(next);
      await markChanged(db, at);
      return { ok: true, annotation: empty ? null : next };
    });
  } catch (e) {
    return lostFailure(store) ?? writeFailure(e);
  }
}

/** Annotations (of one document, or all), corrupt ones skipped. Match them to tasks with
 * annotationsByTask (db/annotations.ts). */
export async function getAnnotations(store: Store, docId?: string): Promise<AnnotationRow[]> {
  const t = dbOf(store).annotations;
  const rows = docId === undefined ? await t.toArray() : await t.where('docId').equals(docId).toArray();
  return validRows(rows, AnnotationRow, 'annotations', []);
}

export function liveAnnotations(store: Store): Observable<AnnotationRow[]> {
  return liveQuery(() => getAnnotations(store));
}
