// A task table notice as an office sends it: the same notice as a Word table (.docx), a sheet saved as CSV and
// the table copied from a web page one cell per line. Each previews the same tasks, leaders and units.
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './browser';

const NOTICES = join(resolve(__dirname, '../..'), 'tests/fixtures/notices');

describe('a task table notice in every form it comes in', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 5, null, { timeout: 30_000 });
  });
  afterAll(async () => {
    await s?.close();
  });

  async function previewCounts(file: string): Promise<Record<string, number>> {
    const { page } = s;
    await page.setInputFiles('[data-testid="import-file"]', join(NOTICES, file));
    const preview = page.locator(`[data-testid="import-preview"][data-file="${file}"]`);
    await preview.waitFor({ timeout: 30_000 });
    const counts: Record<string, number> = {};
    for (const key of ['tasks', 'leaders', 'units']) counts[key] = Number.parseInt((await preview.locator(`[data-count="${key}"]`).textContent()) ?? '', 10);
    await preview.getByText('取消', { exact: true }).click();
    await preview.waitFor({ state: 'detached' });
    return counts;
  }

  it('previews the same tasks, leaders and units from the .docx, the .csv and the copied text', async () => {
    const docx = await previewCounts('六安市_2024.docx');
    // The table has 9 tasks under 4 leaders (a leader cell merged over the rows of one leader).
    expect(docx).toMatchObject({ tasks: 9, leaders: 4 });
    expect(docx.units).toBeGreaterThan(5);
    expect(await previewCounts('六安市_2024.csv')).toEqual(docx);
    expect(await previewCounts('六安市_2024.copied.txt')).toEqual(docx);
  });
});
