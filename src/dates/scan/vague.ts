/** Vague references: actuellement, à l'époque, récemment, autrefois. @internal */
import { UNITS, VAGUE } from '../lexicon.js';
import type { Scanner } from './scanner.js';
import type { Cand } from './types.js';

/** PRESENT_REF, PAST_REF, FUTURE_REF words; "à l'époque", "à présent", "en ce moment". */
export function vague(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  // pour l'heure, pour l'instant, pour le moment, à l'heure actuelle, de nos jours
  if (
    w === 'pour' &&
    ((sc.f(i + 1) === "l'" && (sc.f(i + 2) === 'heure' || sc.f(i + 2) === 'instant')) ||
      (sc.f(i + 1) === 'le' && sc.f(i + 2) === 'moment'))
  )
    return sc.emit(i, i + 3, { k: 'vague', value: 'PRESENT_REF', type: 'DATE' }, 'vague');
  if (w === 'a' && sc.f(i + 1) === "l'" && sc.f(i + 2) === 'heure' && sc.f(i + 3) === 'actuelle')
    return sc.emit(i, i + 4, { k: 'vague', value: 'PRESENT_REF', type: 'DATE' }, 'vague');
  if (w === 'de' && sc.f(i + 1) === 'nos' && sc.f(i + 2) === 'jours')
    return sc.emit(i, i + 3, { k: 'vague', value: 'PRESENT_REF', type: 'DATE' }, 'vague');
  // les années à venir, les mois à venir
  if (
    (w === 'les' || w === 'des') &&
    UNITS.has(sc.f(i + 1)) &&
    sc.f(i + 2) === 'a' &&
    sc.f(i + 3) === 'venir'
  )
    return sc.emit(i, i + 4, { k: 'vague', value: 'FUTURE_REF', type: 'DATE' }, 'vague');
  // toute la journée, toute la semaine: a whole unit
  if (w === 'toute' && sc.f(i + 1) === 'la' && (sc.f(i + 2) === 'journee' || sc.f(i + 2) === 'semaine'))
    return sc.emit(
      i,
      i + 3,
      { k: 'dur', n: 1, unit: sc.f(i + 2) === 'semaine' ? 'W' : 'D' },
      'duration-whole',
    );
  const v = VAGUE.get(w);
  if (v) {
    if (w.startsWith('actuel') && sc.f(i - 1) === "l'") return undefined;
    return sc.emit(i, i + 1, { k: 'vague', value: v.value, type: v.type }, 'vague');
  }
  if (w === 'a' && sc.f(i + 1) === 'present')
    return sc.emit(i, i + 2, { k: 'vague', value: 'PRESENT_REF', type: 'DATE' }, 'vague');
  if (w === 'en' && sc.f(i + 1) === 'ce' && sc.f(i + 2) === 'moment')
    return sc.emit(i, i + 3, { k: 'vague', value: 'PRESENT_REF', type: 'DATE' }, 'vague');
  if (
    (w === "l'" || w === 'cette') &&
    sc.f(i + 1) === 'epoque' &&
    sc.f(i + 2) !== 'de' &&
    sc.f(i + 2) !== 'ou'
  ) {
    const adj = sc.tok(i + 2);
    if (adj && adj.kind === 'word' && !sc.cap(i + 2) && /(?:aine?|ienne?|ique|ale?|ane)$/.test(sc.f(i + 2)))
      return sc.emit(i, i + 3, { k: 'vague', value: 'PAST_REF', type: 'TIME' }, 'vague');
    return sc.emit(i, i + 2, { k: 'vague', value: 'PAST_REF', type: 'DATE' }, 'vague');
  }
  return undefined;
}
