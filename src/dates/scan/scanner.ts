/**
 * The scanner's view of a Doc's tokens and its state, shared by every family of rules.
 *
 * Nothing is copied per token: the scanner reads the Doc's own token table (only when a number range kept
 * whole by the tokenizer, `2019-2020`, `9h30-11h00`, is cut in three, a new table), and keeps beside it one
 * array of folded forms (the token's own string when folding changes nothing: punctuation, numbers,
 * lower-case ASCII words) and one byte of flags per token. Whether a token is capitalised is read on demand.
 * @internal
 */
import { K_NUMBER, K_PUNCT, TableBuilder, type TokenTable, tokenAt } from '../../doc/table.js';
import type { Token } from '../../doc/types.js';
import {
  APPROX,
  fold,
  HOLIDAYS,
  MONTHS,
  NUMBER_WORDS,
  numberWord,
  ORDINALS,
  PARTS,
  SEASONS,
  SETS,
  STARTERS,
  TIME_WORDS,
  TIME_ZONES,
  UNITS,
  VAGUE,
  WEEKDAYS,
} from '../lexicon.js';
import { type Cand, fullSem, type Sem } from './types.js';

export const reSplit = /^(\d{1,4}(?:[hH]\d{0,2})?)([-/])(\d{1,4}(?:[hH]\d{0,2})?)$/;
export const reHourTok = /^(\d{1,2})[hH](\d{2})?$/;
export const reDigits = /^\d+$/;
export const reDecimal = /^\d+(?:[.,]\d+)?$/;
/** "4.500" written with a dot between thousands */
export const reThousands = /^\d{1,3}(?:\.\d{3})+$/;
export const reDotted = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/;
export const reIso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
export const reOrdinal = /^(\d{1,2})(?:er|re|ère|e|eme|ème)$/i;
export const reRomanCentury = /^([ivxlc]+)(?:e|eme|ème)$/i;
export const reUpper = /^\p{Lu}/u;

/** The folded form of a word: an ASCII word lower-cased (a lower-case one as it is, without a copy), else {@link fold}. */
function foldWord(t: string): string {
  let upper = false;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c > 0x7e) return fold(t);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? t.toLowerCase() : t;
}

/** Words that carry time: every expression has one (or a number) within its first four tokens. */
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
  ...TIME_ZONES,
  ...TIME_WORDS,
]);
for (const k of [...HOT]) if (/\d/.test(k) || k.includes('-')) HOT.add(k.split('-')[0]);

/** Token flag: the token carries time (a number or a word of HOT). */
export const F_HOT = 1;
/** Token flag: an expression may start at the token (a temporal word, a starter such as an article, a number word). */
export const F_START = 2;
/** The flags of the words that have some. */
const WORD_FLAGS = new Map<string, number>();
for (const k of STARTERS) WORD_FLAGS.set(k, F_START);
for (const k of NUMBER_WORDS.keys()) WORD_FLAGS.set(k, F_START);
for (const k of HOT) WORD_FLAGS.set(k, F_HOT | F_START);

/**
 * The first two characters (lower-cased ASCII; 0 for a one-letter word) of every word with flags: a word
 * whose first two characters are ASCII and not here has no flags, and is folded only if a rule reads it.
 */
const PREFIXES = new Uint8Array(128 * 128);
function prefixKey(c0: number, c1: number): number {
  return (c0 >= 65 && c0 <= 90 ? c0 + 32 : c0) * 128 + (c1 >= 65 && c1 <= 90 ? c1 + 32 : c1);
}
for (const k of [...WORD_FLAGS.keys(), 'mi-', 'siecle']) {
  const c0 = k.charCodeAt(0);
  const c1 = k.length > 1 ? k.charCodeAt(1) : 0;
  if (c0 < 128 && c1 < 128) PREFIXES[prefixKey(c0, c1)] = 1;
}

/** The flags of a folded word (F_HOT, F_START). */
export function wordFlags(f: string): number {
  const x = WORD_FLAGS.get(f) ?? 0;
  if (f.startsWith('mi-')) return F_HOT | F_START;
  if (x === 0) {
    // "vingt-deux": a hyphenated number word (only split when its first part is one: "a-t-il", "Jean-Luc" are not)
    const h = f.indexOf('-');
    if (h < 0) return 0;
    const head = f.slice(0, h);
    if ((head === 'et' || NUMBER_WORDS.has(head)) && numberWord(f) !== undefined) return F_START;
  }
  return x;
}

/** Whether a token's text starts with an upper-case letter. */
export function isCap(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0xff && reUpper.test(t));
}

/** The longer of two candidates (the first on ties). */
export function longer(a: Cand | undefined, b: Cand | undefined): Cand | undefined {
  if (!b) return a;
  if (!a) return b;
  return b.end - b.start > a.end - a.start ? b : a;
}

/** A number token the tokenizer kept whole that the scanner reads as three (`2019-2020` → `2019`, `-`, `2020`). */
function splitAt(tokens: TokenTable, k: number): RegExpExecArray | null {
  const text = tokens.text[k];
  if (tokens.kind[k] !== K_NUMBER || text.length < 3) return null;
  const c = text.charCodeAt(text.length - 1);
  if (c < 48 || (c > 57 && c !== 72 && c !== 104)) return null; // ends on a digit or h/H
  return reIso.test(text) ? null : reSplit.exec(text);
}

/**
 * The tokens the scanner reads: the Doc's own token table, unless a number range has to be cut (then a new
 * table holding the Doc's tokens and the parts, each part's norm its text).
 */
export function scannerTokens(text: string, tokens: TokenTable): TokenTable {
  let k = 0;
  while (k < tokens.length && splitAt(tokens, k) === null) k++;
  if (k === tokens.length) return tokens;
  const out = new TableBuilder(text.length);
  const sentences: number[] = [];
  const push = (t: string, norm: string, start: number, end: number, kind: number, sentence: number) => {
    out.push(t, norm, start, end, kind);
    sentences.push(sentence);
  };
  for (let i = 0; i < k; i++)
    push(tokens.text[i], tokens.norm[i], tokens.start[i], tokens.end[i], tokens.kind[i], tokens.sentence[i]);
  for (; k < tokens.length; k++) {
    const start = tokens.start[k];
    const end = tokens.end[k];
    const sentence = tokens.sentence[k];
    const m = splitAt(tokens, k);
    if (m === null) {
      push(tokens.text[k], tokens.norm[k], start, end, tokens.kind[k], sentence);
      continue;
    }
    const a = start + m[1].length;
    const first = text.slice(start, a);
    const dash = text.slice(a, a + 1);
    const last = text.slice(a + 1, end);
    push(first, first, start, a, K_NUMBER, sentence);
    push(dash, dash, a, a + 1, K_PUNCT, sentence);
    push(last, last, a + 1, end, K_NUMBER, sentence);
  }
  const table = out.done();
  table.sentence.set(sentences);
  return table;
}

/** Tokens and the candidates found so far; rules read it through `tok`, `f`, `cap`, `glued`, `emit`. */
export class Scanner {
  /** the tokens (read them through {@link Scanner.tok}: a cut scanner ends before the array does) */
  readonly t: TokenTable;
  /** folded form of each token (lowercase, no accents, straight apostrophe), null until read: use {@link Scanner.f} */
  readonly fs: (string | null)[];
  /** number of tokens visible: the array's length, or where the text was cut ({@link Scanner.cutAt}) */
  readonly n: number;
  readonly out: Cand[] = [];
  /** the text the tokens index (empty when not given: then no line break is seen) */
  readonly text: string;
  /** F_HOT and F_START flags of each token */
  readonly flags: Uint8Array;
  constructor(tokens: TokenTable, text = '', shared?: Scanner, n = tokens.length) {
    this.t = tokens;
    this.text = text;
    this.n = n;
    if (shared) {
      this.fs = shared.fs;
      this.flags = shared.flags;
      return;
    }
    const fs = new Array<string | null>(tokens.length).fill(null);
    const flags = new Uint8Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens.text[k];
      const kind = tokens.kind[k];
      if (kind === K_NUMBER) {
        fs[k] = t;
        flags[k] = F_HOT | F_START;
        continue;
      }
      if (kind === K_PUNCT) {
        fs[k] = t;
        if (HOT.has(t)) flags[k] |= F_HOT;
        continue;
      }
      const c0 = t.charCodeAt(0);
      const c1 = t.length > 1 ? t.charCodeAt(1) : 0;
      if (c0 < 128 && c1 < 128 && PREFIXES[prefixKey(c0, c1)] === 0) continue; // no flags; folded on demand
      const f = foldWord(t);
      fs[k] = f;
      flags[k] |= wordFlags(f);
      // "XXe siècle", "XX e siècle": the numeral may start an expression
      if (f === 'siecle') {
        if (k > 0 && tokens.kind[k - 1] !== K_PUNCT) flags[k - 1] |= F_START;
        if (k > 1 && tokens.kind[k - 2] !== K_PUNCT) flags[k - 2] |= F_START;
      }
    }
    this.fs = fs;
    this.flags = flags;
  }

  /**
   * Token i as a {@link Token} object made for the call (short-lived: the Doc's `tokens` are never built),
   * or undefined outside the visible tokens.
   */
  tok(i: number): Token {
    return (i >= 0 && i < this.n ? tokenAt(this.t, i) : undefined) as Token;
  }

  /**
   * The first token of tokens i+1..j that starts a new line after a sentence break, or -1: an expression
   * never runs across it (a title, the dateline under it and a paragraph are never joined: "… mercredi¶22
   * avril 2017"). A sentence break without a line break does not count ("le 3 sept. 2024": the splitter
   * may end a sentence at "sept.").
   */
  lineBreak(i: number, j: number): number {
    const t = this.t;
    if (t.sentence[i] === t.sentence[j]) return -1;
    for (let k = i + 1; k <= j; k++) {
      if (t.sentence[k] === t.sentence[k - 1]) continue;
      const gap = this.text.slice(t.end[k - 1], t.start[k]);
      if (gap.includes('\n') || gap.includes('\r') || gap.includes('\u2029')) return k;
    }
    return -1;
  }

  /** True when no line break between sentences separates tokens i..j (see {@link Scanner.lineBreak}). */
  together(i: number, j: number): boolean {
    return this.lineBreak(i, j) < 0;
  }

  /** The same text cut before token k: rules asked on it see the end of the text there (nothing is copied). */
  cutAt(k: number): Scanner {
    return new Scanner(this.t, this.text, this, Math.min(k, this.n));
  }

  /** The folded form of token i, or '' outside the text. */
  f(i: number): string {
    if (i < 0 || i >= this.n) return '';
    const f = this.fs[i];
    if (f !== null) return f;
    return (this.fs[i] = foldWord(this.t.text[i]));
  }

  /** True when token i starts with an upper-case letter. */
  cap(i: number): boolean {
    return i >= 0 && i < this.n && isCap(this.t.text[i]);
  }

  /** True when tokens i-1 and i touch (no space between). */
  glued(i: number): boolean {
    return i > 0 && i < this.n && this.t.end[i - 1] === this.t.start[i];
  }

  sameSentence(i: number, j: number): boolean {
    return i >= 0 && j < this.n && this.t.sentence[i] === this.t.sentence[j];
  }

  /** A candidate over tokens [s, e); its meaning is copied into the one shape of {@link fullSem}. */
  emit(s: number, e: number, sem: Sem, rule: string): Cand {
    return { s, e, start: this.t.start[s], end: this.t.end[e - 1], sem: fullSem(sem), rule };
  }
}
