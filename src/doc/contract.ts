import { DEFAULT_MAX_LENGTH, type Doc } from './types.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/**
 * The input contract of every public function: a string (or a `Doc`, where the caller allows it)
 * under the size limit. Throws `TypeError` for anything else and `RangeError` when too long.
 * @internal
 */
export function checkText(fn: string, text: unknown, maxLength: number = DEFAULT_MAX_LENGTH): string {
  if (typeof text !== 'string') {
    throw new TypeError(`depeche: ${fn}() expects a string, got ${describe(text)}`);
  }
  if (!(maxLength >= 0)) {
    throw new RangeError(`depeche: ${fn}() option maxLength must be a non-negative number, got ${maxLength}`);
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
