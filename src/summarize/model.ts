import { fromBase64 } from '../lang/base64.js';
import {
  summarizeExactPool,
  summarizeIdfUnknown,
  summarizeIdfValues,
  summarizeIdfWords,
  summarizeLambda,
  summarizeLengthCost,
  summarizeLexical,
  summarizeLexicalScale,
  summarizeWeights,
} from '../lang/fr/generated/summarize-model.js';
import { FEATURES, type Idf } from './features.js';

/** The learned scorer: feature and word weights, selection settings and the IDF table. */
export interface SummaryModel {
  weights: Float64Array;
  /** Weight of each vocabulary word (by `idf.id`). */
  lexical: Float64Array;
  lambda: number;
  /** Subtracted from a sentence's score per word before selection. */
  lengthCost: number;
  /** For two sentences: pairs searched among the best N (0: greedy). */
  exactPool: number;
  idf: Idf;
}

let cached: SummaryModel | undefined;

/** The model shipped in `src/lang/fr/generated/summarize-model.ts`, decoded once. @internal */
export function loadModel(): SummaryModel {
  if (cached) return cached;
  const words = summarizeIdfWords.split('\n');
  const values = fromBase64(summarizeIdfValues);
  const ids = new Map<string, number>();
  const idf = new Float64Array(words.length);
  for (let i = 0; i < words.length; i++) {
    ids.set(words[i], i);
    idf[i] = values[i] / 20;
  }
  const lexBytes = new Int8Array(fromBase64(summarizeLexical).buffer);
  cached = {
    weights: Float64Array.from(FEATURES, (f) => summarizeWeights[f] ?? 0),
    lexical: Float64Array.from(lexBytes, (v) => v * summarizeLexicalScale),
    lambda: summarizeLambda,
    lengthCost: summarizeLengthCost,
    exactPool: summarizeExactPool,
    idf: {
      get: (w) => {
        const k = ids.get(w);
        return k === undefined ? undefined : idf[k];
      },
      unknown: summarizeIdfUnknown,
      id: (w) => ids.get(w),
    },
  };
  return cached;
}

/** Score of one sentence: features times weights, plus its words' weights over the square root of their count. */
export function scoreSentence(model: SummaryModel, x: Float64Array, lexical: Int32Array): number {
  let s = 0;
  for (let j = 0; j < x.length; j++) s += model.weights[j] * x[j];
  if (lexical.length > 0) {
    let u = 0;
    for (let i = 0; i < lexical.length; i++) u += model.lexical[lexical[i]];
    s += u / Math.sqrt(lexical.length);
  }
  return s;
}
