import type { Doc, Token, TokenKind } from './types.js';

/** The token kinds by their code in {@link TokenTable.kind}. @internal */
export const KINDS: readonly TokenKind[] = [
  'word',
  'number',
  'punct',
  'symbol',
  'url',
  'email',
  'mention',
  'hashtag',
];
/** Codes of the token kinds in {@link TokenTable.kind}. @internal */
export const K_WORD = 0;
export const K_NUMBER = 1;
export const K_PUNCT = 2;
export const K_SYMBOL = 3;
export const K_URL = 4;
export const K_EMAIL = 5;
export const K_MENTION = 6;
export const K_HASHTAG = 7;
/** The code of a kind outside {@link KINDS} (only in a hand-made Doc). */
export const K_OTHER = 8;

/**
 * The code of a token kind (see {@link KINDS}); {@link K_OTHER} for a kind that is none of them (a hand-made
 * Doc's), which then matches no kind, as its string did. @internal
 */
export function kindCode(kind: TokenKind): number {
  switch (kind) {
    case 'word':
      return K_WORD;
    case 'number':
      return K_NUMBER;
    case 'punct':
      return K_PUNCT;
    case 'symbol':
      return K_SYMBOL;
    case 'url':
      return K_URL;
    case 'email':
      return K_EMAIL;
    case 'mention':
      return K_MENTION;
    case 'hashtag':
      return K_HASHTAG;
    default:
      return K_OTHER;
  }
}

/**
 * The tokens of a Doc as a struct of arrays: token `i` is `text[i]`, `start[i]`, `end[i]`, `norm[i]`,
 * `KINDS[kind[i]]`, `sentence[i]`. No object per token: the stages read these arrays, and `doc.tokens`
 * (the public `Token` objects) is only built when a caller reads it. Short strings are shared between
 * the tokens that spell them (and `norm[i] === text[i]` is one string when nothing is normalised).
 * @internal
 */
export interface TokenTable {
  readonly length: number;
  readonly text: readonly string[];
  readonly norm: readonly string[];
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Kind codes: `KINDS[kind[i]]` is the token's kind. */
  readonly kind: Uint8Array;
  readonly sentence: Int32Array;
}

/**
 * Builds a {@link TokenTable} token by token, sized from the text and grown by doubling: the four number columns share one buffer (the table's columns are
 * views of it) and the two string columns are arrays allocated at their capacity, trimmed at the end. An
 * array of over 16,384 strings is allocated directly in V8's large-object space, never copied by the
 * young-generation collector (strings gathered in chunks of 8,192 and joined were copied out of it at
 * 500 KB and not at 50 KB: `createDoc()`'s per-byte ratio on `( ( ( …` went from about 1.3 to 1.0). @internal
 */
export class TableBuilder {
  length = 0;
  private cap: number;
  private start: Int32Array;
  private end: Int32Array;
  private kind: Uint8Array;
  private buffer: ArrayBuffer;
  private text: string[];
  private norm: string[];
  constructor(textLength: number) {
    // about one token per four characters of French, at most 16,384 to start with: a long text whose
    // tokens are few (one 500 KB word) must not pay for a table sized for the worst case
    this.cap = Math.max(64, Math.min(textLength + 1, (textLength >> 2) + 64, 16384));
    this.buffer = new ArrayBuffer(this.cap * 13);
    this.start = new Int32Array(this.buffer, 0, this.cap);
    this.end = new Int32Array(this.buffer, this.cap * 4, this.cap);
    this.kind = new Uint8Array(this.buffer, this.cap * 12, this.cap);
    this.text = new Array<string>(this.cap);
    this.norm = new Array<string>(this.cap);
  }
  push(text: string, norm: string, start: number, end: number, kind: number): void {
    const i = this.length;
    if (i === this.cap) this.grow();
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.text[i] = text;
    this.norm[i] = norm;
    this.length = i + 1;
  }
  private grow(): void {
    const cap = this.cap * 2;
    const buffer = new ArrayBuffer(cap * 13);
    const start = new Int32Array(buffer, 0, cap);
    const end = new Int32Array(buffer, cap * 4, cap);
    const kind = new Uint8Array(buffer, cap * 12, cap);
    start.set(this.start);
    end.set(this.end);
    kind.set(this.kind);
    const text = new Array<string>(cap);
    const norm = new Array<string>(cap);
    for (let i = 0; i < this.cap; i++) {
      text[i] = this.text[i];
      norm[i] = this.norm[i];
    }
    this.text = text;
    this.norm = norm;
    this.buffer = buffer;
    this.cap = cap;
    this.start = start;
    this.end = end;
    this.kind = kind;
  }
  done(): TokenTable {
    const n = this.length;
    const cap = this.cap;
    const text = this.text;
    const norm = this.norm;
    if (n < cap) {
      text.length = n;
      norm.length = n;
    }
    return {
      length: n,
      text,
      norm,
      start: new Int32Array(this.buffer, 0, n),
      end: new Int32Array(this.buffer, cap * 4, n),
      kind: new Uint8Array(this.buffer, cap * 12, n),
      sentence: new Int32Array(this.buffer, cap * 8, n),
    };
  }
}

/** Token `i` of a table as a public {@link Token} object (a new object). @internal */
export function tokenAt(table: TokenTable, i: number): Token {
  return {
    text: table.text[i],
    start: table.start[i],
    end: table.end[i],
    norm: table.norm[i],
    kind: KINDS[table.kind[i]],
    sentence: table.sentence[i],
  };
}

/** Every token of a table as public {@link Token} objects. @internal */
export function tableTokens(table: TokenTable): Token[] {
  const out = new Array<Token>(table.length);
  for (let i = 0; i < table.length; i++) out[i] = tokenAt(table, i);
  return out;
}

/** The table of a Doc's tokens, built from `doc.tokens` for a Doc made by hand. */
function tableOf(tokens: readonly Token[]): TokenTable {
  const n = tokens.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const kind = new Uint8Array(n);
  const sentence = new Int32Array(n);
  const text = new Array<string>(n);
  const norm = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    text[i] = t.text;
    norm[i] = t.norm;
    start[i] = t.start;
    end[i] = t.end;
    kind[i] = kindCode(t.kind);
    sentence[i] = t.sentence;
  }
  return { length: n, text, norm, start, end, kind, sentence };
}

/**
 * Where a Doc of `createDoc()` keeps its table: a non-enumerable symbol property, which JSON, spreading,
 * `Object.keys` and `structuredClone` never see. Not a WeakMap: V8's young-generation collector keeps
 * the values of a long-lived WeakMap alive, so every Doc's table would survive its first collections and be
 * copied into the old generation (measured: twice the garbage-collection time of the Token objects).
 */
const TABLE = Symbol('depeche.tokenTable');
/** The `Token` array a Doc of `createDoc()` made on its first read of `tokens` (to see a replacement). */
const OBJECTS = Symbol('depeche.tokenObjects');

interface Internal {
  tokens: readonly Token[];
  [TABLE]?: TokenTable;
  [OBJECTS]?: readonly Token[];
}

/** The tables built for hand-made Docs (rare: built on their first use by a stage), with the array read. */
const handMade = new WeakMap<object, { table: TokenTable; tokens: readonly Token[] }>();

/**
 * The token table of a Doc, for the stages: the one `createDoc()` made, or for a Doc made by hand
 * (`{ text, tokens, sentences }`, e.g. parsed from JSON) one built from its `tokens` on first use and kept
 * while the Doc lives and its `tokens` array is the same. Assigning `doc.tokens` is seen (a new table is
 * built from the new array); changing the tokens of the array in place is not: a Doc is read-only, make a
 * new one. Reading the table never creates the Doc's `Token` objects.
 * @internal
 * @example
 * ```ts
 * const t = tokenTable(createDoc('Il pleut.'));
 * t.norm[0]; // 'Il'
 * KINDS[t.kind[2]]; // 'punct'
 * ```
 */
export function tokenTable(doc: Doc): TokenTable {
  const current = currentTable(doc);
  if (current !== undefined) return current;
  const tokens = (doc as unknown as Internal).tokens;
  const table = tableOf(tokens);
  handMade.set(doc, { table, tokens });
  return table;
}

/**
 * The table that describes `doc`'s tokens now, if there is one, found without creating its `Token`
 * objects: the one `createDoc()` made (unless `tokens` was replaced after its first read; that table is
 * then dropped), or the one built for a hand-made Doc from the same `tokens` array.
 */
function currentTable(doc: object): TokenTable | undefined {
  const d = doc as Internal;
  const own = d[TABLE];
  if (own !== undefined) {
    const objects = d[OBJECTS];
    // not read yet (then `tokens` is still the lazy getter, not called here), or read and not replaced
    if (objects === undefined || d.tokens === objects) return own;
    delete d[TABLE]; // replaced after its first read: the stages read the new array from now on
  }
  const known = handMade.get(doc);
  return known !== undefined && known.tokens === d.tokens ? known.table : undefined;
}

/**
 * Whether `doc` has an up-to-date table already (a Doc of `createDoc()`, or one a stage has read), found
 * without creating its `Token` objects. @internal
 */
export function hasTable(doc: object): boolean {
  return currentTable(doc) !== undefined;
}

/** Replaces the lazy `tokens` of a Doc with a plain data property holding `value`. */
function settle(doc: object, value: readonly Token[]): void {
  Object.defineProperty(doc, 'tokens', { value, writable: true, enumerable: true, configurable: true });
}

/** The lazy `tokens` property of every Doc of `createDoc()` (one descriptor, no closure per Doc). */
const LAZY_TOKENS: PropertyDescriptor = {
  get(this: Internal): readonly Token[] {
    const tokens = tableTokens(this[TABLE] as TokenTable);
    settle(this, tokens);
    Object.defineProperty(this, OBJECTS, { value: tokens, enumerable: false, configurable: true });
    return tokens;
  },
  set(this: Internal, value: readonly Token[]) {
    settle(this, value);
    // the table no longer describes the tokens: the stages rebuild one from the new array
    delete this[TABLE];
  },
  enumerable: true,
  configurable: true,
};

/**
 * A Doc over a table: `tokens` is an own enumerable property whose `Token` objects are created on first
 * read (then kept: the getter replaces itself with the array), so that JSON, spreading and
 * `structuredClone` see the same plain Doc as before, and the stages, which read the table, never pay for
 * the objects. Assigning `tokens` replaces them (and the table is rebuilt from them when next asked). @internal
 */
export function docOverTable(text: string, table: TokenTable, sentences: Doc['sentences']): Doc {
  const doc = { text, tokens: undefined as unknown as readonly Token[], sentences };
  Object.defineProperty(doc, TABLE, { value: table, enumerable: false, configurable: true });
  Object.defineProperty(doc, 'tokens', LAZY_TOKENS);
  return doc;
}
