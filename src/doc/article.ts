import { readReferenceDate } from '../dates/reference.js';

/**
 * A news article as newsrooms store it. Only `body` is required.
 * @example
 * ```ts
 * const article: Article = { id: 'a1', title: 'Titre', body: 'Le texte…', publishedAt: '2025-11-25' };
 * analyze(article);
 * ```
 */
export interface Article {
  /** Your identifier, copied into the result. */
  id?: string | number;
  /** Headline. Analysed together with the body as `title + "\n\n" + body`. */
  title?: string;
  /** The article text. */
  body: string;
  /**
   * Publication date: the reference for relative dates ("ce lundi", "hier"). An ISO 8601 string
   * (`2025-11-25`, `2025-11-25T10:00:00+01:00`), an RFC 2822 string as feeds write it
   * (`Tue, 25 Nov 2025 10:00:00 +0100`) or a `Date` (an instant, read in UTC); a string's written day and
   * time are kept. An invalid date throws a `RangeError` naming `publishedAt`.
   */
  publishedAt?: string | Date;
  /** Source address, copied into the result. */
  url?: string;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/** The article fields once checked: the analysed text and the reference date. @internal */
export interface ResolvedArticle {
  text: string;
  id?: string | number;
  url?: string;
  publishedAt?: string;
  /** The validated publication date, as given (string or Date). */
  referenceDate?: string | Date;
}

/**
 * Checks a publication date against the reference-date contract of the date stage (ISO 8601, RFC 2822
 * or a `Date`; see `src/dates/reference.ts`) and returns it as given.
 * @throws RangeError naming `arg` for an unreadable or impossible date; TypeError for another type.
 * @internal
 */
export function parsePublishedAt(fn: string, value: unknown, arg = 'publishedAt'): string | Date {
  readReferenceDate(fn, arg, value);
  return value as string | Date;
}

/**
 * Checks an `analyze()` input (a string or an {@link Article}) and returns the analysed text:
 * `title + "\n\n" + body` when there is a non-empty title, else the body.
 * @internal
 */
export function resolveArticle(fn: string, input: unknown): ResolvedArticle {
  if (typeof input === 'string') return { text: input };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError(
      `depeche: ${fn}() expects a string or an article { title?, body }, got ${describe(input)}`,
    );
  }
  const a = input as Record<string, unknown>;
  if (typeof a.body !== 'string') {
    throw new TypeError(`depeche: ${fn}() expects article.body to be a string, got ${describe(a.body)}`);
  }
  if (a.title !== undefined && a.title !== null && typeof a.title !== 'string') {
    throw new TypeError(`depeche: ${fn}() expects article.title to be a string, got ${describe(a.title)}`);
  }
  if (a.id !== undefined && a.id !== null && typeof a.id !== 'string' && typeof a.id !== 'number') {
    throw new TypeError(
      `depeche: ${fn}() expects article.id to be a string or a number, got ${describe(a.id)}`,
    );
  }
  if (typeof a.id === 'number' && !Number.isFinite(a.id)) {
    // JSON has no NaN or Infinity ("id": 1e400 parses as Infinity): it would come back as null
    throw new RangeError(
      `depeche: ${fn}() expects article.id to be a finite number, got ${a.id} (give large ids as strings)`,
    );
  }
  if (a.url !== undefined && a.url !== null && typeof a.url !== 'string') {
    throw new TypeError(`depeche: ${fn}() expects article.url to be a string, got ${describe(a.url)}`);
  }
  const title = typeof a.title === 'string' ? a.title : '';
  const out: ResolvedArticle = { text: title.trim() === '' ? a.body : `${title}\n\n${a.body}` };
  if (typeof a.id === 'string' || typeof a.id === 'number') out.id = a.id;
  if (typeof a.url === 'string') out.url = a.url;
  if (a.publishedAt !== undefined && a.publishedAt !== null) {
    const d = parsePublishedAt(fn, a.publishedAt);
    out.referenceDate = d;
    out.publishedAt = d instanceof Date ? d.toISOString() : d;
  }
  return out;
}
