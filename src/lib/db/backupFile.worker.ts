// Parses a backup file off the page's thread and sends it back in pieces (db/jsonPieces.ts).
// Bundled as an inline worker (a Blob URL) so it loads from file:// inside the single file.
import { splitJson } from './jsonPieces';
import type { BackupFileRequest, BackupFileResponse } from './backupFileProtocol';

const post = (message: BackupFileResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<BackupFileRequest>) => {
  const { source } = event.data;
  let text: string;
  try {
    text = typeof source === 'string' ? source : await source.text();
  } catch (e) {
    post({ type: 'error', code: 'unreadable', message: e instanceof Error ? e.message : String(e) });
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    post({ type: 'error', code: 'not-json', message: '' });
    return;
  }
  const { skeleton, pieces } = splitJson(value);
  post({ type: 'skeleton', skeleton, pieces: pieces.length });
  for (const piece of pieces) post({ type: 'piece', piece });
  post({ type: 'end' });
};
