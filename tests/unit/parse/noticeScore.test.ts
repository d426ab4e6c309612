// The notice scorer on hand-made gold and hand-made parsed documents: each figure can fail.
import { describe, expect, it } from 'vitest';
import type { NoticeGold } from '../../../scripts/corpus/noticeGold';
import { breakdown, matchTasks, scoreNoticeFile, summariseNotices, taskMatches } from '../../../scripts/corpus/noticeScore';
import type { ParsedDocument, Task } from '../../../src/lib/model/document';

const gold: NoticeGold = {
  name: '某市_2024',
  kind: 'notice',
  place: '某市',
  year: 2024,
  form: 'paren-std',
  docNumber: '某政办〔2024〕3号',
  issuedOn: '2024-02-20',
  reporting: [
    { text: '每月10日前', date: null },
    { text: '6月底', date: '2024-06-30' },
  ],
  tasks: [
    {
      no: '1',
      prefix: '新建城市道路20公里',
      leaders: ['王东'],
      leadUnits: ['市住建局'],
      supportUnits: ['市财政局', '市自然资源局'],
      deadline: { text: '2024年12月底前', date: '2024-12-31' },
    },
    { no: '2', prefix: '新增城镇就业3万人', leaders: ['李芳'], leadUnits: ['市人社局'], supportUnits: [], deadline: { text: '长期坚持', date: null } },
    { no: null, prefix: '推进政务服务一网通办', leaders: [], leadUnits: ['市数据局'], supportUnits: [], deadline: null },
  ],
};

function task(no: string | null, text: string, leaders: string[], leadUnits: string[], supportUnits: string[], deadline: Task['deadline'] = null): Task {
  return { id: `t${text.length}`, no, sectionId: null, category: 'task', text, leaders, leadUnits, supportUnits, groups: [], deadline, span: { start: 0, end: 1 } };
}

function parsed(tasks: Task[], meta: Partial<ParsedDocument['document']> = {}): ParsedDocument {
  return {
    schemaVersion: 1,
    parserVersion: 'test',
    document: {
      title: '',
      jurisdiction: '某市',
      jurisdictionLevel: 'city',
      year: 2024,
      kind: 'notice',
      reportOf: null,
      docNumber: '某政办〔2024〕3号',
      issuedOn: '2024-02-20',
      issuer: null,
      fileName: null,
      reportingDeadlines: [
        { text: '每月10日前', date: null, what: '', span: { start: 0, end: 1 } },
        { text: '6月底', date: '2024-06-30', what: '', span: { start: 0, end: 1 } },
      ],
      ...meta,
    },
    text: '',
    sections: [],
    tasks,
    targets: [],
    achievements: [],
    warnings: [],
  } as unknown as ParsedDocument;
}

const perfect = () => [
  task('1', '新建城市道路20公里。', ['王　东'], ['市住建局'], ['市财政局', '市自然资源局'], { text: '2024年12月底前', date: '2024-12-31' }),
  task('2', '新增城镇就业3万人。', ['李芳'], ['市人社局'], [], { text: '长期坚持', date: null }),
  task(null, '推进政务服务“一网通办”。', [], ['市数据局'], []),
];
const txt = { file: '某市_2024.txt', type: 'utf8', letterExpected: true };

describe('notice scorer', () => {
  it('gives every field 1 when the parse is the gold (padded names and quotes folded)', () => {
    const s = summariseNotices([scoreNoticeFile(gold, parsed(perfect()), txt)]);
    for (const f of ['tasks', 'leaders', 'leadUnits', 'supportUnits', 'deadlines', 'reporting', 'kind', 'place', 'year', 'docNumber', 'issuedOn'] as const) {
      expect([f, s[f].recall, s[f].precision]).toEqual([f, 1, 1]);
      expect(s[f].wrongIn).toEqual([]);
    }
  });

  it('matches a task by its prefix and its number, and not a task of another number', () => {
    expect(taskMatches(gold.tasks[0]!, { no: '1', text: '1.新建城市道路20公里' })).toBe(true);
    expect(taskMatches(gold.tasks[0]!, { no: '2', text: '新建城市道路20公里' })).toBe(false);
    expect(taskMatches(gold.tasks[0]!, { no: '1', text: '各有关单位要加快推进新建城市道路20公里' })).toBe(false);
    expect(taskMatches(gold.tasks[2]!, { no: '9', text: '推进政务服务一网通办' })).toBe(true);
  });

  it('counts a missed task against recall and a letter paragraph read as a task against precision', () => {
    const tasks = perfect().slice(0, 2);
    tasks.push(task('1', '各牵头单位于每月10日前报送进展情况', [], [], []));
    const s = scoreNoticeFile(gold, parsed(tasks), txt);
    expect(s.tasks).toEqual({ right: 2, gold: 3, parsed: 3 });
    expect(s.errors.some((e) => e.startsWith('tasks missed 1/3'))).toBe(true);
    expect(s.errors.some((e) => e.startsWith('tasks not in the notice 1'))).toBe(true);
  });

  it('scores units as sets over matched tasks: a supporting unit read as a lead unit costs both', () => {
    const tasks = perfect();
    tasks[0] = task('1', '新建城市道路20公里', ['王东'], ['市住建局', '市财政局'], ['市自然资源局'], { text: '12月底前', date: '2024-12-31' });
    const s = scoreNoticeFile(gold, parsed(tasks), txt);
    expect(s.sets.leadUnits).toEqual({ right: 3, gold: 3, parsed: 4 });
    expect(s.sets.supportUnits).toEqual({ right: 1, gold: 2, parsed: 1 });
    const sum = summariseNotices([s]);
    expect(sum.leadUnits.precision).toBe(0.75);
    expect(sum.supportUnits.recall).toBe(0.5);
    expect(sum.leadUnits.wrongIn).toEqual(['某市_2024.txt']);
  });

  it('takes a deadline by its date when the gold has one, by its words otherwise, and counts a deadline the notice did not set', () => {
    const tasks = perfect();
    tasks[0] = task('1', '新建城市道路20公里', ['王东'], ['市住建局'], ['市财政局', '市自然资源局'], { text: '2024年11月底前', date: '2024-11-30' });
    tasks[2] = task(null, '推进政务服务一网通办', [], ['市数据局'], [], { text: '年底前', date: '2024-12-31' });
    const s = scoreNoticeFile(gold, parsed(tasks), txt);
    expect(s.deadlines).toEqual({ right: 1, gold: 2, parsed: 3 });
  });

  it('matches reporting rules by date or by words, each parsed rule once', () => {
    const s = scoreNoticeFile(
      gold,
      parsed(perfect(), {
        reportingDeadlines: [
          { text: '每月10日', date: null, what: '', span: { start: 0, end: 1 } },
          { text: '7月5日前', date: '2024-07-05', what: '', span: { start: 0, end: 1 } },
        ],
      }),
      txt,
    );
    expect(s.reporting).toEqual({ right: 1, gold: 2, parsed: 2 });
  });

  it('scores an unreadable file as nothing found, visibly', () => {
    const s = scoreNoticeFile(gold, null, { file: '某市_2024.pdf', type: 'pdf', letterExpected: true }, '不支持 PDF');
    expect(s.unreadable).toBe('不支持 PDF');
    expect(s.tasks).toEqual({ right: 0, gold: 3, parsed: 0 });
    expect(s.flags.place).toEqual({ right: 0, gold: 1, parsed: 0 });
    const sum = summariseNotices([s]);
    expect(sum.unreadable).toEqual(['某市_2024.pdf: 不支持 PDF']);
    expect(sum.tasks.recall).toBe(0);
    expect(sum.kind.recall).toBe(0);
  });

  it('does not score the letter of a sheet, which holds only the table', () => {
    const s = scoreNoticeFile(gold, parsed(perfect(), { docNumber: null, issuedOn: null, reportingDeadlines: [] }), {
      file: '某市_2024.xlsx',
      type: 'xlsx',
      letterExpected: false,
    });
    expect(s.flags.docNumber).toBeNull();
    const sum = summariseNotices([s]);
    expect(sum.docNumber.gold).toBe(0);
    expect(sum.reporting.gold).toBe(0);
    expect(sum.place.recall).toBe(1);
  });

  it('reports wrong kind, place and year, and breaks figures down by file type', () => {
    const a = scoreNoticeFile(gold, parsed(perfect(), { kind: 'report-summary', jurisdiction: '某县', year: 2023 }), txt);
    const b = scoreNoticeFile(gold, null, { file: '某市_2024.xlsx', type: 'xlsx', letterExpected: false }, 'unsupported');
    const sum = summariseNotices([a, b]);
    expect(sum.kind).toMatchObject({ right: 0, gold: 2 });
    expect(sum.place.wrongIn).toEqual(['某市_2024.txt', '某市_2024.xlsx']);
    const rows = breakdown([a, b], (s) => s.type);
    expect(rows.map((r) => [r.group, r.tasks.recall])).toEqual([
      ['utf8', 1],
      ['xlsx', 0],
    ]);
  });

  it('never pairs two gold tasks with one parsed task', () => {
    const twin: NoticeGold['tasks'] = [gold.tasks[0]!, { ...gold.tasks[0]!, no: null }];
    expect(matchTasks(twin, [perfect()[0]!])).toHaveLength(1);
  });
});
