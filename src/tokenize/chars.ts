/**
 * Character classes for the tokenizer, computed once per UTF-16 code unit and cached in a typed array,
 * so the hot loop never runs a Unicode regular expression twice for the same character.
 */

export const SPACE = 1;
export const LETTER = 2;
export const DIGIT = 3;
export const PUNCT = 4;
export const SYMBOL = 5;
export const HIGH_SURROGATE = 6;
export const LOW_SURROGATE = 7;

const table = new Uint8Array(65536);
const reLetter = /[\p{L}\p{M}]/u;
const reDigit = /\p{Nd}/u;
const rePunct = /\p{P}/u;

function compute(c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) return HIGH_SURROGATE;
  if (c >= 0xdc00 && c <= 0xdfff) return LOW_SURROGATE;
  // Control characters, every Unicode space, and invisible format characters that act as spaces.
  if (c <= 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x200b)) return SPACE;
  if (c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)
    return SPACE;
  const ch = String.fromCharCode(c);
  if (reLetter.test(ch)) return LETTER;
  if (reDigit.test(ch)) return DIGIT;
  if (rePunct.test(ch)) return PUNCT;
  return SYMBOL;
}

/** The class of one UTF-16 code unit (SPACE, LETTER, DIGIT, PUNCT, SYMBOL or a surrogate half). */
export function charClass(c: number): number {
  let k = table[c];
  if (k === 0) k = table[c] = compute(c);
  return k;
}

/** Apostrophes: `'` `’` `‘` `ʼ` `′`. */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x2032;
}

/** Hyphens that join words: `-`, `‐` (U+2010), `‑` (U+2011). */
export function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** Spaces allowed between digit groups of a number: space, no-break space, narrow no-break space, thin space. */
export function isDigitGroupSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Line breaks: LF, CR, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** True for an uppercase letter (any script with case). */
export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True for a lowercase letter (any script with case). */
export function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
