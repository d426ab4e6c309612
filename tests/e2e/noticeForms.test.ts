// A notice's task table whose header names no column the parser knows (条目 / 工作要点 / 联系人 / 挂点领导 /
// 承办科室 / 协同科室 / 截止日期): the preview shows its header and first rows with a select per column, the
// user says which column is which, 按此导入 reads the file again; the next file with the same header (here
// an .xlsx made by LibreOffice) is read with that mapping without asking. And a notice of the corpus as .docx
// (a Word table), .xlsx and .pdf previews the same tasks field by field, and opens its 督查台账 with the
// calendar its own letter sets (逢双月5日前).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, openApp, type Session } from './browser';
import { convert } from './office';

const HEADER = ['条目', '工作要点', '联系人', '挂点领导', '承办科室', '协同科室', '截止日期'];
const ROWS = [
  ['1', '建成城东污水处理厂二期工程', '周　敏', '韩　青', '市水务局', '市住建局', '2026年10月底'],
  ['2', '新增城镇就业1.5万人', '吴　凡', '', '市人社局', '', '2026年12月底'],
  ['3', '新建公办幼儿园4所', '郑　可', '秦　岚', '市教育局', '市财政局、市自然资源局', '2026年9月1日前'],
];

describe('a table with an unknown header, mapped by the user', () => {
  let s: Session;
  let dir: string;
  let copied: string;
  let sheet: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'colmap-e2e-'));
    // the notice copied from a web page: one cell per line, the merged leader cell printed once
    copied = join(dir, '岳阳市责任清单.txt');
    const letter = [
      '岳阳市人民政府办公室关于印发2026年重点工作责任清单的通知',
      '各区人民政府，市政府各部门：',
      '　　现将责任清单印发给你们，各承办科室于每月5日前报送进展。',
      '',
      '附件',
      '',
      '岳阳市2026年重点工作责任清单',
    ];
    const cells = ROWS.flatMap((r) => r.filter((c, i) => !(i === 3 && c === '')));
    writeFileSync(copied, [...letter, ...HEADER, ...cells, '', '抄送：市委办公室。'].join('\n'));
    // another office's sheet with the same header: a title row, the header, the rows
    const csv = join(dir, '华容县责任清单.csv');
    writeFileSync(csv, [`华容县2026年重点工作责任清单,,,,,,`, HEADER.join(','), ...ROWS.map((r) => r.map((c) => c.replace(/市/g, '县')).join(','))].join('\n'));
    sheet = convert(csv, 'xlsx', dir, 'CSV:44,34,76,1');
    s = await openApp({ fixedTime: '2026-03-10T10:00:00+08:00', viewport: { width: 1280, height: 900 } });
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 5, null, { timeout: 30_000 });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks what each column holds, reads the file again with the answer, and imports every task', async () => {
    const { page } = s;
    await page.setInputFiles('[data-testid="import-file"]', copied);
    const preview = page.locator('[data-testid="import-preview"][data-file="岳阳市责任清单.txt"]');
    await preview.waitFor({ timeout: 30_000 });
    const mapper = preview.locator('[data-testid="column-mapper"]');
    await mapper.waitFor();
    expect(await mapper.locator('th .cell').allTextContents()).toEqual(HEADER);
    expect(await preview.locator('[data-count="tasks"]').textContent()).toBe('0');
    // the guess takes 联系人 (names) for the leaders: the user corrects it
    expect(await mapper.locator('select[data-column="2"]').inputValue()).toBe('leaders');
    await mapper.locator('select[data-column="2"]').selectOption({ label: '不导入' });
    await mapper.locator('select[data-column="3"]').selectOption({ label: '责任领导' });
    expect(await mapper.locator('select').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).selectedOptions[0]?.textContent))).toEqual([
      '序号',
      '任务内容',
      '不导入',
      '责任领导',
      '牵头单位',
      '责任单位',
      '完成时限',
    ]);
    await preview.screenshot({ path: artifactPath('column-mapping.png') });
    await mapper.getByRole('button', { name: '按此导入' }).click();
    await expect.poll(() => preview.locator('[data-count="tasks"]').textContent(), { timeout: 30_000 }).toBe('3');
    expect(await preview.locator('[data-testid="column-mapper"]').count()).toBe(0);
    expect(await preview.locator('[data-count="leaders"]').textContent()).toBe('2');
    const sample = (await preview.locator('ol.sample').textContent()) ?? '';
    expect(sample).toContain('责任领导：韩青');
    expect(sample).toContain('牵头单位：市人社局');
    expect(sample).not.toContain('周敏');
    await preview.getByText('确认导入').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 6, null, { timeout: 30_000 });
  });

  it('reads the next file with the same header by the remembered mapping, without asking', async () => {
    const { page } = s;
    await page.setInputFiles('[data-testid="import-file"]', sheet);
    const preview = page.locator('[data-testid="import-preview"][data-file="华容县责任清单.xlsx"]');
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.locator('[data-testid="column-mapper"]').count()).toBe(0);
    expect(await preview.locator('[data-testid="import-mapped"]').textContent()).toContain('联系人→不导入');
    expect(await preview.locator('[data-count="tasks"]').textContent()).toBe('3');
    expect(await preview.locator('[data-count="leaders"]').textContent()).toBe('2');
    expect((await preview.locator('ol.sample').textContent()) ?? '').toContain('牵头单位：县人社局');
    await preview.getByText('确认导入').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 7, null, { timeout: 30_000 });
  });
});

describe('the same unknown header in a batch of files', () => {
  let s: Session;
  let dir: string;
  const files: string[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'colmap-batch-'));
    for (const place of ['岳阳市', '常德市']) {
      const file = join(dir, `${place}清单.txt`);
      const rows = ROWS.map((r) => r.map((c) => c.replace(/^市/, place)).join('\t'));
      writeFileSync(file, [`${place}2026年重点工作责任清单`, HEADER.join('\t'), ...rows].join('\n'));
      files.push(file);
    }
    s = await openApp({ viewport: { width: 1280, height: 900 } });
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 5, null, { timeout: 30_000 });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks once for the header both files share, and reads both with the answer', async () => {
    const { page } = s;
    await page.setInputFiles('[data-testid="import-file"]', files);
    const batch = page.locator('[data-testid="batch-import"]');
    await batch.waitFor();
    const mappers = batch.locator('[data-testid="batch-mapper"]');
    await expect.poll(() => mappers.count(), { timeout: 30_000 }).toBe(1);
    expect(await mappers.textContent()).toContain('等 2 个文件');
    await mappers.locator('select[data-column="2"]').selectOption({ label: '不导入' });
    await mappers.locator('select[data-column="3"]').selectOption({ label: '责任领导' });
    await mappers.getByRole('button', { name: '按此导入' }).click();
    await expect.poll(() => batch.locator('[data-testid="batch-row"] [data-count="tasks"]').allTextContents(), { timeout: 30_000 }).toEqual(['3', '3']);
    expect(await mappers.count()).toBe(0);
    await batch.getByRole('button', { name: '全部导入' }).click();
    await batch.locator('[data-testid="batch-saved"]').waitFor({ timeout: 30_000 });
    expect(await batch.locator('[data-testid="batch-saved"]').textContent()).toContain('已导入 2 个文件');
  });
});

const NOTICES = join(resolve(__dirname, '../..'), 'tests/fixtures/notices');
const NAME = '汉中市_2022';
interface GoldTask {
  no: string;
  prefix: string;
  leaders: string[];
  leadUnits: string[];
  supportUnits: string[];
  deadline: { text: string; date: string | null } | null;
}
const gold = JSON.parse(readFileSync(join(NOTICES, 'gold', `${NAME}.json`), 'utf8')) as { tasks: GoldTask[] };

describe('one notice as .docx, .xlsx and .pdf, and its own 督查台账', () => {
  let s: Session;
  beforeAll(async () => {
    // 2022-05-10, Beijing time: the April report (逢双月5日前) is past, the June one is next
    s = await openApp({ fixedTime: '2022-05-10T10:00:00+08:00', viewport: { width: 1366, height: 900 } });
    await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 5, null, { timeout: 30_000 });
  });
  afterAll(async () => {
    await s?.close();
  });

  /** The preview's sample tasks, field by field, as the page shows them. */
  async function sample(file: string) {
    await s.page.setInputFiles('[data-testid="import-file"]', join(NOTICES, file));
    const preview = s.page.locator(`[data-testid="import-preview"][data-file="${file}"]`);
    await preview.waitFor({ timeout: 30_000 });
    const tasks = await preview.locator('ol.sample li').evaluateAll((lis) =>
      lis.map((li) => {
        const field = (label: string) =>
          [...li.querySelectorAll('.resp span')]
            .map((e) => e.textContent ?? '')
            .find((t) => t.startsWith(`${label}：`))
            ?.slice(label.length + 1) ?? '';
        return {
          no: li.querySelector('.no')?.textContent ?? '',
          text: li.querySelector('.text')?.textContent ?? '',
          leaders: field('责任领导'),
          lead: field('牵头单位'),
          support: field('责任单位'),
          deadline: field('完成时限'),
        };
      }),
    );
    return { preview, count: await preview.locator('[data-count="tasks"]').textContent(), tasks };
  }

  it('previews the same tasks from the Word table, the sheet and the PDF, as the notice was written', async () => {
    const want = gold.tasks
      .slice(0, 5)
      .map((t) => ({ no: t.no, leaders: t.leaders.join('、'), lead: t.leadUnits.join('、'), support: t.supportUnits.join('、'), deadline: t.deadline?.text ?? '' }));
    const seen: Record<string, unknown> = {};
    for (const ext of ['xlsx', 'pdf', 'docx']) {
      const r = await sample(`${NAME}.${ext}`);
      expect(r.count, ext).toBe(String(gold.tasks.length));
      expect(
        r.tasks.map(({ text: _t, ...rest }) => rest),
        ext,
      ).toEqual(want);
      expect(
        r.tasks.every((t, i) => t.text.startsWith(gold.tasks[i]!.prefix)),
        ext,
      ).toBe(true);
      expect(await r.preview.locator('[data-testid="column-mapper"]').count()).toBe(0);
      seen[ext] = r.tasks;
      if (ext !== 'docx') {
        await r.preview.getByText('取消', { exact: true }).click();
        await r.preview.waitFor({ state: 'detached' });
      }
    }
    expect(seen.xlsx).toEqual(seen.docx);
    expect(seen.pdf).toEqual(seen.docx);
  });

  it('opens its 督查台账 with the calendar its letter sets, the deadline of each task, and lights on the fixed clock', async () => {
    const { page } = s;
    await page.locator(`[data-testid="import-preview"][data-file="${NAME}.docx"]`).getByText('确认导入').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 6, null, { timeout: 30_000 });
    await page.evaluate(() => (location.hash = '#v=ledger'));
    await page.waitForSelector('[data-testid="ledger-table"] tr.row', { timeout: 30_000 });
    const option = await page.locator('[data-testid="ledger-doc"] option', { hasText: '汉市政办〔2022〕6号' }).getAttribute('value');
    await page.selectOption('[data-testid="ledger-doc"]', option!);
    const rows = page.locator('[data-testid="ledger-table"] tr.row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(gold.tasks.length);
    expect(await page.textContent('[data-testid="ledger-calendar"] h3')).toContain('今天 2022年5月10日');
    // 逢双月5日前: April 5 past, June 5 next
    expect(await page.locator('[data-testid="calendar-past"][data-date="2022-04-05"]').count()).toBe(1);
    expect(await page.locator('[data-testid="calendar-upcoming"]').first().getAttribute('data-date')).toBe('2022-06-05');
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
    expect(cells.map((c) => [c[1], c[3]])).toEqual(gold.tasks.map((t) => [t.no, t.leaders.join('、')]));
    expect(cells.map((c) => c[5] ?? '')).toEqual(gold.tasks.map((t) => expect.stringContaining(t.deadline!.text) as unknown as string));
    // nothing reported yet for the April period: every task is judged, none left unlit
    // nothing was reported for the April period, which is past: every task is red for it
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-light')))).toEqual(gold.tasks.map(() => 'red'));
    await page.locator('[data-testid="ledger-view"]').screenshot({ path: artifactPath('foreign-ledger.png') });
    docxLedger = { value: option!, cells, calendar: await calendarDates() };
  });

  it('imported as a .pdf, the same notice opens the same 台账 and calendar', async () => {
    const { page } = s;
    await page.evaluate(() => (location.hash = ''));
    await page.setInputFiles('[data-testid="import-file"]', join(NOTICES, `${NAME}.pdf`));
    const preview = page.locator(`[data-testid="import-preview"][data-file="${NAME}.pdf"]`);
    await preview.waitFor({ timeout: 30_000 });
    await preview.getByText('确认导入').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="document-manager"] li.doc').length === 7, null, { timeout: 30_000 });
    await page.evaluate(() => (location.hash = '#v=ledger'));
    await page.waitForSelector('[data-testid="ledger-table"] tr.row', { timeout: 30_000 });
    const options = page.locator('[data-testid="ledger-doc"] option', { hasText: '汉市政办〔2022〕6号' });
    expect(await options.count()).toBe(2);
    const values = await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const pdf = values.find((v) => v !== docxLedger!.value);
    expect(pdf).toBeTruthy();
    await page.selectOption('[data-testid="ledger-doc"]', pdf!);
    const rows = page.locator('[data-testid="ledger-table"] tr.row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(gold.tasks.length);
    await expect.poll(calendarDates, { timeout: 10_000 }).toEqual(docxLedger!.calendar);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')))).toEqual(docxLedger!.cells);
  });

  let docxLedger: { value: string; cells: string[][]; calendar: (string | null)[] } | null = null;
  async function calendarDates(): Promise<(string | null)[]> {
    return s.page.locator('[data-testid="calendar-upcoming"], [data-testid="calendar-past"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
  }
});
