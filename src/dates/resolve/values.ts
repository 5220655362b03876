/** TIMEX3 values and ranges: parts of days, months, years, weeks, seasons; the year of a day-month, the day of a weekday. @internal */
import {
  addDays,
  addMonths,
  daysInMonth,
  diffDays,
  monday,
  pad,
  type RefTime,
  toMs,
  weekday,
  type Ymd,
  ymd,
} from '../calendar.js';
import type { PartOfDay } from '../lexicon.js';
import type { PMod } from '../scan/index.js';
import type { DateType } from '../types.js';
import type { Tense } from './tense.js';

export interface Resolved {
  type: DateType;
  value: string;
  range?: { start: string; end: string };
  unresolved?: boolean;
  /** the day this mention names, for anchoring later bare times */
  day?: Ymd;
}

export const SEASON_START: Record<string, [number, number]> = {
  SP: [3, 20],
  SU: [6, 21],
  FA: [9, 22],
  WI: [12, 21],
};
export const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

export function partRange(day: Ymd, p: PartOfDay, sub?: PMod): { start: string; end: string } {
  let from = p.from;
  let to = p.to;
  if (sub) {
    const table: Record<string, Record<PMod, [number, number]>> = {
      MO: { START: [7, 9], MID: [9, 11], END: [10, 12] },
      AF: { START: [12, 14], MID: [14, 17], END: [17, 19] },
      EV: { START: [18, 21], MID: [20, 22], END: [21, 24] },
      DT: { START: [6, 10], MID: [11, 16], END: [17, 21] },
      NI: { START: [0, 2], MID: [2, 4], END: [4, 6] },
    };
    [from, to] = table[p.code]?.[sub] ?? [from, to];
  }
  const endDay = to === 24 ? day : day;
  const endH = to === 24 ? 23 : to - 1;
  return { start: `${ymd(day)}T${pad(from)}:00`, end: `${ymd(endDay)}T${pad(endH)}:59` };
}

export function monthRange(y: number, m: number, pmod?: PMod): { start: string; end: string } {
  const last = daysInMonth(y, m);
  if (pmod === 'START') return { start: ymd({ y, m, d: 1 }), end: ymd({ y, m, d: 10 }) };
  if (pmod === 'MID') return { start: ymd({ y, m, d: 10 }), end: ymd({ y, m, d: 20 }) };
  if (pmod === 'END') return { start: ymd({ y, m, d: 21 }), end: ymd({ y, m, d: last }) };
  return { start: ymd({ y, m, d: 1 }), end: ymd({ y, m, d: last }) };
}

export function yearRange(y: number, pmod?: PMod): { start: string; end: string } {
  if (pmod === 'START') return { start: `${pad(y, 4)}-01-01`, end: `${pad(y, 4)}-02-${daysInMonth(y, 2)}` };
  if (pmod === 'MID') return { start: `${pad(y, 4)}-05-01`, end: `${pad(y, 4)}-08-31` };
  if (pmod === 'END') return { start: `${pad(y, 4)}-11-01`, end: `${pad(y, 4)}-12-31` };
  return { start: `${pad(y, 4)}-01-01`, end: `${pad(y, 4)}-12-31` };
}

export function weekRange(day: Ymd, pmod?: PMod): { start: string; end: string } {
  const mon = monday(day);
  if (pmod === 'START') return { start: ymd(mon), end: ymd(addDays(mon, 1)) };
  if (pmod === 'MID') return { start: ymd(addDays(mon, 2)), end: ymd(addDays(mon, 3)) };
  if (pmod === 'END') return { start: ymd(addDays(mon, 3)), end: ymd(addDays(mon, 6)) };
  return { start: ymd(mon), end: ymd(addDays(mon, 6)) };
}

export function clockValue(day: Ymd | undefined, hour: number, minute: number): string {
  return `${day ? ymd(day) : 'XXXX-XX-XX'}T${pad(hour)}:${pad(minute)}`;
}

/** Picks the year of a day-month (or month) without a year, from tense and dernier/prochain. */
export function pickYear(
  ref: RefTime,
  m: number,
  d: number | undefined,
  dir: -1 | 1 | undefined,
  tense: Tense,
): number {
  const dd = d ?? 15;
  const cand = (y: number) => diffDays({ y, m, d: Math.min(dd, daysInMonth(y, m)) }, ref);
  if (dir === -1) {
    if (d === undefined) return m < ref.m ? ref.y : ref.y - 1;
    return cand(ref.y) < 0 ? ref.y : ref.y - 1;
  }
  if (dir === 1) {
    if (d === undefined) return m > ref.m ? ref.y : ref.y + 1;
    return cand(ref.y) > 0 ? ref.y : ref.y + 1;
  }
  if (d === undefined) {
    if (tense < 0 && m > ref.m + 1) return ref.y - 1;
    if (tense > 0 && m < ref.m - 1) return ref.y + 1;
    if (tense === 0 && m - ref.m > 9) return ref.y - 1;
    if (tense === 0 && ref.m - m > 2) return ref.y + 1;
    return ref.y;
  }
  const diff = cand(ref.y);
  if (tense < 0 && diff > 14) return ref.y - 1;
  if (tense > 0 && diff < -14) return ref.y + 1;
  if (tense === 0 && diff > 300) return ref.y - 1;
  if (tense === 0 && diff < -90) return ref.y + 1;
  return ref.y;
}

export function resolveWeekday(ref: Ymd, wd: number, shift: string, tense: Tense): Ymd {
  const rw = weekday(ref);
  switch (shift) {
    case 'last':
      return addDays(ref, -((rw - wd + 7) % 7 || 7));
    case 'next':
      return addDays(ref, (wd - rw + 7) % 7 || 7);
    case 'nextweek':
      return addDays(monday(ref), 7 + wd - 1);
    case 'lastweek':
      return addDays(monday(ref), -7 + wd - 1);
    case 'thisweek':
      return addDays(monday(ref), wd - 1);
    case 'in8':
      return addDays(ref, ((wd - rw + 7) % 7) + 7);
    case 'in15':
      return addDays(ref, ((wd - rw + 7) % 7) + 14);
    default:
      if (tense < 0) return addDays(ref, -((rw - wd + 7) % 7));
      if (tense > 0) return addDays(ref, (wd - rw + 7) % 7);
      {
        // no tense (present, headline): the nearest one, ahead on a tie
        const ahead = (wd - rw + 7) % 7;
        const back = (rw - wd + 7) % 7;
        return addDays(ref, back < ahead ? -back : ahead);
      }
  }
}

export function shiftDay(ref: RefTime, n: number, unit: string): Ymd {
  switch (unit) {
    case 'D':
      return addDays(ref, Math.round(n));
    case 'W':
      return addDays(ref, Math.round(n * 7));
    case 'M':
      return addMonths(ref, Math.round(n));
    case 'Y':
      return addMonths(ref, Math.round(n * 12));
    default:
      return ref;
  }
}

export function seasonOccurrence(ref: Ymd, s: string, offset: number): number {
  // occurrences: season s of year y starts at SEASON_START[s] in y and ends at the next season's start
  const starts: { y: number; s: string; ms: number }[] = [];
  for (let y = ref.y - 2; y <= ref.y + 2; y++)
    for (const code of SEASON_ORDER) {
      const [m, d] = SEASON_START[code];
      starts.push({ y, s: code, ms: toMs({ y, m, d }) });
    }
  const now = toMs(ref);
  let cur = 0;
  for (let k = 0; k < starts.length; k++) if (starts[k].ms <= now) cur = k;
  const mine: { y: number; s: string; ms: number; k: number }[] = [];
  for (let k = 0; k < starts.length; k++) {
    const o = starts[k];
    if (o.s === s) mine.push({ y: o.y, s: o.s, ms: o.ms, k });
  }
  if (offset === 0) {
    // the occurrence containing ref, else the one of this calendar year
    const c = mine.find((o) => o.k === cur);
    if (c) return c.y;
    return ref.y;
  }
  if (offset < 0) {
    const past = mine.filter((o) => o.k < cur);
    return past[past.length - 1].y;
  }
  return mine.filter((o) => o.k > cur)[0].y;
}
