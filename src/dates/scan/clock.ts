/** Clock times: 14h30, 14 h 30, à midi, vers 8 heures, 15:30, "de 15 à 17 heures". @internal */
import {
  CLOCK_PREV,
  DUR_PREV,
  FUNCTION_WORDS,
  MEASURE_NEXT,
  numberWord,
  PARTS,
  TIME_ZONES,
  UNITS,
} from '../lexicon.js';
import { numberAt } from './atoms.js';
import { reDigits, reHourTok, type Scanner } from './scanner.js';
import type { Cand } from './types.js';

/** A clock time at i. Returns hour, minute and end. */
export function clockAt(
  sc: Scanner,
  i: number,
  strict: boolean,
): { hour: number; minute: number; e: number; tz?: string } | undefined {
  const tk = sc.tok(i);
  if (!tk) return undefined;
  let hour: number | undefined;
  let minute = 0;
  let e = i + 1;
  const m = tk.kind === 'number' ? reHourTok.exec(tk.text) : null;
  if (m) {
    hour = Number(m[1]);
    minute = m[2] ? Number(m[2]) : 0;
    if (!m[2]) {
      // "20h13" split by the tokenizer, or "20h 13" with a space as "20 h 13" has: two digits under 60,
      // unless a unit or another number follows ("20h 30 000 spectateurs", "à 9h 15 minutes plus tard")
      const mm = sc.tok(e);
      if (
        mm &&
        mm.kind === 'number' &&
        mm.text.length === 2 &&
        reDigits.test(mm.text) &&
        (sc.glued(e) ||
          (Number(mm.text) < 60 &&
            sc.tok(e + 1)?.kind !== 'number' &&
            !UNITS.has(sc.f(e + 1)) &&
            !MEASURE_NEXT.has(sc.f(e + 1))))
      ) {
        minute = Number(mm.text);
        e++;
      }
    }
  } else if (sc.f(i) === 'midi' || sc.f(i) === 'minuit') {
    hour = sc.f(i) === 'midi' ? 12 : 0;
    const mm = minutesAfter(sc, e, true);
    if (mm) {
      minute = mm.minute;
      hour = (hour + mm.hourDelta + 24) % 24;
      e = mm.e;
    }
    return { hour, minute, e };
  } else {
    const isDigits = tk.kind === 'number' && reDigits.test(tk.text) && tk.text.length <= 2;
    const word = !isDigits ? numberWord(sc.f(i)) : undefined;
    const h = isDigits ? Number(tk.text) : word;
    if (h === undefined || h > 24) return undefined;
    const u = sc.f(i + 1);
    if (isDigits && u === ':' && sc.glued(i + 1)) {
      const mm = sc.tok(i + 2);
      if (mm && mm.kind === 'number' && mm.text.length === 2 && reDigits.test(mm.text) && sc.glued(i + 2)) {
        if (strict && tk.text.length < 2 && !CLOCK_PREV.has(sc.f(i - 1))) return undefined;
        hour = h;
        minute = Number(mm.text);
        e = i + 3;
      } else return undefined;
    } else if (u === 'h' || u === 'heures' || u === 'heure' || (isDigits && u === 'h.')) {
      if (u === 'heure' && h > 1) return undefined;
      hour = h;
      e = i + 2;
      const mm = minutesAfter(sc, e, u !== 'h');
      const nx = sc.tok(e);
      if (
        nx &&
        nx.kind === 'number' &&
        nx.text.length === 2 &&
        reDigits.test(nx.text) &&
        Number(nx.text) < 60
      ) {
        minute = Number(nx.text);
        e++;
      } else if (mm) {
        minute = mm.minute;
        hour = (hour + mm.hourDelta + 24) % 24;
        e = mm.e;
      }
    } else return undefined;
  }
  if (hour === undefined || hour > 24 || minute > 59) return undefined;
  // du matin / du soir / de l'après-midi
  const a = sc.f(e);
  if (a === 'du' || a === 'de') {
    const p = sc.f(e + 1) === "l'" ? sc.f(e + 2) : sc.f(e + 1);
    const skip = sc.f(e + 1) === "l'" ? 3 : 2;
    if (p === 'matin' || p === 'mat') e += skip;
    else if ((p === 'soir' || p === 'apres-midi') && hour < 12) {
      hour += 12;
      e += skip;
    } else if (p === 'soir' || p === 'apres-midi') e += skip;
  }
  // time zones and "heure locale"
  let tz: string | undefined;
  const z = sc.tok(e);
  const zoneOffset = z ? reZoneOffset.exec(z.text) : null; // "UTC-5" written as one token
  if (zoneOffset && TIME_ZONES.has(zoneOffset[1].toLowerCase())) {
    tz = zoneOffset[1];
    e++;
  } else if (z && z.text === z.text.toUpperCase() && TIME_ZONES.has(z.text.toLowerCase())) {
    tz = z.text.toUpperCase();
    e++;
    // UTC−4, UTC+1, UTC+01:00
    const sign = sc.tok(e);
    if (sign && (sign.text === '+' || sign.text === '−' || sign.text === '-') && sc.glued(e)) {
      const n = sc.tok(e + 1);
      if (n && n.kind === 'number' && sc.glued(e + 1)) {
        e += 2;
        const mm = sc.tok(e + 1);
        if (
          sc.f(e) === ':' &&
          sc.glued(e) &&
          mm?.kind === 'number' &&
          /^\d{2}$/.test(mm.text) &&
          sc.glued(e + 1)
        )
          e += 2;
      }
    } else if (sign && sign.kind === 'number' && /^[+−-]\d{1,2}$/.test(sign.text) && sc.glued(e)) e++;
  } else if (
    sc.f(e) === 'heure' &&
    (sc.f(e + 1) === 'locale' || sc.f(e + 1) === 'française' || sc.f(e + 1) === 'francaise')
  ) {
    e += 2;
  } else if (sc.f(e) === 'locale' || sc.f(e) === 'locales') e++;
  else if (sc.f(e) === '(' && sc.tok(e + 1) && TIME_ZONES.has(sc.f(e + 1)) && sc.f(e + 2) === ')') {
    tz = sc.tok(e + 1).text.toUpperCase();
    e += 3;
  } else if (sc.f(e) === '(' && sc.f(e + 1) === 'heure' && sc.f(e + 2) === 'locale' && sc.f(e + 3) === ')')
    e += 4;
  return { hour, minute, e, tz };
}

/** A time zone glued to its offset: UTC-5, GMT+2. */
const reZoneOffset = /^([A-Z]{2,5})[+−-]\d{1,2}(?::?\d{2})?$/;

/** "et quart", "et demie", "moins le quart", "trente", "quinze minutes". */
export function minutesAfter(
  sc: Scanner,
  i: number,
  words: boolean,
): { minute: number; hourDelta: number; e: number } | undefined {
  const a = sc.f(i);
  if (a === 'et') {
    const b = sc.f(i + 1);
    if (b === 'quart') return { minute: 15, hourDelta: 0, e: i + 2 };
    if (b === 'demi' || b === 'demie') return { minute: 30, hourDelta: 0, e: i + 2 };
    const n = numberAt(sc, i + 1);
    if (n?.v !== undefined && n.v < 60 && (sc.f(n.e) === 'minutes' || sc.f(n.e) === 'minute'))
      return { minute: n.v, hourDelta: 0, e: n.e + 1 };
    return undefined;
  }
  if (a === 'moins') {
    if (sc.f(i + 1) === 'le' && sc.f(i + 2) === 'quart') return { minute: 45, hourDelta: -1, e: i + 3 };
    if (sc.f(i + 1) === 'quart') return { minute: 45, hourDelta: -1, e: i + 2 };
    const n = numberAt(sc, i + 1);
    if (n?.v !== undefined && n.v < 60) return { minute: 60 - n.v, hourDelta: -1, e: n.e };
    return undefined;
  }
  if (a === 'trois' && sc.f(i + 1) === 'quarts') return { minute: 45, hourDelta: 0, e: i + 2 };
  if (!words) return undefined;
  const tk = sc.tok(i);
  if (!tk || tk.kind === 'number') return undefined;
  const n = numberAt(sc, i);
  if (n?.v !== undefined && n.v > 0 && n.v < 60) {
    let e = n.e;
    if (sc.f(e) === 'minutes' || sc.f(e) === 'minute') e++;
    return { minute: n.v, hourDelta: 0, e };
  }
  return undefined;
}

/** "à environ 15 heures" */
export function aboutClock(sc: Scanner, i: number): Cand | undefined {
  const w = sc.f(i);
  if (w === 'environ' && (sc.f(i - 1) === 'a' || sc.f(i - 1) === 'vers')) {
    const c = clockAt(sc, i + 1, false);
    if ((c && sc.tok(i + 1).kind === 'number') || (c && sc.f(i + 2).startsWith('heure')))
      return sc.emit(i, c!.e, { k: 'time', hour: c!.hour % 24, minute: c!.minute, tz: c!.tz }, 'clock');
  }
  return undefined;
}

/** "de 15 à 17 heures", "entre 9 et 11 h": the first hour of a clock interval */
export function clockInterval(sc: Scanner, i: number): Cand | undefined {
  const tk = sc.tok(i);
  if (sc.f(i - 1) !== 'de' && sc.f(i - 1) !== 'entre') return undefined;
  // digits ("de 15 à 17 heures") or a number word ("entre une et deux heures")
  const h =
    tk.kind === 'number' && /^\d{1,2}$/.test(tk.text)
      ? Number(tk.text)
      : tk.kind === 'word' && !sc.f(i + 1).startsWith('heure')
        ? numberWord(sc.f(i))
        : undefined;
  if (h === undefined) return undefined;
  const c0 = sc.f(i + 1);
  if (h <= 24 && (c0 === 'a' || c0 === 'et' || c0 === '-')) {
    const c2 = clockAt(sc, i + 2, false);
    const second = tk.kind === 'number' ? sc.tok(i + 2).kind === 'number' : sc.f(i + 3).startsWith('heure');
    if (c2 && second && c2.hour > h && sc.f(i + 3) !== ':')
      return sc.emit(i, i + 1, { k: 'time', hour: h, minute: 0 }, 'clock-interval');
  }
  return undefined;
}

/** clock times */
export function clockTime(sc: Scanner, i: number): Cand | undefined {
  const prev = sc.f(i - 1);
  const durCtx =
    DUR_PREV.has(prev) &&
    prev !== 'sur' &&
    !(prev === 'environ' && (/^\d{1,2}[hH]\d{2}$/.test(sc.tok(i).text) || sc.f(i - 2) === 'est'));
  const c = clockAt(sc, i, true);
  if (!c) return undefined;
  const tk = sc.tok(i);
  const viaWord = tk.kind !== 'number' && sc.f(i) !== 'midi' && sc.f(i) !== 'minuit';
  if (durCtx && sc.f(i) !== 'midi' && sc.f(i) !== 'minuit') return undefined; // a duration
  // "deux heures" alone is a duration; "onze heures trois quarts" is a clock
  if (
    viaWord &&
    !CLOCK_PREV.has(prev) &&
    !(sc.f(i + 1).startsWith('heure') && (sc.f(i + 2) === 'trois' || sc.f(i + 2) === 'moins'))
  )
    return undefined;
  if (c.hour === 24 && c.minute > 0) return undefined;
  // "2 h 15 d'attente", "à 3 h de route", "après six heures de débat": an amount of time
  const after = sc.tok(c.e + 1);
  if (
    (tk.kind === 'number' || viaWord) &&
    !c.tz &&
    (sc.f(c.e) === 'de' || sc.f(c.e) === "d'") &&
    after?.kind === 'word' &&
    !sc.cap(c.e + 1) &&
    !PARTS.has(sc.f(c.e + 1)) &&
    sc.f(c.e + 1) !== "l'" &&
    sc.f(c.e + 1) !== 'la' &&
    !FUNCTION_WORDS.has(sc.f(c.e + 1))
  ) {
    const n = c.hour + c.minute / 60;
    return sc.emit(i, c.e, { k: 'dur', n, unit: 'H' }, 'duration-clock');
  }
  return sc.emit(i, c.e, { k: 'time', hour: c.hour % 24, minute: c.minute, tz: c.tz }, 'clock');
}
