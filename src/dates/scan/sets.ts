/** Frequencies (TIMEX3 SET): chaque jour, tous les lundis, deux fois par an. @internal */
import { DETS, SETS, UNITS, WEEKDAYS } from '../lexicon.js';
import { numberAt, partAt } from './atoms.js';
import { durationValue } from './durations.js';
import type { Scanner } from './scanner.js';
import type { Cand } from './types.js';

/** Sets: chaque année, tous les lundis, tous les deux ans, quotidiennement, par semestre. */
export function setExpr(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  if (
    w === 'chaque' ||
    ((w === 'tous' || w === 'toutes') && (sc.f(i + 1) === 'les' || sc.f(i + 1) === 'ces'))
  ) {
    let k = w === 'chaque' ? i + 1 : i + 2;
    let n = 1;
    const q = numberAt(sc, k);
    if (q?.v !== undefined && w !== 'chaque') {
      n = q.v;
      k = q.e;
    }
    const wdw = sc.f(k);
    const wd = WEEKDAYS.get(wdw);
    if (wd !== undefined && !wdw.endsWith('.')) {
      const p = partAt(sc, k + 1);
      return sc.emit(
        i,
        k + (p ? 2 : 1),
        { k: 'set', value: `XXXX-WXX-${wd}${p ? `T${p.code}` : ''}` },
        'set-weekday',
      );
    }
    const p = partAt(sc, k);
    if (p) return sc.emit(i, k + 1, { k: 'set', value: `T${p.code}` }, 'set-part');
    if (wdw === 'week-end' || wdw === 'week-ends')
      return sc.emit(i, k + 1, { k: 'set', value: 'XXXX-WXX-WE' }, 'set-weekend');
    let u = UNITS.get(wdw);
    if (u && !/^\d/.test(u) && u !== 'X') {
      let mult = n;
      if (u === 'DE') {
        u = 'Y';
        mult *= 10;
      } else if (u === 'CE') {
        u = 'Y';
        mult *= 100;
      } else if (u === 'Q') {
        u = 'M';
        mult *= 3;
      } else if (u === 'HY') {
        u = 'M';
        mult *= 6;
      }
      return sc.emit(i, k + 1, { k: 'set', value: durationValue(mult, u) }, 'set-unit');
    }
    return undefined;
  }
  // par semestre / par an / par jour: the unit alone
  if (w === 'par') {
    const u = UNITS.get(sc.f(i + 1));
    const prev = sc.tok(i - 1);
    if (
      u &&
      ['Y', 'M', 'W', 'D', 'HY', 'Q'].includes(u) &&
      prev &&
      (prev.kind === 'number' || prev.kind === 'symbol' || prev.kind === 'word')
    ) {
      const uw = sc.f(i + 1);
      if (
        uw === 'jour' ||
        uw === 'an' ||
        uw === 'semaine' ||
        uw === 'mois' ||
        uw === 'semestre' ||
        uw === 'trimestre' ||
        uw === 'annee'
      )
        return sc.emit(
          i + 1,
          i + 2,
          { k: 'set', value: u === 'HY' ? 'P6M' : u === 'Q' ? 'P3M' : `P1${u}` },
          'set-per',
        );
    }
    return undefined;
  }
  const sv = SETS.get(w);
  if (sv) {
    // adjectives: "le quotidien Libération" is a newspaper
    if (
      w === 'quotidien' ||
      w === 'quotidienne' ||
      w === 'mensuel' ||
      w === 'hebdomadaire' ||
      w === 'annuel' ||
      w === 'annuelle' ||
      w === 'mensuelle'
    ) {
      const prev = sc.f(i - 1);
      if (
        DETS.has(prev) ||
        prev === 'un' ||
        prev === 'une' ||
        prev === 'du' ||
        prev === 'au' ||
        prev === 'ce' ||
        prev === 'son' ||
        prev === 'notre' ||
        prev === 'votre'
      )
        return undefined;
      if (sc.cap(i + 1)) return undefined;
      if (prev === 'presse' || prev === 'journal' || prev === 'titre' || prev === 'edition') return undefined;
      if (sc.tok(i - 1)?.kind !== 'word') return undefined;
    }
    return sc.emit(i, i + 1, { k: 'set', value: sv }, 'set-word');
  }
  return undefined;
}
