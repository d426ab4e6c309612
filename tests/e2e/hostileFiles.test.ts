// Files that used to take the page down (issue 20), in Chromium over file://, on the seeded ledger of
// 2024-06-20: a returned 台账 of 200,000 rows is refused with the figure and the limit in under 5 s;
// a .xlsx and a .docx whose XML unpacks to 1 GB (from about 2 MB on disk) are refused without a crash,
// and so is one whose sizes lie; a slow sheet shows progress and 取消 and stops when told; the page stays
// usable after each. Every file is made here at run time (tests/support/zipWriter.ts).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deflateBomb, sheetXml, writeZip, xlsxParts, type ZipInput } from '../support/zipWriter';
import type { Worker } from 'playwright-core';
import { APP_URL, artifactPath, openApp, type Page, type Session } from './browser';

const TODAY = '2024-06-20T10:00:00+08:00';
const dir = mkdtempSync(join(tmpdir(), 'e2e-hostile-'));
const file = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

const docxParts = (documentXml: ZipInput['data']): ZipInput[] => [
  {
    name: '[Content_Types].xml',
    data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  },
  {
    name: '_rels/.rels',
    data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  },
  { name: 'word/document.xml', data: documentXml },
];

const COLUMNS = ['序号', '任务', '责任领导', '牵头单位', '配合单位', '完成时限', '本期进展', '状态', '备注', '更新日期'];
let ROWS_200K = '';
let XLSX_BOMB = '';
let XLSX_LYING_BOMB = '';
let DOCX_BOMB = '';
let SLOW_SHEET = '';

beforeAll(() => {
  // As the issue's: 200,000 rows in about 8.5 MB (a random note per row keeps it from packing smaller).
  const rows = [['序号', '任务', '状态', '备注'], ...Array.from({ length: 200_000 }, (_, i) => [String(i + 1), `任务${i}`, '推进中', randomBytes(21).toString('base64')])];
  const big = writeZip(xlsxParts([{ name: '台账', xml: sheetXml(rows) }]));
  expect(big.length).toBeLessThan(20 * 1024 * 1024); // under the file cap: only the rows refuse it
  console.info(`200,000-row sheet: ${(big.length / 1024 / 1024).toFixed(1)} MB on disk`);
  ROWS_200K = file('二十万行.xlsx', big);
  XLSX_BOMB = file('炸弹.xlsx', writeZip(xlsxParts([{ name: '台账', xml: deflateBomb(1024) }])));
  XLSX_LYING_BOMB = file(
    '谎报大小.xlsx',
    writeZip(xlsxParts([{ name: '台账', xml: deflateBomb(1024) }]).map((p) => (p.name.includes('worksheets') ? { ...p, declaredSize: 4096 } : p))),
  );
  DOCX_BOMB = file('炸弹.docx', writeZip(docxParts(deflateBomb(1024))));
  // 300 rows of 9,000-character cells, 50 MB of XML: within every limit, but seconds of work for the library.
  const cell = 'x'.repeat(9_000);
  SLOW_SHEET = file(
    '很慢的表.xlsx',
    writeZip(xlsxParts([{ name: '台账', xml: sheetXml([COLUMNS, ...Array.from({ length: 300 }, (_, i) => [String(i + 1), ...Array.from({ length: 18 }, () => cell)])]) }])),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ledgerReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="ledger-table"] tr.row', { timeout: 30_000 });
}

/** The page still answers: a script runs and the ledger still lists its tasks. */
async function stillUsable(page: Page): Promise<void> {
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  expect(await page.locator('[data-testid="ledger-table"] tr.row').count()).toBeGreaterThan(0);
}

async function importSheet(page: Page, path: string): Promise<{ text: string; ms: number }> {
  const start = Date.now();
  await page.setInputFiles('[data-testid="sheet-import-input"]', path);
  const message = page.locator('[data-testid="sheet-import-message"]');
  await message.waitFor({ timeout: 60_000 });
  return { text: (await message.textContent()) ?? '', ms: Date.now() - start };
}

describe('hostile returned sheets', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp({ fixedTime: TODAY, hash: '#v=ledger' });
    await ledgerReady(s.page);
  });
  afterAll(async () => {
    expect(s?.errors ?? []).toEqual([]);
    await s?.close();
  });

  it('refuses a 200,000-row sheet in under 5 s, with the row count and the limit', async () => {
    const { text, ms } = await importSheet(s.page, ROWS_200K);
    expect(text).toContain('200,001 行');
    expect(text).toMatch(/超过上限 [\d,]+ 行/);
    expect(ms).toBeLessThan(5_000);
    console.info(`200,000-row sheet answered in ${ms} ms`);
    await s.page.locator('[data-testid="sheet-import-message"]').screenshot({ path: artifactPath('hostile-200k-rows.png') });
    expect(await s.page.locator('[data-testid="sheet-import-preview"]').count()).toBe(0);
    await stillUsable(s.page);
  });

  it('refuses a sheet that unpacks to 1 GB, from its declared size, without a crash', async () => {
    const { text, ms } = await importSheet(s.page, XLSX_BOMB);
    expect(text).toMatch(/1,024 MB.*64 MB/);
    console.info(`1 GB .xlsx bomb answered in ${ms} ms`);
    await stillUsable(s.page);
  });

  it('refuses a sheet whose declared size lies, at the limit while unpacking', async () => {
    const { text, ms } = await importSheet(s.page, XLSX_LYING_BOMB);
    expect(text).toMatch(/超过 6\d MB.*64 MB/);
    console.info(`lying .xlsx bomb answered in ${ms} ms`);
    await stillUsable(s.page);
  });

  it('shows progress and 取消 while a slow sheet is read, and stops it when told', async () => {
    const started: { closed: boolean }[] = [];
    const onWorker = (w: Worker) => {
      const seen = { closed: false };
      started.push(seen);
      w.on('close', () => (seen.closed = true));
    };
    s.page.on('worker', onWorker);
    await s.page.setInputFiles('[data-testid="sheet-import-input"]', SLOW_SHEET);
    const progress = s.page.getByTestId('sheet-import-progress');
    await progress.waitFor({ timeout: 10_000 });
    await expect.poll(() => progress.textContent(), { timeout: 30_000, interval: 50 }).toContain('正在读取表格');
    // The library works in a worker of its own: the page answers meanwhile.
    await expect.poll(() => started.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const t0 = Date.now();
    await stillUsable(s.page);
    expect(Date.now() - t0).toBeLessThan(1_000);
    await s.page.getByTestId('sheet-import-cancel').click();
    await expect.poll(() => s.page.textContent('[data-testid="sheet-import-message"]')).toContain('已取消读取');
    expect(await progress.count()).toBe(0);
    expect(await s.page.evaluate(() => Object.keys((globalThis as unknown as { __zfgzbgPacked?: object }).__zfgzbgPacked ?? {}))).not.toContain('read-excel-file/universal');
    expect(await s.page.locator('[data-testid="sheet-import-preview"]').count()).toBe(0);
    // Cancelling ended the worker, not just the wait.
    await expect.poll(() => started.every((w) => w.closed)).toBe(true);
    s.page.off('worker', onWorker);
  });
});

describe('a returned sheet over its time budget', () => {
  it('is stopped with a message saying so (the worker ends as on 取消, above)', async () => {
    const s = await openApp();
    try {
      const page = await s.context.newPage();
      await page.clock.install({ time: new Date(TODAY) });
      await page.goto(`${APP_URL}#v=ledger`);
      await ledgerReady(page);
      await page.setInputFiles('[data-testid="sheet-import-input"]', SLOW_SHEET);
      await expect.poll(() => page.getByTestId('sheet-import-progress').textContent(), { timeout: 30_000, interval: 50 }).toContain('正在读取表格');
      await page.clock.fastForward('05:00');
      await expect
        .poll(() => page.textContent('[data-testid="sheet-import-message"]'), { timeout: 10_000 })
        .toMatch(/很慢的表\.xlsx：超过 \d+ 秒仍未读完，已停止读取，没有导入任何内容/);
      expect(await page.locator('[data-testid="sheet-import-preview"]').count()).toBe(0);
    } finally {
      await s.close();
    }
  });
});

describe('a .docx bomb at the import', () => {
  it('is refused with the figure and the limit, and the next file imports', async () => {
    const s = await openApp();
    try {
      await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 5, null, { timeout: 30_000 });
      const start = Date.now();
      await s.page.setInputFiles('[data-testid="import-file"]', DOCX_BOMB);
      const error = s.page.getByTestId('import-error');
      await error.waitFor({ timeout: 30_000 });
      console.info(`1 GB .docx bomb answered in ${Date.now() - start} ms`);
      expect(await error.textContent()).toMatch(/word\/document\.xml.*1,024 MB.*64 MB/);
      expect(await s.page.evaluate(() => 1 + 1)).toBe(2);
      await s.page.setInputFiles('[data-testid="import-file"]', join(__dirname, '../fixtures/import/notice.docx'));
      await s.page.locator('[data-testid="import-preview"][data-file="notice.docx"]').waitFor({ timeout: 30_000 });
      // mammoth ran in a worker: the page itself never loaded it.
      expect(await s.page.evaluate(() => Object.keys((globalThis as unknown as { __zfgzbgPacked?: object }).__zfgzbgPacked ?? {}))).not.toContain('mammoth');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('a huge URL hash', () => {
  it('is ignored: the page opens with defaults, the app as fast as without it', async () => {
    /** From the app's start (its mount) to the task count on screen, measured in the page. */
    const ready = async (hash?: string) => {
      const s = await openApp(hash ? { hash } : {});
      await s.page.waitForFunction(
        () => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 5 && document.querySelector('[data-testid="task-count"]'),
        null,
        {
          timeout: 60_000,
          polling: 50,
        },
      );
      const ms = await s.page.evaluate(() => performance.now() - (performance.getEntriesByName('app:mount')[0]?.startTime ?? 0));
      return { s, ms, count: await s.page.textContent('[data-testid="task-count"]') };
    };
    const plain = await ready();
    await plain.s.close();
    // 1.5 MB of unit names (Chromium keeps URLs up to 2 MB): before, every one became a filter value.
    const huge = await ready(`#y=2024&${Array.from({ length: 60_000 }, (_, i) => `u=${encodeURIComponent(`单位${i}`)}`).join('&')}`);
    try {
      console.info(`app start to first paint: ${Math.round(plain.ms)} ms plain, ${Math.round(huge.ms)} ms with a 1.5 MB hash`);
      expect(huge.count).toBe(plain.count); // no filter from the ignored hash
      expect(huge.ms).toBeLessThan(plain.ms + 3_000);
      expect(huge.s.errors).toEqual([]);
    } finally {
      await huge.s.close();
    }
  });
});
