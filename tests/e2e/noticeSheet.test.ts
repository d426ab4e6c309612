// A task table notice that comes as an Excel sheet (.xlsx: a title row, a header row, a leader cell merged over
// the rows of one leader), imported through the page's file input: the preview counts the same tasks, leaders
// and units as the Word copy of the same notice, and once confirmed the notice opens its own 督查台账 with
// every task under its leader, a lead unit and its deadline.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, openApp, type Session } from './browser';

const NOTICES = join(resolve(__dirname, '../..'), 'tests/fixtures/notices');
const NAME = '六安市_2024';
const gold = JSON.parse(readFileSync(join(NOTICES, 'gold', `${NAME}.json`), 'utf8')) as { tasks: { no: string; leaders: string[]; leadUnits: string[] }[] };

describe('a task table notice as an .xlsx sheet', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp({ fixedTime: '2024-07-10T10:00:00+08:00' });
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 5, null, { timeout: 30_000 });
  });
  afterAll(async () => {
    await s?.close();
  });

  async function preview(file: string) {
    await s.page.setInputFiles('[data-testid="import-file"]', join(NOTICES, file));
    const at = s.page.locator(`[data-testid="import-preview"][data-file="${file}"]`);
    await at.waitFor({ timeout: 30_000 });
    const counts: Record<string, number> = {};
    for (const key of ['tasks', 'leaders', 'units']) counts[key] = Number.parseInt((await at.locator(`[data-count="${key}"]`).textContent()) ?? '', 10);
    return { at, counts };
  }

  it('previews the same tasks, leaders and units as the .docx of the notice', async () => {
    const docx = await preview(`${NAME}.docx`);
    await docx.at.getByText('取消', { exact: true }).click();
    await docx.at.waitFor({ state: 'detached' });
    const xlsx = await preview(`${NAME}.xlsx`);
    expect(xlsx.counts).toEqual(docx.counts);
    expect(xlsx.counts).toMatchObject({ tasks: gold.tasks.length, leaders: new Set(gold.tasks.flatMap((t) => t.leaders)).size });
    expect(await xlsx.at.textContent()).toContain('Excel 表格');
  });

  it('once confirmed, opens its 督查台账 with every task under its own leader, a lead unit and a deadline', async () => {
    const { page } = s;
    const at = page.locator(`[data-testid="import-preview"][data-file="${NAME}.xlsx"]`);
    await at.getByText('确认导入').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 6, null, { timeout: 30_000 });
    await page.evaluate(() => (location.hash = '#v=ledger'));
    await page.waitForSelector('[data-testid="ledger-table"] tr.row', { timeout: 30_000 });
    const option = await page.locator('[data-testid="ledger-doc"] option', { hasText: '六安' }).getAttribute('value');
    expect(option).toBeTruthy();
    await page.selectOption('[data-testid="ledger-doc"]', option!);
    const rows = page.locator('[data-testid="ledger-table"] tr.row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(gold.tasks.length);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
    // Columns: 灯, 序号, 任务, 责任领导, 牵头单位, 完成时限, … (a unit shows under the directory's full name:
    // 市科技局 as 市科学技术局, so only its presence is checked here; the unit tests compare the names).
    expect(cells.map((c) => [c[1], c[3]])).toEqual(gold.tasks.map((t) => [t.no, t.leaders.join('、')]));
    expect(cells.map((c) => c[4] !== '' && /2024/.test(c[5] ?? ''))).toEqual(gold.tasks.map(() => true));
    await page.locator('[data-testid="ledger-view"]').screenshot({ path: artifactPath('notice-sheet-ledger.png') });
  });
});
