// Messages between the page and the backup-file worker.
import type { JsonPiece } from './jsonPieces';

export interface BackupFileRequest {
  source: Blob | string;
}

export type BackupFileResponse =
  /** The worker runs: a failure from now on is the file's, not a worker that could not start. */
  | { type: 'started' }
  | { type: 'skeleton'; skeleton: unknown; pieces: number }
  | { type: 'piece'; piece: JsonPiece }
  | { type: 'end' }
  /** `reason`: the sentence shown to the user (db/messages.ts). */
  | { type: 'error'; reason: string };
