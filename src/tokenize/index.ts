import { checkOptions, checkText } from '../doc/contract.js';
import { tableTokens } from '../doc/table.js';
import type { Sentence, TextOptions, Token } from '../doc/types.js';
import { splitSentences } from './sentences.js';
import { scanTokens } from './tokenizer.js';

/**
 * Splits French text into tokens with exact UTF-16 offsets, French-aware: elisions (`l'`, `qu'`, `jusqu'`),
 * hyphenated names (`Jean-Pierre`) and inversions (`a` `-t-il`), abbreviations (`M.`, `Mme`, `etc.`, `J.-C.`),
 * numbers (`1 000`, `30,4`, `1er`), URLs, e-mails, `@handles` and `#hashtags`.
 *
 * @throws TypeError when `text` is not a string; RangeError when it is longer than `maxLength`.
 * @example
 * ```ts
 * import { tokenize } from 'depeche';
 * tokenize("Jusqu'où ira-t-il ?").map((t) => t.text);
 * // ["Jusqu'", 'où', 'ira', '-t-il', '?']
 * ```
 */
export function tokenize(text: string, options?: TextOptions): Token[] {
  checkOptions('tokenize', options);
  checkText('tokenize', text, options?.maxLength);
  const table = scanTokens(text);
  splitSentences(text, table);
  return tableTokens(table);
}

/**
 * Splits French text into sentences, each with its offsets, its token range and its paragraph.
 * Handles abbreviations (`M. Dupont`), sentence ends inside quotes, headlines separated by line breaks
 * and paragraphs glued without a space (`pyrénéen.Alors`).
 *
 * @throws TypeError when `text` is not a string; RangeError when it is longer than `maxLength`.
 * @example
 * ```ts
 * import { sentences } from 'depeche';
 * sentences('M. Dupont est arrivé. « Enfin ! » a-t-il dit.').map((s) => s.text);
 * // ['M. Dupont est arrivé.', '« Enfin ! » a-t-il dit.']
 * ```
 */
export function sentences(text: string, options?: TextOptions): Sentence[] {
  checkOptions('sentences', options);
  checkText('sentences', text, options?.maxLength);
  return splitSentences(text, scanTokens(text));
}
