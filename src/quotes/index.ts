/**
 * Quotations and their speakers in French news: direct (« … », a déclaré X), indirect (X a affirmé que …,
 * selon X, …) and mixed, with the speech verb and the speaker linked to the entity groups.
 */
import { type Article, resolveArticle } from '../doc/article.js';
import { checkOptions, checkText, createDoc, isDoc } from '../doc/index.js';
import { K_WORD, tokenTable } from '../doc/table.js';
import type { Doc } from '../doc/types.js';
import type { Entity } from '../ner/types.js';
import { findQuotes } from './extract.js';
import type { Quote, QuoteOptions } from './types.js';

export type { Quote, QuoteCue, QuoteKind, QuoteOptions, QuoteSpeaker } from './types.js';

const UPPER = /^\p{Lu}/u;
const FUNCTION_WORD = new Set([
  'Le',
  'La',
  'Les',
  "L'",
  'Un',
  'Une',
  'Des',
  'Il',
  'Elle',
  'Ils',
  'Elles',
  'Ce',
  'Cette',
  'Ces',
  'Mais',
  'Et',
  'Selon',
  'Pour',
  'Dans',
  'En',
  'Au',
  'Aux',
  'De',
  'Du',
  "D'",
  'On',
  'Nous',
  'Je',
  "J'",
  'Si',
  'Comme',
  'Après',
  'Avant',
  'Depuis',
  'Lors',
  'Alors',
  'Cela',
  'Ça',
  "C'",
  'Son',
  'Sa',
  'Ses',
  'Leur',
  'Leurs',
  'À',
  'A',
  'Par',
]);
const NAME_LINK = new Set(['de', 'du', "d'", 'la', 'le', 'des']);

/**
 * Names from capitalised word runs, when no entities are given: "Rémy Heitz" (PER), "ONU" (ORG).
 * Coarse on purpose: it only lets speakers be found without running the entity model.
 */
function capitalisedRuns(doc: Doc): Entity[] {
  const out: Entity[] = [];
  const toks = tokenTable(doc);
  for (let i = 0; i < toks.length; i++) {
    if (toks.kind[i] !== K_WORD || !UPPER.test(toks.text[i]) || FUNCTION_WORD.has(toks.norm[i])) continue;
    let j = i + 1;
    for (;;) {
      if (
        j < toks.length &&
        toks.kind[j] === K_WORD &&
        UPPER.test(toks.text[j]) &&
        toks.start[j] - toks.end[j - 1] <= 1
      )
        j++;
      else if (j + 1 < toks.length && NAME_LINK.has(toks.norm[j]) && UPPER.test(toks.text[j + 1])) j += 2;
      else break;
    }
    const start = toks.start[i];
    const end = toks.end[j - 1];
    const text = doc.text.slice(start, end);
    const acronym = j === i + 1 && /^[\p{Lu}\d-]{2,}$/u.test(toks.text[i]);
    const sentenceStart = i === doc.sentences[toks.sentence[i]].tokenStart;
    if (!(sentenceStart && j === i + 1))
      out.push({ text, start, end, type: acronym ? 'ORG' : 'PER', score: 0.5 });
    i = j - 1;
  }
  return out;
}

/**
 * Finds the quotations of a French text, with their speakers and speech verbs: direct quotations in
 * « … » or “ … ” (with an incise, a colon introduction, or attributed by context), indirect ones (speech
 * verb + que, selon/d'après X, "Pour X,", incises without marks) and mixed ones (reported content holding
 * a quoted fragment). Titles of works, project names and scare quotes in quotation marks are not quotations.
 * Offsets index the input (for an article, `title + "\n\n" + body`). Results are in text order.
 *
 * Pass the text's `entities` (from `extractEntities`) to link speakers to entity groups; `analyze()` does.
 *
 * @throws TypeError for a wrong input or option type; RangeError for text beyond `maxLength`.
 * @example
 * ```ts
 * import { extractQuotes } from 'depeche';
 * const [q] = extractQuotes('« Nous irons jusqu’au bout », a déclaré Rémy Heitz, procureur de Paris.');
 * q.kind;          // 'direct'
 * q.text;          // 'Nous irons jusqu’au bout'
 * q.speaker?.text; // 'Rémy Heitz'
 * q.cue?.lemma;    // 'déclarer'
 * ```
 */
export function extractQuotes(input: string | Doc | Article, options?: QuoteOptions): Quote[] {
  checkOptions('extractQuotes', options);
  let doc: Doc;
  if (isDoc(input)) doc = input;
  else {
    const text = typeof input === 'string' ? input : resolveArticle('extractQuotes', input).text;
    doc = createDoc(checkText('extractQuotes', text, options?.maxLength));
  }
  const given = options?.entities;
  if (given !== undefined && !Array.isArray(given)) {
    throw new TypeError('depeche: extractQuotes() option entities must be an array of entities');
  }
  if (tokenTable(doc).length === 0) return [];
  const all = given === undefined ? capitalisedRuns(doc) : given;
  // groups are numbered over all the given entities, as groupEntities() and analyze().entityGroups do
  return findQuotes(doc, usable(all, doc.text.length), all);
}

/** Entities sorted by start, without dates and without overlaps (the first, longest one wins). */
function usable(entities: readonly Entity[], length: number): Entity[] {
  const list = entities
    .filter(
      (e) =>
        e !== null &&
        typeof e === 'object' &&
        e.type !== 'DATE' &&
        Number.isInteger(e.start) &&
        Number.isInteger(e.end) &&
        e.start >= 0 &&
        e.end <= length &&
        e.start < e.end,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  for (const e of list) if (out.length === 0 || e.start >= out[out.length - 1].end) out.push(e);
  return out;
}
