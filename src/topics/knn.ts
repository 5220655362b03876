/**
 * Nearest-neighbour label propagation for the second stage: an article's TF-IDF stem vector (title and lead
 * words weighted up) against a pool of annotated articles; per subject, the similarity-weighted share of its
 * nearest neighbours that list that subject. @internal
 */
import type { Doc } from '../doc/index.js';
import { tokenKeys } from './keys.js';
import { learnedModel } from './model.js';

/** Weight of a word occurrence in the title / the two lead sentences / later. */
const TITLE = 3;
const LEAD = 2;
const LEAD_SENTENCES = 2;
/** Shortest key kept (drops digits and clitics the ignore list may miss). */
const MIN_KEY = 3;

/** Term frequencies of an article's content stems (weighted counts). @internal */
export type KnnVector = ReadonlyMap<string, number>;

/** The weighted stem counts of a Doc (`titleEnd`: length of the title, 0 when there is none). @internal */
export function knnVector(doc: Doc, titleEnd: number): KnnVector {
  const ignored = learnedModel().ignored;
  const keys = tokenKeys(doc.tokens);
  const out = new Map<string, number>();
  let firstBody = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    const k = keys[i];
    if (k === null || t.kind !== 'word' || k.length < MIN_KEY || ignored.has(k)) continue;
    let w = 1;
    if (t.start < titleEnd) w = TITLE;
    else {
      if (firstBody < 0) firstBody = t.sentence;
      if (t.sentence < firstBody + LEAD_SENTENCES) w = LEAD;
    }
    out.set(k, (out.get(k) ?? 0) + w);
  }
  return out;
}

/** A pool of annotated vectors, weighted by IDF over the pool and L2-normalised. @internal */
export interface KnnPool {
  idf: ReadonlyMap<string, number>;
  vectors: readonly ReadonlyMap<string, number>[];
  labels: readonly ArrayLike<number>[];
}

/** Builds a pool from raw vectors and their per-subject 0/1 labels. @internal */
export function knnPool(vectors: readonly KnnVector[], labels: readonly ArrayLike<number>[]): KnnPool {
  const df = new Map<string, number>();
  for (const v of vectors) for (const k of v.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = vectors.length;
  const idf = new Map<string, number>();
  for (const [k, d] of df) idf.set(k, Math.log((n + 1) / (d + 1)) + 1);
  return { idf, vectors: vectors.map((v) => weigh(v, idf)), labels };
}

function weigh(v: KnnVector, idf: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  let norm = 0;
  for (const [k, tf] of v) {
    const w = Math.log1p(tf) * (idf.get(k) ?? 0);
    if (w <= 0) continue;
    out.set(k, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, w] of out) out.set(k, w / norm);
  return out;
}

/**
 * Per subject, the share of the `k` most similar pool articles listing it, each weighted by its cosine
 * similarity raised to `power`. `self` is a pool index to leave out (the article itself), or -1. @internal
 */
export function knnShares(
  v: KnnVector,
  pool: KnnPool,
  nSubjects: number,
  k: number,
  power: number,
  self = -1,
): Float64Array {
  const q = weigh(v, pool.idf);
  const sims: { i: number; s: number }[] = [];
  pool.vectors.forEach((u, i) => {
    if (i === self) return;
    let s = 0;
    const [small, big] = q.size < u.size ? [q, u] : [u, q];
    for (const [key, w] of small) {
      const x = big.get(key);
      if (x !== undefined) s += w * x;
    }
    sims.push({ i, s });
  });
  sims.sort((a, b) => b.s - a.s || a.i - b.i);
  const out = new Float64Array(nSubjects);
  let total = 0;
  for (const { i, s } of sims.slice(0, k)) {
    const w = s ** power;
    total += w;
    const y = pool.labels[i];
    for (let j = 0; j < nSubjects; j++) out[j] += w * y[j];
  }
  if (total > 0) for (let j = 0; j < nSubjects; j++) out[j] /= total;
  return out;
}
