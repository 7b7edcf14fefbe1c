/** UTC offset of every time in API replies. The demo company keeps US Pacific daylight time. */
const QBO_OFFSET_HOURS = -7;

/** Formats a time the way QuickBooks Online does: '2025-03-14T02:10:05-07:00'. */
export function qboTime(iso: string | number = Date.now()): string {
  const ms = typeof iso === 'number' ? iso : Date.parse(iso);
  const shifted = new Date(ms + QBO_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 19);
  const sign = QBO_OFFSET_HOURS < 0 ? '-' : '+';
  return `${shifted}${sign}${String(Math.abs(QBO_OFFSET_HOURS)).padStart(2, '0')}:00`;
}

/** Turns 'YYYY-MM-DD' into the page format 'MM/DD/YYYY'. */
export function pageDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${month}/${day}/${year}`;
}

const MONEY = new Intl.NumberFormat('en-AU', { style: 'currency', currency: 'AUD' });

/** Formats dollars with two decimals: '$1,249.50'. */
export function pageMoney(amount: number): string {
  return MONEY.format(amount);
}
