/** Order of day, month and year in a system's numeric dates: `dmy` is 31/12/2024, `mdy` 12/31/2024. */
export type DateOrder = 'dmy' | 'mdy';

/** A calendar date as `YYYY-MM-DD`, or the reason the text is not one. */
export type DateResult = { valid: true; date: string } | { valid: false; reason: string };

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const MS_DATE = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/;

/**
 * Normalises a date to `YYYY-MM-DD` without ever building a local-time Date, so a date-only
 * value cannot move by a day across time zones. Reads ISO 8601 (any time part is ignored as
 * written), `YYYYMMDD`, `DD/MM/YYYY` or `MM/DD/YYYY` in the given `order` (`/`, `.` or `-`), and
 * `/Date(ms)/` as milliseconds since the epoch in UTC. A value that is not a real date under
 * that order is returned as invalid; the other order is not tried.
 */
export function normalizeDate(raw: string, order: DateOrder): DateResult {
  const text = raw.trim();

  const msMatch = MS_DATE.exec(text);
  if (msMatch) {
    return fromEpochMs(Number(msMatch[1]));
  }

  const isoMatch = ISO_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (isoMatch) {
    return fromParts(isoMatch[1], isoMatch[2], isoMatch[3]);
  }

  const numericMatch = NUMERIC_DATE.exec(text);
  if (!numericMatch) {
    return { valid: false, reason: `not a date in ISO, ${order.toUpperCase()} or /Date(ms)/ form` };
  }

  const [, first, second, year] = numericMatch;
  return order === 'dmy' ? fromParts(year, second, first) : fromParts(year, first, second);
}

function fromEpochMs(ms: number): DateResult {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) {
    return { valid: false, reason: 'epoch milliseconds out of range' };
  }
  return { valid: true, date: date.toISOString().slice(0, 10) };
}

function fromParts(yearText = '', monthText = '', dayText = ''): DateResult {
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);

  if (month < 1 || month > 12) {
    return { valid: false, reason: `month ${month} is out of range 1-12` };
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    return { valid: false, reason: `day ${day} does not exist in ${year}-${pad(month)}` };
  }

  return { valid: true, date: `${yearText.padStart(4, '0')}-${pad(month)}-${pad(day)}` };
}

/** Counts the days of a month in the proleptic Gregorian calendar, using UTC only. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
