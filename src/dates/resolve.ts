/**
 * Refiners: interval linking, merging, tense detection and resolution of meanings into TIMEX3 values
 * against the reference date and the discourse anchor (the last day named before a bare time).
 * @internal
 */
import {
  addDays,
  addMonths,
  daysInMonth,
  diffDays,
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
} from './calendar.js';
import type { PartOfDay } from './lexicon.js';
import { type Cand, durationValue, type PMod, type Scanner, type Sem, type Tok } from './scan.js';
import type { DateMention, DateType } from './types.js';

type Tense = -1 | 0 | 1;

const FUTURE_WORDS = new Set([
  'va',
  'vont',
  'allons',
  'prochain',
  'prochaine',
  'doit',
  'doivent',
  'devra',
  'devront',
  'devrait',
  'devraient',
  'compte',
  'entend',
  'envisage',
  'aura',
  'auront',
  'sera',
  'seront',
  'demain',
]);
const NEUTRAL_WORDS = new Set([
  'devait',
  'devaient',
  'pouvait',
  'pouvaient',
  'prevu',
  'prevue',
  'prevus',
  'prevues',
  'programme',
  'programmee',
  'programmes',
  'programmees',
]);
/** Common conditionals (future in the past); regular ones end in -erait (not -érait). */
const CONDITIONALS = new Set([
  'serait',
  'seraient',
  'aurait',
  'auraient',
  'pourrait',
  'pourraient',
  'devrait',
  'devraient',
  'faudrait',
  'voudrait',
  'voudraient',
  'ferait',
  'feraient',
  'irait',
  'iraient',
  'viendrait',
  'viendraient',
  'prendrait',
  'prendraient',
  'permettrait',
  'permettraient',
  'saurait',
]);
const AUX = new Set(['a', 'ont', 'avait', 'avaient', 'ai', 'avons', 'avez']);
const REPORTING = new Set([
  'explique',
  'declare',
  'indique',
  'affirme',
  'annonce',
  'precise',
  'souligne',
  'ajoute',
  'assure',
  'estime',
  'dit',
  'confie',
  'raconte',
  'rappele',
  'insiste',
  'martele',
  'lance',
  'commente',
  'reconnu',
  'confirme',
  'admis',
  'note',
  'observe',
  'averti',
  'prevenu',
  'temoigne',
  'juge',
  'fait',
]);
const PAST_WORDS = new Set([
  'avait',
  'avaient',

  'fut',
  'furent',
  'hier',
  'dernier',
  'derniere',
  'etait',
  'etaient',
  'avons',
  'avez',
  'ai',
]);
const NOT_FUTURE = new Set([
  'contra',
  'extra',
  'ultra',
  'sahara',
  'opera',
  'camera',
  'cameras',
  'vera',
  'tiara',
  'mantra',
  'tantra',
  'cobra',
  'zebra',
  'algebra',
  'para',
  'entra',
  'montra',
  'declara',
  'ira',
  'terra',
  'sierra',
  'libra',
  'hydra',
  'agora',
  'aura',
  'era',
  'flora',
  'laura',
  'clara',
  'sara',
  'sarah',
  'barbara',
  'cara',
  'mara',
  'nora',
  'dora',
  'lara',
  'kara',
  'pyra',
]);

/** The nearest verb tense around token `i` in its sentence: -1 past, 1 future, 0 unknown. */
export function tenseAt(toks: readonly Tok[], i: number, end: number): Tense {
  const sent = toks[i].sentence;
  let best: Tense = 0;
  let bestDist = Number.POSITIVE_INFINITY;
  let crossed = false; // punctuation crossed on the right-hand side
  const look = (k: number, dist: number) => {
    const t = toks[k];
    if (t.kind === 'punct') crossed = crossed || k >= end;
    if (t.kind !== 'word' || dist >= bestDist) return;
    const w = t.f;
    let tense: Tense = 0;
    if (w.startsWith('-')) return;
    if (w === 'a' && t.text !== 'a' && t.text !== 'A') return; // "à" is not the verb
    // "a expliqué", "a-t-il dit" report speech: they date the content only when next to the mention
    const reporting =
      REPORTING.has(w) ||
      (AUX.has(w) && (REPORTING.has(toks[k + 1]?.f ?? '') || (toks[k + 1]?.f ?? '').startsWith('-t-')));
    if (reporting && (dist > 3 || (k >= end && crossed))) return;
    if (NEUTRAL_WORDS.has(w)) {
      // "devait démarrer le 20 juin": planned, neither past nor future
      best = 0;
      bestDist = dist;
      return;
    }
    if (FUTURE_WORDS.has(w)) tense = 1;
    else if (AUX.has(w)) {
      // passé composé only when a participle follows ("ont jusqu'au 23 juillet" is not past)
      for (let n = k + 1; n < Math.min(toks.length, k + 4); n++) {
        const x = toks[n].text.toLowerCase();
        if (/(?:é|ée|és|ées|i|is|ie|it|u|ue|us|ert|erte|eint|ait)$/.test(x) && x.length > 1) {
          tense = -1;
          break;
        }
        if (
          ![
            'deja',
            'pas',
            'bien',
            'encore',
            'toujours',
            'aussi',
            'egalement',
            'notamment',
            'ete',
            'donc',
            'ainsi',
            'meme',
          ].includes(toks[n].f)
        )
          break;
      }
    } else if (PAST_WORDS.has(w)) tense = -1;
    else if (
      w.length >= 5 &&
      !t.cap &&
      !NOT_FUTURE.has(w) &&
      /(?:[^aeiou]ra|ront|rons|rez|rai)$/.test(w) &&
      !/(?:tra|bra|dra|pra|gra|cra|fra|vra)$/.test(w)
    )
      tense = 1;
    else if (
      CONDITIONALS.has(w) ||
      (w.length >= 7 && !t.cap && /[^é]erai(?:t|ent)$/.test(t.text.toLowerCase()))
    )
      tense = 1; // conditional
    else if (w.length >= 5 && !t.cap && /(?:ait|aient)$/.test(w)) tense = -1;
    else if (
      w.length >= 4 &&
      !t.cap &&
      /(?:[^e]e|ee|es|i|is|it|u|ue|us)$/.test(w) &&
      k > 0 &&
      ['a', 'ont', 'avait', 'est', 'sont', 'etait', 'été'].includes(toks[k - 1].f)
    )
      tense = -1;
    if (tense !== 0) {
      best = tense;
      bestDist = dist;
    }
  };
  if (i > 0 && toks[i - 1].f === 'depuis') return -1;
  if (i > 1 && toks[i - 1].f === 'ici' && toks[i - 2].f === "d'") return 1;
  if (i > 2 && toks[i - 2].f === 'ici' && toks[i - 3].f === "d'") return 1;
  for (let k = i - 1, d = 1; k >= 0 && toks[k].sentence === sent && d <= 24; k--, d++) look(k, d);
  for (let k = end, d = 1; k < toks.length && toks[k].sentence === sent && d <= 12; k++, d++) look(k, d);
  return best;
}

/** Links interval endpoints ("du 24 au 27 novembre", "de 18 h à 23 h", "entre 2019 et 2021"). */
export function linkIntervals(sc: Scanner, cands: Cand[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let x = 0; x + 1 < cands.length; x++) {
    const a = cands[x];
    const b = cands[x + 1];
    const gap = b.s - a.e;
    if (gap < 0 || gap > 2) continue;
    const c = sc.f(a.e);
    const c2 = gap === 2 ? sc.f(a.e + 1) : '';
    const opener = sc.f(a.s - 1);
    const connectors = new Set(['au', 'a', 'et', '-', '/', "jusqu'au", "jusqu'a", 'ou']);
    if (gap === 0) continue;
    if (!connectors.has(c)) continue;
    if (gap === 2 && !(c === "jusqu'" || c2 === 'le' || c2 === 'la' || c2 === 'au')) continue;
    const sa = a.sem;
    const sb = b.sem;
    const bothCal = sa.k === 'cal' && sb.k === 'cal';
    const bothTime = sa.k === 'time' && sb.k === 'time';
    if (!bothCal && !bothTime) continue;
    const opens =
      ['du', 'de', "d'", 'entre', 'les', 'le', 'depuis'].includes(opener) ||
      c === '-' ||
      c === '/' ||
      a.rule === 'day-of-interval';
    if (!opens) continue;
    if (c === 'et' && opener !== 'entre' && opener !== 'les' && a.rule !== 'day-of-interval') continue;
    if (sa.k === 'cal' && sb.k === 'cal') {
      if (sa.d !== undefined && sa.m === undefined && sb.m !== undefined) {
        sa.m = sb.m;
        if (sb.y !== undefined) sa.y = sb.y;
        if (sb.dir !== undefined) sa.dir = sb.dir;
      } else if (
        sa.m !== undefined &&
        sa.y === undefined &&
        sb.y !== undefined &&
        (sa.d !== undefined) === (sb.d !== undefined)
      ) {
        sa.y = sb.y;
      }
      if (sa.d !== undefined && sa.m === undefined) continue;
    }
    pairs.push([x, x + 1]);
  }
  return pairs;
}

interface Resolved {
  type: DateType;
  value: string;
  range?: { start: string; end: string };
  unresolved?: boolean;
  /** the day this mention names, for anchoring later bare times */
  day?: Ymd;
}

const SEASON_START: Record<string, [number, number]> = {
  SP: [3, 20],
  SU: [6, 21],
  FA: [9, 22],
  WI: [12, 21],
};
const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

function partRange(day: Ymd, p: PartOfDay, sub?: PMod): { start: string; end: string } {
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

function monthRange(y: number, m: number, pmod?: PMod): { start: string; end: string } {
  const last = daysInMonth(y, m);
  if (pmod === 'START') return { start: ymd({ y, m, d: 1 }), end: ymd({ y, m, d: 10 }) };
  if (pmod === 'MID') return { start: ymd({ y, m, d: 10 }), end: ymd({ y, m, d: 20 }) };
  if (pmod === 'END') return { start: ymd({ y, m, d: 21 }), end: ymd({ y, m, d: last }) };
  return { start: ymd({ y, m, d: 1 }), end: ymd({ y, m, d: last }) };
}

function yearRange(y: number, pmod?: PMod): { start: string; end: string } {
  if (pmod === 'START') return { start: `${pad(y, 4)}-01-01`, end: `${pad(y, 4)}-02-${daysInMonth(y, 2)}` };
  if (pmod === 'MID') return { start: `${pad(y, 4)}-05-01`, end: `${pad(y, 4)}-08-31` };
  if (pmod === 'END') return { start: `${pad(y, 4)}-11-01`, end: `${pad(y, 4)}-12-31` };
  return { start: `${pad(y, 4)}-01-01`, end: `${pad(y, 4)}-12-31` };
}

function weekRange(day: Ymd, pmod?: PMod): { start: string; end: string } {
  const mon = monday(day);
  if (pmod === 'START') return { start: ymd(mon), end: ymd(addDays(mon, 1)) };
  if (pmod === 'MID') return { start: ymd(addDays(mon, 2)), end: ymd(addDays(mon, 3)) };
  if (pmod === 'END') return { start: ymd(addDays(mon, 3)), end: ymd(addDays(mon, 6)) };
  return { start: ymd(mon), end: ymd(addDays(mon, 6)) };
}

function clockValue(day: Ymd | undefined, hour: number, minute: number): string {
  return `${day ? ymd(day) : 'XXXX-XX-XX'}T${pad(hour)}:${pad(minute)}`;
}

/** Picks the year of a day-month (or month) without a year, from tense and dernier/prochain. */
function pickYear(
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

function resolveWeekday(ref: Ymd, wd: number, shift: string, tense: Tense): Ymd {
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

function shiftDay(ref: RefTime, n: number, unit: string): Ymd {
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

function seasonOccurrence(ref: Ymd, s: string, offset: number): number {
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
  const mine = starts.map((o, k) => ({ ...o, k })).filter((o) => o.s === s);
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

/** Resolves one candidate. `anchor` is the day used for bare times and parts of the day. */
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
        if (ref) y = pickYear(ref, m, d, sem.holiday ? (tense < 0 ? -1 : 1) : sem.dir, tense);
        else unresolved = true;
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
          range: day ? partRange(day, sem.part) : undefined,
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
        return { type: 'TIME', value: `${ymd(day)}T${sem.part.code}`, range: partRange(day, sem.part), day };
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
          range: day ? partRange(day, sem.part) : undefined,
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
      if (y === undefined && sem.det && ref && tense !== 0) {
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

/** Builds the final mentions: resolves everything, anchors bare times, shares interval ranges. */
export function finish(text: string, sc: Scanner, cands: Cand[], ref: RefTime | undefined): DateMention[] {
  // "à 3 heures cet après-midi", "8 heures ce soir": the part of the day sets the half of the clock
  for (let x = 0; x + 1 < cands.length; x++) {
    const a = cands[x].sem;
    const b = cands[x + 1].sem;
    if (a.k !== 'time' || cands[x + 1].s - cands[x].e > 1) continue;
    const part =
      b.k === 'part' ? b.part : b.k === 'rel' || b.k === 'wd' || b.k === 'cal' ? b.part : undefined;
    if (part && (part.code === 'AF' || part.code === 'EV') && a.hour < 12) a.hour += 12;
    // "9H45 ce matin", "8 heures demain soir": one expression
    const days =
      b.k === 'part'
        ? b.days
        : b.k === 'rel' && b.part && !b.narrative && b.hour === undefined
          ? b.days
          : undefined;
    if (days !== undefined && cands[x + 1].s === cands[x].e) {
      cands[x] = {
        ...cands[x],
        e: cands[x + 1].e,
        end: cands[x + 1].end,
        sem: { k: 'rel', days, hour: a.hour, minute: a.minute },
        rule: 'clock+part',
      };
      cands.splice(x + 1, 1);
    }
  }
  const pairs = linkIntervals(sc, cands);
  const res: (Resolved | undefined)[] = new Array(cands.length);
  // the tense only matters for expressions whose year, week or direction is implicit
  const usesTense = (s: Sem) =>
    ref !== undefined &&
    ((s.k === 'cal' && s.y === undefined && (s.dir === undefined || s.holiday === true)) ||
      s.k === 'wd' ||
      (s.k === 'nth' && s.y === undefined) ||
      (s.k === 'unit' && s.unit === 'WE') ||
      (s.k === 'quarter' && s.y === undefined && s.offset === undefined) ||
      (s.k === 'season' && s.det === true));
  const tenses = cands.map((c) => (usesTense(c.sem) ? tenseAt(sc.t, c.s, c.e) : 0));
  // pass 1: everything that does not need an anchor
  for (let x = 0; x < cands.length; x++)
    if (!needsAnchor(cands[x].sem)) res[x] = resolve(cands[x].sem, ref, tenses[x], undefined);
  // pass 2: anchored mentions take the nearest day in their sentence, else the last one before, else the reference
  // (mentions are in text order, so a sentence's mentions are contiguous: the nearest days come from two
  // running indices instead of a scan of every mention, which keeps long texts linear)
  const sentOf = cands.map((c) => sc.t[c.s].sentence);
  const nextDay = new Int32Array(cands.length).fill(-1); // next mention of the sentence with a day (pass 1)
  for (let x = cands.length - 2; x >= 0; x--)
    if (sentOf[x + 1] === sentOf[x]) nextDay[x] = res[x + 1]?.day ? x + 1 : nextDay[x + 1];
  let lastDay = -1; // the last mention before x with a day
  for (let x = 0; x < cands.length; x++) {
    if (x > 0 && res[x - 1]?.day) lastDay = x - 1;
    if (res[x]) continue;
    const sent = sentOf[x];
    const sx = cands[x].sem;
    const narrative = sx.k === 'rel' && sx.narrative === true;
    const left = lastDay >= 0 && sentOf[lastDay] === sent ? lastDay : -1;
    const right = narrative ? -1 : nextDay[x];
    // an earlier day wins ties of distance
    const near = left >= 0 && (right < 0 || x - left - 0.5 < right - x) ? left : right;
    let anchor: Ymd | undefined = near >= 0 ? res[near]?.day : undefined;
    if (!anchor && lastDay >= 0 && sent - sentOf[lastDay] <= 5) anchor = res[lastDay]?.day;
    if (!anchor && ref) anchor = { y: ref.y, m: ref.m, d: ref.d };
    res[x] = resolve(cands[x].sem, ref, tenses[x], anchor);
  }
  // intervals share one range
  for (const [a, b] of pairs) {
    const ra = res[a]!;
    const rb = res[b]!;
    const start = ra.range?.start ?? startOf(ra.value);
    const end = rb.range?.end ?? endOf(rb.value);
    if (start && end) {
      ra.range = { start, end };
      rb.range = { start, end };
    }
  }
  const out: DateMention[] = [];
  for (let x = 0; x < cands.length; x++) {
    const c = cands[x];
    const r = res[x]!;
    const m: DateMention = {
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      type: r.type,
      value: r.value,
      rule: r.unresolved ? `${c.rule}:unresolved` : c.rule,
    };
    if (r.range) m.range = r.range;
    out.push(m);
  }
  return out;
}

const reDay = /^\d{4}-\d{2}-\d{2}/;
const reMonth = /^(\d{4})-(\d{2})$/;
const reYear = /^(\d{4})$/;
const reTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function startOf(v: string): string | undefined {
  if (reTime.test(v)) return v.slice(0, 16);
  if (reDay.test(v)) return v.slice(0, 10);
  let m = reMonth.exec(v);
  if (m) return `${v}-01`;
  m = reYear.exec(v);
  if (m) return `${v}-01-01`;
  return undefined;
}

function endOf(v: string): string | undefined {
  if (reTime.test(v)) return v.slice(0, 16);
  if (reDay.test(v)) return v.slice(0, 10);
  let m = reMonth.exec(v);
  if (m) return `${v}-${pad(daysInMonth(Number(m[1]), Number(m[2])))}`;
  m = reYear.exec(v);
  if (m) return `${v}-12-31`;
  return undefined;
}
