/**
 * From a Doc to entity mentions with a given model: features, emissions, Viterbi, spans, then the
 * document-level passes. Used by `extractEntities()` with the shipped model, and by the training and
 * evaluation scripts with any model.
 */
import type { Doc } from '../doc/types.js';
import { documentPass } from './document.js';
import {
  BOS_INFO,
  EOS_INFO,
  type ExtraFeatures,
  extractFeatures,
  NEIGHBOUR_SLICES,
  type TokenTable,
  type WordInfo,
  wordHashes,
} from './features.js';
import { lexiconFeatures } from './lexicon-features.js';
import { addEmission, emissions, NER_TYPES, type NerModel, tagPart, tagType, viterbi } from './model.js';
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

/**
 * Emission scores (`n * numTags`) of every token of `doc`: the context features per token, plus the
 * cached sums of the word-only and neighbour features of each word form. Equal (up to float rounding)
 * to the emissions of every feature from `extractFeatures(doc, …, false)`, which training uses; a
 * test checks it. @internal
 */
export function documentEmissions(
  doc: Doc,
  model: NerModel,
  extra?: ExtraFeatures,
): { em: Float32Array; table: TokenTable } {
  const n = doc.tokens.length;
  const ex = model.extraSlots > 0 ? (extra ?? lexiconFeatures) : undefined;
  const { feats, stride, table } = extractFeatures(doc, ex, model.gazetteer, true);
  const em = emissions(model, feats, stride, n);
  // The word-only and neighbour features: their summed weights, once per word form and model.
  const T = model.numTags;
  const vec = table.words.map((w) => cachedWordEmissions(model, w, ex));
  const bos = cachedWordEmissions(model, BOS_INFO, ex);
  const eos = cachedWordEmissions(model, EOS_INFO, ex);
  for (let i = 0; i < n; i++) {
    const self = vec[i];
    const p1 = i >= 1 ? vec[i - 1] : bos;
    const n1 = i + 1 < n ? vec[i + 1] : eos;
    const e = i * T;
    for (let t = 0; t < T; t++) em[e + t] += self[t] + p1[T + t] + n1[2 * T + t];
  }
  return { em, table };
}

/** Runs the model over a document and returns its mentions (PER/ORG/LOC/MISC), sorted by start. @internal */
export function runNer(
  doc: Doc,
  model: NerModel,
  extra?: ExtraFeatures,
  opts: PipelineOptions = {},
): Entity[] {
  const n = doc.tokens.length;
  if (n === 0) return [];
  const { em, table } = documentEmissions(doc, model, extra);
  const tags = new Uint8Array(n);
  let from = 0;
  for (const s of doc.sentences) {
    const to = Math.min(s.tokenEnd, n);
    if (to <= from) continue;
    tags.set(viterbi(model, em.subarray(from * model.numTags, to * model.numTags), to - from), from);
    from = to;
  }
  if (from < n) tags.set(viterbi(model, em.subarray(from * model.numTags), n - from), from);
  const T = model.numTags;
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
    let margin = 0;
    for (let t = i; t <= j; t++) margin += em[t * T + tags[t]] - em[t * T];
    mentions.push({ first: i, last: j, type: k, margin });
    i = j + 1;
  }
  if (opts.documentPass !== false) mentions = documentPass(doc, table, mentions, model.tau);
  if (opts.refine !== false) mentions = refineMentions(doc, mentions);
  const toks = doc.tokens;
  const out: Entity[] = [];
  for (const m of mentions) {
    const start = toks[m.first].start;
    const end = toks[m.last].end;
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
