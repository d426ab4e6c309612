// The bench's synthetic corpus: real sentences of the seeds moved to other places and years; the
// parser must read back exactly the place and year each document was made for.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../../scripts/corpus/synthetic';
import { parseReport } from '../../../src/lib/parse/index';

const dir = new URL('../../../seeds/', import.meta.url);
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ fileName: f, text: readFileSync(new URL(f, dir), 'utf8') }));

describe('synthetic corpus', () => {
  const docs = syntheticCorpus(seeds, 40);

  it('makes the requested number of documents, each a distinct place and year', () => {
    expect(docs).toHaveLength(40);
    expect(new Set(docs.map((d) => `${d.place}/${d.year}`)).size).toBe(40);
    expect(new Set(docs.map((d) => d.place)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(docs.map((d) => d.template)).size).toBe(seeds.length);
  });

  it('reads back as the place and year it was made for, with tasks', () => {
    for (const d of docs) {
      const r = parseReport(d.text, { fileName: d.fileName });
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.data.document.jurisdiction).toBe(d.place);
      expect(r.data.document.year).toBe(d.year);
      expect(r.data.tasks.length).toBeGreaterThan(5);
    }
  });

  it('no longer names the template place', () => {
    const homes = new Map(
      seeds.map((s) => {
        const r = parseReport(s.text);
        return [s.fileName, r.ok ? (r.data.document.jurisdiction ?? '') : ''];
      }),
    );
    for (const d of docs) {
      const home = homes.get(d.template) as string;
      expect(home.length).toBeGreaterThan(1);
      expect(d.text.includes(home)).toBe(false);
    }
  });

  it('is the same corpus for the same seed and another for another seed', () => {
    const again = syntheticCorpus(seeds, 10);
    expect(again.map((d) => d.text)).toEqual(docs.slice(0, 10).map((d) => d.text));
    const other = syntheticCorpus(seeds, 10, { seed: 7 });
    expect(other.map((d) => d.text)).not.toEqual(again.map((d) => d.text));
  });

  it('keeps every main target and about the requested number of tasks', () => {
    const notices = docs.filter((d) => d.parsed.document.kind === 'notice');
    expect(notices.length).toBeGreaterThan(0);
    for (const d of notices) expect(d.parsed.tasks.filter((t) => t.category === 'target').length).toBeGreaterThan(0);
    const mean = docs.reduce((n, d) => n + d.parsed.tasks.length, 0) / docs.length;
    expect(mean).toBeGreaterThan(25);
    expect(mean).toBeLessThan(60);
  });
});
