// A row pack leaves out what its rows repeat (document id, year, place, global ids and their prefix in
// references) and decoding puts every value back as written.
import { describe, expect, it } from 'vitest';
import { decodePack, encodePack } from '../../src/lib/db/packCodec';
import { SEED_TEXTS } from '../../src/lib/db/seedTexts';
import { contentHash } from '../../src/lib/model/hash';
import { toRows } from '../../src/lib/db/rows';
import { ITEM_TABLES } from '../../src/lib/db/names';
import { parseReport } from '../../src/lib/parse/index';
import { notice } from './fixtures';

const plain = (rows: Record<string, unknown>, text: string) => JSON.stringify({ ...Object.fromEntries(ITEM_TABLES.map((t) => [t, rows[t]])), text });

describe('the row pack codec', () => {
  it('gives back every row of the five real seeds exactly, in a third less JSON', () => {
    for (const seed of SEED_TEXTS) {
      const parsed = parseReport(seed.text, { fileName: seed.fileName });
      if (!parsed.ok) throw new Error(parsed.reason);
      const docId = contentHash(seed.text);
      const rows = toRows(parsed.data, { docId, source: 'bundled', sourceText: seed.text, fileName: seed.fileName, importedAt: '2025-01-01T00:00:00.000Z' });
      const json = encodePack(docId, rows, rows.document.text);
      const back = decodePack(JSON.parse(json));
      for (const t of ITEM_TABLES) expect(back?.[t], `${seed.fileName} ${t}`).toEqual(rows[t]);
      expect(back?.text).toBe(rows.document.text);
      const full = plain(rows as never, rows.document.text);
      // the text is kept whole: the saving is in the rows
      expect(json.length - rows.document.text.length, seed.fileName).toBeLessThan((full.length - rows.document.text.length) * 0.8);
    }
  });

  it('keeps what does not repeat: a row of another year or place, a reference to another document, ids it cannot rebuild', () => {
    const docId = 'abc123';
    const rows = toRows(notice({ year: 2024, jurisdiction: '甲市' }), { docId, source: 'imported', sourceText: '甲', fileName: null, importedAt: '2025-01-01T00:00:00.000Z' });
    const tasks = rows.tasks.map((t, i) => (i === 0 ? { ...t, year: 2023, jurisdiction: null } : t));
    const targets = rows.targets.map((t, i) => (i === 0 ? { ...t, taskId: 'other/t9', sectionId: 'loose' } : t));
    const sections = rows.sections.map((s, i) => (i === 0 ? { ...s, localId: 'a/b', id: `${docId}/a/b` } : i === 1 ? { ...s, id: 'custom' } : s));
    const achievements = rows.achievements.map((a) => ({ ...a, docId: 'someone-else' }));
    const items = { sections, tasks, targets, achievements };
    const back = decodePack(JSON.parse(encodePack(docId, items, '正文')));
    for (const t of ITEM_TABLES) expect(back?.[t]).toEqual(items[t]);
  });

  it('reads a pack written before the slim format as it is, and decoding twice changes nothing', () => {
    const rows = toRows(notice(), { docId: 'd1', source: 'imported', sourceText: '乙', fileName: null, importedAt: '2025-01-01T00:00:00.000Z' });
    const old = JSON.parse(plain(rows as never, '正文'));
    expect(decodePack(structuredClone(old))).toEqual(old);
    const once = decodePack(JSON.parse(encodePack('d1', rows, '正文')));
    expect(decodePack(structuredClone(once))).toEqual(once);
  });

  it('is not fooled by what is not a pack', () => {
    for (const v of [
      null,
      42,
      'x',
      [],
      { sections: [], tasks: [], targets: [] },
      { sections: [], tasks: [], targets: [], achievements: [], text: 1 },
      { sections: [], tasks: [], targets: [], achievements: [], text: '', '~doc': 'bad' },
    ]) {
      expect(decodePack(v)).toBeNull();
    }
  });
});
