import { K_NUMBER, K_PUNCT, K_WORD, tokenTable } from '../doc/table.js';
import type { Doc, Sentence } from '../doc/types.js';
import { boilerplatePrefixes, footerMarkers } from '../lang/fr/generated/summarize.js';

/**
 * Why a sentence can never be summary material.
 * @example
 * ```ts
 * // why a sentence can never be summary material, e.g. 'byline' for "Par Jean Dupont"
 * const reason: NonMaterialReason = 'byline';
 * ```
 */
export type NonMaterialReason =
  | 'title'
  | 'headline'
  | 'footer'
  | 'boilerplate'
  | 'byline'
  | 'credit'
  | 'caps'
  | 'unfinished'
  | 'short';

/** One sentence seen by the summariser: its (possibly trimmed) span, and why it is excluded, if it is. */
export interface Candidate {
  /** Index of the sentence in `doc.sentences`. */
  index: number;
  /** Start and end after trimming a leading dateline or glued intertitle. */
  start: number;
  end: number;
  /** First token of the trimmed span. */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
  /** Word and number tokens in the trimmed span. */
  words: number;
  /** Null when the sentence is summary material. */
  excluded: NonMaterialReason | null;
}

const AGENCIES = new Set(['AFP', 'Reuters', 'AP', 'Belga', 'ATS', 'ANSA', 'DPA', 'EFE', 'Relaxnews', 'ETX']);
const TERMINALS = new Set(['.', '!', '?', '...', '…', '?!', '!?', '!!', '??', '!!!', '???']);
const CLOSERS = new Set(['"', ')', ']', '»', '”', "'", '’']);
const DASHES = new Set(['-', '–', '—']);

interface Prefix {
  first: string;
  firstAlt: string;
  rest: string;
}

function compilePrefixes(list: readonly string[]): Prefix[] {
  return list.map((p) => {
    const allCaps = p === p.toUpperCase();
    const first = p[0];
    return {
      first,
      firstAlt: allCaps ? first : first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase(),
      rest: p.slice(1),
    };
  });
}

const PREFIXES = compilePrefixes(boilerplatePrefixes);
const FOOTERS = footerMarkers.map((m) => m.toLowerCase());

function isLetterOrDigit(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** True when `s` begins with one of the listed prefixes, ending at a word boundary. */
export function hasBoilerplatePrefix(s: string): boolean {
  for (const p of PREFIXES) {
    const c = s[0];
    if (c !== p.first && c !== p.firstAlt) continue;
    if (!s.startsWith(p.rest, 1)) continue;
    const len = 1 + p.rest.length;
    if (!isLetterOrDigit(p.rest[p.rest.length - 1] ?? p.first) || !isLetterOrDigit(s[len])) return true;
  }
  return false;
}

/** True when `s` begins with a footer marker (case-insensitive), after which nothing is material. */
export function isFooterMarker(s: string): boolean {
  const low = s.slice(0, 60).toLowerCase();
  for (const m of FOOTERS) if (low.startsWith(m) && !isLetterOrDigit(low[m.length])) return true;
  return false;
}

/** Letters and upper-case letters of a short text (for intertitles in capitals). */
function upperRatio(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) letters++;
    else if (c >= 0x41 && c <= 0x5a) {
      letters++;
      upper++;
    } else if (c >= 0xc0) {
      const ch = text[i];
      const lo = ch.toLowerCase();
      if (lo === ch.toUpperCase()) continue;
      letters++;
      if (ch !== lo) upper++;
    }
  }
  return { letters, upper };
}

/**
 * Index of the first token after a dateline (`PARIS (AFP) -`, `Lyon, 3 mars (Reuters) —`) or a glued
 * AFP intertitle (`- "Le début du combat" -Même si…`) at the start of a sentence; `first` when there is none.
 */
function trimLead(doc: Doc, first: number, last: number): number {
  const tb = tokenTable(doc);
  const limit = Math.min(last, first + 16);
  // dateline: up to 15 tokens, then ( AGENCY ) then a dash
  for (let k = first + 1; k < limit && k + 4 < last; k++) {
    if (
      tb.text[k] === '(' &&
      AGENCIES.has(tb.text[k + 1]) &&
      tb.text[k + 2] === ')' &&
      DASHES.has(tb.text[k + 3])
    ) {
      const head = tb.text[first];
      if (head[0] === head[0].toUpperCase()) return k + 4;
    }
  }
  // glued intertitle: a dash, a few tokens, a dash glued to the next (capitalised) word
  if (DASHES.has(tb.text[first])) {
    for (let k = first + 1; k < limit && k + 1 < last; k++) {
      if (DASHES.has(tb.text[k]) && tb.end[k] === tb.start[k + 1] && /^\p{Lu}/u.test(tb.text[k + 1]))
        return k + 1;
    }
  }
  return first;
}

function endsWithTerminal(doc: Doc, first: number, last: number): boolean {
  const tb = tokenTable(doc);
  let k = last - 1;
  while (k > first && tb.kind[k] === K_PUNCT && CLOSERS.has(tb.norm[k])) k--;
  const text = tb.text[k];
  if (tb.kind[k] === K_PUNCT) return TERMINALS.has(tb.norm[k]) || /^[.!?…]+$/.test(text);
  // an abbreviation with its dot ends the sentence too (`… etc.`)
  return tb.kind[k] === K_WORD && text.endsWith('.') && text.length > 2;
}

function isByline(doc: Doc, first: number, last: number, words: number): boolean {
  const tb = tokenTable(doc);
  if (words > 10) return false;
  const head = tb.text[first];
  if (head !== 'Par' && head !== 'par' && head !== 'PAR') return false;
  // Par + names: every word capitalised or a particle
  let names = 0;
  for (let k = first + 1; k < last; k++) {
    if (tb.kind[k] !== K_WORD) continue;
    const text = tb.text[k];
    if (/^\p{Lu}/u.test(text)) names++;
    else if (
      !['de', 'du', 'des', 'd\u2019', "d'", 'et', 'avec', 'le', 'la', 'à', 'en', 'van', 'von'].includes(text)
    )
      return false;
  }
  return names > 0;
}

const AGENCY_CREDIT =
  /(?:AFP|Reuters|Maxppp|Getty|SIPA|Abaca|AP|Belga|Hans Lucas|Shutterstock|iStock)\s?\/\s?\p{Lu}/u;
const CREDIT_AGENCY =
  /\p{L}\s?\/\s?(?:AFP|Reuters|Maxppp|Getty|SIPA|Abaca|AP|Belga|Hans Lucas|Shutterstock|iStock)\b/u;

function isCredit(text: string): boolean {
  return text.includes('©') || AGENCY_CREDIT.test(text) || CREDIT_AGENCY.test(text);
}

/**
 * Every sentence of the document with its trimmed span and, for those that can never be summary material,
 * the reason: the title (offsets before `bodyStart`), headlines and intertitles (no final punctuation, or in
 * capitals), footers (from a footer marker to the end), bylines, credits, cross-links, and fragments under
 * four words.
 */
export function candidates(doc: Doc, bodyStart = 0): Candidate[] {
  const out: Candidate[] = [];
  let footer = false;
  const sents: readonly Sentence[] = doc.sentences;
  const tb = tokenTable(doc);
  // a short paragraph with a photo or agency credit (`©`, `AFP / Name`, `NAME / AFP`) is a caption or credit
  const creditParagraphs = new Set<number>();
  const paraTokens = new Map<number, number>();
  for (const s of sents)
    paraTokens.set(s.paragraph, (paraTokens.get(s.paragraph) ?? 0) + s.tokenEnd - s.tokenStart);
  for (const s of sents) {
    if ((paraTokens.get(s.paragraph) ?? 0) <= 60 && isCredit(s.text)) creditParagraphs.add(s.paragraph);
  }
  for (let i = 0; i < sents.length; i++) {
    const s = sents[i];
    const first = trimLead(doc, s.tokenStart, s.tokenEnd);
    const start = tb.start[first];
    let words = 0;
    for (let k = first; k < s.tokenEnd; k++) {
      const kind = tb.kind[k];
      if (kind === K_WORD || kind === K_NUMBER) words++;
    }
    const c: Candidate = {
      index: i,
      start,
      end: s.end,
      tokenStart: first,
      tokenEnd: s.tokenEnd,
      paragraph: s.paragraph,
      words,
      excluded: null,
    };
    out.push(c);
    const text = doc.text.slice(start, s.end);
    const paragraphStart = i === 0 || sents[i - 1].paragraph !== s.paragraph;
    if (s.start < bodyStart) c.excluded = 'title';
    else if (footer || (paragraphStart && isFooterMarker(text))) {
      footer = true;
      c.excluded = 'footer';
    } else if (creditParagraphs.has(s.paragraph)) c.excluded = 'credit';
    else if (hasBoilerplatePrefix(text)) c.excluded = 'boilerplate';
    else if (isByline(doc, first, s.tokenEnd, words)) c.excluded = 'byline';
    else if (!endsWithTerminal(doc, first, s.tokenEnd)) {
      c.excluded = i === 0 || paragraphStart ? 'headline' : 'unfinished';
    } else {
      const { letters, upper } = words <= 25 ? upperRatio(text) : { letters: 0, upper: 0 };
      if (letters >= 6 && upper / letters > 0.6) c.excluded = 'caps';
      else if (words < 4) c.excluded = 'short';
    }
  }
  return out;
}
