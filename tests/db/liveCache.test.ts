// The live dataset keeps each document's rows between runs: a change reads again only the documents
// written since, and every write of a document's rows is seen.
import { describe, expect, it } from 'vitest';
import { DatasetCache, importDocument, loadDataset, setHidden } from '../../src/lib/db/repository';
import { contentHash } from '../../src/lib/model/hash';
import { freshStore, notice, storedRow, putStoredRow } from './fixtures';

describe('the live dataset cache', () => {
  it('reads again only the documents written since the last read', async () => {
    const store = await freshStore();
    await importDocument(store, notice({ year: 2023 }), { sourceText: '甲' });
    const cache = new DatasetCache();
    const first = await loadDataset(store, cache);
    expect(first.dataset.tasks).toHaveLength(3);

    // A row changed behind the repository's back (no document write) is not read again …
    const a = contentHash('甲');
    const t1 = (await storedRow<{ id: string }>(store, 'tasks', `${a}/t1`))!;
    await putStoredRow(store, 'tasks', { ...t1, text: '改过的任务' });
    // … while a newly imported document is.
    await importDocument(store, notice({ year: 2024, variant: '乙' }), { sourceText: '乙' });
    const second = await loadDataset(store, cache);
    expect(second.dataset.documents.map((d) => d.meta.year)).toEqual([2024, 2023]);
    expect(second.dataset.tasks).toHaveLength(6);
    expect(second.dataset.tasks.find((t) => t.id === `${a}/t1`)?.text).toBe('地区生产总值增长7%。');
    // the unchanged document's rows are the very same objects
    expect(second.dataset.tasks.find((t) => t.id === `${a}/t2`)).toBe(first.dataset.tasks.find((t) => t.id === `${a}/t2`));

    // A fresh read sees the row as stored (in the document's pack, the rows' one copy).
    expect((await loadDataset(store)).dataset.tasks.find((t) => t.id === `${a}/t1`)?.text).toBe('改过的任务');
  });

  it('sees a document replaced in place, and drops a hidden one without reading rows again', async () => {
    const store = await freshStore();
    await importDocument(store, notice({ year: 2023 }), { sourceText: '甲' });
    const cache = new DatasetCache();
    await loadDataset(store, cache);
    await importDocument(store, notice({ year: 2023, jurisdiction: '改正的地名' }), { sourceText: '甲', onDuplicate: 'replace' });
    const replaced = await loadDataset(store, cache);
    expect(replaced.dataset.tasks.every((t) => t.jurisdiction === '改正的地名')).toBe(true);

    await setHidden(store, contentHash('甲'), true);
    expect((await loadDataset(store, cache)).dataset).toEqual({ documents: [], sections: [], tasks: [], targets: [], achievements: [] });
    await setHidden(store, contentHash('甲'), false);
    expect((await loadDataset(store, cache)).dataset.tasks).toHaveLength(3);
  });

  it('reports damaged rows of cached documents on every read', async () => {
    const store = await freshStore();
    await importDocument(store, notice(), { sourceText: '甲' });
    const a = contentHash('甲');
    const t2 = (await storedRow<{ id: string }>(store, 'tasks', `${a}/t2`))!;
    await putStoredRow(store, 'tasks', { ...t2, groups: null } as never);
    const cache = new DatasetCache();
    for (let i = 0; i < 2; i++) {
      const { dataset, problems } = await loadDataset(store, cache);
      expect(dataset.tasks.map((t) => t.id)).toEqual([`${a}/t1`, `${a}/t3`]);
      expect(problems).toEqual([`1 条任务记录已损坏，已跳过（例如 ${a}/t2：groups 缺失或类型不符（应为列表））。`]);
    }
  });
});
