/**
 * The word lists only the indirect-quotation rules read (src/quotes/indirect.ts), compiled from data/quotes by
 * scripts/data/build-data.ts: how each speech verb carries its content without "que"
 * (data/quotes/indirect-frames.txt), the content nouns of a speech act's object (content-nouns.txt) and the
 * words that look like infinitives but are not (not-infinitives.txt).
 */
import {
  contentNouns,
  etreForms,
  indirectFramesA,
  indirectFramesContent,
  indirectFramesDe,
  indirectFramesInf,
  indirectFramesNp,
  indirectFramesPerson,
  notInfinitives,
  selonNouns,
} from '../lang/fr/generated/quotes.js';
import { key } from './lexicon.js';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(key));

/** Forms of « être » (data/quotes/etre-forms.txt): a speech verb right after one is a passive. */
export const ETRE = set(etreForms);

/** The frames of data/quotes/indirect-frames.txt, one set of lemmas each. */
export const FRAME = {
  /** any noun phrase object (not a person, place or time) */
  np: set(indirectFramesNp),
  /** a noun phrase object with a content-noun head */
  content: set(indirectFramesContent),
  /** de / à + infinitive */
  de: set(indirectFramesDe),
  /** a person, then de / à + infinitive */
  person: set(indirectFramesPerson),
  /** à + a content noun phrase */
  a: set(indirectFramesA),
  /** a bare infinitive clause */
  inf: set(indirectFramesInf),
} as const;

/** Lemmas with at least one frame. */
export const FRAMED: ReadonlySet<string> = new Set(Object.values(FRAME).flatMap((s) => [...s]));

const CONTENT = set(contentNouns);
/** A content noun, singular or plural ("excuses" → excuse, "faits" → fait). */
export function isContentNoun(w: string): boolean {
  return CONTENT.has(w) || (/[sx]$/.test(w) && CONTENT.has(w.slice(0, -1)));
}

export const NOT_INFINITIVE = set(notInfinitives);

/** Nouns of counts, models and findings that make "selon X" a source (data/quotes/selon-nouns.txt). */
export const SELON_NOUN = set(selonNouns);
