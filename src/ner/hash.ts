/**
 * 32-bit hashing used by the NER features: strings are hashed once per token (FNV-1a over UTF-16 code
 * units), then combined with a template id by an integer mixer, so no feature string is ever built.
 */

/** FNV-1a hash of a string's UTF-16 code units, as an unsigned 32-bit integer. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3 finaliser: spreads the bits of a 32-bit integer. */
export function fmix(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of a feature: template id `t` with a value hash `v`. */
export function feat(t: number, v: number): number {
  return fmix(Math.imul(t + 1, 0x9e3779b1) ^ v);
}

/** Hash of a feature over two value hashes. */
export function feat2(t: number, a: number, b: number): number {
  return fmix(Math.imul(t + 1, 0x9e3779b1) ^ a ^ fmix(b + 0x6a09e667));
}

/** Hash of a feature over three value hashes. */
export function feat3(t: number, a: number, b: number, c: number): number {
  return fmix(Math.imul(t + 1, 0x9e3779b1) ^ a ^ fmix(b + 0x6a09e667) ^ fmix(fmix(c + 0x3c6ef372)));
}
