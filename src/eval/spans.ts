/** A span with a label, as scored by {@link scoreSpans}. */
export interface LabeledSpan {
  start: number;
  end: number;
  type: string;
}

/** Precision, recall and F1 of one type (or of all, micro-averaged). */
export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores per type, plus `micro` over all types. */
export interface SpanScores {
  micro: TypeScore;
  byType: Record<string, TypeScore>;
}

function finish(tp: number, fp: number, fn: number): TypeScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Precision, recall and F1 on character spans, per type and micro-averaged.
 * `mode: 'exact'` (default) counts a prediction correct when start, end and type all match a gold span;
 * `mode: 'overlap'` when it overlaps a gold span of the same type (each gold span matched at most once).
 * Pass `ignoreType: true` to score extents only.
 *
 * @example
 * ```ts
 * import { scoreSpans } from 'depeche/eval';
 * const s = scoreSpans([{ start: 0, end: 5, type: 'PER' }], [{ start: 0, end: 5, type: 'PER' }]);
 * s.micro.f1; // 1
 * ```
 */
export function scoreSpans(
  gold: readonly LabeledSpan[],
  predicted: readonly LabeledSpan[],
  options: { mode?: 'exact' | 'overlap'; ignoreType?: boolean } = {},
): SpanScores {
  const mode = options.mode ?? 'exact';
  const typeOf = (s: LabeledSpan) => (options.ignoreType ? '*' : s.type);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const used = new Uint8Array(gold.length);
  for (const p of predicted) {
    let hit = -1;
    for (let g = 0; g < gold.length; g++) {
      if (used[g] || typeOf(gold[g]) !== typeOf(p)) continue;
      const ok =
        mode === 'exact'
          ? gold[g].start === p.start && gold[g].end === p.end
          : gold[g].start < p.end && p.start < gold[g].end;
      if (ok) {
        hit = g;
        break;
      }
    }
    if (hit >= 0) {
      used[hit] = 1;
      get(typeOf(p)).tp++;
    } else get(typeOf(p)).fp++;
  }
  for (let g = 0; g < gold.length; g++) if (!used[g]) get(typeOf(gold[g])).fn++;
  const byType: Record<string, TypeScore> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [t, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
    byType[t] = finish(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { micro: finish(tp, fp, fn), byType };
}
