// A batch with a report whose head names no place: the batch list flags the place as unsure and shows
// the parser's warnings; the place and year are corrected in the list before 「全部导入」; after a
// reload the filters, the main targets and the document manager show the corrected place.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, openApp, type Session } from './browser';

/** Invented reports: one whose delivery line names its place, one whose head names none (its body names another city). */
const SURE = `政府工作报告
——2024年1月9日在株洲市第十六届人民代表大会第四次会议上
市长 某某
各位代表：
一、2023年工作回顾
过去一年，全市地区生产总值增长5.1%。
二、2024年工作安排
今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业4万人。
（一）扩大有效投资。新开工项目150个。
（二）改善民生。新建幼儿园12所。
`;
const UNSURE = `政府工作报告
各位代表：
一、2023年工作回顾
过去一年，岳阳市地区生产总值增长5%，岳阳市港口建设加快，湖南省城陵矶新港区获批。
二、2024年工作安排
今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业3万人。
（一）扩大有效投资。新开工项目200个。
（二）提升城市品质。改造老旧小区50个。
`;

describe('place correction', () => {
  let s: Session;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'place-correction-'));
    writeFileSync(join(dir, '株洲报告.txt'), SURE);
    writeFileSync(join(dir, '无地区报告.txt'), UNSURE);
    s = await openApp({ viewport: { width: 1366, height: 900 } });
    await s.page.waitForFunction(() => /共\s*5\s*份文件/.test(document.querySelector('header')?.textContent ?? ''), null, { timeout: 60_000 });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('flags the unsure place in the batch list, takes the correction there, and keeps it after a reload', { timeout: 120_000 }, async () => {
    const { page } = s;
    await page.setInputFiles('[data-testid="import-file"]', [join(dir, '株洲报告.txt'), join(dir, '无地区报告.txt')]);
    const batch = page.locator('[data-testid="batch-import"]');
    await batch.waitFor();
    const sure = batch.locator('[data-testid="batch-row"][data-file="株洲报告.txt"]');
    const unsure = batch.locator('[data-testid="batch-row"][data-file="无地区报告.txt"]');
    await unsure.and(page.locator('[data-status="parsed"]')).waitFor({ timeout: 60_000 });
    await sure.and(page.locator('[data-status="parsed"]')).waitFor({ timeout: 60_000 });

    // the sure one: its place, no flag; the unsure one: the body's place, flagged, with the parser's warning listed
    await expect(sure.locator('[data-testid="batch-place"]').textContent()).resolves.toContain('株洲市');
    expect(await sure.locator('[data-testid="place-unsure"]').count()).toBe(0);
    await expect(unsure.locator('[data-testid="batch-place"]').textContent()).resolves.toContain('岳阳市');
    await expect(unsure.locator('[data-testid="place-unsure"]').textContent()).resolves.toBe('待核对');
    await expect(unsure.locator('[data-testid="batch-warnings"]').textContent()).resolves.toContain('请核对地区');
    await expect(batch.locator('[data-testid="batch-unsure"]').textContent()).resolves.toContain('1 个文件的地区或年份');
    await batch.locator('[data-testid="batch-only-unsure"]').check();
    expect(await batch.locator('[data-testid="batch-row"]').count()).toBe(1);
    await batch.screenshot({ path: artifactPath('place-correction-flagged.png') });
    await batch.locator('[data-testid="batch-only-unsure"]').uncheck();
    expect(await batch.locator('[data-testid="batch-row"]').count()).toBe(2);

    // a place the gazetteer does not know is refused in Chinese; a real one is taken
    await unsure.locator('[data-testid="place-edit"]').click();
    const editor = batch.locator('[data-testid="place-editor"]');
    await editor.locator('[data-testid="place-input"]').fill('某某不存在市');
    await editor.locator('[data-testid="place-save"]').click();
    await expect(editor.locator('[data-testid="place-error"]').textContent()).resolves.toContain('名录中没有');
    await editor.locator('[data-testid="place-input"]').fill('益阳市');
    await editor.locator('[data-testid="year-input"]').fill('2024');
    await page.screenshot({ path: artifactPath('place-correction-editing.png') });
    await editor.locator('[data-testid="place-save"]').click();
    await editor.waitFor({ state: 'detached' });
    await expect(unsure.locator('[data-testid="batch-place"]').textContent()).resolves.toContain('益阳市');
    expect(await unsure.locator('[data-testid="place-unsure"]').count()).toBe(0);
    await expect(unsure.locator('[data-testid="place-corrected"]').textContent()).resolves.toBe('已更正');
    await batch.screenshot({ path: artifactPath('place-correction.png') });

    await batch.getByRole('button', { name: '全部导入' }).click();
    await batch.locator('[data-testid="batch-saved"]').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => /共\s*7\s*份文件/.test(document.querySelector('header')?.textContent ?? ''), null, { timeout: 60_000 });

    // after a reload: the filters and the target table name the corrected place, the wrong one is gone
    await page.reload();
    await page.waitForFunction(() => /共\s*7\s*份文件/.test(document.querySelector('header')?.textContent ?? ''), null, { timeout: 60_000 });
    const filters = page.locator('section.filters');
    await expect(filters.textContent()).resolves.toContain('益阳市');
    expect(await filters.textContent()).not.toContain('岳阳市');
    const table = page.locator('.targets');
    await page.waitForFunction(() => (document.querySelector('.targets')?.textContent ?? '').includes('益阳市'), null, { timeout: 30_000 });
    expect(await table.textContent()).not.toContain('岳阳市');
    const managed = page.locator('[data-testid="document-manager"] li', { hasText: '无地区报告.txt' });
    await expect(managed.locator('[data-testid="doc-place"]').textContent()).resolves.toBe('益阳市');
    await table.screenshot({ path: artifactPath('place-correction-table.png') });
  });

  it('corrects the year in the document manager, kept after a reload', { timeout: 60_000 }, async () => {
    const { page } = s;
    // the manager lists only the flagged documents on request: the corrected one is not among them
    const manager = page.locator('[data-testid="document-manager"]');
    await manager.locator('[data-testid="docs-unsure"] input').check();
    const flagged = await manager.locator('li.doc').count();
    expect(flagged).toBeGreaterThan(0);
    expect(await manager.locator('li.doc [data-testid="place-unsure"], li.doc [data-testid="year-unsure"]').count()).toBeGreaterThanOrEqual(flagged);
    expect(await manager.locator('li.doc', { hasText: '无地区报告.txt' }).count()).toBe(0);
    await manager.locator('[data-testid="docs-unsure"] input').uncheck();
    const managed = page.locator('[data-testid="document-manager"] li', { hasText: '无地区报告.txt' });
    await managed.locator('[data-testid="place-edit"]').click();
    await managed.locator('[data-testid="year-input"]').fill('2023');
    await managed.locator('[data-testid="place-save"]').click();
    await managed.locator('[data-testid="place-editor"]').waitFor({ state: 'detached' });
    // the editor closes when the write is done; the list shows it when the live read delivers it
    await expect.poll(() => managed.locator('[data-testid="doc-year"]').textContent(), { timeout: 15_000 }).toBe('2023');
    await page.reload();
    await page.waitForFunction(() => /共\s*7\s*份文件/.test(document.querySelector('header')?.textContent ?? ''), null, { timeout: 60_000 });
    const again = page.locator('[data-testid="document-manager"] li', { hasText: '无地区报告.txt' });
    await expect(again.locator('[data-testid="doc-year"]').textContent()).resolves.toBe('2023');
    await expect(again.locator('[data-testid="doc-place"]').textContent()).resolves.toBe('益阳市');
    expect(s.errors).toEqual([]);
  });
});
