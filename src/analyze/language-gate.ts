/*
 * What `analyze()` does with text that is not French (issue 7). The entity model, the topic cues and the
 * topic weights were all learned from French news: on other languages their scores mean little. So:
 *
 * - a document whose detected language is another one, with French given less than
 *   {@link FRENCH_DOUBT} of the evidence, is "foreign": every PER/ORG/LOC/MISC entity keeps its place
 *   but its score is multiplied by {@link FOREIGN_SCALE} (so it stays below 0.5) and it is flagged with
 *   `foreign: '<language code>'`; topics are not computed (an empty list);
 * - in a French (or undetermined) document, a passage in another language (a long English quote:
 *   a sentence, or the part of it inside quotation marks) gets the same treatment for the entities in it.
 *
 * Dates, the summary and the counts are computed whatever the language. The passage check costs at most
 * one detection per 500 characters (plus 64), identical passages counted once. `assumeFrench: true` turns all
 * of this off, as does `language: false` (no detection, so nothing to act on).
 * @internal
 */
import { K_PUNCT, K_WORD, tokenTable } from '../doc/table.js';
import type { Doc } from '../doc/types.js';
import { functionWordTable } from '../langid/function-words.js';
import { detectLanguage, type LanguageResult } from '../langid/index.js';
import type { Entity } from '../ner/types.js';

/** Below this share of the language evidence for French, a text is taken for another language. */
export const FRENCH_DOUBT = 0.25;
/** Factor applied to the score of an entity found in text of another language. */
export const FOREIGN_SCALE = 0.45;
/** Fewest function words of another language (and more than French ones) before a passage is checked. */
const MIN_FOREIGN_WORDS = 3;
/** Language detections allowed per document: this many, plus one per this many characters (bounded cost). */
const DETECTIONS_BASE = 64;
const CHARS_PER_DETECTION = 500;

const QUOTES = new Set(['«', '»', '“', '”', '„', '"', '‹', '›']);

/**
 * An entity as `analyze()` returns it: with `foreign` when its score was scaled down.
 * @example
 * ```ts
 * const e = analyze('The Prime Minister Keir Starmer met Emmanuel Macron in London.').entities[0] as GatedEntity;
 * e.foreign; // 'en' (and e.score < 0.5)
 * ```
 */
export type GatedEntity = Entity & {
  /** Set when the entity sits in text of another language (its code): the score was scaled down. */
  foreign?: string;
};

/** The other language a detection names with confidence, or null when the text may be French. */
export function foreignLanguage(lang: LanguageResult | null): string | null {
  if (lang === null || lang.lang === 'fr' || lang.lang === 'und') return null;
  const fr = lang.candidates.find((c) => c.lang === 'fr')?.score ?? 0;
  return fr < FRENCH_DOUBT ? lang.lang : null;
}

function scaled(e: Entity, lang: string): GatedEntity {
  return { ...e, score: Math.round(e.score * FOREIGN_SCALE * 1000) / 1000, foreign: lang };
}

/**
 * Scales down the entities of foreign text: all of them when `docLanguage` is foreign, else those in
 * foreign passages. Returns a new array (entities not touched are the same objects).
 */
export function gateEntities(doc: Doc, entities: Entity[], docLanguage: string | null): GatedEntity[] {
  const isModelEntity = (e: Entity) => e.type !== 'DATE';
  if (docLanguage !== null) return entities.map((e) => (isModelEntity(e) ? scaled(e, docLanguage) : e));
  if (!entities.some(isModelEntity)) return entities;
  // Foreign passages: runs of tokens between quotation marks within a sentence, checked only when they
  // hold an entity and several function words of another language (a cheap test before detection).
  const table = functionWordTable();
  const tokens = tokenTable(doc);
  const passages: { start: number; end: number; lang: string }[] = [];
  // identical passages are detected once; past the budget, passages are left as they are (hostile input)
  const seen = new Map<string, string | null>();
  let budget = DETECTIONS_BASE + Math.floor(doc.text.length / CHARS_PER_DETECTION);
  let e = 0;
  for (const s of doc.sentences) {
    while (e < entities.length && entities[e].end <= s.start) e++;
    if (e >= entities.length) break;
    if (entities[e].start >= s.end) continue;
    let from = s.tokenStart;
    for (let k = s.tokenStart; k <= s.tokenEnd; k++) {
      if (k < s.tokenEnd && !(tokens.kind[k] === K_PUNCT && QUOTES.has(tokens.text[k]))) continue;
      if (k > from) {
        const start = tokens.start[from];
        const end = tokens.end[k - 1];
        let foreign = 0;
        let french = 0;
        for (let j = from; j < k; j++) {
          if (tokens.kind[j] !== K_WORD) continue;
          const langs = table.get(tokens.norm[j].toLowerCase());
          if (langs === undefined) continue;
          if (langs.includes('fra')) french++;
          else foreign++;
        }
        if (foreign >= MIN_FOREIGN_WORDS && foreign > french) {
          const text = doc.text.slice(start, end);
          let lang = seen.get(text);
          if (lang === undefined && budget > 0) {
            budget--;
            lang = foreignLanguage(detectLanguage(text));
            seen.set(text, lang);
          }
          if (lang) passages.push({ start, end, lang });
        }
      }
      from = k + 1;
    }
  }
  if (passages.length === 0) return entities;
  const out: GatedEntity[] = [];
  let p = 0;
  for (const x of entities) {
    while (p < passages.length && passages[p].end <= x.start) p++;
    const inside = p < passages.length && passages[p].start <= x.start && x.end <= passages[p].end;
    out.push(inside && isModelEntity(x) ? scaled(x, passages[p].lang) : x);
  }
  return out;
}
