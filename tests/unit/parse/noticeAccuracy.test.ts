// The parser on the notice corpus (tests/fixtures/notices, written for issue 21): every file read as
// the page reads it, then scored against its gold. The figures measured when the corpus was written
// are floors, rounded down: a parser change may raise them, never lower them. Raise the floors when
// it does. `npm run accuracy -- --notices` prints the same figures with every miss.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureNotices, NOTICES_DIR, type NoticeRun } from '../../../scripts/accuracy';
import type { NoticeGold } from '../../../scripts/corpus/noticeGold';
import { normText, type Rate } from '../../../scripts/corpus/noticeScore';

const FLOORS: Record<string, { recall: number; precision: number }> = {
  // Every file of the corpus (.txt in any encoding, .docx, .doc, .xlsx, .xls, .pdf, .csv, copied tables) is read right.
  tasks: { recall: 1, precision: 1 },
  leaders: { recall: 1, precision: 1 },
  leadUnits: { recall: 1, precision: 1 },
  supportUnits: { recall: 1, precision: 1 },
  deadlines: { recall: 1, precision: 1 },
  reporting: { recall: 1, precision: 1 },
  kind: { recall: 1, precision: 1 },
  place: { recall: 1, precision: 1 },
  year: { recall: 1, precision: 1 },
  docNumber: { recall: 1, precision: 1 },
  issuedOn: { recall: 1, precision: 1 },
};

describe('the parser on the notice corpus', () => {
  let run: NoticeRun;
  beforeAll(async () => {
    run = await measureNotices();
  }, 60_000);

  it('reads every gold file and scores every file of the manifest', () => {
    expect(run.badGold).toEqual([]);
    const manifest = readFileSync(join(NOTICES_DIR, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
    expect(run.scores).toHaveLength(manifest.length);
    expect(new Set(run.scores.map((s) => s.name)).size).toBeGreaterThanOrEqual(22);
  });

  it('holds every field at or above its floor', () => {
    const s = run.summary;
    for (const [field, floor] of Object.entries(FLOORS)) {
      const r = s[field as keyof typeof s] as Rate;
      expect([field, r.recall >= floor.recall, r.precision >= floor.precision]).toEqual([field, true, true]);
    }
  });

  it('reads each .xlsx sheet to the same tasks as the .docx of its notice, with nothing wrong', () => {
    const sheets = run.scores.filter((x) => x.type === 'xlsx');
    expect(sheets.length).toBeGreaterThanOrEqual(6);
    for (const sheet of sheets) {
      const docx = run.scores.find((x) => x.type === 'docx' && x.name === sheet.name);
      expect([sheet.file, sheet.unreadable, sheet.tasks, sheet.errors]).toEqual([sheet.file, null, docx?.tasks, []]);
    }
  });

  it('reads each .doc and .xls (Office 97-2003, made by LibreOffice) to the same tasks as its .docx / .xlsx (or .txt), with nothing wrong', () => {
    for (const [legacy, modern] of [
      ['doc', 'docx'],
      ['xls', 'xlsx'],
    ] as const) {
      const files = run.scores.filter((x) => x.type === legacy);
      expect(files.length).toBeGreaterThanOrEqual(6);
      for (const f of files) {
        const same = run.scores.find((x) => x.type === modern && x.name === f.name) ?? run.scores.find((x) => x.file.endsWith('.txt') && x.name === f.name);
        expect(same).toBeDefined();
        expect([f.file, f.unreadable, f.tasks, f.errors]).toEqual([f.file, null, same?.tasks, []]);
      }
    }
  });

  it('reads every PDF with nothing wrong (pdf.js, its table rows rebuilt from positions and borders)', () => {
    const pdfs = run.scores.filter((x) => x.type === 'pdf');
    expect(pdfs.length).toBeGreaterThanOrEqual(6);
    for (const s of pdfs) expect([s.file, s.unreadable, s.errors]).toEqual([s.file, null, []]);
  });

  it('says why a file it cannot read is unread', () => {
    for (const s of run.scores.filter((x) => x.unreadable !== null)) expect(s.errors[0]).toMatch(/^unreadable: \S/);
  });
});

describe('the notice corpus itself', () => {
  const files = readdirSync(NOTICES_DIR).filter((f) => /\.(txt|docx|doc|xlsx|xls|pdf|csv)$/.test(f));
  const corpusDir = join(NOTICES_DIR, '..', 'corpus');
  const seedsDir = join(NOTICES_DIR, '..', '..', '..', 'seeds');
  const known = [
    ...readdirSync(corpusDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(corpusDir, f)),
    ...readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(seedsDir, f)),
  ]
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');

  it('keeps every file small (< 60 KB)', () => {
    for (const f of files) expect([f, statSync(join(NOTICES_DIR, f)).size < 60 * 1024]).toEqual([f, true]);
  });

  it('prints what its gold says: every task prefix, leader, unit, 文号 and rule is in the text of each notice', () => {
    const norm = (x: string) => normText(x);
    for (const f of files.filter((x) => x.endsWith('.txt'))) {
      const bytes = readFileSync(join(NOTICES_DIR, f));
      const text = norm(new TextDecoder(f.endsWith('.gb18030.txt') ? 'gb18030' : 'utf-8').decode(bytes));
      const gold = JSON.parse(readFileSync(join(NOTICES_DIR, 'gold', `${f.replace(/(\.copied|\.gb18030)?\.txt$/, '')}.json`), 'utf8')) as NoticeGold;
      const missing: string[] = [];
      const want = (x: string) => {
        if (!text.includes(norm(x))) missing.push(x);
      };
      want(gold.docNumber);
      for (const r of gold.reporting) want(r.text);
      for (const t of gold.tasks) {
        want(t.prefix);
        for (const l of t.leaders) want(l);
        // A unit printed under a shared prefix (省统计局、财政厅) is in the text without its first character.
        for (const u of [...t.leadUnits, ...t.supportUnits]) if (!text.includes(norm(u))) want(u.slice(1));
        if (t.deadline) want(t.deadline.text);
      }
      expect([f, missing]).toEqual([f, []]);
    }
  });

  it('uses places that appear in no seed and no report of the corpus', () => {
    const places = new Set(files.map((f) => f.replace(/_.*$/, '')));
    expect(places.size).toBeGreaterThanOrEqual(20);
    for (const p of places) expect([p, known.includes(p.slice(0, -1))]).toEqual([p, false]);
  });
});
