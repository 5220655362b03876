/**
 * Base64 for the models shipped as generated TypeScript modules: one decoder for every stage, without
 * `atob` or `Buffer`, so it runs in Node and in browsers alike. `toBase64` is for the training scripts.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes base64 to bytes without `atob` or `Buffer` (runs everywhere). */
export function fromBase64(s: string): Uint8Array {
  const lut = new Uint8Array(128);
  for (let i = 0; i < 64; i++) lut[B64.charCodeAt(i)] = i;
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array((len * 3) >> 2);
  let o = 0;
  let i = 0;
  for (; i + 4 <= len; i += 4) {
    const v =
      (lut[s.charCodeAt(i)] << 18) |
      (lut[s.charCodeAt(i + 1)] << 12) |
      (lut[s.charCodeAt(i + 2)] << 6) |
      lut[s.charCodeAt(i + 3)];
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 255;
    out[o++] = v & 255;
  }
  const rest = len - i;
  if (rest >= 2) {
    const v =
      (lut[s.charCodeAt(i)] << 18) |
      (lut[s.charCodeAt(i + 1)] << 12) |
      (rest === 3 ? lut[s.charCodeAt(i + 2)] << 6 : 0);
    out[o++] = v >> 16;
    if (rest === 3) out[o++] = (v >> 8) & 255;
  }
  return out;
}

/** Encodes bytes as base64 (used by the training scripts). */
export function toBase64(b: Uint8Array): string {
  let s = '';
  let i = 0;
  for (; i + 3 <= b.length; i += 3) {
    const v = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    s += B64[v >> 18] + B64[(v >> 12) & 63] + B64[(v >> 6) & 63] + B64[v & 63];
  }
  const rest = b.length - i;
  if (rest === 1) {
    const v = b[i] << 16;
    s += `${B64[v >> 18]}${B64[(v >> 12) & 63]}==`;
  } else if (rest === 2) {
    const v = (b[i] << 16) | (b[i + 1] << 8);
    s += `${B64[v >> 18]}${B64[(v >> 12) & 63]}${B64[(v >> 6) & 63]}=`;
  }
  return s;
}
