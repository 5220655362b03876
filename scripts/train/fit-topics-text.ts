/**
 * Fits the subject text model of tagTopics() (src/topics/text.ts) and writes
 * src/lang/fr/generated/topics-text.ts. Run by scripts/train/topics.ts before the second stage (so
 * `npm run train` regenerates it), or alone (see the command below).
 *
 * Data: our main-subject labels of OrangeSum train articles (data/topics/silver/: the two-pass set of 200 and
 * the single-pass large set, no newsgold-dev article in either), joined with the texts of
 * ../shared/data/news/orangesum (CC BY-SA 4.0), and of WiNER-fr articles (labels-second-publisher.jsonl; French Wikinews
 * 2016–2017, texts CC BY 2.5, ../shared/data/ner/winer-fr). A label is a code the annotator gave, with its IPTC ancestors
 * (the 35 codes of newsgold-dev's protocol); a code only one of two passes gave is a soft target of 0.5.
 * Model: per code, an L2-regularised logistic regression (AdaGrad, fixed seed) over log(1 + count) features
 * of the article's weighted stem counts (title ×3, lead ×2, as the runtime computes them), L2-normalised. The
 * penalty is chosen by 5-fold cross-validation over the labelled articles (mean log-loss over the codes),
 * never on newsgold-dev; the weights are pruned to the strongest per code and quantised to Int8.
 * Without the labels or the texts it writes an empty model (the second stage then goes without the feature);
 * TEXT=0 writes an empty one too.
 *
 *   npx tsx scripts/train/fit-topics-text.ts [--report]      (the shipped recipe, ~12 min)
 *   TEXT_GOLD=0 TEXT_L2=1e-4,3e-4,1e-3 npx tsx scripts/train/fit-topics-text.ts   (the penalty's CV, silver only)
 *
 * The penalty is the one that CV chose (3e-4); TEXT_L2 gives others. TEXT_GOLD=W (default 5; 0 without):
 * newsgold-dev's 300 articles join the training articles, each W times, and the script also writes
 * data/topics/text-gold-logits.json, the cross-fitted log-odds that fit-topics-calibration.ts and eval:topics
 * read, so that no newsgold-dev article's text evidence comes from a model that saw its labels (crossFitGold).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fixtureDocumentIds } from '../../fixtures/sources.js';
import { createDoc } from '../../src/doc/index.js';
import { proposeTopics } from '../../src/topics/score.js';
import { logTfRow, rng, shuffleWith } from '../lib/lexicon-math.js';
import {
  type OrangeSumRow,
  readJsonl,
  requireShared,
  sharedPath,
  winerArticles,
} from '../lib/shared-data.js';
import { foldsAll, loadGold, splits } from '../lib/topics-gold.js';
import {
  SILVER_FILE,
  SILVER_LARGE_FILE,
  SILVER_SECOND_PUBLISHER_FILE,
  type SilverLine,
  TEXT_GOLD_FILE,
  TEXT_GOLD_WEIGHT,
  TEXT_OOF_FILE,
  type TextGoldRegime,
} from '../lib/topics-silver.js';

const OUT = join(import.meta.dirname, '..', '..', 'src', 'lang', 'fr', 'generated', 'topics-text.ts');

/** Smallest number of labelled articles a key must occur in. */
const MIN_DF = 3;
const EPOCHS = 12;
const LR = 0.5;
const SEED = 20261207;
/** Candidate L2 penalties (per example step), chosen by 5-fold CV over the labelled articles. */
const L2_GRID = (process.env.TEXT_L2 ?? '3e-4').split(',').map(Number);
/**
 * TEXT_CODES=broad: only the broad subjects a reader infers (the 17 top levels, government, international
 * relations, election) are shipped; the crime and justice codes keep the cue-based second stage alone.
 */
const BROAD_ONLY = process.env.TEXT_CODES === 'broad';
const BROAD = /^medtop:(\d\d000000|20000593|20000638|20000574)$/;
/** Keys kept per code after the fit (the strongest weights). */
const KEEP = Number(process.env.TEXT_KEEP ?? 1500);

interface TextSample {
  id: string;
  idx: Int32Array;
  val: Float32Array;
  /** Per code (gold code order), the target: 1, 0.5 (one of two passes gave it) or 0. */
  y: Float32Array;
}

interface Fitted {
  bias: Float64Array;
  /** [code][key] weights. */
  w: Float64Array[];
}

/** Weighted stem counts of an article exactly as the runtime computes them. */
function vectorOf(title: string, text: string): Map<string, number> {
  const doc = createDoc(title ? `${title}\n\n${text}` : text);
  return new Map(proposeTopics(doc, title.length, true, false).vector ?? []);
}

function fitText(samples: readonly TextSample[], nKeys: number, nCodes: number, l2: number): Fitted {
  const rand = rng(SEED);
  const w = Array.from({ length: nCodes }, () => new Float64Array(nKeys));
  const g2 = Array.from({ length: nCodes }, () => new Float64Array(nKeys).fill(1));
  const bias = new Float64Array(nCodes);
  const gb = new Float64Array(nCodes).fill(1);
  // start each bias at the code's base rate
  for (let c = 0; c < nCodes; c++) {
    let pos = 0;
    for (const s of samples) pos += s.y[c];
    const p = Math.min(0.99, Math.max(0.01, pos / Math.max(1, samples.length)));
    bias[c] = Math.log(p / (1 - p));
  }
  const order = samples.map((_, i) => i);
  for (let e = 0; e < EPOCHS; e++) {
    shuffleWith(order, rand);
    for (const oi of order) {
      const s = samples[oi];
      for (let c = 0; c < nCodes; c++) {
        const wc = w[c];
        const gc = g2[c];
        const g = 1 / (1 + Math.exp(-margin(bias[c], wc, s))) - s.y[c];
        for (let k = 0; k < s.idx.length; k++) {
          const j = s.idx[k];
          const gj = g * s.val[k] + l2 * wc[j];
          gc[j] += gj * gj;
          wc[j] -= (LR * gj) / Math.sqrt(gc[j]);
        }
        gb[c] += g * g;
        bias[c] -= (LR * g) / Math.sqrt(gb[c]);
      }
    }
  }
  return { bias, w };
}

/** A code's log-odds for a sample: its bias plus the sample's sparse features times the code's weights. */
function margin(bias: number, w: Float64Array, s: TextSample): number {
  let z = bias;
  for (let k = 0; k < s.idx.length; k++) z += w[s.idx[k]] * s.val[k];
  return z;
}

function logits(m: Fitted, s: TextSample, c: number): number {
  return margin(m.bias[c], m.w[c], s);
}

/** Area under the ROC curve of scores against 0/1 labels (ties counted half). */
function auc(scores: number[], labels: number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let pos = 0;
  let neg = 0;
  let rankSum = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (labels[idx[k]] >= 0.5) rankSum += r;
    i = j + 1;
  }
  for (const y of labels) if (y >= 0.5) pos++;
  neg = labels.length - pos;
  return pos === 0 || neg === 0 ? Number.NaN : (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

function writeEmpty(why: string): void {
  writeArtefact([], [], [], [], [], [], [], why);
}

function writeArtefact(
  codes: readonly string[],
  vocab: readonly string[],
  biases: readonly number[],
  scales: readonly number[],
  index: readonly string[],
  weights: readonly string[],
  shares: readonly number[],
  source: string,
): void {
  const content = [
    `// Generated by scripts/train/fit-topics-text.ts ${source}. Do not edit; run npm run train.`,
    '/**',
    ' * Subject text model of tagTopics(): per IPTC code, a bias, a scale and the strongest weights over a shared',
    ' * vocabulary of stem keys (base64: little-endian Uint16 index deltas, Int8 weights × scale), and the share',
    ' * of its labelled articles (ours, not newsgold-dev) that have the code (ancestors added).',
    ' */',
    'export const topicText: {',
    '  subjects: readonly string[];',
    '  vocabulary: string;',
    '  biases: readonly number[];',
    '  scales: readonly number[];',
    '  index: readonly string[];',
    '  weights: readonly string[];',
    '  shares: readonly number[];',
    '} = {',
    `  subjects: ${JSON.stringify(codes)},`,
    `  vocabulary: ${JSON.stringify(vocab.join(' '))},`,
    `  biases: ${JSON.stringify(biases)},`,
    `  scales: ${JSON.stringify(scales)},`,
    '  index: [',
    ...index.map((s) => `    ${JSON.stringify(s)},`),
    '  ],',
    '  weights: [',
    ...weights.map((s) => `    ${JSON.stringify(s)},`),
    '  ],',
    `  shares: ${JSON.stringify(shares)},`,
    '};',
    '',
  ].join('\n');
  writeFileSync(OUT, content);
  console.log(`wrote ${OUT} (${content.length} bytes)`);
}

/** The labelled articles (ids and per-code targets over `codes`), from the two silver files. */
function textLabels(
  codes: readonly string[],
  closure: (code: string) => string[],
): { id: string; y: Float32Array }[] {
  const at = new Map(codes.map((c, i) => [c, i]));
  const out = new Map<string, Float32Array>();
  const close = (list: readonly string[]) => new Set(list.flatMap(closure));
  const put = (y: Float32Array, c: string, v: number) => {
    const j = at.get(c);
    if (j !== undefined) y[j] = v;
  };
  for (const file of [SILVER_LARGE_FILE, SILVER_SECOND_PUBLISHER_FILE])
    if (existsSync(file))
      for (const l of readJsonl<{ id: string; topics: string[] }>(file)) {
        const y = new Float32Array(codes.length);
        for (const c of close(l.topics)) put(y, c, 1);
        out.set(l.id, y);
      }
  if (existsSync(SILVER_FILE))
    for (const l of readJsonl<SilverLine>(SILVER_FILE)) {
      const y = new Float32Array(codes.length);
      for (const c of l.one) put(y, c, 0.5);
      for (const c of l.both) put(y, c, 1);
      out.set(l.id, y);
    }
  return [...out].map(([id, y]) => ({ id, y }));
}

function main(): void {
  const report = process.argv.includes('--report');
  if (process.env.TEXT === '0') {
    // TEXT=0: a second stage without the text model (SHIP_TEXT in fit-topics-calibration.ts)
    writeEmpty('empty: TEXT=0');
    return;
  }
  const g = loadGold();
  if (g === null || !requireShared('topics (text model)', 'news', 'orangesum', 'train.jsonl.gz')) {
    writeEmpty('without labels (../shared/data missing)');
    return;
  }
  const codes = g.codes.map((c) => c.code);
  // the golden fixtures' documents are left out: their topics are a test (fixtures/README.md)
  const fixtures = fixtureDocumentIds();
  const labels = textLabels(codes, g.closure).filter((l) => !fixtures.has(l.id));
  const newsgold = new Set(g.articles.map((a) => a.id));
  for (const l of labels)
    if (newsgold.has(l.id)) throw new Error(`text model: ${l.id} is a newsgold-dev article`);
  if (labels.length === 0) {
    writeEmpty('without labels (data/topics/silver/ empty)');
    return;
  }
  const want = new Map(labels.map((l) => [l.id, l.y]));
  const t0 = Date.now();
  const vectors: { id: string; v: Map<string, number>; y: Float32Array }[] = [];
  for (const r of readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'train.jsonl.gz'))) {
    const y = want.get(r.id);
    if (y !== undefined) vectors.push({ id: r.id, v: vectorOf(r.title ?? '', r.text), y });
  }
  // the WiNER-fr articles (another publisher) our annotators labelled
  for (const r of winerArticles()) {
    const y = want.get(r.id);
    if (y !== undefined) vectors.push({ id: r.id, v: vectorOf(r.title, r.text), y });
  }
  if (vectors.length !== labels.length)
    throw new Error('text model: labelled article missing from OrangeSum train and WiNER-fr');
  vectors.sort((a, b) => (a.id < b.id ? -1 : 1));
  const df = new Map<string, number>();
  for (const { v } of vectors) for (const k of v.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = [...df]
    .filter(([, n]) => n >= MIN_DF)
    .map(([k]) => k)
    .sort();
  const vid = new Map(vocab.map((k, i) => [k, i]));
  const samples: TextSample[] = vectors.map(({ id, v, y }) => ({ id, ...logTfRow(v, vid), y }));
  console.log(
    `${samples.length} labelled articles, ${vocab.length} keys (df >= ${MIN_DF}), featurised in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );

  // TEXT_GOLD=W: newsgold-dev joins the training articles (W copies each), cross-fitted: see crossFitGold
  const withGold = TEXT_GOLD_WEIGHT > 0;
  const goldSamples: TextSample[] = withGold
    ? g.articles.map((a) => {
        const y = new Float32Array(codes.length);
        codes.forEach((c, j) => {
          if (a.gold.has(c)) y[j] = 1;
        });
        return { id: a.id, ...logTfRow(vectorOf(a.title, a.text), vid), y };
      })
    : [];
  const copies = (list: readonly TextSample[]) =>
    list.flatMap((s) => Array<TextSample>(TEXT_GOLD_WEIGHT).fill(s));

  // 5-fold CV over the labelled articles: the penalty with the lowest mean log-loss (with TEXT_GOLD, the
  // first penalty of TEXT_L2: the cross-fitting below costs eleven fits already)
  const FOLDS = 5;
  const foldOf = samples.map((_, i) => i % FOLDS);
  let bestL2 = L2_GRID[0];
  let bestLoss = Number.POSITIVE_INFINITY;
  const oof = new Map<number, Float64Array[]>();
  for (const l2 of withGold ? [] : L2_GRID) {
    const z = samples.map(() => new Float64Array(codes.length));
    for (let f = 0; f < FOLDS; f++) {
      const m = fitText(
        samples.filter((_, i) => foldOf[i] !== f),
        vocab.length,
        codes.length,
        l2,
      );
      samples.forEach((s, i) => {
        if (foldOf[i] === f) for (let c = 0; c < codes.length; c++) z[i][c] = logits(m, s, c);
      });
    }
    let loss = 0;
    samples.forEach((s, i) => {
      for (let c = 0; c < codes.length; c++) {
        const p = Math.min(1 - 1e-9, Math.max(1e-9, 1 / (1 + Math.exp(-z[i][c]))));
        loss -= s.y[c] * Math.log(p) + (1 - s.y[c]) * Math.log(1 - p);
      }
    });
    loss /= samples.length * codes.length;
    oof.set(l2, z);
    console.log(`  L2 ${l2}: CV log-loss ${loss.toFixed(5)}`);
    if (loss < bestLoss) {
      bestLoss = loss;
      bestL2 = l2;
    }
  }
  if (report) {
    const z = oof.get(bestL2) ?? [];
    console.log(`\nper code, 5-fold CV over the labelled articles (L2 ${bestL2}): positives, AUC`);
    codes.forEach((code, c) => {
      const ys = samples.map((s) => s.y[c]);
      const pos = ys.filter((y) => y >= 0.5).length;
      const a = auc(
        z.map((r) => r[c]),
        ys,
      );
      console.log(
        `  ${code} ${g.codes[c].label.slice(0, 34).padEnd(34)} ${String(pos).padStart(5)}  ${a.toFixed(3)}`,
      );
    });
  }

  // out-of-fold log-odds of the labelled articles, for a second stage that trains on them (SILVER=stage)
  const z = oof.get(bestL2) ?? [];
  mkdirSync(dirname(TEXT_OOF_FILE), { recursive: true });
  const crossFitted = withGold
    ? crossFitGold(g, goldSamples, samples, copies, vocab.length, codes.length, bestL2)
    : null;
  if (!withGold)
    writeFileSync(
      TEXT_OOF_FILE,
      JSON.stringify({
        codes,
        logits: Object.fromEntries(
          samples.map((s, i) => [s.id, Array.from(z[i], (x) => Number(x.toFixed(4)))]),
        ),
      }),
    );
  const m = fitText(
    withGold ? samples.concat(copies(goldSamples)) : samples,
    vocab.length,
    codes.length,
    bestL2,
  );
  // TEXT_CODES=broad: only the broad codes are written (a subject the model does not score gets no text
  // evidence in the second stage)
  const shipCode = codes.map((code) => !BROAD_ONLY || BROAD.test(code));
  /** The indices of the shipped codes, in the shipped order. */
  const shipped = codes.map((_, c) => c).filter((c) => shipCode[c]);
  const kept = new Set<number>();
  const perCode = m.w.map((w, c) => {
    if (!shipCode[c]) return [];
    const order = [...w.keys()]
      .filter((j) => w[j] !== 0)
      .sort((a, b) => Math.abs(w[b]) - Math.abs(w[a]) || a - b)
      .slice(0, KEEP)
      .sort((a, b) => a - b);
    for (const j of order) kept.add(j);
    return order;
  });
  const outVocab = [...kept].sort((a, b) => a - b);
  const outId = new Map(outVocab.map((j, i) => [j, i]));
  const scales: number[] = [];
  const index: string[] = [];
  const weights: string[] = [];
  perCode.forEach((order, c) => {
    if (!shipCode[c]) return;
    const maxAbs = Math.max(1e-9, ...order.map((j) => Math.abs(m.w[c][j])));
    const scale = Number((maxAbs / 127).toPrecision(6));
    const q = new Int8Array(order.map((j) => Math.round(m.w[c][j] / scale)));
    const deltas = new Uint8Array(2 * order.length);
    let at = 0;
    order.forEach((j, k) => {
      const d = (outId.get(j) ?? 0) - at;
      at = outId.get(j) ?? 0;
      deltas[2 * k] = d & 255;
      deltas[2 * k + 1] = d >> 8;
    });
    scales.push(scale);
    index.push(Buffer.from(deltas).toString('base64'));
    weights.push(Buffer.from(q.buffer).toString('base64'));
  });
  if (crossFitted !== null) {
    // the shipped codes only, in the shipped order; each regime's log-odds moved by the shipped bias minus the
    // fold model's own, so that the second stage's evidence (log-odds minus the shipped bias) is the fold's
    const out: Record<string, Record<string, number[]>> = {};
    for (const [regime, byId] of Object.entries(crossFitted)) {
      out[regime] = {};
      for (const [id, { z: zs, bias }] of byId)
        out[regime][id] = shipped.map((c) => Number((zs[c] - bias[c] + m.bias[c]).toFixed(4)));
    }
    writeFileSync(TEXT_GOLD_FILE, JSON.stringify(out));
    console.log(
      `wrote ${TEXT_GOLD_FILE} (cross-fitted log-odds of newsgold-dev, gold weight ${TEXT_GOLD_WEIGHT})`,
    );
  }
  // the share of the labelled articles (newsgold-dev not counted) that have each code
  const positives = new Float64Array(codes.length);
  for (const x of samples) for (let c = 0; c < codes.length; c++) if (x.y[c] >= 0.5) positives[c]++;
  writeArtefact(
    shipped.map((c) => codes[c]),
    outVocab.map((j) => vocab[j]),
    shipped.map((c) => Number(m.bias[c].toFixed(4))),
    scales,
    index,
    weights,
    shipped.map((c) => Number((positives[c] / samples.length).toFixed(5))),
    `from our main-subject labels of ${samples.length} OrangeSum train and WiNER-fr articles (data/topics/silver/; texts CC BY-SA 4.0 and CC BY 2.5)${
      withGold
        ? ` and the ${goldSamples.length} of newsgold-dev (CC BY-SA 4.0), each ${TEXT_GOLD_WEIGHT} times`
        : ''
    }, L2 ${bestL2}`,
  );
}

/**
 * The cross-fitted log-odds of newsgold-dev's articles (TEXT_GOLD): per regime of scripts/eval/topics.ts, each
 * article scored by a model fitted on the silver articles and the newsgold-dev articles of the other folds
 * (`cv300`: foldsAll; `cv240`: the development folds of splits(), the locked 60 never trained on; `locked`: the
 * model of the 240), with that model's biases.
 */
function crossFitGold(
  g: NonNullable<ReturnType<typeof loadGold>>,
  gold: readonly TextSample[],
  silver: readonly TextSample[],
  copies: (list: readonly TextSample[]) => TextSample[],
  nKeys: number,
  nCodes: number,
  l2: number,
): Record<TextGoldRegime, Map<string, { z: Float64Array; bias: Float64Array }>> {
  const all = foldsAll(g.articles);
  const { locked, fold } = splits(g.articles);
  const out: Record<TextGoldRegime, Map<string, { z: Float64Array; bias: Float64Array }>> = {
    cv300: new Map(),
    cv240: new Map(),
    locked: new Map(),
  };
  const score = (regime: TextGoldRegime, train: readonly TextSample[], test: readonly TextSample[]) => {
    const t0 = Date.now();
    const m = fitText(silver.concat(copies(train)), nKeys, nCodes, l2);
    for (const s of test)
      out[regime].set(s.id, {
        z: Float64Array.from({ length: nCodes }, (_, c) => logits(m, s, c)),
        bias: m.bias,
      });
    console.log(
      `  ${regime}: ${train.length} gold articles in training, ${test.length} scored (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
    );
  };
  for (let f = 0; f < 5; f++) {
    score(
      'cv300',
      gold.filter((s) => all.get(s.id) !== f),
      gold.filter((s) => all.get(s.id) === f),
    );
    score(
      'cv240',
      gold.filter((s) => !locked.has(s.id) && fold.get(s.id) !== f),
      gold.filter((s) => !locked.has(s.id) && fold.get(s.id) === f),
    );
  }
  score(
    'locked',
    gold.filter((s) => !locked.has(s.id)),
    gold.filter((s) => locked.has(s.id)),
  );
  return out;
}

if (process.argv[1]?.endsWith('fit-topics-text.ts')) main();
