// A workbook's rows → the text the parser reads (import/sheetText.ts), with sheets written here by hand in
// read-excel-file's shape (null for an empty or merged cell, Date for a date cell, numbers as numbers).
import { describe, expect, it } from 'vitest';
import { sheetsToText } from '../../../src/lib/import/sheetText';
import { parseReport } from '../../../src/lib/parse/index';

const TITLE = '青溪县2025年重点工作任务分解表';
const HEADER = ['序号', '工作任务', '责任领导', '牵头单位', '配合单位', '完成时限'];

describe('sheetsToText', () => {
  it('keeps a title row as a line and writes the header and each task as tab-separated cells', () => {
    const text = sheetsToText([
      {
        sheet: 'Sheet1',
        data: [[TITLE, null, null, null, null, null], HEADER, [1, '新建污水处理厂一座', '周  明', '县住建局', '县财政局', '2025年9月底']],
      },
    ]);
    expect(text.split('\n')).toEqual([TITLE, HEADER.join('\t'), ['1', '新建污水处理厂一座', '周 明', '县住建局', '县财政局', '2025年9月底'].join('\t')]);
  });

  it('fills a leader cell left empty by a merge from the row above, only under a task header', () => {
    const text = sheetsToText([
      {
        sheet: '任务',
        data: [
          HEADER,
          [1, '改造农村公路30公里', '周明', '县交通局', null, '2025年10月底'],
          [2, '新增停车泊位500个', null, '县交通局', '县公安局', '2025年12月底'],
          [3, '完成农房抗震改造', '吴丽', '县住建局', null, null],
        ],
      },
    ]);
    const rows = text.split('\n').map((l) => l.split('\t'));
    expect(rows.map((r) => r[2])).toEqual(['责任领导', '周明', '周明', '吴丽']);
  });

  it('starts the rows at the first used column when the table is drawn from column B', () => {
    const text = sheetsToText([
      {
        sheet: 'S',
        data: [
          [null, TITLE, null],
          [null, ...HEADER],
          [null, 1, '新建污水处理厂一座', '周明', '县住建局', null, '2025年9月底'],
        ],
      },
    ]);
    expect(text.split('\n')).toEqual([TITLE, HEADER.join('\t'), ['1', '新建污水处理厂一座', '周明', '县住建局', '', '2025年9月底'].join('\t')]);
  });

  it('does not fill down outside a task table', () => {
    const text = sheetsToText([
      {
        sheet: '说明',
        data: [
          ['姓名', '职务', '电话'],
          ['周明', '副县长', null],
          [null, '县长助理', '1234'],
        ],
      },
    ]);
    expect(text.split('\n')).toEqual(['姓名\t职务\t电话', '周明\t副县长', '\t县长助理\t1234']);
  });

  it('keeps a line break or tab inside a cell from splitting the row, and writes a date cell as the letter writes dates', () => {
    const text = sheetsToText([{ sheet: 'S', data: [HEADER, [1, '建设\n智慧\t农贸市场', '周明', '县商务局', '县市场监管局', new Date(Date.UTC(2025, 5, 30))]] }]);
    expect(text.split('\n')[1]).toBe(['1', '建设 智慧 农贸市场', '周明', '县商务局', '县市场监管局', '2025年6月30日'].join('\t'));
  });

  it('writes every sheet in order, a blank line between them, and skips empty sheets', () => {
    const text = sheetsToText([
      { sheet: 'A', data: [['第一张表'], [null, null]] },
      { sheet: '空', data: [] },
      { sheet: 'B', data: [[null], ['第二张表']] },
    ]);
    expect(text).toBe('第一张表\n\n第二张表');
  });

  it('gives text the parser reads to the tasks of the sheet, each leader on every row of its merged cell', () => {
    const text = sheetsToText([
      {
        sheet: 'Sheet1',
        data: [
          [TITLE, null, null, null, null, null],
          HEADER,
          [1, '改造农村公路30公里', '周明', '县交通局', '县财政局', '2025年10月底'],
          [2, '新增停车泊位500个', null, '县交通局', '县公安局', '2025年12月底'],
          [3, '完成农房抗震改造200户', '吴丽', '县住建局', null, new Date(Date.UTC(2025, 10, 15))],
        ],
      },
    ]);
    const r = parseReport(text, { fileName: '青溪县.xlsx' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.tasks.map((t) => [t.no, t.leaders, t.leadUnits, t.deadline?.date ?? null])).toEqual([
      ['1', ['周明'], ['县交通局'], '2025-10-31'],
      ['2', ['周明'], ['县交通局'], '2025-12-31'],
      ['3', ['吴丽'], ['县住建局'], '2025-11-15'],
    ]);
  });
});
