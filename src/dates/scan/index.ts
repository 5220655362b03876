/**
 * Proposers: a left-to-right scan over tokens that recognises French temporal expressions and returns
 * candidates carrying a meaning (`Sem`) still to be resolved against the reference date.
 *
 * The rules live in one file per family of patterns; {@link FAMILIES} is the order in which they are
 * asked. At each token, every family proposes at most one candidate (its first rule that matches) and
 * the longest candidate wins, the earlier family on ties.
 * @internal
 */
import { DETS } from '../lexicon.js';
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
import { F_HOT, F_START, longer, type Scanner } from './scanner.js';
import { setExpr } from './sets.js';
import type { Cand } from './types.js';
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
  /** Only asked at tokens that are numbers (`number`), that are not (`word`), or numbers and determiners. */
  at?: 'number' | 'word' | 'numberOrDet';
}

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
  { name: 'numeric dates', rules: [numericDate], at: 'numberOrDet' },
  { name: 'relative days', rules: [relative], at: 'word' },
  { name: 'weekdays', rules: [weekdayExpr], at: 'word' },
  { name: 'periods', rules: [periodExpr], at: 'word' },
  { name: 'sets', rules: [setExpr], at: 'word' },
  { name: 'vague references', rules: [vague], at: 'word' },
];

/**
 * The rules of {@link FAMILIES} flattened, built once: `RULES[FIRST[f]..FIRST[f + 1])` are family f's, and
 * `WHEN[f]` says at which tokens it is asked (0 all, 1 numbers, 2 not numbers, 3 numbers and determiners).
 */
const RULES: Rule[] = FAMILIES.flatMap((fam) => fam.rules);
const FIRST = new Int32Array(FAMILIES.length + 1);
for (let f = 0; f < FAMILIES.length; f++) FIRST[f + 1] = FIRST[f] + FAMILIES[f].rules.length;
const WHEN = Uint8Array.from(
  FAMILIES.map((fam) => (fam.at === 'number' ? 1 : fam.at === 'word' ? 2 : fam.at === 'numberOrDet' ? 3 : 0)),
);

/** The longest candidate starting at token i, within one line of text. */
export function candidateAt(sc: Scanner, i: number): Cand | undefined {
  const tk = sc.t[i];
  if (tk.kind === 'punct') return undefined;
  const isNumber = tk.kind === 'number';
  const isDet = DETS.has(sc.f(i));
  let best: Cand | undefined;
  for (let f = 0; f < WHEN.length; f++) {
    const when = WHEN[f];
    if (when === 1 ? !isNumber : when === 2 ? isNumber : when === 3 ? !isNumber && !isDet : false) continue;
    for (let r = FIRST[f]; r < FIRST[f + 1]; r++) {
      const c = ask(sc, r, i);
      if (c) {
        best = longer(best, c);
        break;
      }
    }
  }
  return best;
}

/**
 * Rule r's candidate at token i. An expression never runs across a line break between sentences ("…
 * mercredi¶22 avril 2017"): the rule is asked again on the text cut at the break (rare: only where a line
 * ends on a temporal word).
 */
function ask(sc: Scanner, r: number, i: number): Cand | undefined {
  const c = RULES[r](sc, i);
  if (!c) return undefined;
  const cut = sc.lineBreak(c.s, c.e - 1);
  if (cut < 0) return c;
  return cut > i ? RULES[r](sc.cutAt(cut), i) : undefined;
}

/** Scans the tokens left to right; a candidate consumes its tokens. */
export function scan(sc: Scanner): Cand[] {
  const n = sc.n;
  const flags = sc.flags;
  // only positions with a temporal word within the next 4 tokens can start an expression
  let nextHot = n + 100;
  const near = new Uint8Array(n);
  for (let k = n - 1; k >= 0; k--) {
    if (flags[k] & F_HOT) nextHot = k;
    near[k] = nextHot - k <= 4 ? 1 : 0;
  }
  let i = 0;
  while (i < n) {
    if (near[i] === 0 || (flags[i] & F_START) === 0) {
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
