/**
 * ROUGE-1, ROUGE-2 and summary-level ROUGE-L (Lin 2004), with two tokenisations:
 * - `'rouge-score'`: the published protocol of Google's `rouge-score` package without stemming: lowercase,
 *   every character outside `[a-z0-9]` becomes a space, so accented letters disappear (`été` → nothing,
 *   `élève` → `l`, `ve`). This is what published OrangeSum figures use.
 * - `'fr'`: accent-preserving: lowercase (NFC), tokens are the runs of letters and digits.
 */

/** How {@link rouge} cuts text into tokens. */
export type RougeTokenizer = 'rouge-score' | 'fr';

/** Precision, recall and F1 of one ROUGE variant, each in [0, 1]. */
export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

/** ROUGE-1, ROUGE-2 and summary-level ROUGE-L of one candidate against one reference. */
export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

/** Options of {@link rouge}. */
export interface RougeOptions {
  /** Tokenisation; default `'rouge-score'`. */
  tokenizer?: RougeTokenizer;
}

/** A text as one string (sentences separated by line breaks) or as a list of sentences. */
export type RougeText = string | readonly string[];

const NON_ALNUM_ASCII = /[^a-z0-9]+/g;
const WORD_FR = /[\p{L}\p{N}]+/gu;

/**
 * Tokens of one text under a ROUGE tokenisation.
 * @example
 * ```ts
 * import { rougeTokens } from 'depeche/eval';
 * rougeTokens("L'été à Noël", 'rouge-score'); // ['l', 't', 'no', 'l']
 * rougeTokens("L'été à Noël", 'fr');          // ['l', 'été', 'à', 'noël']
 * ```
 */
export function rougeTokens(text: string, tokenizer: RougeTokenizer = 'rouge-score'): string[] {
  if (tokenizer === 'fr') return text.normalize('NFC').toLowerCase().match(WORD_FR) ?? [];
  const spaced = text.toLowerCase().replace(NON_ALNUM_ASCII, ' ').trim();
  return spaced === '' ? [] : spaced.split(' ');
}

function score(hits: number, candidateCount: number, referenceCount: number): RougeScore {
  const precision = candidateCount === 0 ? 0 : hits / candidateCount;
  const recall = referenceCount === 0 ? 0 : hits / referenceCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N on token lists: clipped n-gram matches over the n-gram counts of each side. */
function rougeN(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let hits = 0;
  for (const [g, k] of c) hits += Math.min(k, r.get(g) ?? 0);
  return score(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Indices in `ref` of one longest common subsequence of `ref` and `cand` (standard DP backtrace). */
function lcsIndices(ref: readonly string[], cand: readonly string[]): number[] {
  const m = ref.length;
  const n = cand.length;
  if (m === 0 || n === 0) return [];
  const w = n + 1;
  const table = new Int32Array((m + 1) * w);
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      table[i * w + j] =
        ref[i - 1] === cand[j - 1]
          ? table[(i - 1) * w + j - 1] + 1
          : Math.max(table[(i - 1) * w + j], table[i * w + j - 1]);
    }
  }
  const out: number[] = [];
  let i = m;
  let j = n;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (table[(i - 1) * w + j] >= table[i * w + j - 1]) i--;
    else j--;
  }
  return out.reverse();
}

/**
 * Summary-level ROUGE-L (Lin 2004, §3.2): for each reference sentence, the union of its LCS hits with every
 * candidate sentence; hits are clipped by the token counts of both sides, so a word is never counted more
 * often than it occurs (as rouge-score's `rougeLsum` does). With one sentence on each side it is plain ROUGE-L.
 */
function rougeLsum(candidate: readonly string[][], reference: readonly string[][]): RougeScore {
  const candCounts = new Map<string, number>();
  const refCounts = new Map<string, number>();
  let n = 0;
  let m = 0;
  for (const s of candidate) {
    for (const t of s) candCounts.set(t, (candCounts.get(t) ?? 0) + 1);
    n += s.length;
  }
  for (const s of reference) {
    for (const t of s) refCounts.set(t, (refCounts.get(t) ?? 0) + 1);
    m += s.length;
  }
  let hits = 0;
  for (const r of reference) {
    const union = new Set<number>();
    for (const c of candidate) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const t = r[i];
      const kc = candCounts.get(t) ?? 0;
      const kr = refCounts.get(t) ?? 0;
      if (kc > 0 && kr > 0) {
        hits++;
        candCounts.set(t, kc - 1);
        refCounts.set(t, kr - 1);
      }
    }
  }
  return score(hits, n, m);
}

function sentencesOf(text: RougeText): string[] {
  return typeof text === 'string' ? text.split(/\r?\n/) : [...text];
}

/**
 * ROUGE-1, ROUGE-2 and summary-level ROUGE-L of a candidate summary against a reference, each with
 * precision, recall and F1 (in [0, 1]). ROUGE-1/2 ignore sentence boundaries; ROUGE-L uses them: give each
 * text as a list of sentences, or as one string with a line break between sentences.
 *
 * @example
 * ```ts
 * import { rouge } from 'depeche/eval';
 * const s = rouge('le chat dort', 'le chat mange', { tokenizer: 'fr' });
 * s.rouge1.f1; // 0.666…  (2 of 3 words on each side)
 * s.rouge2.f1; // 0.5     (1 of 2 bigrams)
 * ```
 */
export function rouge(candidate: RougeText, reference: RougeText, options: RougeOptions = {}): RougeScores {
  const tokenizer = options.tokenizer ?? 'rouge-score';
  const cand = sentencesOf(candidate).map((s) => rougeTokens(s, tokenizer));
  const ref = sentencesOf(reference).map((s) => rougeTokens(s, tokenizer));
  const candFlat = cand.flat();
  const refFlat = ref.flat();
  return {
    rouge1: rougeN(candFlat, refFlat, 1),
    rouge2: rougeN(candFlat, refFlat, 2),
    rougeL: rougeLsum(cand, ref),
  };
}

/**
 * Averages many {@link RougeScores} (macro average over documents, as published figures are).
 * @example
 * ```ts
 * import { meanRouge, rouge } from 'depeche/eval';
 * const m = meanRouge([rouge('a b', 'a b'), rouge('a', 'b')]);
 * m.rouge1.f1; // 0.5
 * ```
 */
export function meanRouge(scores: readonly RougeScores[]): RougeScores {
  const keys = ['rouge1', 'rouge2', 'rougeL'] as const;
  const out = {} as RougeScores;
  for (const k of keys) {
    let p = 0;
    let r = 0;
    let f = 0;
    for (const s of scores) {
      p += s[k].precision;
      r += s[k].recall;
      f += s[k].f1;
    }
    const d = scores.length || 1;
    out[k] = { precision: p / d, recall: r / d, f1: f / d };
  }
  return out;
}
