import { splitSentences } from '../tokenize/sentences.js';
import { scanTokens } from '../tokenize/tokenizer.js';
import { checkOptions, checkText, trustDoc } from './contract.js';
import { docOverTable } from './table.js';
import type { Doc, TextOptions } from './types.js';

/**
 * Tokenises a text once into a {@link Doc} (tokens and sentences with exact offsets) that every stage
 * can share. The text is never modified: `doc.text.slice(t.start, t.end) === t.text` for every token.
 *
 * The tokens are kept in a compact table that the stages read directly; `doc.tokens`, the array of
 * {@link Token} objects, is created on its first read and then kept (an own enumerable property, so
 * `JSON.stringify(doc)`, `{ ...doc }` and `structuredClone(doc)` see a plain Doc). `analyze()` and the
 * other stages never read it, which keeps a long text's cost in the garbage collector linear.
 *
 * @throws TypeError when `text` is not a string; RangeError when it is longer than `maxLength`.
 * @example
 * ```ts
 * import { createDoc } from 'depeche';
 * const doc = createDoc("M. Dupont est arrivé à l'Élysée. Il a parlé.");
 * doc.sentences.length; // 2
 * doc.tokens[0].text;   // 'M.' (the Token objects are made here, on first read)
 * JSON.parse(JSON.stringify(doc)).tokens.length === doc.tokens.length; // true
 * ```
 */
export function createDoc(text: string, options?: TextOptions): Doc {
  checkOptions('createDoc', options);
  checkText('createDoc', text, options?.maxLength);
  const table = scanTokens(text);
  const sentences = splitSentences(text, table);
  return trustDoc(docOverTable(text, table, sentences));
}
