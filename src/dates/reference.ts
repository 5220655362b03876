/**
 * The reference-date contract, shared by every public function (`extractDates`, `extractEntities`,
 * `analyze`, the CLI's `--date` and batch records): one parser, one error.
 *
 * Accepted:
 * - ISO 8601: `2025-11-25`, `2025-11-25T10:00`, `2025-11-25T10:00:00Z`, `2025-11-25T10:00:00+01:00`;
 * - RFC 2822, as feeds write it: `Tue, 25 Nov 2025 10:00:00 +0100`, `25 Nov 2025 10:00 GMT`, `25 Nov 2025`;
 * - a `Date`: an instant, read in UTC (its UTC calendar day and time).
 *
 * A string's written calendar day and time are kept as they are, whatever its offset says: an article
 * stamped `2025-11-25T23:30:00-05:00` was written on 25 November where it was published, and "hier" in it
 * is 24 November. Nothing depends on the machine's time zone.
 *
 * Rejected with a `RangeError` naming the argument: unreadable strings (`25/11/2025`, `bad`), impossible
 * calendar dates (`2025-02-30`, `2025-13-01`, `24:30`), years outside 1000–9999, an invalid `Date`.
 * Anything else than a string or a `Date` is a `TypeError`.
 * @internal
 */
import { daysInMonth, type RefTime } from './calendar.js';

const reIso =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const reRfc =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(?:[+-]\d{4}|ut|utc|gmt|z|[ecmp][sd]t))?)?$/i;

const EXPECTED =
  'expected 2025-11-25, 2025-11-25T10:00+01:00, an RFC 2822 date (Tue, 25 Nov 2025 10:00:00 +0100) or a Date';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function check(
  fn: string,
  arg: string,
  shown: string,
  kind: string,
  y: number,
  m: number,
  d: number,
  hour: number,
  minute: number,
  second: number,
): RefTime {
  let why = '';
  if (y < 1000 || y > 9999) why = `year ${y} is outside 1000–9999`;
  else if (m < 1 || m > 12) why = `there is no month ${m}`;
  else if (d < 1 || d > daysInMonth(y, m))
    why = `${y}-${String(m).padStart(2, '0')} has ${daysInMonth(y, m)} days`;
  else if (hour > 23 || minute > 59 || second > 60)
    why = `${hour}:${String(minute).padStart(2, '0')} is not a time of day`;
  if (why) throw new RangeError(`depeche: ${fn}() ${arg} ${shown} is not ${kind}: ${why}`);
  return { y, m, d, hour, minute };
}

/**
 * Reads a reference date (see the module comment for the contract).
 * @param fn the public function, for the message (`extractDates`)
 * @param arg the argument as the caller wrote it (`referenceDate`, `publishedAt`, `--date`)
 * @throws RangeError for an unreadable or impossible date; TypeError for a value of another type.
 */
export function readReferenceDate(fn: string, arg: string, value: unknown): RefTime {
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) throw new RangeError(`depeche: ${fn}() ${arg} is an invalid Date`);
    return check(
      fn,
      arg,
      'Date',
      'a valid Date',
      value.getUTCFullYear(),
      value.getUTCMonth() + 1,
      value.getUTCDate(),
      value.getUTCHours(),
      value.getUTCMinutes(),
      value.getUTCSeconds(),
    );
  }
  if (typeof value !== 'string')
    throw new TypeError(
      `depeche: ${fn}() expects ${arg} to be an ISO date string (or RFC 2822) or a Date, got ${describe(value)}`,
    );
  const s = value.trim();
  const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  let x = reIso.exec(s);
  if (x)
    return check(
      fn,
      arg,
      shown,
      'an ISO 8601 date',
      +x[1],
      +x[2],
      +x[3],
      x[4] ? +x[4] : 0,
      x[5] ? +x[5] : 0,
      x[6] ? +x[6] : 0,
    );
  x = reRfc.exec(s);
  const month = x ? MONTHS.indexOf(x[2].toLowerCase()) + 1 : 0;
  if (x && month > 0)
    return check(
      fn,
      arg,
      shown,
      'an RFC 2822 date',
      +x[3],
      month,
      +x[1],
      x[4] ? +x[4] : 0,
      x[5] ? +x[5] : 0,
      x[6] ? +x[6] : 0,
    );
  throw new RangeError(`depeche: ${fn}() ${arg} ${shown} is not an ISO 8601 date: ${EXPECTED}`);
}
