import { describe, expect, it } from 'vitest';
import { ANNOTATION_COLUMNS, CSV_COLUMNS, csvField, tasksCsv } from '../../src/lib/export/csv';
import { csvFileName } from '../../src/lib/export/fileName';
import { setClock } from '../../src/lib/time/clock';
import { fixture } from './fixtures/dataset';

/** A small RFC 4180 reader, to check that what we write reads back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('task list CSV', () => {
  const ds = fixture();

  it('starts with a UTF-8 BOM and the Chinese header row', () => {
    const csv = tasksCsv(ds.tasks, ds);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(readCsv(csv.slice(1))[0]).toEqual([...CSV_COLUMNS]);
  });

  it('writes one row per task with document, section path, people and deadline', () => {
    const rows = readCsv(tasksCsv(ds.tasks.slice(1, 2), ds).slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual([
      '甲政办发〔2024〕1号 关于分解落实《政府工作报告》的通知',
      '2024',
      '甲市',
      '2',
      '坚定不移推进生态文明建设 / 打好蓝天保卫战',
      '完成细颗粒物浓度控制目标。',
      '李四',
      '市生态环境局',
      '市发改委',
      '年底前',
    ]);
  });

  it('quotes commas, quotes and line breaks so the row survives', () => {
    const t = { ...ds.tasks[0]!, text: '推进"三个一"工程,\n完成任务' };
    const rows = readCsv(tasksCsv([t], ds).slice(1));
    expect(rows[1]?.[5]).toBe('推进"三个一"工程,\n完成任务');
  });

  it('appends 进展 and 备注 when annotations are given, empty for unmarked tasks', () => {
    const [first, second] = ds.tasks;
    const notes = new Map([[first!.id, { status: '推进中' as const, note: '已完成前期手续，\n三季度开工' }]]);
    const rows = readCsv(tasksCsv([first!, second!], ds, notes).slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS, '进展', '备注']);
    expect(ANNOTATION_COLUMNS).toEqual(['进展', '备注']);
    expect(rows[1]?.slice(CSV_COLUMNS.length)).toEqual(['推进中', '已完成前期手续，\n三季度开工']);
    expect(rows[2]?.slice(CSV_COLUMNS.length)).toEqual(['', '']);
    expect(rows[1]?.slice(0, CSV_COLUMNS.length)).toEqual(readCsv(tasksCsv([first!], ds).slice(1))[1]);
  });

  it('defuses a note that starts like a formula', () => {
    const t = ds.tasks[0]!;
    const rows = readCsv(tasksCsv([t], ds, new Map([[t.id, { status: null, note: '=1+1' }]])).slice(1));
    expect(rows[1]?.slice(-2)).toEqual(['', "'=1+1"]);
  });

  it('defuses cells that a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('地区生产总值增长6.5%')).toBe('地区生产总值增长6.5%');
  });
});

describe('CSV file name', () => {
  it('names place, year, list and date, without characters Windows forbids', () => {
    const restore = setClock(() => new Date(2026, 10, 23, 9, 30));
    try {
      expect(csvFileName('随州市', '2024')).toBe('随州-2024-任务清单-2026-11-23.csv');
      expect(csvFileName('', '')).toBe('任务清单-2026-11-23.csv');
      expect(csvFileName('甲<市>:?*|"/\\', '2024')).toBe('甲市-2024-任务清单-2026-11-23.csv');
    } finally {
      restore();
    }
  });
});
