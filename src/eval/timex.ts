/**
 * A temporal expression as scored by {@link scoreTimex}: a span, a TIMEX3 type and value.
 * @example
 * ```ts
 * import type { TimexSpan } from 'depeche/eval';
 * const gold: TimexSpan = { start: 0, end: 4, type: 'DATE', value: '2025-11-23' };
 * ```
 */
export interface TimexSpan {
  start: number;
  end: number;
  type?: string;
  value?: string;
}

/**
 * Precision, recall and F1.
 * @example
 * ```ts
 * import { scoreTimex, type PRF } from 'depeche/eval';
 * const strict: PRF = scoreTimex([], []).strict; // { precision: 0, recall: 0, f1: 0 }
 * ```
 */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * TempEval-3-style scores of temporal expressions.
 * @example
 * ```ts
 * import { scoreTimex, type TimexScores } from 'depeche/eval';
 * const s: TimexScores = scoreTimex([{ start: 0, end: 4 }], [{ start: 0, end: 4 }]);
 * s.strict.f1; // 1
 * ```
 */
export interface TimexScores {
  /** exact extent match */
  strict: PRF;
  /** overlapping extents (one-to-one) */
  relaxed: PRF;
  /** relaxed match with the same value (TempEval-3 "value F1") */
  value: PRF;
  /** relaxed match with the same type */
  type: PRF;
  gold: number;
  predicted: number;
  /** counts: exact matches, relaxed matches, relaxed matches with the right value / type */
  counts: { strict: number; relaxed: number; value: number; type: number };
}

function prf(hit: number, predicted: number, gold: number): PRF {
  const precision = predicted === 0 ? 0 : hit / predicted;
  const recall = gold === 0 ? 0 : hit / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Scores predicted temporal expressions against gold ones, the TempEval-3 way: strict (exact extent)
 * and relaxed (overlapping extent) precision/recall/F1, and attribute F1 for `value` and `type` computed
 * over relaxed matches (an attribute counts when the extents overlap and the attribute is equal).
 * Matching is one-to-one, preferring exact then largest overlap. Pass several documents by summing
 * `counts` yourself, or call it per document and use {@link sumTimex}.
 *
 * @example
 * ```ts
 * import { scoreTimex } from 'depeche/eval';
 * const s = scoreTimex(
 *   [{ start: 0, end: 4, type: 'DATE', value: '2025-11-23' }],
 *   [{ start: 0, end: 9, type: 'TIME', value: '2025-11-23TEV' }],
 * );
 * s.strict.f1;  // 0
 * s.relaxed.f1; // 1
 * s.value.f1;   // 0
 * ```
 */
export function scoreTimex(gold: readonly TimexSpan[], predicted: readonly TimexSpan[]): TimexScores {
  const counts = { strict: 0, relaxed: 0, value: 0, type: 0 };
  for (const p of predicted)
    for (const g of gold) if (g.start === p.start && g.end === p.end) counts.strict++;
  // relaxed one-to-one matching, greedy on overlap size
  const pairs: { g: number; p: number; ov: number }[] = [];
  for (let p = 0; p < predicted.length; p++)
    for (let g = 0; g < gold.length; g++) {
      const ov = Math.min(gold[g].end, predicted[p].end) - Math.max(gold[g].start, predicted[p].start);
      if (ov > 0) pairs.push({ g, p, ov });
    }
  pairs.sort((a, b) => b.ov - a.ov);
  const gUsed = new Uint8Array(gold.length);
  const pUsed = new Uint8Array(predicted.length);
  for (const { g, p } of pairs) {
    if (gUsed[g] || pUsed[p]) continue;
    gUsed[g] = 1;
    pUsed[p] = 1;
    counts.relaxed++;
    if (gold[g].value !== undefined && gold[g].value === predicted[p].value) counts.value++;
    if (gold[g].type !== undefined && gold[g].type === predicted[p].type) counts.type++;
  }
  return fromCounts(counts, gold.length, predicted.length);
}

function fromCounts(counts: TimexScores['counts'], gold: number, predicted: number): TimexScores {
  return {
    strict: prf(counts.strict, predicted, gold),
    relaxed: prf(counts.relaxed, predicted, gold),
    value: prf(counts.value, predicted, gold),
    type: prf(counts.type, predicted, gold),
    gold,
    predicted,
    counts: { ...counts },
  };
}

/**
 * Micro-averages per-document {@link scoreTimex} results.
 * @example
 * ```ts
 * import { scoreTimex, sumTimex } from 'depeche/eval';
 * const total = sumTimex([scoreTimex([], []), scoreTimex([{ start: 0, end: 1 }], [])]);
 * total.gold; // 1
 * ```
 */
export function sumTimex(scores: readonly TimexScores[]): TimexScores {
  const c = { strict: 0, relaxed: 0, value: 0, type: 0 };
  let gold = 0;
  let predicted = 0;
  for (const s of scores) {
    c.strict += s.counts.strict;
    c.relaxed += s.counts.relaxed;
    c.value += s.counts.value;
    c.type += s.counts.type;
    gold += s.gold;
    predicted += s.predicted;
  }
  return fromCounts(c, gold, predicted);
}
