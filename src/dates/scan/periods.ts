/** Periods: cette semaine, l'an prochain, les 3 derniers jours, la semaine du 6 octobre, le premier trimestre, le dernier mercredi d'octobre, fin novembre. @internal */
import {
  DEMS,
  DETS,
  FOLLOWING,
  MONTHS,
  NEXT_ADJECTIVES,
  ORDINAL_SUFFIXES,
  ORDINALS,
  PAST_ADJECTIVES,
  SEASONS,
  UNITS,
  WEEKDAYS,
} from '../lexicon.js';
import { dirAfter, monthAt, numberAt, year4, yearAfterMonth } from './atoms.js';
import { calendar } from './calendar.js';
import { spanUnit } from './durations.js';
import { reOrdinal, type Scanner } from './scanner.js';
import { type Cand, fullSem, type PMod, type Sem } from './types.js';
import { seasonRelative, yearExpr } from './years.js';

/** cette semaine, ce mois, cette année, ce week-end, la semaine dernière, l'an prochain, les 3 derniers jours. */
export function unitExpr(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  let j = i + 1;
  let offset: number | undefined;
  let unitWord = sc.f(j);
  if (DEMS.has(w) && w !== 'ces') {
    if (unitWord === 'mois-ci') {
      return sc.emit(i, j + 1, { k: 'unit', unit: 'M', offset: 0 }, 'this-unit');
    }
    offset = 0;
    if (unitWord === 'meme' || unitWord === 'même') {
      j++;
      unitWord = sc.f(j);
    }
  } else if (DETS.has(w)) {
    if (unitWord === 'nouvelle' || unitWord === 'nouvel') {
      // la nouvelle année, le nouvel an: the year starting (or just started)
      if (w === 'la' && sc.f(j + 1) === 'annee')
        return sc.emit(i, j + 2, { k: 'unit', unit: 'Y', offset: 0, coming: true }, 'new-year');
      return undefined;
    }
    // la semaine dernière, l'an prochain, le mois suivant
    const d = sc.f(j + 1);
    if (PAST_ADJECTIVES.has(d)) offset = -1;
    else if (NEXT_ADJECTIVES.has(d) || FOLLOWING.has(d)) offset = 1;
    else if (d === 'qui' && (sc.f(j + 2) === 'suit' || sc.f(j + 2) === 'vient')) offset = 1;
    else if (d === "d'" && sc.f(j + 2) === 'apres') offset = 1;
    else if (w !== 'les' && (unitWord === 'an' || unitWord === 'annee') && year4(sc, j + 1) !== undefined) {
      return sc.emit(i, j + 2, { k: 'cal', y: year4(sc, j + 1) }, 'year-of');
    }
    // la dernière semaine
    else if (PAST_ADJECTIVES.has(unitWord) && w !== 'les') return undefined;
  } else if ((w === 'annee' || w === 'an') && year4(sc, i + 1) !== undefined && sc.f(i - 1) !== 'par') {
    return sc.emit(i, i + 2, { k: 'cal', y: year4(sc, i + 1) }, 'year-of');
  } else if (
    (w === 'ces' || w === 'les') &&
    (PAST_ADJECTIVES.has(sc.f(i + 1)) || NEXT_ADJECTIVES.has(sc.f(i + 1)))
  ) {
    // ces derniers jours, les prochaines semaines: vague durations
    const u = UNITS.get(sc.f(i + 2));
    if (u && 'YMWD'.includes(u[0]) && u.length === 1)
      return sc.emit(i, i + 3, { k: 'dur', unit: u }, 'vague-span');
    return undefined;
  }
  // les 3 derniers jours, 2 dernières semaines, 3 prochaines heures
  const span = countedSpan(sc, i, w);
  if (span !== undefined) return span;
  if (offset === undefined) return undefined;
  return unitRelative(sc, i, w, j, unitWord, offset);
}

/**
 * The parts of {@link unitExpr} are functions of their own, each too large to be inlined: a rare branch met
 * for the first time recompiles its part, not the whole rule.
 * Counted spans: les 3 derniers jours, 2 dernières semaines, 3 prochaines heures.
 */
function countedSpan(sc: Scanner, i: number, w: string): Cand | undefined {
  const q = w === 'les' || w === 'ces' ? numberAt(sc, i + 1) : numberAt(sc, i);
  if (q?.v !== undefined && Number.isInteger(q.v) && q.v > 0 && q.v < 1000) {
    const d = sc.f(q.e);
    const u = spanUnit(UNITS.get(sc.f(q.e + 1)));
    const u2 = spanUnit(UNITS.get(d));
    const mult = (x: string | undefined, v: number) =>
      v * (x === 'Q' ? 3 : x === 'HY' ? 6 : x === 'DE' ? 10 : x === 'CE' ? 100 : 1);
    const raw = UNITS.get(sc.f(q.e + 1));
    const raw2 = UNITS.get(d);
    if (u && raw !== u) q.v = mult(raw, q.v);
    else if (u2 && raw2 !== u2) q.v = mult(raw2, q.v);
    if (u && (PAST_ADJECTIVES.has(d) || NEXT_ADJECTIVES.has(d)))
      return sc.emit(
        i,
        q.e + 2,
        { k: 'span', n: q.v, unit: u, dir: PAST_ADJECTIVES.has(d) ? -1 : 1 },
        'counted-span',
      );
    const d2 = sc.f(q.e + 1);
    // "13 heures passées" is a clock time ("il était 13 heures passées"); "les 3 heures passées" a span
    const clockLike = (u2 === 'H' || u2 === 'MIN') && w !== 'les' && w !== 'ces';
    if (u2 && ((PAST_ADJECTIVES.has(d2) && !clockLike) || FOLLOWING.has(d2)))
      return sc.emit(
        i,
        q.e + 2,
        { k: 'span', n: q.v, unit: u2, dir: PAST_ADJECTIVES.has(d2) ? -1 : 1 },
        'counted-span',
      );
  }
  return undefined;
}

/** A unit relative to the reference (cette semaine, le mois dernier, l'an prochain), after {@link unitExpr}'s head. */
function unitRelative(
  sc: Scanner,
  i: number,
  w: string,
  j: number,
  unitWord: string,
  offset: number,
): Cand | undefined {
  let unit: 'D' | 'W' | 'M' | 'Y' | 'WE' | undefined;
  if (unitWord === 'semaine') unit = 'W';
  else if (unitWord === 'mois') unit = 'M';
  else if (unitWord === 'annee' || unitWord === 'an') unit = 'Y';
  else if (unitWord === 'week-end' || unitWord === 'weekend') unit = 'WE';
  else if (SEASONS.has(unitWord)) {
    return seasonRelative(sc, i, DETS.has(w) ? j + 2 : j + 1, unitWord, offset);
  }
  if (!unit) return undefined;
  let e = DETS.has(w) ? j + 2 : j + 1;
  if (DETS.has(w) && sc.f(j + 1) === 'qui') e = j + 3;
  if (DETS.has(w) && sc.f(j + 1) === "d'") e = j + 3;
  if (unit === 'Y' && unitWord === 'an' && offset === 0 && DEMS.has(w)) {
    // "cet an" is rare; accept
  }
  if (unit === 'M' && offset === 0 && sc.f(e) === '-ci') e++;
  if (unit === 'Y' && year4(sc, e) !== undefined && offset === 0) return undefined; // cette année 2025 -> year
  return sc.emit(i, e, { k: 'unit', unit, offset }, 'unit-rel');
}

/** début/mi-/fin novembre, fin 2025, début de l'année, à la fin du mois de mars. */
export function periodExpr(sc: Scanner, i: number): Cand | undefined {
  let k = i;
  let s = i;
  const w = sc.f(i);
  if (w === 'a' && sc.f(i + 1) === 'la' && sc.f(i + 2) === 'fin') {
    k = i + 2;
    s = i + 1;
  } else if (w === 'au' && (sc.f(i + 1) === 'debut' || sc.f(i + 1) === 'milieu')) {
    // "au" is "à le": the preposition stays outside, as in "à [la fin]" and "du [mois de juin]"
    k = i + 1;
    s = i + 1;
  } else if (
    (w === 'la' || w === 'le') &&
    (sc.f(i + 1) === 'fin' || sc.f(i + 1) === 'debut' || sc.f(i + 1) === 'milieu')
  ) {
    k = i + 1;
  } else if (w === 'en' && (sc.f(i + 1) === 'fin' || sc.f(i + 1) === 'debut' || sc.f(i + 1) === 'milieu')) {
    k = i + 1;
    s = i + 1;
  }
  let pw = sc.f(k);
  let pmod: PMod | undefined;
  let m: number | undefined;
  if (pw.startsWith('mi-')) {
    pmod = 'MID';
    const rest = pw.slice(3);
    m = MONTHS.get(rest);
    if (m !== undefined) {
      const y = yearAfterMonth(sc, k + 1);
      const sem = fullSem<Extract<Sem, { k: 'cal' }>>({ k: 'cal', m, pmod }); // one shape before fields are added
      if (y !== undefined) sem.y = y;
      return sc.emit(s, k + 1 + (y !== undefined ? 1 : 0), sem, 'period-month');
    }
    if (rest === 'mars' || rest === 'septembre') return undefined;
    const ry = /^\d{4}$/.test(rest) ? Number(rest) : undefined;
    if (ry !== undefined) return sc.emit(s, k + 1, { k: 'cal', y: ry, pmod }, 'period-year');
    return undefined;
  }
  if (pw === 'debut') pmod = 'START';
  else if (pw === 'fin') pmod = 'END';
  else if (pw === 'milieu' || pw === 'mi') pmod = 'MID';
  if (!pmod) return undefined;
  if (pw === 'mi' && sc.f(k + 1) === '-') k++;
  k++;
  if (sc.f(k) === 'du' || sc.f(k) === 'de' || sc.f(k) === "d'") {
    k++;
    if (sc.f(k) === 'la' || sc.f(k) === "l'") k++;
  }
  // le début du XXe siècle, à la fin des années 1990: the decade or century with its edge (TimeML mod)
  const dc = yearExpr(sc, sc.f(k) === 'des' ? k + 1 : k);
  if (dc && (dc.sem.k === 'century' || dc.sem.k === 'decade'))
    return sc.emit(s, dc.e, dc.sem, dc.sem.k === 'century' ? 'period-century' : 'period-decade');
  pw = sc.f(k);
  if (pw === 'mois' && (sc.f(k + 1) === 'de' || sc.f(k + 1) === "d'")) k += 2;
  m = monthAt(sc, k, true);
  if (m !== undefined) {
    const sem = fullSem<Extract<Sem, { k: 'cal' }>>({ k: 'cal', m, pmod }); // one shape before fields are added
    let e = k + 1;
    const y = yearAfterMonth(sc, e);
    if (y !== undefined) {
      sem.y = y;
      e++;
    } else {
      const d = dirAfter(sc, e);
      if (d) {
        sem.dir = d.dir;
        e = d.e;
      }
    }
    return sc.emit(s, e, sem, 'period-month');
  }
  const y = year4(sc, k);
  if (y !== undefined) return sc.emit(s, k + 1, { k: 'cal', y, pmod }, 'period-year');
  if (pw === 'annee' || pw === 'an' || pw === 'mois' || pw === 'semaine') {
    const unit = pw === 'mois' ? 'M' : pw === 'semaine' ? 'W' : 'Y';
    const d = dirAfter(sc, k + 1);
    if (d) return sc.emit(s, d.e, { k: 'unit', unit, offset: d.dir, pmod }, 'period-unit');
    if (unit === 'Y' && year4(sc, k + 1) !== undefined)
      return sc.emit(s, k + 2, { k: 'cal', y: year4(sc, k + 1), pmod }, 'period-year');
    return sc.emit(s, k + 1, { k: 'unit', unit, offset: 0, pmod }, 'period-unit');
  }
  return undefined;
}

/** dans la semaine */
export function withinWeek(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  if (
    w === 'dans' &&
    sc.f(i + 1) === 'la' &&
    sc.f(i + 2) === 'semaine' &&
    !NEXT_ADJECTIVES.has(sc.f(i + 3)) &&
    !PAST_ADJECTIVES.has(sc.f(i + 3)) &&
    sc.f(i + 3) !== 'du' &&
    sc.f(i + 3) !== 'de'
  )
    return sc.emit(i, i + 3, { k: 'unit', unit: 'W', offset: 0 }, 'unit-rel');
  return undefined;
}

/** la semaine du 6 octobre */
export function weekOf(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  if (
    (w === 'la' || w === 'semaine') &&
    (w === 'semaine' || sc.f(i + 1) === 'semaine') &&
    sc.f(w === 'la' ? i + 2 : i + 1) === 'du'
  ) {
    const k = w === 'la' ? i + 3 : i + 2;
    const c = calendar(sc, k);
    if (
      c &&
      c.sem.k === 'cal' &&
      c.sem.d !== undefined &&
      c.sem.m !== undefined &&
      c.sem.hour === undefined &&
      c.sem.part === undefined
    ) {
      c.sem.week = true;
      return sc.emit(i, c.e, c.sem, 'week-of');
    }
  }
  return undefined;
}

/** le premier jour / la première semaine / la deuxième quinzaine / le dernier mercredi d'octobre (2014) */
export function nthOf(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  {
    let k = DETS.has(w) ? i + 1 : i;
    const tk = sc.tok(k);
    let o = tk
      ? (ORDINALS.get(sc.f(k)) ?? (reOrdinal.test(tk.text) ? Number(reOrdinal.exec(tk.text)![1]) : undefined))
      : undefined;
    // "1 er semestre", "2 e trimestre": the suffix written apart
    if (
      o === undefined &&
      tk?.kind === 'number' &&
      /^\d{1,2}$/.test(tk.text) &&
      ORDINAL_SUFFIXES.has(sc.f(k + 1))
    ) {
      o = Number(tk.text);
      k++;
    }
    if (o !== undefined && o !== 0) {
      const what = sc.f(k + 1);
      const wdn = WEEKDAYS.get(what);
      const kinds = what === 'jour' || what === 'semaine' || what === 'quinzaine' || wdn !== undefined;
      const de = sc.f(k + 2);
      // le premier trimestre 2025, au deuxième semestre, le dernier trimestre de l'année dernière
      if ((what === 'trimestre' || what === 'semestre') && o <= (what === 'trimestre' ? 4 : 2)) {
        const q = {
          k: 'quarter' as const,
          n: o > 0 ? o : what === 'trimestre' ? 4 : 2,
          half: what === 'semestre',
        };
        let e = k + 2;
        const y = year4(sc, e);
        if (y !== undefined) return sc.emit(i, e + 1, { ...q, y }, 'quarter');
        if (
          (de === 'de' || de === "d'") &&
          (sc.f(k + 3) === "l'" || sc.f(k + 3) === 'cette') &&
          sc.f(k + 4) === 'annee'
        ) {
          e = k + 5;
          const d = dirAfter(sc, e);
          if (d) return sc.emit(i, d.e, { ...q, offset: d.dir }, 'quarter');
          return sc.emit(i, e, { ...q, offset: 0 }, 'quarter');
        }
        const d = dirAfter(sc, e);
        if (d) return sc.emit(i, d.e, { ...q, rel: d.dir }, 'quarter');
        return sc.emit(i, e, q, 'quarter');
      }
      if (kinds && (de === 'de' || de === "d'" || de === 'du')) {
        let m = k + 3;
        if (sc.f(m) === 'mois' && (sc.f(m + 1) === 'de' || sc.f(m + 1) === "d'")) m += 2;
        const mo = monthAt(sc, m, true);
        const nth = { k: 'nth' as const, n: o, what: wdn !== undefined ? 'wd' : what, wd: wdn };
        if (mo !== undefined) {
          const y = yearAfterMonth(sc, m + 1);
          return sc.emit(i, m + 1 + (y !== undefined ? 1 : 0), { ...nth, m: mo, y }, 'nth-of-month');
        }
        if (sc.f(m) === 'mois' && de !== "d'") {
          const d = dirAfter(sc, m + 1);
          if (d) return sc.emit(i, d.e, { ...nth, monthOffset: d.dir }, 'nth-of-month');
          return sc.emit(i, m + 1, { ...nth, monthOffset: 0 }, 'nth-of-month');
        }
      }
    }
  }
  return undefined;
}
