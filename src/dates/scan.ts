/**
 * Proposers: a left-to-right scanner over tokens that recognises French temporal expressions and
 * returns candidates carrying a meaning (`Sem`) still to be resolved against the reference date.
 * @internal
 */
import type { Token } from '../doc/types.js';
import type { PartOfDay } from './lexicon.js';
import {
  APPROX,
  fold,
  HOLIDAYS,
  MONTHS,
  NUMBER_WORDS,
  numberWord,
  ORDINALS,
  PARTS,
  roman,
  SEASONS,
  SETS,
  TIME_ZONES,
  UNITS,
  VAGUE,
  WEEKDAYS,
} from './lexicon.js';

/** A token as the scanner sees it (hyphenated number ranges like `2019-2020` are cut in three). */
export interface Tok {
  text: string;
  /** folded: lowercase, no accents, straight apostrophe */
  f: string;
  start: number;
  end: number;
  kind: Token['kind'];
  sentence: number;
  /** true when the token starts with an uppercase letter */
  cap: boolean;
}

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
    }
  | { k: 'dur'; n?: number; unit: string; value?: string }
  | { k: 'shift'; n: number; unit: string; dir: -1 | 1 }
  | { k: 'span'; n: number; unit: string; dir: -1 | 1 }
  | { k: 'time'; hour: number; minute: number; second?: number; tz?: string }
  | { k: 'part'; part: PartOfDay; sub?: PMod; days?: number }
  | { k: 'vague'; value: string; type: 'DATE' | 'TIME' }
  | { k: 'set'; value: string; type?: 'SET' }
  | { k: 'now' };

/** A proposed mention: tokens [s, e), characters [start, end). */
export interface Cand {
  s: number;
  e: number;
  start: number;
  end: number;
  sem: Sem;
  rule: string;
}

const reSplit = /^(\d{1,4}(?:[hH]\d{0,2})?)([-/])(\d{1,4}(?:[hH]\d{0,2})?)$/;
const reHourTok = /^(\d{1,2})[hH](\d{2})?$/;
const reDigits = /^\d+$/;
const reDecimal = /^\d+(?:[.,]\d+)?$/;
/** "4.500" written with a dot between thousands */
const reThousands = /^\d{1,3}(?:\.\d{3})+$/;
const reDotted = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/;
const reIso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const reOrdinal = /^(\d{1,2})(?:er|re|ère|e|eme|ème)$/i;
const reRomanCentury = /^([ivxlc]+)(?:e|eme|ème)$/i;
const reUpper = /^\p{Lu}/u;

/** Builds the scanner's token view of a Doc's tokens. */
function makeTok(t: string, start: number, end: number, kind: Token['kind'], sentence: number): Tok {
  const c = t.charCodeAt(0);
  const cap = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0xff && reUpper.test(t));
  return { text: t, f: kind === 'number' || kind === 'punct' ? t : fold(t), start, end, kind, sentence, cap };
}

/** The longer of two candidates (the first on ties). */
function longer(a: Cand | undefined, b: Cand | undefined): Cand | undefined {
  if (!b) return a;
  if (!a) return b;
  return b.end - b.start > a.end - a.start ? b : a;
}

export function scannerTokens(text: string, tokens: readonly Token[]): Tok[] {
  const out: Tok[] = [];
  for (const t of tokens) {
    if (t.kind === 'number' && !reIso.test(t.text)) {
      const m = reSplit.exec(t.text);
      if (m) {
        const a = t.start + m[1].length;
        out.push(makeTok(text.slice(t.start, a), t.start, a, 'number', t.sentence));
        out.push(makeTok(text.slice(a, a + 1), a, a + 1, 'punct', t.sentence));
        out.push(makeTok(text.slice(a + 1, t.end), a + 1, t.end, 'number', t.sentence));
        continue;
      }
    }
    out.push(makeTok(t.text, t.start, t.end, t.kind, t.sentence));
  }
  return out;
}

const DETS = new Set(['le', 'la', "l'", 'les']);
const DEMS = new Set(['ce', 'cet', 'cette', 'ces']);
const PAST_WORDS = new Set([
  'dernier',
  'derniere',
  'derniers',
  'dernieres',
  'passe',
  'passee',
  'passes',
  'passees',
  'precedent',
  'precedente',
]);
const NEXT_WORDS = new Set([
  'prochain',
  'prochaine',
  'prochains',
  'prochaines',
  'suivant',
  'suivante',
  'qui vient',
]);
const FOLLOWING = new Set(['suivant', 'suivante', 'suivants', 'suivantes']);
const APPROX_PREFIX = new Set(['environ', 'presque', 'quasiment', 'pres', 'plus', 'moins', 'au', 'bien']);
const PERIOD_NOUNS = new Set([
  'periode',
  'duree',
  'mandat',
  'peine',
  'bail',
  'contrat',
  'plan',
  'programme',
  'delai',
  'absence',
  'sejour',
  'prison',
  'reclusion',
  'emprisonnement',
  'detention',
  'travaux',
  'interdiction',
  'suspension',
  'moratoire',
  'attente',
  'retard',
  'cycle',
  'intervalle',
  'pret',
  'engagement',
  'sursis',
  'ferme',
  'espace',
]);
const AVOIR = new Set([
  'a',
  'ont',
  'avait',
  'avaient',
  'aura',
  'auront',
  'aurait',
  'auraient',
  'ait',
  'aient',
  'ayant',
  'avoir',
  'ai',
  'avons',
  'avez',
  'as',
  'eût',
  "n'a",
  "n'ont",
  "l'a",
  "l'ont",
  "m'a",
  "t'a",
  "s'est",
]);
const DUR_PREV = new Set(['pendant', 'durant', 'en', 'environ', 'pres', 'plus', 'moins', 'bout', 'sur']);
const YEAR_STRONG_PREV = new Set([
  'en',
  'depuis',
  'des',
  "jusqu'en",
  'annee',
  'saison',
  'edition',
  'an',
  'horizon',
  'ici',
  'millesime',
  'cuvee',
  'promotion',
  'fin',
  'debut',
  'mi',
  'courant',
  'printemps',
  'ete',
  'automne',
  'hiver',
  'avant',
  'apres',
  'vers',
  'entre',
  'exercice',
  'budget',
  'campagne',
  'mondial',
  'euro',
  'coupe',
  'championnat',
  'jeux',
]);
const YEAR_REJECT_PREV = new Set([
  'page',
  'p.',
  'pages',
  'n°',
  'no',
  'numero',
  'article',
  'art.',
  'tel',
  'tel.',
  'route',
  'rn',
  'rd',
  'vol',
  'boeing',
  'airbus',
  'km',
  'kilometre',
  'code',
  'modele',
  'windows',
  'server',
  'salle',
  'chambre',
  'rue',
  'avenue',
  'boulevard',
  'bd',
  'secteur',
  'score',
  'plus',
  'moins',
  'environ',
  'quelque',
  'quelques',
  'les',
  'des',
  'ses',
  'ces',
  'aux',
  'sur',
  'soit',
  'a',
]);
const FUNCTION_WORDS = new Set([
  'et',
  'ou',
  'a',
  'au',
  'aux',
  'en',
  'de',
  'des',
  'du',
  'le',
  'la',
  'les',
  'pour',
  'par',
  'dans',
  'sur',
  'avec',
  'sans',
  'puis',
  'mais',
  'donc',
  'alors',
  'lors',
  'il',
  'elle',
  'ils',
  'elles',
  'on',
  'qui',
  'que',
  'dont',
  'ou',
  'contre',
  'depuis',
  'apres',
  'avant',
  'comme',
  'selon',
  'est',
  'sont',
  'a',
  'ont',
  'etait',
  'avait',
  'fut',
  'deja',
  'encore',
  'aussi',
  'seulement',
  'notamment',
  "jusqu'a",
  'ce',
  'cette',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'un',
  'une',
  'pas',
  'ne',
  'se',
  "s'",
  "l'",
  "d'",
  "qu'",
  "n'",
  'y',
  'j',
]);
const MEASURE_NEXT = new Set([
  '€',
  '$',
  '£',
  '%',
  'euros',
  'euro',
  'dollars',
  'dollar',
  'francs',
  'livres',
  'km',
  'm',
  'kg',
  'g',
  't',
  'ha',
  'mw',
  'kw',
  'km/h',
  'fois',
]);
const CLOCK_PREV = new Set([
  'a',
  'vers',
  'des',
  "jusqu'a",
  'avant',
  'apres',
  'de',
  'partir',
  'dès',
  'entre',
  'et',
  'midi',
]);

/** Words that carry time: every expression has one within its first four tokens. */
const HOT = new Set<string>([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...UNITS.keys(),
  ...PARTS.keys(),
  ...SEASONS.keys(),
  ...SETS.keys(),
  ...VAGUE.keys(),
  ...APPROX.keys(),
  ...ORDINALS.keys(),
  ...[...HOLIDAYS.keys()].map((k) => k.split(/[ ']/)[0]),
  ...[...TIME_ZONES],

  "aujourd'hui",
  'hier',
  'demain',
  'avant-hier',
  'apres-demain',
  'veille',
  'lendemain',
  'maintenant',
  'suite',
  'jour',
  'journee',
  'semaine',
  'week-end',
  'weekend',
  'mois',
  'mois-ci',
  'annee',
  'annees',
  'an',
  'siecle',
  'midi',
  'minuit',
  'fin',
  'debut',
  'milieu',
  'mi',
  'epoque',
  'present',
  'moment',
  'tot',
  'chaque',
  'tous',
  'toutes',
  'quinquennat',
  'trimestre',
  'semestre',
  'surlendemain',
  'heure',
  'instant',
  'venir',
  'jours',
  'dejeuner',
  'travail',
  'septennat',
  'demi-heure',
  'demi-siecle',
  'quart',
]);
for (const k of [...HOT]) if (/\d/.test(k) || k.includes('-')) HOT.add(k.split('-')[0]);

/** Meal times as parts of the day (TIMEX3 MI = midday). */
const MEALS: Record<'at' | 'after' | 'before', PartOfDay> = {
  at: { code: 'MI', from: 12, to: 14 },
  after: { code: 'AF', from: 13, to: 17 },
  before: { code: 'MO', from: 10, to: 12 },
};

/** Function words that can open an expression ("il y a", "dans", "plus de", "tous les"...). */
const STARTERS = new Set([
  'le',
  'la',
  "l'",
  'les',
  'ce',
  'cet',
  'cette',
  'ces',
  'au',
  'a',
  'en',
  'dans',
  'il',
  'tout',
  'environ',
  'pres',
  'plus',
  'moins',
  'bien',
  'presque',
  'quasiment',
  'tous',
  'toutes',
  'chaque',
  'par',
  'tres',
  'des',
  'de',
  'un',
  'une',
  'plusieurs',
  'quelques',
  'nombreux',
  'nombreuses',
  'du',
  'pendant',
  'durant',
  'apres',
  'avant',
  'pour',
  'toute',
  'nos',
]);
const HOLIDAY_FIRST = new Set([...HOLIDAYS.keys()].map((k) => k.split(/[ ']/)[0]));

/** Quantities of days/weeks/... for "dans NUM unit", durations, etc. */
interface Num {
  v: number | undefined; // undefined = vague (plusieurs, quelques)
  e: number; // token end (exclusive)
}

export class Scanner {
  readonly t: Tok[];
  readonly out: Cand[] = [];
  constructor(tokens: Tok[]) {
    this.t = tokens;
  }

  f(i: number): string {
    return i >= 0 && i < this.t.length ? this.t[i].f : '';
  }

  /** True when tokens i-1 and i touch (no space between). */
  glued(i: number): boolean {
    return i > 0 && i < this.t.length && this.t[i - 1].end === this.t[i].start;
  }

  sameSentence(i: number, j: number): boolean {
    return i >= 0 && j < this.t.length && this.t[i].sentence === this.t[j].sentence;
  }

  emit(s: number, e: number, sem: Sem, rule: string): Cand {
    return { s, e, start: this.t[s].start, end: this.t[e - 1].end, sem, rule };
  }

  // ---------- atoms ----------

  /** A cardinal number at i (digits, decimal, words incl. "trente et un", "une trentaine de"). */
  number(i: number, allowVague = false): Num | undefined {
    const tk = this.t[i];
    if (!tk) return undefined;
    if (tk.kind === 'number' && reThousands.test(tk.text))
      return { v: Number(tk.text.replace(/\./g, '')), e: i + 1 };
    if (tk.kind === 'number' && reDecimal.test(tk.text))
      return { v: Number(tk.text.replace(',', '.')), e: i + 1 };
    const w = tk.f;
    const v = numberWord(w);
    if (v !== undefined) {
      // trente et un, vingt et une
      if (this.f(i + 1) === 'et' && (this.f(i + 2) === 'un' || this.f(i + 2) === 'une') && v >= 20)
        return { v: v + 1, e: i + 3 };
      // "vingt quatre" written without hyphen
      const next = numberWord(this.f(i + 1));
      if (v >= 20 && v % 10 === 0 && next !== undefined && next < 10 && next > 0)
        return { v: v + next, e: i + 2 };
      if ((w === 'un' || w === 'une') && APPROX.has(this.f(i + 1))) {
        const a = APPROX.get(this.f(i + 1))!;
        if (this.f(i + 2) === 'de' || this.f(i + 2) === "d'") return { v: a, e: i + 3 };
      }
      return { v, e: i + 1 };
    }
    if (
      allowVague &&
      (w === 'plusieurs' || w === 'quelques' || w === 'des' || w === 'nombreux' || w === 'nombreuses')
    )
      return { v: undefined, e: i + 1 };
    if (allowVague && w === 'de' && (this.f(i + 1) === 'nombreux' || this.f(i + 1) === 'nombreuses'))
      return { v: undefined, e: i + 2 };
    return undefined;
  }

  /** A day of month at i: 1..31, 1er, premier, number words. */
  day(i: number): Num | undefined {
    const tk = this.t[i];
    if (!tk) return undefined;
    if (tk.kind === 'number') {
      if (reDigits.test(tk.text) && tk.text.length <= 2) {
        const v = Number(tk.text);
        if (v >= 1 && v <= 31) {
          if (this.f(i + 1) === 'er' || this.f(i + 1) === 'e') return { v, e: i + 2 };
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
    const o = ORDINALS.get(tk.f);
    if (o === 1) return { v: 1, e: i + 1 };
    const v = numberWord(tk.f);
    if (v !== undefined && v >= 1 && v <= 31 && tk.f !== 'un' && tk.f !== 'une') {
      if (this.f(i + 1) === 'et' && this.f(i + 2) === 'un' && (v === 20 || v === 30))
        return { v: v + 1, e: i + 3 };
      return { v, e: i + 1 };
    }
    return undefined;
  }

  /** A month name at i (abbreviations need their dot or a preceding day). */
  month(i: number, afterDay: boolean): number | undefined {
    const tk = this.t[i];
    if (!tk || tk.kind !== 'word') return undefined;
    let w = tk.f;
    let m = MONTHS.get(w);
    if (m === undefined && this.f(i + 1) === '.' && this.glued(i + 1)) m = MONTHS.get(`${w}.`);
    if (m === undefined) return undefined;
    if (w.endsWith('.') || (MONTHS.has(`${w}.`) && !['mars', 'mai', 'juin', 'aout', 'avril'].includes(w))) {
      if (!afterDay) return undefined;
    }
    if (w === 'mars' && tk.cap && !afterDay && !this.allCaps(i)) return undefined; // the planet, handled by caller
    w = '';
    return m;
  }

  /** Whether the token sits in an all-caps stretch (headline). */
  allCaps(i: number): boolean {
    const t = this.t[i].text;
    return t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase();
  }

  /** A year at i: four digits 1000..2199. */
  year4(i: number): number | undefined {
    const tk = this.t[i];
    if (!tk || tk.kind !== 'number' || tk.text.length !== 4 || !reDigits.test(tk.text)) return undefined;
    const v = Number(tk.text);
    return v >= 1000 && v <= 2199 ? v : undefined;
  }

  /** A year after a month: four digits, or two digits ("octobre 98"). */
  yearAfterMonth(i: number): number | undefined {
    const y = this.year4(i);
    if (y !== undefined) return y;
    const tk = this.t[i];
    if (tk && tk.kind === 'number' && tk.text.length === 2 && reDigits.test(tk.text)) {
      // not "mars 12 h"
      const nf = this.f(i + 1);
      if (nf === 'h' || nf === 'heures' || nf === ':' || nf === 'heure') return undefined;
      const v = Number(tk.text);
      return v >= 40 ? 1900 + v : 2000 + v;
    }
    return undefined;
  }

  /** A weekday name at i. */
  weekday(i: number): number | undefined {
    const tk = this.t[i];
    if (!tk || tk.kind !== 'word') return undefined;
    const wd = WEEKDAYS.get(tk.f);
    if (wd === undefined) return undefined;
    if (tk.f.endsWith('s')) return undefined; // plural: sets only
    return wd;
  }

  /** A part of the day at i (matin, après-midi, soir, nuit...). */
  part(i: number): PartOfDay | undefined {
    const tk = this.t[i];
    if (!tk || tk.kind !== 'word') return undefined;
    if (tk.f === 'journee') return undefined;
    return PARTS.get(tk.f);
  }

  /** A clock time at i. Returns hour, minute and end. */
  clock(i: number, strict: boolean): { hour: number; minute: number; e: number; tz?: string } | undefined {
    const tk = this.t[i];
    if (!tk) return undefined;
    let hour: number | undefined;
    let minute = 0;
    let e = i + 1;
    const m = tk.kind === 'number' ? reHourTok.exec(tk.text) : null;
    if (m) {
      hour = Number(m[1]);
      minute = m[2] ? Number(m[2]) : 0;
      if (!m[2]) {
        const mm = this.t[e];
        if (mm && mm.kind === 'number' && mm.text.length === 2 && reDigits.test(mm.text) && this.glued(e)) {
          minute = Number(mm.text);
          e++;
        }
      }
    } else if (tk.f === 'midi' || tk.f === 'minuit') {
      hour = tk.f === 'midi' ? 12 : 0;
      const mm = this.minutesAfter(e, true);
      if (mm) {
        minute = mm.minute;
        hour = (hour + mm.hourDelta + 24) % 24;
        e = mm.e;
      }
      return { hour, minute, e };
    } else {
      const isDigits = tk.kind === 'number' && reDigits.test(tk.text) && tk.text.length <= 2;
      const word = !isDigits ? numberWord(tk.f) : undefined;
      const h = isDigits ? Number(tk.text) : word;
      if (h === undefined || h > 24) return undefined;
      const u = this.f(i + 1);
      if (isDigits && u === ':' && this.glued(i + 1)) {
        const mm = this.t[i + 2];
        if (
          mm &&
          mm.kind === 'number' &&
          mm.text.length === 2 &&
          reDigits.test(mm.text) &&
          this.glued(i + 2)
        ) {
          if (strict && tk.text.length < 2 && !CLOCK_PREV.has(this.f(i - 1))) return undefined;
          hour = h;
          minute = Number(mm.text);
          e = i + 3;
        } else return undefined;
      } else if (u === 'h' || u === 'heures' || u === 'heure' || (isDigits && u === 'h.')) {
        if (u === 'heure' && h > 1) return undefined;
        hour = h;
        e = i + 2;
        const mm = this.minutesAfter(e, u !== 'h');
        const nx = this.t[e];
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
    const a = this.f(e);
    if (a === 'du' || a === 'de') {
      const p = this.f(e + 1) === "l'" ? this.f(e + 2) : this.f(e + 1);
      const skip = this.f(e + 1) === "l'" ? 3 : 2;
      if (p === 'matin' || p === 'mat') e += skip;
      else if ((p === 'soir' || p === 'apres-midi') && hour < 12) {
        hour += 12;
        e += skip;
      } else if (p === 'soir' || p === 'apres-midi') e += skip;
    }
    // time zones and "heure locale"
    let tz: string | undefined;
    const z = this.t[e];
    if (z && z.text === z.text.toUpperCase() && TIME_ZONES.has(z.text.toLowerCase())) {
      tz = z.text.toUpperCase();
      e++;
      // UTC−4, UTC+1
      const sign = this.t[e];
      if (sign && (sign.text === '+' || sign.text === '−' || sign.text === '-') && this.glued(e)) {
        const n = this.t[e + 1];
        if (n && n.kind === 'number' && this.glued(e + 1)) e += 2;
      } else if (sign && sign.kind === 'number' && /^[+−-]\d{1,2}$/.test(sign.text) && this.glued(e)) e++;
    } else if (
      this.f(e) === 'heure' &&
      (this.f(e + 1) === 'locale' || this.f(e + 1) === 'française' || this.f(e + 1) === 'francaise')
    ) {
      e += 2;
    } else if (this.f(e) === 'locale' || this.f(e) === 'locales') e++;
    else if (this.f(e) === '(' && this.t[e + 1] && TIME_ZONES.has(this.f(e + 1)) && this.f(e + 2) === ')') {
      tz = this.t[e + 1].text.toUpperCase();
      e += 3;
    } else if (
      this.f(e) === '(' &&
      this.f(e + 1) === 'heure' &&
      this.f(e + 2) === 'locale' &&
      this.f(e + 3) === ')'
    )
      e += 4;
    return { hour, minute, e, tz };
  }

  /** "et quart", "et demie", "moins le quart", "trente", "quinze minutes". */
  minutesAfter(i: number, words: boolean): { minute: number; hourDelta: number; e: number } | undefined {
    const a = this.f(i);
    if (a === 'et') {
      const b = this.f(i + 1);
      if (b === 'quart') return { minute: 15, hourDelta: 0, e: i + 2 };
      if (b === 'demi' || b === 'demie') return { minute: 30, hourDelta: 0, e: i + 2 };
      const n = this.number(i + 1);
      if (n?.v !== undefined && n.v < 60 && (this.f(n.e) === 'minutes' || this.f(n.e) === 'minute'))
        return { minute: n.v, hourDelta: 0, e: n.e + 1 };
      return undefined;
    }
    if (a === 'moins') {
      if (this.f(i + 1) === 'le' && this.f(i + 2) === 'quart') return { minute: 45, hourDelta: -1, e: i + 3 };
      if (this.f(i + 1) === 'quart') return { minute: 45, hourDelta: -1, e: i + 2 };
      const n = this.number(i + 1);
      if (n?.v !== undefined && n.v < 60) return { minute: 60 - n.v, hourDelta: -1, e: n.e };
      return undefined;
    }
    if (a === 'trois' && this.f(i + 1) === 'quarts') return { minute: 45, hourDelta: 0, e: i + 2 };
    if (!words) return undefined;
    const tk = this.t[i];
    if (!tk || tk.kind === 'number') return undefined;
    const n = this.number(i);
    if (n?.v !== undefined && n.v > 0 && n.v < 60) {
      let e = n.e;
      if (this.f(e) === 'minutes' || this.f(e) === 'minute') e++;
      return { minute: n.v, hourDelta: 0, e };
    }
    return undefined;
  }

  // ---------- the scan ----------

  run(): Cand[] {
    const n = this.t.length;
    // only positions with a temporal word within the next 4 tokens can start an expression
    const nextHot = new Int32Array(n + 1);
    nextHot[n] = n + 100;
    for (let k = n - 1; k >= 0; k--) {
      const tk = this.t[k];
      nextHot[k] = tk.kind === 'number' || HOT.has(tk.f) || tk.f.startsWith('mi-') ? k : nextHot[k + 1];
    }
    let i = 0;
    while (i < n) {
      if (nextHot[i] - i > 4) {
        i++;
        continue;
      }
      const tk = this.t[i];
      if (
        tk.kind !== 'number' &&
        !HOT.has(tk.f) &&
        !STARTERS.has(tk.f) &&
        !tk.f.startsWith('mi-') &&
        !NUMBER_WORDS.has(tk.f) &&
        (!tk.f.includes('-') || numberWord(tk.f) === undefined) &&
        this.f(i + 1) !== 'siecle' &&
        this.f(i + 2) !== 'siecle'
      ) {
        i++;
        continue;
      }
      const c = this.at(i);
      if (c) {
        this.out.push(c);
        i = c.e;
      } else i++;
    }
    return this.out;
  }

  /** The longest candidate starting at token i. */
  at(i: number): Cand | undefined {
    const tk = this.t[i];
    if (tk.kind === 'punct') return undefined;
    let best = longer(undefined, this.calendar(i));
    best = longer(best, this.timeExpr(i));
    best = longer(best, this.duration(i));
    best = longer(best, this.yearExpr(i));
    best = longer(best, this.unitExpr(i));
    if (tk.kind === 'number') return longer(best, this.numericDate(i));
    if (DETS.has(tk.f)) best = longer(best, this.numericDate(i));
    best = longer(best, this.relative(i));
    best = longer(best, this.weekdayExpr(i));
    best = longer(best, this.periodExpr(i));
    best = longer(best, this.setExpr(i));
    return longer(best, this.vague(i));
  }

  /** Optional determiner before a date: returns the index after it. */
  det(i: number): number {
    if (DETS.has(this.f(i))) return i + 1;
    // "ce 27 décembre", "ce mardi 3 mai"
    if (
      this.f(i) === 'ce' &&
      (this.t[i + 1]?.kind === 'number' || (this.weekday(i + 1) !== undefined && this.day(i + 2)))
    )
      return i + 1;
    return i;
  }

  /** Trailing "dernier"/"prochain" after a month or a day-month. */
  dirAfter(i: number): { dir: -1 | 1; e: number } | undefined {
    const w = this.f(i);
    if (PAST_WORDS.has(w)) return { dir: -1, e: i + 1 };
    if (NEXT_WORDS.has(w)) return { dir: 1, e: i + 1 };
    return undefined;
  }

  /** [le] [weekday] day month [year] [dernier|prochain] | month year | [au] mois de month. */
  calendar(i: number): Cand | undefined {
    let j = this.det(i);
    const s = i;
    const wd = this.weekday(j);
    if (wd !== undefined) j++;
    const dj = j;
    const day = this.day(j);
    if (day) {
      // interval: "du 13 au 15 juillet", "les 6 et 13 avril", "13-15 juillet"
      const m = this.month(day.e, true);
      let k = day.e;
      if (m === undefined) {
        const c = this.f(day.e);
        let listEnd = day.e;
        // "les 16, 17 et 18 juillet": skip the middle days
        while (this.f(listEnd) === ',' && this.day(listEnd + 1) && this.t[listEnd + 1].kind === 'number')
          listEnd = this.day(listEnd + 1)!.e;
        const c2 = this.f(listEnd);
        if (listEnd > day.e && (c2 === 'et' || c2 === 'au')) {
          const d3 = this.day(listEnd + 1);
          const m3 = d3 ? this.month(d3.e, true) : undefined;
          if (d3 && m3 !== undefined) {
            const y3 = this.yearAfterMonth(d3.e + 1);
            return this.emit(s, day.e, { k: 'cal', m: m3, d: day.v, y: y3, wd }, 'day-of-interval');
          }
        }
        if (c === 'au' || c === 'et' || c === '-' || c === 'a' || c === "jusqu'" || c === 'ou') {
          let k2 = day.e + 1;
          if (c === "jusqu'" && this.f(k2) === 'au') k2++;
          if (DETS.has(this.f(k2))) k2++;
          if (this.weekday(k2) !== undefined) k2++;
          const d2 = this.day(k2);
          const m2 = d2 ? this.month(d2.e, true) : undefined;
          if (d2 && m2 !== undefined && d2.v! >= day.v!) {
            const y2 = this.yearAfterMonth(d2.e + 1);
            const sem: Sem = { k: 'cal', m: m2, d: day.v, wd };
            if (y2 !== undefined) sem.y = y2;
            const dir = this.dirAfter(d2.e + 1 + (y2 !== undefined ? 1 : 0));
            if (dir) sem.dir = dir.dir;
            if (
              wd === undefined &&
              dj === s &&
              !['du', 'le', 'les', 'entre', 'de', 'des', 'aux', 'au'].includes(this.f(s - 1)) &&
              c !== '-' &&
              !(s === 0 || this.t[s - 1].sentence !== this.t[s].sentence || this.t[s - 1].kind === 'punct')
            )
              return undefined;
            return this.emit(s, day.e, sem, 'day-of-interval');
          }
          const after2 = d2 ? this.t[d2.e] : undefined;
          if (
            d2 &&
            m2 === undefined &&
            d2.v! > day.v! &&
            (!after2 || (after2.kind === 'punct' && after2.f !== '%')) &&
            (this.f(s - 1) === 'du' || this.f(s - 1) === 'entre') &&
            c !== '-'
          ) {
            return this.emit(s, day.e, { k: 'cal', d: day.v, wd }, 'day-of-interval');
          }
        }
        if (wd !== undefined && day.v! <= 31) {
          // "jeudi 15" (month implied)
          const nf = this.f(day.e);
          if (nf !== 'h' && nf !== 'heures' && nf !== ':' && nf !== '%' && this.t[day.e]?.kind !== 'number')
            return this.withTime(s, day.e, { k: 'cal', d: day.v, wd }, 'weekday-day');
        }
        const prevDu =
          s === dj && this.f(s - 1) === 'du' && (this.f(s - 2) === 'partir' || this.f(s - 2) === 'compter');
        if (
          ((s !== dj && this.f(s) === 'le') || prevDu) &&
          wd === undefined &&
          this.t[dj].kind === 'number'
        ) {
          // "le 16 à 18h", "le 20 jusqu'à 18h", "à partir du 8": a day of the current month
          const a = this.f(day.e);
          const nt = this.t[day.e];
          const timeNext =
            ((a === 'a' || a === 'vers' || a === "jusqu'") &&
              this.clock(day.e + (a === "jusqu'" ? 2 : 1), false)) ||
            (a === 'plutot' && this.f(day.e + 1) === 'vers') ||
            (a === 'a' && this.f(day.e + 1) === 'partir');
          const endNext = !nt || (nt.kind === 'punct' && nt.f !== '%' && nt.f !== '/' && nt.f !== '-');
          const pp = this.f(s - 1);
          const after = this.f(day.e + 1);
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
            this.t[s - 1]?.kind === 'word' &&
            !this.t[s - 1].cap &&
            /(?:e|ee|es|ees|u|ue|is|it)$/.test(pp) &&
            pp.length > 3 &&
            !['devant', 'contre', 'entre', 'comme', 'pendant'].includes(pp);
          if (
            !address &&
            (timeNext ||
              (endNext &&
                (prevDu || ['', ',', ':', ';', 'et', 'depuis', "jusqu'au"].includes(pp) || verbBefore)))
          )
            return this.withTime(s, day.e, { k: 'cal', d: day.v }, 'day-alone');
        }
        return undefined;
      }
      k = day.e + 1;
      if (this.f(k) === '.' && this.glued(k) && !MONTHS.has(this.f(k - 1))) k++;
      const sem: Sem = { k: 'cal', d: day.v, m, wd };
      const y = this.yearAfterMonth(k);
      if (y !== undefined) {
        sem.y = y;
        k++;
      }
      const dir = this.dirAfter(k);
      if (dir && y === undefined) {
        sem.dir = dir.dir;
        k = dir.e;
      }
      return this.withTime(s, k, sem, 'day-month');
    }
    // month [year], mois de month
    let k = j;
    if (wd !== undefined) return undefined;
    let mo = false;
    if (this.f(k) === 'mois' && (this.f(k + 1) === 'de' || this.f(k + 1) === "d'")) {
      k += 2;
      mo = true;
    } else if (
      this.f(i) === 'au' &&
      this.f(i + 1) === 'mois' &&
      (this.f(i + 2) === 'de' || this.f(i + 2) === "d'")
    ) {
      k = i + 3;
      mo = true;
    }
    const m = this.month(k, false);
    if (m === undefined) return undefined;
    const start = mo && this.f(i) === 'au' ? i + 1 : s;
    k++;
    const sem: Sem = { k: 'cal', m };
    const y = this.yearAfterMonth(k);
    if (y !== undefined) {
      sem.y = y;
      k++;
      return this.emit(start, k, sem, 'month-year');
    }
    const dir = this.dirAfter(k);
    if (dir) {
      sem.dir = dir.dir;
      return this.emit(start, dir.e, sem, 'month-dir');
    }
    // a bare month: needs a preposition or "mois de"
    const p = this.f(start - 1);
    const tk = this.t[k - 1];
    if (!mo) {
      if (tk.f === 'mai' && tk.cap && !this.allCaps(k - 1)) return undefined;
      if (
        tk.f === 'mars' &&
        tk.cap &&
        !this.allCaps(k - 1) &&
        p !== 'en' &&
        p !== 'depuis' &&
        p !== 'fin' &&
        p !== 'debut'
      )
        return undefined;
      if (
        ![
          'en',
          'de',
          "d'",
          'depuis',
          'des',
          "jusqu'en",
          'fin',
          'debut',
          'mi',
          'courant',
          'avant',
          'apres',
          'vers',
          'entre',
          'et',
          'ou',
          'a',
        ].includes(p)
      )
        return undefined;
      if (p === 'de' || p === "d'" || p === 'et' || p === 'ou' || p === 'a') {
        // "la rentrée de septembre", "entre juin et juillet": need a month-like context
        const pp = this.f(start - 2);
        if (
          p !== 'et' &&
          p !== 'ou' &&
          ![
            'rentree',
            'mois',
            'debut',
            'fin',
            'mi',
            'milieu',
            'courant',
            'partir',
            'juin',
            'juillet',
          ].includes(pp) &&
          MONTHS.get(pp) === undefined
        )
          return undefined;
        if ((p === 'et' || p === 'ou' || p === 'a') && MONTHS.get(this.f(start - 2)) === undefined)
          return undefined;
      }
    }
    return this.emit(start, k, sem, mo ? 'month-of' : 'month');
  }

  /** After a day-grain date: "à 14 h 30", "matin", "soir". */
  withTime(s: number, e: number, sem: Sem & { k: 'cal' | 'rel' | 'wd' }, rule: string): Cand {
    const p = this.part(e);
    if (p) {
      sem.part = p;
      return this.emit(s, e + 1, sem, `${rule}+part`);
    }
    // "lundi 28 novembre au soir"
    const p2 = this.f(e) === 'au' ? this.part(e + 1) : undefined;
    if (p2) {
      sem.part = p2;
      return this.emit(s, e + 2, sem, `${rule}+part`);
    }
    if (this.f(e) === 'a' || this.f(e) === 'à') {
      const c = this.clock(this.f(e + 1) === 'environ' ? e + 2 : e + 1, false);
      if (c && c.hour <= 24) {
        sem.hour = c.hour;
        sem.minute = c.minute;
        return this.emit(s, c.e, sem, `${rule}+time`);
      }
    }
    return this.emit(s, e, sem, rule);
  }

  /** 24/11/2025, 24.11.25, 2013-03-01, 17/02. */
  numericDate(i: number): Cand | undefined {
    const s = this.det(i);
    const tk = this.t[s];
    if (!tk || tk.kind !== 'number') return undefined;
    let m = reIso.exec(tk.text);
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
        return this.withTime(i, s + 1, { k: 'cal', y, m: mo, d }, 'numeric-iso');
      return undefined;
    }
    m = reDotted.exec(tk.text);
    if (m) {
      const d = Number(m[1]);
      const mo = Number(m[2]);
      let y = Number(m[3]);
      if (m[3].length === 2) y += y >= 40 ? 1900 : 2000;
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
        return this.withTime(i, s + 1, { k: 'cal', y, m: mo, d }, 'numeric-dotted');
      return undefined;
    }
    // 24 / 11 / 2025 as separate glued tokens
    if (!reDigits.test(tk.text) || tk.text.length > 2) return undefined;
    if (this.f(s + 1) !== '/' || !this.glued(s + 1) || !this.glued(s + 2)) return undefined;
    const mt = this.t[s + 2];
    if (!mt || mt.kind !== 'number' || !reDigits.test(mt.text) || mt.text.length > 2) return undefined;
    const d = Number(tk.text);
    const mo = Number(mt.text);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
    let e = s + 3;
    let y: number | undefined;
    if (this.f(e) === '/' && this.glued(e) && this.glued(e + 1)) {
      const yt = this.t[e + 1];
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
    } else if (this.f(e) === '/' && this.glued(e)) return undefined;
    // "1/3" without a year is a fraction unless a determiner or "le" precedes
    if (
      y === undefined &&
      s === i &&
      (mt.text.length < 2 || this.f(i - 1) === '(' || this.f(e) === ')') &&
      !['du', 'au', 'le', 'depuis', 'des', 'avant', 'apres'].includes(this.f(i - 1))
    )
      return undefined;
    return this.withTime(i, e, { k: 'cal', y, m: mo, d }, 'numeric-slash');
  }

  /** aujourd'hui, hier, demain, avant-hier, la veille, le lendemain, ce matin, ce soir, cette nuit. */
  relative(i: number): Cand | undefined {
    const w = this.f(i);
    let days: number | undefined;
    let e = i + 1;
    if (
      w === "aujourd'hui" ||
      (w === 'ce' && this.f(i + 1) === 'jour' && this.f(i + 2) !== 'la' && this.f(i + 2) !== '-la')
    ) {
      days = 0;
      if (w === 'ce') e = i + 2;
    } else if (w === 'hier') days = -1;
    else if (w === 'demain') days = 1;
    else if (w === 'avant-hier') days = -2;
    else if (w === 'apres-demain') days = 2;
    else if ((w === 'la' && this.f(i + 1) === 'veille') || (w === 'le' && this.f(i + 1) === 'lendemain')) {
      days = w === 'la' ? -1 : 1;
      e = i + 2;
      // le lendemain du 13 février, la veille de Noël
      if (this.f(e) === 'du' || this.f(e) === 'de') {
        const c = this.calendar(e + 1) ?? this.yearExpr(e + 1);
        if (c && c.sem.k === 'cal' && c.sem.d !== undefined) {
          c.sem.offset = days;
          return this.emit(i, c.e, c.sem, 'relday-of');
        }
      }
      if (this.f(e) === 'au' && this.f(e + 1) === 'soir')
        return this.emit(
          i,
          e + 2,
          { k: 'rel', days, part: PARTS.get('soir'), narrative: true },
          'relday+part',
        );
      return this.withTime(i, e, { k: 'rel', days, narrative: true }, 'relday-narrative');
    }
    if (
      days === 0 &&
      w === "aujourd'hui" &&
      this.t[i].cap &&
      this.f(i + 1) === ',' &&
      (i === 0 || this.t[i - 1].sentence !== this.t[i].sentence)
    ) {
      // "Aujourd'hui, la ville a changé": nowadays
      return this.emit(i, i + 1, { k: 'vague', value: 'PRESENT_REF', type: 'TIME' }, 'vague-today');
    }
    if ((w === 'le' && this.f(i + 1) === 'jour') || w === 'jour') {
      const k = w === 'le' ? i + 2 : i + 1;
      const a = this.f(k);
      if (a === 'precedent' || (a === "d'" && this.f(k + 1) === 'avant'))
        return this.emit(
          i,
          a === "d'" ? k + 2 : k + 1,
          { k: 'rel', days: -1, narrative: true },
          'relday-narrative',
        );
      if (a === 'suivant' || (a === "d'" && this.f(k + 1) === 'apres'))
        return this.emit(
          i,
          a === "d'" ? k + 2 : k + 1,
          { k: 'rel', days: 1, narrative: true },
          'relday-narrative',
        );
    }
    if (days !== undefined) {
      // aujourd'hui vendredi
      if (this.weekday(e) !== undefined && this.day(e + 1) === undefined) e++;
      return this.withTime(i, e, { k: 'rel', days }, 'relday');
    }
    // ce matin, ce soir, cet après-midi, cette nuit, cette matinée
    if (w === 'ce' || w === 'cet' || w === 'cette') {
      const p = this.part(i + 1);
      if (p) return this.emit(i, i + 2, { k: 'part', part: p, days: 0 }, 'this-part');
    }
    if (w === 'maintenant' || (w === 'tout' && this.f(i + 1) === 'de' && this.f(i + 2) === 'suite')) {
      return this.emit(i, w === 'tout' ? i + 3 : i + 1, { k: 'now' }, 'now');
    }
    return undefined;
  }

  /** [le|ce] lundi [même] [prochain|dernier|en huit|de la semaine prochaine] [matin]. */
  weekdayExpr(i: number): Cand | undefined {
    let j = i;
    const w = this.f(i);
    const dem = w === 'ce';
    if (DETS.has(w) || dem) j++;
    let same = false;
    if (dem && this.f(j) === 'meme') {
      same = true;
      j++;
    }
    const wd = this.weekday(j);
    if (wd === undefined) return undefined;
    const wt = this.t[j];
    if (wt.text.endsWith('.') || wt.text.length <= 3) return undefined;
    // "le Journal du Dimanche": a capitalised weekday inside a name
    if (
      wt.cap &&
      !this.allCaps(j) &&
      j === i &&
      (this.f(j - 1) === 'du' || this.f(j - 1) === 'de') &&
      this.t[j - 2]?.cap
    )
      return undefined;
    let e = j + 1;
    let shift: Sem & { k: 'wd' } = { k: 'wd', wd, shift: dem ? 'this' : 'bare' };
    if (dem && this.f(e) === 'meme') {
      same = true;
      e++;
    }
    if (same) shift.shift = 'same';
    const a = this.f(e);
    const b = this.f(e + 1);
    const c = this.f(e + 2);
    if (PAST_WORDS.has(a)) {
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
      if (this.f(k) === 'semaine') {
        const d = this.f(k + 1);
        if (NEXT_WORDS.has(d) || d === "d'" || d === 'qui') {
          shift.shift = 'nextweek';
          e = k + (d === "d'" ? 3 : d === 'qui' ? 3 : 2);
        } else if (PAST_WORDS.has(d)) {
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
    if (w === 'le' && shift.shift === 'bare' && this.part(e) === undefined && this.day(e) === undefined) {
      return this.emit(i, e, { k: 'set', value: `XXXX-WXX-${wd}` }, 'weekday-habitual');
    }
    // a weekday alone: avoid "Lun" and capitalised mid-sentence names ("Mardi gras" is fine)
    if (this.day(e) !== undefined) return undefined; // handled by calendar()
    shift = shift as Sem & { k: 'wd' };
    return this.withTime(i, e, shift, `weekday-${shift.shift}`);
  }

  /** cette semaine, ce mois, cette année, ce week-end, la semaine dernière, l'an prochain, les 3 derniers jours. */
  unitExpr(i: number): Cand | undefined {
    const w = this.f(i);
    let j = i + 1;
    let offset: number | undefined;
    let unitWord = this.f(j);
    if (DEMS.has(w) && w !== 'ces') {
      if (unitWord === 'mois-ci') {
        return this.emit(i, j + 1, { k: 'unit', unit: 'M', offset: 0 }, 'this-unit');
      }
      offset = 0;
      if (unitWord === 'meme' || unitWord === 'même') {
        j++;
        unitWord = this.f(j);
      }
    } else if (DETS.has(w)) {
      if (unitWord === 'nouvelle' || unitWord === 'nouvel') {
        // la nouvelle année, le nouvel an: the year starting (or just started)
        if (w === 'la' && this.f(j + 1) === 'annee')
          return this.emit(i, j + 2, { k: 'unit', unit: 'Y', offset: 0, coming: true }, 'new-year');
        return undefined;
      }
      // la semaine dernière, l'an prochain, le mois suivant
      const d = this.f(j + 1);
      if (PAST_WORDS.has(d)) offset = -1;
      else if (NEXT_WORDS.has(d) || FOLLOWING.has(d)) offset = 1;
      else if (d === 'qui' && (this.f(j + 2) === 'suit' || this.f(j + 2) === 'vient')) offset = 1;
      else if (d === "d'" && this.f(j + 2) === 'apres') offset = 1;
      else if (
        w !== 'les' &&
        (unitWord === 'an' || unitWord === 'annee') &&
        this.year4(j + 1) !== undefined
      ) {
        return this.emit(i, j + 2, { k: 'cal', y: this.year4(j + 1) }, 'year-of');
      }
      // la dernière semaine
      else if (PAST_WORDS.has(unitWord) && w !== 'les') return undefined;
    } else if ((w === 'annee' || w === 'an') && this.year4(i + 1) !== undefined && this.f(i - 1) !== 'par') {
      return this.emit(i, i + 2, { k: 'cal', y: this.year4(i + 1) }, 'year-of');
    } else if (
      (w === 'ces' || w === 'les') &&
      (PAST_WORDS.has(this.f(i + 1)) || NEXT_WORDS.has(this.f(i + 1)))
    ) {
      // ces derniers jours, les prochaines semaines: vague durations
      const u = UNITS.get(this.f(i + 2));
      if (u && 'YMWD'.includes(u[0]) && u.length === 1)
        return this.emit(i, i + 3, { k: 'dur', unit: u }, 'vague-span');
      return undefined;
    }
    // les 3 derniers jours, 2 dernières semaines, 3 prochaines heures
    const q = w === 'les' || w === 'ces' ? this.number(i + 1) : this.number(i);
    if (q?.v !== undefined && Number.isInteger(q.v) && q.v > 0 && q.v < 1000) {
      const d = this.f(q.e);
      const u = spanUnit(UNITS.get(this.f(q.e + 1)));
      const u2 = spanUnit(UNITS.get(d));
      const mult = (x: string | undefined, v: number) =>
        v * (x === 'Q' ? 3 : x === 'HY' ? 6 : x === 'DE' ? 10 : x === 'CE' ? 100 : 1);
      const raw = UNITS.get(this.f(q.e + 1));
      const raw2 = UNITS.get(d);
      if (u && raw !== u) q.v = mult(raw, q.v);
      else if (u2 && raw2 !== u2) q.v = mult(raw2, q.v);
      if (u && (PAST_WORDS.has(d) || NEXT_WORDS.has(d)))
        return this.emit(
          i,
          q.e + 2,
          { k: 'span', n: q.v, unit: u, dir: PAST_WORDS.has(d) ? -1 : 1 },
          'counted-span',
        );
      const d2 = this.f(q.e + 1);
      if (u2 && (PAST_WORDS.has(d2) || d2 === 'suivant' || d2 === 'suivantes' || d2 === 'suivants'))
        return this.emit(
          i,
          q.e + 2,
          { k: 'span', n: q.v, unit: u2, dir: PAST_WORDS.has(d2) ? -1 : 1 },
          'counted-span',
        );
    }
    if (offset === undefined) return undefined;
    let unit: 'D' | 'W' | 'M' | 'Y' | 'WE' | undefined;
    if (unitWord === 'semaine') unit = 'W';
    else if (unitWord === 'mois') unit = 'M';
    else if (unitWord === 'annee' || unitWord === 'an') unit = 'Y';
    else if (unitWord === 'week-end' || unitWord === 'weekend') unit = 'WE';
    else if (SEASONS.has(unitWord)) {
      const e = DETS.has(w) ? j + 2 : j + 1;
      return this.emit(i, e, { k: 'season', s: SEASONS.get(unitWord)!, offset }, 'season-rel');
    }
    if (!unit) return undefined;
    let e = DETS.has(w) ? j + 2 : j + 1;
    if (DETS.has(w) && this.f(j + 1) === 'qui') e = j + 3;
    if (DETS.has(w) && this.f(j + 1) === "d'") e = j + 3;
    if (unit === 'Y' && unitWord === 'an' && offset === 0 && DEMS.has(w)) {
      // "cet an" is rare; accept
    }
    if (unit === 'M' && offset === 0 && this.f(e) === '-ci') e++;
    if (unit === 'Y' && this.year4(e) !== undefined && offset === 0) return undefined; // cette année 2025 -> year
    return this.emit(i, e, { k: 'unit', unit, offset }, 'unit-rel');
  }

  /** Clock times: 14h30, 14 h 30, à midi, vers 8 heures, 15:30, (in a set of rules) and parts of the day. */
  timeExpr(i: number): Cand | undefined {
    const w = this.f(i);
    // meals: pendant le déjeuner, à l'heure du déjeuner, après (le) déjeuner, avant le déjeuner
    {
      let k = i;
      let kind: 'at' | 'after' | 'before' | undefined;
      if (w === 'pendant' || w === 'durant') kind = 'at';
      else if (w === 'apres') kind = 'after';
      else if (w === 'avant') kind = 'before';
      else if (w === 'a' && this.f(i + 1) === "l'" && this.f(i + 2) === 'heure' && this.f(i + 3) === 'du') {
        kind = 'at';
        k = i + 3;
      } else if (
        w === 'au' &&
        this.f(i + 1) === 'moment' &&
        (this.f(i + 2) === 'du' || this.f(i + 2) === 'de')
      ) {
        kind = 'at';
        k = i + 2;
      }
      if (kind) {
        let m = k + 1;
        if (this.f(m) === 'le' || this.f(m) === 'du') m++;
        if (this.f(m) === 'dejeuner') {
          const part = MEALS[kind];
          return this.emit(
            kind === 'at' && k === i ? i + 1 : k === i ? i : i + 1,
            m + 1,
            { k: 'part', part },
            'part-meal',
          );
        }
        if (kind === 'after' && this.f(k + 1) === 'le' && this.f(k + 2) === 'travail')
          return this.emit(i, k + 3, { k: 'part', part: { code: 'EV', from: 17, to: 21 } }, 'part-meal');
      }
    }
    // la matinée du 15 février, la nuit du 4 au 5 août
    if (
      this.part(i) &&
      (this.f(i + 1) === 'du' || this.f(i + 1) === 'de') &&
      this.t[i + 2]?.kind === 'number'
    ) {
      const c = this.calendar(i + 2);
      if (
        c &&
        c.sem.k === 'cal' &&
        c.sem.d !== undefined &&
        c.sem.m !== undefined &&
        c.sem.part === undefined &&
        c.sem.hour === undefined
      )
        return this.emit(i, i + 1, { k: 'part', part: this.part(i)! }, 'part');
    }
    // tôt le matin, très tôt le matin
    if (w === 'tot' || (w === 'tres' && this.f(i + 1) === 'tot')) {
      const k = w === 'tot' ? i + 1 : i + 2;
      const p =
        (this.f(k) === 'le' || this.f(k) === 'dans') && this.part(this.f(k) === 'dans' ? k + 2 : k + 1);
      if (p)
        return this.emit(
          i,
          k + (this.f(k) === 'dans' ? 3 : 2),
          { k: 'part', part: p, sub: 'START' },
          'part-early',
        );
    }
    // dans la semaine
    if (
      w === 'dans' &&
      this.f(i + 1) === 'la' &&
      this.f(i + 2) === 'semaine' &&
      !NEXT_WORDS.has(this.f(i + 3)) &&
      !PAST_WORDS.has(this.f(i + 3)) &&
      this.f(i + 3) !== 'du' &&
      this.f(i + 3) !== 'de'
    )
      return this.emit(i, i + 3, { k: 'unit', unit: 'W', offset: 0 }, 'unit-rel');
    // la semaine du 6 octobre
    if (
      (w === 'la' || w === 'semaine') &&
      (w === 'semaine' || this.f(i + 1) === 'semaine') &&
      this.f(w === 'la' ? i + 2 : i + 1) === 'du'
    ) {
      const k = w === 'la' ? i + 3 : i + 2;
      const c = this.calendar(k);
      if (
        c &&
        c.sem.k === 'cal' &&
        c.sem.d !== undefined &&
        c.sem.m !== undefined &&
        c.sem.hour === undefined &&
        c.sem.part === undefined
      ) {
        c.sem.week = true;
        return this.emit(i, c.e, c.sem, 'week-of');
      }
    }
    // le premier jour / la première semaine / la deuxième quinzaine / le dernier mercredi d'octobre (2014)
    {
      const k = DETS.has(w) ? i + 1 : i;
      const tk = this.t[k];
      const o = tk
        ? (ORDINALS.get(tk.f) ?? (reOrdinal.test(tk.text) ? Number(reOrdinal.exec(tk.text)![1]) : undefined))
        : undefined;
      if (o !== undefined && o !== 0) {
        const what = this.f(k + 1);
        const wdn = WEEKDAYS.get(what);
        const kinds = what === 'jour' || what === 'semaine' || what === 'quinzaine' || wdn !== undefined;
        const de = this.f(k + 2);
        // le premier trimestre 2025, au deuxième semestre, le dernier trimestre de l'année dernière
        if ((what === 'trimestre' || what === 'semestre') && o <= (what === 'trimestre' ? 4 : 2)) {
          const q = {
            k: 'quarter' as const,
            n: o > 0 ? o : what === 'trimestre' ? 4 : 2,
            half: what === 'semestre',
          };
          let e = k + 2;
          const y = this.year4(e);
          if (y !== undefined) return this.emit(i, e + 1, { ...q, y }, 'quarter');
          if (
            (de === 'de' || de === "d'") &&
            (this.f(k + 3) === "l'" || this.f(k + 3) === 'cette') &&
            this.f(k + 4) === 'annee'
          ) {
            e = k + 5;
            const d = this.dirAfter(e);
            if (d) return this.emit(i, d.e, { ...q, offset: d.dir }, 'quarter');
            return this.emit(i, e, { ...q, offset: 0 }, 'quarter');
          }
          const d = this.dirAfter(e);
          if (d) return this.emit(i, d.e, { ...q, rel: d.dir }, 'quarter');
          return this.emit(i, e, q, 'quarter');
        }
        if (kinds && (de === 'de' || de === "d'" || de === 'du')) {
          let m = k + 3;
          if (this.f(m) === 'mois' && (this.f(m + 1) === 'de' || this.f(m + 1) === "d'")) m += 2;
          const mo = this.month(m, true);
          const nth = { k: 'nth' as const, n: o, what: wdn !== undefined ? 'wd' : what, wd: wdn };
          if (mo !== undefined) {
            const y = this.yearAfterMonth(m + 1);
            return this.emit(i, m + 1 + (y !== undefined ? 1 : 0), { ...nth, m: mo, y }, 'nth-of-month');
          }
          if (this.f(m) === 'mois' && de !== "d'") {
            const d = this.dirAfter(m + 1);
            if (d) return this.emit(i, d.e, { ...nth, monthOffset: d.dir }, 'nth-of-month');
            return this.emit(i, m + 1, { ...nth, monthOffset: 0 }, 'nth-of-month');
          }
        }
      }
    }
    // fin d'après-midi, début de soirée (without "en")
    if (
      (w === 'fin' || w === 'debut' || w === 'milieu') &&
      (this.f(i + 1) === "d'" || this.f(i + 1) === 'de')
    ) {
      let m = i + 2;
      if (this.f(m) === 'la' || this.f(m) === "l'") m++;
      const p = this.part(m);
      if (p)
        return this.emit(
          i,
          m + 1,
          { k: 'part', part: p, sub: w === 'fin' ? 'END' : w === 'debut' ? 'START' : 'MID' },
          'part-sub',
        );
    }
    // la nuit, la soirée, dans la matinée, le matin (même), en soirée, en début de matinée
    if (w === 'la' || w === 'le' || w === "l'") {
      const p = this.part(i + 1);
      if (p) {
        let e = i + 2;
        if (this.f(e) === 'meme') e++;
        if (this.f(e) === 'tot' || (this.f(e) === 'tres' && this.f(e + 1) === 'tot'))
          return this.emit(
            i,
            e + (this.f(e) === 'tres' ? 2 : 1),
            { k: 'part', part: p, sub: 'START' },
            'part-early',
          );
        // "le soir de noël"
        return this.emit(i, e, { k: 'part', part: p }, 'part');
      }
    }
    if (w === 'en' || w === 'au' || w === 'a') {
      // en début de matinée, au milieu de l'après-midi, à la fin de la soirée
      let k = i + 1;
      if (w === 'a' && this.f(k) === 'la') k++;
      const pm = this.f(k);
      const sub: PMod | undefined =
        pm === 'debut' ? 'START' : pm === 'milieu' ? 'MID' : pm === 'fin' ? 'END' : undefined;
      if (sub && (this.f(k + 1) === 'de' || this.f(k + 1) === "d'" || this.f(k + 1) === 'du')) {
        let m = k + 2;
        if (this.f(m) === 'la' || this.f(m) === "l'") m++;
        const pw = this.f(m);
        if (pw === 'journee')
          return this.emit(
            i + 1,
            m + 1,
            { k: 'part', part: { code: 'DT', from: 8, to: 19 }, sub },
            'part-sub',
          );
        const p = this.part(m);
        if (p) return this.emit(i + 1, m + 1, { k: 'part', part: p, sub }, 'part-sub');
        if (pw === 'semaine')
          return this.emit(i + 1, m + 1, { k: 'unit', unit: 'W', offset: 0, pmod: sub }, 'unit-sub');
        if (pw === 'mois')
          return this.emit(i + 1, m + 1, { k: 'unit', unit: 'M', offset: 0, pmod: sub }, 'unit-sub');
        if (pw === 'annee') {
          const d = this.dirAfter(m + 1);
          if (d) return this.emit(i + 1, d.e, { k: 'unit', unit: 'Y', offset: d.dir, pmod: sub }, 'unit-sub');
          return this.emit(i + 1, m + 1, { k: 'unit', unit: 'Y', offset: 0, pmod: sub }, 'unit-sub');
        }
      }
      if (w === 'en') {
        const p = this.part(i + 1);
        if (p && this.t[i + 1].f !== 'matin') return this.emit(i + 1, i + 2, { k: 'part', part: p }, 'part');
      }
    }
    if (w === 'dans' && (this.f(i + 1) === 'la' || this.f(i + 1) === "l'")) {
      const p = this.part(i + 2);
      if (p) return this.emit(i + 1, i + 3, { k: 'part', part: p }, 'part');
      if (this.f(i + 2) === 'journee')
        return this.emit(i + 1, i + 3, { k: 'part', part: { code: 'DT', from: 8, to: 19 } }, 'part');
    }
    // la journée de lundi, la journée d'aujourd'hui: the day itself
    if (
      w === 'la' &&
      this.f(i + 1) === 'journee' &&
      (this.f(i + 2) === 'de' || this.f(i + 2) === "d'" || this.f(i + 2) === 'du')
    ) {
      const c = this.relative(i + 3) ?? this.weekdayExpr(i + 3) ?? this.calendar(i + 3);
      if (c && c.sem.k !== 'part' && c.sem.k !== 'vague') return this.emit(i, c.e, c.sem, `${c.rule}-day`);
    }
    // cette journée
    if ((w === 'cette' || w === 'cet') && this.f(i + 1) === 'journee')
      return this.emit(i, i + 2, { k: 'rel', days: 0 }, 'relday');
    // au lendemain du drame
    if (w === 'au' && (this.f(i + 1) === 'lendemain' || this.f(i + 1) === 'surlendemain'))
      return this.emit(
        i + 1,
        i + 2,
        { k: 'rel', days: this.f(i + 1) === 'lendemain' ? 1 : 2, narrative: true },
        'relday-narrative',
      );
    // "à environ 15 heures"
    if (w === 'environ' && (this.f(i - 1) === 'a' || this.f(i - 1) === 'vers')) {
      const c = this.clock(i + 1, false);
      if ((c && this.t[i + 1].kind === 'number') || (c && this.f(i + 2).startsWith('heure')))
        return this.emit(i, c!.e, { k: 'time', hour: c!.hour % 24, minute: c!.minute, tz: c!.tz }, 'clock');
    }
    // "de 15 à 17 heures", "entre 9 et 11 h": the first hour of a clock interval
    if (
      this.t[i].kind === 'number' &&
      /^\d{1,2}$/.test(this.t[i].text) &&
      (this.f(i - 1) === 'de' || this.f(i - 1) === 'entre')
    ) {
      const c0 = this.f(i + 1);
      const h = Number(this.t[i].text);
      if (h <= 24 && (c0 === 'a' || c0 === 'et' || c0 === '-')) {
        const c2 = this.clock(i + 2, false);
        if (c2 && this.t[i + 2].kind === 'number' && c2.hour > h && this.f(i + 3) !== ':')
          return this.emit(i, i + 1, { k: 'time', hour: h, minute: 0 }, 'clock-interval');
      }
    }
    // clock times
    const prev = this.f(i - 1);
    const durCtx =
      DUR_PREV.has(prev) &&
      prev !== 'sur' &&
      !(prev === 'environ' && (/^\d{1,2}[hH]\d{2}$/.test(this.t[i].text) || this.f(i - 2) === 'est'));
    const c = this.clock(i, true);
    if (!c) return undefined;
    const tk = this.t[i];
    const viaWord = tk.kind !== 'number' && tk.f !== 'midi' && tk.f !== 'minuit';
    if (durCtx && tk.f !== 'midi' && tk.f !== 'minuit') return undefined; // a duration
    // "deux heures" alone is a duration; "onze heures trois quarts" is a clock
    if (
      viaWord &&
      !CLOCK_PREV.has(prev) &&
      !(this.f(i + 1).startsWith('heure') && (this.f(i + 2) === 'trois' || this.f(i + 2) === 'moins'))
    )
      return undefined;
    if (c.hour === 24 && c.minute > 0) return undefined;
    // "2 h 15 d'attente", "à 3 h de route": an amount of time
    const after = this.t[c.e + 1];
    if (
      tk.kind === 'number' &&
      !c.tz &&
      (this.f(c.e) === 'de' || this.f(c.e) === "d'") &&
      after?.kind === 'word' &&
      !after.cap &&
      !PARTS.has(after.f) &&
      after.f !== "l'" &&
      after.f !== 'la' &&
      !FUNCTION_WORDS.has(after.f)
    ) {
      const n = c.hour + c.minute / 60;
      return this.emit(i, c.e, { k: 'dur', n, unit: 'H' }, 'duration-clock');
    }
    return this.emit(i, c.e, { k: 'time', hour: c.hour % 24, minute: c.minute, tz: c.tz }, 'clock');
  }

  /** Durations: quatre jours, 30,4 secondes, environ deux mois, plusieurs années, un quart de siècle. */
  duration(i: number): Cand | undefined {
    const s = i;
    let j = i;
    const w = this.f(i);
    // modifiers kept inside the extent (TimeML: mod)
    if (APPROX_PREFIX.has(w)) {
      if (w === 'environ' || w === 'presque' || w === 'quasiment') j++;
      else if (
        (w === 'pres' || w === 'plus' || w === 'moins' || w === 'bien') &&
        (this.f(i + 1) === 'de' || this.f(i + 1) === "d'")
      ) {
        // "les moins de 17 ans" is an age group
        if (this.f(i - 1) === 'les' || this.f(i - 1) === 'des' || this.f(i - 1) === 'aux') return undefined;
        j += 2;
      } else if (w === 'au' && this.f(i + 1) === 'moins') j += 2;
      else return undefined;
    }
    // il y a trois jours / dans deux semaines / d'ici deux ans
    let dir: -1 | 1 | undefined;
    if (w === 'il' && this.f(i + 1) === 'y' && this.f(i + 2) === 'a') {
      dir = -1;
      j = i + 3;
    } else if (w === 'dans' && this.t[i + 1] && this.f(i + 1) !== 'la' && this.f(i + 1) !== 'les') {
      dir = 1;
      j = i + 1;
    }
    if (dir !== undefined && this.f(j) === 'environ') j++;
    let q = this.number(j, true);
    // un quart de siècle, un demi-siècle, une demi-heure
    if ((this.f(j) === 'un' || this.f(j) === 'une') && this.f(j + 1) === 'quart' && this.f(j + 2) === 'de') {
      const u = UNITS.get(this.f(j + 3));
      if (u === 'CE') return this.emit(s, j + 4, { k: 'dur', n: 25, unit: 'Y' }, 'duration');
      if (u === 'H') return this.emit(s, j + 4, { k: 'dur', n: 15, unit: 'MIN' }, 'duration');
    }
    if (
      (this.f(j) === 'un' || this.f(j) === 'une') &&
      (this.f(j + 1) === 'demi-siecle' || this.f(j + 1) === 'demi-heure')
    ) {
      return this.emit(
        s,
        j + 2,
        this.f(j + 1) === 'demi-heure' ? { k: 'dur', n: 30, unit: 'MIN' } : { k: 'dur', n: 50, unit: 'Y' },
        'duration',
      );
    }
    if (!q) {
      // bare units that name a span: quinquennat, septennat
      const u = UNITS.get(this.f(j));
      if (u && /^\d+Y$/.test(u) && dir === undefined && (w === 'un' || w === 'le' || w === 'du' || s === j)) {
        return this.emit(j, j + 1, { k: 'dur', n: Number.parseInt(u, 10), unit: 'Y' }, 'duration-noun');
      }
      return undefined;
    }
    if (
      q.v === undefined &&
      this.f(j) === 'des' &&
      dir === undefined &&
      !['depuis', 'pendant', 'durant', 'il'].includes(this.f(s - 1))
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
      this.t[j].kind === 'number' &&
      dir === undefined &&
      (this.f(k) === '"' || this.f(k) === '″') &&
      this.glued(k)
    ) {
      const h = this.t[k + 1];
      if (h && h.kind === 'number' && /^\d{2}$/.test(h.text) && this.glued(k + 1))
        return this.emit(s, k + 2, { k: 'dur', n: q.v + Number(h.text) / 100, unit: 'S' }, 'duration-sport');
      if (this.f(j - 1) === 'en' && (!h || h.kind !== 'word' || !h.cap))
        return this.emit(s, k + 1, { k: 'dur', n: q.v, unit: 'S' }, 'duration-sport');
    }
    // "7 à 10 jours", "entre 2 et 3 ans": a vague amount
    if (q.v !== undefined && dir === undefined) {
      const c = this.f(k);
      const group = ['les', 'des', 'aux', 'ces'].includes(this.f(s - 1)); // "les 18-34 ans": an age group
      if (!group && (c === 'a' || c === '-' || c === 'ou' || (c === 'et' && this.f(s - 1) === 'entre'))) {
        const q2 = this.number(k + 1);
        const u2 = q2 ? UNITS.get(this.f(q2.e)) : undefined;
        if (
          q2?.v !== undefined &&
          q2.v > q.v &&
          u2 &&
          !/^\d/.test(u2) &&
          u2 !== 'X' &&
          u2 !== 'H' &&
          (this.t[j].kind === 'number') === (this.t[k + 1].kind === 'number')
        ) {
          const unit = u2 === 'DE' || u2 === 'CE' ? 'Y' : u2 === 'Q' || u2 === 'HY' ? 'M' : u2;
          if (!(unit === 'Y' && (this.f(s - 1) === 'de' || this.f(s - 1) === "d'" || this.f(s - 1) === 'a')))
            return this.emit(s, q2.e + 1, { k: 'dur', unit }, 'duration-range');
        }
      }
    }
    let u = UNITS.get(this.f(k));
    let frac = 0;
    if (!u) return undefined;
    if (u === 'X' || /^\d/.test(u)) return undefined;
    // "20 Minutes" (a newspaper); "une seconde journée" (second, the ordinal)
    const ut = this.t[k];
    if (ut.cap && !this.allCaps(k) && k > 0 && this.t[k - 1].sentence === ut.sentence) return undefined;
    if (
      (ut.f === 'seconde' || ut.f === 'secondes') &&
      this.t[k + 1]?.kind === 'word' &&
      !FUNCTION_WORDS.has(this.f(k + 1)) &&
      !['et', 'plus', 'apres', 'avant', 'environ'].includes(this.f(k + 1))
    )
      return undefined;
    if (
      u === 'S' &&
      this.f(k) === 's' &&
      !this.glued(k) &&
      this.t[q.e - 1].kind === 'number' &&
      !/[.,]/.test(this.t[q.e - 1].text)
    ) {
      // "30 s" needs a decimal or a sports/time context; accept only decimals
      return undefined;
    }
    if (u === 'MIN' && (this.f(k) === 'min' || this.f(k) === 'mn') && this.f(k + 1) === '.') k++;
    k++;
    // "ans" for ages: "un homme de 38 ans", "(38 ans)", "à 97 ans", "âgé de"
    const prev = this.f(s - 1);
    if (u === 'Y' && dir === undefined) {
      // look through modifiers: "âgée d'environ 16 ans"
      let b = s - 1;
      while (
        b > s - 4 &&
        b >= 0 &&
        ['environ', 'presque', 'quasiment', 'pres', 'plus', 'moins', 'au', 'bien'].includes(this.f(b))
      ) {
        b--;
        if (this.f(b) === 'de' || this.f(b) === "d'") b--;
      }
      if (b < s - 1) {
        const p0 = this.f(b);
        if (p0 === "d'" || p0 === 'de' || p0 === 'age' || p0 === 'agee' || p0 === 'ages' || p0 === 'agees')
          if (!PERIOD_NOUNS.has(this.f(b - 1))) return undefined;
      }
      // "les 18-34 ans": an age group
      if (
        prev === '-' &&
        this.t[s - 2]?.kind === 'number' &&
        ['les', 'des', 'aux', 'ces', 'de', "d'", '('].includes(this.f(s - 3))
      )
        return undefined;
      // "condamné à deux ans" is a duration, "mort à 97 ans" an age
      const pp = this.t[s - 2]?.text.toLowerCase() ?? '';
      const sentenced = /(?:é|ée|és|ées)$/.test(pp) && !/(?:décédé|décédée|éteint|disparu)$/.test(pp);
      if (
        (prev === 'a' &&
          (this.t[s - 1].text === 'a' ? this.f(s - 2) !== 'y' : this.f(s - 2) !== 'ici' && !sentenced)) ||
        prev === '(' ||
        prev === 'age' ||
        prev === 'agee' ||
        prev === 'ages'
      )
        return undefined;
      if (
        (prev === 'de' || prev === "d'") &&
        !PERIOD_NOUNS.has(this.f(s - 2)) &&
        !(q.v === undefined && this.f(j) === 'des')
      )
        return undefined;
      if (prev === ',' && this.f(k) === ',') return undefined;
      if (this.f(k) === ')') return undefined;
      if (this.f(k) === 'plus' && this.f(k + 1) === 'tard') {
        // deux ans plus tard
      }
    }
    if (
      u === 'H' &&
      this.f(k - 1) === 'h' &&
      dir === undefined &&
      !DUR_PREV.has(prev) &&
      !APPROX_PREFIX.has(w)
    )
      return undefined; // a clock time
    if (
      u === 'H' &&
      dir === undefined &&
      this.t[q.e - 1].kind === 'number' &&
      !DUR_PREV.has(prev) &&
      !APPROX_PREFIX.has(w) &&
      q.v! <= 24 &&
      (CLOCK_PREV.has(prev) || prev === '')
    )
      return undefined;
    // "deux ans et demi", "une heure et demie"
    if (this.f(k) === 'et' && (this.f(k + 1) === 'demi' || this.f(k + 1) === 'demie')) {
      frac = 0.5;
      k += 2;
    }
    // "1 h 30" as a duration
    if (u === 'H' && this.t[k]?.kind === 'number' && /^\d{2}$/.test(this.t[k].text) && dir === undefined) {
      frac = Number(this.t[k].text) / 60;
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
    const after = this.f(k);
    if (
      dir === undefined &&
      n !== undefined &&
      (after === 'plus' ||
        after === 'apres' ||
        after === 'auparavant' ||
        after === 'avant' ||
        after === 'tot')
    ) {
      // "deux jours plus tard" is anchored on an event of the story (TimeML: a DURATION); only a phrase
      // standing alone is read against the reference date
      const alone = s === 0 && (k + 2 >= this.t.length || this.t[k + 2].kind === 'punct');
      if (!alone) return this.emit(s, k, { k: 'dur', n, unit: u }, 'duration');
      if (after === 'plus' && (this.f(k + 1) === 'tard' || this.f(k + 1) === 'tot'))
        return this.emit(
          s,
          k + 2,
          { k: 'shift', n, unit: u, dir: this.f(k + 1) === 'tard' ? 1 : -1 },
          'shift-after',
        );
      if (
        (after === 'apres' || after === 'auparavant' || after === 'avant') &&
        !this.t[k + 1]?.kind.startsWith('w')
      )
        return this.emit(
          s,
          k + 1,
          { k: 'shift', n, unit: u, dir: after === 'apres' ? 1 : -1 },
          'shift-after',
        );
    }
    if (dir !== undefined) {
      // "il y a quelques mois": the French TimeBank keeps the vague duration (PXM) without "il y a"
      if (n === undefined) return undefined;
      return this.emit(i, k, { k: 'shift', n, unit: u, dir }, dir < 0 ? 'ago' : 'in');
    }
    // "2 mn 14 secondes", "3 ans et 6 mois": a compound amount
    if (n !== undefined && Number.isInteger(n)) {
      let k2 = k;
      if (this.f(k2) === 'et') k2++;
      const q2 = this.number(k2);
      const u2 = q2 ? UNITS.get(this.f(q2.e)) : undefined;
      const order = ['Y', 'M', 'W', 'D', 'H', 'MIN', 'S'];
      if (
        q2?.v !== undefined &&
        u2 &&
        order.indexOf(u2) > order.indexOf(u) &&
        order.indexOf(u) >= 0 &&
        (u2 !== 'M' || u === 'Y')
      ) {
        const parts: Record<string, number> = { [u]: n, [u2]: q2.v };
        return this.emit(
          s,
          q2.e + 1,
          { k: 'dur', unit: u, n, value: compoundValue(parts) },
          'duration-compound',
        );
      }
    }
    return this.emit(s, k, { k: 'dur', n, unit: u }, 'duration');
  }

  /** Years and year ranges: en 2026, 1998, 2002/2003, 2019-2020; decades; centuries; seasons; holidays. */
  yearExpr(i: number): Cand | undefined {
    const w = this.f(i);
    // les années 1990, les années 90, années 2000
    if ((w === 'les' && this.f(i + 1) === 'annees') || w === 'annees') {
      const k = w === 'les' ? i + 2 : i + 1;
      const tk = this.t[k];
      if (tk && tk.kind === 'number' && reDigits.test(tk.text)) {
        const v = Number(tk.text);
        if (tk.text.length === 4 && v % 10 === 0)
          return this.emit(i, k + 1, { k: 'decade', dec: v / 10 }, 'decade');
        if (tk.text.length === 2 && v % 10 === 0)
          return this.emit(i, k + 1, { k: 'decade', dec: 190 + v / 10 }, 'decade');
      }
      const nw = numberWord(this.f(k));
      if (nw !== undefined && nw >= 20 && nw % 10 === 0 && nw < 100)
        return this.emit(i, k + 1, { k: 'decade', dec: 190 + nw / 10 }, 'decade');
    }
    // le XXe siècle, au 19e siècle
    {
      const k = this.det(i);
      const tk = this.t[k];
      // "XX e siècle" written apart
      const apart = tk && (this.f(k + 1) === 'e' || this.f(k + 1) === 'eme') && this.f(k + 2) === 'siecle';
      if (apart) {
        const c = /^[ivxlc]+$/i.test(tk.text) ? roman(tk.text.toLowerCase()) : undefined;
        if (c !== undefined && c > 0 && c <= 22)
          return this.emit(i, k + 3, { k: 'century', c: c - 1 }, 'century');
      }
      if (tk && this.f(k + 1) === 'siecle') {
        let c: number | undefined;
        const r = reRomanCentury.exec(tk.text);
        if (r) c = roman(r[1].toLowerCase());
        const o = reOrdinal.exec(tk.text);
        if (o) c = Number(o[1]);
        if (c !== undefined && c > 0 && c <= 22) {
          // "du XXe siècle": starts at the numeral
          return this.emit(i, k + 2, { k: 'century', c: c - 1 }, 'century');
        }
      }
    }
    // seasons: l'été 2024, en été, l'hiver dernier, été comme hiver
    {
      const k = this.det(i);
      const sw = this.f(k);
      const s = SEASONS.get(sw);
      // "ont été passées": été is a participle after avoir
      const auxBefore =
        AVOIR.has(this.t[k - 1]?.text.toLowerCase() ?? '') ||
        (sw === 'ete' &&
          this.t[k + 1]?.kind === 'word' &&
          /(?:é|ée|és|ées|is|ise|it|ite|u|ue|us)$/.test(this.t[k + 1].text) &&
          this.dirAfter(k + 1) === undefined);
      if (
        s &&
        !(sw === 'ete' && auxBefore) &&
        (k > i ||
          this.f(i - 1) === 'en' ||
          (sw !== 'ete' && this.f(i - 1) === ',') ||
          (sw !== 'ete' && this.t[i].cap) ||
          this.f(i - 1) === 'comme' ||
          this.f(i + 1) === 'comme' ||
          this.year4(k + 1) !== undefined ||
          this.dirAfter(k + 1))
      ) {
        if (sw === 'automne' || sw === 'printemps' || sw === 'ete' || sw === 'hiver') {
          const y = this.year4(k + 1);
          if (y !== undefined) return this.emit(i, k + 2, { k: 'season', s, y }, 'season-year');
          const d = this.dirAfter(k + 1);
          if (d) return this.emit(i, d.e, { k: 'season', s, offset: d.dir }, 'season-rel');
          // "le Printemps marseillais", "Le Printemps" (a painting): a capitalised name, not the season
          if (
            this.t[k].cap &&
            !this.allCaps(k) &&
            (k > i || this.t[k + 1]?.kind === 'word') &&
            this.f(k + 1) !== 'comme'
          )
            return undefined;
          if (k > i && this.f(k + 1) !== 'de' && this.f(k + 1) !== "d'" && this.t[i].f !== 'les')
            return this.emit(i, k + 1, { k: 'season', s, det: true }, 'season');
          if (k === i) return this.emit(i, k + 1, { k: 'season', s }, 'season');
        }
      }
      // les mois d'été
      if (
        (w === 'les' || w === 'des') &&
        this.f(i + 1) === 'mois' &&
        this.f(i + 2) === "d'" &&
        SEASONS.has(this.f(i + 3))
      )
        return this.emit(i, i + 4, { k: 'season', s: SEASONS.get(this.f(i + 3))! }, 'season');
    }
    // holidays
    const hk = this.det(i);
    if (HOLIDAY_FIRST.has(this.f(hk))) {
      const k = hk;
      for (let len = 4; len >= 1; len--) {
        if (k + len > this.t.length) continue;
        let key = '';
        for (let x = k; x < k + len; x++)
          key += (x > k && !this.t[x - 1].f.endsWith("'") ? ' ' : '') + this.t[x].f;
        const md = HOLIDAYS.get(key);
        if (md) {
          const [mm, dd] = md.split('-').map(Number);
          // "la fête nationale" needs a capital or "le 14"; keep only named feasts
          if ((key === 'armistice' || key === 'assomption' || key === 'fete nationale') && !this.t[k].cap)
            continue;
          const y = this.year4(k + len);
          return this.emit(
            i,
            k + len + (y !== undefined ? 1 : 0),
            { k: 'cal', m: mm, d: dd, y, holiday: true },
            'holiday',
          );
        }
      }
    }
    // years
    const y = this.year4(i);
    if (y === undefined) return undefined;
    const tk = this.t[i];
    // 2002/2003, 2019-2020
    const sep = this.f(i + 1);
    if ((sep === '/' || sep === '-') && this.glued(i + 1) && this.glued(i + 2)) {
      const y2 = this.year4(i + 2);
      if (y2 !== undefined && y2 > y) return this.emit(i, i + 1, { k: 'cal', y }, 'year-range');
      const t2 = this.t[i + 2];
      if (t2 && t2.kind === 'number' && t2.text.length === 2 && sep === '-')
        return this.emit(i, i + 1, { k: 'cal', y }, 'year-range');
    }
    if ((sep === '/' || sep === '-') && this.glued(i) && this.year4(i - 2) !== undefined)
      return this.emit(i, i + 1, { k: 'cal', y }, 'year-range');
    void tk;
    if (!this.yearContext(i)) return undefined;
    return this.emit(i, i + 1, { k: 'cal', y }, 'year');
  }

  /** Whether a four-digit number at i reads as a year. */
  yearContext(i: number): boolean {
    const prev = this.f(i - 1);
    const next = this.t[i + 1];
    const nf = this.f(i + 1);
    if (next && (MEASURE_NEXT.has(nf) || (next.kind === 'symbol' && this.glued(i + 1)))) return false;
    const strong =
      YEAR_STRONG_PREV.has(prev) || prev === 'de' || prev === "d'" || this.t[i - 1]?.text === 'à';
    if (next && next.kind === 'number' && !strong && !this.t[i - 1]?.cap) return false;
    if (this.t[i - 1]?.kind === 'number' && !this.glued(i)) return false;
    if (this.t[i - 1]?.text === 'à' || this.t[i - 1]?.text === 'À')
      return !(next && next.kind === 'word' && !next.cap && /[sx]$/.test(nf) && !FUNCTION_WORDS.has(nf));
    if (this.t[i - 1]?.text.toLowerCase() === 'dès') return true;
    // "Festival d'Avignon 2016", "BEPC 2016": a name and its year
    if (
      this.t[i - 1]?.cap &&
      this.t[i - 1].kind === 'word' &&
      !(next && next.kind === 'word' && !next.cap && /[sx]$/.test(nf))
    )
      return !YEAR_REJECT_PREV.has(prev);
    if (YEAR_REJECT_PREV.has(prev)) return false;
    if (prev === 'de' || prev === "d'" || prev === 'du') {
      // "de 2000 personnes" vs "présidentielle de 2002"
      if (next && next.kind === 'word' && !FUNCTION_WORDS.has(nf) && !next.cap && /[sx]$/.test(nf))
        return false;
      return true;
    }
    if (YEAR_STRONG_PREV.has(prev)) return true;
    // "2000 manifestants", "1500 tonnes": a count before a plural noun
    if (
      next &&
      next.kind === 'word' &&
      !FUNCTION_WORDS.has(nf) &&
      !next.cap &&
      /[sx]$/.test(nf) &&
      !PAST_WORDS.has(nf)
    )
      return false;
    return true;
  }

  /** début/mi-/fin novembre, fin 2025, début de l'année, à la fin du mois de mars. */
  periodExpr(i: number): Cand | undefined {
    let k = i;
    let s = i;
    const w = this.f(i);
    if (w === 'a' && this.f(i + 1) === 'la' && this.f(i + 2) === 'fin') {
      k = i + 2;
      s = i + 1;
    } else if (w === 'au' && (this.f(i + 1) === 'debut' || this.f(i + 1) === 'milieu')) {
      k = i + 1;
    } else if (
      (w === 'la' || w === 'le') &&
      (this.f(i + 1) === 'fin' || this.f(i + 1) === 'debut' || this.f(i + 1) === 'milieu')
    ) {
      k = i + 1;
    } else if (
      w === 'en' &&
      (this.f(i + 1) === 'fin' || this.f(i + 1) === 'debut' || this.f(i + 1) === 'milieu')
    ) {
      k = i + 1;
      s = i + 1;
    }
    let pw = this.f(k);
    let pmod: PMod | undefined;
    let m: number | undefined;
    if (pw.startsWith('mi-')) {
      pmod = 'MID';
      const rest = pw.slice(3);
      m = MONTHS.get(rest);
      if (m !== undefined) {
        const y = this.yearAfterMonth(k + 1);
        const sem: Sem = { k: 'cal', m, pmod };
        if (y !== undefined) sem.y = y;
        return this.emit(s, k + 1 + (y !== undefined ? 1 : 0), sem, 'period-month');
      }
      if (rest === 'mars' || rest === 'septembre') return undefined;
      const ry = /^\d{4}$/.test(rest) ? Number(rest) : undefined;
      if (ry !== undefined) return this.emit(s, k + 1, { k: 'cal', y: ry, pmod }, 'period-year');
      return undefined;
    }
    if (pw === 'debut') pmod = 'START';
    else if (pw === 'fin') pmod = 'END';
    else if (pw === 'milieu' || pw === 'mi') pmod = 'MID';
    if (!pmod) return undefined;
    if (pw === 'mi' && this.f(k + 1) === '-') k++;
    k++;
    if (this.f(k) === 'du' || this.f(k) === 'de' || this.f(k) === "d'") {
      k++;
      if (this.f(k) === 'la' || this.f(k) === "l'") k++;
    }
    pw = this.f(k);
    if (pw === 'mois' && (this.f(k + 1) === 'de' || this.f(k + 1) === "d'")) k += 2;
    m = this.month(k, true);
    if (m !== undefined) {
      const sem: Sem = { k: 'cal', m, pmod };
      let e = k + 1;
      const y = this.yearAfterMonth(e);
      if (y !== undefined) {
        sem.y = y;
        e++;
      } else {
        const d = this.dirAfter(e);
        if (d) {
          sem.dir = d.dir;
          e = d.e;
        }
      }
      return this.emit(s, e, sem, 'period-month');
    }
    const y = this.year4(k);
    if (y !== undefined) return this.emit(s, k + 1, { k: 'cal', y, pmod }, 'period-year');
    if (pw === 'annee' || pw === 'an' || pw === 'mois' || pw === 'semaine') {
      const unit = pw === 'mois' ? 'M' : pw === 'semaine' ? 'W' : 'Y';
      const d = this.dirAfter(k + 1);
      if (d) return this.emit(s, d.e, { k: 'unit', unit, offset: d.dir, pmod }, 'period-unit');
      if (unit === 'Y' && this.year4(k + 1) !== undefined)
        return this.emit(s, k + 2, { k: 'cal', y: this.year4(k + 1), pmod }, 'period-year');
      return this.emit(s, k + 1, { k: 'unit', unit, offset: 0, pmod }, 'period-unit');
    }
    return undefined;
  }

  /** Sets: chaque année, tous les lundis, tous les deux ans, quotidiennement, par semestre. */
  setExpr(i: number): Cand | undefined {
    const w = this.f(i);
    if (
      w === 'chaque' ||
      ((w === 'tous' || w === 'toutes') && (this.f(i + 1) === 'les' || this.f(i + 1) === 'ces'))
    ) {
      let k = w === 'chaque' ? i + 1 : i + 2;
      let n = 1;
      const q = this.number(k);
      if (q?.v !== undefined && w !== 'chaque') {
        n = q.v;
        k = q.e;
      }
      const wdw = this.f(k);
      const wd = WEEKDAYS.get(wdw);
      if (wd !== undefined && !wdw.endsWith('.')) {
        const p = this.part(k + 1);
        return this.emit(
          i,
          k + (p ? 2 : 1),
          { k: 'set', value: `XXXX-WXX-${wd}${p ? `T${p.code}` : ''}` },
          'set-weekday',
        );
      }
      const p = this.part(k);
      if (p) return this.emit(i, k + 1, { k: 'set', value: `T${p.code}` }, 'set-part');
      if (wdw === 'week-end' || wdw === 'week-ends')
        return this.emit(i, k + 1, { k: 'set', value: 'XXXX-WXX-WE' }, 'set-weekend');
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
        return this.emit(i, k + 1, { k: 'set', value: durationValue(mult, u) }, 'set-unit');
      }
      return undefined;
    }
    // par semestre / par an / par jour: the unit alone
    if (w === 'par') {
      const u = UNITS.get(this.f(i + 1));
      const prev = this.t[i - 1];
      if (
        u &&
        ['Y', 'M', 'W', 'D', 'HY', 'Q'].includes(u) &&
        prev &&
        (prev.kind === 'number' || prev.kind === 'symbol' || prev.kind === 'word')
      ) {
        const uw = this.f(i + 1);
        if (
          uw === 'jour' ||
          uw === 'an' ||
          uw === 'semaine' ||
          uw === 'mois' ||
          uw === 'semestre' ||
          uw === 'trimestre' ||
          uw === 'annee'
        )
          return this.emit(
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
        const prev = this.f(i - 1);
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
        if (this.t[i + 1]?.cap) return undefined;
        if (prev === 'presse' || prev === 'journal' || prev === 'titre' || prev === 'edition')
          return undefined;
        if (this.t[i - 1]?.kind !== 'word') return undefined;
      }
      return this.emit(i, i + 1, { k: 'set', value: sv }, 'set-word');
    }
    return undefined;
  }

  /** PRESENT_REF, PAST_REF, FUTURE_REF words; "à l'époque", "à présent", "en ce moment". */
  vague(i: number): Cand | undefined {
    const w = this.f(i);
    // pour l'heure, pour l'instant, pour le moment, à l'heure actuelle, de nos jours
    if (
      w === 'pour' &&
      ((this.f(i + 1) === "l'" && (this.f(i + 2) === 'heure' || this.f(i + 2) === 'instant')) ||
        (this.f(i + 1) === 'le' && this.f(i + 2) === 'moment'))
    )
      return this.emit(i, i + 3, { k: 'vague', value: 'PRESENT_REF', type: 'DATE' }, 'vague');
    if (w === 'a' && this.f(i + 1) === "l'" && this.f(i + 2) === 'heure' && this.f(i + 3) === 'actuelle')
      return this.emit(i, i + 4, { k: 'vague', value: 'PRESENT_REF', type: 'DATE' }, 'vague');
    if (w === 'de' && this.f(i + 1) === 'nos' && this.f(i + 2) === 'jours')
      return this.emit(i, i + 3, { k: 'vague', value: 'PRESENT_REF', type: 'DATE' }, 'vague');
    // les années à venir, les mois à venir
    if (
      (w === 'les' || w === 'des') &&
      UNITS.has(this.f(i + 1)) &&
      this.f(i + 2) === 'a' &&
      this.f(i + 3) === 'venir'
    )
      return this.emit(i, i + 4, { k: 'vague', value: 'FUTURE_REF', type: 'DATE' }, 'vague');
    // toute la journée, toute la semaine: a whole unit
    if (
      w === 'toute' &&
      this.f(i + 1) === 'la' &&
      (this.f(i + 2) === 'journee' || this.f(i + 2) === 'semaine')
    )
      return this.emit(
        i,
        i + 3,
        { k: 'dur', n: 1, unit: this.f(i + 2) === 'semaine' ? 'W' : 'D' },
        'duration-whole',
      );
    const v = VAGUE.get(w);
    if (v) {
      if (w.startsWith('actuel') && this.f(i - 1) === "l'") return undefined;
      return this.emit(i, i + 1, { k: 'vague', value: v.value, type: v.type }, 'vague');
    }
    if (w === 'a' && this.f(i + 1) === 'present')
      return this.emit(i, i + 2, { k: 'vague', value: 'PRESENT_REF', type: 'DATE' }, 'vague');
    if (w === 'en' && this.f(i + 1) === 'ce' && this.f(i + 2) === 'moment')
      return this.emit(i, i + 3, { k: 'vague', value: 'PRESENT_REF', type: 'DATE' }, 'vague');
    if (
      (w === "l'" || w === 'cette') &&
      this.f(i + 1) === 'epoque' &&
      this.f(i + 2) !== 'de' &&
      this.f(i + 2) !== 'ou'
    ) {
      const adj = this.t[i + 2];
      if (adj && adj.kind === 'word' && !adj.cap && /(?:aine?|ienne?|ique|ale?|ane)$/.test(adj.f))
        return this.emit(i, i + 3, { k: 'vague', value: 'PAST_REF', type: 'TIME' }, 'vague');
      return this.emit(i, i + 2, { k: 'vague', value: 'PAST_REF', type: 'DATE' }, 'vague');
    }
    return undefined;
  }
}

/** A TIMEX3 value for several units at once: { M: 2, S: 14 } -> PT2M14S. */
function compoundValue(parts: Record<string, number>): string {
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
function spanUnit(u: string | undefined): string | undefined {
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
