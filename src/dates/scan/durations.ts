/** Durations: quatre jours, 30,4 secondes, environ deux mois, plusieurs années, il y a trois jours, dans deux semaines. @internal */
import { APPROX_PREFIX, CLOCK_PREV, DUR_PREV, FUNCTION_WORDS, PERIOD_NOUNS, UNITS } from '../lexicon.js';
import { allCaps, numberAt } from './atoms.js';
import type { Scanner } from './scanner.js';
import type { Cand } from './types.js';

/** Durations: quatre jours, 30,4 secondes, environ deux mois, plusieurs années, un quart de siècle. */
export function duration(sc: Scanner, i: number): Cand | undefined {
  const s = i;
  let j = i;
  const w = sc.f(i);
  // modifiers kept inside the extent (TimeML: mod)
  if (APPROX_PREFIX.has(w)) {
    if (w === 'environ' || w === 'presque' || w === 'quasiment') j++;
    else if (
      (w === 'pres' || w === 'plus' || w === 'moins' || w === 'bien') &&
      (sc.f(i + 1) === 'de' || sc.f(i + 1) === "d'")
    ) {
      // "les moins de 17 ans" is an age group
      if (sc.f(i - 1) === 'les' || sc.f(i - 1) === 'des' || sc.f(i - 1) === 'aux') return undefined;
      j += 2;
    } else if (w === 'au' && sc.f(i + 1) === 'moins') j += 2;
    else return undefined;
  }
  // il y a trois jours / dans deux semaines / d'ici deux ans
  let dir: -1 | 1 | undefined;
  if (w === 'il' && sc.f(i + 1) === 'y' && sc.f(i + 2) === 'a') {
    dir = -1;
    j = i + 3;
  } else if (w === 'dans' && sc.tok(i + 1) && sc.f(i + 1) !== 'la' && sc.f(i + 1) !== 'les') {
    dir = 1;
    j = i + 1;
  }
  if (dir !== undefined && sc.f(j) === 'environ') j++;
  let q = numberAt(sc, j, true);
  // un quart de siècle, un demi-siècle, une demi-heure
  if ((sc.f(j) === 'un' || sc.f(j) === 'une') && sc.f(j + 1) === 'quart' && sc.f(j + 2) === 'de') {
    const u = UNITS.get(sc.f(j + 3));
    if (u === 'CE') return sc.emit(s, j + 4, { k: 'dur', n: 25, unit: 'Y' }, 'duration');
    if (u === 'H') return sc.emit(s, j + 4, { k: 'dur', n: 15, unit: 'MIN' }, 'duration');
  }
  if (
    (sc.f(j) === 'un' || sc.f(j) === 'une') &&
    (sc.f(j + 1) === 'demi-siecle' || sc.f(j + 1) === 'demi-heure')
  ) {
    return sc.emit(
      s,
      j + 2,
      sc.f(j + 1) === 'demi-heure' ? { k: 'dur', n: 30, unit: 'MIN' } : { k: 'dur', n: 50, unit: 'Y' },
      'duration',
    );
  }
  if (!q) {
    // bare units that name a span: quinquennat, septennat
    const u = UNITS.get(sc.f(j));
    if (u && /^\d+Y$/.test(u) && dir === undefined && (w === 'un' || w === 'le' || w === 'du' || s === j)) {
      return sc.emit(j, j + 1, { k: 'dur', n: Number.parseInt(u, 10), unit: 'Y' }, 'duration-noun');
    }
    return undefined;
  }
  if (
    q.v === undefined &&
    sc.f(j) === 'des' &&
    dir === undefined &&
    !['depuis', 'pendant', 'durant', 'il'].includes(sc.f(s - 1))
  ) {
    // "des années" only after depuis/pendant
    q = undefined;
    return undefined;
  }
  let k = q.e;
  // 9"81 (sports timing): seconds and hundredths
  if (
    q.v !== undefined &&
    q.v < 60 &&
    sc.tok(j).kind === 'number' &&
    dir === undefined &&
    (sc.f(k) === '"' || sc.f(k) === '″') &&
    sc.glued(k)
  ) {
    const h = sc.tok(k + 1);
    if (h && h.kind === 'number' && /^\d{2}$/.test(h.text) && sc.glued(k + 1))
      return sc.emit(s, k + 2, { k: 'dur', n: q.v + Number(h.text) / 100, unit: 'S' }, 'duration-sport');
    if (sc.f(j - 1) === 'en' && (h?.kind !== 'word' || !sc.cap(k + 1)))
      return sc.emit(s, k + 1, { k: 'dur', n: q.v, unit: 'S' }, 'duration-sport');
  }
  // "7 à 10 jours", "entre 2 et 3 ans": a vague amount
  if (q.v !== undefined && dir === undefined) {
    const c = sc.f(k);
    const group = ['les', 'des', 'aux', 'ces'].includes(sc.f(s - 1)); // "les 18-34 ans": an age group
    if (!group && (c === 'a' || c === '-' || c === 'ou' || (c === 'et' && sc.f(s - 1) === 'entre'))) {
      const q2 = numberAt(sc, k + 1);
      const u2 = q2 ? UNITS.get(sc.f(q2.e)) : undefined;
      if (
        q2?.v !== undefined &&
        q2.v > q.v &&
        u2 &&
        !/^\d/.test(u2) &&
        u2 !== 'X' &&
        u2 !== 'H' &&
        (sc.tok(j).kind === 'number') === (sc.tok(k + 1).kind === 'number')
      ) {
        const unit = u2 === 'DE' || u2 === 'CE' ? 'Y' : u2 === 'Q' || u2 === 'HY' ? 'M' : u2;
        if (!(unit === 'Y' && (sc.f(s - 1) === 'de' || sc.f(s - 1) === "d'" || sc.f(s - 1) === 'a')))
          return sc.emit(s, q2.e + 1, { k: 'dur', unit }, 'duration-range');
      }
    }
  }
  let u = UNITS.get(sc.f(k));
  let frac = 0;
  if (!u) return undefined;
  if (u === 'X' || /^\d/.test(u)) return undefined;
  // "20 Minutes" (a newspaper); "une seconde journée" (second, the ordinal)
  const ut = sc.tok(k);
  if (sc.cap(k) && !allCaps(sc, k) && k > 0 && sc.tok(k - 1).sentence === ut.sentence) return undefined;
  if (
    (sc.f(k) === 'seconde' || sc.f(k) === 'secondes') &&
    sc.tok(k + 1)?.kind === 'word' &&
    !FUNCTION_WORDS.has(sc.f(k + 1)) &&
    !['et', 'plus', 'apres', 'avant', 'environ'].includes(sc.f(k + 1))
  )
    return undefined;
  if (
    u === 'S' &&
    sc.f(k) === 's' &&
    !sc.glued(k) &&
    sc.tok(q.e - 1).kind === 'number' &&
    !/[.,]/.test(sc.tok(q.e - 1).text)
  ) {
    // "30 s" needs a decimal or a sports/time context; accept only decimals
    return undefined;
  }
  if (u === 'MIN' && (sc.f(k) === 'min' || sc.f(k) === 'mn') && sc.f(k + 1) === '.') k++;
  k++;
  // "ans" for ages: "un homme de 38 ans", "(38 ans)", "à 97 ans", "âgé de"
  const prev = sc.f(s - 1);
  if (u === 'Y' && dir === undefined && isAge(sc, s, j, k, prev, q.v)) return undefined;
  if (u === 'H' && sc.f(k - 1) === 'h' && dir === undefined && !DUR_PREV.has(prev) && !APPROX_PREFIX.has(w))
    return undefined; // a clock time
  if (
    u === 'H' &&
    dir === undefined &&
    sc.tok(q.e - 1).kind === 'number' &&
    !DUR_PREV.has(prev) &&
    !APPROX_PREFIX.has(w) &&
    q.v! <= 24 &&
    (CLOCK_PREV.has(prev) || prev === '')
  )
    return undefined;
  // "deux ans et demi", "une heure et demie"
  if (sc.f(k) === 'et' && (sc.f(k + 1) === 'demi' || sc.f(k + 1) === 'demie')) {
    frac = 0.5;
    k += 2;
  }
  // "1 h 30" as a duration
  if (u === 'H' && sc.tok(k)?.kind === 'number' && /^\d{2}$/.test(sc.tok(k).text) && dir === undefined) {
    frac = Number(sc.tok(k).text) / 60;
    k++;
  }
  let n = q.v === undefined ? undefined : q.v + frac;
  if (u === 'DE' && n !== undefined) {
    n *= 10;
    u = 'Y';
  } else if (u === 'CE' && n !== undefined) {
    n *= 100;
    u = 'Y';
  } else if (u === 'DE' || u === 'CE') u = 'Y';
  else if (u === 'Q') {
    u = 'M';
    if (n !== undefined) n *= 3;
  } else if (u === 'HY') {
    u = 'M';
    if (n !== undefined) n *= 6;
  }
  // "deux jours plus tard / après / auparavant / plus tôt"
  const after = sc.f(k);
  if (
    dir === undefined &&
    n !== undefined &&
    (after === 'plus' || after === 'apres' || after === 'auparavant' || after === 'avant' || after === 'tot')
  ) {
    // "deux jours plus tard" is anchored on an event of the story (TimeML: a DURATION); only a phrase
    // standing alone is read against the reference date
    const alone = s === 0 && (k + 2 >= sc.n || sc.tok(k + 2).kind === 'punct');
    if (!alone) return sc.emit(s, k, { k: 'dur', n, unit: u }, 'duration');
    if (after === 'plus' && (sc.f(k + 1) === 'tard' || sc.f(k + 1) === 'tot'))
      return sc.emit(
        s,
        k + 2,
        { k: 'shift', n, unit: u, dir: sc.f(k + 1) === 'tard' ? 1 : -1 },
        'shift-after',
      );
    if (
      (after === 'apres' || after === 'auparavant' || after === 'avant') &&
      !sc.tok(k + 1)?.kind.startsWith('w')
    )
      return sc.emit(s, k + 1, { k: 'shift', n, unit: u, dir: after === 'apres' ? 1 : -1 }, 'shift-after');
  }
  if (dir !== undefined) {
    // "il y a quelques mois": the French TimeBank keeps the vague duration (PXM) without "il y a"
    if (n === undefined) return undefined;
    return sc.emit(i, k, { k: 'shift', n, unit: u, dir }, dir < 0 ? 'ago' : 'in');
  }
  // "2 mn 14 secondes", "3 ans et 6 mois": a compound amount
  if (n !== undefined && Number.isInteger(n)) {
    let k2 = k;
    if (sc.f(k2) === 'et') k2++;
    const q2 = numberAt(sc, k2);
    const u2 = q2 ? UNITS.get(sc.f(q2.e)) : undefined;
    const order = ['Y', 'M', 'W', 'D', 'H', 'MIN', 'S'];
    if (
      q2?.v !== undefined &&
      u2 &&
      order.indexOf(u2) > order.indexOf(u) &&
      order.indexOf(u) >= 0 &&
      (u2 !== 'M' || u === 'Y')
    ) {
      const parts: Record<string, number> = { [u]: n, [u2]: q2.v };
      return sc.emit(s, q2.e + 1, { k: 'dur', unit: u, n, value: compoundValue(parts) }, 'duration-compound');
    }
  }
  return sc.emit(s, k, { k: 'dur', n, unit: u }, 'duration');
}

/**
 * Whether "ans" after the number at s is an age ("un homme de 38 ans", "(38 ans)", "à 97 ans", "âgé de"),
 * not a duration. A part of {@link duration} of its own, too large to be inlined: the first age met
 * recompiles this, not the whole rule.
 */
function isAge(sc: Scanner, s: number, j: number, k: number, prev: string, qv: number | undefined): boolean {
  // look through modifiers: "âgée d'environ 16 ans"
  let b = s - 1;
  while (b > s - 4 && b >= 0 && APPROX_PREFIX.has(sc.f(b))) {
    b--;
    if (sc.f(b) === 'de' || sc.f(b) === "d'") b--;
  }
  if (b < s - 1) {
    const p0 = sc.f(b);
    if (p0 === "d'" || p0 === 'de' || p0 === 'age' || p0 === 'agee' || p0 === 'ages' || p0 === 'agees')
      if (!PERIOD_NOUNS.has(sc.f(b - 1))) return true;
  }
  // "les 18-34 ans": an age group
  if (
    prev === '-' &&
    sc.tok(s - 2)?.kind === 'number' &&
    ['les', 'des', 'aux', 'ces', 'de', "d'", '('].includes(sc.f(s - 3))
  )
    return true;
  // "condamné à deux ans" is a duration, "mort à 97 ans" an age
  const pp = sc.tok(s - 2)?.text.toLowerCase() ?? '';
  const sentenced = /(?:é|ée|és|ées)$/.test(pp) && !/(?:décédé|décédée|éteint|disparu)$/.test(pp);
  if (
    (prev === 'a' &&
      (sc.tok(s - 1).text === 'a' ? sc.f(s - 2) !== 'y' : sc.f(s - 2) !== 'ici' && !sentenced)) ||
    prev === '(' ||
    prev === 'age' ||
    prev === 'agee' ||
    prev === 'ages'
  )
    return true;
  if (
    (prev === 'de' || prev === "d'") &&
    !PERIOD_NOUNS.has(sc.f(s - 2)) &&
    !(qv === undefined && sc.f(j) === 'des')
  )
    return true;
  if (prev === ',' && sc.f(k) === ',') return true;
  if (sc.f(k) === ')') return true;
  if (sc.f(k) === 'plus' && sc.f(k + 1) === 'tard') {
    // deux ans plus tard
  }
  return false;
}

/** A TIMEX3 value for several units at once: { M: 2, S: 14 } -> PT2M14S. */
export function compoundValue(parts: Record<string, number>): string {
  let date = '';
  let time = '';
  for (const [u, code] of [
    ['Y', 'Y'],
    ['M', 'M'],
    ['W', 'W'],
    ['D', 'D'],
  ])
    if (parts[u] !== undefined) date += `${parts[u]}${code}`;
  for (const [u, code] of [
    ['H', 'H'],
    ['MIN', 'M'],
    ['S', 'S'],
  ])
    if (parts[u] !== undefined) time += `${parts[u]}${code}`;
  return `P${date}${time ? `T${time}` : ''}`;
}

/** Units a counted span can use: quarters, halves, decades and centuries become months and years. */
export function spanUnit(u: string | undefined): string | undefined {
  if (u === undefined || u === 'X' || /^\d/.test(u)) return undefined;
  if (u === 'Q' || u === 'HY') return 'M';
  if (u === 'DE' || u === 'CE') return 'Y';
  return u;
}

/** A TIMEX3 duration value: P3Y, P1.5Y, PT30.4S, PXD. */
export function durationValue(n: number | undefined, unit: string): string {
  const num = n === undefined ? 'X' : String(Math.round(n * 1000) / 1000);
  switch (unit) {
    case 'H':
      if (n !== undefined && !Number.isInteger(n)) {
        const h = Math.floor(n);
        const mi = Math.round((n - h) * 60);
        return h > 0 ? `PT${h}H${mi}M` : `PT${mi}M`;
      }
      return `PT${num}H`;
    case 'MIN':
      return `PT${num}M`;
    case 'S':
      return `PT${num}S`;
    default:
      return `P${num}${unit}`;
  }
}
