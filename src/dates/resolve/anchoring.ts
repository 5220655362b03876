/** Resolution of one meaning into a TIMEX3 value against the reference date, the tense and the discourse anchor. @internal */
import {
  addDays,
  addMonths,
  daysInMonth,
  monday,
  pad,
  type RefTime,
  toMs,
  validDate,
  weekday,
  weekValue,
  type Ymd,
  ym,
  ymd,
} from '../calendar.js';
import { durationValue, type Sem } from '../scan/index.js';
import type { Tense } from './tense.js';
import {
  clockValue,
  monthRange,
  partRange,
  pickYear,
  type Resolved,
  resolveWeekday,
  SEASON_ORDER,
  SEASON_START,
  seasonOccurrence,
  shiftDay,
  weekRange,
  yearRange,
} from './values.js';

/** Resolves one candidate. `anchor` is the day used for bare times and parts of the day. */
/**
 * The year of a day-month named with its weekday: `y` when the weekday matches there, else the year before
 * or after whose same day falls on that weekday (the one nearer the reference first), else `y`.
 */
function yearOfWeekday(ref: Ymd, y: number, m: number, d: number, wd: number): number {
  const fits = (yy: number) => validDate(yy, m, d) && weekday({ y: yy, m, d }) === wd;
  if (fits(y)) return y;
  const near = (yy: number) => Math.abs(Date.UTC(yy, m - 1, d) - Date.UTC(ref.y, ref.m - 1, ref.d));
  const others = [y - 1, y + 1].filter(fits).sort((a, b) => near(a) - near(b));
  return others[0] ?? y;
}

export function resolve(sem: Sem, ref: RefTime | undefined, tense: Tense, anchor: Ymd | undefined): Resolved {
  switch (sem.k) {
    case 'cal': {
      let { y, m, d } = sem;
      if (d !== undefined && m === undefined && sem.wd !== undefined) {
        // "jeudi 15": the nearest month where the 15th is a Thursday
        if (!ref) return { type: 'DATE', value: `XXXX-XX-${pad(d)}`, unresolved: true };
        const dirn = tense < 0 ? -1 : 1;
        for (let k = 0; k < 14; k++) {
          const mm = addMonths({ y: ref.y, m: ref.m, d: 1 }, k * dirn);
          if (validDate(mm.y, mm.m, d) && weekday({ y: mm.y, m: mm.m, d }) === sem.wd) {
            if (k === 0 && dirn > 0 && d < ref.d) continue;
            y = mm.y;
            m = mm.m;
            break;
          }
        }
        if (m === undefined) return { type: 'DATE', value: `XXXX-XX-${pad(d)}`, unresolved: true };
      }
      if (d !== undefined && m === undefined) {
        if (!ref) return { type: 'DATE', value: `XXXX-XX-${pad(d)}`, unresolved: true };
        let base: Ymd = { y: ref.y, m: ref.m, d: 1 };
        if (tense < 0 && d > ref.d) base = addMonths(base, -1);
        if (tense >= 0 && d < ref.d) base = addMonths(base, 1);
        y = base.y;
        m = base.m;
      }
      if (m === undefined) {
        if (y === undefined) return { type: 'DATE', value: 'XXXX', unresolved: true };
        return { type: 'DATE', value: pad(y, 4), range: sem.pmod ? yearRange(y, sem.pmod) : undefined };
      }
      let unresolved = false;
      if (y === undefined) {
        if (ref) {
          y = pickYear(ref, m, d, sem.holiday ? (tense < 0 ? -1 : 1) : sem.dir, tense);
          // "dimanche 27 août": the weekday written beside the date outweighs the tense's guess at the year
          if (d !== undefined && sem.wd !== undefined) y = yearOfWeekday(ref, y, m, d, sem.wd);
        } else unresolved = true;
      }
      if (d === undefined) {
        if (y === undefined) return { type: 'DATE', value: `XXXX-${pad(m)}`, unresolved };
        return {
          type: 'DATE',
          value: ym(y, m),
          range: sem.pmod ? monthRange(y, m, sem.pmod) : undefined,
          unresolved,
        };
      }
      if (y !== undefined && !validDate(y, m, d))
        return { type: 'DATE', value: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
      let day = y !== undefined ? { y, m, d } : undefined;
      if (day && sem.offset) day = addDays(day, sem.offset);
      if (day && sem.week) return { type: 'DATE', value: weekValue(day), range: weekRange(day) };
      const dv = day ? ymd(day) : `XXXX-${pad(m)}-${pad(d)}`;
      if (sem.hour !== undefined)
        return { type: 'TIME', value: `${dv}T${pad(sem.hour)}:${pad(sem.minute ?? 0)}`, day, unresolved };
      if (sem.part)
        return {
          type: 'TIME',
          value: `${dv}T${sem.part.code}`,
          range: day ? partRange(day, sem.part, sem.partSub) : undefined,
          day,
          unresolved,
        };
      return { type: 'DATE', value: dv, day, unresolved };
    }
    case 'rel': {
      if (!ref) {
        const v =
          sem.hour !== undefined
            ? `XXXX-XX-XXT${pad(sem.hour)}:${pad(sem.minute ?? 0)}`
            : sem.part
              ? `XXXX-XX-XXT${sem.part.code}`
              : 'XXXX-XX-XX';
        return { type: sem.hour !== undefined || sem.part ? 'TIME' : 'DATE', value: v, unresolved: true };
      }
      const day = addDays(sem.narrative && anchor ? anchor : ref, sem.days);
      if (sem.hour !== undefined)
        return { type: 'TIME', value: clockValue(day, sem.hour, sem.minute ?? 0), day };
      if (sem.part)
        return {
          type: 'TIME',
          value: `${ymd(day)}T${sem.part.code}`,
          range: partRange(day, sem.part, sem.partSub),
          day,
        };
      return { type: 'DATE', value: ymd(day), day };
    }
    case 'wd': {
      let day: Ymd | undefined;
      if (sem.shift === 'same' && anchor && weekday(anchor) === sem.wd) day = anchor;
      else if (ref) day = resolveWeekday(ref, sem.wd, sem.shift, tense);
      const dv = day ? ymd(day) : `XXXX-WXX-${sem.wd}`;
      if (sem.hour !== undefined)
        return {
          type: 'TIME',
          value: `${dv}T${pad(sem.hour)}:${pad(sem.minute ?? 0)}`,
          day,
          unresolved: !day,
        };
      if (sem.part)
        return {
          type: 'TIME',
          value: `${dv}T${sem.part.code}`,
          range: day ? partRange(day, sem.part, sem.partSub) : undefined,
          day,
          unresolved: !day,
        };
      return { type: 'DATE', value: dv, day, unresolved: !day };
    }
    case 'unit': {
      if (!ref) {
        const v = { D: 'XXXX-XX-XX', W: 'XXXX-WXX', M: 'XXXX-XX', Y: 'XXXX', WE: 'XXXX-WXX-WE' }[sem.unit];
        return { type: 'DATE', value: v, unresolved: true };
      }
      switch (sem.unit) {
        case 'D': {
          const day = addDays(ref, sem.offset);
          return { type: 'DATE', value: ymd(day), day };
        }
        case 'W': {
          const day = addDays(ref, 7 * sem.offset);
          return { type: 'DATE', value: weekValue(day), range: weekRange(day, sem.pmod) };
        }
        case 'WE': {
          // "ce week-end" in a past-tense sentence, during the week: the one just gone
          const back = sem.offset === 0 && tense < 0 && weekday(ref) < 6 ? -7 : 0;
          const day = addDays(ref, 7 * sem.offset + back);
          const sat = addDays(monday(day), 5);
          return {
            type: 'DATE',
            value: `${weekValue(day)}-WE`,
            range: { start: ymd(sat), end: ymd(addDays(sat, 1)) },
          };
        }
        case 'M': {
          const mm = addMonths({ y: ref.y, m: ref.m, d: 1 }, sem.offset);
          return { type: 'DATE', value: ym(mm.y, mm.m), range: monthRange(mm.y, mm.m, sem.pmod) };
        }
        default: {
          const y = ref.y + sem.offset + (sem.coming && ref.m >= 9 ? 1 : 0);
          return { type: 'DATE', value: pad(y, 4), range: yearRange(y, sem.pmod) };
        }
      }
    }
    case 'decade':
      return {
        type: 'DATE',
        value: String(sem.dec),
        range: { start: `${sem.dec}0-01-01`, end: `${sem.dec}9-12-31` },
      };
    case 'century':
      return {
        type: 'DATE',
        value: pad(sem.c, 2),
        range: { start: `${pad(sem.c, 2)}01-01-01`, end: `${pad(sem.c + 1, 2)}00-12-31` },
      };
    case 'season': {
      let y = sem.y;
      if (y === undefined && ref && ((sem.det && tense !== 0) || (sem.ahead && tense > 0))) {
        // "avant l'été" (future): this one if under way, else the next; "depuis l'été" (past): the last begun
        const cur = seasonOccurrence(ref, sem.s, 0);
        const [m0, d0] = SEASON_START[sem.s];
        const started = toMs({ y: cur, m: m0, d: d0 }) <= toMs(ref);
        const nextStart = SEASON_ORDER[(SEASON_ORDER.indexOf(sem.s) + 1) % 4];
        const [m1, d1] = SEASON_START[nextStart];
        const ended = toMs({ y: sem.s === 'WI' ? cur + 1 : cur, m: m1, d: d1 }) <= toMs(ref);
        if (tense > 0) y = started && !ended ? cur : seasonOccurrence(ref, sem.s, 1);
        else y = started ? cur : seasonOccurrence(ref, sem.s, -1);
      }
      if (y === undefined && sem.offset !== undefined) {
        if (!ref) return { type: 'DATE', value: `XXXX-${sem.s}`, unresolved: true };
        y = seasonOccurrence(ref, sem.s, sem.offset);
      }
      if (y === undefined) return { type: 'DATE', value: `XXXX-${sem.s}` };
      const [m, d] = SEASON_START[sem.s];
      const next = SEASON_ORDER[(SEASON_ORDER.indexOf(sem.s) + 1) % 4];
      const [m2, d2] = SEASON_START[next];
      const endY = sem.s === 'WI' ? y + 1 : y;
      return {
        type: 'DATE',
        value: `${pad(y, 4)}-${sem.s}`,
        range: { start: ymd({ y, m, d }), end: ymd(addDays({ y: endY, m: m2, d: d2 }, -1)) },
      };
    }
    case 'dur':
      return { type: 'DURATION', value: sem.value ?? durationValue(sem.n, sem.unit) };
    case 'span': {
      const value = durationValue(sem.n, sem.unit);
      if (!ref) return { type: 'DURATION', value };
      let range: { start: string; end: string } | undefined;
      if (sem.unit === 'D') {
        range =
          sem.dir < 0
            ? { start: ymd(addDays(ref, -sem.n)), end: ymd(addDays(ref, -1)) }
            : { start: ymd(addDays(ref, 1)), end: ymd(addDays(ref, sem.n)) };
      } else if (sem.unit === 'W') {
        const mon = monday(ref);
        range =
          sem.dir < 0
            ? { start: ymd(addDays(mon, -7 * sem.n)), end: ymd(addDays(mon, -1)) }
            : { start: ymd(addDays(mon, 7)), end: ymd(addDays(mon, 7 * sem.n + 6)) };
      } else if (sem.unit === 'M') {
        const first = { y: ref.y, m: ref.m, d: 1 };
        const a = addMonths(first, sem.dir < 0 ? -sem.n : 1);
        const b = addMonths(first, sem.dir < 0 ? -1 : sem.n);
        range = { start: ymd(a), end: ymd({ y: b.y, m: b.m, d: daysInMonth(b.y, b.m) }) };
      } else if (sem.unit === 'Y') {
        range =
          sem.dir < 0
            ? { start: `${ref.y - sem.n}-01-01`, end: `${ref.y - 1}-12-31` }
            : { start: `${ref.y + 1}-01-01`, end: `${ref.y + sem.n}-12-31` };
      } else {
        const mins = sem.unit === 'H' ? 60 : sem.unit === 'MIN' ? 1 : 1 / 60;
        const base = toMs(ref) + (ref.hour * 60 + ref.minute) * 60_000;
        const step = mins * 60_000;
        const fmt = (ms: number) => new Date(ms).toISOString().slice(0, sem.unit === 'S' ? 19 : 16);
        const unitMs = sem.unit === 'H' ? 3_600_000 : sem.unit === 'MIN' ? 60_000 : 1000;
        const floor = Math.floor(base / unitMs) * unitMs;
        range =
          sem.dir < 0
            ? { start: fmt(floor - sem.n * step), end: fmt(floor - 1) }
            : { start: fmt(floor + step), end: fmt(floor + (sem.n + 1) * step - 1) };
      }
      return { type: 'DURATION', value, range };
    }
    case 'shift': {
      if (!ref) return { type: 'DATE', value: 'XXXX-XX-XX', unresolved: true };
      const n = sem.n * sem.dir;
      if (sem.unit === 'H' || sem.unit === 'MIN' || sem.unit === 'S') {
        const mult = sem.unit === 'H' ? 3_600_000 : sem.unit === 'MIN' ? 60_000 : 1000;
        const t = new Date(toMs(ref) + (ref.hour * 60 + ref.minute) * 60_000 + n * mult);
        const iso = t.toISOString();
        return { type: 'TIME', value: sem.unit === 'S' ? iso.slice(0, 19) : iso.slice(0, 16) };
      }
      const day = shiftDay(ref, n, sem.unit);
      if (sem.unit === 'Y') return { type: 'DATE', value: pad(day.y, 4) };
      return { type: 'DATE', value: ymd(day), day };
    }
    case 'time': {
      const day = anchor;
      return { type: 'TIME', value: clockValue(day, sem.hour, sem.minute), unresolved: !day };
    }
    case 'part': {
      const day = sem.days !== undefined && ref ? addDays(ref, sem.days) : anchor;
      if (!day) return { type: 'TIME', value: `XXXX-XX-XXT${sem.part.code}`, unresolved: true };
      return {
        type: 'TIME',
        value: `${ymd(day)}T${sem.part.code}`,
        range: partRange(day, sem.part, sem.sub),
        day,
      };
    }
    case 'nth': {
      let y = sem.y;
      let m = sem.m;
      if (m === undefined) {
        if (!ref) return { type: 'DATE', value: 'XXXX-XX', unresolved: true };
        const mm = addMonths({ y: ref.y, m: ref.m, d: 1 }, sem.monthOffset ?? 0);
        y = mm.y;
        m = mm.m;
      }
      if (y === undefined) {
        if (!ref) return { type: 'DATE', value: `XXXX-${pad(m)}`, unresolved: true };
        y = pickYear(ref, m, undefined, undefined, tense);
      }
      const last = daysInMonth(y, m);
      if (sem.what === 'jour') {
        const d = sem.n < 0 ? last : sem.n;
        if (d > last) return { type: 'DATE', value: ym(y, m) };
        const day = { y, m, d };
        return { type: 'DATE', value: ymd(day), day };
      }
      if (sem.what === 'quinzaine') {
        const first = sem.n === 1;
        return {
          type: 'DATE',
          value: ym(y, m),
          range: first
            ? { start: ymd({ y, m, d: 1 }), end: ymd({ y, m, d: 14 }) }
            : { start: ymd({ y, m, d: 15 }), end: ymd({ y, m, d: last }) },
        };
      }
      if (sem.what === 'wd' && sem.wd !== undefined) {
        let day: Ymd;
        if (sem.n < 0) {
          const end = { y, m, d: last };
          day = addDays(end, -((weekday(end) - sem.wd + 7) % 7));
        } else {
          const first = { y, m, d: 1 };
          day = addDays(first, ((sem.wd - weekday(first) + 7) % 7) + 7 * (sem.n - 1));
        }
        return { type: 'DATE', value: ymd(day), day };
      }
      // weeks: the n-th week starting on a Monday of the month; the last one ending in it
      const firstMon = addDays({ y, m, d: 1 }, (8 - weekday({ y, m, d: 1 })) % 7);
      const mon =
        sem.n < 0
          ? addDays(
              { y, m, d: last },
              -((weekday({ y, m, d: last }) + 6) % 7) - (weekday({ y, m, d: last }) === 7 ? 0 : 7),
            )
          : addDays(firstMon, 7 * (sem.n - 1));
      return { type: 'DATE', value: weekValue(mon), range: weekRange(mon) };
    }
    case 'quarter': {
      const per = sem.half ? 6 : 3;
      const code = sem.half ? 'H' : 'Q';
      let y = sem.y;
      if (y === undefined) {
        if (!ref) return { type: 'DATE', value: `XXXX-${code}${sem.n}`, unresolved: true };
        y = ref.y + (sem.offset ?? 0);
        if (sem.offset === undefined) {
          const cur = Math.floor((ref.m - 1) / per) + 1;
          if (sem.rel === -1 || (sem.rel === undefined && tense < 0)) y = sem.n < cur ? ref.y : ref.y - 1;
          else if (sem.rel === 1 || (sem.rel === undefined && tense > 0)) y = sem.n > cur ? ref.y : ref.y + 1;
        }
      }
      const m0 = (sem.n - 1) * per + 1;
      const m1 = m0 + per - 1;
      return {
        type: 'DATE',
        value: `${pad(y, 4)}-${code}${sem.n}`,
        range: { start: ymd({ y, m: m0, d: 1 }), end: ymd({ y, m: m1, d: daysInMonth(y, m1) }) },
      };
    }
    case 'vague':
      return { type: sem.type, value: sem.value };
    case 'set':
      return { type: 'SET', value: sem.value };
    case 'now':
      return { type: 'DATE', value: 'PRESENT_REF' };
  }
}

/** Needs an anchor day from the discourse (bare clock times, "la nuit", "ce même lundi"). */
export function needsAnchor(sem: Sem): boolean {
  return (
    sem.k === 'time' ||
    (sem.k === 'part' && sem.days === undefined) ||
    (sem.k === 'wd' && sem.shift === 'same') ||
    (sem.k === 'rel' && sem.narrative === true)
  );
}
