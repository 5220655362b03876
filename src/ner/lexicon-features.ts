/**
 * NER features from the unsupervised lexicon (src/lexicon): distributional word clusters at three
 * granularities, mined gazetteer flags, and how common the word is in raw news, in lower case and
 * capitalised. These carry knowledge from ~10M words of later news that the labelled data lacks.
 */
import { clusterPath, gazetteerFlags, wordRank } from '../lexicon/index.js';
import type { ExtraFeatures } from './features.js';
import { WordCache } from './word-cache.js';

function rankBucket(r: number): number {
  if (r < 0) return 0;
  return 1 + Math.min(15, Math.floor(Math.log2(r + 1)));
}

/** Six values per token: cluster ids at 64/256/1024 (+1, 0 = unknown), gazetteer flags, frequency rank bucket, lower/capitalised commonness. */
const cache = new WordCache<Uint32Array>(32_768);

export const lexiconFeatures: ExtraFeatures = {
  slots: 6,
  values(word: string, out: Uint32Array, at: number): void {
    let v = cache.get(word);
    if (!v) {
      v = new Uint32Array(6);
      compute(word, v, 0);
      cache.set(word, v);
    }
    out.set(v, at);
  },
};

function compute(word: string, out: Uint32Array, at: number): void {
  {
    const path = clusterPath(word);
    if (path) {
      out[at] = path[0] + 1;
      out[at + 1] = path[1] + 1;
      out[at + 2] = path[2] + 1;
    } else {
      out[at] = out[at + 1] = out[at + 2] = 0;
    }
    out[at + 3] = gazetteerFlags(word);
    out[at + 4] = rankBucket(wordRank(word));
    const lower = word.toLowerCase();
    if (lower === word) {
      out[at + 5] = 0;
    } else {
      const rl = wordRank(lower);
      const cap = lower.charAt(0).toUpperCase() + lower.slice(1);
      const rc = wordRank(cap);
      // 1: the lowercase form is the common one (a common word capitalised), 2: the capitalised form is, 3: unseen
      out[at + 5] = rl >= 0 && (rc < 0 || rl < rc) ? 1 : rc >= 0 ? 2 : 3;
    }
  }
}

/**
 * Fingerprint of the lexicon as the NER model sees it: a hash of the lexicon values of `words`. The
 * training script stores it beside the model; a test recomputes it, so a lexicon regenerated without
 * retraining the model is caught. @internal
 */
export function lexiconFingerprint(words: readonly string[]): number {
  const v = new Uint32Array(lexiconFeatures.slots);
  let h = 0x811c9dc5;
  for (const w of words) {
    compute(w, v, 0);
    for (const x of v) h = Math.imul(h ^ x, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
