// The user's place and year for a document: stored, applied to every row, kept through a re-import
// and a seed's re-parse, carried in the backup.
import { describe, expect, it } from 'vitest';
import {
  exportBackup,
  getPlaceCorrections,
  importDocument,
  importDocuments,
  loadDataset,
  openStore,
  restoreBackup,
  seedIfNeeded,
  setPlaceCorrection,
} from '../../src/lib/db/repository';
import { dbOf } from '../../src/lib/db/repository/store';
import { parseReport } from '../../src/lib/parse/index';
import type { ParsedDocument } from '../../src/lib/model/document';
import { contentHash } from '../../src/lib/model/hash';
import { freshEngine } from './fixtures';

/** An invented report whose head names no place: the parser reads the place from the body and says it is unsure. */
const TEXT = `政府工作报告
各位代表：
一、2023年工作回顾
过去一年，岳阳市地区生产总值增长5%，岳阳市港口建设加快，湖南省城陵矶新港区获批。
二、2024年工作安排
今年的主要预期目标是：地区生产总值增长5.5%左右。
（一）扩大有效投资。新开工项目200个。
`;

function parsed(text = TEXT): ParsedDocument {
  const r = parseReport(text, { fileName: '无地区.txt' });
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

const CORRECTION = { jurisdiction: '常德市', jurisdictionLevel: 'city' as const, year: 2025 };

describe('a place correction', () => {
  it('rewrites the document and every row, drops the unsure note, moves achievements with the year', async () => {
    const store = await openStore({ ...freshEngine(), name: 'pc1' });
    const p = parsed();
    expect(p.document.placeUnsure).toBeTruthy();
    const r = await importDocument(store, p, { sourceText: TEXT, fileName: '无地区.txt' });
    expect(r.ok).toBe(true);
    const id = contentHash(TEXT);
    expect(await setPlaceCorrection(store, id, CORRECTION)).toEqual({ ok: true });
    const { dataset } = await loadDataset(store);
    const doc = dataset.documents.find((d) => d.id === id)!;
    expect(doc.meta).toMatchObject({ jurisdiction: '常德市', jurisdictionLevel: 'city', year: 2025 });
    expect(doc.meta.placeUnsure).toBeUndefined();
    expect(doc.warnings.some((w) => w.includes('请核对地区'))).toBe(false);
    expect(dataset.targets.filter((t) => t.docId === id).every((t) => t.jurisdiction === '常德市' && t.year === 2025)).toBe(true);
    expect(dataset.tasks.filter((t) => t.docId === id).every((t) => t.jurisdiction === '常德市')).toBe(true);
    expect(dataset.achievements.filter((a) => a.docId === id).map((a) => a.achievedYear)).toContain(2024);
    expect(await getPlaceCorrections(store)).toMatchObject([{ id, docId: id, ...CORRECTION }]);
  });

  it('is kept when the same text is imported again (replace) and when a batch sets it', async () => {
    const store = await openStore({ ...freshEngine(), name: 'pc2' });
    const id = contentHash(TEXT);
    expect((await importDocuments(store, [{ parsed: parsed(), sourceText: TEXT, fileName: 'a.txt', correction: CORRECTION }], { onDuplicate: 'skip' })).ok).toBe(true);
    let { dataset } = await loadDataset(store);
    expect(dataset.documents[0]!.meta.jurisdiction).toBe('常德市');
    expect(await importDocument(store, parsed(), { sourceText: TEXT, fileName: 'a.txt', onDuplicate: 'replace' })).toMatchObject({ ok: true, id });
    ({ dataset } = await loadDataset(store));
    expect(dataset.documents[0]!.meta).toMatchObject({ jurisdiction: '常德市', year: 2025 });
    expect(dataset.targets.every((t) => t.jurisdiction === '常德市')).toBe(true);
  });

  it('is kept when a bundled seed is re-parsed by a new parser version', async () => {
    const engine = freshEngine();
    const store = await openStore({ ...engine, name: 'pc3' });
    const seeds = [{ fileName: 'seed.txt', text: TEXT }];
    await seedIfNeeded(store, seeds, { parse: parseReport, version: 'v1' });
    expect(await setPlaceCorrection(store, contentHash(TEXT), { jurisdiction: '常德市', jurisdictionLevel: 'city', year: null })).toEqual({ ok: true });
    const again = await seedIfNeeded(store, seeds, { parse: parseReport, version: 'v2' });
    expect(again.written).toHaveLength(1);
    const { dataset } = await loadDataset(store);
    expect(dataset.documents[0]!.meta).toMatchObject({ jurisdiction: '常德市', year: 2024 });
  });

  it('travels in the backup; a backup made before corrections existed still restores', async () => {
    const store = await openStore({ ...freshEngine(), name: 'pc4' });
    await importDocument(store, parsed(), { sourceText: TEXT, fileName: 'a.txt' });
    await setPlaceCorrection(store, contentHash(TEXT), CORRECTION);
    const json = await exportBackup(store);
    expect((JSON.parse(json) as { placeCorrections: unknown[] }).placeCorrections).toHaveLength(1);
    const target = await openStore({ ...freshEngine(), name: 'pc5' });
    expect(await restoreBackup(target, json)).toMatchObject({ ok: true, documents: 1 });
    expect(await getPlaceCorrections(target)).toMatchObject([CORRECTION]);
    expect((await loadDataset(target)).dataset.documents[0]!.meta.jurisdiction).toBe('常德市');

    const old = JSON.parse(json) as Record<string, unknown>;
    delete old.placeCorrections;
    const third = await openStore({ ...freshEngine(), name: 'pc6' });
    expect(await restoreBackup(third, JSON.stringify(old))).toMatchObject({ ok: true, documents: 1 });
    expect(await getPlaceCorrections(third)).toEqual([]);
    dbOf(store).close();
  });

  it('of a document that is gone says so in Chinese', async () => {
    const store = await openStore({ ...freshEngine(), name: 'pc7' });
    expect(await setPlaceCorrection(store, 'nope', CORRECTION)).toMatchObject({ ok: false, code: 'not-found', reason: expect.stringMatching(/找不到/) });
  });
});
