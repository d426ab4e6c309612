// The field types shared by the forms, the writes and the backup check (model/fields.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsChars, isCalendarDate, isTimestamp } from '../../src/lib/model/fields';
import { cleanNote } from '../../src/lib/analysis/taskStatus';
import { NOTE_MAX } from '../../src/lib/model/fields';

/** The definition: the day comes back unchanged through the calendar. */
function roundTrips(y: number, m: number, d: number): boolean {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

describe('calendar dates', () => {
  it('are exactly the days that round-trip through the calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        expect(isCalendarDate(iso(y, m, d))).toBe(roundTrips(y, m, d));
      }),
      { numRuns: 2000 },
    );
    for (const y of [1900, 2000, 2023, 2024]) for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) expect(isCalendarDate(iso(y, m, d))).toBe(roundTrips(y, m, d));
  });

  it('refuse the audit’s dates and anything not written YYYY-MM-DD', () => {
    for (const s of ['2024-13-45', '9999-99-99', '2023-02-29', '2024-6-1', '2024-06-01T00:00:00Z', ' 2024-06-01', '', '２０２４-06-01']) expect(isCalendarDate(s)).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });
});

describe('timestamps', () => {
  it('take what the app writes (toISOString) for any instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        expect(isTimestamp(d.toISOString())).toBe(true);
      }),
    );
  });

  it('refuse what does not name a real instant', () => {
    for (const s of [
      '9999-99-99T99:99:99Z',
      '2024-06-15T24:00:00.000Z',
      '2024-06-15T23:60:00Z',
      '2024-02-30T00:00:00Z',
      '2024-06-15 08:00',
      'x',
      '',
      '2024-06-15',
      '2024-06-15T08:00:00',
    ]) {
      expect(isTimestamp(s), s).toBe(false);
    }
    expect(isTimestamp('2024-06-15T08:00:00+08:00')).toBe(true);
  });
});

describe('text limits', () => {
  it('count characters as the writes cut them: whatever cleanNote keeps fits, one more does not', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constant('字'), fc.constant('𠀀'), fc.constant(' '), fc.constant('\uD800')), maxLength: 4100 }), (s) => {
        expect(fitsChars(cleanNote(s), NOTE_MAX)).toBe(true);
        expect(fitsChars(s, NOTE_MAX)).toBe(Array.from(s).length <= NOTE_MAX);
      }),
      { numRuns: 200 },
    );
  });

  it('judge a text of 100 million characters by its length alone', () => {
    expect(fitsChars('x'.repeat(100_000_004), NOTE_MAX)).toBe(false);
  });
});
