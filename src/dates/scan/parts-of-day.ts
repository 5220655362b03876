/** Parts of the day: la nuit, en fin de matinée, tôt le matin, pendant le déjeuner, la matinée du 15 février. @internal */
import type { PartOfDay } from '../lexicon.js';
import { dirAfter, partAt } from './atoms.js';
import { calendar } from './calendar.js';
import type { Scanner } from './scanner.js';
import type { Cand, PMod } from './types.js';

/** Meal times as parts of the day (TIMEX3 MI = midday). */
export const MEALS: Record<'at' | 'after' | 'before', PartOfDay> = {
  at: { code: 'MI', from: 12, to: 14 },
  after: { code: 'AF', from: 13, to: 17 },
  before: { code: 'MO', from: 10, to: 12 },
};

/** meals: pendant le déjeuner, à l'heure du déjeuner, après (le) déjeuner, avant le déjeuner */
export function mealPart(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  {
    let k = i;
    let kind: 'at' | 'after' | 'before' | undefined;
    if (w === 'pendant' || w === 'durant') kind = 'at';
    else if (w === 'apres') kind = 'after';
    else if (w === 'avant') kind = 'before';
    else if (w === 'a' && sc.f(i + 1) === "l'" && sc.f(i + 2) === 'heure' && sc.f(i + 3) === 'du') {
      kind = 'at';
      k = i + 3;
    } else if (w === 'au' && sc.f(i + 1) === 'moment' && (sc.f(i + 2) === 'du' || sc.f(i + 2) === 'de')) {
      kind = 'at';
      k = i + 2;
    }
    if (kind) {
      let m = k + 1;
      if (sc.f(m) === 'le' || sc.f(m) === 'du') m++;
      if (sc.f(m) === 'dejeuner') {
        const part = MEALS[kind];
        return sc.emit(
          kind === 'at' && k === i ? i + 1 : k === i ? i : i + 1,
          m + 1,
          { k: 'part', part },
          'part-meal',
        );
      }
      if (kind === 'after' && sc.f(k + 1) === 'le' && sc.f(k + 2) === 'travail')
        return sc.emit(i, k + 3, { k: 'part', part: { code: 'EV', from: 17, to: 21 } }, 'part-meal');
    }
  }
  return undefined;
}

/** la matinée du 15 février, la nuit du 4 au 5 août */
export function partBeforeDate(sc: Scanner, i: number): Cand | undefined {
  if (partAt(sc, i) && (sc.f(i + 1) === 'du' || sc.f(i + 1) === 'de') && sc.tok(i + 2)?.kind === 'number') {
    const c = calendar(sc, i + 2);
    if (
      c &&
      c.sem.k === 'cal' &&
      c.sem.d !== undefined &&
      c.sem.m !== undefined &&
      c.sem.part === undefined &&
      c.sem.hour === undefined
    )
      return sc.emit(i, i + 1, { k: 'part', part: partAt(sc, i)! }, 'part');
  }
  return undefined;
}

/** tôt le matin, très tôt le matin */
export function earlyPart(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  if (w === 'tot' || (w === 'tres' && sc.f(i + 1) === 'tot')) {
    const k = w === 'tot' ? i + 1 : i + 2;
    const p = (sc.f(k) === 'le' || sc.f(k) === 'dans') && partAt(sc, sc.f(k) === 'dans' ? k + 2 : k + 1);
    if (p)
      return sc.emit(i, k + (sc.f(k) === 'dans' ? 3 : 2), { k: 'part', part: p, sub: 'START' }, 'part-early');
  }
  return undefined;
}

/** fin d'après-midi, début de soirée (without "en") */
export function partEdge(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  if ((w === 'fin' || w === 'debut' || w === 'milieu') && (sc.f(i + 1) === "d'" || sc.f(i + 1) === 'de')) {
    let m = i + 2;
    if (sc.f(m) === 'la' || sc.f(m) === "l'") m++;
    const p = partAt(sc, m);
    if (p)
      return sc.emit(
        i,
        m + 1,
        { k: 'part', part: p, sub: w === 'fin' ? 'END' : w === 'debut' ? 'START' : 'MID' },
        'part-sub',
      );
  }
  return undefined;
}

/** la nuit, la soirée, dans la matinée, le matin (même), en soirée, en début de matinée */
export function partWithArticle(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  if (w === 'la' || w === 'le' || w === "l'") {
    const p = partAt(sc, i + 1);
    if (p) {
      let e = i + 2;
      if (sc.f(e) === 'meme') e++;
      if (sc.f(e) === 'tot' || (sc.f(e) === 'tres' && sc.f(e + 1) === 'tot'))
        return sc.emit(
          i,
          e + (sc.f(e) === 'tres' ? 2 : 1),
          { k: 'part', part: p, sub: 'START' },
          'part-early',
        );
      // "le soir de noël"
      return sc.emit(i, e, { k: 'part', part: p }, 'part');
    }
  }
  return undefined;
}

/** en début de matinée, au milieu de l'après-midi, à la fin de la soirée, en soirée */
export function partAfterPreposition(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  if (w === 'en' || w === 'au' || w === 'a') {
    // en début de matinée, au milieu de l'après-midi, à la fin de la soirée
    let k = i + 1;
    if (w === 'a' && sc.f(k) === 'la') k++;
    const pm = sc.f(k);
    const sub: PMod | undefined =
      pm === 'debut' ? 'START' : pm === 'milieu' ? 'MID' : pm === 'fin' ? 'END' : undefined;
    if (sub && (sc.f(k + 1) === 'de' || sc.f(k + 1) === "d'" || sc.f(k + 1) === 'du')) {
      let m = k + 2;
      if (sc.f(m) === 'la' || sc.f(m) === "l'") m++;
      const pw = sc.f(m);
      if (pw === 'journee')
        return sc.emit(i + 1, m + 1, { k: 'part', part: { code: 'DT', from: 8, to: 19 }, sub }, 'part-sub');
      const p = partAt(sc, m);
      if (p) return sc.emit(i + 1, m + 1, { k: 'part', part: p, sub }, 'part-sub');
      if (pw === 'semaine')
        return sc.emit(i + 1, m + 1, { k: 'unit', unit: 'W', offset: 0, pmod: sub }, 'unit-sub');
      if (pw === 'mois')
        return sc.emit(i + 1, m + 1, { k: 'unit', unit: 'M', offset: 0, pmod: sub }, 'unit-sub');
      if (pw === 'annee') {
        const d = dirAfter(sc, m + 1);
        if (d) return sc.emit(i + 1, d.e, { k: 'unit', unit: 'Y', offset: d.dir, pmod: sub }, 'unit-sub');
        return sc.emit(i + 1, m + 1, { k: 'unit', unit: 'Y', offset: 0, pmod: sub }, 'unit-sub');
      }
    }
    if (w === 'en') {
      const p = partAt(sc, i + 1);
      if (p && sc.f(i + 1) !== 'matin') return sc.emit(i + 1, i + 2, { k: 'part', part: p }, 'part');
    }
  }
  return undefined;
}

/** dans la matinée, dans la journée */
export function partWithin(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  if (w === 'dans' && (sc.f(i + 1) === 'la' || sc.f(i + 1) === "l'")) {
    const p = partAt(sc, i + 2);
    if (p) return sc.emit(i + 1, i + 3, { k: 'part', part: p }, 'part');
    if (sc.f(i + 2) === 'journee')
      return sc.emit(i + 1, i + 3, { k: 'part', part: { code: 'DT', from: 8, to: 19 } }, 'part');
  }
  return undefined;
}
