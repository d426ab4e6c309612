// Reading a backup file in the page: parsed in a worker and received in pieces, so even a backup of
// tens of megabytes never holds the page for long (JSON.parse of 40 MB alone takes ≈ 300 ms). Falls
// back to parsing here when no worker can start (an old browser, a policy against blob: workers).
// Only the page imports this module: it bundles the worker.
import { parseBackupJson } from './backupCheck';
import { JsonAssembler } from './jsonPieces';
import type { BackupFileRequest, BackupFileResponse } from './backupFileProtocol';
import { MSG } from './messages';
import BackupFileWorker from './backupFile.worker?worker&inline';
import { startWorker } from '../workers/startWorker';

export type JsonRead = { ok: true; raw: unknown } | { ok: false; reason: string };

async function readHere(source: Blob | string): Promise<JsonRead> {
  try {
    return parseBackupJson(typeof source === 'string' ? source : await source.text());
  } catch (e) {
    return { ok: false, reason: MSG.backupUnreadable(e instanceof Error ? e.message : String(e)) };
  }
}

/** Parses a backup file (or its text); `onProgress` gets the fraction of pieces received. Never rejects. */
export function readBackupJson(source: Blob | string, onProgress?: (fraction: number) => void): Promise<JsonRead> {
  return new Promise<JsonRead>((resolve) => {
    let assembler: JsonAssembler | null = null;
    let expected = 0;
    let received = 0;
    const finish = (r: JsonRead | Promise<JsonRead>) => {
      worker?.terminate();
      resolve(r);
    };
    const worker = startWorker<BackupFileResponse>(() => new BackupFileWorker(), {
      onMessage: (m) => {
        if (m.type === 'skeleton') {
          assembler = new JsonAssembler(m.skeleton);
          expected = m.pieces;
        } else if (m.type === 'piece') {
          assembler?.add(m.piece);
          received++;
          if (received % 8 === 0) onProgress?.(received / Math.max(1, expected));
        } else if (m.type === 'end') {
          finish(assembler ? { ok: true, raw: assembler.value } : { ok: false, reason: MSG.backupNotJson });
        } else {
          finish({ ok: false, reason: m.code === 'not-json' ? MSG.backupNotJson : MSG.backupUnreadable(m.message) });
        }
      },
      onFail: () => finish(readHere(source)),
    });
    if (!worker) {
      resolve(readHere(source));
      return;
    }
    const request: BackupFileRequest = { source };
    worker.postMessage(request);
  });
}
