// How an annotation (model/annotations.ts) finds its task. Keyed so it survives a re-parse of the
// document (a new parser gives tasks new local ids): by the task number as printed when that number is
// unique in its document, otherwise by a hash of the task's text.
import type { AnnotationRow } from './annotations';
import { contentHash } from './hash';

export interface TaskIdentity {
  id: string;
  docId: string;
  no: string | null;
  text: string;
}

/** Keys for every task of one document (the uniqueness of `no` is judged within the list given). */
export function annotationKeys(docTasks: readonly TaskIdentity[]): Map<string, string> {
  const uses = new Map<string, number>();
  for (const t of docTasks) if (t.no !== null) uses.set(t.no, (uses.get(t.no) ?? 0) + 1);
  const keys = new Map<string, string>();
  for (const t of docTasks) {
    keys.set(t.id, t.no !== null && uses.get(t.no) === 1 ? `${t.docId}#no:${t.no}` : `${t.docId}#text:${contentHash(t.text)}`);
  }
  return keys;
}

/** Annotations by global task id. Pass every task of each document (the unfiltered Dataset), not a
 * filtered subset: whether a number is unique is judged within the list. */
export function annotationsByTask(tasks: readonly TaskIdentity[], annotations: readonly AnnotationRow[]): Map<string, AnnotationRow> {
  const byKey = new Map(annotations.map((a) => [a.key, a]));
  // only the documents something was written on: a key needs a hash of the task's text
  const noted = new Set(annotations.map((a) => a.docId));
  const byDoc = new Map<string, TaskIdentity[]>();
  for (const t of tasks) {
    if (!noted.has(t.docId)) continue;
    const list = byDoc.get(t.docId);
    if (list) list.push(t);
    else byDoc.set(t.docId, [t]);
  }
  const out = new Map<string, AnnotationRow>();
  for (const list of byDoc.values()) {
    for (const [taskId, key] of annotationKeys(list)) {
      const a = byKey.get(key);
      if (a) out.set(taskId, a);
    }
  }
  return out;
}
