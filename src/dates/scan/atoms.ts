/** Atoms: the small readers every family uses (a number, a day of the month, a month name, a year, a weekday, a part of the day, a determiner, "dernier"/"prochain"). @internal */

import type { PartOfDay } from '../lexicon.js';
import {
  APPROX,
  DETS,
  MONTHS,
  NEXT_ADJECTIVES,
  numberWord,
  ORDINALS,
  PARTS,
  PAST_ADJECTIVES,
  WEEKDAYS,
} from '../lexicon.js';
import { reDecimal, reDigits, reOrdinal, reThousands, type Scanner } from './scanner.js';
import type { Num } from './types.js';

/** A cardinal number at i (digits, decimal, words incl. "trente et un", "une trentaine de"). */
export function numberAt(sc: Scanner, i: number, allowVague = false): Num | undefined {
  const tk = sc.tok(i);
  if (!tk) return undefined;
  if (tk.kind === 'number' && reThousands.test(tk.text))
    return { v: Number(tk.text.replace(/\./g, '')), e: i + 1 };
  if (tk.kind === 'number' && reDecimal.test(tk.text))
    return { v: Number(tk.text.replace(',', '.')), e: i + 1 };
  const w = sc.f(i);
  const v = numberWord(w);
  if (v !== undefined) {
    // trente et un, vingt et une
    if (sc.f(i + 1) === 'et' && (sc.f(i + 2) === 'un' || sc.f(i + 2) === 'une') && v >= 20)
      return { v: v + 1, e: i + 3 };
    // "vingt quatre" written without hyphen
    const next = numberWord(sc.f(i + 1));
    if (v >= 20 && v % 10 === 0 && next !== undefined && next < 10 && next > 0)
      return { v: v + next, e: i + 2 };
    if ((w === 'un' || w === 'une') && APPROX.has(sc.f(i + 1))) {
      const a = APPROX.get(sc.f(i + 1))!;
      if (sc.f(i + 2) === 'de' || sc.f(i + 2) === "d'") return { v: a, e: i + 3 };
    }
    return { v, e: i + 1 };
  }
  if (
    allowVague &&
    (w === 'plusieurs' || w === 'quelques' || w === 'des' || w === 'nombreux' || w === 'nombreuses')
  )
    return { v: undefined, e: i + 1 };
  if (allowVague && w === 'de' && (sc.f(i + 1) === 'nombreux' || sc.f(i + 1) === 'nombreuses'))
    return { v: undefined, e: i + 2 };
  return undefined;
}

/** A day of month at i: 1..31, 1er, premier, number words. */
export function dayAt(sc: Scanner, i: number): Num | undefined {
  const tk = sc.tok(i);
  if (!tk) return undefined;
  if (tk.kind === 'number') {
    if (reDigits.test(tk.text) && tk.text.length <= 2) {
      const v = Number(tk.text);
      if (v >= 1 && v <= 31) {
        if (sc.f(i + 1) === 'er' || sc.f(i + 1) === 'e') return { v, e: i + 2 };
        return { v, e: i + 1 };
      }
      return undefined;
    }
    const m = reOrdinal.exec(tk.text);
    if (m) {
      const v = Number(m[1]);
      return v >= 1 && v <= 31 ? { v, e: i + 1 } : undefined;
    }
    return undefined;
  }
  const o = ORDINALS.get(sc.f(i));
  if (o === 1) return { v: 1, e: i + 1 };
  const v = numberWord(sc.f(i));
  if (v !== undefined && v >= 1 && v <= 31 && sc.f(i) !== 'un' && sc.f(i) !== 'une') {
    if (sc.f(i + 1) === 'et' && sc.f(i + 2) === 'un' && (v === 20 || v === 30)) return { v: v + 1, e: i + 3 };
    return { v, e: i + 1 };
  }
  return undefined;
}

/** A month name at i (abbreviations need their dot or a preceding day). */
export function monthAt(sc: Scanner, i: number, afterDay: boolean): number | undefined {
  const tk = sc.tok(i);
  if (tk?.kind !== 'word') return undefined;
  let w = sc.f(i);
  let m = MONTHS.get(w);
  if (m === undefined && sc.f(i + 1) === '.' && sc.glued(i + 1)) m = MONTHS.get(`${w}.`);
  if (m === undefined) return undefined;
  if (w.endsWith('.') || (MONTHS.has(`${w}.`) && !['mars', 'mai', 'juin', 'aout', 'avril'].includes(w))) {
    if (!afterDay) return undefined;
  }
  if (w === 'mars' && sc.cap(i) && !afterDay && !allCaps(sc, i)) return undefined; // the planet, handled by caller
  w = '';
  return m;
}

/** Whether the token sits in an all-caps stretch (headline). */
export function allCaps(sc: Scanner, i: number): boolean {
  const t = sc.tok(i).text;
  return t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase();
}

/** A year at i: four digits 1000..2199. */
export function year4(sc: Scanner, i: number): number | undefined {
  const tk = sc.tok(i);
  if (tk?.kind !== 'number' || tk.text.length !== 4 || !reDigits.test(tk.text)) return undefined;
  const v = Number(tk.text);
  return v >= 1000 && v <= 2199 ? v : undefined;
}

/** A year after a month: four digits, or two digits ("octobre 98"). */
export function yearAfterMonth(sc: Scanner, i: number): number | undefined {
  const y = year4(sc, i);
  if (y !== undefined) return y;
  const tk = sc.tok(i);
  if (tk && tk.kind === 'number' && tk.text.length === 2 && reDigits.test(tk.text)) {
    // not "mars 12 h"
    const nf = sc.f(i + 1);
    if (nf === 'h' || nf === 'heures' || nf === ':' || nf === 'heure') return undefined;
    const v = Number(tk.text);
    return v >= 40 ? 1900 + v : 2000 + v;
  }
  return undefined;
}

/** A weekday name at i. */
export function weekdayAt(sc: Scanner, i: number): number | undefined {
  const tk = sc.tok(i);
  if (tk?.kind !== 'word') return undefined;
  const wd = WEEKDAYS.get(sc.f(i));
  if (wd === undefined) return undefined;
  if (sc.f(i).endsWith('s')) return undefined; // plural: sets only
  return wd;
}

/** A part of the day at i (matin, après-midi, soir, nuit...). */
export function partAt(sc: Scanner, i: number): PartOfDay | undefined {
  const tk = sc.tok(i);
  if (tk?.kind !== 'word') return undefined;
  if (sc.f(i) === 'journee') return undefined;
  return PARTS.get(sc.f(i));
}

/** Optional determiner before a date: returns the index after it. */
export function det(sc: Scanner, i: number): number {
  if (DETS.has(sc.f(i))) return i + 1;
  // "ce 27 décembre", "ce mardi 3 mai"
  if (
    sc.f(i) === 'ce' &&
    (sc.tok(i + 1)?.kind === 'number' || (weekdayAt(sc, i + 1) !== undefined && dayAt(sc, i + 2)))
  )
    return i + 1;
  return i;
}

/** Trailing "dernier"/"prochain" after a month or a day-month. */
export function dirAfter(sc: Scanner, i: number): { dir: -1 | 1; e: number } | undefined {
  const w = sc.f(i);
  if (PAST_ADJECTIVES.has(w)) return { dir: -1, e: i + 1 };
  if (NEXT_ADJECTIVES.has(w)) return { dir: 1, e: i + 1 };
  return undefined;
}
