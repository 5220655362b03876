import {
  checkDoc,
  checkNumberOption,
  checkOptions,
  checkText,
  createDoc,
  type Doc,
  isDoc,
} from '../doc/index.js';
import { tokenTable } from '../doc/table.js';
import { shippedCalibration } from './calibrate.js';
import { DEFAULT_FALLBACK, rankTopics } from './rank.js';
import { proposeTopics } from './score.js';
import type { Topic, TopicInput, TopicOptions } from './types.js';

export type { Topic, TopicEvidence, TopicInput, TopicOptions } from './types.js';

/**
 * Default smallest score returned. Scores are calibrated probabilities, and for calibrated probabilities the
 * threshold that maximises F1 is about half the best F1 reachable (0.41 here): under 5-fold CV over the 240
 * development articles of newsgold-dev, micro F1 is flat from 0.38 to 0.42 (81.8–82.1) and lower at 0.45
 * (81.6), so 0.4, with micro precision still above 0.80 (docs/topics.md).
 */
export const DEFAULT_THRESHOLD = 0.4;
const DEFAULT_LIMIT = 10;

function toDoc(input: unknown, maxLength: number | undefined): { doc: Doc; titleEnd: number } {
  const make = (text: string) => createDoc(checkText('tagTopics', text, maxLength), { maxLength });
  if (typeof input === 'string') return { doc: make(input), titleEnd: -1 };
  if (isDoc(input)) return { doc: checkDoc('tagTopics', input), titleEnd: -1 };
  if (typeof input === 'object' && input !== null && typeof (input as { body?: unknown }).body === 'string') {
    const { title, body } = input as { title?: unknown; body: string };
    if (title !== undefined && typeof title !== 'string') {
      throw new TypeError('depeche: tagTopics() expects title to be a string');
    }
    if (title === undefined || title === '') return { doc: make(body), titleEnd: 0 };
    return { doc: make(`${title}\n\n${body}`), titleEnd: title.length };
  }
  const what = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
  throw new TypeError(`depeche: tagTopics() expects a string, a Doc or { title?, body }, got ${what}`);
}

/**
 * Tags a French news text with its main subjects as IPTC Media Topics (and depeche's finer tags), each
 * with a calibrated probability, title/lead support and the spans that justify it. Hand-written French
 * cue lists (stem-matched, multi-word, weighted by position, wary of negation and of context) and weights
 * learned from OrangeSum desk sections propose topics; a second stage fitted on doubly annotated news
 * turns them into the probability that a careful reader lists each subject (default threshold 0.4).
 *
 * @param input a text, a `Doc`, or `{ title, body }` (analysed as `title + "\n\n" + body`; evidence
 *   offsets refer to that text).
 * @returns the topics at or above `threshold`, at most `limit`, the most likely first, then one place per IPTC
 *   branch before a second topic of a branch (a topic whose branch is already listed ranks at 0.4 × its score;
 *   within a branch by score).
 * @throws TypeError when `input` is not a string, a `Doc` or `{ title?, body }`, or an option has the wrong
 *   type; RangeError when `threshold` is outside [0, 1], `limit` is not a non-negative integer, or the text
 *   is longer than `maxLength` (default 1,000,000).
 * @example
 * ```ts
 * import { tagTopics } from 'depeche';
 * const tags = tagTopics({
 *   title: 'Démantèlement d’un réseau de blanchiment',
 *   body: 'Europol a coordonné l’enquête sur ce réseau criminel qui blanchissait l’argent de la drogue.',
 * });
 * tags.map((t) => t.id);
 * // ['organised-crime', 'international-police-cooperation', 'police', 'financial-crime', 'money-laundering']
 * tags[0].score;         // 0.871: estimated probability that a reader lists it as a main subject
 * tags[4].inTitle;       // true ('blanchiment' is in the title)
 * tags[4].evidence[0];   // { text: 'blanchiment', start: 29, end: 40 }
 * ```
 */
export function tagTopics(input: TopicInput, options?: TopicOptions): Topic[] {
  checkOptions('tagTopics', options);
  const threshold =
    checkNumberOption('tagTopics', 'threshold', options?.threshold, { min: 0, max: 1 }) ?? DEFAULT_THRESHOLD;
  const limit =
    checkNumberOption('tagTopics', 'limit', options?.limit, { min: 0, integer: true, infinite: true }) ??
    DEFAULT_LIMIT;
  const { doc, titleEnd } = toDoc(input, options?.maxLength);
  if (tokenTable(doc).length === 0 || limit === 0) return [];
  // Only with the default threshold does an article whose subjects are all uncertain still get its best one.
  const fallback = options?.threshold === undefined ? DEFAULT_FALLBACK : 1;
  const model = shippedCalibration();
  const props = proposeTopics(doc, titleEnd, model.knn != null, model.actors === true);
  return rankTopics(doc, props, threshold, limit, fallback);
}
