// A notice whose tasks come as an .xlsx sheet, read as the page and `npm run parse` read it (readText):
// the sheet is built here with write-excel-file (a title row spanning the columns, a header row, a leader
// cell merged over the rows of that leader), then parsed to the same tasks as the same table as text.
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { readText } from '../../../src/lib/import/readText';
import { parseReport } from '../../../src/lib/parse/index';
import { sheetXml, writeZip, xlsxParts } from '../../support/zipWriter';

const TITLE = '青溪县2025年政府工作报告重点工作任务分解表';
const HEADER = ['序号', '重点工作', '责任领导', '牵头单位', '配合单位', '完成时限'];
const ROWS = [
  ['1', '改造农村公路30公里', '周明', '县交通运输局', '县财政局', '2025年10月底'],
  ['2', '新增停车泊位500个', '周明', '县交通运输局', '县公安局', '2025年12月底'],
  ['3', '完成农房抗震改造200户', '吴丽', '县住建局', '', '2025年11月底'],
  ['4', '建成县域医共体信息平台', '吴丽', '县卫生健康局', '县数据局、县财政局', '2025年9月底'],
];

type Cell = { value: string; columnSpan?: number; rowSpan?: number } | null;

async function noticeXlsx(): Promise<Uint8Array> {
  const data: Cell[][] = [
    [{ value: TITLE, columnSpan: 6 }, null, null, null, null, null],
    HEADER.map((value) => ({ value })),
    ...ROWS.map((r, i): Cell[] =>
      r.map((value, c) => {
        if (c !== 2) return { value };
        if (i % 2 === 1) return null; // inside the merged leader cell
        return { value, rowSpan: 2 };
      }),
    ),
  ];
  return new Uint8Array(await writeExcelFile(data as never).toBuffer());
}

const tasksOf = (text: string, fileName: string) => {
  const r = parseReport(text, { fileName });
  if (!r.ok) throw new Error(r.reason);
  return r.data.tasks.map((t) => ({ no: t.no, text: t.text, leaders: t.leaders, leadUnits: t.leadUnits, supportUnits: t.supportUnits, deadline: t.deadline?.date ?? null }));
};

describe('a notice as an .xlsx sheet', () => {
  it('is read and parsed to the same tasks as the same table as tab-separated text', async () => {
    const read = await readText('青溪县任务分解表.xlsx', await noticeXlsx());
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.format).toBe('xlsx');
    expect(read.text.split('\n')[0]).toBe(TITLE);
    const asText = [TITLE, HEADER.join('\t'), ...ROWS.map((r) => r.join('\t'))].join('\n');
    const fromSheet = tasksOf(read.text, '青溪县任务分解表.xlsx');
    expect(fromSheet).toHaveLength(4);
    expect(fromSheet).toEqual(tasksOf(asText, '青溪县任务分解表.txt'));
    expect(fromSheet.map((t) => t.leaders)).toEqual([['周明'], ['周明'], ['吴丽'], ['吴丽']]);
  });

  it('is read as what it is when saved under a .txt name', async () => {
    const read = await readText('任务表.txt', await noticeXlsx());
    expect(read.ok && read.format).toBe('xlsx');
  });

  it('that is damaged gets a reason in Chinese, not a library message', async () => {
    const bytes = await noticeXlsx();
    const read = await readText('坏表格.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    if (read.ok) throw new Error('expected a problem');
    expect(read.problem.code).toBe('xlsx-corrupt');
    expect(read.problem.message).toMatch(/^「坏表格\.xlsx」无法导入：.*(损坏|不完整)/);
    expect(read.problem.reason).not.toMatch(/[A-Za-z]{6,}/);
  });

  it('that is a zip without a workbook is refused as not an .xlsx', async () => {
    const read = await readText('假表格.xlsx', writeZip([{ name: 'word/document.xml', data: '<w:document/>' }]));
    expect(read.ok ? null : read.problem.reason).toContain('不是有效的 .xlsx');
  });

  it('with more rows than any notice has is refused before the library reads it', async () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => [String(i + 1), '任务']);
    const read = await readText('巨表.xlsx', writeZip(xlsxParts([{ name: 'Sheet1', xml: sheetXml(rows) }])));
    if (read.ok) throw new Error('expected a problem');
    expect(read.problem.reason).toContain('20,000 行');
  });

  it('with an entity declaration is refused', async () => {
    const xml = sheetXml([['序号', '任务']], '<!DOCTYPE worksheet [<!ENTITY x "任务">]>');
    const read = await readText('实体.xlsx', writeZip(xlsxParts([{ name: 'Sheet1', xml }])));
    expect(read.ok ? null : read.problem.reason).toContain('实体声明');
  });

  it('stops when the user cancels, saying so', async () => {
    const controller = new AbortController();
    controller.abort();
    const read = await readText('任务表.xlsx', await noticeXlsx(), controller.signal);
    expect(read.ok ? null : read.problem.reason).toBe('已取消读取');
  });

  it.each(['任务表.et'])('tells the user to save %s as .xlsx', async (name) => {
    const read = await readText(name, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    if (read.ok) throw new Error('expected a problem');
    expect(read.problem.code).toBe('unsupported-format');
    expect(read.problem.reason).toContain('另存为” .xlsx');
  });
});
