/**
 * Step 2 of `scripts/train/lexicon.ts`: distributional word clusters.
 *
 * 1. Targets: the `vocabSize` most frequent word types (case kept). Contexts: the word two to the left,
 *    one to the left, one to the right and two to the right, each its own slot; a context is one of the
 *    `contextSize` most frequent types (any kind, punctuation included) or, failing that, its shape
 *    (`Xx`, `XX`, `x`, other), so "followed by some rare capitalised word" is a feature too.
 * 2. Positive PMI with context-distribution smoothing (α = 0.75, Levy, Goldberg & Dagan 2015).
 * 3. Randomised truncated SVD to `dims` dimensions; word vectors U·√Σ, unit-normalised.
 * 4. Top-down spherical k-means: 64 clusters of the words, then each split so that there are 256, then
 *    1,024 (children shared out by size), so the three levels nest like Brown-cluster prefixes and the
 *    whole run costs a few seconds instead of minutes for a flat 1,024-means.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOUNDARY, CACHE_DIR, type Corpus } from './lexicon-corpus.js';
import { type Csr, normalizeRows, randomizedSvd, sphericalKmeans } from './lexicon-math.js';

export interface ClusterOptions {
  vocabSize: number;
  contextSize: number;
  dims: number;
  /** Word vectors are U·Σ^eigenPower (0.5: the usual symmetric split; 0: every dimension equal). */
  eigenPower: number;
  /** Weight of the ±2 slots relative to the ±1 slots (0 drops them). */
  farWeight: number;
  /** Weight of an extra unordered slot of content words 3–5 positions away (0: no such slot). */
  wideWeight: number;
  levels: readonly number[];
  /** `topdown`: 64 clusters, each split; `middle`: flat 256, split to 1,024, centroids merged to 64; `flat`: flat 1,024, centroids merged. */
  strategy: 'topdown' | 'middle' | 'flat';
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  vocabSize: 50_000,
  contextSize: 3_000,
  dims: 100,
  eigenPower: 0.5,
  farWeight: 1,
  wideWeight: 0,
  levels: [64, 256, 1024],
  strategy: 'topdown',
  seed: 20261129,
};

export interface ClusterResult {
  /** Target words, most frequent first. */
  words: string[];
  /** Corpus count of each word. */
  counts: Int32Array;
  /** Unit word vectors (words x dims), row-major. */
  vectors: Float32Array;
  dims: number;
  /** Cluster of each word at each level (coarsest first), parallel to `options.levels`. */
  assign: Int32Array[];
}

const reLetter = /\p{L}/u;
const reUpper = /^\p{Lu}/u;
const reLowerAny = /\p{Ll}/u;

/** A word type: has a letter and is not a placeholder such as `<NUM>`. */
export function isWordType(t: string): boolean {
  return !t.startsWith('<') && reLetter.test(t);
}

/** The most frequent types (function words, punctuation) are left out of the wide window. */
const WIDE_SKIP = 150;

const SHAPES = ['<Xx>', '<XX>', '<x>', '<other>', '<S>', '</S>'] as const;

function shapeOf(t: string): number {
  if (!isWordType(t)) return 3;
  if (reUpper.test(t)) return reLowerAny.test(t) ? 0 : 1;
  return 2;
}

/** Builds the PPMI matrix of targets x (4 slots x contexts). */
function ppmiMatrix(corpus: Corpus, targetOf: Int32Array, nTargets: number, opt: ClusterOptions): Csr {
  const { stream } = corpus;
  const C = opt.contextSize + SHAPES.length;
  const ctxOf = new Int32Array(corpus.types.length);
  for (let t = 0; t < corpus.types.length; t++)
    ctxOf[t] = t < opt.contextSize ? t : opt.contextSize + shapeOf(corpus.types[t]);
  const START = opt.contextSize + 4;
  const END = opt.contextSize + 5;
  const n = stream.length;
  const ctxAt = (i: number, dir: number): number => {
    // Context id of the token at i, or <S>/</S> when i lies outside the sentence.
    if (i < 0 || i >= n || stream[i] === BOUNDARY) return dir < 0 ? START : END;
    return ctxOf[stream[i]];
  };
  const wide = opt.wideWeight > 0;
  const per = wide ? 10 : 4; // key slots per occurrence
  // Pass 1: occurrences per target, to bucket the keys by row.
  const occ = new Int32Array(nTargets + 1);
  for (let i = 0; i < n; i++) {
    const v = stream[i];
    if (v !== BOUNDARY && targetOf[v] >= 0) occ[targetOf[v] + 1] += per;
  }
  for (let r = 0; r < nTargets; r++) occ[r + 1] += occ[r];
  const keys = new Int32Array(occ[nTargets]);
  const fill = occ.slice(0, nTargets);
  for (let i = 0; i < n; i++) {
    const v = stream[i];
    if (v === BOUNDARY) continue;
    const r = targetOf[v];
    if (r < 0) continue;
    const l1 = ctxAt(i - 1, -1);
    const l2 = l1 === START ? START : ctxAt(i - 2, -1);
    const r1 = ctxAt(i + 1, 1);
    const r2 = r1 === END ? END : ctxAt(i + 2, 1);
    const p = fill[r];
    keys[p] = l2;
    keys[p + 1] = C + l1;
    keys[p + 2] = 2 * C + r1;
    keys[p + 3] = 3 * C + r2;
    if (wide) {
      // Unordered content words 3 to 5 positions away, within the sentence (-1: none).
      let q = p + 4;
      for (const dir of [-1, 1]) {
        for (let dist = 1; dist <= 5; dist++) {
          const j = i + dir * dist;
          if (j < 0 || j >= n || stream[j] === BOUNDARY) {
            for (let rest = Math.max(dist, 3); rest <= 5; rest++) keys[q++] = -1;
            break;
          }
          if (dist < 3) continue;
          const w = stream[j];
          keys[q++] = w >= WIDE_SKIP && w < opt.contextSize && isWordType(corpus.types[w]) ? 4 * C + w : -1;
        }
      }
    }
    fill[r] = p + per;
  }
  // Per row: sort the context ids and run-length them into counts.
  const rowPtr = new Int32Array(nTargets + 1);
  // Compacted in place: the write position never passes the read position.
  const colIdx = keys;
  const cnt = new Float32Array(keys.length);
  let nnz = 0;
  for (let r = 0; r < nTargets; r++) {
    const seg = keys.subarray(occ[r], occ[r + 1]);
    seg.sort();
    const rowStart = nnz;
    for (let p = 0; p < seg.length; p++) {
      const c = seg[p];
      if (c < 0) continue;
      if (nnz > rowStart && colIdx[nnz - 1] === c) cnt[nnz - 1]++;
      else {
        colIdx[nnz] = c;
        cnt[nnz++] = 1;
      }
    }
    rowPtr[r + 1] = nnz;
  }
  const cols = (wide ? 5 : 4) * C;
  const rowSum = new Float64Array(nTargets);
  const colSum = new Float64Array(cols);
  for (let r = 0; r < nTargets; r++)
    for (let p = rowPtr[r]; p < rowPtr[r + 1]; p++) {
      rowSum[r] += cnt[p];
      colSum[colIdx[p]] += cnt[p];
    }
  const colPow = colSum.map((x) => x ** 0.75);
  let z = 0;
  for (const x of colPow) z += x;
  // Keep only positive PMI entries.
  const outIdx = new Int32Array(nnz);
  const outVal = new Float32Array(nnz);
  const outPtr = new Int32Array(nTargets + 1);
  let m = 0;
  for (let r = 0; r < nTargets; r++) {
    for (let p = rowPtr[r]; p < rowPtr[r + 1]; p++) {
      const pmi = Math.log((cnt[p] * z) / (rowSum[r] * colPow[colIdx[p]]));
      const col = colIdx[p];
      const weight = col >= 4 * C ? opt.wideWeight : col < C || col >= 3 * C ? opt.farWeight : 1;
      if (pmi > 0 && weight > 0) {
        outIdx[m] = colIdx[p];
        outVal[m++] = pmi * weight;
      }
    }
    outPtr[r + 1] = m;
  }
  return { rows: nTargets, cols, rowPtr: outPtr, colIdx: outIdx.slice(0, m), values: outVal.slice(0, m) };
}

/** Gives clusters a stable numbering: by the frequency rank of each cluster's most frequent word. */
function renumber(assign: Int32Array, k: number): { assign: Int32Array; map: Int32Array } {
  const first = new Int32Array(k).fill(-1);
  for (let i = 0; i < assign.length; i++) if (first[assign[i]] < 0) first[assign[i]] = i;
  const order = [...Array(k).keys()].sort(
    (a, b) => (first[a] < 0 ? 1e9 : first[a]) - (first[b] < 0 ? 1e9 : first[b]) || a - b,
  );
  const map = new Int32Array(k);
  order.forEach((old, i) => {
    map[old] = i;
  });
  return { assign: assign.map((c) => map[c]), map };
}

/**
 * Splits each of `kPrev` clusters into children so that there are `k` in all, each parent getting a
 * share of children proportional to its size (at least one), by spherical k-means within the parent.
 */
function splitClusters(
  x: Float32Array,
  n: number,
  d: number,
  parent: Int32Array,
  kPrev: number,
  k: number,
  seed: number,
): Int32Array {
  const members: number[][] = Array.from({ length: kPrev }, () => []);
  for (let i = 0; i < n; i++) members[parent[i]].push(i);
  // Largest-remainder allocation of k children over parents, proportional to size, at least 1 each.
  const share = members.map((m) => (m.length * (k - kPrev)) / n);
  const alloc = share.map((s, p) => Math.min(members[p].length, 1 + Math.floor(s)));
  let left = k - alloc.reduce((a, b) => a + b, 0);
  const byRemainder = [...share.keys()].sort(
    (a, b) => share[b] - Math.floor(share[b]) - (share[a] - Math.floor(share[a])) || a - b,
  );
  for (let r = 0; left > 0 && r < 10 * kPrev; r++) {
    const p = byRemainder[r % kPrev];
    if (alloc[p] < members[p].length) {
      alloc[p]++;
      left--;
    }
  }
  const out = new Int32Array(n);
  let next = 0;
  for (let p = 0; p < kPrev; p++) {
    const m = members[p];
    if (m.length === 0) continue;
    if (alloc[p] <= 1) {
      for (const i of m) out[i] = next;
      next++;
      continue;
    }
    const sub = new Float32Array(m.length * d);
    m.forEach((i, r) => {
      sub.set(x.subarray(i * d, i * d + d), r * d);
    });
    const res = sphericalKmeans(sub, m.length, d, alloc[p], { seed: seed + p, maxIterations: 30 });
    m.forEach((i, r) => {
      out[i] = next + res.assign[r];
    });
    next += alloc[p];
  }
  return out;
}

/** Runs the whole clustering (or loads it from the cache when the options match). */
export function buildClusters(
  corpus: Corpus,
  opt: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  log: (s: string) => void = console.log,
): ClusterResult {
  const targetOf = new Int32Array(corpus.types.length).fill(-1);
  const words: string[] = [];
  const countList: number[] = [];
  for (let t = 0; t < corpus.types.length && words.length < opt.vocabSize; t++) {
    if (!isWordType(corpus.types[t])) continue;
    targetOf[t] = words.length;
    words.push(corpus.types[t]);
    countList.push(corpus.counts[t]);
  }
  const counts = Int32Array.from(countList);
  const nT = words.length;
  const { vocabSize, contextSize, dims, eigenPower, farWeight, wideWeight, seed } = opt;
  const key = JSON.stringify({
    vocabSize,
    contextSize,
    dims,
    eigenPower,
    farWeight,
    wideWeight,
    seed,
    nT,
    n: corpus.stream.length,
  });
  const vecPath = join(CACHE_DIR, 'vectors.bin');
  const vecMeta = join(CACHE_DIR, 'vectors.json');
  let vectors: Float32Array;
  if (existsSync(vecPath) && existsSync(vecMeta) && readFileSync(vecMeta, 'utf8') === key) {
    const buf = readFileSync(vecPath);
    vectors = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    log(`clusters: cached vectors (${vecPath})`);
  } else {
    let t0 = performance.now();
    const a = ppmiMatrix(corpus, targetOf, nT, opt);
    log(
      `clusters: PPMI ${a.rows} x ${a.cols}, ${a.values.length} non-zeros in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    t0 = performance.now();
    const { u, s } = randomizedSvd(a, opt.dims, { seed: opt.seed, powerIterations: 2, log });
    log(
      `clusters: SVD rank ${opt.dims} in ${((performance.now() - t0) / 1000).toFixed(1)} s; σ1=${s[0].toFixed(1)} σ${opt.dims}=${s[opt.dims - 1].toFixed(1)}`,
    );
    vectors = new Float32Array(nT * opt.dims);
    for (let r = 0; r < nT; r++)
      for (let j = 0; j < opt.dims; j++)
        vectors[r * opt.dims + j] = u[r * opt.dims + j] * s[j] ** opt.eigenPower;
    normalizeRows(vectors, nT, opt.dims);
    writeFileSync(vecPath, new Uint8Array(vectors.buffer));
    writeFileSync(vecMeta, key);
  }
  const d = opt.dims;
  const levels = [...opt.levels].sort((x, y) => x - y); // coarsest first
  const t0 = performance.now();
  const byLevel: Int32Array[] = [];
  if (opt.strategy === 'flat' && levels.length === 3) {
    // Flat k-means at the finest level, then its centroids merged (weighted by size) for the coarser ones.
    const fine = sphericalKmeans(vectors, nT, d, levels[2], { seed: opt.seed, maxIterations: 20 });
    log(`clusters: level ${levels[2]} done at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const size2 = new Float64Array(levels[2]);
    for (const c of fine.assign) size2[c]++;
    const mid = sphericalKmeans(fine.centroids, levels[2], d, levels[1], {
      seed: opt.seed + 1,
      weights: size2,
    });
    const size1 = new Float64Array(levels[1]);
    for (let c = 0; c < levels[2]; c++) size1[mid.assign[c]] += size2[c];
    const top = sphericalKmeans(mid.centroids, levels[1], d, levels[0], {
      seed: opt.seed + 2,
      weights: size1,
    });
    byLevel.push(
      fine.assign.map((c) => top.assign[mid.assign[c]]),
      fine.assign.map((c) => mid.assign[c]),
      fine.assign,
    );
  } else if (opt.strategy === 'middle' && levels.length === 3) {
    // Flat k-means at the middle level, split for the finest, merge centroids for the coarsest.
    const mid = sphericalKmeans(vectors, nT, d, levels[1], { seed: opt.seed, maxIterations: 30 });
    log(`clusters: level ${levels[1]} done at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const fine = splitClusters(vectors, nT, d, mid.assign, levels[1], levels[2], opt.seed + levels[2]);
    const size = new Float64Array(levels[1]);
    for (const c of mid.assign) size[c]++;
    const top = sphericalKmeans(mid.centroids, levels[1], d, levels[0], {
      seed: opt.seed + 1,
      weights: size,
    });
    byLevel.push(
      mid.assign.map((c) => top.assign[c]),
      mid.assign,
      fine,
    );
  } else {
    let parent: Int32Array = new Int32Array(nT); // everything in one root cluster
    let kPrev = 1;
    for (const k of levels) {
      parent = splitClusters(vectors, nT, d, parent, kPrev, k, opt.seed + k);
      kPrev = k;
      byLevel.push(parent);
      log(`clusters: level ${k} done at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  }
  const result = opt.levels.map((lv) => renumber(byLevel[levels.indexOf(lv)], lv).assign);
  return { words, counts, vectors, dims: d, assign: result };
}
