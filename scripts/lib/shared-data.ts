/**
 * Access to the read-only corpora in ../shared/data, for training and evaluation scripts (Node only).
 * Every script that needs them calls `requireShared()` first, which says clearly when they are missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Root of the shared corpora: $DEPECHE_SHARED, or ../shared/data beside the repository. */
export const SHARED = resolve(
  process.env.DEPECHE_SHARED ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data'),
);

/** Path of a file under the shared data root. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED, ...parts);
}

/**
 * Returns true when the shared file exists; otherwise prints a clear message and returns false
 * (the caller then exits 0 with nothing measured, or 1 when `strict`).
 */
export function requireShared(what: string, ...parts: string[]): boolean {
  const p = sharedPath(...parts);
  if (existsSync(p)) return true;
  console.error(
    `[depeche] ${what}: ${p} is missing. The shared corpora (../shared/data) are needed for this script; nothing was measured.`,
  );
  return false;
}

/**
 * Ids of the newsgold-dev articles (empty when the set is absent): what mining and unlabelled-sample scripts
 * leave out, so that nothing learnt or judged there comes from an evaluation article.
 */
export function newsgoldIds(): Set<string> {
  const path = sharedPath('newsgold-dev', 'articles.jsonl');
  return new Set(existsSync(path) ? readJsonl<{ id: string }>(path).map((a) => a.id) : []);
}

/** Reads a JSONL file (optionally gzipped) into an array of rows. */
export function readJsonl<T = unknown>(path: string, limit = Number.POSITIVE_INFINITY): T[] {
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const out: T[] = [];
  for (const line of text.split('\n')) {
    if (out.length >= limit) break;
    if (line.trim() !== '') out.push(JSON.parse(line) as T);
  }
  return out;
}

/** An OrangeSum article. */
export interface OrangeSumRow {
  id: string;
  text: string;
  title: string;
  abstract?: string;
  url: string;
  category: string;
  date?: string;
}

/** A WiNER-fr document. */
export interface WinerDoc {
  id: string;
  date: string;
  url: string;
  text: string;
  entities: { start: number; end: number; label: string; text: string }[];
}

/**
 * The WiNER-fr articles (French Wikinews 2016–2017, texts CC BY 2.5; train and dev) as titled news: the first
 * line of `text` is the article's title, the rest its body. Another publisher than OrangeSum, for the topic
 * silver labels (scripts/data/draw-topics-silver.ts --source winer).
 */
export function winerArticles(): { id: string; title: string; text: string }[] {
  return ['train.jsonl', 'dev.jsonl']
    .map((f) => sharedPath('ner', 'winer-fr', f))
    .filter((p) => existsSync(p))
    .flatMap((p) => readJsonl<{ id: string; text: string }>(p))
    .map((r) => {
      const nl = r.text.indexOf('\n');
      const title = nl < 0 ? '' : r.text.slice(0, nl).trim();
      return { id: `winer:${r.id}`, title, text: nl < 0 ? r.text : r.text.slice(nl + 1).trim() };
    });
}
