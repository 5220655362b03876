import { kindCode, TableBuilder, type TokenTable } from '../doc/table.js';
import type { TokenKind } from '../doc/types.js';
import {
  abbreviations,
  cliticExceptions,
  clitics,
  elisions,
  elisionWords,
  titles,
} from '../lang/fr/generated/fr.js';
import { commonWords, mixedCaseWords } from '../lang/fr/generated/mined-ner.js';
import {
  charClass,
  DIGIT,
  HIGH_SURROGATE,
  isApostrophe,
  isDigitGroupSpace,
  isHyphen,
  LETTER,
  LOW_SURROGATE,
  PUNCT,
  SPACE,
} from './chars.js';

const ELISIONS = new Set(elisions);
const ELISION_WORDS = new Set(elisionWords);
/** Length of the longest elided form (`lorsqu`, `puisqu`...). */
const ELISION_MAX = Math.max(...elisions.map((e) => e.length));
const TITLES = new Set(titles);
const ABBREVIATIONS = new Set(abbreviations);
const CLITIC_EXCEPTIONS = new Set(cliticExceptions);
/** Subject pronouns split off in any inversion; object pronouns only from all-lowercase words. */
const SUBJECT_CLITICS = new Set([
  't-il',
  't-elle',
  't-on',
  't-ils',
  't-elles',
  'il',
  'elle',
  'on',
  'ils',
  'elles',
  'je',
  'tu',
  'nous',
  'vous',
  'ce',
]);
const CLITICS = new Set(clitics);
/**
 * Switch of the glued-paragraph split, for the training scripts that must rebuild committed artefacts
 * from the tokenisation they were built with (scripts/lib/lexicon-corpus.ts). Always on at run time. @internal
 */
export const tokenizerConfig = { splitGlue: true };

/** Mixed-case names of the news (YouTube, WhatsApp) that are not paragraphs glued together. */
const MIXED_CASE = new Set(mixedCaseWords);
/** Frequent lowercase words: capitalised right after a capitalised word, they start a glued paragraph. */
const COMMON_WORDS = new Set(commonWords);

const reUrl = /(?:https?:\/\/|www\.)[^\s<>"«»“”]+/iy;
const reEmail =
  /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/y;
const reHandleBody = /[\p{L}\p{N}_]+/uy;
/** Dotted acronyms and initials: U.S.A., J.-C., J.-P. */
const reDotted = /\p{Lu}\.(?:-?\p{Lu}\.)+/uy;
const URL_TRAIL = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "'", '’']);
const reNormNeeded = /[’‘ʼ′\u00a0\u202f\u2009\u2010\u2011«»“”„‟…–—]/;

/** Typographic normalisation of a token (see `Token.norm`). */
export function normalizeToken(text: string, kind: TokenKind): string {
  if (kind === 'number') return text.replace(/[\u00a0\u202f\u2009 ]/g, '');
  if (!reNormNeeded.test(text)) return text;
  let s = text.replace(/[’‘ʼ′]/g, "'").replace(/[\u2010\u2011]/g, '-');
  s = s
    .replace(/[«»“”„‟]/g, '"')
    .replace(/…/g, '...')
    .replace(/[–—]/g, '—');
  return s;
}

/** Tokens this short are interned (see {@link Interned}); a copy of a longer one is rarely repeated. */
const INTERN_MAX = 12;

/**
 * The short token strings of one call, each made once: a repeated word (`de`, `Jean`, `’`) gets the
 * same `text` and `norm` strings at every occurrence instead of a copy each, so that a Doc holds one
 * object per token and not one object plus one or two strings (less memory, and fewer objects for the
 * garbage collector to copy when a Doc outlives the young generation). A direct-mapped table: the slot
 * is a hash of the token's characters, the string found there is compared in place with the text (no
 * slice to look it up), and a miss replaces it. Per call, so that no string of an earlier text is kept.
 */
class Interned {
  readonly texts: (string | undefined)[];
  readonly norms: string[];
  readonly kinds: (TokenKind | undefined)[];
  readonly mask: number;
  constructor(textLength: number) {
    // about one slot per 8 characters of text, between 16 and 4,096 slots
    let size = 16;
    while (size < 4096 && size * 8 < textLength) size *= 2;
    this.texts = new Array<string | undefined>(size).fill(undefined);
    this.norms = new Array<string>(size).fill('');
    this.kinds = new Array<TokenKind | undefined>(size).fill(undefined);
    this.mask = size - 1;
  }
}

/** The table of the scanTokens() call under way (scanning is synchronous and never re-entered). */
let interned: Interned | null = null;

/**
 * Appends token `[start, end)` of `text` to the table: its strings are interned when short (see
 * {@link Interned}), sliced otherwise; no object is made for it.
 */
function pushToken(out: TableBuilder, text: string, start: number, end: number, kind: TokenKind): void {
  const table = interned;
  const len = end - start;
  const code = kindCode(kind);
  if (table === null || len > INTERN_MAX) {
    const t = text.slice(start, end);
    out.push(t, normalizeToken(t, kind), start, end, code);
    return;
  }
  let h = len;
  for (let p = start; p < end; p++) h = (Math.imul(h, 31) + text.charCodeAt(p)) | 0;
  const slot = (h ^ (h >>> 15)) & table.mask;
  const known = table.texts[slot];
  if (known !== undefined && known.length === len && table.kinds[slot] === kind) {
    let same = true;
    for (let p = 0; p < len && same; p++) same = known.charCodeAt(p) === text.charCodeAt(start + p);
    if (same) {
      out.push(known, table.norms[slot], start, end, code);
      return;
    }
  }
  const t = text.slice(start, end);
  const norm = normalizeToken(t, kind);
  table.texts[slot] = t;
  table.norms[slot] = norm;
  table.kinds[slot] = kind;
  out.push(t, norm, start, end, code);
}

/** Consumes one code point of a symbol together with what joins it (ZWJ sequences, variation selectors, skin tones, keycaps). */
function scanSymbol(text: string, i: number): number {
  const n = text.length;
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    j +=
      charClass(c) === HIGH_SURROGATE && j + 1 < n && charClass(text.charCodeAt(j + 1)) === LOW_SURROGATE
        ? 2
        : 1;
    // modifiers that belong to the previous code point
    for (;;) {
      if (j >= n) return j;
      const m = text.charCodeAt(j);
      if (m === 0xfe0e || m === 0xfe0f || m === 0x20e3) j++;
      else if (
        m === 0xd83c &&
        j + 1 < n &&
        text.charCodeAt(j + 1) >= 0xdffb &&
        text.charCodeAt(j + 1) <= 0xdfff
      )
        j += 2;
      else break;
    }
    if (j + 1 < n && text.charCodeAt(j) === 0x200d && charClass(text.charCodeAt(j + 1)) !== SPACE) {
      j++; // zero-width joiner: the next code point is part of the same symbol
      continue;
    }
    return j;
  }
}

function isWordChar(k: number): boolean {
  return k === LETTER || k === DIGIT;
}

/**
 * Splits French text into tokens with exact UTF-16 offsets. Spaces (including U+00A0 and U+202F) and
 * control characters are never part of a token; every other character belongs to exactly one token.
 * @internal use `tokenize()` or `createDoc()`.
 */
export function scanTokens(text: string): TokenTable {
  interned = new Interned(text.length);
  try {
    return scan(text);
  } finally {
    interned = null;
  }
}

function scan(text: string): TokenTable {
  const tokens = new TableBuilder(text.length);
  const n = text.length;
  let i = 0;
  // The next '@' at or after i: -2 not searched yet, -1 none left. Searched for lazily, at the first
  // word: a search before the loop whose value only deoptimisation frames use (a text without words)
  // was sunk into the loop by V8's optimising compiler, one search of the whole text per token.
  let nextAt = -2;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    if (k === SPACE) {
      i++;
      continue;
    }
    if (k === LETTER || k === DIGIT) {
      if (nextAt !== -1 && nextAt < i) nextAt = text.indexOf('@', i);
      if (nextAt > i && nextAt - i <= 64 && c < 0x80) {
        reEmail.lastIndex = i;
        const m = reEmail.exec(text);
        if (m) {
          pushToken(tokens, text, i, i + m[0].length, 'email');
          i += m[0].length;
          continue;
        }
      }
      i = scanWord(text, i, tokens);
      continue;
    }
    if (k === PUNCT) {
      i = scanPunct(text, i, c, tokens);
      continue;
    }
    const j = scanSymbol(text, i);
    pushToken(tokens, text, i, j, 'symbol');
    i = j;
  }
  return tokens.done();
}

function scanPunct(text: string, i: number, c: number, tokens: TableBuilder): number {
  const n = text.length;
  // @handle and #hashtag
  if ((c === 0x40 || c === 0x23) && i + 1 < n) {
    const prev = i > 0 ? charClass(text.charCodeAt(i - 1)) : SPACE;
    if (!isWordChar(prev)) {
      reHandleBody.lastIndex = i + 1;
      const m = reHandleBody.exec(text);
      if (m) {
        const j = i + 1 + m[0].length;
        pushToken(tokens, text, i, j, c === 0x40 ? 'mention' : 'hashtag');
        return j;
      }
    }
  }
  let j = i + 1;
  if (c === 0x2e) {
    while (j < n && text.charCodeAt(j) === 0x2e) j++; // "..." is one token
  } else if (c === 0x21 || c === 0x3f || c === 0x2026) {
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 0x21 || d === 0x3f || d === 0x2026) j++;
      else break;
    }
  }
  pushToken(tokens, text, i, j, 'punct');
  return j;
}

function scanWord(text: string, start: number, tokens: TableBuilder): number {
  const n = text.length;
  const c0 = text.charCodeAt(start);
  // URLs and e-mail addresses first: they contain characters that would otherwise split them.
  if (c0 === 0x68 || c0 === 0x48 || c0 === 0x77 || c0 === 0x57) {
    reUrl.lastIndex = start;
    const m = reUrl.exec(text);
    if (m) {
      let len = m[0].length;
      while (len > 0 && URL_TRAIL.has(m[0][len - 1])) len--;
      const body = m[0].slice(0, len);
      if (body.length > 4) {
        pushToken(tokens, text, start, start + body.length, 'url');
        return start + body.length;
      }
    }
  }
  // dotted acronyms and initials (U.S.A., J.-C.)
  if (charClass(c0) === LETTER && start + 1 < n && text.charCodeAt(start + 1) === 0x2e) {
    reDotted.lastIndex = start;
    const m = reDotted.exec(text);
    if (m) {
      pushToken(tokens, text, start, start + m[0].length, 'word');
      return start + m[0].length;
    }
  }
  const numeric = charClass(c0) === DIGIT;
  let j = start;
  let hyphens = false;
  // What the token holds so far, kept up to date instead of rescanning it at each separator (linear time):
  // only Unicode digits; only ASCII digits; separators accepted so far all decimal (',' '.') or all
  // digit-group spaces; and how many group spaces.
  let allDigits = true;
  let asciiDigits = true;
  let decimalSeps = true;
  let groupSeps = true;
  let groups = 0;
  for (;;) {
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      const k = charClass(c);
      if (k === DIGIT) {
        if (c < 0x30 || c > 0x39) asciiDigits = false;
      } else if (k === LETTER) {
        allDigits = false;
        asciiDigits = false;
      } else break;
    }
    if (j + 1 >= n) break;
    const d = text.charCodeAt(j);
    const next = charClass(text.charCodeAt(j + 1));
    if (isHyphen(d) && isWordChar(next)) {
      hyphens = true;
      decimalSeps = false;
      groupSeps = false;
      j++;
      continue;
    }
    if (isApostrophe(d) && next === LETTER) {
      // the longest elided form is a few letters: a longer prefix is never looked up (nor re-sliced)
      const left = j - start <= ELISION_MAX ? text.slice(start, j).toLowerCase() : null;
      if (left !== null && ELISIONS.has(left)) {
        // lexicalised words such as aujourd'hui, presqu'île stay whole
        let e = j + 1;
        while (e < n && charClass(text.charCodeAt(e)) === LETTER) e++;
        const whole = `${left}'${text.slice(j + 1, e).toLowerCase()}`;
        if (!ELISION_WORDS.has(whole)) {
          pushToken(tokens, text, start, j + 1, 'word');
          return j + 1;
        }
      }
      decimalSeps = false;
      groupSeps = false;
      j++;
      continue;
    }
    if (numeric && (d === 0x2c || d === 0x2e) && next === DIGIT && allDigits && decimalSeps) {
      groupSeps = false;
      j++; // decimal comma or point: 30,4 or 3.5 (and 24.11.25)
      continue;
    }
    if (
      numeric &&
      isDigitGroupSpace(d) &&
      next === DIGIT &&
      asciiDigits &&
      groupSeps &&
      (groups > 0 || j - start <= 3) &&
      digitGroupFollows(text, j)
    ) {
      decimalSeps = false;
      groups++;
      j++; // 1 000 000
      continue;
    }
    break;
  }
  const glue = hyphens || !tokenizerConfig.splitGlue ? -1 : gluePoint(text, start, j, numeric);
  if (glue > 0) {
    pushToken(tokens, text, start, glue, numeric ? 'number' : 'word');
    return glue;
  }
  if (j < n) {
    const d = text.charCodeAt(j);
    // the word is sliced only when a full stop, an apostrophe or a degree sign follows it
    const core = d === 0x2e || d === 0xb0 || isApostrophe(d) ? text.slice(start, j) : '';
    // abbreviations keep their full stop: M., Mme., etc.
    if (d === 0x2e && (TITLES.has(core) || ABBREVIATIONS.has(core) || isInitial(core))) {
      pushToken(tokens, text, start, j + 1, 'word');
      return j + 1;
    }
    // an elided form before a quote or at the end: l'« affaire », jusqu'
    if (isApostrophe(d) && ELISIONS.has(core.toLowerCase())) {
      pushToken(tokens, text, start, j + 1, 'word');
      return j + 1;
    }
    // n° and N°
    if (d === 0xb0 && (core === 'n' || core === 'N')) {
      pushToken(tokens, text, start, j + 1, 'word');
      return j + 1;
    }
  }
  if (hyphens && !numeric) {
    pushWithClitics(text, start, j, tokens);
    return j;
  }
  pushToken(tokens, text, start, j, numeric ? 'number' : 'word');
  return j;
}

function isUpperCode(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLowerCode(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * Where a run of letters and digits is two paragraphs glued without a space: the index of a capitalised
 * word (an upper-case letter then a lower-case one) right after digits ("Europe 1Pour"), after a
 * lowercase word of at least three letters ("nationalFlorian"), or after a capitalised word when the
 * glued word is a frequent word ("MussoOn", "FranceLa"; not "OpenStreetMap"). Known mixed-case names
 * (YouTube, WhatsApp: data/mined/ner/mixed-case-words.txt) are never split. -1 when the run is one word.
 */
function gluePoint(text: string, start: number, end: number, numeric: boolean): number {
  if (end - start < 3) return -1;
  if (numeric) {
    let p = start;
    while (p < end && charClass(text.charCodeAt(p)) === DIGIT) p++;
    if (p > start && p + 2 < end && isUpperCode(text.charCodeAt(p)) && isLowerCode(text.charCodeAt(p + 1)))
      return isAllLetters(text, p, end) ? p : -1;
    return -1;
  }
  for (let p = start + 3; p + 1 < end; p++) {
    if (!isUpperCode(text.charCodeAt(p))) continue;
    if (!isLowerCode(text.charCodeAt(p - 1)) || !isLowerCode(text.charCodeAt(p + 1))) continue;
    if (MIXED_CASE.has(text.slice(start, end))) return -1;
    if (isLowerCode(text.charCodeAt(start))) return isAllLetters(text, start, p) ? p : -1;
    let q = p + 1;
    while (q < end && isLowerCode(text.charCodeAt(q))) q++;
    return COMMON_WORDS.has(text.slice(p, q).toLowerCase()) ? p : -1;
  }
  return -1;
}

function isAllLetters(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) if (charClass(text.charCodeAt(p)) !== LETTER) return false;
  return true;
}

function isInitial(core: string): boolean {
  return core.length === 1 && core !== core.toLowerCase();
}

/**
 * Whether the digits after the space at `end` form a group of exactly three that ends the number
 * (1 000, 12 500 000). The digits before it are checked by the caller as the number is scanned.
 */
function digitGroupFollows(text: string, end: number): boolean {
  let q = end + 1;
  while (q < text.length && q <= end + 4 && charClass(text.charCodeAt(q)) === DIGIT) q++;
  if (q - end - 1 !== 3) return false;
  return q >= text.length || !isWordChar(charClass(text.charCodeAt(q)));
}

/** Pushes a hyphenated word, splitting off inversion pronouns (a-t-il → a, -t-il; dis-moi → dis, -moi). */
function pushWithClitics(text: string, start: number, end: number, tokens: TableBuilder): void {
  const word = text.slice(start, end);
  const lower = word.toLowerCase().replace(/[\u2010\u2011]/g, '-');
  if (CLITIC_EXCEPTIONS.has(lower)) {
    pushToken(tokens, text, start, end, 'word');
    return;
  }
  const allLower = lower === word.replace(/[\u2010\u2011]/g, '-');
  const tail: number[] = []; // [start, end] pairs from the end backwards: linear however many pieces
  let cut = end;
  for (;;) {
    // the last hyphen of lower[0, cut - start), found without slicing the word at each step
    const h = cut - start > 0 ? lower.lastIndexOf('-', cut - start - 1) : -1;
    if (h <= 0) break;
    let at = h;
    let clitic = lower.slice(h + 1, cut - start);
    // -t-il, -t-elle, -t-on are one piece
    if (h >= 3 && lower.charCodeAt(h - 2) === 0x2d && lower.charCodeAt(h - 1) === 0x74) {
      at = h - 2;
      clitic = `t-${clitic}`;
    }
    const ok = SUBJECT_CLITICS.has(clitic) || (allLower && CLITICS.has(clitic));
    if (!ok || at <= 0) break;
    tail.push(start + at, cut);
    cut = start + at;
  }
  pushToken(tokens, text, start, cut, 'word');
  for (let p = tail.length - 2; p >= 0; p -= 2) pushToken(tokens, text, tail[p], tail[p + 1], 'word');
}
