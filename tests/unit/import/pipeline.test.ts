import { describe, expect, it } from 'vitest';
import { ParsedDocument, type ParseResult, type Target, type Task } from '../../../src/lib/model/document';
import { applyCorrections, emptiness, levelOf, parseYear, pastedName, prepareImport } from '../../../src/lib/import/pipeline';
import { summarize } from '../../../src/lib/import/summary';

// A small hand-written parse of a two-task notice (values read off the sentence, not from a parser).
const TEXT = '一、稳增长\n1.地区生产总值增长6%左右。（责任领导：张三；牵头单位：市发改委；责任单位：市统计局）\n2.建设城市绿道50公里。（牵头单位：市住建局）';

function task(id: string, no: string, leaders: string[], leadUnits: string[], supportUnits: string[]): Task {
  return { id, no, sectionId: 's1', category: 'task', text: `任务${no}`, leaders, leadUnits, supportUnits, groups: [], deadline: null, span: { start: 0, end: 1 } };
}
function target(id: string, year: number | null): Target {
  return {
    id,
    metric: '地区生产总值',
    verb: '增长',
    value: 6,
    valueMax: null,
    unit: '%',
    qualifier: '左右',
    stretch: null,
    year,
    scope: 'main',
    text: '地区生产总值增长6%左右',
    taskId: 't1',
    sectionId: 's1',
    span: { start: 6, end: 20 },
  };
}
function doc(tasks: Task[], targets: Target[]): ParsedDocument {
  return ParsedDocument.parse({
    schemaVersion: 1,
    parserVersion: 'test',
    text: TEXT,
    document: {
      title: '关于分解落实2024年市政府工作报告的通知',
      jurisdiction: '随州市',
      jurisdictionLevel: 'city',
      year: 2024,
      kind: 'notice',
      reportOf: null,
      docNumber: null,
      issuedOn: null,
      issuer: null,
      fileName: 'a.txt',
    },
    sections: [{ id: 's1', no: '一', title: '稳增长', level: 1, parentId: null, kind: 'chapter', span: { start: 0, end: 5 } }],
    tasks,
    targets,
    achievements: [],
    warnings: [],
  });
}
const NOTICE = doc([task('t1', '1', ['张三'], ['市发改委'], ['市统计局']), task('t2', '2', [], ['市住建局'], [])], [target('g1', 2024), target('g2', 2023)]);

describe('applyCorrections', () => {
  it('returns the same parse when nothing changed', () => {
    expect(applyCorrections(NOTICE, { jurisdiction: '随州市', year: 2024 })).toBe(NOTICE);
  });

  it('moves targets of the old plan year to the corrected year and keeps other years', () => {
    const fixed = applyCorrections(NOTICE, { jurisdiction: '随州市', year: 2025 });
    expect(fixed.document.year).toBe(2025);
    expect(fixed.targets.map((t) => t.year)).toEqual([2025, 2023]);
    expect(NOTICE.targets[0]!.year).toBe(2024); // the original is untouched
  });

  it('sets the place, trims it, and derives the level from an unambiguous suffix', () => {
    expect(applyCorrections(NOTICE, { jurisdiction: ' 湖北省 ', year: 2024 }).document).toMatchObject({ jurisdiction: '湖北省', jurisdictionLevel: 'province' });
    expect(applyCorrections(NOTICE, { jurisdiction: '曾都区', year: 2024 }).document.jurisdictionLevel).toBe('county');
    expect(applyCorrections(NOTICE, { jurisdiction: '', year: 2024 }).document).toMatchObject({ jurisdiction: null, jurisdictionLevel: null });
  });

  it('drops the parser’s unsure note and its warning for what the user changed, and keeps the other', () => {
    const unsure = {
      ...NOTICE,
      document: { ...NOTICE.document, placeUnsure: '地区是从正文推断的，请核对地区', yearUnsure: '年份是从正文推断的，请核对年份' },
      warnings: ['地区是从正文推断的，请核对地区', '年份是从正文推断的，请核对年份'],
    };
    const fixed = applyCorrections(unsure, { jurisdiction: '洪湖市', year: 2024 });
    expect(fixed.document.placeUnsure).toBeUndefined();
    expect(fixed.document.yearUnsure).toBe('年份是从正文推断的，请核对年份');
    expect(fixed.warnings).toEqual(['年份是从正文推断的，请核对年份']);
  });

  it('keeps the result valid for the schema', () => {
    expect(ParsedDocument.safeParse(applyCorrections(NOTICE, { jurisdiction: '洪湖市', year: null })).success).toBe(true);
  });
});

describe('levelOf and parseYear', () => {
  it.each([
    ['湖北省', 'province'],
    ['广西壮族自治区', 'province'],
    ['随州市', 'city'],
    ['洪湖市', 'county'],
    ['随县', 'county'],
    ['某某县', 'county'],
    ['某某市', null],
    ['全国', 'country'],
    [null, null],
  ] as const)('levelOf(%s) is %s', (place, level) => expect(levelOf(place)).toBe(level));

  it.each([
    ['2024', 2024],
    [' 2025 ', 2025],
    ['', null],
    ['24', 'invalid'],
    ['二〇二四', 'invalid'],
    ['1800', 'invalid'],
  ] as const)('parseYear(%j) is %s', (input, year) => expect(parseYear(input)).toBe(year));
});

describe('emptiness: a parse with no task and no target is not saved', () => {
  it('blocks a parse with neither tasks nor targets', () => {
    expect(emptiness(doc([], []))).toMatch(/没有识别出任何任务或预期目标/);
  });
  it('never blocks a real report, even when nothing was found in it: its warnings say what is missing', () => {
    const report = (over: Partial<ParsedDocument>, issuedOn: string | null = null) =>
      ParsedDocument.parse({
        ...doc([], []),
        ...over,
        document: { ...doc([], []).document, kind: 'report', issuedOn },
      });
    const achievement = {
      id: 'a1',
      metric: '地区生产总值',
      verb: '增长',
      value: 6,
      unit: '%',
      qualifier: null,
      year: 2023,
      text: '地区生产总值增长6%',
      sectionId: 's1',
      span: { start: 0, end: 5 },
    };
    expect(emptiness(report({ achievements: [achievement] }))).toBeNull();
    expect(emptiness(report({}, '2024-01-10'))).toBeNull();
    expect(emptiness(report({ text: '各位代表：'.repeat(700) }))).toBeNull();
    // a few lines shaped like a report, with nothing in them, are still not saved
    expect(emptiness(report({}))).toMatch(/没有识别出任何任务或预期目标/);
  });

  it('lets through a parse with only targets, or only tasks', () => {
    expect(emptiness(doc([], [target('g1', 2024)]))).toBeNull();
    expect(emptiness(doc([task('t1', '1', [], [], [])], []))).toBeNull();
  });
});

describe('summarize', () => {
  it('counts chapters, tasks, distinct leaders and units, and samples tasks with responsibility', () => {
    const s = summarize(NOTICE, 1);
    expect(s).toMatchObject({ chapters: 1, tasks: 2, livelihood: 0, targets: 2, leaders: ['张三'], units: ['市发改委', '市统计局', '市住建局'] });
    expect(s.sampleTasks.map((t) => t.no)).toEqual(['1']);
  });
});

describe('pastedName', () => {
  it('names pasted text by date and time without characters Windows forbids', () => {
    const name = pastedName(new Date('2025-03-05T14:07:00+08:00')); // Beijing time
    expect(name).toBe('粘贴的文本 2025-03-05 14.07');
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
  });
});

describe('prepareImport', () => {
  const ok = (data: ParsedDocument): ParseResult => ({ ok: true, data });
  const never = () => {
    throw new Error('must not be called');
  };

  it('stops at a bad file before parsing', async () => {
    const r = await prepareImport({ fileName: 'x.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) }, { parse: never, findDuplicate: never });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe('binary');
  });

  it('turns a parse without structure into a named problem', async () => {
    const r = await prepareImport(
      { fileName: '随笔.txt', text: '今天天气很好。' },
      {
        parse: async () => ({ ok: false, code: 'no-structure', reason: '没有标题和编号' }),
        findDuplicate: never,
      },
    );
    expect(r.ok ? null : r.problem).toMatchObject({ code: 'no-structure', message: expect.stringContaining('「随笔.txt」') });
  });

  it('suggests re-saving as UTF-8 when a GB18030-decoded text has no structure', async () => {
    const big5 = new Uint8Array([0xa4, 0x40, 0xa8, 0xc7, 0xa4, 0xe5, 0xa6, 0x72]); // 一些文字 in Big5
    const r = await prepareImport(
      { fileName: '繁体.txt', bytes: big5 },
      {
        parse: async () => ({ ok: false, code: 'no-structure', reason: '没有标题和编号' }),
        findDuplicate: never,
      },
    );
    expect(r.ok ? null : r.problem.reason).toContain('UTF-8');
  });

  it('refuses an empty paste without parsing', async () => {
    const r = await prepareImport({ fileName: 'p', text: ' \n\u3000' }, { parse: never, findDuplicate: never });
    expect(r.ok ? null : r.problem.code).toBe('empty');
  });

  it('reports the duplicate and the blocking reason in the preview, stages in order', async () => {
    const stages: string[] = [];
    const existing = { id: 'abc' } as never;
    const r = await prepareImport(
      { fileName: 'a.txt', bytes: new TextEncoder().encode(TEXT) },
      {
        parse: async (text) => {
          expect(text).toBe(TEXT);
          return ok(doc([], []));
        },
        findDuplicate: async (text) => (text === TEXT ? existing : null),
        onStage: (s) => stages.push(s),
      },
    );
    expect(stages).toEqual(['decoding', 'parsing', 'checking']);
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.prepared).toMatchObject({ format: 'utf-8', sourceText: TEXT, duplicateOf: existing });
    expect(r.prepared.blocking).not.toBeNull();
  });
});
