import { fromBase64 } from '../lang/base64.js';
import {
  langidFrenchLexicon,
  langidGrams,
  langidLanguages,
  langidScale,
  langidWeights,
} from '../lang/fr/generated/langid-model.js';
import { gramHash, type Script } from './features.js';
import { frenchOnlyFunctionWords } from './function-words.js';

/** One language of the model. @internal */
export interface ModelLanguage {
  iso6393: string;
  iso6391: string;
  script: Script;
  /**
   * Log-probability of an n-gram outside the language's profile, by order (index 0 = letters). A typed
   * array: the same element kind for every language (a plain array of whole numbers would have another).
   */
  floors: Float64Array;
}

/** The decoded model. @internal */
export interface Model {
  languages: readonly ModelLanguage[];
  /** Finds an n-gram by its {@link gramHash}: the offset of its entry in `weights` (a count m, then m pairs language, level), or -1. */
  lookup: (hash: number) => number;
  /** The open-addressing table behind `lookup` (slot = hash & mask, linear probing), for inlined lookups. */
  keys: Uint32Array;
  offsets: Int32Array;
  mask: number;
  weights: Uint8Array;
  scale: number;
  /** Frequent French words (3+ letters). */
  frenchLexicon: Set<string>;
  /** ISO 639-3 code -> language index. */
  byIso3: Map<string, number>;
}

let model: Model | undefined;

/** The model, decoded on first use (a few milliseconds) and kept. @internal */
export function getModel(): Model {
  if (model) return model;
  const languages = langidLanguages.map((entry) => {
    const [iso6393, iso6391, script, floor] = entry.split(':');
    return {
      iso6393,
      iso6391,
      script: script as Script,
      floors: Float64Array.from(floor.split(','), Number),
    };
  });
  const weights = fromBase64(langidWeights);
  // Open addressing on the 32-bit hash: two typed arrays, no strings kept.
  const grams = langidGrams.split('\u0001');
  let size = 1;
  while (size < grams.length * 2) size *= 2;
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const offsets = new Int32Array(size).fill(-1);
  let offset = 0;
  for (const gram of grams) {
    const h = gramHash(gram);
    let slot = h & mask;
    while (offsets[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = h;
    offsets[slot] = offset;
    offset += 1 + 2 * weights[offset];
  }
  const lookup = (h: number): number => {
    let slot = h & mask;
    for (;;) {
      const o = offsets[slot];
      if (o === -1 || keys[slot] === h) return o;
      slot = (slot + 1) & mask;
    }
  };
  model = {
    languages,
    lookup,
    keys,
    offsets,
    mask,
    weights,
    scale: langidScale,
    // the OrangeSum lexicon, and the function words only French has (2-letter ones like "là", "où" are
    // too short for the lexicon): both are never strong evidence against French
    frenchLexicon: new Set([...langidFrenchLexicon.split(' '), ...frenchOnlyFunctionWords()]),
    byIso3: new Map(languages.map((l, i) => [l.iso6393, i])),
  };
  return model;
}
