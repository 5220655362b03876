/**
 * Proposers: a left-to-right scan over tokens that recognises French temporal expressions and returns
 * candidates carrying a meaning (`Sem`) still to be resolved against the reference date.
 *
 * The rules live in one file per family of patterns; {@link FAMILIES} is the order in which they are
 * asked. At each token, every family proposes at most one candidate (its first rule that matches) and
 * the longest candidate wins, the earlier family on ties.
 * @internal
 */
import { K_NUMBER, K_PUNCT } from '../../doc/table.js';
import { DETS, PARTS, SETS, VAGUE, WEEKDAYS } from '../lexicon.js';
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
 * The words (folded forms, `sc.f(i)`) a rule can start on, for the rules that only ever match at such a
 * word: every other token is skipped for them without a call. A rule not listed here is asked everywhere its
 * family is. Each entry is checked by test/dates/starts.test.ts (the rule returns undefined at every other
 * token of a generated corpus, and scanning with or without this table gives the same candidates).
 */
export const START_WORDS: ReadonlyMap<Rule, readonly string[]> = new Map<Rule, readonly string[]>([
  [mealPart, ['pendant', 'durant', 'apres', 'avant', 'a', 'au']],
  [partBeforeDate, [...PARTS.keys()]],
  [earlyPart, ['tot', 'tres']],
  [partEdge, ['fin', 'debut', 'milieu']],
  [partWithArticle, ['la', 'le', "l'"]],
  [partAfterPreposition, ['en', 'au', 'a']],
  [partWithin, ['dans']],
  [withinWeek, ['dans']],
  [weekOf, ['la', 'semaine']],
  [dayNamed, ['la']],
  [thisDay, ['cette', 'cet']],
  [atTheMorrow, ['au']],
  [aboutClock, ['environ']],
  [
    relative,
    [
      "aujourd'hui",
      'hier',
      'demain',
      'avant-hier',
      'apres-demain',
      'ce',
      'cet',
      'cette',
      'la',
      'le',
      'jour',
      'maintenant',
      'tout',
    ],
  ],
  [weekdayExpr, [...DETS, 'ce', ...WEEKDAYS.keys()]],
  [setExpr, ['chaque', 'tous', 'toutes', 'par', ...SETS.keys()]],
  [vague, ['pour', 'a', 'de', 'les', 'des', 'toute', 'en', "l'", 'cette', ...VAGUE.keys()]],
]);

/** The rules of {@link FAMILIES} flattened, built once, and the family of each. */
const RULES: Rule[] = FAMILIES.flatMap((fam) => fam.rules);
const FAMILY_OF = Int32Array.from(FAMILIES.flatMap((fam, f) => fam.rules.map(() => f)));

/** Whether family f is asked at a number token, or at another token that is (or is not) a determiner. */
function asked(f: number, isNumber: boolean, isDet: boolean): boolean {
  const at = FAMILIES[f].at;
  if (at === 'number') return isNumber;
  if (at === 'word') return !isNumber;
  if (at === 'numberOrDet') return isNumber || isDet;
  return true;
}

/** The rules (indices into RULES, in order) asked at a token: a number, or a word folded as `w`. */
function rulesAt(isNumber: boolean, w: string | undefined): Int32Array {
  const isDet = w !== undefined && DETS.has(w);
  const out: number[] = [];
  for (let r = 0; r < RULES.length; r++) {
    if (!asked(FAMILY_OF[r], isNumber, isDet)) continue;
    const starts = START_WORDS.get(RULES[r]);
    if (starts && (isNumber || w === undefined || !starts.includes(w))) continue;
    out.push(r);
  }
  return Int32Array.from(out);
}

/** The rules asked at a number; at a word with no entry in BY_WORD; at the words that have one. */
const AT_NUMBER = rulesAt(true, undefined);
const AT_OTHER_WORD = rulesAt(false, undefined);
const BY_WORD = new Map<string, Int32Array>();
for (const w of new Set([...DETS, ...[...START_WORDS.values()].flat()])) BY_WORD.set(w, rulesAt(false, w));

/** Every rule, in order (asked at every token when the index is turned off, for the soundness test). */
const ALL_RULES = Int32Array.from(RULES.map((_, r) => r));

/** The longest candidate starting at token i, within one line of text. */
export function candidateAt(sc: Scanner, i: number, useIndex = true): Cand | undefined {
  const kind = sc.t.kind[i];
  if (kind === K_PUNCT) return undefined;
  const isNumber = kind === K_NUMBER;
  // without the index (useIndex false: the soundness test), every rule of every family asked at the token
  const rules = !useIndex ? ALL_RULES : isNumber ? AT_NUMBER : (BY_WORD.get(sc.f(i)) ?? AT_OTHER_WORD);
  const isDet = !useIndex && !isNumber && DETS.has(sc.f(i));
  let best: Cand | undefined;
  let matched = -1;
  for (let x = 0; x < rules.length; x++) {
    const r = rules[x];
    const f = FAMILY_OF[r];
    if (f === matched || (!useIndex && !asked(f, isNumber, isDet))) continue;
    const c = ask(sc, r, i);
    if (c) {
      best = longer(best, c);
      matched = f;
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

/**
 * Scans the tokens left to right; a candidate consumes its tokens. `useIndex` false asks every rule at
 * every token (the same candidates, slower: for the soundness test of {@link START_WORDS}).
 */
export function scan(sc: Scanner, useIndex = true): Cand[] {
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
    const c = candidateAt(sc, i, useIndex);
    if (c) {
      sc.out.push(c);
      i = c.e;
    } else i++;
  }
  return sc.out;
}
