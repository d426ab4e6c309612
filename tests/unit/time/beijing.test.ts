// A 督查室's deadlines are Beijing dates: the same instants give the same days and times whatever
// zone the laptop is set to. Node re-reads process.env.TZ when it is assigned, so each zone is set
// in turn in this process (and checked to have taken effect, so the test cannot pass by accident).
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { beijingDate, beijingDayOf, beijingTime, displayDateTime, fileDateTime, setClock, today } from '../../../src/lib/time/clock';
import { backupFileName } from '../../../src/lib/export/fileName';
import { pastedName } from '../../../src/lib/import/pipeline';
import { entryFromAnnotation } from '../../../src/lib/db/legacy';

const ZONES = ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'] as const;

// 00:30 on 6/16 in Beijing: still 6/15 in Los Angeles and UTC.
const AFTER_MIDNIGHT = new Date('2024-06-15T16:30:00Z');
// 23:30 on 6/15 in Beijing: already 6/16 in Kiritimati (UTC+14).
const BEFORE_MIDNIGHT = new Date('2024-06-15T15:30:00Z');
// New Year's Eve in Los Angeles, New Year's Day in Beijing: the year turns too.
const NEW_YEAR = new Date('2025-01-01T01:05:00Z');

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

let restoreClock: (() => void) | null = null;
afterEach(() => {
  restoreClock?.();
  restoreClock = null;
});

/** What the laptop's own clock says (the getters the app must not use). */
const laptopDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe.each(ZONES)('a laptop set to %s', (zone) => {
  it('is really in that zone for this test', () => {
    process.env.TZ = zone;
    const expected = { 'Asia/Shanghai': '2024-06-16', 'America/Los_Angeles': '2024-06-15', 'Pacific/Kiritimati': '2024-06-16', UTC: '2024-06-15' }[zone];
    expect(laptopDay(AFTER_MIDNIGHT)).toBe(expected);
  });

  it('says today is the Beijing day, on either side of Beijing midnight', () => {
    process.env.TZ = zone;
    restoreClock = setClock(() => AFTER_MIDNIGHT);
    expect(today()).toBe('2024-06-16');
    restoreClock();
    restoreClock = setClock(() => BEFORE_MIDNIGHT);
    expect(today()).toBe('2024-06-15');
    restoreClock();
    restoreClock = setClock(() => NEW_YEAR);
    expect(today()).toBe('2025-01-01');
  });

  it('prints Beijing dates and times in tables and file names', () => {
    process.env.TZ = zone;
    expect(beijingDate(AFTER_MIDNIGHT)).toBe('2024-06-16');
    expect(beijingTime(AFTER_MIDNIGHT)).toBe('00:30');
    expect(beijingTime(BEFORE_MIDNIGHT, '.')).toBe('23.30');
    expect(fileDateTime(AFTER_MIDNIGHT)).toBe('2024-06-16-0030');
    expect(displayDateTime('2024-06-15T16:30:00.000Z')).toBe('2024-06-16 00:30');
    expect(displayDateTime('2024-06-15T23:30:00+08:00')).toBe('2024-06-15 23:30');
    expect(displayDateTime('not a date')).toBe('not a date');
    expect(backupFileName(AFTER_MIDNIGHT)).toBe('政府工作报告看板备份-2024-06-16-0030.json');
    expect(pastedName(NEW_YEAR)).toBe('粘贴的文本 2025-01-01 09.05');
  });

  it('dates stored reports and upgraded notes on the Beijing day', () => {
    process.env.TZ = zone;
    expect(beijingDayOf('2024-06-15T16:30:00.000Z')).toBe('2024-06-16');
    expect(beijingDayOf('garbage')).toBe('');
    const entry = entryFromAnnotation({ key: 'd#no:1', docId: 'd', taskNo: '1', taskText: '任务', status: '已完成', note: '已办结', updatedAt: '2024-06-15T16:30:00.000Z' });
    expect(entry?.reportedOn).toBe('2024-06-16');
    expect(entry?.completion?.date).toBe('2024-06-16');
  });
});
