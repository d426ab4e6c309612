// The whole preparation on real bytes with the real parser: a report arriving as GBK, UTF-16 or
// .docx must parse exactly as its UTF-8 original does.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareImport, type PreparedImport } from '../../../src/lib/import/pipeline';
import { parseSafely } from '../../../src/lib/import/parseSafely';

const ROOT = resolve(__dirname, '../../..');
const fixture = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/import', name)));
const seedBytes = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'seeds', name)));

const deps = { parse: async (text: string, fileName: string | null) => parseSafely(text, fileName), findDuplicate: async () => null };

async function prepare(fileName: string, bytes: Uint8Array): Promise<PreparedImport> {
  const r = await prepareImport({ fileName, bytes }, deps);
  if (!r.ok) throw new Error(r.problem.message);
  return r.prepared;
}

const shape = (p: PreparedImport) => ({
  kind: p.parsed.document.kind,
  year: p.parsed.document.year,
  jurisdiction: p.parsed.document.jurisdiction,
  tasks: p.parsed.tasks.map((t) => [t.no, t.text, t.leaders, t.leadUnits, t.supportUnits]),
  targets: p.parsed.targets.map((t) => [t.metric, t.value, t.unit]),
});

describe('real files through prepareImport', () => {
  it('parses the GBK copy of the 2024 notice exactly as the UTF-8 seed (same file name)', async () => {
    const gbk = await prepare('notice.txt', fixture('notice-gbk.txt'));
    const utf8 = await prepare('notice.txt', seedBytes('002_cc78cbd2ab743c91.txt'));
    expect(gbk.format).toBe('gb18030');
    expect(shape(gbk)).toEqual(shape(utf8));
    expect(gbk.parsed.tasks.length).toBeGreaterThanOrEqual(157); // 157 numbered tasks in the text
    expect(gbk.blocking).toBeNull();
  });

  it('parses the UTF-16 copies of the 洪湖 report exactly as the UTF-8 seed', async () => {
    const utf8 = shape(await prepare('r.txt', seedBytes('004_8fc95960ca065cc7.txt')));
    expect(shape(await prepare('r.txt', fixture('report-utf16le.txt')))).toEqual(utf8);
    expect(shape(await prepare('r.txt', fixture('report-utf16be.txt')))).toEqual(utf8);
  });

  it('parses the .docx of the provincial-report notice to the same tasks as the text seed', async () => {
    const docx = await prepare('n.docx', fixture('notice.docx'));
    const txt = await prepare('n.txt', seedBytes('003_75f0195620c906fb.txt'));
    expect(docx.format).toBe('docx');
    expect(docx.parsed.document.kind).toBe('notice');
    expect(docx.parsed.tasks.length).toBeGreaterThanOrEqual(126); // 126 numbered tasks in the text
    expect(shape(docx).tasks).toEqual(shape(txt).tasks);
  });

  it('parses pasted text like the same text read from a file, with no file name', async () => {
    const text = new TextDecoder().decode(seedBytes('004_8fc95960ca065cc7.txt'));
    const seen: (string | null)[] = [];
    const r = await prepareImport(
      { fileName: '粘贴的文本', text },
      {
        ...deps,
        parse: async (t, name) => {
          seen.push(name);
          return parseSafely(t, name);
        },
      },
    );
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.prepared.format).toBe('pasted');
    expect(seen).toEqual([null]);
    expect(r.prepared.parsed.tasks.map((t) => t.text)).toEqual((await prepare('r.txt', seedBytes('004_8fc95960ca065cc7.txt'))).parsed.tasks.map((t) => t.text));
  });

  it('finishes a 2 MB text well within 10 s (hang detector, not a budget)', async () => {
    const seed = new TextDecoder().decode(seedBytes('002_cc78cbd2ab743c91.txt'));
    const big = new TextEncoder().encode(Array.from({ length: 36 }, () => seed).join('\n\n'));
    const t0 = performance.now();
    const r = await prepareImport({ fileName: 'big.txt', bytes: big }, deps);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.ok).toBe(true);
  }, 20_000);
});
