import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../../lib/normalize/index';

describe('normalizeDate', () => {
  it('reads ISO dates', () => {
    expect(normalizeDate('2024-03-04', 'dmy')).toEqual({ valid: true, date: '2024-03-04' });
  });

  it('reads compact YYYYMMDD', () => {
    expect(normalizeDate('19151111', 'dmy')).toEqual({ valid: true, date: '1915-11-11' });
  });

  it('reads US month-first dates', () => {
    expect(normalizeDate('03/04/2024', 'mdy')).toEqual({ valid: true, date: '2024-03-04' });
  });

  it('reads European day-first dates', () => {
    expect(normalizeDate('03/04/2024', 'dmy')).toEqual({ valid: true, date: '2024-04-03' });
  });

  it('reads dots and dashes as separators', () => {
    expect(normalizeDate('4.3.2024', 'dmy')).toEqual({ valid: true, date: '2024-03-04' });
  });

  it('rejects a month out of range without trying the other order', () => {
    expect(normalizeDate('31/12/2024', 'mdy')).toEqual({
      valid: false,
      reason: 'month 31 is out of range 1-12',
    });
  });

  it('rejects a day that does not exist', () => {
    expect(normalizeDate('2023-02-29', 'dmy')).toEqual({
      valid: false,
      reason: 'day 29 does not exist in 2023-02',
    });
  });

  it('accepts 29 February in a leap year', () => {
    expect(normalizeDate('29/02/2024', 'dmy')).toEqual({ valid: true, date: '2024-02-29' });
  });

  it('reads /Date(ms)/ as a UTC date', () => {
    expect(normalizeDate('/Date(1700000000000)/', 'dmy')).toEqual({
      valid: true,
      date: '2023-11-14',
    });
  });

  it('keeps /Date(ms)/ late in the UTC day on that day', () => {
    const lateUtc = Date.UTC(2024, 0, 31, 23, 30);
    expect(normalizeDate(`/Date(${lateUtc})/`, 'dmy')).toEqual({ valid: true, date: '2024-01-31' });
  });

  it('reads /Date(ms)/ with an offset by its UTC instant', () => {
    expect(normalizeDate('/Date(0+1000)/', 'dmy')).toEqual({ valid: true, date: '1970-01-01' });
  });

  it('keeps the written date of an ISO timestamp', () => {
    expect(normalizeDate('2024-02-29T23:00:00-05:00', 'dmy')).toEqual({
      valid: true,
      date: '2024-02-29',
    });
  });

  it('returns a string, not a Date', () => {
    const result = normalizeDate('2024-01-01', 'dmy');
    expect(result.valid).toBe(true);
    expect(result.valid ? typeof result.date : undefined).toBe('string');
  });

  it('rejects free text', () => {
    expect(normalizeDate('next Tuesday', 'dmy').valid).toBe(false);
  });
});
