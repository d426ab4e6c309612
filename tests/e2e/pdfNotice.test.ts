// A notice as a PDF with a text layer (LibreOffice's export of the .docx): pdf.js, unpacked on this first
// PDF, reads it in its own worker, and the preview shows the same tasks, leaders and units as the .docx.
// A file named .pdf that is not one gets a reason in Chinese, and nothing else is lost.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './browser';

const NOTICES = join(resolve(__dirname, '../..'), 'tests/fixtures/notices');

describe('a notice as a .pdf', () => {
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

  async function previewCounts(path: string, file: string): Promise<Record<string, number>> {
    const { page } = s;
    await page.setInputFiles('[data-testid="import-file"]', path);
    const preview = page.locator(`[data-testid="import-preview"][data-file="${file}"]`);
    await preview.waitFor({ timeout: 30_000 });
    const counts: Record<string, number> = {};
    for (const key of ['tasks', 'leaders', 'units']) counts[key] = Number.parseInt((await preview.locator(`[data-count="${key}"]`).textContent()) ?? '', 10);
    await preview.getByText('取消', { exact: true }).click();
    await preview.waitFor({ state: 'detached' });
    return counts;
  }

  it('previews the same tasks, leaders and units as the .docx it was made from', async () => {
    const docx = await previewCounts(join(NOTICES, '六安市_2024.docx'), '六安市_2024.docx');
    expect(docx).toMatchObject({ tasks: 9, leaders: 4 });
    // pdf.js's own worker runs the parsing: note each worker's script as it starts
    await s.page.evaluate(() => {
      const w = window as unknown as { Worker: typeof Worker; pdfWorkers: number };
      w.pdfWorkers = 0;
      const Original = w.Worker;
      w.Worker = class extends Original {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          void fetch(url)
            .then((r) => r.text())
            .then((t) => {
              if (t.includes('WorkerMessageHandler')) w.pdfWorkers++;
            })
            .catch(() => {});
        }
      };
    });
    const started = Date.now();
    expect(await previewCounts(join(NOTICES, '六安市_2024.pdf'), '六安市_2024.pdf')).toEqual(docx);
    // pdf.js is unpacked and started for this first PDF: still well within a user's patience
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(errors).toEqual([]);
    expect(await s.page.evaluate(() => (window as unknown as { pdfWorkers: number }).pdfWorkers)).toBe(1);
  });

  it('refuses a file named .pdf that is not a PDF, in Chinese, and keeps the documents', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-e2e-'));
    const fake = join(dir, '假的通知.pdf');
    writeFileSync(fake, '这不是 PDF 文件，只是改了扩展名的文字。');
    await s.page.setInputFiles('[data-testid="import-file"]', fake);
    await s.page.getByText(/「假的通知\.pdf」无法导入：.*PDF/).waitFor({ timeout: 15_000 });
    expect(await s.page.locator('[data-testid="document-manager"] li.doc').count()).toBe(5);
  });
});
