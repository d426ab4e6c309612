// Long writes in pieces: the pacer waits for the database only when a slice of time is used up, a failed
// request aborts what follows, a pack encoded a piece at a time is the same JSON, and a batch saved in
// paced pieces is whole, counted as it goes, and gone entirely when cancelled.
import { describe, expect, it } from 'vitest';
import { importDocuments, listDocuments, loadDataset, restoreBackup, exportBackup } from '../../src/lib/db/repository';
import { pacer } from '../../src/lib/db/repository/pacer';
import { encodePack, encodePackSliced, decodePack } from '../../src/lib/db/packCodec';
import { toRows } from '../../src/lib/db/rows';
import { ITEM_TABLES } from '../../src/lib/db/names';
import { contentHash } from '../../src/lib/model/hash';
import { parseReport } from '../../src/lib/parse/index';
import { SEED_TEXTS } from '../../src/lib/db/seedTexts';
import { runAll } from '../../src/lib/time/slices';
import { freshStore, notice } from './fixtures';

/** A request answered after the current task, as IndexedDB answers. */
const request = (fail?: Error) => new Promise<void>((resolve, reject) => setTimeout(() => (fail ? reject(fail) : resolve()), 0));

describe('the pacer', () => {
  it('issues requests back to back within a slice and, when the slice is used up, waits for the oldest one only', async () => {
    let clock = 0;
    let idles = 0;
    const pace = pacer({ sliceMs: 30, now: () => clock, idle: () => (idles++, request()) });
    const answered: number[] = [];
    for (let i = 0; i < 5; i++) {
      await pace.issued(request().then(() => void answered.push(i)));
      clock += 5; // 25 ms: still within the slice
    }
    expect(answered).toEqual([]); // nothing waited for yet: the page never left this task
    expect(pace.turns).toBe(0);
    clock += 10; // 35 ms
    await pace.issued(request().then(() => void answered.push(5)));
    expect(answered).toEqual([0]); // one answer is a turn for the page; the rest stay with the database
    expect(pace.turns).toBe(1);
    await pace.drain();
    expect(answered).toEqual([0, 1, 2, 3, 4, 5]);
    await pace.turn(); // a new slice began at the wait
    expect(pace.turns).toBe(1);
    clock += 40;
    await pace.turn(); // nothing in flight: a small read is the turn
    expect([pace.turns, idles]).toEqual([2, 1]);
  });

  it('waits when too many requests are in flight, however little time passed', async () => {
    const pace = pacer({ sliceMs: 1e9, maxInFlight: 3, now: () => 0, idle: request });
    for (let i = 0; i < 7; i++) await pace.issued(request());
    expect(pace.turns).toBe(5); // from the third on, each request waits for one answer
  });

  it('throws the first failed request at the next call, and at drain', async () => {
    let clock = 0;
    const pace = pacer({ sliceMs: 10, now: () => clock, idle: request });
    await pace.issued(request(new Error('磁盘已满')));
    await pace.issued(request());
    clock = 20;
    await expect(pace.turn()).rejects.toThrow('磁盘已满');
    await expect(pace.drain()).rejects.toThrow('磁盘已满');
    const quiet = pacer({ idle: request });
    await quiet.issued(request(new Error('断开')));
    await expect(quiet.drain()).rejects.toThrow('断开');
  });
});

describe('a pack encoded in pieces', () => {
  it('is the very JSON of encodePack, for every seed, yielding between pieces', () => {
    for (const seed of SEED_TEXTS) {
      const parsed = parseReport(seed.text, { fileName: seed.fileName });
      if (!parsed.ok) throw new Error(parsed.reason);
      const docId = contentHash(seed.text);
      const rows = toRows(parsed.data, { docId, source: 'bundled', sourceText: seed.text, fileName: seed.fileName, importedAt: '2025-01-01T00:00:00.000Z' });
      const work = encodePackSliced(docId, rows, rows.document.text);
      let pieces = 0;
      let step = work.next();
      while (!step.done) {
        pieces++;
        step = work.next();
      }
      const whole = encodePack(docId, rows, rows.document.text);
      expect(step.value, seed.fileName).toBe(whole);
      const items = ITEM_TABLES.reduce((n, t) => n + rows[t].length, 0);
      expect(pieces, seed.fileName).toBe(Math.floor(items / 100));
    }
  });

  it('keeps a row of another place, an empty table and odd references as encodePack does', () => {
    const items = {
      sections: [],
      tasks: [
        { id: 'd/t1', localId: 't1', docId: 'd', year: 2024, jurisdiction: '甲市', sectionId: 'd/s1' },
        { id: 'x', localId: 't2', docId: 'e', year: 2023, jurisdiction: '乙市', sectionId: 's9' },
      ],
      targets: [],
      achievements: [{ id: 'd/a1', localId: 'a1', docId: 'd', year: 2024, jurisdiction: null, sectionId: null, note: undefined }],
    };
    const json = runAll(encodePackSliced('d', items, '原文"引号"\n'));
    expect(json).toBe(encodePack('d', items, '原文"引号"\n'));
    expect(decodePack(JSON.parse(json))?.tasks).toEqual(items.tasks);
  });
});

describe('a batch saved in paced pieces', () => {
  const batch = (n: number) => Array.from({ length: n }, (_, i) => ({ parsed: notice({ variant: `第${i}份`, idPrefix: `b${i}-` }), sourceText: `第${i}份`, fileName: `${i}.txt` }));

  it('writes every document and row while taking turns, counting checked then written documents', async () => {
    const store = await freshStore();
    const seen: string[] = [];
    const r = await importDocuments(store, batch(12), { onDuplicate: 'skip', sliceMs: 0, onProgress: (p) => seen.push(`${p.stage} ${p.done}/${p.total}`) });
    expect(r).toEqual({ ok: true, imported: 12, replaced: 0, skipped: 0 });
    expect(await listDocuments(store)).toHaveLength(12);
    const { dataset } = await loadDataset(store);
    expect(dataset.tasks).toHaveLength(36);
    expect(seen).toContain('checking 1/12');
    expect(seen.filter((s) => s.startsWith('writing'))).toEqual(Array.from({ length: 13 }, (_, i) => `writing ${i}/12`));
  });

  it('stores nothing of the batch when cancelled while writing', async () => {
    const store = await freshStore();
    const stop = new AbortController();
    const r = await importDocuments(store, batch(8), {
      onDuplicate: 'skip',
      sliceMs: 0,
      signal: stop.signal,
      onProgress: (p) => {
        if (p.stage === 'writing' && p.done === 5) stop.abort();
      },
    });
    expect(r).toMatchObject({ ok: false, code: 'cancelled' });
    expect(await listDocuments(store)).toEqual([]);
    expect((await loadDataset(store)).dataset.tasks).toEqual([]);
  });

  it('restores a backup of paced writes to the same rows', async () => {
    const store = await freshStore();
    await importDocuments(store, batch(3), { onDuplicate: 'skip', sliceMs: 0 });
    const json = await exportBackup(store);
    const other = await freshStore();
    const r = await restoreBackup(other, json);
    expect(r).toMatchObject({ ok: true, documents: 3, tasks: 9 });
    const [a, b] = [await loadDataset(store), await loadDataset(other)];
    expect(b.dataset.tasks.map((t) => t.id).sort()).toEqual(a.dataset.tasks.map((t) => t.id).sort());
  });
});
