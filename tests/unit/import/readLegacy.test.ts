// .doc, .wps and .xls notices read as the page and `npm run parse` read them (readText): to the same text
// as the .docx / .xlsx of the same notice, with the format named; hostile ones answered in Chinese.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { precheck, readText } from '../../../src/lib/import/readText';
import { FORMAT_LABELS } from '../../../src/lib/import/summary';
import { parseReport } from '../../../src/lib/parse/index';
import { dirEntry, setU32 } from '../../support/compoundPatch';

const notice = (file: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/notices/${file}`, import.meta.url)));

async function textOf(name: string, bytes: Uint8Array) {
  const r = await readText(name, bytes);
  if (!r.ok) throw new Error(r.problem.message);
  return r;
}

describe('readText on Office 97-2003 files', () => {
  it('reads a .doc to the very text of its .docx (letter and Word table), and a .wps (WPS saves Word’s format) alike', async () => {
    const docx = await textOf('通知.docx', notice('蚌埠市_2023.docx'));
    const doc = await textOf('通知.doc', notice('蚌埠市_2023.doc'));
    expect(doc).toEqual({ ok: true, text: docx.text, format: 'doc' });
    expect(await textOf('通知.WPS', notice('蚌埠市_2023.doc'))).toEqual({ ok: true, text: docx.text, format: 'wps' });
  });

  it('reads a .xls sheet to the very text of its .xlsx', async () => {
    const xlsx = await textOf('任务表.xlsx', notice('汉中市_2022.xlsx'));
    expect(await textOf('任务表.xls', notice('汉中市_2022.xls'))).toEqual({ ok: true, text: xlsx.text, format: 'xls' });
  });

  it('reads a whole notice of prose saved as .doc (seed 002, LibreOffice) to the same tasks and letter as its .txt', async () => {
    const parsed = (text: string) => {
      const r = parseReport(text, { fileName: 'x' });
      if (!r.ok) throw new Error(r.reason);
      const { tasks, document } = r.data;
      return {
        tasks: tasks.map((t) => [t.no, t.text, t.leaders, t.leadUnits, t.supportUnits, t.deadline?.text ?? null]),
        rules: document.reportingDeadlines?.map((d) => [d.text, d.date, d.what]),
        title: document.title,
      };
    };
    const txt = readFileSync(new URL('../../../seeds/002_cc78cbd2ab743c91.txt', import.meta.url), 'utf8');
    const doc = await textOf('通知.doc', new Uint8Array(readFileSync(new URL('../../fixtures/import/seed-002.doc', import.meta.url))));
    const fromDoc = parsed(doc.text);
    expect(fromDoc.tasks.length).toBeGreaterThanOrEqual(157);
    expect(fromDoc).toEqual(parsed(txt));
  });

  it('no longer refuses .doc / .wps / .xls by name, and names them in the preview', () => {
    for (const name of ['a.doc', 'b.wps', 'c.xls']) expect(precheck(name, 1000)).toBeNull();
    expect([FORMAT_LABELS.doc, FORMAT_LABELS.wps, FORMAT_LABELS.xls]).toEqual(['Word 97-2003 文档（.doc）', 'WPS 文字文档（.wps）', 'Excel 97-2003 表格（.xls）']);
  });

  it('answers a .doc declaring a 1 GB stream with the reason, and nothing of a library', async () => {
    const bytes = new Uint8Array(notice('蚌埠市_2023.doc'));
    setU32(bytes, dirEntry(bytes, 'WordDocument') + 120, 1024 ** 3);
    const r = await readText('通知.doc', bytes);
    expect(r.ok ? null : r.problem).toMatchObject({
      code: 'docx-corrupt',
      message: expect.stringMatching(/^「通知\.doc」无法导入：Word 文件已损坏（其中的数据流声明有 1073741824 字节.*另存为 \.docx 再导入$/),
    });
  });

  it('answers a truncated .xls in Chinese', async () => {
    const cut = await readText('任务表.xls', notice('汉中市_2022.xls').subarray(0, 3000));
    expect(cut.ok ? null : cut.problem.reason).toMatch(/^表格文件不完整或已损坏（.*）.*另存为 \.xlsx 再导入$/);
  });

  it('reads a Word file named .xls or .txt as a Word file, and a workbook named .doc as a workbook', async () => {
    const docx = await textOf('通知.docx', notice('汉中市_2022.docx'));
    expect(await textOf('任务表.xls', notice('汉中市_2022.doc'))).toEqual({ ok: true, text: docx.text, format: 'doc' });
    expect(await textOf('通知.txt', notice('汉中市_2022.doc'))).toEqual({ ok: true, text: docx.text, format: 'doc' });
    const xlsx = await textOf('任务表.xlsx', notice('汉中市_2022.xlsx'));
    expect(await textOf('通知.doc', notice('汉中市_2022.xls'))).toEqual({ ok: true, text: xlsx.text, format: 'xls' });
    expect(await textOf('通知.txt', notice('汉中市_2022.xls'))).toEqual({ ok: true, text: xlsx.text, format: 'xls' });
  });

  it('stops at once when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await readText('通知.doc', notice('蚌埠市_2023.doc'), controller.signal);
    expect(r.ok ? null : r.problem.reason).toBe('已取消读取');
  });
});

describe('files named .doc / .wps / .xls that are something else', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url)));

  it('reads a .docx saved under a .doc or .wps name, and an .xlsx under a .xls name, as what they are', async () => {
    const docx = await textOf('notice.docx', fixture('notice.docx'));
    expect(await textOf('通知.doc', fixture('notice.docx'))).toEqual({ ok: true, text: docx.text, format: 'docx' });
    expect(await textOf('通知.wps', fixture('notice.docx'))).toEqual({ ok: true, text: docx.text, format: 'docx' });
    const xlsx = await textOf('任务表.xlsx', notice('汉中市_2022.xlsx'));
    expect(await textOf('任务表.xls', notice('汉中市_2022.xlsx'))).toEqual({ ok: true, text: xlsx.text, format: 'xlsx' });
  });

  it('says a web page saved as .doc (HTML or MHTML, as sites publish notices) is one, with the way out', async () => {
    for (const head of ['<html xmlns:o="urn:schemas-microsoft-com:office:office">', 'MIME-Version: 1.0\r\nContent-Type: multipart/related']) {
      const r = await readText('通知.doc', new TextEncoder().encode(`${head}\n<body>正文</body>`));
      expect(r.ok ? null : r.problem.reason).toMatch(/^文件其实是网页（HTML）格式：请在 Word 或 WPS 中打开后另存为 \.docx 再导入/);
    }
  });
});
