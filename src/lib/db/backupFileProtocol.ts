// Messages between the page and the backup-file worker.
import type { JsonPiece } from './jsonPieces';

export interface BackupFileRequest {
  source: Blob | string;
}

export type BackupFileResponse =
  | { type: 'skeleton'; skeleton: unknown; pieces: number }
  | { type: 'piece'; piece: JsonPiece }
  | { type: 'end' }
  | { type: 'error'; code: 'unreadable' | 'not-json'; message: string };
