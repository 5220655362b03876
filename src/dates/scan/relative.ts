/** Days relative to the reference or the story: aujourd'hui, hier, demain, la veille, le lendemain, lundi [prochain|dernier], la journée de lundi. @internal */
import { DETS, FOLLOWING, NEXT_ADJECTIVES, NOUN_DETERMINERS, PARTS, PAST_ADJECTIVES } from '../lexicon.js';
import { allCaps, dayAt, partAt, weekdayAt } from './atoms.js';
import { calendar, withTime } from './calendar.js';
import type { Scanner } from './scanner.js';
import type { Cand, Sem } from './types.js';
import { yearExpr } from './years.js';

/** aujourd'hui, hier, demain, avant-hier, la veille, le lendemain, ce matin, ce soir, cette nuit. */
export function relative(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  let days: number | undefined;
  let e = i + 1;
  if (
    w === "aujourd'hui" ||
    (w === 'ce' && sc.f(i + 1) === 'jour' && sc.f(i + 2) !== 'la' && sc.f(i + 2) !== '-la')
  ) {
    days = 0;
    if (w === 'ce') e = i + 2;
  } else if (w === 'hier') days = -1;
  else if (w === 'demain') days = 1;
  else if (w === 'avant-hier') days = -2;
  else if (w === 'apres-demain') days = 2;
  else if ((w === 'la' && sc.f(i + 1) === 'veille') || (w === 'le' && sc.f(i + 1) === 'lendemain')) {
    days = w === 'la' ? -1 : 1;
    e = i + 2;
    // le lendemain du 13 février, la veille de Noël
    if (sc.f(e) === 'du' || sc.f(e) === 'de') {
      const c = calendar(sc, e + 1) ?? yearExpr(sc, e + 1);
      if (c && c.sem.k === 'cal' && c.sem.d !== undefined) {
        c.sem.offset = days;
        return sc.emit(i, c.e, c.sem, 'relday-of');
      }
    }
    if (sc.f(e) === 'au' && sc.f(e + 1) === 'soir')
      return sc.emit(i, e + 2, { k: 'rel', days, part: PARTS.get('soir'), narrative: true }, 'relday+part');
    return withTime(sc, i, e, { k: 'rel', days, narrative: true }, 'relday-narrative');
  }
  if (
    days === 0 &&
    w === "aujourd'hui" &&
    sc.cap(i) &&
    sc.f(i + 1) === ',' &&
    (i === 0 || sc.tok(i - 1).sentence !== sc.tok(i).sentence)
  ) {
    // "Aujourd'hui, la ville a changé": nowadays
    return sc.emit(i, i + 1, { k: 'vague', value: 'PRESENT_REF', type: 'TIME' }, 'vague-today');
  }
  // "la France d'aujourd'hui", "aujourd'hui encore", "encore aujourd'hui": nowadays, not the day
  if (
    days === 0 &&
    w === "aujourd'hui" &&
    ((sc.f(i - 1) === "d'" &&
      sc.f(i - 2) !== 'journee' &&
      sc.tok(i - 2)?.kind === 'word' &&
      NOUN_DETERMINERS.has(sc.f(i - 3))) ||
      sc.f(i + 1) === 'encore' ||
      sc.f(i - 1) === 'encore')
  )
    return sc.emit(i, i + 1, { k: 'vague', value: 'PRESENT_REF', type: 'TIME' }, 'vague-today');
  // "le même jour", "ce même jour", "le jour même": the day of the story just named (TimeML: anaphoric)
  if ((w === 'le' || w === 'ce') && sc.f(i + 1) === 'meme' && sc.f(i + 2) === 'jour')
    return sc.emit(i, i + 3, { k: 'rel', days: 0, narrative: true }, 'relday-narrative');
  if (w === 'le' && sc.f(i + 1) === 'jour' && sc.f(i + 2) === 'meme')
    return sc.emit(i, i + 3, { k: 'rel', days: 0, narrative: true }, 'relday-narrative');
  if ((w === 'le' && sc.f(i + 1) === 'jour') || w === 'jour') {
    const k = w === 'le' ? i + 2 : i + 1;
    const a = sc.f(k);
    if (a === 'precedent' || (a === "d'" && sc.f(k + 1) === 'avant'))
      return sc.emit(
        i,
        a === "d'" ? k + 2 : k + 1,
        { k: 'rel', days: -1, narrative: true },
        'relday-narrative',
      );
    if (a === 'suivant' || (a === "d'" && sc.f(k + 1) === 'apres'))
      return sc.emit(
        i,
        a === "d'" ? k + 2 : k + 1,
        { k: 'rel', days: 1, narrative: true },
        'relday-narrative',
      );
  }
  if (days !== undefined) {
    // aujourd'hui vendredi
    if (weekdayAt(sc, e) !== undefined && dayAt(sc, e + 1) === undefined) e++;
    return withTime(sc, i, e, { k: 'rel', days }, 'relday');
  }
  // ce matin, ce soir, cet après-midi, cette nuit, cette matinée
  if (w === 'ce' || w === 'cet' || w === 'cette') {
    const p = partAt(sc, i + 1);
    if (p) return sc.emit(i, i + 2, { k: 'part', part: p, days: 0 }, 'this-part');
  }
  if (w === 'maintenant' || (w === 'tout' && sc.f(i + 1) === 'de' && sc.f(i + 2) === 'suite')) {
    return sc.emit(i, w === 'tout' ? i + 3 : i + 1, { k: 'now' }, 'now');
  }
  return undefined;
}

/** [le|ce] lundi [même] [prochain|dernier|en huit|de la semaine prochaine] [matin]. */
export function weekdayExpr(sc: Scanner, i: number): Cand | undefined {
  let j = i;
  const w = sc.f(i);
  const dem = w === 'ce';
  if (DETS.has(w) || dem) j++;
  let same = false;
  if (dem && sc.f(j) === 'meme') {
    same = true;
    j++;
  }
  const wd = weekdayAt(sc, j);
  if (wd === undefined) return undefined;
  const wt = sc.tok(j);
  if (wt.text.endsWith('.') || wt.text.length <= 3) return undefined;
  // "le Journal du Dimanche": a capitalised weekday inside a name
  if (
    sc.cap(j) &&
    !allCaps(sc, j) &&
    j === i &&
    (sc.f(j - 1) === 'du' || sc.f(j - 1) === 'de') &&
    sc.cap(j - 2)
  )
    return undefined;
  let e = j + 1;
  let shift: Sem & { k: 'wd' } = { k: 'wd', wd, shift: dem ? 'this' : 'bare' };
  if (dem && sc.f(e) === 'meme') {
    same = true;
    e++;
  }
  if (same) shift.shift = 'same';
  const a = sc.f(e);
  const b = sc.f(e + 1);
  const c = sc.f(e + 2);
  if (PAST_ADJECTIVES.has(a)) {
    shift.shift = 'last';
    e++;
  } else if (a === 'prochain') {
    shift.shift = 'next';
    e++;
  } else if (FOLLOWING.has(a) || (a === "d'" && b === 'apres')) {
    shift.shift = 'nextweek';
    e += a === "d'" ? 2 : 1;
  } else if (a === 'en' && (b === 'huit' || b === '8')) {
    shift.shift = 'in8';
    e += 2;
  } else if (a === 'en' && (b === 'quinze' || b === '15')) {
    shift.shift = 'in15';
    e += 2;
  } else if ((a === 'de' || a === 'la') && (b === 'la' || b === 'semaine')) {
    const k = a === 'de' ? e + 2 : e + 1;
    if (sc.f(k) === 'semaine') {
      const d = sc.f(k + 1);
      if (NEXT_ADJECTIVES.has(d) || d === "d'" || d === 'qui') {
        shift.shift = 'nextweek';
        e = k + (d === "d'" ? 3 : d === 'qui' ? 3 : 2);
      } else if (PAST_ADJECTIVES.has(d)) {
        shift.shift = 'lastweek';
        e = k + 2;
      }
    }
  } else if (a === 'cette' && b === 'semaine') {
    shift.shift = 'thisweek';
    e += 2;
  }
  void c;
  // "le mercredi" alone = every Wednesday (habitual)
  if (w === 'le' && shift.shift === 'bare' && partAt(sc, e) === undefined && dayAt(sc, e) === undefined) {
    return sc.emit(i, e, { k: 'set', value: `XXXX-WXX-${wd}` }, 'weekday-habitual');
  }
  // a weekday alone: avoid "Lun" and capitalised mid-sentence names ("Mardi gras" is fine)
  if (dayAt(sc, e) !== undefined && sc.together(j, e)) return undefined; // handled by calendar()
  shift = shift as Sem & { k: 'wd' };
  return withTime(sc, i, e, shift, `weekday-${shift.shift}`);
}

/** la journée de lundi, la journée d'aujourd'hui: the day itself */
export function dayNamed(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  if (
    w === 'la' &&
    sc.f(i + 1) === 'journee' &&
    (sc.f(i + 2) === 'de' || sc.f(i + 2) === "d'" || sc.f(i + 2) === 'du')
  ) {
    const c = relative(sc, i + 3) ?? weekdayExpr(sc, i + 3) ?? calendar(sc, i + 3);
    if (c && c.sem.k !== 'part' && c.sem.k !== 'vague') return sc.emit(i, c.e, c.sem, `${c.rule}-day`);
  }
  return undefined;
}

/** cette journée */
export function thisDay(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  if ((w === 'cette' || w === 'cet') && sc.f(i + 1) === 'journee')
    return sc.emit(i, i + 2, { k: 'rel', days: 0 }, 'relday');
  return undefined;
}

/** au lendemain du drame */
export function atTheMorrow(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  if (w === 'au' && (sc.f(i + 1) === 'lendemain' || sc.f(i + 1) === 'surlendemain'))
    return sc.emit(
      i + 1,
      i + 2,
      { k: 'rel', days: sc.f(i + 1) === 'lendemain' ? 1 : 2, narrative: true },
      'relday-narrative',
    );
  return undefined;
}
