/** A half-open range `[start, end)` of UTF-16 code-unit indices into the original, untouched text. */
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
 */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email' | 'mention' | 'hashtag';

/** One token. `text === doc.text.slice(start, end)` always holds. */
export interface Token extends Span {
  /** The exact characters of the original text. */
  text: string;
  /** Typographic normalisation of `text`: `’` → `'`, `« »` → `"`, spaces inside numbers removed, `…` → `...`. Case is kept. */
  norm: string;
  kind: TokenKind;
  /** Index of the sentence holding the token. */
  sentence: number;
}

/** One sentence: a span of the text and the range of tokens `[tokenStart, tokenEnd)` it holds. */
export interface Sentence extends Span {
  text: string;
  tokenStart: number;
  tokenEnd: number;
  /** Index of the paragraph (block of text between line breaks, or glued paragraphs) holding the sentence. */
  paragraph: number;
}

/** A tokenised text, built once by `createDoc()` and shared by every stage. */
export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

/** Options shared by every function that takes text. */
export interface TextOptions {
  /** Largest accepted input, in UTF-16 code units. Default {@link DEFAULT_MAX_LENGTH} (1,000,000). */
  maxLength?: number;
}

/** The default input limit: 1,000,000 UTF-16 code units (about 1 MB of French text). */
export const DEFAULT_MAX_LENGTH = 1_000_000;
