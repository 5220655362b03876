import { cosine, type Vec } from './features.js';

/** Options of {@link selectSentences}. */
export interface SelectOptions {
  /** How many sentences to pick. */
  count: number;
  /** Redundancy penalty: a candidate's score minus `lambda` times its highest cosine with a chosen one. */
  lambda: number;
  /** Word budget: sentences that would take the summary over it are skipped. */
  maxWords?: number;
  /** For two sentences, search every pair of the best `exactPool` candidates instead of the greedy pass. */
  exactPool?: number;
}

/**
 * Greedy selection with redundancy control (maximal marginal relevance): repeatedly takes the candidate
 * whose score, minus `lambda` times its highest similarity to a sentence already taken, is largest.
 * Ties go to the earlier sentence. Returns indices into `scores`, in article order.
 */
export function selectSentences(
  scores: ArrayLike<number>,
  vectors: readonly Vec[],
  words: ArrayLike<number>,
  options: SelectOptions,
): number[] {
  const n = scores.length;
  if (options.count === 2 && options.exactPool && n > 2) return bestPair(scores, vectors, words, options);
  const chosen: number[] = [];
  const maxSim = new Float64Array(n);
  const taken = new Uint8Array(n);
  let budget = options.maxWords ?? Number.POSITIVE_INFINITY;
  while (chosen.length < options.count) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (taken[i] || words[i] > budget) continue;
      const v = scores[i] - options.lambda * maxSim[i];
      if (v > bestValue) {
        bestValue = v;
        best = i;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    chosen.push(best);
    budget -= words[best];
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      const s = cosine(vectors[i], vectors[best]);
      if (s > maxSim[i]) maxSim[i] = s;
    }
  }
  return chosen.sort((a, b) => a - b);
}

/** The pair maximising score(a) + score(b) - lambda * cos(a, b) among the best `exactPool` candidates. */
function bestPair(
  scores: ArrayLike<number>,
  vectors: readonly Vec[],
  words: ArrayLike<number>,
  options: SelectOptions,
): number[] {
  const budget = options.maxWords ?? Number.POSITIVE_INFINITY;
  // indices built in a loop: an array of small integers whatever the scores' element kind (a `.map` over
  // them would follow it and deopt the sort below when it changes)
  const within: number[] = [];
  for (let i = 0; i < scores.length; i++) if (words[i] <= budget) within.push(i);
  const pool = within.sort((a, b) => scores[b] - scores[a] || a - b).slice(0, options.exactPool);
  let best: number[] = pool.slice(0, 1);
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let x = 0; x < pool.length; x++) {
    for (let y = x + 1; y < pool.length; y++) {
      const a = pool[x];
      const b = pool[y];
      if (words[a] + words[b] > budget) continue;
      const v = scores[a] + scores[b] - options.lambda * cosine(vectors[a], vectors[b]);
      if (v > bestValue) {
        bestValue = v;
        best = [a, b];
      }
    }
  }
  return best.sort((a, b) => a - b);
}
