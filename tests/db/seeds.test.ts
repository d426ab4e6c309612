// The five bundled texts through the real parser into the database.
import { describe, expect, it, vi } from 'vitest';
import { BUNDLED_SEEDS } from '../../src/lib/db/seeds';
import { SEED_TEXTS } from '../../src/lib/db/seedTexts';
import { contentHash } from '../../src/lib/model/hash';
import { EMPTY_FILTERS, applyFilters } from '../../src/lib/analysis/filters';
import { datasetOfRows, listDocuments, loadDataset, openStore, seedIfNeeded } from '../../src/lib/db/repository';
import type { Dataset } from '../../src/lib/model/rows';
import { dbOf } from '../../src/lib/db/repository/store';
import { startDatabase } from '../../src/lib/db/start';
import { parseReport, PARSER_VERSION } from '../../src/lib/parse/index';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { freshEngine } from './fixtures';

const parser = { parse: parseReport, version: PARSER_VERSION };

describe('bundled seeds', { timeout: 30_000 }, () => {
  it('are the five texts in seeds/, unchanged and in file-name order', () => {
    const dir = resolve(__dirname, '../../seeds');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(files).toHaveLength(5);
    expect(SEED_TEXTS.map((s) => s.fileName)).toEqual(files);
    for (const s of SEED_TEXTS) expect(s.text).toBe(readFileSync(resolve(dir, s.fileName), 'utf8'));
  });

  it('are known by name and content hash before their texts are read', async () => {
    expect(BUNDLED_SEEDS.index).toEqual(SEED_TEXTS.map((s) => ({ fileName: s.fileName, id: contentHash(s.text) })));
    expect(await BUNDLED_SEEDS.load()).toEqual(SEED_TEXTS);
  });

  it('an open that finds every seed stored by this parser does not read their texts', async () => {
    const engine = freshEngine();
    const store = await openStore({ ...engine, name: 'seeds-lazy' });
    const load = vi.fn(BUNDLED_SEEDS.load);
    const first = await seedIfNeeded(store, { index: BUNDLED_SEEDS.index, load }, parser);
    expect(first.written).toHaveLength(5);
    expect(load).toHaveBeenCalledTimes(1);
    const again = await seedIfNeeded(store, { index: BUNDLED_SEEDS.index, load }, parser);
    expect(again.unchanged).toHaveLength(5);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a seed text that cannot be loaded, or does not match its id, is a problem for that seed only', async () => {
    const engine = freshEngine();
    const store = await openStore({ ...engine, name: 'seeds-bad' });
    const failed = await seedIfNeeded(store, { index: BUNDLED_SEEDS.index, load: () => Promise.reject(new Error('gone')) }, parser);
    expect(failed.written).toEqual([]);
    expect(failed.problems).toHaveLength(5);
    const swapped = [SEED_TEXTS[1]!, SEED_TEXTS[0]!, ...SEED_TEXTS.slice(2)];
    const r = await seedIfNeeded(store, { index: BUNDLED_SEEDS.index, load: () => Promise.resolve(swapped) }, parser);
    expect(r.written).toEqual(BUNDLED_SEEDS.index.slice(2).map((s) => s.id));
    expect(r.problems).toHaveLength(2);
  });

  it('seed five documents on first open and the same rows on the next', async () => {
    const engine = freshEngine();
    const first = await openStore({ ...engine, name: 'seeds' });
    const r = await seedIfNeeded(first, BUNDLED_SEEDS, parser);
    expect(r.problems).toEqual([]);
    expect(r.written).toEqual(SEED_TEXTS.map((s) => contentHash(s.text)));
    const loaded = await loadDataset(first);
    expect(loaded.problems).toEqual([]);
    const { dataset } = loaded;
    expect(dataset.documents).toHaveLength(5);
    expect(dataset.documents.every((d) => d.source === 'bundled' && d.parserVersion === PARSER_VERSION)).toBe(true);
    // every stored row count equals the document's own count: nothing lost or doubled
    for (const d of dataset.documents) {
      expect(dataset.tasks.filter((t) => t.docId === d.id)).toHaveLength(d.counts.tasks);
      expect(dataset.sections.filter((t) => t.docId === d.id)).toHaveLength(d.counts.sections);
      expect(dataset.targets.filter((t) => t.docId === d.id)).toHaveLength(d.counts.targets);
      expect(dataset.achievements.filter((t) => t.docId === d.id)).toHaveLength(d.counts.achievements);
    }
    // the 2024 city notice (002) numbers its tasks 1–157 before its five 民生实事 (from reading the text)
    const notice = dataset.documents.find((d) => d.meta.fileName === '002_cc78cbd2ab743c91.txt')!;
    const numbered = dataset.tasks.filter((t) => t.docId === notice.id && /^\d+$/.test(t.no ?? ''));
    expect(numbered.map((t) => Number(t.no))).toEqual(Array.from({ length: 157 }, (_, i) => i + 1));
    const ids = [...dataset.sections, ...dataset.tasks, ...dataset.targets, ...dataset.achievements].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    dbOf(first).close();

    const second = await openStore({ ...engine, name: 'seeds' });
    const again = await seedIfNeeded(second, BUNDLED_SEEDS, parser);
    expect(again.written).toEqual([]);
    expect(await loadDataset(second)).toEqual(loaded);
  });

  it('answer filter queries from the real notices', async () => {
    const store = await openStore(freshEngine());
    await seedIfNeeded(store, BUNDLED_SEEDS, parser);
    // 003 decomposes the provincial report and names no 责任领导 (from reading the text)
    const provincial = (await listDocuments(store)).find((d) => d.meta.fileName === '003_75f0195620c906fb.txt')!;
    const { dataset } = await loadDataset(store);
    const tasks = applyFilters(dataset, { ...EMPTY_FILTERS, docIds: [provincial.id] }).tasks;
    expect(tasks.length).toBeGreaterThanOrEqual(126);
    expect(tasks.every((t) => t.leaders.length === 0)).toBe(true);
    const lead = tasks.find((t) => t.leadUnits.length > 0)!.leadUnits[0]!;
    const byUnit = applyFilters(dataset, { ...EMPTY_FILTERS, units: [lead], docIds: [provincial.id] }).tasks;
    expect(byUnit.length).toBeGreaterThan(0);
    expect(byUnit.every((t) => t.leadUnits.includes(lead) || t.supportUnits.includes(lead))).toBe(true);
  });

  it('on a first open, are shown as parsed before the write, exactly as they are read after it', async () => {
    const store = await openStore(freshEngine());
    let shown: Dataset | null = null;
    let storedWhenShown = -1;
    const r = await seedIfNeeded(store, BUNDLED_SEEDS, parser, undefined, {
      beforeFirstWrite: async (rows) => {
        shown = datasetOfRows(rows);
        storedWhenShown = await dbOf(store).documents.count();
      },
    });
    expect(r.written).toHaveLength(5);
    expect(storedWhenShown).toBe(0);
    const { dataset } = await loadDataset(store);
    const withoutRev = (d: Dataset) => ({ ...d, documents: d.documents.map(({ rev: _r, ...doc }) => doc) });
    expect(withoutRev(shown!)).toEqual(withoutRev(dataset));
    expect(shown!.tasks.length).toBeGreaterThan(300);
  });

  it('are not shown before the write when the database already holds documents', async () => {
    const engine = freshEngine();
    const store = await openStore(engine);
    const calls: number[] = [];
    const hooks = {
      beforeFirstWrite: (rows: unknown[]) => {
        calls.push(rows.length);
      },
    };
    await seedIfNeeded(store, SEED_TEXTS.slice(0, 2), parser, undefined, hooks);
    expect(calls).toEqual([2]);
    // a later build ships more seeds: written beside the stored ones, never shown alone
    await seedIfNeeded(store, BUNDLED_SEEDS, parser, undefined, hooks);
    expect(calls).toEqual([2]);
    expect((await loadDataset(store)).dataset.documents).toHaveLength(5);
  });

  it('startDatabase opens, seeds and reports its status in one call', async () => {
    const { store, status } = await startDatabase(freshEngine());
    expect(status.mode).toBe('indexeddb');
    expect(status.problems).toEqual([]);
    expect(status.seedMs).toBeGreaterThan(0);
    expect((await loadDataset(store)).dataset.documents).toHaveLength(5);
  });

  it('startDatabase does not wait for a persistence prompt nobody answers (Firefox asks the user)', async () => {
    let asked = false;
    const pending = new Promise<boolean>(() => {});
    vi.stubGlobal('navigator', {
      storage: {
        persisted: async () => false,
        persist: () => {
          asked = true;
          return pending;
        },
        estimate: async () => ({}),
      },
    });
    try {
      const started = startDatabase(freshEngine()).then(() => 'started');
      const stuck = new Promise((r) => setTimeout(() => r('stuck'), 10_000));
      expect(await Promise.race([started, stuck])).toBe('started');
      expect(asked).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
