// The 督查通报 as an issued document (issue 22 item 5), on 随政办发〔2024〕2号 with the clock fixed on
// 2024-06-20: reports for the June round entered on the deadline day, the day after, 滞后, and by one of
// a joint task's two lead units; the 通报 for the June round carries its own 文号, 主送, 落款 and 版记,
// lists 未报送 and 滞后 apart, and its .docx (GB/T 9704: 仿宋 body, 小标宋 title) converted by LibreOffice
// leaves no heading alone at the bottom of a page. PNGs of the PDF's pages go to artifacts/tongbao-*.png.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { artifactPath, ARTIFACTS, openApp, type Page, type Session } from './browser';
import { convert, pdfPages } from './office';

const TODAY = '2024-06-20T10:00:00+08:00';
const row = (page: Page, no: string) => page.locator('[data-testid="ledger-table"] tr.row').filter({ has: page.locator('td.no', { hasText: new RegExp(`^${no}$`) }) });
const HEADING = /^\s*([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

async function report(page: Page, no: string, r: { on: string; status?: string; note: string; unit?: string }): Promise<void> {
  const t = row(page, no);
  await t.locator('button.toggle').click();
  const form = page.locator('[data-testid="entry-form"]');
  await form.locator('select').first().selectOption('2024-06-15');
  await form.locator('input[type="date"]').first().fill(r.on);
  if (r.status) await form.locator('select').nth(1).selectOption(r.status);
  if (r.unit !== undefined) await form.locator('input[type="text"]').first().fill(r.unit);
  await form.locator('textarea').fill(r.note);
  await form.getByRole('button', { name: '保存报送' }).click();
  await page.locator('[data-testid="history"] li').first().waitFor({ timeout: 10_000 });
  await t.locator('button.toggle').click();
}

describe('the 督查通报 for the June 2024 round of 随政办发〔2024〕2号', () => {
  let s: Session;
  const dir = mkdtempSync(join(tmpdir(), 'tongbao-'));
  let xml = '';
  beforeAll(async () => {
    s = await openApp({ fixedTime: TODAY, hash: '#v=ledger' });
    await s.page.waitForSelector('[data-testid="ledger-table"] tr.row', { timeout: 30_000 });
    await report(s.page, '10', { on: '2024-06-15', note: '按期推进，完成年度投资45%' }); // the deadline day: on time
    await report(s.page, '11', { on: '2024-06-16', note: '补报：项目已开工' }); // the day after: late
    await report(s.page, '20', { on: '2024-06-14', status: '滞后', note: '征地拆迁未完成' }); // on time, behind
    await report(s.page, '16', { on: '2024-06-14', note: '市经信局已完成方案', unit: '市经信局' }); // one of two lead units
    await s.page.click('[data-testid="view-briefing"]');
    await s.page.waitForSelector('[data-testid="briefing-page"]', { timeout: 30_000 });
  }, 120_000);
  afterAll(async () => {
    expect(s?.errors ?? []).toEqual([]);
    expect(s?.network ?? []).toEqual([]);
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const pagesText = async () => (await s.page.locator('[data-testid="briefing-page"]').allTextContents()).join('\n');

  it('judges the June round as of its deadline, by single lead unit, 未报送 and 滞后 apart', async () => {
    expect(await s.page.locator('[data-testid="briefing-period"]').inputValue()).toBe('2024-06-15');
    await s.page.fill('[data-testid="briefing-issue-no"]', '3');
    await expect.poll(pagesText).toContain('随政督通〔2024〕第3期');
    const text = await pagesText();
    expect(text).toContain('关于2024年《政府工作报告》重点工作任务推进情况的通报');
    expect(text).toContain('各县（市、区）人民政府，市政府各部门：');
    expect(text).toContain('随州市人民政府督查室');
    expect(text).toContain('2024年6月20日');
    expect(text).toContain('抄送：');
    expect(text).toContain('2024年6月20日印发');
    expect(text).toContain('本期应报送进展的任务162项');
    expect(text).toContain('按时报送3项次'); // 10 on the deadline day, 20 (滞后), 16 for 市经信局 only
    expect(text).toContain('第11项于6月16日补报');
    const missing = text.slice(text.indexOf('（三）未报送的单位'), text.indexOf('三、进度滞后事项'));
    expect(missing).toMatch(/曾都区人民政府（[^）]*）：\d+项未报送（[^）]*第16项/);
    // 市经信局 (市经济和信息化局 by its canonical name) reported for task 16; 曾都区 did not
    expect(missing).toMatch(/市经济和信息化局（[^）]*）：\d+项未报送（/);
    expect(missing).not.toMatch(/市经济和信息化局（[^）]*）：\d+项未报送（[^）]*第16项/);
    expect(missing).not.toContain('征地拆迁未完成');
    const behind = text.slice(text.indexOf('三、进度滞后事项'), text.indexOf('四、已完成事项'));
    expect(behind).toContain('征地拆迁未完成');
    expect(text).toContain('五、牵头单位报送情况排名');
    expect(text).toMatch(/六、下一步要求\s*1\.请未报送的\d+个牵头单位（名单见第二部分）于2024年6月25日前补报2024年6月15日报送期工作进展/);
    await s.page.click('[data-testid="briefing-save"]');
    await expect.poll(() => s.page.locator('[role="status"]').textContent()).toContain('已保存第3期通报');
    await s.page
      .locator('[data-testid="briefing-page"]')
      .first()
      .screenshot({ path: artifactPath('tongbao-page-1.png') });
    await s.page
      .locator('[data-testid="briefing-page"]')
      .nth(7)
      .screenshot({ path: artifactPath('tongbao-page-8.png') });
    await s.page
      .locator('[data-testid="briefing-page"]')
      .last()
      .screenshot({ path: artifactPath('tongbao-page-last.png') });
    await s.page.evaluate(() => window.scrollTo(0, 0));
    await s.page.screenshot({ path: artifactPath('tongbao-view.png') });
    // a field the 通报 cannot be issued without: a message in words, nothing saved
    await s.page.fill('[data-testid="briefing-office"]', '');
    await s.page.click('[data-testid="briefing-save"]');
    await expect.poll(() => s.page.locator('[data-testid="briefing-error"]').textContent()).toBe('请填写落款单位。');
    await s.page.fill('[data-testid="briefing-office"]', '随州市人民政府督查室');
  });

  it('downloads a .docx in GB/T 9704 form: its own 文号 once, 仿宋 三号 body, 小标宋 二号 title, 黑体 / 楷体 headings', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="briefing-docx"]')]);
    expect(download.suggestedFilename()).toBe('随政督通〔2024〕第3期-督查通报-2024-06-15报送期.docx');
    const path = join(dir, 'tongbao.docx');
    await download.saveAs(path);
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const paragraphs = xml.split('</w:p>');
    const runOf = (text: string) => paragraphs.find((p) => p.includes(`>${text}<`)) ?? '';
    expect(xml.split('随政督通〔2024〕第3期').length - 1).toBe(1);
    expect(xml).not.toContain('随政办发〔2024〕2号　');
    const title = runOf('关于2024年《政府工作报告》重点工作任务推进情况的通报');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    const recipients = runOf('各县（市、区）人民政府，市政府各部门：');
    expect(recipients).toContain('w:eastAsia="仿宋_GB2312"');
    expect(recipients).toContain('<w:sz w:val="32"/>');
    expect(recipients).toMatch(/<w:spacing[^>]*w:line="578"[^>]*w:lineRule="exact"|<w:spacing[^>]*w:lineRule="exact"[^>]*w:line="578"/);
    expect(runOf('一、总体情况')).toContain('w:eastAsia="黑体"');
    expect(runOf('一、总体情况')).toContain('<w:keepNext/>');
    expect(runOf('（一）按时报送的单位')).toContain('w:eastAsia="楷体_GB2312"');
    expect(runOf('随州市人民政府督查室')).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('>2024年6月20日<');
    expect(xml).toMatch(/抄送：[^<]+。</);
    expect(xml).toMatch(/<w:tblpPr [^>]*w:tblpYSpec="bottom"/); // the 版记 floats to the foot of the last page
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar [^>]*>/.exec(xml)?.[0] ?? '';
    for (const m of ['w:top="2098"', 'w:bottom="1984"', 'w:left="1587"', 'w:right="1474"']) expect(margins).toContain(m); // 37, 35, 28, 26 mm
    const footers = Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
    expect(footers.length).toBe(2);
    for (const f of footers) {
      const fx = strFromU8(files[f] as Uint8Array);
      expect(fx).toContain('w:eastAsia="宋体"');
      expect(fx).toContain('<w:sz w:val="28"/>');
      expect(fx).toContain('— ');
    }
    expect(strFromU8(files['word/settings.xml'] as Uint8Array)).toContain('<w:evenAndOddHeaders/>');
  });

  it('converted by LibreOffice, no page ends with a heading; PNGs of its pages', async () => {
    const pdf = convert(join(dir, 'tongbao.docx'), 'pdf', dir);
    const n = pdfPages(pdf);
    expect(n).toBeGreaterThan(2);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, n);
    expect(pages).toHaveLength(n);
    let headings = 0;
    pages.forEach((page, i) => {
      const lines = page
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/^—\s*\d+\s*—$/.test(l));
      headings += lines.filter((l) => HEADING.test(l)).length;
      expect(lines.at(-1) ?? '', `page ${i + 1} ends with a heading`).not.toMatch(HEADING);
      expect(page.replace(/\s+/g, ''), `page ${i + 1} has its number`).toContain(`—${i + 1}—`);
    });
    expect(headings).toBeGreaterThanOrEqual(9);
    const flat = pages.join('').replace(/\s+/g, '');
    expect(flat).toContain('随政督通〔2024〕第3期');
    expect(flat).toContain('各县（市、区）人民政府，市政府各部门：');
    artifactPath('tongbao-pdf-1.png');
    for (const f of readdirSync(ARTIFACTS)) if (/^tongbao-pdf-\d+\.png$/.test(f)) rmSync(join(ARTIFACTS, f));
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(dir, 'p')]);
    for (const f of readdirSync(dir).filter((x) => /^p-\d+\.png$/.test(x))) renameSync(join(dir, f), artifactPath(`tongbao-pdf-${Number(/\d+/.exec(f)?.[0])}.png`));
  });

  it('changes the whole judgement with the round, and keeps the issued fields for the next round', async () => {
    await s.page.selectOption('[data-testid="briefing-period"]', '2024-05-15');
    await expect.poll(pagesText).toContain('2024年5月15日报送期');
    const may = await pagesText();
    expect(may).toContain('本期应报送进展的任务5项');
    expect(may).toContain('随政督通〔2024〕第4期'); // a new round: the next number, the prefix entered once
    await s.page.reload();
    await s.page.waitForSelector('[data-testid="briefing-page"]', { timeout: 30_000 });
    await s.page.selectOption('[data-testid="briefing-period"]', '2024-06-15');
    await expect.poll(pagesText).toContain('随政督通〔2024〕第3期');
    expect(await s.page.locator('[data-testid="briefing-issue-no"]').inputValue()).toBe('3');
  });
});
