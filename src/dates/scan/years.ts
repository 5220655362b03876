/** Years, decades, centuries, seasons and feasts: en 2026, 2019-2020, les années 80, le XXe siècle, l'été 2024, Noël. @internal */
import {
  AVOIR,
  FUNCTION_WORDS,
  HOLIDAYS,
  MEASURE_NEXT,
  numberWord,
  PAST_ADJECTIVES,
  roman,
  SEASONS,
  YEAR_REJECT_PREV,
  YEAR_STRONG_PREV,
} from '../lexicon.js';
import { allCaps, det, dirAfter, year4 } from './atoms.js';
import { reDigits, reOrdinal, reRomanCentury, type Scanner } from './scanner.js';
import type { Cand } from './types.js';

/** First words of the feasts' names ("noel", "toussaint", "jour"...). */
const HOLIDAY_FIRST = new Set([...HOLIDAYS.keys()].map((k) => k.split(/[ ']/)[0]));

/**
 * Years and year ranges: en 2026, 1998, 2002/2003, 2019-2020; decades; centuries; seasons; holidays.
 *
 * Asked in this order, in three functions: one large function had its rare branches (a season, a feast)
 * met for the first time now and then, and each such visit threw away and recompiled all of it; each part
 * is now too large to be inlined here, so a rare branch recompiles its own part only.
 */
export function yearExpr(sc: Scanner, i: number): Cand | undefined {
  const c = decadeOrCentury(sc, i);
  if (c !== undefined) return c;
  const s = seasonExpr(sc, i);
  if (s !== null) return s;
  return feastOrYear(sc, i);
}

/** Decades (les années 80) and centuries (le XXe siècle), else undefined. */
function decadeOrCentury(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  // les années 1990, les années 90, années 2000
  if ((w === 'les' && sc.f(i + 1) === 'annees') || w === 'annees') {
    const k = w === 'les' ? i + 2 : i + 1;
    const tk = sc.tok(k);
    if (tk && tk.kind === 'number' && reDigits.test(tk.text)) {
      const v = Number(tk.text);
      if (tk.text.length === 4 && v % 10 === 0)
        return sc.emit(i, k + 1, { k: 'decade', dec: v / 10 }, 'decade');
      if (tk.text.length === 2 && v % 10 === 0)
        return sc.emit(i, k + 1, { k: 'decade', dec: 190 + v / 10 }, 'decade');
    }
    const nw = numberWord(sc.f(k));
    if (nw !== undefined && nw >= 20 && nw % 10 === 0 && nw < 100)
      return sc.emit(i, k + 1, { k: 'decade', dec: 190 + nw / 10 }, 'decade');
  }
  // le XXe siècle, au 19e siècle
  {
    const k = det(sc, i);
    const tk = sc.tok(k);
    // "XX e siècle" written apart
    const apart = tk && (sc.f(k + 1) === 'e' || sc.f(k + 1) === 'eme') && sc.f(k + 2) === 'siecle';
    if (apart) {
      const c = /^[ivxlc]+$/i.test(tk.text) ? roman(tk.text.toLowerCase()) : undefined;
      if (c !== undefined && c > 0 && c <= 22)
        return sc.emit(i, k + 3, { k: 'century', c: c - 1 }, 'century');
    }
    if (tk && sc.f(k + 1) === 'siecle') {
      let c: number | undefined;
      const r = reRomanCentury.exec(tk.text);
      if (r) c = roman(r[1].toLowerCase());
      const o = reOrdinal.exec(tk.text);
      if (o) c = Number(o[1]);
      if (c !== undefined && c > 0 && c <= 22) {
        // "du XXe siècle": starts at the numeral
        return sc.emit(i, k + 2, { k: 'century', c: c - 1 }, 'century');
      }
    }
  }
  return undefined;
}

/**
 * Seasons: l'été 2024, en été, l'hiver dernier, été comme hiver, les mois d'été. Null when none is read
 * here (the feasts and years are asked next); undefined when a capitalised season is a name ("le
 * Printemps marseillais": nothing else is asked).
 */
function seasonExpr(sc: Scanner, i: number): Cand | undefined | null {
  const w = sc.f(i);
  {
    const k = det(sc, i);
    const sw = sc.f(k);
    const s = SEASONS.get(sw);
    // "ont été passées": été is a participle after avoir (asked only for "été")
    const auxBefore = () =>
      AVOIR.has(sc.tok(k - 1)?.text.toLowerCase() ?? '') ||
      (sw === 'ete' &&
        sc.tok(k + 1)?.kind === 'word' &&
        /(?:é|ée|és|ées|is|ise|it|ite|u|ue|us)$/.test(sc.tok(k + 1).text) &&
        dirAfter(sc, k + 1) === undefined);
    if (
      s &&
      !(sw === 'ete' && auxBefore()) &&
      (k > i ||
        sc.f(i - 1) === 'en' ||
        (sw === 'printemps' && sc.f(i - 1) === 'au') ||
        (sw !== 'ete' && sc.f(i - 1) === ',') ||
        (sw !== 'ete' && sc.cap(i)) ||
        sc.f(i - 1) === 'comme' ||
        sc.f(i + 1) === 'comme' ||
        year4(sc, k + 1) !== undefined ||
        dirAfter(sc, k + 1))
    ) {
      if (sw === 'automne' || sw === 'printemps' || sw === 'ete' || sw === 'hiver') {
        const y = year4(sc, k + 1);
        if (y !== undefined) return sc.emit(i, k + 2, { k: 'season', s, y }, 'season-year');
        const d = dirAfter(sc, k + 1);
        if (d) return sc.emit(i, d.e, { k: 'season', s, offset: d.dir }, 'season-rel');
        // "le Printemps marseillais", "Le Printemps" (a painting): a capitalised name, not the season
        if (
          sc.cap(k) &&
          !allCaps(sc, k) &&
          (k > i || sc.tok(k + 1)?.kind === 'word') &&
          sc.f(k + 1) !== 'comme'
        )
          return undefined;
        if (k > i && sc.f(k + 1) !== 'de' && sc.f(k + 1) !== "d'" && sc.f(i) !== 'les')
          return sc.emit(i, k + 1, { k: 'season', s, det: true }, 'season');
        // "en été", "au printemps": the coming one in a future sentence, else generic (often habitual)
        if (k === i && (sc.f(i - 1) === 'en' || sc.f(i - 1) === 'au'))
          return sc.emit(i, k + 1, { k: 'season', s, ahead: true }, 'season');
        if (k === i) return sc.emit(i, k + 1, { k: 'season', s }, 'season');
      }
    }
    // les mois d'été
    if (
      (w === 'les' || w === 'des') &&
      sc.f(i + 1) === 'mois' &&
      sc.f(i + 2) === "d'" &&
      SEASONS.has(sc.f(i + 3))
    )
      return sc.emit(i, i + 4, { k: 'season', s: SEASONS.get(sc.f(i + 3))! }, 'season');
  }
  return null;
}

/** Feasts (Noël, le 14 Juillet) and years (en 2026, 2019-2020), else undefined. */
function feastOrYear(sc: Scanner, i: number): Cand | undefined {
  // holidays
  const hk = det(sc, i);
  if (HOLIDAY_FIRST.has(sc.f(hk))) {
    const k = hk;
    for (let len = 4; len >= 1; len--) {
      if (k + len > sc.n) continue;
      let key = '';
      for (let x = k; x < k + len; x++) key += (x > k && !sc.f(x - 1).endsWith("'") ? ' ' : '') + sc.f(x);
      const md = HOLIDAYS.get(key);
      if (md) {
        // "12-25" (every feast of the list is month-day); read without split/map, whose arrays change kind
        const dash = md.indexOf('-');
        const mm = Number(md.slice(0, dash));
        const dd = Number(md.slice(dash + 1));
        // "la fête nationale" needs a capital or "le 14"; keep only named feasts
        if ((key === 'armistice' || key === 'assomption' || key === 'fete nationale') && !sc.cap(k)) continue;
        const y = year4(sc, k + len);
        return sc.emit(
          i,
          k + len + (y !== undefined ? 1 : 0),
          { k: 'cal', m: mm, d: dd, y, holiday: true },
          'holiday',
        );
      }
    }
  }
  // years
  const y = year4(sc, i);
  if (y === undefined) return undefined;
  const tk = sc.tok(i);
  // 2002/2003, 2019-2020
  const sep = sc.f(i + 1);
  if ((sep === '/' || sep === '-') && sc.glued(i + 1) && sc.glued(i + 2)) {
    const y2 = year4(sc, i + 2);
    if (y2 !== undefined && y2 > y) return sc.emit(i, i + 1, { k: 'cal', y }, 'year-range');
    const t2 = sc.tok(i + 2);
    if (t2 && t2.kind === 'number' && t2.text.length === 2 && sep === '-')
      return sc.emit(i, i + 1, { k: 'cal', y }, 'year-range');
  }
  if ((sep === '/' || sep === '-') && sc.glued(i) && year4(sc, i - 2) !== undefined)
    return sc.emit(i, i + 1, { k: 'cal', y }, 'year-range');
  void tk;
  if (!yearContext(sc, i)) return undefined;
  return sc.emit(i, i + 1, { k: 'cal', y }, 'year');
}

/** Whether a four-digit number at i reads as a year. */
export function yearContext(sc: Scanner, i: number): boolean {
  const prev = sc.f(i - 1);
  const next = sc.tok(i + 1);
  const nf = sc.f(i + 1);
  if (next && (MEASURE_NEXT.has(nf) || (next.kind === 'symbol' && sc.glued(i + 1)))) return false;
  const strong = YEAR_STRONG_PREV.has(prev) || prev === 'de' || prev === "d'" || sc.tok(i - 1)?.text === 'à';
  if (next && next.kind === 'number' && !strong && !sc.cap(i - 1)) return false;
  if (sc.tok(i - 1)?.kind === 'number' && !sc.glued(i)) return false;
  if (sc.tok(i - 1)?.text === 'à' || sc.tok(i - 1)?.text === 'À')
    return !(next && next.kind === 'word' && !sc.cap(i + 1) && /[sx]$/.test(nf) && !FUNCTION_WORDS.has(nf));
  if (sc.tok(i - 1)?.text.toLowerCase() === 'dès') return true;
  // "Festival d'Avignon 2016", "BEPC 2016": a name and its year
  if (
    sc.cap(i - 1) &&
    sc.tok(i - 1).kind === 'word' &&
    !(next && next.kind === 'word' && !sc.cap(i + 1) && /[sx]$/.test(nf))
  )
    return !YEAR_REJECT_PREV.has(prev);
  if (YEAR_REJECT_PREV.has(prev)) return false;
  if (prev === 'de' || prev === "d'" || prev === 'du') {
    // "de 2000 personnes" vs "présidentielle de 2002"
    if (next && next.kind === 'word' && !FUNCTION_WORDS.has(nf) && !sc.cap(i + 1) && /[sx]$/.test(nf))
      return false;
    return true;
  }
  if (YEAR_STRONG_PREV.has(prev)) return true;
  // "2000 manifestants", "1500 tonnes": a count before a plural noun
  if (
    next &&
    next.kind === 'word' &&
    !FUNCTION_WORDS.has(nf) &&
    !sc.cap(i + 1) &&
    /[sx]$/.test(nf) &&
    !PAST_ADJECTIVES.has(nf)
  )
    return false;
  return true;
}

/** "cet été", "l'hiver prochain" (read by the units family): the season `offset` seasons from the reference. */
export function seasonRelative(sc: Scanner, i: number, e: number, word: string, offset: number): Cand {
  return sc.emit(i, e, { k: 'season', s: SEASONS.get(word)!, offset }, 'season-rel');
}
