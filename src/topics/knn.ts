/**
 * Nearest-neighbour label propagation for the second stage: an article's TF-IDF stem vector (title and lead
 * words weighted up) against a pool of annotated articles; per subject, the similarity-weighted share of its
 * nearest neighbours that list that subject. @internal
 */
import type { Doc } from '../doc/index.js';
import { K_WORD, tokenTable } from '../doc/table.js';
import { tokenKeys } from './keys.js';
import { learnedModel } from './model.js';

/** Weight of a word occurrence in the title / the two lead sentences / later. */
const TITLE = 3;
const LEAD = 2;
/** Shortest key kept (drops digits and clitics the ignore list may miss). */
const MIN_KEY = 3;
/** A pool article at least this similar is the query itself (or a copy of it) and is not a neighbour. */
const SAME = 0.98;

/** Term frequencies of an article's content stems (weighted counts). @internal */
export type KnnVector = ReadonlyMap<string, number>;

/**
 * The weighted stem counts of a Doc. `role[s]` tells what sentence s is: 2 title, 1 lead, 0 later
 * (from the first stage's sentence weights); `keys` the tokens' matching keys when already computed. @internal
 */
export function knnVector(
  doc: Doc,
  role: ArrayLike<number>,
  keys: readonly (string | null)[] = tokenKeys(tokenTable(doc)),
): KnnVector {
  const ignored = learnedModel().ignored;
  const out = new Map<string, number>();
  const toks = tokenTable(doc);
  for (let i = 0; i < toks.length; i++) {
    const k = keys[i];
    if (k === null || toks.kind[i] !== K_WORD || k.length < MIN_KEY || ignored.has(k)) continue;
    const r = role[toks.sentence[i]];
    const w = r === 2 ? TITLE : r === 1 ? LEAD : 1;
    out.set(k, (out.get(k) ?? 0) + w);
  }
  return out;
}

/** A pool of annotated vectors, weighted by IDF over the pool and L2-normalised. @internal */
export interface KnnPool {
  idf: ReadonlyMap<string, number>;
  /** term → flat [article index, weight, article index, weight, …] of the weighted, normalised vectors. */
  postings: ReadonlyMap<string, readonly number[]>;
  size: number;
  labels: readonly ArrayLike<number>[];
  /** Per subject, the share of pool articles that list it. */
  prior: Float64Array;
}

/**
 * Builds a pool from raw vectors and their per-subject 0/1 labels: IDF over the pool, each vector cut to
 * its `top` heaviest terms and L2-normalised; the vocabulary is what the cut vectors keep. @internal
 */
export function knnPool(
  vectors: readonly KnnVector[],
  labels: readonly ArrayLike<number>[],
  top = Number.POSITIVE_INFINITY,
): KnnPool {
  const df = new Map<string, number>();
  for (const v of vectors) for (const k of v.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = vectors.length;
  const idfAll = new Map<string, number>();
  for (const [k, d] of df) idfAll.set(k, Math.log((n + 1) / (d + 1)) + 1);
  const cut = vectors.map((v) => {
    const w = weigh(v, idfAll);
    if (w.size <= top) return w;
    const kept = [...w].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
    let norm = 0;
    for (const [, x] of kept) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    return new Map(kept.map(([k, x]) => [k, x / norm]));
  });
  const idf = new Map<string, number>();
  const postings = new Map<string, number[]>();
  cut.forEach((v, i) => {
    for (const [k, w] of v) {
      idf.set(k, idfAll.get(k) ?? 0);
      let list = postings.get(k);
      if (list === undefined) {
        list = [];
        postings.set(k, list);
      }
      list.push(i, w);
    }
  });
  const prior = new Float64Array(labels[0]?.length ?? 0);
  for (const y of labels) for (let j = 0; j < prior.length; j++) prior[j] += y[j] / (labels.length || 1);
  return { idf, postings, size: vectors.length, labels, prior };
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
 * similarity raised to `power`, pulled towards the pool's base rate as if `shrink` more similarity were
 * spread over the whole pool. `self` is a pool index to leave out (the article itself), or -1. @internal
 */
export function knnShares(
  v: KnnVector,
  pool: KnnPool,
  nSubjects: number,
  k: number,
  power: number,
  self = -1,
  shrink = 0,
): Float64Array {
  const q = weigh(v, pool.idf);
  const dot = new Float64Array(pool.size);
  for (const [key, w] of q) {
    const list = pool.postings.get(key);
    if (list === undefined) continue;
    for (let j = 0; j < list.length; j += 2) dot[list[j]] += w * list[j + 1];
  }
  // the k most similar, by insertion into a sorted window (k is small)
  const topI = new Int32Array(Math.max(0, k));
  const topS = new Float64Array(Math.max(0, k));
  let n = 0;
  for (let i = 0; i < pool.size; i++) {
    const d = dot[i];
    if (i === self || d >= SAME || d <= 0 || k <= 0) continue;
    if (n === k && d <= topS[k - 1]) continue;
    let at = n < k ? n++ : k - 1;
    while (at > 0 && topS[at - 1] < d) {
      topS[at] = topS[at - 1];
      topI[at] = topI[at - 1];
      at--;
    }
    topS[at] = d;
    topI[at] = i;
  }
  const out = new Float64Array(nSubjects);
  let total = 0;
  for (let r = 0; r < n; r++) {
    const w = topS[r] ** power;
    total += w;
    const y = pool.labels[topI[r]];
    for (let j = 0; j < nSubjects; j++) out[j] += w * y[j];
  }
  // weak neighbours say little: the share is pulled towards the pool's base rate by `shrink`
  for (let j = 0; j < nSubjects; j++) out[j] = (out[j] + shrink * pool.prior[j]) / (total + shrink || 1);
  return out;
}
