/**
 * From a Doc to entity mentions with a given model: features, emissions, Viterbi, spans, then the
 * document-level passes. Used by `extractEntities()` with the shipped model, and by the training and
 * evaluation scripts with any model.
 */
import { tokenTable as docTokens } from '../doc/table.js';
import type { Doc } from '../doc/types.js';
import { documentPass } from './document.js';
import {
  BOS_INFO,
  EOS_INFO,
  type ExtraFeatures,
  type FeatureContext,
  featureContext,
  fillFeatures,
  NEIGHBOUR_SLICES,
  type TokenTable,
  type WordInfo,
  wordHashes,
} from './features.js';
import { lexiconFeatures } from './lexicon-features.js';
import {
  addEmission,
  NER_TYPES,
  type NerModel,
  predecessors,
  tagPart,
  tagType,
  viterbiBacktrace,
  viterbiStep,
} from './model.js';
import { refineMentions } from './refine.js';
import type { Entity } from './types.js';

/** A mention over tokens `[first, last]`. @internal */
export interface TokenMention {
  first: number;
  last: number;
  type: number;
  margin: number;
}

/** Options of the pipeline (the document pass can be switched off to measure it). @internal */
export interface PipelineOptions {
  documentPass?: boolean;
  /** The knowledge-based refinements of `refine.ts` (default on). */
  refine?: boolean;
  /** Called with the margin of each mention (calibration). */
  onMargin?: (margin: number) => void;
}

/** A word form's summed weights: its own templates, then as the previous and as the next word. */
function wordEmissions(model: NerModel, w: WordInfo, ex: ExtraFeatures | undefined): Float32Array {
  const T = model.numTags;
  const out = new Float32Array((1 + NEIGHBOUR_SLICES.length) * T);
  const own = wordHashes(w, ex);
  addEmission(model, own, 0, own.length, out, 0);
  for (let k = 0; k < NEIGHBOUR_SLICES.length; k++) {
    const [from, to] = NEIGHBOUR_SLICES[k];
    addEmission(model, w.nb, from, to, out, (k + 1) * T);
  }
  return out;
}

/** The cached {@link wordEmissions} of a word form, computed again when the model or lexicon changes. */
function cachedWordEmissions(model: NerModel, w: WordInfo, ex: ExtraFeatures | undefined): Float32Array {
  if (w.em && w.emFor === model && w.emExtra === ex) return w.em;
  w.em = wordEmissions(model, w, ex);
  w.emFor = model;
  w.emExtra = ex;
  return w.em;
}

/** Tokens whose feature hashes and emission rows are held at once (about 240 KB in all). */
const BLOCK = 1024;

/**
 * The emission scores of a document's tokens, computed a block of tokens at a time: the context
 * features hashed by {@link fillFeatures}, plus the cached sums of the word-only and neighbour features
 * of each word form. A row depends on the whole-document context, never on the block it is computed
 * in, so memory holds one block of hashes and rows instead of `stride` hashes and `numTags` scores per
 * token of the document. @internal
 */
export class EmissionRows {
  readonly table: TokenTable;
  readonly numTags: number;
  private readonly ctx: FeatureContext;
  private readonly model: NerModel;
  private readonly ex: ExtraFeatures | undefined;
  private readonly hashes: Uint32Array;

  constructor(doc: Doc, model: NerModel, extra?: ExtraFeatures) {
    this.model = model;
    this.ex = model.extraSlots > 0 ? (extra ?? lexiconFeatures) : undefined;
    this.ctx = featureContext(doc, this.ex, model.gazetteer, true);
    this.table = this.ctx.table;
    this.numTags = model.numTags;
    this.hashes = new Uint32Array(Math.min(this.table.n, BLOCK) * this.ctx.stride);
  }

  /** Writes the rows of tokens `[from, to)` (at most {@link BLOCK} of them) into `out` from index 0. */
  fill(from: number, to: number, out: Float32Array): void {
    const { model, ex, ctx, hashes } = this;
    const { stride } = ctx;
    const T = model.numTags;
    const n = this.table.n;
    const words = this.table.words;
    out.fill(0, 0, (to - from) * T);
    fillFeatures(ctx, from, to, hashes);
    for (let i = from; i < to; i++) {
      const o = (i - from) * stride;
      addEmission(model, hashes, o, o + stride, out, (i - from) * T);
    }
    // The word-only and neighbour features: their summed weights, once per word form and model.
    for (let i = from; i < to; i++) {
      const self = cachedWordEmissions(model, words[i], ex);
      const p1 = cachedWordEmissions(model, i >= 1 ? words[i - 1] : BOS_INFO, ex);
      const n1 = cachedWordEmissions(model, i + 1 < n ? words[i + 1] : EOS_INFO, ex);
      const e = (i - from) * T;
      for (let t = 0; t < T; t++) out[e + t] += self[t] + p1[T + t] + n1[2 * T + t];
    }
  }
}

/**
 * Emission scores (`n * numTags`) of every token of `doc`, in one array (see {@link EmissionRows}).
 * Equal (up to float rounding) to the emissions of every feature from `extractFeatures(doc, …, false)`,
 * which training uses; a test checks it. @internal
 */
export function documentEmissions(
  doc: Doc,
  model: NerModel,
  extra?: ExtraFeatures,
): { em: Float32Array; table: TokenTable } {
  const rows = new EmissionRows(doc, model, extra);
  const n = rows.table.n;
  const T = model.numTags;
  const em = new Float32Array(n * T);
  for (let from = 0; from < n; from += BLOCK) {
    const to = Math.min(n, from + BLOCK);
    rows.fill(from, to, em.subarray(from * T, to * T));
  }
  return { em, table: rows.table };
}

/**
 * Viterbi decoding of tokens `[from, to)` into `tags`, the same computation as `viterbi()` of
 * `model.ts` (a test checks that they agree) with the emission rows computed a block at a time as the
 * forward pass reaches them: memory holds the back pointers (`numTags` bytes per token) and one block of
 * rows, not the segment's scores.
 */
function decodeSegment(
  m: NerModel,
  rows: EmissionRows,
  from: number,
  to: number,
  tags: Uint8Array,
  em: Float32Array,
): void {
  const T = m.numTags;
  const len = to - from;
  const back = new Uint8Array(len * T);
  let cur = new Float32Array(T);
  let nxt = new Float32Array(T);
  const st = T * T;
  const pred = predecessors(m.trans, T);
  for (let b = from; b < to; b += BLOCK) {
    const bEnd = Math.min(to, b + BLOCK);
    rows.fill(b, bEnd, em);
    for (let i = b; i < bEnd; i++) {
      const r = (i - b) * T;
      if (i === from) {
        for (let t = 0; t < T; t++) cur[t] = em[r + t] + m.trans[st + t];
        continue;
      }
      viterbiStep(m, pred, cur, nxt, em, r, back, (i - from) * T);
      const tmp = cur;
      cur = nxt;
      nxt = tmp;
    }
  }
  viterbiBacktrace(m, cur, back, tags, from, len);
}

/**
 * The tags of every token: one Viterbi decoding per sentence (tokens after the last sentence, if any,
 * as one more segment). @internal
 */
export function decodeTags(doc: Doc, model: NerModel, rows: EmissionRows): Uint8Array {
  const n = rows.table.n;
  const tags = new Uint8Array(n);
  const em = new Float32Array(Math.min(n, BLOCK) * model.numTags);
  let from = 0;
  for (const s of doc.sentences) {
    const to = Math.min(s.tokenEnd, n);
    if (to <= from) continue;
    decodeSegment(model, rows, from, to, tags, em);
    from = to;
  }
  if (from < n) decodeSegment(model, rows, from, n, tags, em);
  return tags;
}

/** The margin of a mention over tokens `[first, last]`: its tags' scores over the outside tag's, summed. */
function mentionMargin(
  rows: EmissionRows,
  tags: Uint8Array,
  first: number,
  last: number,
  em: Float32Array,
): number {
  const T = rows.numTags;
  let margin = 0;
  for (let b = first; b <= last; b += BLOCK) {
    const bEnd = Math.min(last + 1, b + BLOCK);
    rows.fill(b, bEnd, em);
    for (let t = b; t < bEnd; t++) margin += em[(t - b) * T + tags[t]] - em[(t - b) * T];
  }
  return margin;
}

/** Runs the model over a document and returns its mentions (PER/ORG/LOC/MISC), sorted by start. @internal */
export function runNer(
  doc: Doc,
  model: NerModel,
  extra?: ExtraFeatures,
  opts: PipelineOptions = {},
): Entity[] {
  const n = docTokens(doc).length;
  if (n === 0) return [];
  const rows = new EmissionRows(doc, model, extra);
  const { table } = rows;
  const tags = decodeTags(doc, model, rows);
  const em = new Float32Array(Math.min(n, BLOCK) * model.numTags);
  let mentions: TokenMention[] = [];
  let i = 0;
  while (i < n) {
    const tg = tags[i];
    const part = tagPart(tg);
    if (part === 0) {
      i++;
      continue;
    }
    const k = tagType(tg);
    let j = i;
    if (part === 1) {
      while (j + 1 < n && tagType(tags[j + 1]) === k) {
        const pn = tagPart(tags[j + 1]);
        if (pn !== 2 && pn !== 3) break;
        j++;
        if (pn === 3) break;
      }
    }
    mentions.push({ first: i, last: j, type: k, margin: mentionMargin(rows, tags, i, j, em) });
    i = j + 1;
  }
  if (opts.documentPass !== false) mentions = documentPass(doc, table, mentions, model.tau);
  if (opts.refine !== false) mentions = refineMentions(doc, mentions);
  const toks = docTokens(doc);
  const out: Entity[] = [];
  for (const m of mentions) {
    const start = toks.start[m.first];
    const end = toks.end[m.last];
    opts.onMargin?.(m.margin);
    const score = 1 / (1 + Math.exp(-m.margin / model.tau));
    out.push({
      text: doc.text.slice(start, end),
      type: NER_TYPES[m.type],
      start,
      end,
      score: Math.round(score * 1000) / 1000,
    });
  }
  return out;
}
