import { splitSentences } from '../tokenize/sentences.js';
import { scanTokens } from '../tokenize/tokenizer.js';
import { checkOptions, checkText, trustDoc } from './contract.js';
import type { Doc, TextOptions } from './types.js';

/**
 * Tokenises a text once into a {@link Doc} (tokens and sentences with exact offsets) that every stage
 * can share. The text is never modified: `doc.text.slice(t.start, t.end) === t.text` for every token.
 *
 * @throws TypeError when `text` is not a string; RangeError when it is longer than `maxLength`.
 * @example
 * ```ts
 * import { createDoc } from 'depeche';
 * const doc = createDoc("M. Dupont est arrivé à l'Élysée. Il a parlé.");
 * doc.sentences.length; // 2
 * doc.tokens[0].text;   // 'M.'
 * ```
 */
export function createDoc(text: string, options?: TextOptions): Doc {
  checkOptions('createDoc', options);
  checkText('createDoc', text, options?.maxLength);
  const tokens = scanTokens(text);
  const sentences = splitSentences(text, tokens);
  return trustDoc({ text, tokens, sentences });
}
