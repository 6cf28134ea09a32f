/** Dates read and said in one place (src/domain/dates/). */
import { describe, expect, it } from 'vitest';
import { compareDates, dayOfTimestamp, formatDate, isoDayOf, isRealDay, parsePartialDate, printedDay } from '../../src/domain/dates/index.ts';

describe('ISO dates of the frontmatter', () => {
  it('read a day or a month, and say what does not exist', () => {
    expect(parsePartialDate(' 2023-08-31 ')).toEqual({ year: 2023, month: 8, day: 31, iso: '2023-08-31' });
    expect(parsePartialDate('2023-08')).toEqual({ year: 2023, month: 8, iso: '2023-08' });
    expect(parsePartialDate('2023-13')).toBe('tanggal "2023-13" tidak ada: bulan 13');
    expect(parsePartialDate('2023-02-29')).toBe('tanggal "2023-02-29" tidak ada di kalender');
    expect(parsePartialDate('31-08-2023')).toContain('tidak terbaca; tulis YYYY-MM-DD');
  });

  it('know the calendar, leap years included', () => {
    expect([isRealDay(2024, 2, 29), isRealDay(2023, 2, 29), isRealDay(2023, 9, 31), isRealDay(2023, 12, 31)]).toEqual([true, false, false, true]);
  });

  it('take an unquoted YAML date (midnight UTC) as its day', () => {
    expect(isoDayOf(new Date(Date.UTC(2023, 7, 31)))).toBe('2023-08-31');
  });

  it('compare by day, or by month when either lacks its day', () => {
    const d = (text: string) => parsePartialDate(text) as Exclude<ReturnType<typeof parsePartialDate>, string>;
    expect(compareDates(d('2023-08-01'), d('2023-08-31'))).toBeLessThan(0);
    expect(compareDates(d('2023-09-01'), d('2023-08-31'))).toBeGreaterThan(0);
    expect(compareDates(d('2023-08'), d('2023-08-31'))).toBe(0);
  });
});

describe('the day of a git timestamp', () => {
  it("is the author's own day, whatever the offset", () => {
    expect(dayOfTimestamp('2026-12-02T23:10:00+07:00')).toEqual({ year: 2026, month: 12, day: 2, iso: '2026-12-02' });
  });
});

describe('dates as printed in a document', () => {
  it.each([
    ['31-9-2023', { day: 31, month: 9, year: 2023 }],
    ['31/09/2023', { day: 31, month: 9, year: 2023 }],
    ['1 . 2 . 2023', { day: 1, month: 2, year: 2023 }],
    ['31 September 2023', { day: 31, month: 9, year: 2023 }],
    ['12/13/2023', { day: 12, month: 13, year: 2023 }],
    ['akhir September', undefined],
    ['5 Sept 2023', undefined],
  ])('%s reads as %o', (text, expected) => {
    expect(printedDay(text)).toEqual(expected);
  });
});

describe('dates as the pages say them', () => {
  it('name the month, leave out a day not known, and mark a missing date', () => {
    expect(formatDate({ year: 2023, month: 8, day: 31 })).toBe('31 Agustus 2023');
    expect(formatDate({ year: 2024, month: 1 })).toBe('Januari 2024');
    expect(formatDate(dayOfTimestamp('2026-12-02T10:00:00Z'))).toBe('2 Desember 2026');
    expect(formatDate(undefined)).toBe('—');
  });
});
