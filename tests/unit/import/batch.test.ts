// The plan behind 「全部导入」: every file that parsed, each text once, stored texts by one choice.
import { describe, expect, it } from 'vitest';
import { importable, parsedRow, planBatch, rowNotes, type BatchRow } from '../../../src/lib/import/batch';
import type { PreparedImport } from '../../../src/lib/import/pipeline';
import { problem } from '../../../src/lib/import/problems';
import type { DocumentInfo } from '../../../src/lib/model/rows';
import { notice } from '../../db/fixtures';

const stored = { id: 'x', meta: { title: '已有的通知', fileName: '已有.txt' } } as unknown as DocumentInfo;
const prepared = (fileName: string, sourceText: string, extra: Partial<PreparedImport> = {}): PreparedImport => ({
  fileName,
  format: 'utf-8',
  sourceText,
  parsed: notice(),
  duplicateOf: null,
  blocking: null,
  parseMs: 1,
  unmappedTables: [],
  mapped: [],
  ...extra,
});

const rows: BatchRow[] = [
  parsedRow(prepared('甲.txt', '甲的全文')),
  parsedRow(prepared('乙.txt', '乙的全文', { duplicateOf: stored })),
  parsedRow(prepared('甲-副本.txt', '甲的全文')),
  { fileName: '坏.docx', status: 'problem', problem: problem('docx-corrupt', '坏.docx', '文件不完整') },
  parsedRow(prepared('空壳.txt', '空壳', { blocking: '没有识别出任何任务或预期目标' })),
  { fileName: '未解析.txt', status: 'cancelled' },
];

describe('a batch of files', () => {
  it('imports each text once and skips stored texts by default', () => {
    const plan = planBatch(rows, 'skip');
    expect(plan.entries.map((e) => e.fileName)).toEqual(['甲.txt']);
    expect(plan).toMatchObject({ stored: 1, repeats: 1, problems: 2, pending: 1 });
  });

  it('replaces or keeps stored texts when told to, for the whole batch', () => {
    expect(planBatch(rows, 'replace').entries.map((e) => e.fileName)).toEqual(['甲.txt', '乙.txt']);
    expect(planBatch(rows, 'keep-both').entries.map((e) => e.fileName)).toEqual(['甲.txt', '乙.txt']);
  });

  it('says per row why a parsed file is not imported as it is', () => {
    const notes = rowNotes(rows, 'skip');
    expect(notes[0]).toBeNull();
    expect(notes[1]).toBe('与已有的「已有的通知」内容相同，跳过');
    expect(notes[2]).toBe('与本批的「甲.txt」内容相同，只导入一次');
    expect(notes[3]).toBeNull();
    expect(notes[4]).toContain('没有识别出');
    expect(rowNotes(rows, 'replace')[1]).toBe('将替换已有的「已有的通知」');
  });

  it('lists from a folder only files the import reads or explains', () => {
    expect(['报告/甲.txt', '乙.DOCX', '丙.doc', '丁.pdf', '通知/任务表.xlsx', '任务表.csv', '旧表.xls'].every(importable)).toBe(true);
    expect(['.DS_Store', '报告/.隐藏.txt', '报告/~$任务表.xlsx', '图.png', '演示.pptx', 'Thumbs.db'].some(importable)).toBe(false);
  });
});
