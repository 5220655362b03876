/** Word shapes and capitalisation classes, features of the NER model (see features.ts). */

/** Token classes by capitalisation. */
export const C_LOWER = 0;
export const C_CAP = 1;
export const C_UPPER = 2;
export const C_NUM = 3;
export const C_PUNCT = 4;
export const C_OTHER = 5;
export const C_MIXED = 6;
export const C_LETTER = 7;

function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase();
}

function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase();
}

/** A word's shape: up to six classes (d digit, X upper, x lower, else the character), and collapsed runs. */
export function shapeOf(w: string): { long: string; short: string } {
  let long = '';
  let short = '';
  let prev = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 48 && c <= 57) k = 'd';
    else if (isUpperCode(c)) k = 'X';
    else if (isLowerCode(c)) k = 'x';
    else k = w[i];
    if (long.length < 6) long += k;
    if (k !== prev) short += k;
    prev = k;
  }
  if (w.length > 6) long += '+';
  return { long, short };
}

/** A token's capitalisation class (one of the `C_` constants). */
export function capClass(text: string, kind: string): number {
  if (kind === 'number') return C_NUM;
  if (kind === 'punct') return C_PUNCT;
  if (kind !== 'word') return C_OTHER;
  const c0 = text.charCodeAt(0);
  if (isUpperCode(c0)) {
    if (text.length === 1 || (text.length === 2 && text.charCodeAt(1) === 46)) return C_LETTER;
    let allUpper = true;
    for (let i = 1; i < text.length; i++) {
      if (isLowerCode(text.charCodeAt(i))) {
        allUpper = false;
        break;
      }
    }
    return allUpper ? C_UPPER : C_CAP;
  }
  for (let i = 1; i < text.length; i++) if (isUpperCode(text.charCodeAt(i))) return C_MIXED;
  return C_LOWER;
}
