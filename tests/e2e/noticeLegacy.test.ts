// A notice as an office may still send it, in Office 97-2003 files: the Word table as .doc and the sheet as
// .xls (LibreOffice's renditions of the .docx and the .xlsx). Imported through the page, each gives the
// same tasks — numbers, text, leaders, lead and supporting units, deadlines — as the .docx; the readers
// are unpacked on first use and run in the office worker. A damaged .doc gets a reason in Chinese and
// nothing is lost.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dirEntry, setU32 } from '../support/compoundPatch';
import { artifactPath, openApp, type Page, type Session } from './browser';

const NOTICES = join(resolve(__dirname, '../..'), 'tests/fixtures/notices');
const DB = 'zfgzbg-dashboard';
const NOTICE = '六安市_2024';

interface StoredTask {
  no: string | null;
  text: string;
  leaders: string[];
  leadUnits: string[];
  supportUnits: string[];
  deadline: { date?: string | null; text?: string } | null;
}

/** The file's name and not a longer one (六安市_2024.doc, not 六安市_2024.docx). */
const named = (file: string) => new RegExp(`${file.replace(/\./g, '\\.')}(?![a-z])`);

async function importNotice(page: Page, file: string): Promise<number> {
  const started = Date.now();
  await page.setInputFiles('[data-testid="import-file"]', join(NOTICES, file));
  const preview = page.locator(`[data-testid="import-preview"][data-file="${file}"]`);
  await preview.waitFor({ timeout: 30_000 });
  const elapsed = Date.now() - started;
  await expect(preview.textContent()).resolves.toContain(file.endsWith('.xls') ? 'Excel 97-2003 表格（.xls）' : file.endsWith('.doc') ? 'Word 97-2003 文档（.doc）' : 'Word 文档');
  if (!file.endsWith('.docx')) await preview.screenshot({ path: artifactPath(`notice-legacy-${file.slice(file.lastIndexOf('.') + 1)}.png`) });
  // the same notice again (its text, or its 文号 and title): keep both, to compare them
  if ((await preview.locator('[data-testid="import-duplicate"]').count()) > 0) await preview.getByLabel('保留两份').check();
  await preview.getByText('确认导入').click();
  await page.locator('[data-testid="import-saved"]', { hasText: named(file) }).waitFor({ timeout: 30_000 });
  return elapsed;
}

const seenDocs = new Set<string>();

async function tasksOf(page: Page, file: string): Promise<StoredTask[]> {
  const docId = await page.locator('[data-testid="document-manager"] li.doc', { hasText: named(file) }).getAttribute('data-doc-id');
  expect(docId).toBeTruthy();
  expect(seenDocs.has(docId!)).toBe(false); // each file its own stored document
  seenDocs.add(docId!);
  const rows = await page.evaluate(
    ({ db, docId }) =>
      new Promise<StoredTask[]>((resolve, reject) => {
        const req = indexedDB.open(db);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          // a document's rows are in its row pack (schema v10): one JSON string
          const g = req.result.transaction('rowPacks').objectStore('rowPacks').get(docId);
          g.onsuccess = () => {
            req.result.close();
            resolve(g.result ? (JSON.parse(g.result.json).tasks as StoredTask[]) : []);
          };
        };
      }),
    { db: DB, docId: docId! },
  );
  return rows
    .map((t) => ({
      no: t.no,
      text: t.text,
      leaders: t.leaders,
      leadUnits: t.leadUnits,
      supportUnits: t.supportUnits,
      deadline: t.deadline ? { date: t.deadline.date ?? null, text: t.deadline.text ?? '' } : null,
    }))
    .sort((a, b) => Number(a.no) - Number(b.no));
}

describe('a notice as .doc and .xls', () => {
  let s: Session;
  const errors: string[] = [];
  beforeAll(async () => {
    s = await openApp();
    s.page.on('pageerror', (e) => errors.push(e.message));
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 5, null, { timeout: 30_000 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('imports the .doc and the .xls to the same tasks as the .docx', async () => {
    const { page } = s;
    await importNotice(page, `${NOTICE}.docx`);
    const docx = await tasksOf(page, `${NOTICE}.docx`);
    expect(docx).toHaveLength(9);
    expect(docx.every((t) => t.leaders.length > 0 && t.leadUnits.length > 0 && t.deadline !== null)).toBe(true);
    // note which packed reader each worker runs, from its script
    await page.evaluate(() => {
      const w = window as unknown as { Worker: typeof Worker; legacyWorkers: string[] };
      w.legacyWorkers = [];
      const Original = w.Worker;
      w.Worker = class extends Original {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          void fetch(url)
            .then((r) => r.text())
            .then((t) => {
              for (const name of ['doc-reader', 'xls-reader']) if (t.includes(`"${name}", "`)) w.legacyWorkers.push(name);
            })
            .catch(() => {});
        }
      };
    });
    // each reader is unpacked on this first file of its kind and run in a worker: well within a user's patience
    const docMs = await importNotice(page, `${NOTICE}.doc`);
    expect(await tasksOf(page, `${NOTICE}.doc`)).toEqual(docx);
    const xlsMs = await importNotice(page, `${NOTICE}.xls`);
    expect(await tasksOf(page, `${NOTICE}.xls`)).toEqual(docx);
    console.log(`choosing the file to its preview: .doc ${docMs} ms, .xls ${xlsMs} ms`);
    expect([docMs, xlsMs].every((ms) => ms < 15_000)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { legacyWorkers: string[] }).legacyWorkers)).toEqual(['doc-reader', 'xls-reader']);
    expect(errors).toEqual([]);
  });

  it('refuses a damaged .doc with a reason in Chinese and keeps every document', async () => {
    const { page } = s;
    const before = await page.locator('[data-testid="document-manager"] li.doc').count();
    const bytes = readFileSync(join(NOTICES, `${NOTICE}.doc`));
    await page.setInputFiles('[data-testid="import-file"]', { name: '半截.doc', mimeType: 'application/msword', buffer: bytes.subarray(0, 5000) });
    await page.locator('[data-testid="import-error"]', { hasText: /「半截\.doc」无法导入：Word 文件不完整或已损坏（.*）.*另存为 \.docx 再导入/ }).waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="document-manager"] li.doc').count()).toBe(before);
    expect(errors).toEqual([]);
  });

  it('answers a .doc whose stream declares 1 GB, and a .xls whose sector chain loops, in under 5 s, reading nothing more', async () => {
    const { page } = s;
    const before = await page.locator('[data-testid="document-manager"] li.doc').count();
    const giant = new Uint8Array(readFileSync(join(NOTICES, `${NOTICE}.doc`)));
    setU32(giant, dirEntry(giant, 'WordDocument') + 120, 1024 ** 3);
    const loop = new Uint8Array(readFileSync(join(NOTICES, `${NOTICE}.xls`)));
    const start = 512 * (new DataView(loop.buffer).getUint32(0x4c, true) + 1);
    for (let n = 0; n < 128; n++) setU32(loop, start + n * 4, n); // every sector its own successor
    for (const [name, bytes, reason] of [
      ['巨大.doc', giant, /「巨大\.doc」无法导入：Word 文件已损坏（其中的数据流声明有 1073741824 字节/],
      ['循环.xls', loop, /「循环\.xls」无法导入：表格文件已损坏（内部扇区链出现循环）/],
    ] as const) {
      const started = Date.now();
      await page.setInputFiles('[data-testid="import-file"]', { name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
      await page.locator('[data-testid="import-error"]', { hasText: reason }).waitFor({ timeout: 15_000 });
      const ms = Date.now() - started;
      console.log(`${name} answered in ${ms} ms`);
      expect(ms).toBeLessThan(5_000);
    }
    expect(await page.locator('[data-testid="document-manager"] li.doc').count()).toBe(before);
    expect(errors).toEqual([]);
  });
});
