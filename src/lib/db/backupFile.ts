// Reading a backup file in the page: parsed in a worker and received in pieces, so even a backup of
// tens of megabytes never holds the page for long (JSON.parse of 40 MB alone takes ≈ 300 ms). Falls
// back to parsing here when no worker can start (an old browser, a policy against blob: workers).
// The file's size and depth are checked before any parse, here and in the worker (backupLimits.ts).
// Only the page imports this module: it bundles the worker.
import { backupSizeProblem, readBackupSource, type BackupJson } from './backupLimits';
import { JsonAssembler } from './jsonPieces';
import type { BackupFileRequest, BackupFileResponse } from './backupFileProtocol';
import { MSG } from './messages';
import BackupFileWorker from './backupFile.worker?worker&inline';
import { startWorker } from '../workers/startWorker';

export type JsonRead = BackupJson;

/** Parses a backup file (or its text); `onProgress` gets the fraction of pieces received. Never rejects. */
export function readBackupJson(source: Blob | string, onProgress?: (fraction: number) => void): Promise<JsonRead> {
  // too large: refused by its size alone, before a worker starts or a byte is read
  const tooLarge = backupSizeProblem(typeof source === 'string' ? source.length : source.size);
  if (tooLarge) return Promise.resolve({ ok: false, reason: tooLarge });
  return new Promise<JsonRead>((resolve) => {
    let assembler: JsonAssembler | null = null;
    let expected = 0;
    let received = 0;
    let started = false;
    const finish = (r: JsonRead | Promise<JsonRead>) => {
      worker?.terminate();
      resolve(r);
    };
    const worker = startWorker<BackupFileResponse>(() => new BackupFileWorker(), {
      onMessage: (m) => {
        if (m.type === 'started') {
          started = true;
        } else if (m.type === 'skeleton') {
          assembler = new JsonAssembler(m.skeleton);
          expected = m.pieces;
        } else if (m.type === 'piece') {
          try {
            assembler?.add(m.piece);
          } catch {
            finish({ ok: false, reason: MSG.backupReadFailed });
            return;
          }
          received++;
          if (received % 8 === 0) onProgress?.(received / Math.max(1, expected));
        } else if (m.type === 'end') {
          finish(assembler ? { ok: true, raw: assembler.value } : { ok: false, reason: MSG.backupNotJson });
        } else {
          finish({ ok: false, reason: m.reason });
        }
      },
      // A worker that could not start: read here. One that failed while reading (out of memory): the
      // same file would fail here too, and take the page with it.
      onFail: () => finish(started ? { ok: false, reason: MSG.backupReadFailed } : readBackupSource(source)),
    });
    if (!worker) {
      resolve(readBackupSource(source));
      return;
    }
    const request: BackupFileRequest = { source };
    worker.postMessage(request);
  });
}
