/**
 * Named entities in French news: people, organisations, places, other names, and dates.
 */
import { extractDates } from '../dates/index.js';
import { DEMS, DETS, fold, MONTHS, WEEKDAYS } from '../dates/lexicon.js';
import { readReferenceDate } from '../dates/reference.js';
import { checkDoc, checkOptions, checkText, createDoc, isDoc } from '../doc/index.js';
import { tokenStartingAt } from '../doc/spans.js';
import { K_NUMBER, type TokenTable, tokenTable } from '../doc/table.js';
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
  // names of types not asked for are dropped before the dates come in, so that they hide none
  if (types) ents = ents.filter((e) => types.includes(e.type));
  if (!types || types.includes('DATE')) ents = withDates(doc, ents, options?.referenceDate);
  return ents.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Adds the dates and times of `extractDates()` as DATE entities (with their TIMEX3 `value`); durations
 * and sets are left out. A DATE entity is a name like the others: a calendar date loses its leading
 * article or demonstrative ("le [6 mars]", "ce [lundi 4 avril]"), as "la [France]" does, while
 * `extractDates()` keeps it, as TimeML and the French TimeBank do. Phrases whose article is part of the
 * expression keep it ("la semaine dernière", "le lendemain"). A name lying inside a date ("Mardi" in "Mardi 25 novembre") gives way to the
 * date; a date overlapping a longer name ("Coupe du monde 2019") gives way to the name.
 */
/**
 * Where the name of a calendar date starts: after a leading article or demonstrative (le, la, l', les,
 * ce, cet, cette, ces) when the next token is a day number, a weekday or a month; else at `start`.
 */
function nameStart(table: TokenTable, start: number, end: number): number {
  const i = tokenStartingAt(table.start, start);
  if (i < 0 || i + 1 >= table.length || table.start[i + 1] >= end) return start;
  const w = fold(table.norm[i]);
  if (!DETS.has(w) && !DEMS.has(w)) return start;
  const next = fold(table.norm[i + 1]);
  return table.kind[i + 1] === K_NUMBER || WEEKDAYS.has(next) || MONTHS.has(next)
    ? table.start[i + 1]
    : start;
}

function withDates(doc: Doc, ents: Entity[], referenceDate: Date | string | undefined): Entity[] {
  const dates = extractDates(doc, referenceDate === undefined ? undefined : { referenceDate });
  if (dates.length === 0) return ents;
  const table = tokenTable(doc);
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
    if (!keep) continue;
    const start = nameStart(table, d.start, d.end);
    out.push({
      text: start === d.start ? d.text : doc.text.slice(start, d.end),
      type: 'DATE',
      start,
      end: d.end,
      score: 0.9,
      value: d.value,
    });
  }
  for (let i = 0; i < ents.length; i++) if (!drop[i]) out.push(ents[i]);
  return out;
}
