/**
 * The subject text model of the second stage: per main-subject IPTC code, a logistic regression over the
 * article's weighted stem counts ({@link KnnVector}: title words ×3, lead words ×2), fitted on OrangeSum
 * articles whose main subjects our annotators labelled (scripts/train/fit-topics-text.ts, data/topics/silver/).
 * Its log-odds are one feature of the second stage (src/topics/calibrate.ts), which newsgold-dev calibrates.
 * Decoded once from the generated artefact (a shared vocabulary, per subject delta-coded indices and Int8
 * weights). @internal
 */
import { fromBase64 } from '../lang/base64.js';
import { topicText } from '../lang/fr/generated/topics-text.js';
import type { KnnVector } from './knn.js';

/** A decoded text model. @internal */
export interface TextModel {
  /** The IPTC codes it scores, in its own order. */
  readonly codes: readonly string[];
  /** IPTC code → its index in `codes`. */
  readonly codeIndex: ReadonlyMap<string, number>;
  readonly biases: Float64Array;
  /** Per code, the share of the model's labelled articles that have it (its support). */
  readonly shares: Float64Array;
  /** key → flat [subject index, weight, subject index, weight, …]. */
  readonly weights: ReadonlyMap<string, readonly number[]>;
}

let decoded: TextModel | null = null;

/** The shipped text model (empty when it was generated without labels). @internal */
export function textModel(): TextModel {
  if (decoded !== null) return decoded;
  const vocab = topicText.vocabulary === '' ? [] : topicText.vocabulary.split(' ');
  const weights = new Map<string, number[]>();
  topicText.subjects.forEach((_, s) => {
    const idx = fromBase64(topicText.index[s]);
    const q = new Int8Array(fromBase64(topicText.weights[s]).buffer);
    let at = 0;
    for (let j = 0; j < q.length; j++) {
      at += idx[2 * j] | (idx[2 * j + 1] << 8);
      const key = vocab[at];
      let list = weights.get(key);
      if (list === undefined) {
        list = [];
        weights.set(key, list);
      }
      list.push(s, q[j] * topicText.scales[s]);
    }
  });
  decoded = {
    codes: topicText.subjects,
    codeIndex: new Map(topicText.subjects.map((c, i) => [c, i])),
    biases: Float64Array.from(topicText.biases),
    shares: Float64Array.from(topicText.shares),
    weights,
  };
  return decoded;
}

/**
 * Log-odds of each subject of `model` for one article: features log(1 + count), L2-normalised over the
 * article (the same transform as the section model's). @internal
 */
export function textLogits(vector: KnnVector, model: TextModel = textModel()): Float64Array {
  const z = Float64Array.from(model.biases);
  let norm = 0;
  for (const n of vector.values()) norm += Math.log1p(n) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (const [k, n] of vector) {
    const ws = model.weights.get(k);
    if (ws === undefined) continue;
    const x = Math.log1p(n) / norm;
    for (let j = 0; j < ws.length; j += 2) z[ws[j]] += ws[j + 1] * x;
  }
  return z;
}
