/**
 * Does weak supervision of "main subject" from OrangeSum abstracts help the second stage? Measured by
 * 5-fold CV by article over the 240 development articles of newsgold-dev (the locked 60 left out), at
 * thresholds 0.5 and 0.45, against the same CV without it. Two salience models, both fitted on OrangeSum
 * train without the newsgold-dev articles, with the weak label "the abstract, matched alone with the cue
 * lists, has cue evidence for the subject" (no newsgold-dev label is used):
 *  - `features` (scripts/train/fit-topics-salience.ts): a logistic regression over the second stage's own
 *    subject features, with per-subject weights on all of them; its log-odds become one more feature;
 *  - `text` (--text): one logistic regression per subject over the article's stem bag (the section model's
 *    log-tf features), whose log-odds become one more feature. Scored directly from the subject
 *    probabilities (a code is returned when its probability reaches the threshold, ancestors added), the
 *    base recipe scored the same way beside it.
 *
 *   npx tsx scripts/eval/topics-salience.ts [--text]
 */
import { createDoc } from '../../src/doc/index.js';
import { tokenTable } from '../../src/doc/table.js';
import { FEATURES, linearLogit, salienceLocal } from '../../src/topics/calibrate.js';
import { tokenKeys } from '../../src/topics/keys.js';
import { learnedModel } from '../../src/topics/model.js';
import { topics } from '../../src/topics/taxonomy.js';
import { logTfRow, rng, shuffleWith } from '../lib/lexicon-math.js';
import { type OrangeSumRow, readJsonl, sharedPath } from '../lib/shared-data.js';
import { crossValidate } from '../lib/topics-cv.js';
import { FOLDS, type Gold, loadGold, scoreTopics, splits } from '../lib/topics-gold.js';
import { fitCalibration, type GoldRows, goldRows, goldSubjects } from '../train/fit-topics-calibration.js';
import { cueSubjects, fitSalience, salienceData } from '../train/fit-topics-salience.js';

const pc = (x: number) => (100 * x).toFixed(1);
const g = loadGold();
if (g === null) process.exit(0);
const subjects = goldSubjects(g);
const { locked, fold } = splits(g.articles);
const exclude = new Set(g.articles.map((a) => a.id));

function cvLine(name: string, rows: GoldRows[]): void {
  for (const threshold of [0.5, 0.45]) {
    const s = scoreTopics(g as Gold, crossValidate(subjects, rows, fold, { threshold }));
    console.log(
      `${name.padEnd(22)} threshold ${threshold}: micro P ${pc(s.micro.p)} R ${pc(s.micro.r)} F1 ${pc(s.micro.f)}, ECE ${s.ece.toFixed(3)}, cyber crime F1 ${pc(s.perCode.get('medtop:20000086')?.f ?? 0)}, fraud F1 ${pc(s.perCode.get('medtop:20000097')?.f ?? 0)}`,
    );
  }
}

/** Micro P/R/F1 of "every code whose probability reaches the threshold, with its ancestors". */
function direct(rows: GoldRows[], threshold: number): string {
  const closure = subjects.map((s) =>
    s.own.length > 0 ? [...(g?.topicCodes.get(topics[s.own[0]].id) ?? [s.code])] : [s.code],
  );
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let k = 0; k < FOLDS; k++) {
    const m = fitCalibration(
      subjects,
      rows.filter((r) => fold.get(r.article.id) !== k),
    );
    for (const r of rows.filter((x) => fold.get(x.article.id) === k)) {
      const pred = new Set<string>();
      r.x.forEach((row, i) => {
        if (1 / (1 + Math.exp(-linearLogit(m, i, row, r.local[i]))) >= threshold)
          for (const c of closure[i]) pred.add(c);
      });
      for (const c of pred)
        if (r.article.gold.has(c)) tp++;
        else fp++;
      for (const c of r.article.gold) if (!pred.has(c)) fn++;
    }
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return `micro P ${pc(p)} R ${pc(r)} F1 ${pc((2 * p * r) / (p + r))}`;
}

const base = goldRows(g, subjects, null).filter((r) => !locked.has(r.article.id));
if (!process.argv.includes('--text')) {
  const data = salienceData(subjects, exclude);
  if (data === null) process.exit(0);
  // the weak label itself: how well the body-side features predict it on every 10th article, held out
  const held = fitSalience(subjects, data, (a) => a % 10 !== 0);
  const S = subjects.length;
  const F = FEATURES.length;
  const scored: { z: number; y: number }[] = [];
  for (let a = 0; a < data.n; a += 10) {
    const sec = data.sections.subarray(a * data.nSections, (a + 1) * data.nSections);
    for (let i = 0; i < S; i++) {
      const row = data.x.subarray((a * S + i) * F, (a * S + i + 1) * F);
      scored.push({ z: linearLogit(held, i, row, salienceLocal(row, sec)), y: data.y[a * S + i] });
    }
  }
  scored.sort((p, q) => q.z - p.z);
  let seen = 0;
  let auc = 0;
  for (const s of scored)
    if (s.y) seen++;
    else auc += seen;
  const pos = scored.filter((s) => s.y).length;
  console.log(
    `${data.n} OrangeSum articles; weak label held out (every 10th article): AUC ${(auc / (pos * (scored.length - pos))).toFixed(3)} (${pos} positive subject rows of ${scored.length})`,
  );
  cvLine('without salience', base);
  cvLine(
    'with salience',
    goldRows(g, subjects, fitSalience(subjects, data)).filter((r) => !locked.has(r.article.id)),
  );
} else {
  const model = learnedModel();
  const bag = (title: string, body: string) => {
    const doc = createDoc(title ? `${title}\n\n${body}` : body);
    const keys = tokenKeys(tokenTable(doc));
    const tf = new Map<string, number>();
    for (let i = 0; i < doc.tokens.length; i++) {
      const k = keys[i];
      if (k === null || doc.tokens[i].kind !== 'word' || model.ignored.has(k)) continue;
      tf.set(k, (tf.get(k) ?? 0) + (doc.tokens[i].start < title.length ? model.titleWeight : 1));
    }
    return tf;
  };
  const rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'train.jsonl.gz')).filter(
    (r) => !exclude.has(r.id) && (r.abstract ?? '').trim() !== '',
  );
  const bags = rows.map((r) => bag(r.title ?? '', r.text));
  const df = new Map<string, number>();
  for (const b of bags) for (const k of b.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = [...df]
    .filter(([, n]) => n >= 8)
    .map(([k]) => k)
    .sort();
  const vid = new Map(vocab.map((k, i) => [k, i]));
  const X = bags.map((b) => logTfRow(b, vid));
  const Y = rows.map((r) => cueSubjects(subjects, r.abstract ?? ''));
  // one logistic regression per subject: AdaGrad, L2, 4 epochs, fixed seed
  const W: Float64Array[] = [];
  const B: number[] = [];
  for (let s = 0; s < subjects.length; s++) {
    const w = new Float64Array(vocab.length);
    const g2 = new Float64Array(vocab.length).fill(1);
    let bias = 0;
    let gb = 1;
    const rand = rng(7 + s);
    const order = X.map((_, i) => i);
    for (let e = 0; e < 4; e++) {
      shuffleWith(order, rand);
      for (const oi of order) {
        const x = X[oi];
        let z = bias;
        for (let k = 0; k < x.idx.length; k++) z += w[x.idx[k]] * x.val[k];
        const grad = 1 / (1 + Math.exp(-z)) - (Y[oi][s] ? 1 : 0);
        for (let k = 0; k < x.idx.length; k++) {
          const j = x.idx[k];
          const gj = grad * x.val[k] + 1e-5 * w[j];
          g2[j] += gj * gj;
          w[j] -= (0.5 * gj) / Math.sqrt(g2[j]);
        }
        gb += grad * grad;
        bias -= (0.5 * grad) / Math.sqrt(gb);
      }
    }
    W.push(w);
    B.push(bias);
  }
  console.log(`${rows.length} OrangeSum articles, ${vocab.length} stems, ${subjects.length} text models`);
  console.log(`without text salience: 0.5 ${direct(base, 0.5)}; 0.45 ${direct(base, 0.45)}`);
  const withText = base.map((r) => {
    const x = logTfRow(bag(r.article.title, r.article.text), vid);
    return {
      ...r,
      x: r.x.map((row, s) => {
        let z = B[s];
        for (let k = 0; k < x.idx.length; k++) z += W[s][x.idx[k]] * x.val[k];
        const out = new Float64Array(row.length + 1);
        out.set(row);
        out[row.length] = Math.max(-8, Math.min(8, z));
        return out;
      }),
    };
  });
  console.log(`with text salience:    0.5 ${direct(withText, 0.5)}; 0.45 ${direct(withText, 0.45)}`);
}
