/**
 * The one folding function of the library: how every stage turns a French word into a lookup key that
 * ignores case, accents and the apostrophe's typography. Word lists are folded with it when they are
 * compiled and words are folded with it when they are looked up, so both sides always agree.
 * @internal
 */

const cache = new Map<string, string>();
const CACHE_MAX = 20_000;

/**
 * Lookup key of a word or phrase: lower case; typographic apostrophes (’ ‘ ʼ) as `'`; diacritics removed
 * (é → e, ç → c); the ligatures œ and æ spelt out (œ → oe, æ → ae). ASCII input is only lower-cased.
 *
 * @example
 * ```ts
 * fold('Aujourd’hui'); // "aujourd'hui"
 * fold('SŒUR Noël');   // "soeur noel"
 * ```
 */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  let ascii = true;
  for (let k = 0; k < lower.length; k++) {
    if (lower.charCodeAt(k) > 0x7e) {
      ascii = false;
      break;
    }
  }
  if (ascii) return lower;
  let out = cache.get(s);
  if (out !== undefined) return out;
  out = lower
    .replace(/[’‘ʼ]/g, "'")
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(s, out);
  return out;
}
