// The one call the app shell makes on startup: open the database (or its in-memory fallback), write
// the bundled seeds if missing or parsed by an older parser, ask the browser to keep the data.
import { parseReport, PARSER_VERSION } from '../parse/index';
import { openStore, seedOrRunFromMemory, type DataStatus, type OpenOptions, type Store } from './repository';
import { BUNDLED_SEEDS } from './seeds';
import { requestPersistence } from './storage';

export async function startDatabase(options: OpenOptions = {}): Promise<{ store: Store; status: DataStatus }> {
  const { store, seed } = await seedOrRunFromMemory(await openStore(options), BUNDLED_SEEDS, { parse: parseReport, version: PARSER_VERSION });
  store.updateStatus({ seedMs: seed.ms, problems: [...store.status.problems, ...seed.problems] });
  if (typeof document !== 'undefined') {
    // read by the browser tests and the bench
    document.documentElement.dataset.seedMs = seed.ms.toFixed(1);
    document.documentElement.dataset.seedParseMs = seed.parseMs.toFixed(1);
    document.documentElement.dataset.seedWriteMs = seed.writeMs.toFixed(1);
    document.documentElement.dataset.seedWritten = String(seed.written.length);
    document.documentElement.dataset.storageMode = store.status.mode;
  }
  // Never awaited: Firefox answers persist() through a permission prompt, and the promise stays pending
  // until the user clicks it — the dashboard must not wait for that.
  if (store.status.mode === 'indexeddb') void requestPersistence();
  return { store, status: store.status };
}
