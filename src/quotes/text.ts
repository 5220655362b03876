/**
 * Token-level view of a Doc shared by the quotation rules, the proposal type, the word classes of the
 * grammar of reported speech and small span helpers.
 */
import { K_NUMBER, K_WORD, type TokenTable, tokenAt, tokenTable } from '../doc/table.js';
import type { Doc, Token } from '../doc/types.js';
import type { Entity } from '../ner/types.js';
import { key, PARTICIPLE, SOURCES } from './lexicon.js';
import type { MarkPair } from './marks.js';
import type { SpeakerRef } from './speaker.js';
import type { QuoteKind } from './types.js';

/** A proposed quotation before speaker resolution. */
export interface Proposal {
  start: number;
  end: number;
  /** Token range of the content, for overlap tests. */
  t0: number;
  t1: number;
  kind: QuoteKind;
  cue: number;
  lemma: string;
  speaker: SpeakerRef;
  score: number;
  rule: string;
  /** Index of the mark pair the proposal is, or -1. */
  pair: number;
}

export const SENT_END = new Set(['.', '!', '?', '...', '…', ';']);
export const CLAUSE_STOP = new Set([
  ',',
  ':',
  ';',
  '(',
  ')',
  '.',
  '!',
  '?',
  '...',
  '…',
  '"',
  '«',
  '»',
  '“',
  '”',
  '—',
  '–',
]);
export const CONJ = new Set([
  'et',
  'mais',
  'que',
  "qu'",
  'car',
  'dont',
  'où',
  'lorsque',
  "lorsqu'",
  'quand',
  'si',
  'puis',
  'comme',
  'alors',
]);
export const QUE = new Set(['que', "qu'"]);
export const OBJ_PRONOUNS = new Set(['lui', 'elle', 'eux', 'elles']);
export const MODAL = new Set([
  'à',
  'de',
  "d'",
  'voulu',
  'veut',
  'souhaite',
  'souhaité',
  'tenu',
  'tient',
  'tiennent',
  'pu',
  'su',
  'laissé',
  'laisse',
  'laissent',
  'laissait',
  'laissant',
]);
export const CLITIC = /^-(?:t-)?(il|elle|ils|elles|on)$/i;
/** Determiners that are also the preposition "de": "invité de la matinale" is no inverted subject. */
export const DE_DET = new Set(['de', "d'", 'du', 'des']);
export const ASIDE = new Set([
  'de son côté',
  'de leur côté',
  'pour sa part',
  'pour leur part',
  'quant à lui',
  'quant à elle',
  'à son tour',
  'à leur tour',
]);
export const PREPOSITION = new Set([
  'à',
  'au',
  'aux',
  'dans',
  'sur',
  'lors',
  'devant',
  'en',
  'pour',
  'avec',
  'après',
  'avant',
  'pendant',
  'depuis',
  'auprès',
  'chez',
  'par',
  'de',
  "d'",
  'du',
  'des',
]);
export const NOUN_DET = new Set([
  'un',
  'une',
  'cette',
  'ce',
  'cet',
  'ces',
  'son',
  'sa',
  'ses',
  'du',
  'au',
  'aux',
  'mon',
  'ma',
  'mes',
  'notre',
  'votre',
  'nos',
  'vos',
  'plusieurs',
  'chaque',
]);
export const TITLE_BEFORE_NAME = new Set(['me', 'm.', 'mme', 'mlle', 'dr', 'pr', 'maître']);
export const UPPER = /^\p{Lu}/u;
export const MARK = new Set(['«', '»', '“', '”', '„', '"', '‹', '›']);

/** Token-level view of a Doc shared by the rules. */
export class Text {
  readonly low: string[];
  /** Index of the entity covering each token, or -1. */
  readonly entAt: Int32Array;
  /** Index of the outermost mark pair holding each token (marks included), or -1. */
  readonly inPair: Int32Array;
  /** Prefix counts of word tokens before each index (word counts of a range in O(1)). */
  readonly wordCount: Int32Array;
  /** The Doc's token table (the rules read it, never `doc.tokens`). */
  readonly tb: TokenTable;
  /**
   * Narrative sentence number of each sentence: sentences that open inside a quotation (after its opening mark)
   * do not count, so that distances "within two sentences" between speakers, subjects and pronouns are read in
   * the narrative, not inflated by the sentences of a long quotation between them.
   */
  readonly narr: Int32Array;

  constructor(
    readonly doc: Doc,
    readonly entities: readonly Entity[],
    readonly pairs: readonly MarkPair[],
  ) {
    const toks = tokenTable(doc);
    this.tb = toks;
    const n = toks.length;
    this.low = new Array<string>(n);
    this.entAt = new Int32Array(n).fill(-1);
    this.inPair = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      this.low[i] = toks.kind[i] === K_WORD ? key(toks.norm[i]) : toks.norm[i];
    }
    let e = 0;
    for (let i = 0; i < n && e < entities.length; i++) {
      const start = toks.start[i];
      while (e < entities.length && entities[e].end <= start) e++;
      if (e < entities.length && entities[e].start <= start && toks.end[i] <= entities[e].end)
        this.entAt[i] = e;
    }
    pairs.forEach((p, k) => {
      for (let i = p.open; i <= p.close; i++) this.inPair[i] = k;
    });
    const sents = doc.sentences;
    this.narr = new Int32Array(sents.length);
    for (let k = 0, c = -1; k < sents.length; k++) {
      const t = sents[k].tokenStart;
      const inside = t < n && this.inPair[t] >= 0 && pairs[this.inPair[t]].open !== t;
      if (!inside || c < 0) c++;
      this.narr[k] = c;
    }
    this.wordCount = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const k = toks.kind[i];
      this.wordCount[i + 1] = this.wordCount[i] + (k === K_WORD || k === K_NUMBER ? 1 : 0);
    }
  }

  /**
   * Token `i` as a {@link Token} object made for the call (short-lived: the Doc's `tokens` are never
   * built), undefined outside the text. A loop over many tokens reads the columns of {@link Text.tb}.
   */
  tok(i: number): Token {
    return (i >= 0 && i < this.tb.length ? tokenAt(this.tb, i) : undefined) as Token;
  }
  /** Index of the paragraph holding token `i` (read from its sentence: no per-token copy). */
  paraOf(i: number): number {
    return this.doc.sentences[this.tb.sentence[i]]?.paragraph ?? 0;
  }
  get n(): number {
    return this.tb.length;
  }
  /** Narrative sentence number of token `i` (see {@link Text.narr}). */
  ns(i: number): number {
    return this.narr[this.tb.sentence[i]] ?? 0;
  }
  sentStart(i: number): number {
    return this.doc.sentences[this.tb.sentence[i]].tokenStart;
  }
  sentEnd(i: number): number {
    return this.doc.sentences[this.tb.sentence[i]].tokenEnd;
  }
  isWord(i: number): boolean {
    const k = this.tb.kind[i];
    return k === K_WORD || k === K_NUMBER;
  }
  isMark(i: number): boolean {
    return MARK.has(this.tb.text[i]);
  }
}

/** Start of the clause holding token `i`: after the last comma, colon or sentence start. */
export function clauseStart(x: Text, i: number, floor: number): number {
  let k = i - 1;
  while (k >= floor && !CLAUSE_STOP.has(x.low[k]) && !x.isMark(k)) k--;
  return k + 1;
}

/** A source marker ("selon", "d'après", "de l'avis de") at `i`: the index after it, or -1. */
export function sourceAt(x: Text, i: number, limit: number): number {
  const list = SOURCES.get(x.low[i]);
  if (!list) return -1;
  for (const words of list) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = i + k < limit && x.low[i + k] === words[k];
    if (ok) return i + words.length;
  }
  return -1;
}

/** Last content token before the sentence's final punctuation (and closing marks), from `i` on. */
export function contentEnd(x: Text, from: number, limit: number): number {
  let b = limit;
  while (b > from && (SENT_END.has(x.low[b - 1]) || (x.isMark(b - 1) && x.inPair[b - 1] < 0))) b--;
  return b;
}

/** Token span [a, b) → proposal fields. */
export function span(x: Text, a: number, b: number): { start: number; end: number } {
  return { start: x.tok(a).start, end: x.tok(b - 1).end };
}

/**
 * A quotation read from a clause rather than from its own marks, over tokens `[a, b)`: indirect, or mixed
 * when it holds a quoted fragment.
 */
export function clauseProposal(
  x: Text,
  a: number,
  b: number,
  cue: number,
  lemma: string,
  speaker: SpeakerRef,
  score: number,
  rule: string,
): Proposal {
  // field by field: an object spread of span() here made some 2 KB of garbage per proposal
  return {
    start: x.tok(a).start,
    end: x.tok(b - 1).end,
    t0: a,
    t1: b,
    kind: hasPair(x, a, b) ? 'mixed' : 'indirect',
    cue,
    lemma,
    speaker,
    score,
    rule,
    pair: -1,
  };
}

/** End of the sentence holding `i`, extended to the close of a mark pair that runs past it. */
export function clauseLimit(x: Text, i: number): number {
  let e = x.sentEnd(i);
  // a pair running past the sentence end: go on to its closing mark
  while (e < x.n && e > 0 && x.inPair[e - 1] >= 0 && x.inPair[e] === x.inPair[e - 1]) e = x.sentEnd(e);
  return e;
}

export function wordCount(x: Text, a: number, b: number): number {
  return b > a ? x.wordCount[b] - x.wordCount[a] : 0;
}

/**
 * Whether a token of `[a, b)` is inside a mark pair. The pairs are disjoint and in text order: the first
 * one closing at or after `a` is the only candidate (binary search, instead of a prefix count per token).
 */
export function hasPair(x: Text, a: number, b: number): boolean {
  if (b <= a) return false;
  const { pairs } = x;
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid].close < a) lo = mid + 1;
    else hi = mid;
  }
  return lo < pairs.length && pairs[lo].open < b;
}

/** The content starts with (or right after) an opening mark: a direct quotation, left to the mark rules. */
export function hasPairAt(x: Text, a: number): boolean {
  return x.inPair[a] >= 0 || (a > 0 && x.inPair[a - 1] >= 0 && x.isMark(a - 1));
}

export function isClauseStart(x: Text, open: number, ts: number): boolean {
  if (open <= ts) return true;
  const p = x.low[open - 1];
  return (
    p === ':' ||
    p === '—' ||
    p === '–' ||
    p === '-' ||
    SENT_END.has(p) ||
    x.paraOf(open - 1) !== x.paraOf(open)
  );
}

/** The lemma of a source marker ("selon", "d'après", "pour"): its tokens from `a` to `b`, lower case, straight apostrophe. */
export function sourceLemma(x: Text, a: number, b: number): string {
  return x.doc.text.slice(x.tok(a).start, x.tok(b).end).toLowerCase().replace(/’/g, "'");
}

/**
 * Whether token `k` is a past participle used as a noun after a singular definite determiner ("le prévenu",
 * "l'intéressé", "la condamnée"): a noun, not the verb it spells.
 */
export function nominalParticiple(x: Text, k: number): boolean {
  if (k < 1 || !PARTICIPLE.has(x.low[k])) return false;
  const d = x.low[k - 1];
  return d === 'le' || d === 'la' || d === "l'";
}
