/**
 * Named entities in French news: people, organisations, places, other names, and dates.
 */
import { extractDates } from '../dates/index.js';
import { readReferenceDate } from '../dates/reference.js';
import { checkDoc, checkOptions, checkText, createDoc, isDoc } from '../doc/index.js';
import { tokenTable } from '../doc/table.js';
import type { Doc } from '../doc/types.js';
import { fromBase64 } from '../lang/base64.js';
import { nerModelBase64 } from '../lang/fr/generated/ner-model.js';
import { assignCanonical } from './canonical.js';
import { decodeModel, type NerModel } from './model.js';
import { runNer } from './pipeline.js';
import type { Entity, EntityType, ExtractEntitiesOptions } from './types.js';

export { groupEntities } from './group.js';
export type {
  Entity,
  EntityGroup,
  EntityMention,
  EntityType,
  ExtractEntitiesOptions,
} from './types.js';

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
  if (options?.referenceDate !== undefined)
    readReferenceDate('extractEntities', 'referenceDate', options.referenceDate);
  let doc: Doc;
  if (isDoc(input)) doc = checkDoc('extractEntities', input);
  else {
    checkText('extractEntities', input, options?.maxLength);
    doc = createDoc(input, { maxLength: options?.maxLength });
  }
  if (options?.types !== undefined) {
    if (!Array.isArray(options.types) || options.types.some((t) => !TYPES.includes(t))) {
      throw new TypeError(`depeche: extractEntities() option types must be an array of ${TYPES.join(', ')}`);
    }
  }
  if (tokenTable(doc).length === 0) return [];
  const types = options?.types;
  let ents = runNer(doc, getModel());
  assignCanonical(doc.text, ents);
  if (!types || types.includes('DATE')) ents = withDates(doc, ents, options?.referenceDate);
  if (types) ents = ents.filter((e) => types.includes(e.type));
  return ents.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Adds the dates and times of `extractDates()` as DATE entities (with their TIMEX3 `value`); durations
 * and sets are left out. A name lying inside a date ("Mardi" in "Mardi 25 novembre") gives way to the
 * date; a date overlapping a longer name ("Coupe du monde 2019") gives way to the name.
 */
function withDates(doc: Doc, ents: Entity[], referenceDate: Date | string | undefined): Entity[] {
  const dates = extractDates(doc, referenceDate === undefined ? undefined : { referenceDate });
  if (dates.length === 0) return ents;
  const out: Entity[] = [];
  const drop = new Uint8Array(ents.length);
  for (const d of dates) {
    if (d.type !== 'DATE' && d.type !== 'TIME') continue;
    let keep = true;
    for (let i = 0; i < ents.length; i++) {
      const e = ents[i];
      if (e.end <= d.start || e.start >= d.end) continue;
      if (e.start >= d.start && e.end <= d.end) drop[i] = 1;
      else keep = false;
    }
    if (keep)
      out.push({ text: d.text, type: 'DATE', start: d.start, end: d.end, score: 0.9, value: d.value });
  }
  for (let i = 0; i < ents.length; i++) if (!drop[i]) out.push(ents[i]);
  return out;
}
