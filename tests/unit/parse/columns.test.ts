// A task table whose header the parser does not know: found in every form a table arrives in, a first guess
// per column, the user's mapping checked, and the parser reading the table with that mapping (an option of
// the parse: the parser itself learns no header word).
import { describe, expect, it } from 'vitest';
import type { ColumnMapping, MappedRole } from '../../../src/lib/model/document';
import { alignedRows, applyColumnMappings, findTables, guessMapping, headerKey, mappingProblem } from '../../../src/lib/parse/columns';
import { parseReport } from '../../../src/lib/parse/index';

const LETTER = [
  '北岭市人民政府办公室关于印发2026年重点工作责任清单的通知',
  '各区人民政府，市政府各部门：',
  '　　现将责任清单印发给你们，各承办科室于每月5日前报送进展。',
  '',
  '附件',
  '',
  '北岭市2026年重点工作责任清单',
];
// 条目, 挂点领导, 承办科室, 协同科室, 截止日期 and 联系人 name no column the parser knows.
const HEADER = ['条目', '工作要点', '联系人', '挂点领导', '承办科室', '协同科室', '截止日期'];
const ROWS: (string | null)[][] = [
  ['1', '建成城东污水处理厂二期工程', '周　敏', '韩　青', '市水务局', '市住建局', '2026年10月底'],
  ['2', '新增城镇就业1.5万人', '吴　凡', null, '市人社局', '', '2026年12月底'],
  ['3', '新建公办幼儿园4所', '郑　可', '秦　岚', '市教育局', '市财政局、市自然资源局', '2026年9月1日前'],
];
const TAIL = ['', '抄送：市委办公室。'];
const MAPPING: ColumnMapping = { header: HEADER, roles: ['no', 'text', 'skip', 'leaders', 'leadUnits', 'supportUnits', 'deadline'] };
const WANT = [
  { no: '1', text: '建成城东污水处理厂二期工程', leaders: ['韩青'], lead: ['市水务局'], support: ['市住建局'], date: '2026-10-31' },
  { no: '2', text: '新增城镇就业1.5万人', leaders: ['韩青'], lead: ['市人社局'], support: [], date: '2026-12-31' },
  { no: '3', text: '新建公办幼儿园4所', leaders: ['秦岚'], lead: ['市教育局'], support: ['市财政局', '市自然资源局'], date: '2026-09-01' },
];

/** The same notice as each reader hands it to the parser. */
const FORMS: Record<string, string> = {
  // a sheet (.xlsx) or a PDF row: tab-separated, a merged leader cell left empty below its first row
  tabs: [...LETTER, HEADER.join('\t'), ...ROWS.map((r) => r.map((c) => c ?? '').join('\t')), ...TAIL].join('\n'),
  // Excel's CSV: the title row padded with commas
  csv: [`${LETTER[6]},,,,,,`, HEADER.join(','), ...ROWS.map((r) => r.map((c) => c ?? '').join(','))].join('\r\n'),
  // copied from a web page: one cell per line, an empty cell an empty line, the merged cell printed once
  copied: [...LETTER, ...HEADER, ...ROWS.flatMap((r) => r.filter((c): c is string => c !== null)), ...TAIL].join('\n'),
  // a Word table: one cell per paragraph, a blank line between paragraphs
  word: [...LETTER, ...HEADER, ...ROWS.flatMap((r) => r.filter((c): c is string => c !== null)), ...TAIL].join('\n\n'),
};

function tasksOf(text: string, columns?: ColumnMapping[]) {
  const r = parseReport(text, columns ? { columns } : {});
  if (!r.ok) return { tasks: [], mappings: undefined };
  return {
    tasks: r.data.tasks.map((t) => ({ no: t.no, text: t.text, leaders: t.leaders, lead: t.leadUnits, support: t.supportUnits, date: t.deadline?.date ?? null })),
    mappings: r.data.document.columnMappings,
  };
}

describe('findTables', () => {
  for (const [form, text] of Object.entries(FORMS)) {
    it(`finds the header and the first rows of a table as ${form}`, () => {
      const tables = findTables(text);
      expect(tables).toHaveLength(1);
      const t = tables[0]!;
      expect(t.header).toEqual(HEADER);
      expect(t.known).toBe(false);
      expect(t.rows.map((r) => r[0])).toEqual(['1', '2', '3']);
      expect(t.rows[2]![1]).toBe('新建公办幼儿园4所');
      // under the user's roles the row that lost its leader cell to a merge is aligned: its unit under 承办科室
      const rows = alignedRows(t.rows, MAPPING.roles);
      expect(rows[1]!.slice(3, 5)).toEqual(['韩　青', '市人社局']);
    });
  }

  it('knows a header the parser reads, and finds nothing in prose', () => {
    const known = ['序号', '重点工作', '责任领导', '牵头单位', '配合单位', '完成时限'];
    const [t] = findTables([...known, '1', '建设物流园', '韩青', '市商务局', '市交通局', '2025年10月底', '2', '建设码头', '韩青', '市交通局', '', '2025年12月底'].join('\n'));
    expect(t?.known).toBe(true);
    expect(findTables('一、总体要求\n1\n坚持稳中求进。\n2\n推动高质量发展。')).toEqual([]);
  });

  it('leaves out a short line above the header that no row has a cell for', () => {
    const text = ['附件', ...HEADER, ...ROWS.flatMap((r) => r.filter((c): c is string => c !== null))].join('\n');
    expect(findTables(text)[0]?.header).toEqual(HEADER);
  });
});

describe('guessMapping', () => {
  it('numbers the rows by the first column, reads known header words, and guesses the rest from the cells', () => {
    const [t] = findTables(FORMS.tabs!);
    // 联系人 holds names too: the first column of names is taken for the leaders, which the user corrects
    expect(t!.guess.roles).toEqual(['no', 'text', 'leaders', 'skip', 'leadUnits', 'supportUnits', 'deadline']);
    expect(guessMapping(['编号', '事项', '备注'], [['1', '建设物流园', '']]).roles).toEqual(['no', 'text', 'skip']);
  });
});

describe('mappingProblem', () => {
  const base = MAPPING.roles;
  const withRoles = (roles: MappedRole[]): ColumnMapping => ({ header: HEADER, roles });
  it('accepts a mapping with one task column and a responsibility column', () => {
    expect(mappingProblem(MAPPING)).toBeNull();
  });
  it('says in Chinese what is wrong', () => {
    expect(mappingProblem(withRoles(base.map((r) => (r === 'text' ? 'skip' : r))))).toBe('请指定哪一列是「任务内容」');
    expect(mappingProblem(withRoles(base.map((r) => (r === 'supportUnits' ? 'leadUnits' : r))))).toBe('「牵头单位」只能对应一列');
    expect(mappingProblem(withRoles(['no', 'text', 'skip', 'skip', 'skip', 'skip', 'deadline']))).toBe('请至少指定一列「责任领导」「牵头单位」或「责任单位」');
    expect(mappingProblem(withRoles(['skip', ...base.slice(1)]))).toBe('第一列是各行的编号，应选「序号」');
    expect(mappingProblem({ header: HEADER, roles: base.slice(1) })).toBe('每一列都要选择对应内容');
  });
});

describe('the parser with a column mapping', () => {
  for (const [form, text] of Object.entries(FORMS)) {
    it(`reads every task of the table as ${form}, and says which mapping it used`, () => {
      expect(tasksOf(text).tasks).not.toEqual(WANT);
      const read = tasksOf(text, [MAPPING]);
      expect(read.tasks).toEqual(WANT);
      expect(read.mappings).toEqual([MAPPING]);
    });
  }

  it('matches the header without regard to spaces, and ignores mappings of other headers', () => {
    const padded: ColumnMapping = { ...MAPPING, header: HEADER.map((h) => h.split('').join(' ')) };
    expect(headerKey(padded.header)).toBe(headerKey(HEADER));
    expect(tasksOf(FORMS.copied!, [padded]).tasks).toEqual(WANT);
    const other: ColumnMapping = { header: ['号', '要点', '主责'], roles: ['no', 'text', 'leadUnits'] };
    expect(applyColumnMappings(FORMS.copied!, [other])).toEqual({ text: FORMS.copied, applied: [] });
    expect(tasksOf(FORMS.copied!, [other]).mappings).toBeUndefined();
  });

  it('reads a column set to 不导入 as nothing, and never applies an invalid mapping', () => {
    const noLeaders: ColumnMapping = { header: HEADER, roles: ['no', 'text', 'skip', 'skip', 'leadUnits', 'supportUnits', 'deadline'] };
    expect(tasksOf(FORMS.tabs!, [noLeaders]).tasks.map((t) => t.leaders)).toEqual([[], [], []]);
    const invalid: ColumnMapping = { header: HEADER, roles: ['no', 'skip', 'skip', 'leaders', 'leadUnits', 'supportUnits', 'deadline'] };
    expect(applyColumnMappings(FORMS.tabs!, [invalid]).applied).toEqual([]);
  });

  it('reads the letter around the table as before (its reporting rule)', () => {
    const r = parseReport(FORMS.word!, { columns: [MAPPING] });
    expect(r.ok && r.data.document.reportingDeadlines?.map((d) => d.text)).toEqual(['每月5日前']);
  });
});
