/**
 * Checks a job's article before it is analysed. A job that fails here can never succeed, so the worker
 * fails it permanently instead of retrying it.
 */
import { resolveArticle } from '../doc/article.js';
import { checkText } from '../doc/contract.js';
import { DEFAULT_MAX_LENGTH } from '../doc/types.js';

/**
 * Throws a `TypeError` (wrong shape or types) or a `RangeError` (too large, bad date) for an article that
 * `analyze()` would reject; returns nothing for a good one. The messages are `analyze()`'s own, without the
 * `depeche: ` prefix.
 * @internal
 */
export function checkArticle(value: unknown, maxLength: number = DEFAULT_MAX_LENGTH): void {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new TypeError(
        `expected an article { title?, body, publishedAt?, id?, url? }, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`,
      );
    }
    checkText('analyze', resolveArticle('analyze', value).text, maxLength);
  } catch (e) {
    if (e instanceof Error) e.message = e.message.replace(/^depeche: /, '');
    throw e;
  }
}
