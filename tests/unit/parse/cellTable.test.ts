// Task tables read one cell per line (a web page, a PDF), one cell per paragraph (a Word table) or saved as
// CSV: rewritten as tab-separated rows, merged leader cells spread over the rows they span.
import { describe, expect, it } from 'vitest';
import { alignRow, rewriteCellTables } from '../../../src/lib/parse/cellTable';
import { leaderNames } from '../../../src/lib/parse/responsibility';
import { parseReport } from '../../../src/lib/parse/index';
import { cellRole, hasTaskTableHeader } from '../../../src/lib/parse/table';

const LETTER = [
  '东川市人民政府办公室关于印发2025年重点工作任务分解表的通知',
  '各区人民政府，市政府各部门：',
  '　　现将分解表印发给你们。',
  '',
  '附件',
  '',
  '东川市2025年重点工作任务分解表',
];
const HEADER = ['序号', '重点工作', '责任领导', '牵头单位', '配合单位', '完成时限'];
const ROWS = [
  ['1', '建设城北物流园', '韩　青', '市商务局', '市交通局', '2025年10月底'],
  ['2', '新增城镇就业2万人', null, '市人社局', '', '2025年12月底'],
  ['3', '新建幼儿园5所', '秦　岚', '市教育局', '市财政局、市住建局', '2025年9月1日前'],
];
const TAIL = ['', '抄送：市委办公室。'];

function tasksOf(text: string) {
  const r = parseReport(text);
  if (!r.ok) throw new Error(r.reason);
  return r.data.tasks.map((t) => ({ no: t.no, text: t.text, leaders: t.leaders, lead: t.leadUnits, support: t.supportUnits, date: t.deadline?.date ?? null }));
}

const WANT = [
  { no: '1', text: '建设城北物流园', leaders: ['韩青'], lead: ['市商务局'], support: ['市交通局'], date: '2025-10-31' },
  { no: '2', text: '新增城镇就业2万人', leaders: ['韩青'], lead: ['市人社局'], support: [], date: '2025-12-31' },
  { no: '3', text: '新建幼儿园5所', leaders: ['秦岚'], lead: ['市教育局'], support: ['市财政局', '市住建局'], date: '2025-09-01' },
];

describe('a table one cell per line', () => {
  it('reads copied text: an empty cell an empty line, a merged leader cell printed once', () => {
    const cells = ROWS.flatMap((r) => r.filter((c): c is string => c !== null));
    const text = [...LETTER, ...HEADER, ...cells, ...TAIL].join('\n');
    expect(tasksOf(text)).toEqual(WANT);
  });

  it('reads Word paragraphs: a blank line between cells, an empty cell an empty paragraph', () => {
    const cells = ROWS.flatMap((r) => r.filter((c): c is string => c !== null));
    const text = [...LETTER, ...HEADER, ...cells, ...TAIL].join('\n\n');
    expect(tasksOf(text)).toEqual(WANT);
  });

  it('leaves text without such a table as it is', () => {
    const text = '序号\n这是一段话\n1\n另一段话';
    expect(rewriteCellTables(text)).toBe(text);
  });
});

describe('a table saved as CSV', () => {
  it('reads the title row, the header row and the rows, a merged leader cell left empty below its first row', () => {
    const csv = [
      '东川市2025年重点工作任务分解表,,,,,',
      HEADER.join(','),
      ...ROWS.map((r) => r.map((c) => (c === null ? '' : c.replace('　', ''))).join(',')),
      '"4","推进老旧小区改造，完成30个","秦岚",市住建局,,2025年11月底',
    ].join('\r\n');
    expect(tasksOf(csv)).toEqual([...WANT, { no: '4', text: '推进老旧小区改造，完成30个', leaders: ['秦岚'], lead: ['市住建局'], support: [], date: '2025-11-30' }]);
  });
});

describe('aligning a row short of cells', () => {
  it('fills the cell merged from the row above, found by what the cells look like', () => {
    const roles = HEADER.map(cellRole);
    const above = ['1', '甲', '韩　青', '市商务局', '市交通局', '2025年10月底'];
    expect(alignRow(['2', '乙', '市人社局', '市财政局', '2025年12月底'], roles, above)).toEqual(['2', '乙', '韩　青', '市人社局', '市财政局', '2025年12月底']);
    expect(alignRow(['2', '乙', '秦　岚', '市人社局', '', '2025年12月底'], roles, above)).toEqual(['2', '乙', '秦　岚', '市人社局', '', '2025年12月底']);
  });
});

describe('header words', () => {
  it('knows bare 主办 / 协办 and 办结时间, and finds a header after the letter', () => {
    expect(['编号', '任务事项', '分管领导', '主办', '协办', '办结时间'].map(cellRole)).toEqual(['no', 'text', 'leaders', 'leadUnits', 'supportUnits', 'deadline']);
    expect(['序　号', '重 点 工 作', '牵头单位：'].map(cellRole)).toEqual(['no', 'text', 'leadUnits']);
    expect(hasTaskTableHeader(`${'通知正文。\n'.repeat(300)}序号\t重点工作\t牵头单位`)).toBe(true);
    expect(hasTaskTableHeader('一\t二\n三')).toBe(false);
  });
});

describe('padded names', () => {
  it('drops the padding of a two-character leader name, not of longer names', () => {
    expect(leaderNames('王　东、欧阳　平、李 芳')).toEqual(['王东', '欧阳　平', '李芳']);
  });
});

describe('a table over two pages', () => {
  it('goes on under its header printed again, numbering and the merged leader carried over', () => {
    const cells = (r: (string | null)[]) => r.filter((c): c is string => c !== null);
    const text = [...LETTER, ...HEADER, ...cells(ROWS[0] as string[]), '— 2 —', ...HEADER, ...cells(ROWS[1] as (string | null)[]), ...cells(ROWS[2] as string[]), ...TAIL].join(
      '\n',
    );
    expect(tasksOf(text)).toEqual(WANT);
  });
});
