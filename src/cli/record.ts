/**
 * One JSONL input line -> one JSON output record. Runs inside the batch workers (and in tests).
 * Never throws: every failure becomes an error record `{ line, id?, error }`.
 */
import { type AnalyzeOptions, analyze } from '../index.js';

/** One input line handed to a worker. */
export interface LineTask {
  /** 1-based line number in the input. */
  line: number;
  /** The line without its line break; `null` when it was too large to keep in memory. */
  text: string | null;
  /** Its length in characters (kept when `text` was dropped). */
  length: number;
  /** The last line of the input had no final newline (the file may have been cut). */
  unterminated?: boolean;
}

/** A chunk of lines and the options every line is analysed with. */
export interface BatchTask {
  lines: LineTask[];
  options: AnalyzeOptions;
  /** Publication date for articles that have none (`depeche batch --date`). */
  defaultPublishedAt?: string;
  /** Leave `text` out of the records (`--no-text`): offsets still refer to the input text. */
  noText?: boolean;
}

/** One output record per line: the JSON text, and whether it is an error record. */
export interface LineResult {
  json: string;
  error: boolean;
}

/**
 * The longest JSONL line `depeche batch` reads, in characters, for an article limit of `maxLength`:
 * 6 × maxLength + 65,536 (JSON may escape a character as six, `\u00e9`). Longer lines are dropped unread.
 */
export function lineLimit(maxLength: number): number {
  return maxLength * 6 + 65_536;
}

function errorRecord(line: number, error: string, id?: unknown): LineResult {
  const rec: Record<string, unknown> = { line };
  if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) rec.id = id;
  rec.error = error;
  return { json: JSON.stringify(rec), error: true };
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v;
}

/** Analyses one JSONL line (a JSON article `{ id?, title?, body, publishedAt?, url? }`). */
export function processLine(
  task: LineTask,
  options: AnalyzeOptions,
  defaultPublishedAt?: string,
  noText = false,
): LineResult {
  const { line, text } = task;
  const max = options.maxLength ?? 1_000_000;
  if (text === null) {
    return errorRecord(
      line,
      `line too large: ${task.length} characters, dropped unread (lines over ${lineLimit(max)} characters are; the article limit is ${max})`,
    );
  }
  if (text.trim() === '') return errorRecord(line, 'empty line');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why = (e as Error).message;
    return errorRecord(
      line,
      task.unterminated
        ? `truncated last line (no final newline) is not valid JSON: ${why}`
        : `invalid JSON: ${why}`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errorRecord(
      line,
      `expected a JSON object { title?, body, publishedAt?, id?, url? }, got ${kind(value)}`,
    );
  }
  const id = (value as { id?: unknown }).id;
  try {
    let article = value as { body: string; publishedAt?: unknown };
    if (
      defaultPublishedAt !== undefined &&
      (article.publishedAt === undefined || article.publishedAt === null)
    ) {
      article = { ...article, publishedAt: defaultPublishedAt };
    }
    const analysis: Partial<ReturnType<typeof analyze>> = analyze(article as { body: string }, options);
    if (noText) delete analysis.text;
    return { json: JSON.stringify({ line, ...analysis }), error: false };
  } catch (e) {
    const err = e as Error;
    const msg =
      err instanceof TypeError || err instanceof RangeError ? err.message : `internal error: ${err.message}`;
    return errorRecord(line, msg.replace(/^depeche: /, ''), id);
  }
}

/** Processes a chunk of lines, in order. */
export function processChunk(task: BatchTask): LineResult[] {
  return task.lines.map((l) => processLine(l, task.options, task.defaultPublishedAt, task.noText));
}
