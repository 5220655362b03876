/**
 * The NER model at run time: a linear-chain model over BILOU tags. Feature hashes map to weight rows
 * by their top `bits` bits; a row holds one 8-bit weight code per tag (an index into a 256-value codebook,
 * code 0 = 0), stored sparsely: only the non-zero codes. Viterbi decoding with hard BILOU constraints and
 * learned transition scores.
 */

/** Entity types of the sequence model, in tag order. */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
/** Number of tags: O plus B/I/L/U of each type. */
export const NUM_TAGS = 1 + 4 * NER_TYPES.length;
/** Tag codes within a type block. */
export const B = 1;
export const I = 2;
export const L = 3;
export const U = 4;

/** Tag id of `part` (B/I/L/U) for type index `k`. */
export function tagId(k: number, part: number): number {
  return 1 + 4 * k + (part - 1);
}
/** Type index of a tag (-1 for O). */
export function tagType(tag: number): number {
  return tag === 0 ? -1 : ((tag - 1) / 4) | 0;
}
/** B/I/L/U part of a tag (0 for O). */
export function tagPart(tag: number): number {
  return tag === 0 ? 0 : ((tag - 1) % 4) + 1;
}

/** Whether tag `b` may follow tag `a` (`a = -1` for the sequence start). */
export function allowed(a: number, b: number): boolean {
  const pa = a < 0 ? 0 : tagPart(a);
  const pb = tagPart(b);
  const open = pa === B || pa === I;
  if (open) return (pb === I || pb === L) && tagType(a) === tagType(b);
  return pb === 0 || pb === B || pb === U;
}

/** A decoded model. */
export interface NerModel {
  readonly bits: number;
  readonly numTags: number;
  /** Bucket -> first entry in `entries`, or -1 (decoding). */
  readonly entryOf: Int32Array;
  /** Packed non-zero weights: bits 0-7 code, 8-12 tag, bit 13 set on a row's last entry. */
  readonly entries: Uint16Array;
  /** 256 weight values; code 0 is 0. */
  readonly codebook: Float32Array;
  /** `(numTags + 1) * numTags` transition scores; row `numTags` is the start. Forbidden = -1e9. */
  readonly trans: Float32Array;
  /** End scores per tag (forbidden = -1e9). */
  readonly end: Float32Array;
  /** Temperature of the confidence score. */
  readonly tau: number;
  /** Extra feature slots the model was trained with (0 without lexicon features). */
  readonly extraSlots: number;
  /** Names seen in the training data, with their type (see `features.ts`). */
  readonly gazetteer: ReadonlyMap<number, number>;
}

const MAGIC = 0x3252454e; // 'NER2' (NER1 stored the codes densely, `rows * numTags` bytes)

/** The parts of a model before encoding. */
export interface ModelParts {
  bits: number;
  /** Sorted bucket ids with at least one non-zero weight. */
  buckets: Uint32Array;
  /** `buckets.length * NUM_TAGS` weight codes, row by row (every row has at least one non-zero code). */
  weights: Uint8Array;
  /** 256 weight values (code 0 = 0). */
  codebook: Float32Array;
  trans: Float32Array;
  end: Float32Array;
  tau: number;
  extraSlots: number;
  gazKeys: Uint32Array;
  gazTypes: Uint8Array;
}

/**
 * Serialises a model: header, codebook, transitions, varint-delta bucket ids, then the weights sparsely (one
 * 3-byte tag mask per row, then the non-zero codes of every row in order: about 4 of the 17 per row, 2.4
 * times fewer bytes than dense rows), then the gazetteer.
 */
export function encodeModel(m: ModelParts): Uint8Array {
  const T = NUM_TAGS;
  const rows = m.buckets.length;
  const head = new ArrayBuffer(32 + 4 * (256 + m.trans.length + m.end.length));
  const dv = new DataView(head);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, m.bits, true);
  dv.setUint32(8, T, true);
  dv.setUint32(12, rows, true);
  dv.setFloat32(20, m.tau, true);
  dv.setUint32(24, m.extraSlots, true);
  let p = 32;
  for (const v of m.codebook) {
    dv.setFloat32(p, v, true);
    p += 4;
  }
  for (const v of m.trans) {
    dv.setFloat32(p, v, true);
    p += 4;
  }
  for (const v of m.end) {
    dv.setFloat32(p, v, true);
    p += 4;
  }
  const varints: number[] = [];
  let prev = 0;
  for (const b of m.buckets) {
    let d = b - prev;
    prev = b;
    while (d >= 128) {
      varints.push((d & 127) | 128);
      d >>>= 7;
    }
    varints.push(d);
  }
  const masks = new Uint8Array(3 * rows);
  const codes: number[] = [];
  for (let r = 0, w = 0; r < rows; r++) {
    let mask = 0;
    for (let t = 0; t < T; t++, w++) {
      const c = m.weights[w];
      if (c === 0) continue;
      mask |= 1 << t;
      codes.push(c);
    }
    if (mask === 0) throw new Error(`encodeModel: weight row ${r} (bucket ${m.buckets[r]}) is all zero`);
    masks[3 * r] = mask & 255;
    masks[3 * r + 1] = (mask >>> 8) & 255;
    masks[3 * r + 2] = mask >>> 16;
  }
  const gazBytes = 4 + 5 * m.gazKeys.length;
  const out = new Uint8Array(
    head.byteLength + 4 + varints.length + 4 + masks.length + codes.length + gazBytes,
  );
  const odv = new DataView(out.buffer);
  out.set(new Uint8Array(head), 0);
  let q = head.byteLength;
  odv.setUint32(q, varints.length, true);
  out.set(varints, q + 4);
  q += 4 + varints.length;
  odv.setUint32(q, codes.length, true);
  out.set(masks, q + 4);
  out.set(codes, q + 4 + masks.length);
  q += 4 + masks.length + codes.length;
  odv.setUint32(q, m.gazKeys.length, true);
  q += 4;
  for (let i = 0; i < m.gazKeys.length; i++, q += 4) odv.setUint32(q, m.gazKeys[i], true);
  out.set(m.gazTypes, q);
  return out;
}

/** Decodes a serialised model. */
export function decodeModel(bytes: Uint8Array): NerModel {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint32(0, true) !== MAGIC) throw new Error('depeche: corrupt NER model');
  const bits = dv.getUint32(4, true);
  const T = dv.getUint32(8, true);
  const rows = dv.getUint32(12, true);
  const tau = dv.getFloat32(20, true);
  const extraSlots = dv.getUint32(24, true);
  let p = 32;
  const codebook = new Float32Array(256);
  for (let i = 0; i < 256; i++, p += 4) codebook[i] = dv.getFloat32(p, true);
  const trans = new Float32Array((T + 1) * T);
  for (let i = 0; i < trans.length; i++, p += 4) trans[i] = dv.getFloat32(p, true);
  const end = new Float32Array(T);
  for (let i = 0; i < T; i++, p += 4) end[i] = dv.getFloat32(p, true);
  const vlen = dv.getUint32(p, true);
  p += 4;
  const buckets = new Uint32Array(rows);
  let b = 0;
  let r = 0;
  const vend = p + vlen;
  while (p < vend) {
    let d = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[p++];
      d += (byte & 127) * 2 ** shift;
      shift += 7;
    } while (byte & 128);
    b += d;
    buckets[r++] = b;
  }
  if (T > 24) throw new Error('depeche: corrupt NER model');
  const nnz = dv.getUint32(p, true);
  p += 4;
  const masks = p;
  let c = p + 3 * rows;
  const entries = new Uint16Array(nnz);
  const entryOf = new Int32Array(1 << bits).fill(-1);
  let k = 0;
  for (let r2 = 0; r2 < rows; r2++) {
    entryOf[buckets[r2]] = k;
    const mask = bytes[masks + 3 * r2] | (bytes[masks + 3 * r2 + 1] << 8) | (bytes[masks + 3 * r2 + 2] << 16);
    for (let t = 0; t < T; t++) if (mask & (1 << t)) entries[k++] = bytes[c++] | (t << 8);
    entries[k - 1] |= 1 << 13;
  }
  if (k !== nnz) throw new Error('depeche: corrupt NER model');
  p = c;
  const gazetteer = new Map<number, number>();
  const count = dv.getUint32(p, true);
  p += 4;
  for (let i = 0; i < count; i++) gazetteer.set(dv.getUint32(p + 4 * i, true), bytes[p + 4 * count + i]);
  return {
    bits,
    numTags: T,
    codebook,
    entryOf,
    entries,
    trans,
    end,
    tau,
    extraSlots,
    gazetteer,
  };
}

/** Emission scores (`n * numTags`) of every token, from its feature hashes. */
export function emissions(
  m: NerModel,
  feats: Uint32Array,
  stride: number,
  n: number,
  out?: Float32Array,
): Float32Array {
  const T = m.numTags;
  const em = out ?? new Float32Array(n * T);
  for (let i = 0; i < n; i++) addEmission(m, feats, i * stride, (i + 1) * stride, em, i * T);
  return em;
}

/**
 * Adds the weights of the features `hashes[from..to)` to the emission row that starts at `out[at]`
 * (`numTags` scores).
 */
export function addEmission(
  m: NerModel,
  hashes: Uint32Array,
  from: number,
  to: number,
  out: Float32Array,
  at: number,
): void {
  const shift = 32 - m.bits;
  const { entryOf, entries, codebook } = m;
  for (let f = from; f < to; f++) {
    let k = entryOf[hashes[f] >>> shift];
    if (k < 0) continue;
    for (;;) {
      const x = entries[k++];
      out[at + ((x >> 8) & 31)] += codebook[x & 255];
      if (x & 8192) break;
    }
  }
}

const predCache = new WeakMap<Float32Array, { start: Uint16Array; list: Uint8Array }>();

/** For each tag, the tags that may precede it (transition score above the forbidden level). @internal */
export function predecessors(trans: Float32Array, T: number): { start: Uint16Array; list: Uint8Array } {
  let p = predCache.get(trans);
  if (p) return p;
  const start = new Uint16Array(T + 1);
  const list: number[] = [];
  for (let t = 0; t < T; t++) {
    start[t] = list.length;
    for (let s = 0; s < T; s++) if (trans[s * T + t] > -1e8) list.push(s);
  }
  start[T] = list.length;
  p = { start, list: Uint8Array.from(list) };
  predCache.set(trans, p);
  return p;
}

/**
 * One forward step of Viterbi (`pred`: the model's {@link predecessors}, looked up once by the caller):
 * from the scores `cur` of the previous token to `nxt`, adding the emission
 * row `em[r .. r + T)` and writing the best predecessor of each tag to `back[e .. e + T)`. @internal
 */
export function viterbiStep(
  m: NerModel,
  pred: { start: Uint16Array; list: Uint8Array },
  cur: Float32Array,
  nxt: Float32Array,
  em: Float32Array,
  r: number,
  back: Uint8Array,
  e: number,
): void {
  const T = m.numTags;
  const { trans } = m;
  const { start, list } = pred;
  for (let t = 0; t < T; t++) {
    let best = -Infinity;
    let arg = 0;
    const stop = start[t + 1];
    for (let k = start[t]; k < stop; k++) {
      const s = list[k];
      const v = cur[s] + trans[s * T + t];
      if (v > best) {
        best = v;
        arg = s;
      }
    }
    nxt[t] = best + em[r + t];
    back[e + t] = arg;
  }
}

/**
 * The end of Viterbi: the best last tag after the scores `cur` of the last token, then the back pointers
 * (`back`, `T` a token, token 0 first) followed back into `tags[from .. from + len)`. @internal
 */
export function viterbiBacktrace(
  m: NerModel,
  cur: Float32Array,
  back: Uint8Array,
  tags: Uint8Array,
  from: number,
  len: number,
): void {
  const T = m.numTags;
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    const v = cur[t] + m.end[t];
    if (v > best) {
      best = v;
      arg = t;
    }
  }
  tags[from + len - 1] = arg;
  for (let i = len - 1; i > 0; i--) tags[from + i - 1] = back[i * T + tags[from + i]];
}

/** Viterbi decoding over `n` tokens; returns the tag of each token. */
export function viterbi(m: NerModel, em: Float32Array, n: number): Uint8Array {
  const T = m.numTags;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const back = new Uint8Array(n * T);
  let cur = new Float32Array(T);
  let nxt = new Float32Array(T);
  const st = T * T;
  const pred = predecessors(m.trans, T);
  for (let t = 0; t < T; t++) cur[t] = em[t] + m.trans[st + t];
  for (let i = 1; i < n; i++) {
    viterbiStep(m, pred, cur, nxt, em, i * T, back, i * T);
    const tmp = cur;
    cur = nxt;
    nxt = tmp;
  }
  viterbiBacktrace(m, cur, back, tags, 0, n);
  return tags;
}
