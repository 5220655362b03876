/**
 * Learns the sentence scorer of summarize() from OrangeSum train (CC BY-SA 4.0) and writes
 * src/lang/fr/generated/summarize-model.ts (feature weights, word weights, selection settings, IDF table).
 *
 *   npm run train                      (every train-*.ts; this one takes a few minutes on one core)
 *   tsx scripts/train/summary.ts [--limit N]
 *   SUMM_TEMPS=0.03,0.06,0.12 SUMM_LEX=0,0.001 ... tsx scripts/train/summary.ts   (wider search)
 *
 * Each sentence of an article is labelled by its ROUGE overlap with the journalist's abstract (mean of
 * ROUGE-1/2/L F1, accent-preserving tokens). A linear scorer (40 features plus one weight per vocabulary
 * word) is fitted with a listwise loss (softmax over the article's sentences against a softmax of the labels
 * at temperature T), deterministically (full-batch Adam from zero, no randomness). One article in ten of
 * train (by id hash) is held out to choose the word-weight L2, the redundancy penalty and the length cost
 * (the defaults below are the neighbourhood of the best values found by wider searches on that slice:
 * T in {0.03, 0.06, 0.09, 0.12}, word L2 in {0, 1e-4, 3e-4, 1e-3}). OrangeSum valid is never read here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../../src/doc/index.js';
import { meanRouge, type RougeScores, rouge } from '../../src/eval/rouge.js';
import { FEATURES, type Idf, sentenceFeatures, termsOf, type Vec } from '../../src/summarize/features.js';
import { candidates } from '../../src/summarize/material.js';
import { selectSentences } from '../../src/summarize/select.js';
import { type OrangeSumRow, readJsonl, requireShared, sharedPath } from '../lib/shared-data.js';

const args = process.argv.slice(2);
const limitArg = args.indexOf('--limit');
const LIMIT = limitArg >= 0 ? Number(args[limitArg + 1]) : Number.POSITIVE_INFINITY;
const IDF_WORDS = 4000;
const LABEL = process.env.SUMM_LABEL ?? 'f1';
const EXACT = Number(process.env.SUMM_EXACT ?? 12);

if (!requireShared('train-summary', 'news', 'orangesum', 'train.jsonl.gz')) process.exit(0);

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

const t0 = performance.now();
const rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'train.jsonl.gz'), LIMIT).filter(
  (r) => r.abstract && r.abstract.trim() !== '' && r.text.trim() !== '',
);
console.log(`train-summary: ${rows.length} OrangeSum train articles with an abstract`);

// ---- 1. documents and IDF (document frequency over the training part)
interface Item {
  row: OrangeSumRow;
  tune: boolean;
  doc: ReturnType<typeof createDoc>;
  bodyStart: number;
  titleTerms: string[];
}
const items: Item[] = rows.map((row) => {
  const title = (row.title ?? '').trim();
  const text = title ? `${title}\n\n${row.text}` : row.text;
  const doc = createDoc(text);
  const bodyStart = title ? title.length + 2 : 0;
  const titleEnd = doc.tokens.findIndex((t) => t.start >= bodyStart);
  return {
    row,
    tune: hash(row.id) % 10 === 0,
    doc,
    bodyStart,
    titleTerms: termsOf(doc, 0, titleEnd < 0 ? doc.tokens.length : titleEnd),
  };
});
const df = new Map<string, number>();
let nDocs = 0;
for (const it of items) {
  if (it.tune) continue;
  nDocs++;
  const seen = new Set(termsOf(it.doc, 0, it.doc.tokens.length));
  for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
}
const top = [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, IDF_WORDS);
const quant = (x: number) => Math.max(0, Math.min(255, Math.round(x * 20)));
const idfMap = new Map<string, number>(top.map(([w, d]) => [w, quant(Math.log(nDocs / d)) / 20]));
const minDf = top[top.length - 1][1];
const vocabIds = new Map<string, number>(top.map(([w], i) => [w, i]));
const idf: Idf = {
  get: (w) => idfMap.get(w),
  unknown: quant(Math.log(nDocs / (minDf / 2))) / 20,
  id: (w) => vocabIds.get(w),
};
console.log(`  idf: ${nDocs} documents, ${idfMap.size} words (df >= ${minDf}), unknown = ${idf.unknown}`);

// ---- 2. features and labels
interface Sample {
  item: Item;
  x: Float64Array[];
  lex: Int32Array[];
  y: number[];
  vectors: Vec[];
  words: number[];
  spans: [number, number][];
  /** Sentences of the body, for LEAD-2 on the tune slice. */
  leadSpans: [number, number][];
}
const samples: Sample[] = [];
for (const it of items) {
  const cands = candidates(it.doc, it.bodyStart);
  const f = sentenceFeatures(it.doc, cands, it.titleTerms, idf);
  if (f.material.length === 0) continue;
  const abstract = it.row.abstract!;
  const spans = f.material.map((c) => [c.start, c.end] as [number, number]);
  const y = spans.map(([s, e]) => {
    const r = rouge(it.doc.text.slice(s, e), abstract, { tokenizer: 'fr' });
    if (LABEL === 'recall') return (r.rouge1.recall + r.rouge2.recall + r.rougeL.recall) / 3;
    return (r.rouge1.f1 + r.rouge2.f1 + r.rougeL.f1) / 3;
  });
  const leadSpans = it.doc.sentences
    .filter((s) => s.start >= it.bodyStart)
    .map((s) => [s.start, s.end] as [number, number]);
  // only the tune slice is decoded again (for ROUGE of selections): drop the rest to save memory
  if (!it.tune) (it as { doc: unknown }).doc = null;
  samples.push({
    item: it,
    x: f.rows,
    lex: f.lexical,
    y,
    vectors: it.tune ? f.vectors : [],
    words: f.material.map((c) => c.words),
    spans,
    leadSpans,
  });
}
const trainSet = samples.filter((s) => !s.item.tune);
const tuneSet = samples.filter((s) => s.item.tune);
console.log(
  `  features: ${trainSet.length} train / ${tuneSet.length} tune articles, ${trainSet.reduce((n, s) => n + s.x.length, 0)} train sentences (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);

// ---- 3. listwise training
const F = FEATURES.length;
const mean = new Float64Array(F);
const std = new Float64Array(F);
{
  let n = 0;
  for (const s of trainSet) {
    for (const x of s.x) for (let j = 0; j < F; j++) mean[j] += x[j];
    n += s.x.length;
  }
  for (let j = 0; j < F; j++) mean[j] /= n;
  for (const s of trainSet) for (const x of s.x) for (let j = 0; j < F; j++) std[j] += (x[j] - mean[j]) ** 2;
  for (let j = 0; j < F; j++) std[j] = Math.sqrt(std[j] / n) || 1;
}

interface Model {
  w: Float64Array;
  lex: Float64Array;
}
const V = vocabIds.size;

function train(temperature: number, l2: number, l2Lex: number, iterations: number): Model {
  const P = F + V;
  const theta = new Float64Array(P);
  const m1 = new Float64Array(P);
  const m2 = new Float64Array(P);
  const grad = new Float64Array(P);
  const lr = 0.05;
  const z = trainSet.map((s) => s.x.map((x) => x.map((v, j) => (v - mean[j]) / std[j])));
  const targets = trainSet.map((s) => softmax(s.y.map((v) => v / temperature)));
  const useLex = l2Lex > 0;
  for (let it = 1; it <= iterations; it++) {
    grad.fill(0);
    for (let d = 0; d < z.length; d++) {
      const xs = z[d];
      const lex = trainSet[d].lex;
      const p = softmax(
        xs.map((x, i) => {
          let v = 0;
          for (let j = 0; j < F; j++) v += theta[j] * x[j];
          if (useLex && lex[i].length) {
            let u = 0;
            for (const k of lex[i]) u += theta[F + k];
            v += u / Math.sqrt(lex[i].length);
          }
          return v;
        }),
      );
      const q = targets[d];
      for (let i = 0; i < xs.length; i++) {
        const g = p[i] - q[i];
        if (g === 0) continue;
        const x = xs[i];
        for (let j = 0; j < F; j++) grad[j] += g * x[j];
        if (useLex && lex[i].length) {
          const gl = g / Math.sqrt(lex[i].length);
          for (const k of lex[i]) grad[F + k] += gl;
        }
      }
    }
    for (let j = 0; j < P; j++) {
      const g = grad[j] / z.length + (j < F ? l2 : l2Lex) * theta[j];
      m1[j] = 0.9 * m1[j] + 0.1 * g;
      m2[j] = 0.999 * m2[j] + 0.001 * g * g;
      const mh = m1[j] / (1 - 0.9 ** it);
      const vh = m2[j] / (1 - 0.999 ** it);
      theta[j] -= (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  // back to raw feature space (the constant term cancels in a softmax over one article)
  const w = Float64Array.from({ length: F }, (_, j) => theta[j] / std[j]);
  const lex = useLex ? theta.slice(F) : new Float64Array(V);
  // lexical weights are shipped as int8 with one scale: quantise them here so tuning sees what ships
  const scale = Math.max(1e-9, ...lex.map(Math.abs)) / 127;
  return { w, lex: lex.map((v) => Math.round(v / scale) * scale) };
}

function modelScore(m: Model, s: Sample, i: number): number {
  let v = dot(m.w, s.x[i]);
  const ids = s.lex[i];
  if (ids.length) {
    let u = 0;
    for (const k of ids) u += m.lex[k];
    v += u / Math.sqrt(ids.length);
  }
  return v;
}

function dot(w: Float64Array, x: Float64Array): number {
  let s = 0;
  for (let j = 0; j < x.length; j++) s += w[j] * x[j];
  return s;
}
function softmax(v: number[]): number[] {
  const mx = Math.max(...v);
  const e = v.map((x) => Math.exp(x - mx));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
}

// ---- 4. tuning on the held-out slice of train
function evaluate(pick: (s: Sample) => [number, number][]): { rs: RougeScores; fr: RougeScores } {
  const rs: RougeScores[] = [];
  const fr: RougeScores[] = [];
  for (const s of tuneSet) {
    const sents = pick(s).map(([a, b]) => s.item.doc.text.slice(a, b));
    rs.push(rouge(sents, s.item.row.abstract!, { tokenizer: 'rouge-score' }));
    fr.push(rouge(sents, s.item.row.abstract!, { tokenizer: 'fr' }));
  }
  return { rs: meanRouge(rs), fr: meanRouge(fr) };
}
const pct = (x: number) => (100 * x).toFixed(2);
const line = (name: string, r: { rs: RougeScores; fr: RougeScores }) =>
  `  ${name.padEnd(34)} rouge-score ${pct(r.rs.rouge1.f1)}/${pct(r.rs.rouge2.f1)}/${pct(r.rs.rougeL.f1)}   fr ${pct(r.fr.rouge1.f1)}/${pct(r.fr.rouge2.f1)}/${pct(r.fr.rougeL.f1)}`;
const objective = (r: { rs: RougeScores; fr: RougeScores }) =>
  r.rs.rouge1.f1 + r.rs.rouge2.f1 + r.rs.rougeL.f1 + r.fr.rouge1.f1 + r.fr.rouge2.f1 + r.fr.rougeL.f1;

const lead2 = evaluate((s) => s.leadSpans.slice(0, 2));
console.log(`tune slice (${tuneSet.length} held-out train articles), ROUGE-1/2/L F1:`);
console.log(line('LEAD-2', lead2));

let best: {
  m: Model;
  lambda: number;
  lengthCost: number;
  temperature: number;
  l2Lex: number;
  score: number;
} | null = null;
const TEMPS = (process.env.SUMM_TEMPS ?? '0.06').split(',').map(Number);
const LAMBDAS = (process.env.SUMM_LAMBDAS ?? '3,4,5').split(',').map(Number);
const COSTS = (process.env.SUMM_COSTS ?? '0.015,0.02,0.025').split(',').map(Number);
const LEX = (process.env.SUMM_LEX ?? '0.0001,0.0003').split(',').map(Number);
const ITER = Number(process.env.SUMM_ITER ?? 250);
for (const temperature of TEMPS) {
  for (const l2Lex of LEX) {
    const m = train(temperature, 1e-4, l2Lex, ITER);
    for (const lambda of LAMBDAS) {
      for (const lengthCost of COSTS) {
        const r = evaluate((s) => {
          const scores = s.x.map((_, i) => modelScore(m, s, i) - lengthCost * s.words[i]);
          return selectSentences(scores, s.vectors, s.words, { count: 2, lambda, exactPool: EXACT }).map(
            (i) => s.spans[i],
          );
        });
        const score = objective(r);
        console.log(line(`ours T=${temperature} lex=${l2Lex} l=${lambda} c=${lengthCost}`, r));
        if (!best || score > best.score) best = { m, lambda, lengthCost, temperature, l2Lex, score };
      }
    }
  }
}
if (!best) throw new Error('no model');
console.log(
  `chosen: temperature ${best.temperature}, lexical l2 ${best.l2Lex}, lambda ${best.lambda}, length cost ${best.lengthCost}`,
);

// ---- 5. the artefact
const words = [...idfMap.keys()];
const bytes = Uint8Array.from(words.map((w) => Math.round(idfMap.get(w)! * 20)));
const weights = Object.fromEntries(FEATURES.map((f, j) => [f, Number(best.m.w[j].toPrecision(5))]));
const lexScale = Math.max(1e-9, ...best.m.lex.map(Math.abs)) / 127;
const lexBytes = Int8Array.from(best.m.lex, (v) => Math.round(v / lexScale));
const out = `// Generated by scripts/train/summary.ts from OrangeSum train (CC BY-SA 4.0). Do not edit; run npm run train.
// ${trainSet.length} training articles, ${tuneSet.length} held out for tuning; target temperature ${best.temperature}.

/** Weight of each sentence feature (raw feature scale). */
export const summarizeWeights: Readonly<Record<string, number>> = ${JSON.stringify(weights, null, 2)};

/** Redundancy penalty of the greedy selection (maximal marginal relevance). */
export const summarizeLambda = ${best.lambda};

/** Cost per word subtracted from a sentence's score before selection (favours concise sentences). */
export const summarizeLengthCost = ${best.lengthCost};

/** IDF of the ${words.length} most frequent words (newline-separated), quantised as round(idf * 20) in base64 bytes. */
export const summarizeIdfWords = ${JSON.stringify(words.join('\n'))};
export const summarizeIdfValues = ${JSON.stringify(Buffer.from(bytes).toString('base64'))};
/** Lexical weight of each vocabulary word (same order), int8 in base64, times summarizeLexicalScale. */
export const summarizeLexical = ${JSON.stringify(Buffer.from(lexBytes.buffer).toString('base64'))};
export const summarizeLexicalScale = ${Number(lexScale.toPrecision(6))};

/** Pairs searched exhaustively among the best N sentences when two are asked for (0: greedy only). */
export const summarizeExactPool = ${EXACT};

/** IDF of any other word. */
export const summarizeIdfUnknown = ${idf.unknown};
`;
const target = join(import.meta.dirname, '..', '..', 'src', 'lang', 'fr', 'generated', 'summarize-model.ts');
writeFileSync(target, out);
console.log(
  `wrote ${target} (${(out.length / 1024).toFixed(1)} kB) in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
