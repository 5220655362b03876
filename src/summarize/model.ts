import {
  summarizeIdfUnknown,
  summarizeIdfValues,
  summarizeIdfWords,
  summarizeLambda,
  summarizeWeights,
} from '../lang/fr/generated/summarize-model.js';
import { FEATURES, type Idf } from './features.js';

/** The learned scorer: one weight per feature, the redundancy penalty and the IDF table. */
export interface SummaryModel {
  weights: Float64Array;
  lambda: number;
  idf: Idf;
}

let cached: SummaryModel | null = null;

function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The model shipped in `src/lang/fr/generated/summarize-model.ts`, decoded once. @internal */
export function loadModel(): SummaryModel {
  if (cached) return cached;
  const words = summarizeIdfWords.split('\n');
  const values = decodeBase64(summarizeIdfValues);
  const map = new Map<string, number>();
  for (let i = 0; i < words.length; i++) map.set(words[i], values[i] / 20);
  const weights = Float64Array.from(FEATURES, (f) => summarizeWeights[f] ?? 0);
  cached = {
    weights,
    lambda: summarizeLambda,
    idf: { get: (w) => map.get(w), unknown: summarizeIdfUnknown },
  };
  return cached;
}
