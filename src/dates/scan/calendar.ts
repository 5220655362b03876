/** Calendar dates: [le] [weekday] day month [year], month [year], 24/11/2025, 2013-03-01, "le 16 à 18h". @internal */
import { DETS, EDGES, MONTH_CUES, MONTHS } from '../lexicon.js';
import { allCaps, dayAt, det, dirAfter, monthAt, partAt, weekdayAt, yearAfterMonth } from './atoms.js';
import { clockAt } from './clock.js';
import { reDigits, reDotted, reIso, type Scanner } from './scanner.js';
import { type Cand, fullSem, type PMod, type Sem } from './types.js';

/** [le] [weekday] day month [year] [dernier|prochain] | month year | [au] mois de month. */
export function calendar(sc: Scanner, i: number): Cand | undefined {
  let j = det(sc, i);
  const s = i;
  const wd = weekdayAt(sc, j);
  if (wd !== undefined) j++;
  const dj = j;
  const day = dayAt(sc, j);
  if (day) {
    // interval: "du 13 au 15 juillet", "les 6 et 13 avril", "13-15 juillet"
    const m = monthAt(sc, day.e, true);
    let k = day.e;
    if (m === undefined) {
      const c = sc.f(day.e);
      let listEnd = day.e;
      // "les 16, 17 et 18 juillet": skip the middle days
      while (sc.f(listEnd) === ',' && dayAt(sc, listEnd + 1) && sc.tok(listEnd + 1).kind === 'number')
        listEnd = dayAt(sc, listEnd + 1)!.e;
      const c2 = sc.f(listEnd);
      if (listEnd > day.e && (c2 === 'et' || c2 === 'au')) {
        const d3 = dayAt(sc, listEnd + 1);
        const m3 = d3 ? monthAt(sc, d3.e, true) : undefined;
        if (d3 && m3 !== undefined) {
          const y3 = yearAfterMonth(sc, d3.e + 1);
          return sc.emit(s, day.e, { k: 'cal', m: m3, d: day.v, y: y3, wd }, 'day-of-interval');
        }
      }
      if (c === 'au' || c === 'et' || c === '-' || c === 'a' || c === "jusqu'" || c === 'ou') {
        let k2 = day.e + 1;
        if (c === "jusqu'" && sc.f(k2) === 'au') k2++;
        if (DETS.has(sc.f(k2))) k2++;
        if (weekdayAt(sc, k2) !== undefined) k2++;
        const d2 = dayAt(sc, k2);
        const m2 = d2 ? monthAt(sc, d2.e, true) : undefined;
        if (d2 && m2 !== undefined && d2.v! >= day.v!) {
          const y2 = yearAfterMonth(sc, d2.e + 1);
          const sem = fullSem<Extract<Sem, { k: 'cal' }>>({ k: 'cal', m: m2, d: day.v, wd }); // one shape before fields are added
          if (y2 !== undefined) sem.y = y2;
          const dir = dirAfter(sc, d2.e + 1 + (y2 !== undefined ? 1 : 0));
          if (dir) sem.dir = dir.dir;
          if (
            wd === undefined &&
            dj === s &&
            !['du', 'le', 'les', 'entre', 'de', 'des', 'aux', 'au'].includes(sc.f(s - 1)) &&
            c !== '-' &&
            !(s === 0 || sc.tok(s - 1).sentence !== sc.tok(s).sentence || sc.tok(s - 1).kind === 'punct')
          )
            return undefined;
          return sc.emit(s, day.e, sem, 'day-of-interval');
        }
        const after2 = d2 ? sc.tok(d2.e) : undefined;
        if (
          d2 &&
          m2 === undefined &&
          d2.v! > day.v! &&
          (!after2 || (after2.kind === 'punct' && sc.f(d2.e) !== '%')) &&
          (sc.f(s - 1) === 'du' || sc.f(s - 1) === 'entre') &&
          c !== '-'
        ) {
          return sc.emit(s, day.e, { k: 'cal', d: day.v, wd }, 'day-of-interval');
        }
      }
      if (wd !== undefined && day.v! <= 31) {
        // "jeudi 15" (month implied)
        const nf = sc.f(day.e);
        if (nf !== 'h' && nf !== 'heures' && nf !== ':' && nf !== '%' && sc.tok(day.e)?.kind !== 'number')
          return withTime(sc, s, day.e, { k: 'cal', d: day.v, wd }, 'weekday-day');
      }
      const prevDu =
        s === dj && sc.f(s - 1) === 'du' && (sc.f(s - 2) === 'partir' || sc.f(s - 2) === 'compter');
      if (((s !== dj && sc.f(s) === 'le') || prevDu) && wd === undefined && sc.tok(dj).kind === 'number') {
        // "le 16 à 18h", "le 20 jusqu'à 18h", "à partir du 8": a day of the current month
        const a = sc.f(day.e);
        const nt = sc.tok(day.e);
        const timeNext =
          ((a === 'a' || a === 'vers' || a === "jusqu'") &&
            clockAt(sc, day.e + (a === "jusqu'" ? 2 : 1), false)) ||
          (a === 'plutot' && sc.f(day.e + 1) === 'vers') ||
          (a === 'a' && sc.f(day.e + 1) === 'partir');
        const endNext =
          !nt || (nt.kind === 'punct' && sc.f(day.e) !== '%' && sc.f(day.e) !== '/' && sc.f(day.e) !== '-');
        const pp = sc.f(s - 1);
        const after = sc.f(day.e + 1);
        const address =
          after === 'rue' ||
          after === 'avenue' ||
          after === 'boulevard' ||
          after === 'place' ||
          after === 'bd' ||
          after === 'chemin' ||
          after === 'allee' ||
          after === 'impasse' ||
          after === 'quai' ||
          after === 'route';
        const verbBefore =
          sc.tok(s - 1)?.kind === 'word' &&
          !sc.cap(s - 1) &&
          /(?:e|ee|es|ees|u|ue|is|it)$/.test(pp) &&
          pp.length > 3 &&
          !['devant', 'contre', 'entre', 'comme', 'pendant'].includes(pp);
        if (
          !address &&
          (timeNext ||
            (endNext &&
              (prevDu || ['', ',', ':', ';', 'et', 'depuis', "jusqu'au"].includes(pp) || verbBefore)))
        )
          return withTime(sc, s, day.e, { k: 'cal', d: day.v }, 'day-alone');
      }
      return undefined;
    }
    k = day.e + 1;
    if (sc.f(k) === '.' && sc.glued(k) && !MONTHS.has(sc.f(k - 1))) k++;
    const sem = fullSem<Extract<Sem, { k: 'cal' }>>({ k: 'cal', d: day.v, m, wd }); // one shape before fields are added
    const y = yearAfterMonth(sc, k);
    if (y !== undefined) {
      sem.y = y;
      k++;
    }
    const dir = dirAfter(sc, k);
    if (dir && y === undefined) {
      sem.dir = dir.dir;
      k = dir.e;
    }
    return withTime(sc, s, k, sem, 'day-month');
  }
  // month [year], mois de month
  let k = j;
  if (wd !== undefined) return undefined;
  let mo = false;
  if (sc.f(k) === 'mois' && (sc.f(k + 1) === 'de' || sc.f(k + 1) === "d'")) {
    k += 2;
    mo = true;
  } else if (sc.f(i) === 'au' && sc.f(i + 1) === 'mois' && (sc.f(i + 2) === 'de' || sc.f(i + 2) === "d'")) {
    k = i + 3;
    mo = true;
  }
  const m = monthAt(sc, k, false);
  if (m === undefined) return undefined;
  const start = mo && sc.f(i) === 'au' ? i + 1 : s;
  k++;
  const sem = fullSem<Extract<Sem, { k: 'cal' }>>({ k: 'cal', m }); // one shape before fields are added
  const y = yearAfterMonth(sc, k);
  if (y !== undefined) {
    sem.y = y;
    k++;
    return sc.emit(start, k, sem, 'month-year');
  }
  const dir = dirAfter(sc, k);
  if (dir) {
    sem.dir = dir.dir;
    return sc.emit(start, dir.e, sem, 'month-dir');
  }
  // a bare month: needs a preposition or "mois de"
  const p = sc.f(start - 1);
  const _tk = sc.tok(k - 1);
  if (!mo) {
    if (sc.f(k - 1) === 'mai' && sc.cap(k - 1) && !allCaps(sc, k - 1)) return undefined;
    if (
      sc.f(k - 1) === 'mars' &&
      sc.cap(k - 1) &&
      !allCaps(sc, k - 1) &&
      p !== 'en' &&
      p !== 'depuis' &&
      p !== 'fin' &&
      p !== 'debut'
    )
      return undefined;
    if (!MONTH_CUES.has(p)) return undefined;
    if (p === 'de' || p === "d'" || p === 'et' || p === 'ou' || p === 'a') {
      // "la rentrée de septembre", "entre juin et juillet": need a month-like context
      const pp = sc.f(start - 2);
      if (
        p !== 'et' &&
        p !== 'ou' &&
        !['rentree', 'mois', 'debut', 'fin', 'mi', 'milieu', 'courant', 'partir', 'juin', 'juillet'].includes(
          pp,
        ) &&
        MONTHS.get(pp) === undefined
      )
        return undefined;
      if ((p === 'et' || p === 'ou' || p === 'a') && MONTHS.get(sc.f(start - 2)) === undefined)
        return undefined;
    }
  }
  return sc.emit(start, k, sem, mo ? 'month-of' : 'month');
}

/** After a day-grain date: "matin", "soir", "en fin de matinée"; "à 14 h 30" only after hier/demain. */
export function withTime(
  sc: Scanner,
  s: number,
  e: number,
  sem: Sem & { k: 'cal' | 'rel' | 'wd' },
  rule: string,
): Cand {
  const p = partAt(sc, e);
  if (p) {
    sem.part = p;
    return sc.emit(s, e + 1, sem, `${rule}+part`);
  }
  // "lundi 28 novembre au soir"
  const p2 = sc.f(e) === 'au' ? partAt(sc, e + 1) : undefined;
  if (p2) {
    sem.part = p2;
    return sc.emit(s, e + 2, sem, `${rule}+part`);
  }
  // "hier en fin de matinée", "lundi en début d'après-midi": the day with its part (TimeML: one TIMEX3)
  if (sc.f(e) === 'en' && EDGES.has(sc.f(e + 1)) && (sc.f(e + 2) === 'de' || sc.f(e + 2) === "d'")) {
    const m = sc.f(e + 3) === 'la' || sc.f(e + 3) === "l'" ? e + 4 : e + 3;
    const p3 = partAt(sc, m);
    if (p3) {
      sem.part = p3;
      sem.partSub = EDGES.get(sc.f(e + 1)) as PMod;
      return sc.emit(s, m + 1, sem, `${rule}+part`);
    }
  }
  // a clock time after a calendar date or a weekday is a TIMEX3 of its own ("le vendredi 3 mars" + "20 h",
  // "mardi" + "9 h"), anchored on that day; after "hier", "demain", "aujourd'hui" it is part of the day's
  // expression ("hier à 10 h"), as the French TimeBank annotates it
  if (sem.k === 'rel' && (sc.f(e) === 'a' || sc.f(e) === 'à')) {
    const c = clockAt(sc, sc.f(e + 1) === 'environ' ? e + 2 : e + 1, false);
    if (c && c.hour <= 24) {
      sem.hour = c.hour;
      sem.minute = c.minute;
      return sc.emit(s, c.e, sem, `${rule}+time`);
    }
  }
  return sc.emit(s, e, sem, rule);
}

/** 24/11/2025, 24.11.25, 2013-03-01, 17/02. */
export function numericDate(sc: Scanner, i: number): Cand | undefined {
  const s = det(sc, i);
  const tk = sc.tok(s);
  if (tk?.kind !== 'number') return undefined;
  let m = reIso.exec(tk.text);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
      return withTime(sc, i, s + 1, { k: 'cal', y, m: mo, d }, 'numeric-iso');
    return undefined;
  }
  m = reDotted.exec(tk.text);
  if (m) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    let y = Number(m[3]);
    if (m[3].length === 2) y += y >= 40 ? 1900 : 2000;
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
      return withTime(sc, i, s + 1, { k: 'cal', y, m: mo, d }, 'numeric-dotted');
    return undefined;
  }
  // 24 / 11 / 2025 as separate glued tokens
  if (!reDigits.test(tk.text) || tk.text.length > 2) return undefined;
  if (sc.f(s + 1) !== '/' || !sc.glued(s + 1) || !sc.glued(s + 2)) return undefined;
  const mt = sc.tok(s + 2);
  if (mt?.kind !== 'number' || !reDigits.test(mt.text) || mt.text.length > 2) return undefined;
  const d = Number(tk.text);
  const mo = Number(mt.text);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  let e = s + 3;
  let y: number | undefined;
  if (sc.f(e) === '/' && sc.glued(e) && sc.glued(e + 1)) {
    const yt = sc.tok(e + 1);
    if (
      yt &&
      yt.kind === 'number' &&
      reDigits.test(yt.text) &&
      (yt.text.length === 2 || yt.text.length === 4)
    ) {
      y = Number(yt.text);
      if (yt.text.length === 2) y += y >= 40 ? 1900 : 2000;
      e += 2;
    } else return undefined;
  } else if (sc.f(e) === '/' && sc.glued(e)) return undefined;
  // "1/3" without a year is a fraction unless a determiner or "le" precedes
  if (
    y === undefined &&
    s === i &&
    (mt.text.length < 2 || sc.f(i - 1) === '(' || sc.f(e) === ')') &&
    !['du', 'au', 'le', 'depuis', 'des', 'avant', 'apres'].includes(sc.f(i - 1))
  )
    return undefined;
  return withTime(sc, i, e, { k: 'cal', y, m: mo, d }, 'numeric-slash');
}
