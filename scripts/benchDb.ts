// Bench cases for the database layer, on fake-indexeddb in Node (a regression guard for our own code;
// the figure users feel is Chromium's, printed by tests/e2e/persistence.test.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { loadDataset, openStore, seedIfNeeded, type Store } from '../src/lib/db/repository';
import { dbOf } from '../src/lib/db/repository/store';
import { parseReport, PARSER_VERSION } from '../src/lib/parse/index';

const seeds = readdirSync(new URL('../seeds/', import.meta.url))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ fileName: f, text: readFileSync(new URL(`../seeds/${f}`, import.meta.url), 'utf8') }));
const parser = { parse: parseReport, version: PARSER_VERSION };

const fresh = () => openStore({ indexedDB: new IDBFactory() as unknown as globalThis.IDBFactory, IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange });

export function dbCases(): { name: string; runs: number; run: () => Promise<void> }[] {
  let seeded: Store | null = null;
  return [
    {
      name: `db: seed ${seeds.length} seeds (fake-indexeddb)`,
      runs: 5,
      run: async () => {
        const store = await fresh();
        const r = await seedIfNeeded(store, seeds, parser);
        if (r.written.length !== seeds.length) throw new Error(`seeded ${r.written.length} of ${seeds.length}: ${r.problems.join('; ')}`);
        dbOf(store).close();
      },
    },
    {
      name: 'db: loadDataset, 5 seeds (fake-indexeddb)',
      runs: 10,
      run: async () => {
        if (!seeded) {
          seeded = await fresh();
          await seedIfNeeded(seeded, seeds, parser);
        }
        const { dataset, problems } = await loadDataset(seeded);
        if (dataset.documents.length !== seeds.length || problems.length) throw new Error(`loaded ${dataset.documents.length} documents; ${problems.join('; ')}`);
      },
    },
  ];
}
