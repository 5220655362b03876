/**
 * A half-open range `[start, end)` of UTF-16 code-unit indices into the original, untouched text.
 * @example
 * ```ts
 * const s: Span = { start: 0, end: 5 };
 * 'Paris brûle'.slice(s.start, s.end); // 'Paris'
 * ```
 */
export interface Span {
  start: number;
  end: number;
}

/**
 * What a token is made of.
 * - `word`: letters (with inner hyphens or apostrophes), abbreviations with their dot (`M.`, `U.S.A.`), elided forms (`l'`)
 * - `number`: starts with a digit (`1 000`, `30,4`, `1er`, `14h30`)
 * - `punct`: punctuation (`.`, `«`, `...`)
 * - `symbol`: anything else that is not space (`%`, `€`, emoji)
 * - `url`, `email`, `mention` (`@handle`), `hashtag` (`#tag`)
 * @example
 * ```ts
 * tokenize('Voir https://a.fr, 1 000 € !').map((t) => t.kind);
 * // ['word', 'url', 'punct', 'number', 'symbol', 'punct']
 * ```
 */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email' | 'mention' | 'hashtag';

/**
 * One token. `text === doc.text.slice(start, end)` always holds.
 * @example
 * ```ts
 * const [t] = tokenize('l’ONU');
 * t; // { text: 'l’', start: 0, end: 2, norm: "l'", kind: 'word', sentence: 0 }
 * ```
 */
export interface Token extends Span {
  /** The exact characters of the original text. */
  text: string;
  /** Typographic normalisation of `text`: `’` → `'`, `« »` → `"`, spaces inside numbers removed, `…` → `...`. Case is kept. */
  norm: string;
  kind: TokenKind;
  /** Index of the sentence holding the token. */
  sentence: number;
}

/**
 * One sentence: a span of the text and the range of tokens `[tokenStart, tokenEnd)` it holds.
 * @example
 * ```ts
 * const [s] = sentences('Il pleut. Il vente.');
 * s; // { text: 'Il pleut.', start: 0, end: 9, tokenStart: 0, tokenEnd: 3, paragraph: 0 }
 * ```
 */
export interface Sentence extends Span {
  text: string;
  tokenStart: number;
  tokenEnd: number;
  /** Index of the paragraph (block of text between line breaks, or glued paragraphs) holding the sentence. */
  paragraph: number;
}

/**
 * A tokenised text, built once by `createDoc()` and shared by every stage. In a Doc of `createDoc()`,
 * `tokens` is created on first read (the stages read a compact token table instead, so they never pay
 * for one object per token) and then kept; it is an own enumerable property like `text` and `sentences`,
 * so JSON, spreading and `structuredClone` see a plain object.
 * @example
 * ```ts
 * const doc: Doc = createDoc('M. Dupont arrive. Il parle.');
 * doc.sentences.length; // 2
 * extractEntities(doc); // reuses the tokenisation; no Token object is made
 * doc.tokens[1].text;   // 'Dupont' (the Token objects are made here, once)
 * ```
 */
export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

/**
 * Options shared by every function that takes text.
 * @example
 * ```ts
 * tokenize(longText, { maxLength: 2_000_000 }); // accept up to 2 million UTF-16 code units
 * ```
 */
export interface TextOptions {
  /** Largest accepted input, in UTF-16 code units. Default {@link DEFAULT_MAX_LENGTH} (1,000,000). */
  maxLength?: number;
}

/**
 * The default input limit: 1,000,000 UTF-16 code units (about 1 MB of French text).
 * @example
 * ```ts
 * if (text.length > DEFAULT_MAX_LENGTH) text = text.slice(0, DEFAULT_MAX_LENGTH);
 * analyze(text);
 * ```
 */
export const DEFAULT_MAX_LENGTH = 1_000_000;
