// The bench's real-text corpus: the corpus's real reports and the notices, moved to other places and
// years with every task kept; provincial reports move to other provinces.
import { describe, expect, it } from 'vitest';
import { readRealSources } from '../../../scripts/benchScale';
import { realTextCorpus } from '../../../scripts/corpus/synthetic';
import { parseReport } from '../../../src/lib/parse/index';

const sources = readRealSources();
const tasksOf = new Map(
  sources.map((s) => {
    const r = parseReport(s.text, { fileName: s.fileName });
    return [s.fileName, r.ok ? r.data.tasks.length : 0];
  }),
);

describe('real-text corpus', () => {
  // Two years a place: 30 places, so most of the 62 sources are used once.
  const docs = realTextCorpus(sources, 60, { years: [2021, 2022] });

  it('is made from the real reports and the notices', () => {
    expect(sources.filter((s) => /^[^_]+_\d{4}\.txt$/.test(s.fileName)).length).toBeGreaterThanOrEqual(48);
    expect(docs).toHaveLength(60);
    expect(new Set(docs.map((d) => `${d.place}/${d.year}`)).size).toBe(60);
    expect(docs.filter((d) => d.parsed.document.kind === 'notice').length).toBeGreaterThanOrEqual(4);
    expect(docs.some((d) => /(?:省|自治区)$/.test(d.place))).toBe(true);
  });

  it('reads back as the place and year it was made for, keeping every task of its source', () => {
    for (const d of docs) {
      const r = parseReport(d.text, { fileName: d.fileName });
      expect(r.ok && r.data.document.jurisdiction).toBe(d.place);
      expect(r.ok && r.data.document.year).toBe(d.year);
      expect(d.parsed.tasks.length).toBeGreaterThanOrEqual(Math.floor((tasksOf.get(d.template) ?? 0) * 0.9));
    }
  });

  it('drops provincial sources instead of failing once the provinces run out', () => {
    const many = realTextCorpus(sources, 900, { years: [2021] });
    expect(many).toHaveLength(900);
    const provinces = new Set(many.filter((d) => /(?:省|自治区)$/.test(d.place)).map((d) => d.place));
    expect(provinces.size).toBeLessThanOrEqual(27);
  });
});
