// The bundled seeds: written on first open, re-parsed when the parser version changes, removed when
// the app no longer ships them. Imported documents and everything the user wrote are never touched.
import { ParsedDocument, type ParseResult } from '../../model/document';
import { DocumentHead } from '../../model/rows';
import { nowIso } from '../../time/clock';
import { contentHash } from '../../model/hash';
import { MSG } from '../messages';
import { correctRows, toRows, type DocumentRows } from '../rows';
import { describeError, writeFailure, type WriteFailure } from './errors';
import { dbOf, openMemoryStore, type Store } from './store';
import { deleteDocumentRows, documentTables, putRows, storedCorrection } from './writes';

export interface SeedText {
  fileName: string;
  text: string;
}

/** Seeds known by name and id before their texts are read: the texts are loaded only when a seed has
 * to be parsed (src/lib/db/seeds.ts). `load` must give the texts of `index`, in its order. */
export interface LazySeeds {
  index: readonly { fileName: string; id: string }[];
  load: () => Promise<readonly SeedText[]>;
}

export type Seeds = readonly SeedText[] | LazySeeds;

function lazy(seeds: Seeds): LazySeeds {
  if (!Array.isArray(seeds)) return seeds as LazySeeds;
  const texts = seeds as readonly SeedText[];
  return { index: texts.map((s) => ({ fileName: s.fileName, id: contentHash(s.text) })), load: () => Promise.resolve(texts) };
}

export interface Parser {
  parse: (text: string, opts: { fileName?: string }) => ParseResult;
  version: string;
}

export interface SeedResult {
  /** ids written on this call (first open, or re-parsed by a new parser) */
  written: string[];
  unchanged: string[];
  /** bundled documents no longer shipped with the app, removed */
  removed: string[];
  problems: string[];
  /** Set when the write itself failed (and was rolled back): full disk, storage refused … */
  writeFailure?: WriteFailure;
  /** total, and the parts spent parsing and writing (milliseconds) */
  ms: number;
  parseMs: number;
  writeMs: number;
}

export interface SeedHooks {
  /** Called with the parsed seeds before they are written into a database that holds no document yet
   * (a browser's first open): the page can show them while the write runs. Awaited. */
  beforeFirstWrite?: (rows: DocumentRows[]) => Promise<void> | void;
}

/** Writes the bundled seeds that are missing or were parsed by another parser version, in one
 * transaction. Imported documents and annotations are never touched; hidden flags are kept. */
export async function seedIfNeeded(store: Store, seeds: Seeds, parser: Parser, now: () => string = nowIso, hooks: SeedHooks = {}): Promise<SeedResult> {
  const t0 = performance.now();
  const db = dbOf(store);
  // Only the seeds' own rows and the ids of bundled documents are read: with a thousand imported
  // documents, reading every document here cost a sizeable part of each open.
  const { index, load } = lazy(seeds);
  const ids = index.map((seed) => seed.id);
  const [docs, bundledIds, stored] = await Promise.all([
    db.documents.bulkGet(ids),
    db.documents.where('source').equals('bundled').primaryKeys() as Promise<string[]>,
    hooks.beforeFirstWrite ? db.documents.count() : Promise.resolve(-1),
  ]);
  const present = docs.filter((d): d is NonNullable<typeof d> => !!d);
  const bundled = new Map(present.filter((d) => d.source === 'bundled').map((d) => [d.id, d]));
  const importedIds = new Set(present.filter((d) => d.source !== 'bundled').map((d) => d.id));
  const result: SeedResult = { written: [], unchanged: [], removed: [], problems: [], ms: 0, parseMs: 0, writeMs: 0 };
  let shownMs = 0;

  const shipped = new Set<string>();
  const toWrite: DocumentRows[] = [];
  const toParse: number[] = [];
  for (const [i, id] of ids.entries()) {
    shipped.add(id);
    if (importedIds.has(id)) continue; // the user chose to replace the bundled copy with their own
    const old = bundled.get(id);
    if (old && old.parserVersion === parser.version && DocumentHead.safeParse(old).success) {
      result.unchanged.push(id);
      continue;
    }
    toParse.push(i);
  }
  const texts = toParse.length > 0 ? await loadTexts(load, index, result) : [];
  for (const i of toParse) {
    const seed = texts[i];
    if (!seed) continue;
    const id = ids[i]!;
    const old = bundled.get(id);
    const tp = performance.now();
    const parsed = safeParse(parser, seed);
    result.parseMs += performance.now() - tp;
    if (!parsed.ok) {
      result.problems.push(MSG.seedFailed(seed.fileName, parsed.reason));
      continue; // an older parse of the same seed, if any, stays
    }
    toWrite.push(
      toRows(parsed.data, {
        docId: id,
        source: 'bundled',
        sourceText: seed.text,
        fileName: seed.fileName,
        importedAt: old?.importedAt ?? now(),
        hidden: old?.hidden ?? false,
      }),
    );
  }
  const stale = bundledIds.filter((id) => !shipped.has(id));

  if (toWrite.length > 0 || stale.length > 0) {
    if (stored === 0 && toWrite.length > 0 && hooks.beforeFirstWrite) {
      const th = performance.now();
      await hooks.beforeFirstWrite(toWrite);
      shownMs = performance.now() - th;
    }
    const tw = performance.now();
    try {
      await db.transaction('rw', documentTables(db), async () => {
        for (const id of stale) await deleteDocumentRows(db, id);
        for (const rows of toWrite) {
          const current = await db.documents.get(rows.document.id);
          if (current && current.source !== 'bundled') continue; // imported meanwhile in another tab
          // the user's place and year for a seed stay through a re-parse by a new parser
          await putRows(db, correctRows(rows, await storedCorrection(db, rows.document.id)));
        }
      });
      result.written = toWrite.map((r) => r.document.id);
      result.removed = stale;
    } catch (e) {
      result.writeFailure = writeFailure(e);
      result.problems.push(result.writeFailure.reason);
    }
    result.writeMs = performance.now() - tw;
  }
  // (the time the page took to show the seeds is not seeding's)
  result.ms = performance.now() - t0 - shownMs;
  return result;
}

/** Seeds the store; if a database that holds nothing yet cannot even take the seeds (no space, storage
 * refused on write), runs from memory instead so the dashboard still shows the bundled reports. A
 * database that already holds documents is kept: hiding the user's imports would be worse. */
export async function seedOrRunFromMemory(store: Store, seeds: Seeds, parser: Parser, hooks: SeedHooks = {}): Promise<{ store: Store; seed: SeedResult }> {
  const seed = await seedIfNeeded(store, seeds, parser, nowIso, hooks);
  if (!seed.writeFailure || store.status.mode === 'memory') return { store, seed };
  const db = dbOf(store);
  const holdsDocuments = await db.documents.count().catch(() => 0);
  if (holdsDocuments > 0) return { store, seed };
  db.close();
  const memory = await openMemoryStore(db.name, MSG.memoryWriteFailed(seed.writeFailure.reason));
  const again = await seedIfNeeded(memory, seeds, parser);
  return { store: memory, seed: { ...again, ms: seed.ms + again.ms, parseMs: seed.parseMs + again.parseMs, writeMs: seed.writeMs + again.writeMs } };
}

/** The seeds' texts, each checked against its id; a text that cannot be loaded or does not match is a
 * problem for that seed only (an older parse of it, if any, stays). */
async function loadTexts(load: LazySeeds['load'], index: LazySeeds['index'], result: SeedResult): Promise<(SeedText | undefined)[]> {
  let texts: readonly SeedText[];
  try {
    texts = await load();
  } catch (e) {
    for (const seed of index) result.problems.push(MSG.seedFailed(seed.fileName, describeError(e)));
    return [];
  }
  return index.map((seed, i) => {
    const text = texts[i];
    if (text && text.fileName === seed.fileName && contentHash(text.text) === seed.id) return text;
    result.problems.push(MSG.seedFailed(seed.fileName, '内置文本与其标识不符'));
    return undefined;
  });
}

function safeParse(parser: Parser, seed: SeedText): { ok: true; data: ParsedDocument } | { ok: false; reason: string } {
  try {
    const r = parser.parse(seed.text, { fileName: seed.fileName });
    if (!r.ok) return { ok: false, reason: r.reason };
    const checked = ParsedDocument.safeParse(r.data);
    return checked.success ? { ok: true, data: checked.data } : { ok: false, reason: checked.error.issues[0]?.message ?? '解析结果无效' };
  } catch (e) {
    return { ok: false, reason: describeError(e) };
  }
}
