import { checkDoc, checkNumberOption, checkOptions, checkText, createDoc, isDoc } from '../doc/index.js';
import type { Doc, Span, TextOptions } from '../doc/types.js';
import { sentenceFeatures, termsOf } from './features.js';
import { type Candidate, candidates } from './material.js';
import { loadModel, scoreSentence } from './model.js';
import { selectSentences } from './select.js';

export type { NonMaterialReason } from './material.js';

/**
 * One sentence of a summary: its exact span in the analysed text.
 * @example
 * ```ts
 * const [first] = summarize(text).sentences;
 * text.slice(first.start, first.end) === first.text; // true
 * ```
 */
export interface SummarySentence extends Span {
  /** `analysedText.slice(start, end)`. */
  text: string;
  /** Index of the sentence in the document's sentences (`doc.sentences[index]`). */
  index: number;
  /** Share of the article's summary-worthiness the scorer gives this sentence (softmax over its sentences), in (0, 1]. */
  score: number;
}

/**
 * An extractive summary: the chosen sentences in article order, and their text joined by spaces.
 * @example
 * ```ts
 * const s: Summary = summarize(article);
 * s.sentences.map((x) => x.index); // chosen sentences, in article order
 * ```
 */
export interface Summary {
  text: string;
  sentences: SummarySentence[];
}

/**
 * Options of {@link summarize}.
 * @example
 * ```ts
 * summarize(text, { sentences: 3, maxWords: 80 });
 * ```
 */
export interface SummarizeOptions extends TextOptions {
  /** How many sentences to return at most; default 2. */
  sentences?: number;
  /** Word budget: sentences that would take the summary over it are skipped (none is cut). */
  maxWords?: number;
}

/**
 * What {@link summarize} accepts: a text, a `Doc`, or an article with an optional title.
 * @example
 * ```ts
 * summarize('Un texte.');
 * summarize(createDoc('Un texte.'));
 * summarize({ title: 'Titre', body: 'Un texte.' });
 * ```
 */
export type SummarizeInput = string | Doc | { title?: string; body: string };

const FN = 'summarize';

function toDoc(
  input: SummarizeInput,
  options: SummarizeOptions | undefined,
): { doc: Doc; bodyStart: number } {
  const maxLength = options?.maxLength;
  if (typeof input === 'string')
    return { doc: createDoc(checkText(FN, input, maxLength), { maxLength }), bodyStart: 0 };
  if (isDoc(input)) return { doc: checkDoc(FN, input), bodyStart: 0 };
  if (typeof input === 'object' && input !== null && 'body' in input) {
    const { title, body } = input;
    if (typeof body !== 'string') throw new TypeError(`depeche: ${FN}() expects body to be a string`);
    if (title !== undefined && typeof title !== 'string')
      throw new TypeError(`depeche: ${FN}() expects title to be a string when given`);
    const t = title ?? '';
    const text = t.trim() === '' ? body : `${t}\n\n${body}`;
    const bodyStart = text === body ? 0 : t.length + 2;
    return { doc: createDoc(checkText(FN, text, maxLength), { maxLength }), bodyStart };
  }
  checkText(FN, input); // throws the contract's TypeError
  throw new TypeError(`depeche: ${FN}() expects a string, a Doc or { title?, body }`);
}

function checkCount(name: string, value: unknown, integer: boolean): void {
  checkNumberOption(FN, name, value, { min: 0, integer, infinite: !integer });
}

/** The title's terms: the given title, or else the headline lines that open the text. */
function titleTerms(doc: Doc, cands: readonly Candidate[], bodyStart: number): string[] {
  let end = 0;
  for (const c of cands) {
    const s = doc.sentences[c.index];
    if (s.start < bodyStart || (c.excluded === 'headline' && s.paragraph === 0)) end = s.tokenEnd;
    else break;
  }
  return termsOf(doc, 0, end);
}

/**
 * Picks the sentences that best say what a French news article is about (extractive summary).
 * A linear scorer learned from OrangeSum (position, length, TF-IDF centrality, overlap with the title,
 * numbers, names, quotes, cue phrases) ranks the sentences, and a greedy selection with a redundancy
 * penalty picks them; they come back in article order with their exact offsets.
 * Headlines, intertitles, bylines, datelines, photo credits, cross-links (« Lire aussi ») and footers
 * (« Dans la même rubrique »…) are never chosen. A text of one sentence or less is its own summary.
 *
 * Given `{ title, body }`, the text analysed is `title + "\n\n" + body` (or `body` alone without a title):
 * offsets refer to it. The title is never chosen but helps rank the sentences.
 *
 * @throws TypeError on a wrong input type; RangeError on a bad option or a text over `maxLength`.
 * @example
 * ```ts
 * import { summarize } from 'depeche';
 * const s = summarize({
 *   title: 'Grève à la SNCF : le trafic très perturbé mardi',
 *   body: "Le trafic sera très perturbé mardi à la SNCF, a annoncé la direction lundi. Un TGV sur trois circulera. Les syndicats réclament des hausses de salaire. Lire aussi : nos conseils",
 * });
 * s.sentences.length;    // 2
 * s.sentences[0].text;   // 'Le trafic sera très perturbé mardi à la SNCF, a annoncé la direction lundi.'
 * ```
 */
export function summarize(input: SummarizeInput, options?: SummarizeOptions): Summary {
  checkOptions(FN, options);
  checkCount('sentences', options?.sentences, true);
  checkCount('maxWords', options?.maxWords, false);
  const count = options?.sentences ?? 2;
  const { doc, bodyStart } = toDoc(input, options);
  const body = doc.sentences.filter((s) => s.start >= bodyStart);
  if (count === 0 || body.length === 0) return { text: '', sentences: [] };
  if (body.length === 1) {
    const s = body[0];
    return {
      text: s.text,
      sentences: [{ text: s.text, start: s.start, end: s.end, index: doc.sentences.indexOf(s), score: 1 }],
    };
  }
  const cands = candidates(doc, bodyStart);
  const model = loadModel();
  const f = sentenceFeatures(doc, cands, titleTerms(doc, cands, bodyStart), model.idf);
  if (f.material.length === 0) return { text: '', sentences: [] };
  // numbers in typed arrays: one element kind whatever the values (a plain array of scores is integers
  // on some articles, doubles on others, and every change deopts the code that reads it)
  const n = f.rows.length;
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) scores[i] = scoreSentence(model, f.rows[i], f.lexical[i]);
  const top = Math.max(...scores);
  let z = 0;
  for (let i = 0; i < n; i++) z += Math.exp(scores[i] - top);
  const adjusted = new Float64Array(n);
  const words = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    words[i] = f.material[i].words;
    adjusted[i] = scores[i] - model.lengthCost * words[i];
  }
  const picked = selectSentences(adjusted, f.vectors, words, {
    count,
    lambda: model.lambda,
    maxWords: options?.maxWords,
    exactPool: model.exactPool,
  });
  const sentences: SummarySentence[] = [];
  let text = '';
  for (const i of picked) {
    const c = f.material[i];
    const s = doc.text.slice(c.start, c.end);
    sentences.push({
      text: s,
      start: c.start,
      end: c.end,
      index: c.index,
      score: Math.exp(scores[i] - top) / z,
    });
    text = sentences.length === 1 ? s : `${text} ${s}`;
  }
  return { text, sentences };
}
