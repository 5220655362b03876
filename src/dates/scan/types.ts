/** What the scanner proposes: tokens, meanings (`Sem`) still to resolve, candidates. @internal */
import type { Token } from '../../doc/types.js';
import type { PartOfDay } from '../lexicon.js';

/**
 * A token as the scanner sees it: the Doc's own token (a number range kept whole by the tokenizer, `2019-2020`,
 * is cut in three). Its folded form and capitalisation are read through the scanner (`sc.f(i)`, `sc.cap(i)`).
 */
export type Tok = Token;

export type PMod = 'START' | 'MID' | 'END';

/** What an expression means, before resolution. */
export type Sem =
  | {
      k: 'cal';
      y?: number;
      m?: number;
      d?: number;
      wd?: number;
      /** dernier (-1) / prochain (+1) after a month or a day */
      dir?: -1 | 1;
      pmod?: PMod;
      hour?: number;
      minute?: number;
      part?: PartOfDay;
      /** the edge of the part of the day ("hier en fin de matinée") */
      partSub?: PMod;
      /** the week holding the day ("la semaine du 6 octobre") */
      week?: boolean;
      /** days after the day ("le lendemain du 13 février") */
      offset?: number;
      /** a feast: the coming one, unless the sentence is in the past */
      holiday?: boolean;
    }
  | { k: 'nth'; n: number; what: string; wd?: number; m?: number; y?: number; monthOffset?: number }
  | {
      k: 'quarter';
      n: number;
      half: boolean;
      y?: number;
      /** of this year (0), last year (-1), next year (1) */
      offset?: number;
      /** "le premier trimestre dernier": the last such quarter before the reference */
      rel?: -1 | 1;
    }
  | {
      k: 'rel';
      days: number;
      part?: PartOfDay;
      /** the edge of the part of the day ("hier en fin de matinée") */
      partSub?: PMod;
      hour?: number;
      minute?: number;
      /** la veille, le lendemain: counted from the last day of the story, else the reference */
      narrative?: boolean;
    }
  | {
      k: 'wd';
      wd: number;
      shift:
        | 'bare'
        | 'this'
        | 'last'
        | 'next'
        | 'thisweek'
        | 'nextweek'
        | 'lastweek'
        | 'same'
        | 'in8'
        | 'in15';
      part?: PartOfDay;
      /** the edge of the part of the day ("hier en fin de matinée") */
      partSub?: PMod;
      hour?: number;
      minute?: number;
    }
  | {
      k: 'unit';
      unit: 'D' | 'W' | 'M' | 'Y' | 'WE';
      offset: number;
      pmod?: PMod;
      first?: boolean;
      /** "la nouvelle année": next year from September on */
      coming?: boolean;
    }
  | { k: 'decade'; dec: number }
  | { k: 'century'; c: number }
  | {
      k: 'season';
      s: string;
      y?: number;
      offset?: number;
      /** "l'été" (with its article): the season of this story, placed by the tense */
      det?: boolean;
      /** "en été", "au printemps": placed by the tense only in a future sentence (else often habitual) */
      ahead?: boolean;
    }
  | { k: 'dur'; n?: number; unit: string; value?: string }
  | { k: 'shift'; n: number; unit: string; dir: -1 | 1 }
  | { k: 'span'; n: number; unit: string; dir: -1 | 1 }
  | { k: 'time'; hour: number; minute: number; second?: number; tz?: string }
  | { k: 'part'; part: PartOfDay; sub?: PMod; days?: number }
  | { k: 'vague'; value: string; type: 'DATE' | 'TIME' }
  | { k: 'set'; value: string; type?: 'SET' }
  | { k: 'now' };

/**
 * The same meaning as one object shape: every field any kind of {@link Sem} has, always present (undefined
 * when unused), always in this order. The rules write their meanings as literals of some forty shapes;
 * kept as such, every function reading them (linking, anchoring, resolution) met a new shape now and then
 * and was deoptimised and recompiled. {@link Scanner.emit} passes each meaning through this, so that the
 * code after the scanner sees one shape only. Reads give the same values (a missing field reads as
 * undefined either way); nothing enumerates a meaning's keys.
 */
export function fullSem<T extends Sem>(sem: T): T {
  const x = sem as unknown as Record<string, unknown>;
  return {
    k: x.k,
    y: x.y,
    m: x.m,
    d: x.d,
    wd: x.wd,
    dir: x.dir,
    pmod: x.pmod,
    hour: x.hour,
    minute: x.minute,
    second: x.second,
    tz: x.tz,
    part: x.part,
    partSub: x.partSub,
    sub: x.sub,
    week: x.week,
    offset: x.offset,
    holiday: x.holiday,
    n: x.n,
    what: x.what,
    monthOffset: x.monthOffset,
    half: x.half,
    rel: x.rel,
    days: x.days,
    narrative: x.narrative,
    shift: x.shift,
    unit: x.unit,
    first: x.first,
    coming: x.coming,
    dec: x.dec,
    c: x.c,
    s: x.s,
    det: x.det,
    ahead: x.ahead,
    value: x.value,
    type: x.type,
  } as unknown as T;
}

/** A proposed mention: tokens [s, e), characters [start, end). */
export interface Cand {
  s: number;
  e: number;
  start: number;
  end: number;
  sem: Sem;
  rule: string;
}

/** A quantity read at a token: its value (undefined = vague: plusieurs, quelques) and the token after it. */
export interface Num {
  v: number | undefined;
  e: number;
}
