/**
 * Proposers: a left-to-right scan over tokens that recognises French temporal expressions and returns
 * candidates carrying a meaning (`Sem`) still to be resolved against the reference date.
 *
 * The rules live in one file per family of patterns; {@link FAMILIES} is the order in which they are
 * asked. At each token, every family proposes at most one candidate (its first rule that matches) and
 * the longest candidate wins, the earlier family on ties.
 * @internal
 */
import {
  APPROX,
  DETS,
  HOLIDAYS,
  MONTHS,
  NUMBER_WORDS,
  numberWord,
  ORDINALS,
  PARTS,
  SEASONS,
  SETS,
  STARTERS,
  TIME_WORDS,
  TIME_ZONES,
  UNITS,
  VAGUE,
  WEEKDAYS,
} from '../lexicon.js';
import { calendar, numericDate } from './calendar.js';
import { aboutClock, clockInterval, clockTime } from './clock.js';
import { duration } from './durations.js';
import {
  earlyPart,
  mealPart,
  partAfterPreposition,
  partBeforeDate,
  partEdge,
  partWithArticle,
  partWithin,
} from './parts-of-day.js';
import { nthOf, periodExpr, unitExpr, weekOf, withinWeek } from './periods.js';
import { atTheMorrow, dayNamed, relative, thisDay, weekdayExpr } from './relative.js';
import { longer, type Scanner } from './scanner.js';
import { setExpr } from './sets.js';
import type { Cand, Tok } from './types.js';
import { vague } from './vague.js';
import { yearExpr } from './years.js';

export { durationValue } from './durations.js';
export { Scanner, scannerTokens } from './scanner.js';
export type { Cand, PMod, Sem, Tok } from './types.js';

/** A rule: the candidate starting at token i, or undefined. */
export type Rule = (sc: Scanner, i: number) => Cand | undefined;

/** A family of rules, tried in order (the first match is the family's candidate). */
export interface Family {
  name: string;
  rules: readonly Rule[];
  /** Only asked at tokens that pass this test. */
  when?: (tk: Tok) => boolean;
}

const notNumber = (tk: Tok) => tk.kind !== 'number';

/** The families of patterns, in the order they are asked (ties go to the earlier one). */
export const FAMILIES: readonly Family[] = [
  { name: 'calendar dates', rules: [calendar] },
  {
    name: 'parts of the day',
    rules: [mealPart, partBeforeDate, earlyPart, partEdge, partWithArticle, partAfterPreposition, partWithin],
  },
  { name: 'weeks and ordinals', rules: [withinWeek, weekOf, nthOf] },
  { name: 'named days', rules: [dayNamed, thisDay, atTheMorrow] },
  { name: 'clock times', rules: [aboutClock, clockInterval, clockTime] },
  { name: 'durations', rules: [duration] },
  { name: 'years, decades, centuries, seasons, feasts', rules: [yearExpr] },
  { name: 'units relative to the reference', rules: [unitExpr] },
  { name: 'numeric dates', rules: [numericDate], when: (tk) => tk.kind === 'number' || DETS.has(tk.f) },
  { name: 'relative days', rules: [relative], when: notNumber },
  { name: 'weekdays', rules: [weekdayExpr], when: notNumber },
  { name: 'periods', rules: [periodExpr], when: notNumber },
  { name: 'sets', rules: [setExpr], when: notNumber },
  { name: 'vague references', rules: [vague], when: notNumber },
];

/** Words that carry time: every expression has one (or a number) within its first four tokens. */
const HOT = new Set<string>([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...UNITS.keys(),
  ...PARTS.keys(),
  ...SEASONS.keys(),
  ...SETS.keys(),
  ...VAGUE.keys(),
  ...APPROX.keys(),
  ...ORDINALS.keys(),
  ...[...HOLIDAYS.keys()].map((k) => k.split(/[ ']/)[0]),
  ...TIME_ZONES,
  ...TIME_WORDS,
]);
for (const k of [...HOT]) if (/\d/.test(k) || k.includes('-')) HOT.add(k.split('-')[0]);

/** The longest candidate starting at token i, within one line of text. */
export function candidateAt(sc: Scanner, i: number): Cand | undefined {
  const tk = sc.t[i];
  if (tk.kind === 'punct') return undefined;
  let best: Cand | undefined;
  for (const fam of FAMILIES) {
    if (fam.when && !fam.when(tk)) continue;
    for (const rule of fam.rules) {
      let c = rule(sc, i);
      // an expression never runs across a line break between sentences ("… mercredi¶22 avril 2017"): the
      // rule is asked again on the text cut at the break (rare: only where a line ends on a temporal word)
      const cut = c ? sc.lineBreak(c.s, c.e - 1) : -1;
      if (cut > i) c = rule(sc.cutAt(cut), i);
      else if (cut >= 0) c = undefined;
      if (c) {
        best = longer(best, c);
        break;
      }
    }
  }
  return best;
}

/** Scans the tokens left to right; a candidate consumes its tokens. */
export function scan(sc: Scanner): Cand[] {
  const n = sc.t.length;
  // only positions with a temporal word within the next 4 tokens can start an expression
  const nextHot = new Int32Array(n + 1);
  nextHot[n] = n + 100;
  for (let k = n - 1; k >= 0; k--) {
    const tk = sc.t[k];
    nextHot[k] = tk.kind === 'number' || HOT.has(tk.f) || tk.f.startsWith('mi-') ? k : nextHot[k + 1];
  }
  let i = 0;
  while (i < n) {
    if (nextHot[i] - i > 4) {
      i++;
      continue;
    }
    const tk = sc.t[i];
    if (
      tk.kind !== 'number' &&
      !HOT.has(tk.f) &&
      !STARTERS.has(tk.f) &&
      !tk.f.startsWith('mi-') &&
      !NUMBER_WORDS.has(tk.f) &&
      (!tk.f.includes('-') || numberWord(tk.f) === undefined) &&
      sc.f(i + 1) !== 'siecle' &&
      sc.f(i + 2) !== 'siecle'
    ) {
      i++;
      continue;
    }
    const c = candidateAt(sc, i);
    if (c) {
      sc.out.push(c);
      i = c.e;
    } else i++;
  }
  return sc.out;
}
