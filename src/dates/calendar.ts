/** Small calendar arithmetic on proleptic Gregorian dates (UTC, no time zones). @internal */

/** A calendar day. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function toMs(a: Ymd): number {
  return Date.UTC(a.y, a.m - 1, a.d);
}

export function fromMs(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromMs(toMs(a) + n * DAY_MS);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addMonths(a: Ymd, n: number): Ymd {
  const idx = a.y * 12 + (a.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(a.d, daysInMonth(y, m)) };
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function weekday(a: Ymd): number {
  const w = new Date(toMs(a)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO week-numbering year and week. */
export function isoWeek(a: Ymd): { y: number; w: number } {
  const thursday = addDays(a, 4 - weekday(a));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const w = Math.floor((toMs(thursday) - toMs(jan1)) / DAY_MS / 7) + 1;
  return { y: thursday.y, w };
}

/** Monday of the ISO week holding `a`. */
export function monday(a: Ymd): Ymd {
  return addDays(a, 1 - weekday(a));
}

export function diffDays(a: Ymd, b: Ymd): number {
  return Math.round((toMs(a) - toMs(b)) / DAY_MS);
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

export function ymd(a: Ymd): string {
  return `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
}

export function ym(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function weekValue(a: Ymd): string {
  const { y, w } = isoWeek(a);
  return `${pad(y, 4)}-W${pad(w)}`;
}

export function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** A reference instant: a day and a clock time. */
export interface RefTime extends Ymd {
  hour: number;
  minute: number;
}
