/**
 * Checks a job's article before it is analysed. A job that fails here can never succeed, so the worker
 * fails it permanently instead of retrying it.
 */
import { resolveArticle } from '../doc/article.js';
import { checkText } from '../doc/contract.js';
import { DEFAULT_MAX_LENGTH } from '../doc/types.js';

/**
 * Throws a `TypeError` (wrong shape or types) or a `RangeError` (too large, bad date) for an article that
 * `analyze()` would reject; for a good one, returns the length of the text `analyze()` reads (title and body).
 * The messages are `analyze()`'s own, without the `depeche: ` prefix.
 * @internal
 */
export function checkArticle(value: unknown, maxLength: number = DEFAULT_MAX_LENGTH): number {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new TypeError(
        `expected an article { title?, body, publishedAt?, id?, url? }, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
      );
    }
    const { text } = resolveArticle('analyze', value);
    checkText('analyze', text, maxLength);
    return text.length;
  } catch (e) {
    if (e instanceof Error) e.message = e.message.replace(/^depeche: /, '');
    throw e;
  }
}
