/**
 * Feature extraction for the NER model. Each token gets exactly {@link FEATURES_PER_TOKEN} hashed
 * features (32-bit, see `hash.ts`); the model maps a hash to a weight row by its top bits. Training
 * (scripts/train-ner.ts) and the runtime share this code, so they can never disagree.
 */
import type { Doc } from '../doc/types.js';
import { locCues, miscCues, months, nameParticles, orgCues, personCues } from '../lang/fr/generated/ner.js';
import { feat, feat2, feat3, strHash } from './hash.js';

/** Token classes by capitalisation. */
const C_LOWER = 0;
const C_CAP = 1;
const C_UPPER = 2;
const C_NUM = 3;
const C_PUNCT = 4;
const C_OTHER = 5;
const C_MIXED = 6;
const C_LETTER = 7;

/** Cue bits of a lowercased word. */
const Q_PERSON = 1;
const Q_ORG = 2;
const Q_LOC = 4;
const Q_MISC = 8;
const Q_PARTICLE = 16;
const Q_MONTH = 32;
const Q_ELISION = 64;
const Q_OPEN = 128;

const cueMap = new Map<string, number>();
function addCues(list: readonly string[], bit: number): void {
  for (const w of list) cueMap.set(w, (cueMap.get(w) ?? 0) | bit);
}
addCues(personCues, Q_PERSON);
addCues(orgCues, Q_ORG);
addCues(locCues, Q_LOC);
addCues(miscCues, Q_MISC);
addCues(nameParticles, Q_PARTICLE);
addCues(months, Q_MONTH);

/**
 * Names known with a type: hash of the lowercased token sequence (see {@link seqHash}) -> type index
 * (0..3 = PER/ORG/LOC/MISC, 4 = ambiguous).
 */
export type Gazetteer = ReadonlyMap<number, number>;

/** Longest name (in tokens) looked up in a gazetteer. */
export const GAZ_MAX_LEN = 6;

/** Hash of a token sequence, extended one token (lowercased form hash) at a time from 0. */
export function seqHash(prev: number, tokenHash: number): number {
  return feat(prev, tokenHash);
}

/** Optional extra per-token values (e.g. word-cluster ids), added as features by the caller's hook. */
export interface ExtraFeatures {
  /** Number of extra slots per token. */
  readonly slots: number;
  /** Fills `out[at..at+slots)` with small values for the word `word` (its `norm`, case kept; 0 when unknown). */
  values(word: string, out: Uint32Array, at: number): void;
}

/** Number of base feature templates per token. */
export const BASE_FEATURES = 43;

function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase();
}

function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase();
}

function shapeOf(w: string): { long: string; short: string } {
  let long = '';
  let short = '';
  let prev = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 48 && c <= 57) k = 'd';
    else if (isUpperCode(c)) k = 'X';
    else if (isLowerCode(c)) k = 'x';
    else k = w[i];
    if (long.length < 6) long += k;
    if (k !== prev) short += k;
    prev = k;
  }
  if (w.length > 6) long += '+';
  return { long, short };
}

function capClass(text: string, kind: string): number {
  if (kind === 'number') return C_NUM;
  if (kind === 'punct') return C_PUNCT;
  if (kind !== 'word') return C_OTHER;
  const c0 = text.charCodeAt(0);
  if (isUpperCode(c0)) {
    if (text.length === 1 || (text.length === 2 && text.charCodeAt(1) === 46)) return C_LETTER;
    let allUpper = true;
    for (let i = 1; i < text.length; i++) {
      if (isLowerCode(text.charCodeAt(i))) {
        allUpper = false;
        break;
      }
    }
    return allUpper ? C_UPPER : C_CAP;
  }
  for (let i = 1; i < text.length; i++) if (isUpperCode(text.charCodeAt(i))) return C_MIXED;
  return C_LOWER;
}

/** Per-token values computed once per document (typed arrays, index = token index + 2 for padding). */
export interface TokenTable {
  readonly n: number;
  readonly form: Uint32Array;
  readonly lower: Uint32Array;
  readonly shape: Uint32Array;
  readonly sshape: Uint32Array;
  readonly cls: Uint8Array;
  readonly cue: Uint16Array;
  readonly sentStart: Uint8Array;
  readonly lowerElsewhere: Uint8Array;
  readonly capElsewhere: Uint8Array;
  readonly lowers: string[];
  /** Prefix (1..4) then suffix (1..4) hashes of each token's lowercased form: `8 * i + k`. */
  readonly affix: Uint32Array;
}

/** Everything about a word form that does not depend on its context, cached across calls. */
interface WordInfo {
  lw: string;
  /** Extra (lexicon) values of the word, and the provider they came from. */
  x?: Uint32Array;
  xFrom?: ExtraFeatures;
  /** form, lower, shape, sshape, cls, cue, prefixes 1..4, suffixes 1..4 */
  h: Uint32Array;
}

const wordCache = new Map<string, WordInfo>();
const WORD_CACHE_MAX = 200_000;

function wordInfo(w: string, kind: string): WordInfo {
  const cacheable = kind === 'word';
  if (cacheable) {
    const hit = wordCache.get(w);
    if (hit) return hit;
  }
  const lw = w.toLowerCase();
  const h = new Uint32Array(14);
  h[0] = strHash(w);
  h[1] = strHash(lw);
  const sh = shapeOf(w);
  h[2] = strHash(sh.long);
  h[3] = strHash(sh.short);
  h[4] = capClass(w, kind);
  let q = cueMap.get(lw) ?? 0;
  if (kind === 'word' && w.length <= 3 && w.charCodeAt(w.length - 1) === 39) q |= Q_ELISION;
  if (w === '"' || w === '(' || w === '[' || w === '«' || w === '“') q |= Q_OPEN;
  h[5] = q;
  for (let k = 1; k <= 4; k++) {
    h[5 + k] = affixHash(lw, k, false);
    h[9 + k] = affixHash(lw, k, true);
  }
  const info = { lw, h };
  if (cacheable) {
    if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
    wordCache.set(w, info);
  }
  return info;
}

const PAD = 2;
const H_BOS = strHash('<s>');
const H_EOS = strHash('</s>');

/** Builds the per-token table of a document. */
export function tokenTable(doc: Doc): TokenTable {
  const toks = doc.tokens;
  const n = toks.length;
  const size = n + 2 * PAD;
  const form = new Uint32Array(size);
  const lower = new Uint32Array(size);
  const shape = new Uint32Array(size);
  const sshape = new Uint32Array(size);
  const cls = new Uint8Array(size).fill(C_PUNCT);
  const cue = new Uint16Array(size);
  const sentStart = new Uint8Array(size);
  const lowerElsewhere = new Uint8Array(size);
  const capElsewhere = new Uint8Array(size);
  const lowers: string[] = new Array(n);
  const affix = new Uint32Array(8 * n);
  for (let p = 0; p < PAD; p++) {
    form[p] = lower[p] = shape[p] = sshape[p] = H_BOS;
    form[size - 1 - p] = lower[size - 1 - p] = shape[size - 1 - p] = sshape[size - 1 - p] = H_EOS;
  }
  const lowerSeen = new Set<string>();
  const capMid = new Set<string>();
  let sent = -1;
  let seenWord = false;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    const j = i + PAD;
    if (t.sentence !== sent) {
      sent = t.sentence;
      seenWord = false;
    }
    const info = wordInfo(t.norm, t.kind);
    const lw = info.lw;
    const h = info.h;
    lowers[i] = lw;
    form[j] = h[0];
    lower[j] = h[1];
    shape[j] = h[2];
    sshape[j] = h[3];
    const c = h[4];
    cls[j] = c;
    cue[j] = h[5];
    affix.set(h.subarray(6, 14), 8 * i);
    const isWord = t.kind === 'word' || t.kind === 'number';
    if (isWord && !seenWord) sentStart[j] = 1;
    if (isWord) {
      if (c === C_LOWER) lowerSeen.add(lw);
      else if (!sentStart[j] && (c === C_CAP || c === C_UPPER)) capMid.add(lw);
      seenWord = true;
    }
  }
  for (let i = 0; i < n; i++) {
    const j = i + PAD;
    const c = cls[j];
    if (c === C_CAP || c === C_UPPER || c === C_LETTER) {
      if (lowerSeen.has(lowers[i])) lowerElsewhere[j] = 1;
      if (capMid.has(lowers[i])) capElsewhere[j] = 1;
    }
  }
  return {
    n,
    form,
    lower,
    shape,
    sshape,
    cls,
    cue,
    sentStart,
    lowerElsewhere,
    capElsewhere,
    lowers,
    affix,
  };
}

function affixHash(lw: string, k: number, suffix: boolean): number {
  if (lw.length <= k) return 0x5bd1e995;
  return strHash(suffix ? lw.slice(lw.length - k) : lw.slice(0, k));
}

/**
 * Fills `out` (length `n * stride`) with every token's feature hashes. `stride` is
 * `BASE_FEATURES + extra.slots`.
 */
export function extractFeatures(
  doc: Doc,
  extra?: ExtraFeatures,
  gaz?: Gazetteer,
): { feats: Uint32Array; stride: number; table: TokenTable } {
  const tb = tokenTable(doc);
  const n = tb.n;
  const xs = extra ? extra.slots : 0;
  const stride = BASE_FEATURES + xs * 4;
  const feats = new Uint32Array(n * stride);
  const { form, lower, shape, sshape, cls, cue, sentStart, lowerElsewhere, capElsewhere } = tb;
  // Longest gazetteer match covering each token: type (0..4, 7 = none), position (B/I/L/U), length.
  const gType = new Uint8Array(n).fill(7);
  const gPos = new Uint8Array(n);
  const gLen = new Uint8Array(n);
  if (gaz && gaz.size > 0) {
    for (let i = 0; i < n; i++) {
      let h = 0;
      let bestLen = 0;
      let bestType = 7;
      for (let len = 1; len <= GAZ_MAX_LEN && i + len <= n; len++) {
        const j = i + len - 1 + PAD;
        if (cls[j] === C_PUNCT && len === 1) break;
        h = seqHash(h, lower[j]);
        const t = gaz.get(h);
        if (t !== undefined) {
          bestLen = len;
          bestType = t;
        }
      }
      if (bestLen === 0) continue;
      for (let k = i; k < i + bestLen; k++) {
        if (gLen[k] >= bestLen) continue;
        gType[k] = bestType;
        gLen[k] = bestLen;
        gPos[k] = bestLen === 1 ? 4 : k === i ? 1 : k === i + bestLen - 1 ? 3 : 2;
      }
    }
  }
  // Extra per-token values (lexicon), with one padding row each side.
  const xv = new Uint32Array((n + 2) * Math.max(1, xs));
  if (extra && xs > 0) {
    for (let i = 0; i < n; i++) {
      const t = doc.tokens[i];
      const info = wordInfo(t.norm, t.kind);
      if (info.xFrom !== extra) {
        info.x = new Uint32Array(xs);
        extra.values(t.norm, info.x, 0);
        info.xFrom = extra;
      }
      xv.set(info.x!, (i + 1) * xs);
    }
  }
  for (let i = 0; i < n; i++) {
    const j = i + PAD;
    const lw = tb.lowers[i];
    const o = i * stride;
    const c0 = cls[j];
    const ss = sentStart[j];
    let f = 0;
    feats[o + f++] = feat(0, 0);
    feats[o + f++] = feat(1, form[j]);
    feats[o + f++] = feat(2, lower[j]);
    for (let k = 0; k < 8; k++) feats[o + f++] = feat(3 + k, tb.affix[8 * i + k]);
    feats[o + f++] = feat(11, shape[j]);
    feats[o + f++] = feat(12, sshape[j]);
    feats[o + f++] = feat(13, c0 * 2 + ss);
    feats[o + f++] = feat(14, lower[j - 1]);
    feats[o + f++] = feat(15, lower[j + 1]);
    feats[o + f++] = feat(16, lower[j - 2]);
    feats[o + f++] = feat(17, lower[j + 2]);
    feats[o + f++] = feat2(18, lower[j - 1], lower[j]);
    feats[o + f++] = feat2(19, lower[j], lower[j + 1]);
    feats[o + f++] = feat3(20, sshape[j - 1], sshape[j], sshape[j + 1]);
    feats[o + f++] = feat(21, sshape[j - 1]);
    feats[o + f++] = feat(22, sshape[j + 1]);
    feats[o + f++] = feat2(23, cue[j - 1], c0);
    feats[o + f++] = feat2(24, cue[j - 2], c0);
    feats[o + f++] = feat2(25, cue[j + 1], c0);
    feats[o + f++] = feat2(26, cue[j], c0);
    feats[o + f++] = feat(27, form[j - 1]);
    feats[o + f++] = feat(28, form[j + 1]);
    feats[o + f++] = feat2(29, lower[j - 2], lower[j - 1]);
    feats[o + f++] = feat2(30, lower[j + 1], lower[j + 2]);
    feats[o + f++] = feat3(31, c0 * 2 + ss, lowerElsewhere[j], capElsewhere[j]);
    feats[o + f++] = feat3(32, cls[j - 1], c0, cls[j + 1]);
    feats[o + f++] = feat2(33, cls[j - 1] * 8 + c0, lower[j - 1]);
    feats[o + f++] = feat2(34, c0 * 8 + cls[j + 1], lower[j + 1]);
    feats[o + f++] = feat2(35, Math.min(lw.length, 12), c0);
    feats[o + f++] = feat3(36, cls[j - 2], cls[j - 1], c0);
    feats[o + f++] = feat3(37, c0, cls[j + 1], cls[j + 2]);
    feats[o + f++] = feat2(38, shape[j], ss);
    feats[o + f++] = feat2(39, cue[j - 1] * 256 + cue[j - 2], cls[j - 1] * 8 + c0);
    const gt = gType[i] * 8 + gPos[i];
    feats[o + f++] = feat(40, gt);
    feats[o + f++] = feat2(41, gt, c0 * 2 + ss);
    feats[o + f++] = feat2(42, gt, Math.min(gLen[i], 4));
    if (xs > 0) {
      const cur = (i + 1) * xs;
      for (let k = 0; k < xs; k++) {
        const v = xv[cur + k];
        feats[o + f++] = feat(100 + k, v);
        feats[o + f++] = feat2(120 + k, v, c0 * 2 + ss);
        feats[o + f++] = feat2(140 + k, xv[cur - xs + k], c0);
        feats[o + f++] = feat2(160 + k, xv[cur + xs + k], c0);
      }
    }
  }
  return { feats, stride, table: tb };
}
