// Parses a backup file off the page's thread and sends it back in pieces (db/jsonPieces.ts).
// Bundled as an inline worker (a Blob URL) so it loads from file:// inside the single file.
import { readBackupSource } from './backupLimits';
import { splitJson } from './jsonPieces';
import type { BackupFileRequest, BackupFileResponse } from './backupFileProtocol';
import { MSG } from './messages';

const post = (message: BackupFileResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<BackupFileRequest>) => {
  post({ type: 'started' });
  const read = await readBackupSource(event.data.source);
  if (!read.ok) {
    post({ type: 'error', reason: read.reason });
    return;
  }
  let split: ReturnType<typeof splitJson>;
  try {
    split = splitJson(read.raw);
  } catch {
    post({ type: 'error', reason: MSG.backupReadFailed });
    return;
  }
  post({ type: 'skeleton', skeleton: split.skeleton, pieces: split.pieces.length });
  for (const piece of split.pieces) post({ type: 'piece', piece });
  post({ type: 'end' });
};
