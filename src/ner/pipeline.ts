/**
 * From a Doc to entity mentions with a given model: features, emissions, Viterbi, spans, then the
 * document-level passes. Used by `extractEntities()` with the shipped model, and by the training and
 * evaluation scripts with any model.
 */
import type { Doc } from '../doc/types.js';
import { documentPass } from './document.js';
import { type ExtraFeatures, extractFeatures } from './features.js';
import { lexiconFeatures } from './lexicon-features.js';
import { emissions, NER_TYPES, type NerModel, tagPart, tagType, viterbi } from './model.js';
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
  /** Called with the margin of each mention (calibration). */
  onMargin?: (margin: number) => void;
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
  const { feats, stride, table } = extractFeatures(
    doc,
    model.extraSlots > 0 ? (extra ?? lexiconFeatures) : undefined,
    model.gazetteer,
  );
  const em = emissions(model, feats, stride, n);
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
