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
  /** Publication date (ISO 8601 string or `Date`): the reference for relative dates ("ce lundi", "hier"). */
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
 * Parses a publication date: a `Date`, or an ISO 8601 string (`2025-11-25`, `2025-11-25T08:30:00Z`).
 * A date-only string is read as that calendar day (not shifted by the local time zone).
 * @internal
 */
export function parsePublishedAt(fn: string, value: unknown): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new RangeError(`depeche: ${fn}() publishedAt is an invalid Date`);
    return value;
  }
  if (typeof value !== 'string') {
    throw new TypeError(
      `depeche: ${fn}() expects publishedAt to be an ISO date string or a Date, got ${describe(value)}`,
    );
  }
  const s = value.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12) : new Date(s);
  const shifted = day !== null && (d.getMonth() !== Number(day[2]) - 1 || d.getDate() !== Number(day[3]));
  if (Number.isNaN(d.getTime()) || shifted || !/^\d{4}-\d{2}-\d{2}/.test(s)) {
    throw new RangeError(`depeche: ${fn}() publishedAt "${value.slice(0, 40)}" is not an ISO 8601 date`);
  }
  return d;
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
    out.referenceDate = a.publishedAt instanceof Date ? d : (a.publishedAt as string);
    out.publishedAt = a.publishedAt instanceof Date ? d.toISOString() : (a.publishedAt as string);
  }
  return out;
}
