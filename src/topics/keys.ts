/**
 * Matching keys: every word is reduced to a lower-case, stemmed, accent-folded key, so that cues and
 * learned weights match whatever the inflection or the accents (`Escroqueries`, `escroquerie`, `ESCROQUERIE`).
 * Shared by the runtime, the cue compiler and the training script, so that all three agree.
 */
import { K_HASHTAG, K_NUMBER, K_SYMBOL, K_WORD, type TokenTable } from '../doc/table.js';
import { fold } from '../lang/fr/fold.js';
import { stemFr } from '../lang/fr/stemmer.js';

const cache = new Map<string, string>();

/**
 * Words whose Snowball stem would merge them with a frequent unrelated word: they keep a key of their own
 * (environnement would otherwise share the key of the adverb environ).
 */
const OWN_KEY: ReadonlyMap<string, string> = new Map([
  ['environnement', 'environnement'],
  ['environnements', 'environnement'],
]);
const CACHE_MAX = 50_000;

/** The matching key of one word (already typographically normalised): lower-cased, stemmed, folded. */
export function wordKey(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const lower = word.toLowerCase();
  let key: string;
  const own = OWN_KEY.get(lower);
  if (own !== undefined) {
    key = own;
  } else if (lower.includes('-')) {
    // Compounds are stemmed on their last part and glued: cyber-attaques → cyberattaqu.
    const parts = lower.split('-');
    const last = parts.pop() ?? '';
    key = fold(parts.join('') + stemFr(last));
  } else {
    key = fold(stemFr(lower));
  }
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(word, key);
  return key;
}

/** Key of the last part of a hyphenated word (`anti-fraude` → `fraud`), or null. */
export function tailKey(word: string): string | null {
  const i = word.lastIndexOf('-');
  if (i <= 0 || i === word.length - 1) return null;
  return wordKey(word.slice(i + 1));
}

/** Keys of a token sequence: words and numbers get keys, punctuation and symbols get null. */
export function tokenKeys(tokens: TokenTable): (string | null)[] {
  const out: (string | null)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens.kind[i];
    const norm = tokens.norm[i];
    if (kind === K_WORD) out[i] = wordKey(norm);
    else if (kind === K_NUMBER || kind === K_HASHTAG) out[i] = norm.toLowerCase().replace(/^#/, '');
    else if (kind === K_SYMBOL && norm === '+') out[i] = '+';
    else out[i] = null;
  }
  return out;
}

/** Lower-case surface forms of the words (no stemming, accents kept: élève ≠ élevé), for exact cues. */
export function surfaceKeys(tokens: TokenTable): (string | null)[] {
  const out: (string | null)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens.kind[i];
    out[i] = kind === K_WORD || kind === K_NUMBER ? tokens.norm[i].toLowerCase() : null;
  }
  return out;
}
