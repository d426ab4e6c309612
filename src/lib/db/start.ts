// The one call the app shell makes on startup: open the database (or its in-memory fallback), write
// the bundled seeds if missing or parsed by an older parser, ask the browser to keep the data.
import { parseReport, PARSER_VERSION } from '../parse/index';
import { takeEarlyRead } from './earlyRead';
import { afterNextPaint } from '../time/frames';
import type { Dataset } from '../model/rows';
import type { DocumentRows } from './rows';
import {
  datasetOfRows,
  earlyDataset,
  keepCopyOnDeletion,
  openStore,
  reopenStore,
  requestPersistence,
  seedIfNeeded,
  seedOrRunFromMemory,
  type DataStatus,
  type OpenOptions,
  type SeedResult,
  type Store,
} from './repository';
import { BUNDLED_SEEDS } from './seeds';

/**
 * `show`: called with a dataset to draw before the store's live dataset has its first result — on a
 * browser's first open the parsed seeds before they are written (the write starts once a frame has
 * shown them), else what the page's first script read. The live dataset's first result is the same
 * (the very object when nothing was written meanwhile).
 */
export async function startDatabase(options: OpenOptions = {}, show?: (first: Dataset) => void): Promise<{ store: Store; status: DataStatus; seed: SeedResult }> {
  const opened = await openStore(options);
  performance.mark('db:opened');
  keepCopyOnDeletion(opened);
  const beforeFirstWrite =
    show &&
    ((rows: DocumentRows[]) => {
      show(datasetOfRows(rows));
      return new Promise<void>((resolve) => afterNextPaint(resolve));
    });
  const { store, seed } = await seedOrRunFromMemory(opened, BUNDLED_SEEDS, { parse: parseReport, version: PARSER_VERSION }, { beforeFirstWrite });
  performance.mark('db:seeded');
  // What the page's first script read (earlyRead.ts) starts the first dataset read; it is drawn at
  // once when it holds every visible document's rows and seeding changed nothing.
  // (waited for only when the app holds the same database open: from memory it is of no use, and the
  // early read could be held up by whatever kept the app's own open from IndexedDB)
  const usable = store === opened && store.status.mode === 'indexeddb';
  const read = takeEarlyRead();
  const early = usable ? await read : null;
  performance.mark('db:early-read');
  const drawn = early ? earlyDataset(store, early) : null;
  if (drawn && seed.written.length === 0 && seed.removed.length === 0) show?.(drawn.dataset);
  store.updateStatus({ seedMs: seed.ms, problems: [...store.status.problems, ...seed.problems] });
  // Never awaited: Firefox answers persist() through a permission prompt, and the promise stays pending
  // until the user clicks it — the dashboard must not wait for that.
  if (store.status.mode === 'indexeddb') void requestPersistence();
  return { store, status: store.status, seed };
}

/** Every bundled document's id (the content hash of its text). */
export function bundledIds(): string[] {
  return BUNDLED_SEEDS.index.map((s) => s.id);
}

/** After the stored data was cleared or deleted while the page was open, and the user chose to restore
 * a backup: a new database with the bundled documents, ready for the backup's contents. */
export async function restartAfterLoss(store: Store): Promise<SeedResult> {
  await reopenStore(store);
  const seed = await seedIfNeeded(store, BUNDLED_SEEDS, { parse: parseReport, version: PARSER_VERSION });
  store.updateStatus({ problems: [...store.status.problems, ...seed.problems] });
  return seed;
}
