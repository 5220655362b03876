/**
 * Shared by scripts/train/ner.ts and scripts/eval/ner.ts: WiNER-fr loading and alignment, the averaged
 * structured perceptron, quantisation, and scoring through the runtime pipeline.
 */
import { createDoc } from '../../src/doc/index.js';
import type { Doc } from '../../src/doc/types.js';
import { type LabeledSpan, type SpanScores, scoreSpans } from '../../src/eval/spans.js';
import { organisations } from '../../src/lang/fr/generated/ner.js';
import { type ExtraFeatures, extractFeatures, type Gazetteer, seqHash } from '../../src/ner/features.js';
import { strHash } from '../../src/ner/hash.js';
import { lexiconFeatures } from '../../src/ner/lexicon-features.js';
import {
  allowed,
  decodeModel,
  encodeModel,
  type ModelParts,
  NER_TYPES,
  type NerModel,
  NUM_TAGS,
  tagId,
  viterbi,
} from '../../src/ner/model.js';
import { type PipelineOptions, runNer } from '../../src/ner/pipeline.js';
import { rng } from './lexicon-math.js';
import { NER_CONFIG } from './ner-config.js';
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
  /**
   * Partial labels (scripts/lib/ner-project.ts): 1 where `tags` is known, 2 where only MISC or O may do,
   * 0 where any tag may do; the perceptron then learns towards the best path that agrees with them.
   * Absent: all known.
   */
  known?: Uint8Array;
  /** How many times each sentence of the document is seen per epoch (oversampling; default 1). */
  repeat?: number;
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

export { rng } from './lexicon-math.js';

/** Training options. */
export interface TrainOptions {
  epochs: number;
  bits: number;
  seed: number;
  extra?: ExtraFeatures;
  /** Gazetteer of the final model (built from every training document). */
  gazetteer?: Gazetteer;
  /** Per-document gazetteers used while training (jackknifed: never from the document itself). */
  trainGazetteers?: readonly Gazetteer[];
  log?: (msg: string) => void;
}

/** Float weights of a trained model. */
export interface FloatModel {
  bits: number;
  w: Float32Array;
  trans: Float32Array;
  end: Float32Array;
  extraSlots: number;
  gazetteer: Gazetteer;
}

/** Gazetteer of the gold names of `docs`: lowercased token sequence -> majority type (4 when mixed). */
export function buildGazetteer(docs: readonly NerDoc[]): Map<number, number> {
  const counts = new Map<number, Float64Array>();
  for (const d of docs) {
    const toks = d.doc.tokens;
    let i = 0;
    while (i < toks.length) {
      const tg = d.tags[i];
      if (tg === 0) {
        i++;
        continue;
      }
      const type = ((tg - 1) / 4) | 0;
      let j = i;
      if ((tg - 1) % 4 === 0)
        while (
          j + 1 < toks.length &&
          ((d.tags[j + 1] - 1) % 4 === 1 || (d.tags[j + 1] - 1) % 4 === 2) &&
          d.tags[j + 1] !== 0
        ) {
          j++;
          if ((d.tags[j] - 1) % 4 === 2) break;
        }
      if (j - i < 6) {
        let h = 0;
        for (let k = i; k <= j; k++) h = seqHash(h, strHash(toks[k].norm.toLowerCase()));
        let c = counts.get(h);
        if (!c) counts.set(h, (c = new Float64Array(4)));
        c[type]++;
      }
      i = j + 1;
    }
  }
  const gaz = new Map<number, number>();
  for (const [h, c] of counts) {
    let best = 0;
    let total = 0;
    for (let t = 0; t < 4; t++) {
      total += c[t];
      if (c[t] > c[best]) best = t;
    }
    gaz.set(h, c[best] >= 0.75 * total ? best : 4);
  }
  // Hand-written list of well-known organisations (data/ner/organisations.txt), where the data is silent.
  for (const name of organisations) {
    let h = 0;
    const toks = createDoc(name).tokens;
    if (toks.length === 0 || toks.length > 6) continue;
    for (const t of toks) h = seqHash(h, strHash(t.norm.toLowerCase()));
    if (!gaz.has(h)) gaz.set(h, 1);
  }
  return gaz;
}

/** Jackknifed gazetteers: document i gets the names of the documents outside its fold. */
export function jackknifeGazetteers(docs: readonly NerDoc[], folds = 5): Gazetteer[] {
  const parts: Gazetteer[] = [];
  for (let k = 0; k < folds; k++) parts.push(buildGazetteer(docs.filter((_, i) => i % folds !== k)));
  return docs.map((_, i) => parts[i % folds]);
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
  const prepared = docs.flatMap((d, di) => {
    const { feats, stride } = extractFeatures(d.doc, o.extra, o.trainGazetteers?.[di]);
    const n = d.doc.tokens.length;
    // Update unit: one sentence (features still see the whole document).
    const cuts: number[] = [0];
    for (const s of d.doc.sentences)
      if (s.tokenEnd > cuts[cuts.length - 1] && s.tokenEnd < n) cuts.push(s.tokenEnd);
    cuts.push(n);
    const units: { from: number; to: number }[] = [];
    for (let i = 0; i + 1 < cuts.length; i++)
      if (cuts[i + 1] > cuts[i]) units.push({ from: cuts[i], to: cuts[i + 1] });
    const out = units.map((u) => ({
      feats: feats.subarray(u.from * stride, u.to * stride),
      stride,
      n: u.to - u.from,
      gold: d.tags.subarray(u.from, u.to),
      known:
        d.known && !d.known.subarray(u.from, u.to).every((k) => k === 1)
          ? d.known.subarray(u.from, u.to)
          : undefined,
    }));
    const r = d.repeat ?? 1;
    return r === 1 ? out : Array.from({ length: r }, () => out).flat();
  });
  const order = prepared.map((_, i) => i);
  const rand = rng(o.seed);
  let c = 1;
  const model: NerModel = {
    bits: o.bits,
    numTags: T,
    codebook: new Float32Array(256),
    entryOf: new Int32Array(0),
    entries: new Uint16Array(0),
    trans: tr,
    end: en,
    tau: 1,
    extraSlots: 0,
    gazetteer: new Map(),
  };
  for (let ep = 0; ep < o.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let total = 0;
    for (const di of order) {
      const { feats, stride, n, known } = prepared[di];
      let { gold } = prepared[di];
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
      if (known) {
        // partial labels: the target is the best path that keeps every known tag
        const constrained = em.slice();
        for (let i = 0; i < n; i++) {
          if (known[i] === 1) {
            for (let t = 0; t < T; t++) if (t !== gold[i]) constrained[i * T + t] = FORBID;
          } else if (known[i] === 2) {
            // MISC or O only (tags 1..12 are PER, ORG, LOC)
            for (let t = 1; t <= 12; t++) constrained[i * T + t] = FORBID;
          }
        }
        gold = viterbi(model, constrained, n);
      }
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
  return {
    bits: o.bits,
    w: avg,
    trans,
    end,
    extraSlots: o.extra ? o.extra.slots : 0,
    gazetteer: o.gazetteer ?? new Map(),
  };
}

/**
 * Quantises float weights to 8-bit codes into a 256-value codebook: code 0 is 0, codes 1..127 are
 * positive and 129..255 negative magnitudes on a geometric scale from the 0.5th percentile of the
 * non-zero magnitudes to the largest (relative error under 4%). Rows whose codes are all 0 are dropped.
 */
export function quantise(m: FloatModel): ModelParts {
  const T = NUM_TAGS;
  const rows = 1 << m.bits;
  const abs: number[] = [];
  for (let i = 0; i < m.w.length; i++) if (m.w[i] !== 0) abs.push(Math.abs(m.w[i]));
  abs.sort((a, b) => a - b);
  const L = 127;
  const lo = abs.length ? Math.max(abs[Math.floor(abs.length * 0.005)], 1e-6) : 1;
  const hi = abs.length ? abs[abs.length - 1] : 1;
  const ratio = hi > lo ? (hi / lo) ** (1 / (L - 1)) : 1.0001;
  const codebook = new Float32Array(256);
  for (let k = 0; k < L; k++) {
    codebook[1 + k] = lo * ratio ** k;
    codebook[129 + k] = -codebook[1 + k];
  }
  const logR = Math.log(ratio);
  const level = (a: number): number => {
    if (a < lo / 2) return -1;
    const k = Math.round(Math.log(a / lo) / logR);
    return k < 0 ? 0 : k >= L ? L - 1 : k;
  };
  const buckets: number[] = [];
  const ws: number[] = [];
  const q = new Uint8Array(T);
  for (let r = 0; r < rows; r++) {
    let any = false;
    for (let t = 0; t < T; t++) {
      const v = m.w[r * T + t];
      const k = v === 0 ? -1 : level(Math.abs(v));
      q[t] = k < 0 ? 0 : v > 0 ? 1 + k : 129 + k;
      if (q[t] !== 0) any = true;
    }
    if (!any) continue;
    buckets.push(r);
    for (let t = 0; t < T; t++) ws.push(q[t]);
  }
  return {
    bits: m.bits,
    buckets: Uint32Array.from(buckets),
    weights: Uint8Array.from(ws),
    codebook,
    trans: m.trans,
    end: m.end,
    tau: 1,
    extraSlots: m.extraSlots,
    gazKeys: Uint32Array.from(m.gazetteer.keys()),
    gazTypes: Uint8Array.from(m.gazetteer.values()),
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

/** Averages float models trained on the same data (parameter mixing); forbidden transitions stay forbidden. */
export function averageModels(models: readonly FloatModel[]): FloatModel {
  const first = models[0];
  const k = models.length;
  const mean = (pick: (m: FloatModel) => Float32Array): Float32Array => {
    const out = new Float32Array(pick(first).length);
    for (const m of models) {
      const a = pick(m);
      for (let i = 0; i < out.length; i++) out[i] += a[i] <= FORBID / 2 ? FORBID / k : a[i] / k;
    }
    for (let i = 0; i < out.length; i++) if (out[i] <= FORBID / 2) out[i] = FORBID;
    return out;
  };
  return { ...first, w: mean((m) => m.w), trans: mean((m) => m.trans), end: mean((m) => m.end) };
}

/**
 * Trains the shipped configuration (NER_CONFIG: one perceptron per seed, averaged; training-name
 * gazetteer; lexicon features) on `docs`.
 */
export function trainNerModel(
  docs: readonly NerDoc[],
  log?: (msg: string) => void,
  override: Partial<Omit<TrainOptions, 'seed'>> & {
    seeds?: readonly number[];
    typeBias?: readonly number[];
  } = {},
): ModelParts {
  const { seeds = NER_CONFIG.seeds, typeBias = NER_CONFIG.typeBias, ...options } = override;
  const extra = NER_CONFIG.lexicon ? lexiconFeatures : undefined;
  const gazetteer = buildGazetteer(docs);
  const trainGazetteers = jackknifeGazetteers(docs);
  const models = seeds.map((seed, i) => {
    log?.(`  perceptron ${i + 1}/${seeds.length} (seed ${seed})`);
    return trainPerceptron(docs, {
      epochs: NER_CONFIG.epochs,
      bits: NER_CONFIG.bits,
      gazetteer,
      trainGazetteers,
      extra,
      log,
      ...options,
      seed,
    });
  });
  const parts = quantise(averageModels(models));
  // Confidence temperature: the median margin of the mentions found in a sample of the training
  // documents maps to a score of 0.95 (a margin of 0 to 0.5).
  const model = decodeModel(encodeModel(parts));
  const margins: number[] = [];
  for (let i = 0; i < docs.length; i += 8) {
    runNer(docs[i].doc, model, extra, {
      documentPass: false,
      refine: false,
      onMargin: (m) => margins.push(m),
    });
  }
  margins.sort((a, b) => a - b);
  const median = margins.length ? margins[margins.length >> 1] : 1;
  parts.tau = Math.max(1e-3, median / Math.log(19));
  // Per-type prior: shifts every transition into a tag of that type (start row included).
  const T = NUM_TAGS;
  for (let from = 0; from <= T; from++)
    for (let t = 1; t < T; t++) {
      const i = from * T + t;
      if (parts.trans[i] > FORBID / 2) parts.trans[i] += typeBias[((t - 1) / 4) | 0] * parts.tau;
    }
  return parts;
}
