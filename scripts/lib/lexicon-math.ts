/**
 * Numerical helpers for `scripts/train/lexicon.ts`, in plain TypeScript (no native code, no Python):
 * a seeded random generator, sparse CSR matrices, a randomised truncated SVD (Halko, Martinsson & Tropp
 * 2011, with CholeskyQR2 orthonormalisation and a Jacobi eigensolver for the small core), and seeded
 * spherical k-means with k-means++ seeding.
 */

/** Mulberry32: a small, fast, seeded 32-bit generator returning floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles `xs` in place (Fisher-Yates) with {@link rng}(`seed`), and returns it: a seeded, repeatable order. */
export function shuffle<T>(xs: T[], seed: number): T[] {
  return shuffleWith(xs, rng(seed));
}

/** Fisher-Yates shuffle in place with draws from `rand` (the trainers' epoch orders share one generator). */
export function shuffleWith<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/** Standard normal draws (Box-Muller) from a uniform generator. */
export function gaussian(rand: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = rand();
    const v = rand();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

/** A sparse matrix in compressed-row form. */
export interface Csr {
  rows: number;
  cols: number;
  /** `rowPtr[r]..rowPtr[r+1]` indexes the entries of row r. */
  rowPtr: Int32Array;
  colIdx: Int32Array;
  values: Float32Array;
}

/** out (rows x k) = A (rows x cols) * X (cols x k); dense matrices are row-major. */
export function csrTimesDense(a: Csr, x: Float64Array, k: number): Float64Array {
  const out = new Float64Array(a.rows * k);
  for (let r = 0; r < a.rows; r++) {
    const o = r * k;
    for (let p = a.rowPtr[r]; p < a.rowPtr[r + 1]; p++) {
      const v = a.values[p];
      const xo = a.colIdx[p] * k;
      for (let j = 0; j < k; j++) out[o + j] += v * x[xo + j];
    }
  }
  return out;
}

/** out (cols x k) = Aᵀ * Y, with Y (rows x k) row-major. */
export function csrTransposeTimesDense(a: Csr, y: Float64Array, k: number): Float64Array {
  const out = new Float64Array(a.cols * k);
  for (let r = 0; r < a.rows; r++) {
    const yo = r * k;
    for (let p = a.rowPtr[r]; p < a.rowPtr[r + 1]; p++) {
      const v = a.values[p];
      const o = a.colIdx[p] * k;
      for (let j = 0; j < k; j++) out[o + j] += v * y[yo + j];
    }
  }
  return out;
}

/** Gram matrix G = Yᵀ Y (k x k) of a row-major n x k matrix. */
function gram(y: Float64Array, n: number, k: number): Float64Array {
  const g = new Float64Array(k * k);
  for (let r = 0; r < n; r++) {
    const o = r * k;
    for (let i = 0; i < k; i++) {
      const yi = y[o + i];
      if (yi === 0) continue;
      const gi = i * k;
      for (let j = i; j < k; j++) g[gi + j] += yi * y[o + j];
    }
  }
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) g[i * k + j] = g[j * k + i];
  return g;
}

/** Upper-triangular R with RᵀR = G (Cholesky); a tiny ridge keeps rank-deficient inputs finite. */
function cholesky(g: Float64Array, k: number): Float64Array {
  const r = new Float64Array(k * k);
  let maxDiag = 0;
  for (let i = 0; i < k; i++) maxDiag = Math.max(maxDiag, g[i * k + i]);
  const ridge = maxDiag * 1e-12 + 1e-300;
  for (let j = 0; j < k; j++) {
    let s = g[j * k + j] + ridge;
    for (let p = 0; p < j; p++) s -= r[p * k + j] * r[p * k + j];
    const d = Math.sqrt(Math.max(s, ridge));
    r[j * k + j] = d;
    for (let i = j + 1; i < k; i++) {
      let t = g[j * k + i];
      for (let p = 0; p < j; p++) t -= r[p * k + j] * r[p * k + i];
      r[j * k + i] = t / d;
    }
  }
  return r;
}

/** In place: Y <- Y R⁻¹ (R upper triangular), row by row. */
function solveRight(y: Float64Array, n: number, k: number, r: Float64Array): void {
  for (let row = 0; row < n; row++) {
    const o = row * k;
    for (let j = 0; j < k; j++) {
      let s = y[o + j];
      for (let p = 0; p < j; p++) s -= y[o + p] * r[p * k + j];
      y[o + j] = s / r[j * k + j];
    }
  }
}

/** Orthonormalises the columns of a row-major n x k matrix in place (CholeskyQR2). */
export function orthonormalize(y: Float64Array, n: number, k: number): void {
  for (let pass = 0; pass < 2; pass++) solveRight(y, n, k, cholesky(gram(y, n, k), k));
}

/** Eigen-decomposition of a symmetric k x k matrix by cyclic Jacobi; eigenvalues sorted descending. */
export function symmetricEigen(m: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(m);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) off += a[i * k + j] * a[i * k + j];
    if (off < 1e-22) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * k + q] - a[p * k + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p];
          const arq = a[r * k + q];
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r];
          const aqr = a[q * k + r];
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p];
          const vrq = v[r * k + q];
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const order = [...Array(k).keys()].sort((x, y) => a[y * k + y] - a[x * k + x]);
  const values = Float64Array.from(order.map((i) => a[i * k + i]));
  const vectors = new Float64Array(k * k);
  order.forEach((src, dst) => {
    for (let r = 0; r < k; r++) vectors[r * k + dst] = v[r * k + src];
  });
  return { values, vectors };
}

/**
 * Randomised truncated SVD of a sparse matrix: returns the top `rank` left singular vectors (row-major
 * rows x rank) and singular values.
 */
export function randomizedSvd(
  a: Csr,
  rank: number,
  options: { oversample?: number; powerIterations?: number; seed?: number; log?: (s: string) => void } = {},
): { u: Float64Array; s: Float64Array } {
  const k = rank + (options.oversample ?? 10);
  const normal = gaussian(rng(options.seed ?? 1));
  const log = options.log ?? (() => {});
  const omega = new Float64Array(a.cols * k);
  for (let i = 0; i < omega.length; i++) omega[i] = normal();
  let q = csrTimesDense(a, omega, k);
  orthonormalize(q, a.rows, k);
  for (let it = 0; it < (options.powerIterations ?? 2); it++) {
    const z = csrTransposeTimesDense(a, q, k);
    orthonormalize(z, a.cols, k);
    q = csrTimesDense(a, z, k);
    orthonormalize(q, a.rows, k);
    log(`svd: power iteration ${it + 1}`);
  }
  // B = Qᵀ A (k x cols) is held transposed as Bt = Aᵀ Q (cols x k); B Bᵀ = Btᵀ Bt = gram(Bt).
  const bt = csrTransposeTimesDense(a, q, k);
  const { values, vectors } = symmetricEigen(gram(bt, a.cols, k), k);
  const u = new Float64Array(a.rows * rank);
  for (let r = 0; r < a.rows; r++) {
    for (let j = 0; j < rank; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += q[r * k + p] * vectors[p * k + j];
      u[r * rank + j] = s;
    }
  }
  const s = Float64Array.from(values.subarray(0, rank), (x) => Math.sqrt(Math.max(0, x)));
  return { u, s };
}

/** Dot product of rows `a[ao..ao+d)` and `b[bo..bo+d)`, four accumulators. */
export function dot(a: Float32Array, ao: number, b: Float32Array, bo: number, d: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < d; j += 4) {
    s0 += a[ao + j] * b[bo + j];
    s1 += a[ao + j + 1] * b[bo + j + 1];
    s2 += a[ao + j + 2] * b[bo + j + 2];
    s3 += a[ao + j + 3] * b[bo + j + 3];
  }
  for (; j < d; j++) s0 += a[ao + j] * b[bo + j];
  return s0 + s1 + s2 + s3;
}

/** Scales each row of a row-major n x d matrix to unit length (zero rows stay zero). */
export function normalizeRows(x: Float32Array, n: number, d: number): void {
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += x[r * d + j] * x[r * d + j];
    if (s === 0) continue;
    const inv = 1 / Math.sqrt(s);
    for (let j = 0; j < d; j++) x[r * d + j] *= inv;
  }
}

/**
 * Seeded spherical k-means (cosine similarity) of n unit rows of dimension d, with optional point
 * weights. k-means++ seeding, then Lloyd iterations until fewer than 0.1% of points move.
 * Returns each point's cluster and the (unit) centroids.
 */
export function sphericalKmeans(
  x: Float32Array,
  n: number,
  d: number,
  k: number,
  options: { seed?: number; maxIterations?: number; weights?: Float64Array; log?: (s: string) => void } = {},
): { assign: Int32Array; centroids: Float32Array } {
  const rand = rng(options.seed ?? 1);
  const w = options.weights ?? new Float64Array(n).fill(1);
  const log = options.log ?? (() => {});
  const centroids = new Float32Array(k * d);
  // k-means++ seeding on distance 1 - cos.
  const best = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  let pick = Math.floor(rand() * n);
  for (let c = 0; c < k; c++) {
    centroids.set(x.subarray(pick * d, pick * d + d), c * d);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const dist = Math.max(0, 1 - dot(x, i * d, centroids, c * d, d));
      if (dist < best[i]) best[i] = dist;
      total += w[i] * best[i] * best[i];
    }
    let target = rand() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      target -= w[i] * best[i] * best[i];
      if (target <= 0) {
        pick = i;
        break;
      }
    }
  }
  const assign = new Int32Array(n).fill(-1);
  const maxIt = options.maxIterations ?? 30;
  for (let it = 0; it < maxIt; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const o = i * d;
      let bestC = 0;
      let bestDot = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const sim = dot(x, o, centroids, c * d, d);
        if (sim > bestDot) {
          bestDot = sim;
          bestC = c;
        }
      }
      if (assign[i] !== bestC) moved++;
      assign[i] = bestC;
    }
    centroids.fill(0);
    const size = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const co = assign[i] * d;
      const o = i * d;
      size[assign[i]] += w[i];
      for (let j = 0; j < d; j++) centroids[co + j] += w[i] * x[o + j];
    }
    for (let c = 0; c < k; c++) {
      if (size[c] === 0) {
        // Empty cluster: re-seed it on a random point.
        const p = Math.floor(rand() * n);
        centroids.set(x.subarray(p * d, p * d + d), c * d);
      }
    }
    normalizeRows(centroids, k, d);
    log(`k-means k=${k}: iteration ${it + 1}, ${moved} moved`);
    if (moved < n * 0.001) break;
  }
  return { assign, centroids };
}

/**
 * A sparse row of log(1 + count) features over a vocabulary, L2-normalised over every count of the bag (also
 * those outside the vocabulary): the input of the topic trainers' logistic regressions.
 */
export function logTfRow(
  counts: ReadonlyMap<string, number>,
  vocab: ReadonlyMap<string, number>,
): { idx: Int32Array; val: Float32Array } {
  let norm = 0;
  for (const n of counts.values()) norm += Math.log1p(n) ** 2;
  norm = Math.sqrt(norm) || 1;
  const idx: number[] = [];
  const val: number[] = [];
  for (const [k, n] of counts) {
    const j = vocab.get(k);
    if (j === undefined) continue;
    idx.push(j);
    val.push(Math.log1p(n) / norm);
  }
  return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
}
