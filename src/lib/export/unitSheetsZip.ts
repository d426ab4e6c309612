// The sheets per lead unit in one .zip, each named by its unit. Yields between files so the page
// stays responsive and can show how far it got.
import type { LedgerSheet } from '../ledger/sheet';
import { sanitizeFileName, shortPlace } from './fileName';
import { unitFileName, writeLedgerXlsx } from './ledgerXlsx';
import { storedZip } from './zip';

/** 随政办发〔2024〕2号-各单位报送表-2024-07-16.zip */
export function unitZipName(p: { docNumber: string | null; title: string; asOf: string }, place: string | null = null): string {
  return `${sanitizeFileName([p.docNumber ?? (place ? shortPlace(place) : p.title), '各单位报送表', p.asOf].join('-'), '各单位报送表')}.zip`;
}

export async function writeUnitSheetsZip(
  sheets: readonly LedgerSheet[],
  o: { at: string; onProgress?: (done: number, total: number) => void; signal?: AbortSignal },
): Promise<Blob> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const [i, sheet] of sheets.entries()) {
    if (o.signal?.aborted) throw new DOMException('已取消', 'AbortError');
    files.push({ name: unitFileName(sheet.unit ?? '台账'), bytes: new Uint8Array(await (await writeLedgerXlsx(sheet)).arrayBuffer()) });
    o.onProgress?.(i + 1, sheets.length);
  }
  return new Blob([(await storedZip(files, o.at)) as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
