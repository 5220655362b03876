/**
 * Named entities in French news: people, organisations, places, other names, and dates.
 */
import { checkOptions, checkText, createDoc, isDoc } from '../doc/index.js';
import type { Doc } from '../doc/types.js';
import { nerModelBase64 } from '../lang/fr/generated/ner-model.js';
import { assignCanonical } from './canonical.js';
import { decodeModel, fromBase64, type NerModel } from './model.js';
import { runNer } from './pipeline.js';
import type { Entity, EntityType, ExtractEntitiesOptions } from './types.js';

export { groupEntities } from './group.js';
export type { Entity, EntityGroup, EntityType, ExtractEntitiesOptions } from './types.js';

let model: NerModel | undefined;

function getModel(): NerModel {
  if (!model) model = decodeModel(fromBase64(nerModelBase64));
  return model;
}

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC', 'DATE'];

/**
 * Finds the named entities of a French text: people (`PER`), organisations (`ORG`), places (`LOC`),
 * other names such as events, works and products (`MISC`), with exact UTF-16 offsets into the input,
 * a confidence `score`, and the `canonical` (fullest) name each mention refers to in the same text.
 * Results are sorted by `start`.
 *
 * @example
 * ```ts
 * import { extractEntities } from 'depeche';
 * extractEntities("Le ministre Nasser Bourita est arrivé à Rabat. Bourita a salué l'ONU.");
 * // [{ text: 'Nasser Bourita', type: 'PER', start: 12, end: 26, score: 0.99, canonical: 'Nasser Bourita' },
 * //  { text: 'Rabat', type: 'LOC', ... },
 * //  { text: 'Bourita', type: 'PER', ..., canonical: 'Nasser Bourita' },
 * //  { text: 'ONU', type: 'ORG', ... }]
 * ```
 */
export function extractEntities(input: string | Doc, options?: ExtractEntitiesOptions): Entity[] {
  checkOptions('extractEntities', options);
  let doc: Doc;
  if (isDoc(input)) doc = input;
  else doc = createDoc(checkText('extractEntities', input, options?.maxLength));
  if (options?.types !== undefined) {
    if (!Array.isArray(options.types) || options.types.some((t) => !TYPES.includes(t))) {
      throw new TypeError(`depeche: extractEntities() option types must be an array of ${TYPES.join(', ')}`);
    }
  }
  if (doc.tokens.length === 0) return [];
  let ents = runNer(doc, getModel());
  assignCanonical(doc.text, ents);
  const types = options?.types;
  if (types) ents = ents.filter((e) => types.includes(e.type));
  return ents.sort((a, b) => a.start - b.start || b.end - a.end);
}
