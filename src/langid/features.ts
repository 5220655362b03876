/**
 * Character n-gram features for language identification, shared by the runtime detector and the
 * training script (so both see exactly the same features).
 *
 * A text is lower-cased and cut into words: runs of letters (and combining marks), with an
 * apostrophe kept when it stands between two letters (`l'homme`, Breton `c'hoari`). Each word is
 * padded with one space on each side and every substring of 1 to {@link MAX_ORDER} characters is a
 * feature (the lone padding space excepted). Digits, punctuation and symbols only separate words.
 * @internal
 */

/** Longest n-gram used. */
export const MAX_ORDER = 5;
/** Words longer than this are cut (CJK runs have no spaces and can be long). */
export const MAX_WORD = 24;

/** Writing systems the detector distinguishes before comparing n-grams. */
export type Script =
  | 'Latin'
  | 'Greek'
  | 'Cyrillic'
  | 'Arabic'
  | 'Hebrew'
  | 'CJK'
  | 'Hangul'
  | 'Devanagari'
  | 'Thai'
  | 'Other';

const LETTER = /[\p{L}\p{M}]/u;
const SCRIPTS: readonly [RegExp, Script][] = [
  [/\p{Script=Latin}/u, 'Latin'],
  [/\p{Script=Cyrillic}/u, 'Cyrillic'],
  [/\p{Script=Greek}/u, 'Greek'],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u, 'CJK'],
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Hangul}/u, 'Hangul'],
  [/\p{Script=Devanagari}/u, 'Devanagari'],
  [/\p{Script=Thai}/u, 'Thai'],
];

/** True for a letter or combining mark. ASCII is decided without a regex. */
export function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(ch);
}

/** The script of one letter. */
export function scriptOf(ch: string): Script {
  const c = ch.charCodeAt(0);
  if (c < 0x250) return 'Latin'; // Basic Latin, Latin-1, Latin Extended-A/B (letters only reach here)
  for (const [re, name] of SCRIPTS) if (re.test(ch)) return name;
  return 'Other';
}

const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘']);

/** Words of a text (lower-cased, NFC), plus letter counts per script. */
export interface Words {
  words: string[];
  letters: number;
  scripts: Map<Script, number>;
}

/**
 * Splits `text` into lower-cased words and counts its letters by script. Reads at most `maxChars`
 * UTF-16 code units (the start of the text is a fair sample of its language).
 */
export function words(text: string, maxChars = Number.POSITIVE_INFINITY): Words {
  const sample = (text.length > maxChars ? text.slice(0, maxChars) : text).normalize('NFC').toLowerCase();
  const out: string[] = [];
  const scripts = new Map<Script, number>();
  let letters = 0;
  let cur = '';
  for (const ch of sample) {
    if (isLetter(ch)) {
      letters++;
      const s = scriptOf(ch);
      scripts.set(s, (scripts.get(s) ?? 0) + 1);
      if (cur.length < MAX_WORD) cur += ch;
    } else if (APOSTROPHES.has(ch) && cur !== '' && cur[cur.length - 1] !== "'") {
      cur += "'";
    } else if (cur !== '') {
      out.push(trimApostrophe(cur));
      cur = '';
    }
  }
  if (cur !== '') out.push(trimApostrophe(cur));
  return { words: out, letters, scripts };
}

function trimApostrophe(w: string): string {
  return w.endsWith("'") && w.length > 1 && !isElision(w) ? w.slice(0, -1) : w;
}

/** `l'`, `d'`, `qu'`… keep their apostrophe even when the next word is cut off. */
function isElision(w: string): boolean {
  return w.length <= 4;
}

/** Calls `emit` for every n-gram (1..MAX_ORDER) of the padded word. */
export function forEachGram(word: string, emit: (gram: string) => void): void {
  const padded = ` ${word} `;
  const len = padded.length;
  for (let i = 0; i < len; i++) {
    const top = Math.min(MAX_ORDER, len - i);
    for (let n = 1; n <= top; n++) {
      if (n === 1 && (i === 0 || i === len - 1)) continue;
      emit(padded.slice(i, i + n));
    }
  }
}

/** FNV-1a constants (32-bit). */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a hash of a string's UTF-16 code units (the key of an n-gram in the model's table). */
export function gramHash(gram: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < gram.length; i++) h = Math.imul(h ^ gram.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Room needed by {@link gramHashes} for one word: (MAX_WORD + 2) start positions × MAX_ORDER. */
export const MAX_GRAMS_PER_WORD = (MAX_WORD + 2) * MAX_ORDER;

/**
 * Same n-grams as {@link forEachGram}, in the same order, without building strings: writes each
 * n-gram's {@link gramHash} and order (length) into `hashes` and `orders` and returns how many.
 * `word` must not be longer than {@link MAX_WORD} (as {@link words} guarantees).
 */
export function gramHashes(word: string, hashes: Uint32Array, orders: Uint8Array): number {
  const len = word.length + 2;
  let count = 0;
  for (let i = 0; i < len; i++) {
    const top = Math.min(MAX_ORDER, len - i);
    let h = FNV_OFFSET;
    for (let n = 1; n <= top; n++) {
      const p = i + n - 1;
      h = Math.imul(h ^ (p === 0 || p === len - 1 ? 32 : word.charCodeAt(p - 1)), FNV_PRIME);
      if (n === 1 && (i === 0 || i === len - 1)) continue;
      hashes[count] = h >>> 0;
      orders[count] = n;
      count++;
    }
  }
  return count;
}
