// Many parsed documents saved at once (「全部导入」): checked in pieces, then written in one transaction —
// all of them or none — whose requests are paced (pacer.ts) so the page never freezes however many
// files there are, with counts for a progress bar and a cancel that leaves nothing written.
import { ParsedDocument } from '../../model/document';
import { contentHash } from '../../model/hash';
import type { PlaceCorrection } from '../../model/placeCorrection';
import { nowIso } from '../../time/clock';
import { nextTurn } from '../../time/slices';
import { MSG } from '../messages';
import { correctRows, toRows } from '../rows';
import type { WriteFailure } from './errors';
import { guardedWrite } from './guardedWrite';
import { pacer } from './pacer';
import { writeRowsPaced } from './pacedWrite';
import type { Store } from './store';
import { whileUnfinished } from './unfinished';
import { deleteItems, documentTables, markChanged, storedCorrection } from './writes';

export interface BatchEntry {
  parsed: ParsedDocument;
  sourceText: string;
  fileName: string | null;
  /** The place and year the user set in the batch list: stored, and applied to the rows. */
  correction?: PlaceCorrection | null;
}

export type BatchOutcome =
  | { ok: true; imported: number; replaced: number; skipped: number }
  | { ok: false; code: 'invalid'; reason: string; fileName: string | null }
  | { ok: false; code: 'cancelled'; reason: string }
  | WriteFailure;

/** Where a save of many files is: documents checked, then documents written, of `total`. */
export interface BatchProgress {
  stage: 'checking' | 'writing';
  done: number;
  total: number;
}

export interface BatchOptions {
  onDuplicate: 'skip' | 'replace' | 'keep-both';
  now?: () => string;
  onProgress?: (p: BatchProgress) => void;
  /** Stops the save: the transaction is aborted, nothing of the batch is stored. */
  signal?: AbortSignal;
  /** Longest run of the page's own work between two turns for the browser, ms. */
  sliceMs?: number;
}

const SLICE_MS = 30;

/**
 * Saves many parsed documents in one transaction — all of them or none. A text already stored is
 * skipped, replaced or kept twice as `onDuplicate` says, the same for every file; the live dataset then
 * reads the new documents' rows once, instead of everything once per file.
 */
export async function importDocuments(store: Store, entries: readonly BatchEntry[], opts: BatchOptions): Promise<BatchOutcome> {
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  const cancelled = { ok: false as const, code: 'cancelled' as const, reason: MSG.batchCancelled };
  const checked: BatchEntry[] = [];
  let start = performance.now();
  for (const e of entries) {
    if (performance.now() - start >= sliceMs) {
      opts.onProgress?.({ stage: 'checking', done: checked.length, total: entries.length });
      await nextTurn();
      start = performance.now();
    }
    if (opts.signal?.aborted) return cancelled;
    const r = ParsedDocument.safeParse(e.parsed);
    if (!r.success) {
      const issue = r.error.issues[0];
      return { ok: false, code: 'invalid', fileName: e.fileName, reason: MSG.invalidParsed(issue ? `${issue.path.join('.')}：${issue.message}` : '') };
    }
    checked.push({ ...e, parsed: r.data });
  }
  const outcome = await whileUnfinished(store, { kind: 'import', files: checked.length }, (finished) => writeDocuments(store, checked, { ...opts, sliceMs }, finished));
  return !outcome.ok && opts.signal?.aborted ? cancelled : outcome;
}

class Cancelled extends Error {}

async function writeDocuments(store: Store, checked: readonly BatchEntry[], opts: BatchOptions & { sliceMs: number }, finished: () => Promise<void>): Promise<BatchOutcome> {
  const at = (opts.now ?? nowIso)();
  // guardedWrite: a lost store says so ('lost'), as a single import does, instead of 'closed'
  return guardedWrite(store, (db) =>
    db.transaction('rw', documentTables(db), async (): Promise<BatchOutcome> => {
      const pace = pacer({ sliceMs: opts.sliceMs, idle: () => db.meta.get('lastChangeAt') });
      const turn = async () => {
        await pace.turn();
        if (opts.signal?.aborted) throw new Cancelled(); // aborts the transaction: nothing is stored
      };
      const outcome = { ok: true as const, imported: 0, replaced: 0, skipped: 0 };
      for (const [i, e] of checked.entries()) {
        opts.onProgress?.({ stage: 'writing', done: i, total: checked.length });
        await turn();
        const hash = contentHash(e.sourceText);
        const same = await db.documents.where('contentHash').equals(hash).toArray();
        const dup = same.find((d) => d.id === hash) ?? same[0];
        let id = hash;
        if (dup) {
          if (opts.onDuplicate === 'skip') {
            outcome.skipped++;
            continue;
          }
          if (opts.onDuplicate === 'replace') {
            if (dup.source === 'bundled') {
              outcome.skipped++;
              continue;
            } // a bundled seed is hidden, never replaced
            id = dup.id;
            outcome.replaced++;
          } else {
            for (let n = 2; ; n++) {
              id = `${hash}-${n}`;
              if (!(await db.documents.get(id))) break;
            }
          }
        }
        const correction = e.correction ?? (await storedCorrection(db, id));
        if (dup && id === dup.id) await deleteItems(db, id); // replaced: its old rows go (a new id holds nothing yet)
        const rows = correctRows(toRows(e.parsed, { docId: id, source: 'imported', sourceText: e.sourceText, fileName: e.fileName, importedAt: at }), correction);
        await turn();
        await writeRowsPaced(db, rows, pace);
        if (e.correction) await pace.issued(db.placeCorrections.put({ id, docId: id, ...e.correction, updatedAt: at }));
        outcome.imported++;
      }
      await pace.drain();
      if (opts.signal?.aborted) throw new Cancelled();
      opts.onProgress?.({ stage: 'writing', done: checked.length, total: checked.length });
      if (outcome.imported > 0) await markChanged(db, at);
      await finished();
      return outcome;
    }),
  );
}
