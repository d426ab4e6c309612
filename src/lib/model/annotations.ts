// What the user writes about a task: a status and a note, stored apart from the parsed rows so a
// re-parse never touches it (model/annotationKeys.ts says how a row finds its task again).
import { z } from 'zod';
import { boundedText, NOTE_MAX, Timestamp } from './fields';

export const TaskStatus = z.enum(['未开始', '推进中', '已完成', '滞后']);
export type TaskStatus = z.infer<typeof TaskStatus>;
export const TASK_STATUSES = TaskStatus.options;

export const AnnotationRow = z.object({
  /** `${docId}#no:${taskNo}` when the number is unique in its document, else `${docId}#text:${hash}` */
  key: z.string(),
  docId: z.string(),
  taskNo: z.string().nullable(),
  /** The task's text when the note was written: shows what a note was about even if the task is gone. */
  taskText: z.string(),
  status: TaskStatus.nullable(),
  note: boundedText(NOTE_MAX),
  /** ISO timestamp */
  updatedAt: Timestamp,
});
export type AnnotationRow = z.infer<typeof AnnotationRow>;
