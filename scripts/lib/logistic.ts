/**
 * L2-regularised logistic regression by Newton's method over sparse rows: deterministic (no seed, no
 * learning rate), shared by the topic calibration fit and the salience experiment.
 */

/** Solves A x = b (A symmetric positive definite, dense) by Cholesky. */
export function solveSpd(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const l = a.map((r) => Float64Array.from(r));
  for (let j = 0; j < n; j++) {
    let d = l[j][j];
    for (let k = 0; k < j; k++) d -= l[j][k] * l[j][k];
    d = Math.sqrt(Math.max(d, 1e-12));
    l[j][j] = d;
    for (let i = j + 1; i < n; i++) {
      let s = l[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      l[i][j] = s / d;
    }
  }
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i][k] * z[k];
    z[i] = s / l[i][i];
  }
  const out = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < n; k++) s -= l[k][i] * out[k];
    out[i] = s / l[i][i];
  }
  return out;
}

/**
 * Calls `visit(idx, val, y, weight?, offset?)` once per training row (`y` in [0, 1], a fractional target
 * allowed; `weight` multiplies the row's loss, default 1; `offset` is added to the row's log-odds, default 0):
 * `idx` (increasing weight indices) and `val` (their values) may be buffers reused between calls; only their
 * first `idx.length` entries are read.
 */
export type EachRow = (
  visit: (idx: Int32Array, val: Float64Array, y: number, weight?: number, offset?: number) => void,
) => void;

/**
 * Minimises the logistic loss plus `reg(k) * w[k]² / 2` over `n` weights by Newton steps until no weight
 * moves by `tol` or more (at most `maxIter` steps). Returns the weights.
 */
export function newtonLogistic(
  n: number,
  reg: (k: number) => number,
  eachRow: EachRow,
  maxIter: number,
  tol: number,
): Float64Array {
  const w = new Float64Array(n);
  for (let iter = 0; iter < maxIter; iter++) {
    const grad = new Float64Array(n);
    const hess = Array.from({ length: n }, () => new Float64Array(n));
    eachRow((idx, val, y, weight = 1, offset = 0) => {
      let s = offset;
      for (let a = 0; a < idx.length; a++) s += w[idx[a]] * val[a];
      const p = 1 / (1 + Math.exp(-s));
      const g = weight * (p - y);
      const h = weight * Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < idx.length; a++) {
        const ia = idx[a];
        const va = val[a];
        if (va === 0) continue;
        grad[ia] += g * va;
        const row = hess[ia];
        for (let b = 0; b <= a; b++) row[idx[b]] += h * va * val[b];
      }
    });
    // indices within a row are increasing, so only hess[a][b] with b <= a was filled: symmetrise
    for (let a = 0; a < n; a++) for (let b = 0; b < a; b++) hess[b][a] = hess[a][b];
    for (let k = 0; k < n; k++) {
      grad[k] += reg(k) * w[k];
      hess[k][k] += reg(k) + 1e-9;
    }
    const step = solveSpd(hess, grad);
    let change = 0;
    for (let k = 0; k < n; k++) {
      w[k] -= step[k];
      change = Math.max(change, Math.abs(step[k]));
    }
    if (change < tol) break;
  }
  return w;
}
