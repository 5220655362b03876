import {
  langidGrams,
  langidLanguages,
  langidScale,
  langidWeights,
} from '../lang/fr/generated/langid-model.js';
import type { Script } from './features.js';

/** One language of the model. @internal */
export interface ModelLanguage {
  iso6393: string;
  iso6391: string;
  script: Script;
  /** Log-probability of an n-gram outside the language's profile, by order (index 0 = letters). */
  floors: readonly number[];
}

/** The decoded model. @internal */
export interface Model {
  languages: readonly ModelLanguage[];
  /** n-gram -> offset of its entry in `weights` (a count m, then m pairs language, level). */
  index: Map<string, number>;
  weights: Uint8Array;
  scale: number;
  /** ISO 639-3 code -> language index. */
  byIso3: Map<string, number>;
}

let model: Model | undefined;

function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The model, decoded on first use (a few milliseconds) and kept. @internal */
export function getModel(): Model {
  if (model) return model;
  const languages = langidLanguages.map((entry) => {
    const [iso6393, iso6391, script, floor] = entry.split(':');
    return { iso6393, iso6391, script: script as Script, floors: floor.split(',').map(Number) };
  });
  const weights = decodeBase64(langidWeights);
  const index = new Map<string, number>();
  let offset = 0;
  for (const gram of langidGrams.split('\u0001')) {
    index.set(gram, offset);
    offset += 1 + 2 * weights[offset];
  }
  model = {
    languages,
    index,
    weights,
    scale: langidScale,
    byIso3: new Map(languages.map((l, i) => [l.iso6393, i])),
  };
  return model;
}
