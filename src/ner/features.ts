/**
 * Feature extraction for the NER model. Each token gets exactly {@link FEATURES_PER_TOKEN} hashed
 * features (32-bit, see `hash.ts`); the model maps a hash to a weight row by its top bits. Training
 * (scripts/train/ner.ts) and the runtime share this code, so they can never disagree.
 */
import { tokenTable as docTokens, K_NUMBER, K_WORD, KINDS } from '../doc/table.js';
import type { Doc } from '../doc/types.js';
import {
  locFeatures as locCues,
  misc as miscCues,
  months,
  nameParticles,
  orgFeatures as orgCues,
  personFeatures as personCues,
} from '../lang/fr/generated/ner-cues.js';
import { feat, feat2, feat3, strHash } from './hash.js';
import { C_CAP, C_LETTER, C_LOWER, C_MIXED, C_PUNCT, C_UPPER, capClass, shapeOf } from './shape.js';
import { WordCache } from './word-cache.js';

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

/** Words that may join the capitalised words of a name run ("Banque centrale de France"). */
export const RUN_JOIN: ReadonlySet<string> = new Set([
  'de',
  'du',
  'des',
  "d'",
  'la',
  "l'",
  'et',
  'pour',
  'le',
  'les',
  'sur',
  'en',
  '&',
]);

/** Per token, its capitalised name run (see {@link nameRuns}). */
interface NameRuns {
  /** 0 outside a run, else 1..4 = B, I, L, U. */
  pos: Uint8Array;
  /** Length bucket of the run: 0 none, 1, 2, 3, 4 (4-5 tokens), 5 (6+). */
  len: Uint8Array;
  /** Lowercase hash of the run's first word. */
  head: Uint32Array;
  /** Cue bits of the run's first word × 2 + whether it starts the sentence. */
  headCue: Uint32Array;
  /** 1 when "(" and an upper-case or mixed-case word follow the run. */
  acr: Uint8Array;
}

/**
 * Capitalised name runs: maximal sequences of capitalised words in one sentence, possibly joined by
 * up to three small words ("Direction générale de la Sûreté", "Parti des travailleurs"). Where a name
 * starts and ends is the hard part of organisations; the run gives the model that span to weigh.
 */
function nameRuns(tb: TokenTable, doc: Doc): NameRuns {
  const n = tb.n;
  const toks = docTokens(doc);
  const r: NameRuns = {
    pos: new Uint8Array(n),
    len: new Uint8Array(n),
    head: new Uint32Array(n),
    headCue: new Uint32Array(n),
    acr: new Uint8Array(n),
  };
  const capLike = (i: number): boolean => {
    const c = tb.cls[i + PAD];
    return c === C_CAP || c === C_UPPER || c === C_MIXED || c === C_LETTER;
  };
  let i = 0;
  while (i < n) {
    if (!capLike(i)) {
      i++;
      continue;
    }
    const sent = toks.sentence[i];
    let end = i;
    let k = i + 1;
    while (k < n) {
      if (capLike(k) && toks.sentence[k] === sent) {
        end = k++;
        continue;
      }
      let m = k;
      while (m < n && m - k < 3 && RUN_JOIN.has(tb.lowers[m])) m++;
      if (m > k && m < n && capLike(m) && toks.sentence[m] === sent) {
        end = m;
        k = m + 1;
        continue;
      }
      break;
    }
    const len = end - i + 1;
    const bucket = len === 1 ? 1 : len === 2 ? 2 : len === 3 ? 3 : len <= 5 ? 4 : 5;
    let acr = 0;
    if (end + 2 < n && toks.norm[end + 1] === '(') {
      const c = tb.cls[end + 2 + PAD];
      if (c === C_UPPER || c === C_MIXED) acr = 1;
    }
    const head = tb.lower[i + PAD];
    const headCue = tb.cue[i + PAD] * 2 + tb.sentStart[i + PAD];
    for (let t = i; t <= end; t++) {
      r.pos[t] = len === 1 ? 4 : t === i ? 1 : t === end ? 3 : 2;
      r.len[t] = bucket;
      r.head[t] = head;
      r.headCue[t] = headCue;
      r.acr[t] = acr;
    }
    i = end + 1;
  }
  return r;
}

/** Per-token values computed once per document (typed arrays, index = token index + 2 for padding). */
export interface TokenTable {
  readonly n: number;
  readonly lower: Uint32Array;
  readonly shape: Uint32Array;
  readonly sshape: Uint32Array;
  readonly cls: Uint8Array;
  readonly cue: Uint16Array;
  readonly sentStart: Uint8Array;
  readonly lowerElsewhere: Uint8Array;
  readonly capElsewhere: Uint8Array;
  readonly lowers: string[];
  /** The cached word-form record of each token. @internal */
  readonly words: readonly WordInfo[];
}

/** Everything about a word form that does not depend on its context, cached across calls. @internal */
export interface WordInfo {
  lw: string;
  /** Extra (lexicon) values of the word, and the provider they came from. */
  x?: Uint32Array;
  xFrom?: ExtraFeatures;
  /** form, lower, shape, sshape, cls, cue, prefixes 1..4, suffixes 1..4 */
  h: Uint32Array;
  /** Hashes of the word-only feature templates (see {@link WORD_TEMPLATES}), lexicon ones excluded. */
  s: Uint32Array;
  /**
   * Hashes of the templates that see this word as a neighbour: as the previous word (lowercase,
   * collapsed shape), then as the next word (the same two). See {@link NEIGHBOUR_SLICES}.
   */
  nb: Uint32Array;
  /**
   * Summed weights, for `emFor`'s model, of the word's own templates, then of those that see it as
   * the previous and the next word: `3 * numTags` (see `pipeline.ts`).
   */
  em?: Float32Array;
  emFor?: object;
  emExtra?: ExtraFeatures;
}

/**
 * Number of base templates that depend on the word's own text only (bias, form, lowercase, affixes,
 * shapes, length × class, cue bits × class); with the lexicon templates of the word itself, they are summed once per
 * word form and model at run time instead of once per token.
 */
export const WORD_TEMPLATES = 15;

/**
 * Where the neighbour templates of a word sit in `WordInfo.nb`: [from, to) as the previous word,
 * then as the next word. The run time sums them once per word form too. (The form of the neighbours
 * and the lowercase of the words two away were templates too; cross-validation showed no loss
 * without them, and the later-news fixtures a small gain.)
 */
export const NEIGHBOUR_SLICES: readonly (readonly [number, number])[] = [
  [0, 2],
  [2, 4],
];

/** Number of neighbour templates (see {@link NEIGHBOUR_SLICES}). */
export const NEIGHBOUR_TEMPLATES = 4;

/** Hashes of the neighbour templates of a word with lowercase and collapsed-shape hashes. */
function neighbourHashes(lower: number, sshape: number): Uint32Array {
  const nb = new Uint32Array(NEIGHBOUR_TEMPLATES);
  nb[0] = feat(14, lower);
  nb[1] = feat(21, sshape);
  nb[2] = feat(15, lower);
  nb[3] = feat(22, sshape);
  return nb;
}

/** Word forms' features and emission sums: at most 2 × 32,768 (see ./word-cache.ts; about 1.5 KB each). */
const wordCache = new WordCache<WordInfo>(32_768);

function wordInfo(w: string, kind: string): WordInfo {
  const key = kind === 'word' ? w : `${kind}\u0000${w}`;
  const hit = wordCache.get(key);
  if (hit) return hit;
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
  const st = new Uint32Array(WORD_TEMPLATES);
  st[0] = feat(0, 0);
  st[1] = feat(1, h[0]);
  st[2] = feat(2, h[1]);
  for (let k = 0; k < 8; k++) st[3 + k] = feat(3 + k, h[6 + k]);
  st[11] = feat(11, h[2]);
  st[12] = feat(12, h[3]);
  st[13] = feat2(35, Math.min(lw.length, 12), h[4]);
  st[14] = feat2(26, h[5], h[4]);
  const info: WordInfo = { lw, h, s: st, nb: neighbourHashes(h[1], h[3]) };
  wordCache.set(key, info);
  return info;
}

const PAD = 2;
const H_BOS = strHash('<s>');
const H_EOS = strHash('</s>');

/** The padding before the first and after the last token, as neighbours. @internal */
export const BOS_INFO: WordInfo = {
  lw: '',
  h: new Uint32Array(14),
  s: new Uint32Array(0),
  nb: neighbourHashes(H_BOS, H_BOS),
};
/** @internal */
export const EOS_INFO: WordInfo = {
  lw: '',
  h: new Uint32Array(14),
  s: new Uint32Array(0),
  nb: neighbourHashes(H_EOS, H_EOS),
};

/** Builds the per-token table of a document. */
export function tokenTable(doc: Doc): TokenTable {
  const toks = docTokens(doc);
  const n = toks.length;
  const size = n + 2 * PAD;
  const lower = new Uint32Array(size);
  const shape = new Uint32Array(size);
  const sshape = new Uint32Array(size);
  const cls = new Uint8Array(size).fill(C_PUNCT);
  const cue = new Uint16Array(size);
  const sentStart = new Uint8Array(size);
  const lowerElsewhere = new Uint8Array(size);
  const capElsewhere = new Uint8Array(size);
  const lowers: string[] = new Array(n);
  const words: WordInfo[] = new Array(n);
  for (let p = 0; p < PAD; p++) {
    lower[p] = shape[p] = sshape[p] = H_BOS;
    lower[size - 1 - p] = shape[size - 1 - p] = sshape[size - 1 - p] = H_EOS;
  }
  const lowerSeen = new Set<string>();
  const capMid = new Set<string>();
  let sent = -1;
  let seenWord = false;
  for (let i = 0; i < n; i++) {
    const j = i + PAD;
    if (toks.sentence[i] !== sent) {
      sent = toks.sentence[i];
      seenWord = false;
    }
    const kind = toks.kind[i];
    const info = wordInfo(toks.norm[i], KINDS[kind]);
    words[i] = info;
    const lw = info.lw;
    const h = info.h;
    lowers[i] = lw;
    lower[j] = h[1];
    shape[j] = h[2];
    sshape[j] = h[3];
    const c = h[4];
    cls[j] = c;
    cue[j] = h[5];
    const isWord = kind === K_WORD || kind === K_NUMBER;
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
    lower,
    shape,
    sshape,
    cls,
    cue,
    sentStart,
    lowerElsewhere,
    capElsewhere,
    lowers,
    words,
  };
}

function affixHash(lw: string, k: number, suffix: boolean): number {
  if (lw.length <= k) return 0x5bd1e995;
  return strHash(suffix ? lw.slice(lw.length - k) : lw.slice(0, k));
}

/**
 * What the feature hashes of a document's tokens are computed from: the per-token table, the longest
 * gazetteer match and the capitalised name run of each token. Typed arrays of a few bytes per token,
 * so that the hashes themselves (`stride` per token, the bulk) can be filled a block of tokens at a
 * time by {@link fillFeatures}. @internal
 */
export interface FeatureContext {
  readonly table: TokenTable;
  /** Hashes per token. */
  readonly stride: number;
  /** Word-only and neighbour templates included (training), or the context ones only (run time). */
  readonly full: boolean;
  /** Extra (lexicon) slots per token. */
  readonly xs: number;
  /** Longest gazetteer match covering each token: type (0..4, 7 = none), position (B/I/L/U), length. */
  readonly gType: Uint8Array;
  readonly gPos: Uint8Array;
  readonly gLen: Uint8Array;
  readonly runs: NameRuns;
}

/**
 * Prepares the feature computation of `doc` (see {@link FeatureContext}): `stride` hashes per token,
 * `BASE_FEATURES + 4 * extra.slots` of them, or, with `contextOnly`, only those that depend on the
 * token's context (`BASE_FEATURES - WORD_TEMPLATES - NEIGHBOUR_TEMPLATES + 3 * extra.slots`): the
 * word-only and neighbour ones are then the caller's business, once per word form (see
 * {@link wordHashes} and `WordInfo.nb`). @internal
 */
export function featureContext(
  doc: Doc,
  extra?: ExtraFeatures,
  gaz?: Gazetteer,
  contextOnly = false,
): FeatureContext {
  const tb = tokenTable(doc);
  const n = tb.n;
  const xs = extra ? extra.slots : 0;
  const stride = contextOnly
    ? BASE_FEATURES - WORD_TEMPLATES - NEIGHBOUR_TEMPLATES + xs * 3
    : BASE_FEATURES + xs * 4;
  const { lower, cls } = tb;
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
  // Extra per-token values (lexicon), kept on the word form (read by fillFeatures and wordHashes).
  if (extra && xs > 0) {
    const norms = docTokens(doc).norm;
    for (let i = 0; i < n; i++) {
      const info = tb.words[i];
      if (info.xFrom !== extra || !info.x) {
        info.x = new Uint32Array(xs);
        extra.values(norms[i], info.x, 0);
        info.xFrom = extra;
      }
    }
  }
  return { table: tb, stride, full: !contextOnly, xs, gType, gPos, gLen, runs: nameRuns(tb, doc) };
}

/**
 * Writes the feature hashes of tokens `[from, to)` into `out` from index 0 (`stride` per token).
 * Each token's hashes depend on the whole-document context only, so any split into blocks gives the
 * same hashes as one pass over the document. @internal
 */
export function fillFeatures(ctx: FeatureContext, from: number, to: number, out: Uint32Array): void {
  const { table: tb, stride, full, xs, gType, gPos, gLen, runs } = ctx;
  const n = tb.n;
  const { lower, shape, sshape, cls, cue, sentStart, lowerElsewhere, capElsewhere } = tb;
  const w = tb.words;
  // the lexicon values of the padding rows before the first and after the last token
  const none = xs > 0 ? new Uint32Array(xs) : undefined;
  for (let i = from; i < to; i++) {
    const j = i + PAD;
    const o = (i - from) * stride;
    const c0 = cls[j];
    const ss = sentStart[j];
    let f = 0;
    if (full) {
      // The word-only templates (WORD_TEMPLATES of them, same hashes as WordInfo.s).
      out.set(w[i].s, o);
      f = WORD_TEMPLATES;
      // The neighbour templates (same hashes as WordInfo.nb of the neighbours).
      const p1 = i >= 1 ? w[i - 1].nb : BOS_INFO.nb;
      const n1 = i + 1 < n ? w[i + 1].nb : EOS_INFO.nb;
      out[o + f++] = p1[0];
      out[o + f++] = p1[1];
      out[o + f++] = n1[2];
      out[o + f++] = n1[3];
    }
    out[o + f++] = feat(13, c0 * 2 + ss);
    out[o + f++] = feat2(18, lower[j - 1], lower[j]);
    out[o + f++] = feat2(19, lower[j], lower[j + 1]);
    out[o + f++] = feat3(20, sshape[j - 1], sshape[j], sshape[j + 1]);
    out[o + f++] = feat2(23, cue[j - 1], c0);
    out[o + f++] = feat2(24, cue[j - 2], c0);
    out[o + f++] = feat2(25, cue[j + 1], c0);
    out[o + f++] = feat2(29, lower[j - 2], lower[j - 1]);
    out[o + f++] = feat2(30, lower[j + 1], lower[j + 2]);
    out[o + f++] = feat3(31, c0 * 2 + ss, lowerElsewhere[j], capElsewhere[j]);
    out[o + f++] = feat3(32, cls[j - 1], c0, cls[j + 1]);
    out[o + f++] = feat2(33, cls[j - 1] * 8 + c0, lower[j - 1]);
    out[o + f++] = feat2(34, c0 * 8 + cls[j + 1], lower[j + 1]);
    out[o + f++] = feat3(36, cls[j - 2], cls[j - 1], c0);
    out[o + f++] = feat3(37, c0, cls[j + 1], cls[j + 2]);
    out[o + f++] = feat2(38, shape[j], ss);
    out[o + f++] = feat2(39, cue[j - 1] * 256 + cue[j - 2], cls[j - 1] * 8 + c0);
    const gt = gType[i] * 8 + gPos[i];
    out[o + f++] = feat(40, gt);
    out[o + f++] = feat2(41, gt, c0 * 2 + ss);
    out[o + f++] = feat2(42, gt, Math.min(gLen[i], 4));
    const rp = runs.pos[i];
    const rl = runs.len[i];
    out[o + f++] = feat2(200, rp * 8 + rl, c0 * 2 + ss);
    out[o + f++] = feat2(201, runs.head[i], rp);
    out[o + f++] = feat2(202, runs.headCue[i], rp * 8 + rl);
    out[o + f++] = feat2(203, runs.acr[i], rp * 8 + rl);
    if (none !== undefined) {
      const cur = w[i].x ?? none;
      const prev = i >= 1 ? (w[i - 1].x ?? none) : none;
      const next = i + 1 < n ? (w[i + 1].x ?? none) : none;
      for (let k = 0; k < xs; k++) {
        const v = cur[k];
        if (full) out[o + f++] = feat(100 + k, v);
        out[o + f++] = feat2(120 + k, v, c0 * 2 + ss);
        out[o + f++] = feat2(140 + k, prev[k], c0);
        out[o + f++] = feat2(160 + k, next[k], c0);
      }
    }
  }
}

/**
 * Every token's feature hashes, `stride` per token (see {@link featureContext} for `contextOnly`), in
 * one array: what training reads. The run time fills them a block at a time instead (`pipeline.ts`).
 * Training uses every feature; the run time sums the same weights either way.
 */
export function extractFeatures(
  doc: Doc,
  extra?: ExtraFeatures,
  gaz?: Gazetteer,
  contextOnly = false,
): { feats: Uint32Array; stride: number; table: TokenTable } {
  const ctx = featureContext(doc, extra, gaz, contextOnly);
  const feats = new Uint32Array(ctx.table.n * ctx.stride);
  fillFeatures(ctx, 0, ctx.table.n, feats);
  return { feats, stride: ctx.stride, table: ctx.table };
}

/**
 * The word-only feature hashes of a token's word form: its {@link WORD_TEMPLATES} base ones, then one
 * per lexicon value (those filled by the last `extractFeatures` call with the same provider). @internal
 */
export function wordHashes(info: WordInfo, extra?: ExtraFeatures): Uint32Array {
  const xs = extra && info.xFrom === extra && info.x ? info.x.length : 0;
  if (xs === 0) return info.s;
  const out = new Uint32Array(WORD_TEMPLATES + xs);
  out.set(info.s);
  for (let k = 0; k < xs; k++) out[WORD_TEMPLATES + k] = feat(100 + k, info.x![k]);
  return out;
}
