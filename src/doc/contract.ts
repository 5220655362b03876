import { hasTable } from './table.js';
import { DEFAULT_MAX_LENGTH, type Doc } from './types.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/**
 * A value as an error message shows it: numbers as written (`NaN`, `1.5`), strings quoted with their type
 * (`'2' (string)`), anything else by its kind (`null`, `an array`, `object`). @internal
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `'${shown}' (string)`;
  }
  if (typeof value === 'boolean' || typeof value === 'bigint') return `${String(value)} (${typeof value})`;
  return describe(value);
}

/** How a number option is bounded. @internal */
export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Infinity is allowed (e.g. "no limit"). */
  infinite?: boolean;
}

/**
 * Checks an optional number option: `TypeError` when it is not a number (`'2'`), `RangeError` when it is
 * NaN, out of range, or not an integer where one is needed. Both name the option and the value received.
 * @internal
 */
export function checkNumberOption(
  fn: string,
  name: string,
  value: unknown,
  rule: NumberRule = {},
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number') {
    throw new TypeError(`depeche: ${fn}() option ${name} must be a number, got ${describeValue(value)}`);
  }
  const { min = -Infinity, max = Infinity, integer = false, infinite = false } = rule;
  // NaN is of the right type but in no range: a RangeError, like 1.5 for an integer
  const finiteOk = Number.isFinite(value) || (infinite && value === Infinity);
  const intOk = !integer || Number.isInteger(value) || (infinite && value === Infinity);
  if (!finiteOk || !intOk || value < min || value > max) {
    const kind = integer ? 'an integer' : 'a number';
    const range = max === Infinity ? (min === -Infinity ? '' : ` >= ${min}`) : ` between ${min} and ${max}`;
    throw new RangeError(
      `depeche: ${fn}() option ${name} must be ${kind}${range}${infinite ? ' (or Infinity)' : ''}, got ${describeValue(value)}`,
    );
  }
  return value;
}

/** Checks an optional boolean option (a stage switch, a flag): `TypeError` naming it and the value. @internal */
export function checkBooleanOption(fn: string, name: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw new TypeError(`depeche: ${fn}() option ${name} must be true or false, got ${describeValue(value)}`);
}

/** `maxLength`: a non-negative integer, or Infinity. @internal */
export function checkMaxLength(fn: string, maxLength: unknown): number {
  return (
    checkNumberOption(fn, 'maxLength', maxLength, { min: 0, integer: true, infinite: true }) ??
    DEFAULT_MAX_LENGTH
  );
}

/**
 * The input contract of every public function: a string (or a `Doc`, where the caller allows it)
 * under the size limit. Throws `TypeError` for anything else and `RangeError` when too long.
 * @internal
 */
export function checkText(fn: string, text: unknown, maxLengthOption?: number): string {
  const maxLength = checkMaxLength(fn, maxLengthOption);
  if (typeof text !== 'string') {
    throw new TypeError(`depeche: ${fn}() expects a string, got ${describe(text)}`);
  }
  if (text.length > maxLength) {
    throw new RangeError(
      `depeche: ${fn}() input is ${text.length} characters, over the limit of ${maxLength} (raise it with the maxLength option)`,
    );
  }
  return text;
}

/**
 * True when `value` is a `Doc` built by `createDoc()`.
 * @example
 * ```ts
 * isDoc(createDoc('Bonjour.')); // true
 * isDoc('Bonjour.');            // false
 * ```
 */
export function isDoc(value: unknown): value is Doc {
  // a Doc of createDoc() (or one already read): its tokens are not read, so never made
  if (typeof value === 'object' && value !== null && hasTable(value)) return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Doc).text === 'string' &&
    Array.isArray((value as Doc).tokens) &&
    Array.isArray((value as Doc).sentences)
  );
}

/** Checks that an options argument is absent or an object. @internal */
export function checkOptions<T extends object>(fn: string, options: T | undefined): T | undefined {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`depeche: ${fn}() expects an options object, got ${describe(options)}`);
  }
  return options;
}

/** Docs built by `createDoc()`: their spans are right by construction and are not checked again. */
const built = new WeakSet<object>();

/** Marks a Doc as built by `createDoc()`. @internal */
export function trustDoc<T extends object>(doc: T): T {
  built.add(doc);
  return doc;
}

function isIndex(v: unknown, max: number): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
}

/**
 * Checks a `Doc` not built by `createDoc()` (made by hand, or parsed from JSON): every token and sentence
 * must be a span `0 <= start <= end <= text.length` (sentences' token ranges inside `tokens`), else a
 * `TypeError` saying which one is wrong. Linear in the size of the Doc. @internal
 */
export function checkDoc(fn: string, doc: Doc): Doc {
  // trusted while its tokens are the ones createDoc() made (assigning doc.tokens drops its table)
  if (built.has(doc) && hasTable(doc)) return doc;
  const n = doc.text.length;
  const bad = (what: string, why: string) =>
    new TypeError(
      `depeche: ${fn}() got a Doc whose ${what} ${why} (its text has ${n} characters); build Docs with createDoc()`,
    );
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as unknown as Record<string, unknown> | null;
    if (typeof t !== 'object' || t === null) throw bad(`tokens[${i}]`, `is ${describe(t)}, not a token`);
    if (!isIndex(t.start, n) || !isIndex(t.end, n) || (t.start as number) > (t.end as number)) {
      throw bad(
        `tokens[${i}]`,
        `spans ${describeValue(t.start)}..${describeValue(t.end)}, not a range inside the text`,
      );
    }
    if (typeof t.text !== 'string' || typeof t.norm !== 'string' || typeof t.kind !== 'string') {
      throw bad(`tokens[${i}]`, 'lacks a string text, norm or kind');
    }
  }
  const sents = doc.sentences;
  for (let i = 0; i < sents.length; i++) {
    const s = sents[i] as unknown as Record<string, unknown> | null;
    if (typeof s !== 'object' || s === null)
      throw bad(`sentences[${i}]`, `is ${describe(s)}, not a sentence`);
    if (!isIndex(s.start, n) || !isIndex(s.end, n) || (s.start as number) > (s.end as number)) {
      throw bad(
        `sentences[${i}]`,
        `spans ${describeValue(s.start)}..${describeValue(s.end)}, not a range inside the text`,
      );
    }
    if (
      !isIndex(s.tokenStart, toks.length) ||
      !isIndex(s.tokenEnd, toks.length) ||
      (s.tokenStart as number) > (s.tokenEnd as number)
    ) {
      throw bad(
        `sentences[${i}]`,
        `holds tokens ${describeValue(s.tokenStart)}..${describeValue(s.tokenEnd)}, not a range of its ${toks.length} tokens`,
      );
    }
  }
  return doc;
}
