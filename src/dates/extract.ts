import { checkDoc, checkOptions, checkText, isDoc } from '../doc/contract.js';
import { createDoc } from '../doc/create.js';
import { tokenTable } from '../doc/table.js';
import type { Doc } from '../doc/types.js';
import { readReferenceDate } from './reference.js';
import { finish } from './resolve/index.js';
import { Scanner, scan, scannerTokens } from './scan/index.js';
import type { DateMention, DateOptions } from './types.js';

/**
 * Finds the temporal expressions of a French text and normalises them to TimeML TIMEX3 values,
 * resolved against the publication date (`referenceDate`). Mentions are sorted by `start`.
 *
 * Relative expressions ("hier", "lundi dernier", "le 3 mars", "dans deux semaines") need the reference
 * date; without it they keep unresolved values (`XXXX-XX-XX`, `XXXX-WXX-1`, `XXXX-03-03`) and their
 * `rule` ends with `:unresolved`. Bare clock times take the day of the nearest date of their sentence
 * (else the last one before, else the reference date). As in TimeML, a calendar date and its clock time are
 * two mentions ("lundi 24 novembre" + "14 h 30"); a part of the day belongs to its day ("lundi soir").
 *
 * Implicit years and weeks ("dimanche", "le 12 juin", "au printemps") are placed by the tense of the
 * governing verb: forwards in a future, futur proche or conditional sentence, backwards in a past one.
 *
 * @throws TypeError when `text` is neither a string nor a `Doc`, options is not an object, or `referenceDate`
 *   neither a string nor a `Date`; RangeError when `referenceDate` is not a valid date (`25/11/2025`,
 *   `2025-02-30`, a year outside 1000–9999, an invalid `Date`).
 * @example
 * ```ts
 * import { extractDates } from 'depeche';
 * extractDates('Le sommet aura lieu lundi 24 novembre à 14 h 30, pendant quatre jours.', {
 *   referenceDate: '2025-11-20',
 * }).map((m) => [m.text, m.type, m.value]);
 * // [['lundi 24 novembre', 'DATE', '2025-11-24'], ['14 h 30', 'TIME', '2025-11-24T14:30'],
 * //  ['quatre jours', 'DURATION', 'P4D']]
 * ```
 */
export function extractDates(text: string | Doc, options?: DateOptions): DateMention[] {
  checkOptions('extractDates', options);
  const ref =
    options?.referenceDate === undefined
      ? undefined
      : readReferenceDate('extractDates', 'referenceDate', options.referenceDate);
  let doc: Doc;
  if (isDoc(text)) doc = checkDoc('extractDates', text);
  else {
    if (typeof text !== 'string') {
      throw new TypeError(
        `depeche: extractDates() expects a string or a Doc, got ${text === null ? 'null' : typeof text}`,
      );
    }
    checkText('extractDates', text, options?.maxLength);
    doc = createDoc(text, { maxLength: options?.maxLength });
  }
  if (doc.text.length === 0) return [];
  // analyze() asks for the dates of one Doc twice (the dates stage, and DATE entities): computed once per Doc
  // and reference date, handed out as copies so that a caller changing its result changes nothing else.
  const key = ref ? `${ref.y}-${ref.m}-${ref.d}T${ref.hour}:${ref.minute}` : '';
  let byRef = cache.get(doc);
  let found = byRef?.get(key);
  if (!found) {
    const sc = new Scanner(scannerTokens(doc.text, tokenTable(doc)), doc.text);
    found = finish(doc.text, sc, scan(sc), ref);
    if (!byRef) cache.set(doc, (byRef = new Map()));
    byRef.set(key, found);
  }
  return found.map((m) => (m.range ? { ...m, range: { ...m.range } } : { ...m }));
}

const cache = new WeakMap<Doc, Map<string, DateMention[]>>();
