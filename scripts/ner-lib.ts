/**
 * Shared by scripts/train-ner.ts and scripts/eval-ner.ts: WiNER-fr loading and alignment, the averaged
 * structured perceptron, quantisation, and scoring through the runtime pipeline.
 */
import { createDoc } from '../src/doc/index.js';
import type { Doc } from '../src/doc/types.js';
import { type LabeledSpan, type SpanScores, scoreSpans } from '../src/eval/spans.js';
import { type ExtraFeatures, extractFeatures } from '../src/ner/features.js';
import {
  allowed,
  type ModelParts,
  NER_TYPES,
  type NerModel,
  NUM_TAGS,
  tagId,
  viterbi,
} from '../src/ner/model.js';
import { type PipelineOptions, runNer } from '../src/ner/pipeline.js';
import { readJsonl, type WinerDoc } from './shared-data.js';

const LABELS: Record<string, string> = {
  Person: 'PER',
  Organization: 'ORG',
  Location: 'LOC',
  Event: 'MISC',
  Product: 'MISC',
};

/** A training or evaluation document. */
export interface NerDoc {
  id: string;
  doc: Doc;
  gold: LabeledSpan[];
  tags: Uint8Array;
  /** Gold spans that do not fall on token boundaries. */
  misaligned: number;
}

/** Gold spans: mapped labels, Date/Hour dropped, outermost span wins. */
export function goldSpans(d: WinerDoc): LabeledSpan[] {
  const spans = d.entities
    .filter((e) => LABELS[e.label])
    .map((e) => ({ start: e.start, end: e.end, type: LABELS[e.label] }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: LabeledSpan[] = [];
  for (const s of spans) {
    const last = kept[kept.length - 1];
    if (last && s.start < last.end) continue;
    kept.push(s);
  }
  return kept;
}

/** Loads a WiNER-fr split and aligns its gold spans to our tokens (BILOU). */
export function loadWiner(path: string): NerDoc[] {
  const rows = readJsonl<WinerDoc>(path);
  return rows.map((r) => {
    const doc = createDoc(r.text);
    const gold = goldSpans(r);
    const toks = doc.tokens;
    const tags = new Uint8Array(toks.length);
    let misaligned = 0;
    let ti = 0;
    for (const g of gold) {
      while (ti < toks.length && toks[ti].end <= g.start) ti++;
      let first = -1;
      let last = -1;
      for (let k = ti; k < toks.length && toks[k].start < g.end; k++) {
        if (first < 0) first = k;
        last = k;
      }
      if (first < 0) {
        misaligned++;
        continue;
      }
      if (toks[first].start !== g.start || toks[last].end !== g.end) misaligned++;
      const type = NER_TYPES.indexOf(g.type as (typeof NER_TYPES)[number]);
      if (first === last) tags[first] = tagId(type, 4);
      else {
        tags[first] = tagId(type, 1);
        for (let k = first + 1; k < last; k++) tags[k] = tagId(type, 2);
        tags[last] = tagId(type, 3);
      }
    }
    return { id: r.id, doc, gold, tags, misaligned };
  });
}

/** Seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Training options. */
export interface TrainOptions {
  epochs: number;
  bits: number;
  seed: number;
  extra?: ExtraFeatures;
  log?: (msg: string) => void;
}

/** Float weights of a trained model. */
export interface FloatModel {
  bits: number;
  w: Float32Array;
  trans: Float32Array;
  end: Float32Array;
  extraSlots: number;
}

const FORBID = -1e9;

/** Trains an averaged structured perceptron over BILOU tags. */
export function trainPerceptron(docs: readonly NerDoc[], o: TrainOptions): FloatModel {
  const T = NUM_TAGS;
  const size = (1 << o.bits) * T;
  const shift = 32 - o.bits;
  const w = new Float32Array(size);
  const u = new Float32Array(size);
  const tr = new Float32Array((T + 1) * T);
  const tru = new Float32Array((T + 1) * T);
  const en = new Float32Array(T);
  const enu = new Float32Array(T);
  for (let a = -1; a < T; a++)
    for (let b = 0; b < T; b++) if (!allowed(a, b)) tr[(a < 0 ? T : a) * T + b] = FORBID;
  for (let b = 0; b < T; b++) {
    const p = b === 0 ? 0 : ((b - 1) % 4) + 1;
    if (p === 1 || p === 2) en[b] = FORBID;
  }
  const prepared = docs.map((d) => {
    const { feats, stride } = extractFeatures(d.doc, o.extra);
    return { feats, stride, n: d.doc.tokens.length, gold: d.tags };
  });
  const order = prepared.map((_, i) => i);
  const rand = rng(o.seed);
  let c = 1;
  const model: NerModel = {
    bits: o.bits,
    numTags: T,
    rowOf: new Int32Array(0),
    weights: new Int8Array(0),
    scale: 1,
    trans: tr,
    end: en,
    tau: 1,
    extraSlots: 0,
  };
  for (let ep = 0; ep < o.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let total = 0;
    for (const di of order) {
      const { feats, stride, n, gold } = prepared[di];
      if (n === 0) continue;
      const em = new Float32Array(n * T);
      for (let i = 0; i < n; i++) {
        const fo = i * stride;
        const eo = i * T;
        for (let f = 0; f < stride; f++) {
          const base = (feats[fo + f] >>> shift) * T;
          for (let t = 0; t < T; t++) em[eo + t] += w[base + t];
        }
      }
      const pred = viterbi(model, em, n);
      total += n;
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = pred[i];
        const gPrev = i === 0 ? T : gold[i - 1];
        const pPrev = i === 0 ? T : pred[i - 1];
        if (g !== p) {
          errors++;
          const fo = i * stride;
          for (let f = 0; f < stride; f++) {
            const base = (feats[fo + f] >>> shift) * T;
            w[base + g] += 1;
            u[base + g] += c;
            w[base + p] -= 1;
            u[base + p] -= c;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          tr[gPrev * T + g] += 1;
          tru[gPrev * T + g] += c;
          tr[pPrev * T + p] -= 1;
          tru[pPrev * T + p] -= c;
        }
      }
      if (gold[n - 1] !== pred[n - 1]) {
        en[gold[n - 1]] += 1;
        enu[gold[n - 1]] += c;
        en[pred[n - 1]] -= 1;
        enu[pred[n - 1]] -= c;
      }
      c++;
    }
    o.log?.(`  epoch ${ep + 1}: token error rate ${((100 * errors) / total).toFixed(2)}%`);
  }
  const avg = new Float32Array(size);
  for (let i = 0; i < size; i++) avg[i] = w[i] - u[i] / c;
  const trans = new Float32Array(tr.length);
  for (let i = 0; i < tr.length; i++) trans[i] = tr[i] <= FORBID / 2 ? FORBID : tr[i] - tru[i] / c;
  const end = new Float32Array(T);
  for (let i = 0; i < T; i++) end[i] = en[i] <= FORBID / 2 ? FORBID : en[i] - enu[i] / c;
  return { bits: o.bits, w: avg, trans, end, extraSlots: o.extra ? o.extra.slots : 0 };
}

/** Quantises float weights to Int8 rows; rows whose weights all round to 0 are dropped. */
export function quantise(m: FloatModel, clipQuantile = 0.9999): ModelParts {
  const T = NUM_TAGS;
  const rows = 1 << m.bits;
  const abs: number[] = [];
  for (let i = 0; i < m.w.length; i += 7) if (m.w[i] !== 0) abs.push(Math.abs(m.w[i]));
  abs.sort((a, b) => a - b);
  const clip = abs.length ? abs[Math.min(abs.length - 1, Math.floor(abs.length * clipQuantile))] : 1;
  const scale = clip / 127;
  const buckets: number[] = [];
  const ws: number[] = [];
  const q = new Int8Array(T);
  for (let r = 0; r < rows; r++) {
    let any = false;
    for (let t = 0; t < T; t++) {
      const v = Math.round(m.w[r * T + t] / scale);
      q[t] = v > 127 ? 127 : Math.max(v, -127);
      if (q[t] !== 0) any = true;
    }
    if (!any) continue;
    buckets.push(r);
    for (let t = 0; t < T; t++) ws.push(q[t]);
  }
  return {
    bits: m.bits,
    buckets: Uint32Array.from(buckets),
    weights: Int8Array.from(ws),
    scale,
    trans: m.trans,
    end: m.end,
    tau: 1,
    extraSlots: m.extraSlots,
  };
}

/** Scores a model (through the runtime pipeline) on documents. */
export function evaluate(
  docs: readonly NerDoc[],
  model: NerModel,
  extra?: ExtraFeatures,
  opts?: PipelineOptions,
): SpanScores {
  const gold: LabeledSpan[] = [];
  const pred: LabeledSpan[] = [];
  let offset = 0;
  for (const d of docs) {
    for (const g of d.gold) gold.push({ start: g.start + offset, end: g.end + offset, type: g.type });
    for (const e of runNer(d.doc, model, extra, opts))
      pred.push({ start: e.start + offset, end: e.end + offset, type: e.type });
    offset += d.doc.text.length + 1;
  }
  return scoreSpans(gold, pred);
}

/** Prints a per-type table of one or more systems. */
export function printTable(title: string, systems: { name: string; s: SpanScores }[]): void {
  console.log(`\n${title}`);
  const types = ['PER', 'ORG', 'LOC', 'MISC'];
  const head = [
    'system'.padEnd(22),
    ...types.map((t) => `${t} P/R/F`.padStart(20)),
    'micro P/R/F'.padStart(20),
  ];
  console.log(head.join(''));
  for (const { name, s } of systems) {
    const cell = (x: { precision: number; recall: number; f1: number } | undefined) =>
      x
        ? `${(x.precision * 100).toFixed(1)}/${(x.recall * 100).toFixed(1)}/${(x.f1 * 100).toFixed(1)}`.padStart(
            20,
          )
        : '-'.padStart(20);
    console.log([name.padEnd(22), ...types.map((t) => cell(s.byType[t])), cell(s.micro)].join(''));
  }
}
