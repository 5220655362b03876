/** French temporal vocabulary, compiled from data/dates/*.txt into lookup maps. @internal */

import { fold } from '../lang/fr/fold.js';
import * as L from '../lang/fr/generated/dates.js';
import { NUMBER_WORDS, numberWord, roman } from '../lang/fr/numbers.js';

export { fold, NUMBER_WORDS, numberWord, roman };

function pairs(list: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of list) {
    const i = line.indexOf('=');
    if (i > 0) out.set(fold(line.slice(0, i)), line.slice(i + 1));
  }
  return out;
}

function numeric(list: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of pairs(list)) out.set(k, Number(v));
  return out;
}

export const MONTHS = numeric(L.months);
export const WEEKDAYS = numeric(L.weekdays);
export const ORDINALS = numeric(L.ordinalWords);
export const APPROX = numeric(L.approxNumbers);
export const UNITS = pairs(L.units);
export const SEASONS = pairs(L.seasons);
export const HOLIDAYS = pairs(L.holidays);
export const SETS = pairs(L.sets);
export const TIME_ZONES = new Set(L.timeZones.map((z) => z.toLowerCase()));

/** Word sets of the scanner and the tense model (data/dates/*.txt, folded forms). */
export const DETS = new Set(L.determiners);
export const DEMS = new Set(L.demonstratives);
export const PAST_ADJECTIVES = new Set(L.pastAdjectives);
export const NEXT_ADJECTIVES = new Set(L.nextAdjectives);
export const FOLLOWING = new Set(L.followingAdjectives);
export const APPROX_PREFIX = new Set(L.approxPrefixes);
export const PERIOD_NOUNS = new Set(L.periodNouns);
export const DUR_PREV = new Set(L.durationPrepositions);
export const YEAR_STRONG_PREV = new Set(L.yearCues);
export const YEAR_REJECT_PREV = new Set(L.yearRejectCues);
export const FUNCTION_WORDS = new Set(L.functionWords);
export const MEASURE_NEXT = new Set(L.measureUnits);
export const CLOCK_PREV = new Set(L.clockPrepositions);
export const TIME_WORDS: readonly string[] = L.timeWords;
export const STARTERS = new Set(L.starters);
export const FUTURE_CUES = new Set(L.tenseFutureCues);
export const PLANNED_CUES = new Set(L.tensePlannedCues);
export const PAST_CUES = new Set(L.tensePastCues);
export const CONDITIONALS = new Set(L.conditionals);
export const REPORTING = new Set(L.reportingVerbs);
export const NOT_FUTURE = new Set(L.notFutureWords);
export const PARTICIPLE_ADVERBS = new Set(L.participleAdverbs);
export const INTERVAL_CONNECTORS = new Set(L.intervalConnectors);
/** Forms of "avoir" (as written in the list: "eût" is kept unfolded). */
export const AVOIR = new Set(L.avoir.map((x) => x.slice(0, x.indexOf('='))));
/** Forms of a list "form=tag" with the given tag. */
function tagged(list: readonly string[], tag: string): Set<string> {
  return new Set(list.filter((x) => x.endsWith(`=${tag}`)).map((x) => x.slice(0, x.indexOf('='))));
}
/** The forms of "avoir" that make a past tense in the indicative ("a dit", "avait dit"). */
export const AUX = tagged(L.avoir, 'aux');
/** Auxiliaries before a participle, by the tense they make: past, future (futur antérieur), conditional. */
export const AUX_PAST = new Set([...AUX, ...tagged(L.etre, 'aux')]);
export const AUX_FUTURE = new Set([...tagged(L.avoir, 'fut'), ...tagged(L.etre, 'fut')]);
export const AUX_COND_PAST = tagged(L.avoir, 'cond');
export const AUX_COND = tagged(L.etre, 'cond');
export const AHEAD_CUES = new Set(L.aheadCues);
/** Determiners of a noun: articles and demonstratives. */
export const NOUN_DETERMINERS = new Set([...L.determiners, ...L.demonstratives, ...L.indefiniteArticles]);
export const NOT_PARTICIPLES = new Set(L.notParticiples);
/** Edges of a period: début, milieu, fin (TimeML mod START, MID, END). */
export const EDGES = pairs(L.periodEdges);
export const MONTH_CUES = new Set(L.monthCues);
export const ORDINAL_SUFFIXES = new Set(L.ordinalSuffixes);

/** Part of the day: TIMEX3 code and the hours it covers (end exclusive). */
export interface PartOfDay {
  code: string;
  from: number;
  to: number;
}
export const PARTS = new Map<string, PartOfDay>();
for (const [k, v] of pairs(L.partsOfDay)) {
  const [code, hours] = v.split(':');
  const [from, to] = hours.split('-').map(Number);
  PARTS.set(k, { code, from, to });
}

/** Vague expressions: value and type. */
export const VAGUE = new Map<string, { value: string; type: 'DATE' | 'TIME' }>();
for (const [k, v] of pairs(L.vague)) {
  const [value, type] = v.split(':');
  VAGUE.set(k, { value, type: type === 'TIME' ? 'TIME' : 'DATE' });
}
