/**
 * Where main-subject recall goes, and the levers tried against it (issue 12). Everything here is measured on
 * the 240 development articles of newsgold-dev by 5-fold CV by article (the folds of scripts/lib/topics-gold.ts;
 * the locked 60 are never read).
 *
 *   npx tsx scripts/eval/topics-levers.ts fn       false negatives by code (count, share, cue fired, p, rank)
 *   npx tsx scripts/eval/topics-levers.ts levers   CV240 P/R/F1 of the baseline and of each lever
 *
 * Levers (each scored the same way, from the out-of-fold subject probabilities: a subject is returned when
 * its probability reaches 0.5, or when it is the article's most likely and reaches 0.3, ancestors added):
 *  (a) nearest-neighbour label propagation: TF-IDF cosine (title and lead words weighted up) between the
 *      article and the fold's training articles; feature = similarity-weighted share of the k nearest that
 *      list the subject (training rows get it leave-one-out among the training articles);
 *  (c) parent-code rule: a top-level code is also returned when the sum of its child subjects'
 *      probabilities reaches a threshold chosen on the training folds by inner CV.
 * Lever (b), cue coverage, changes data/topics/cues and is measured by running `levers` before and after.
 */
import type { Proposal } from '../../src/topics/calibrate.js';
import { linearLogit, localFeatures, subjectProbabilities } from '../../src/topics/calibrate.js';
import { type KnnVector, knnPool, knnShares } from '../../src/topics/knn.js';
import { rankTopics } from '../../src/topics/rank.js';
import { topics } from '../../src/topics/taxonomy.js';
import { FOLDS, type Gold, loadGold, splits, subjectClosure } from '../lib/topics-gold.js';
import { fitCalibration, type GoldRows, goldRows, goldSubjects } from '../train/fit-topics-calibration.js';

const g = loadGold();
if (g === null) process.exit(0);
const gold: Gold = g;
const subjects = goldSubjects(gold);
const allRows = goldRows(gold, subjects);
const { locked, fold } = splits(gold.articles);
const dev = allRows.filter((r) => !locked.has(r.article.id));
const mode = process.argv[2] ?? 'levers';

/** IPTC ancestors of each subject code within the 35 (the code itself included). */
const closure = subjectClosure(subjects);
/** Child subjects (nearest subject below) of each subject. */
const children = subjects.map((_, i) =>
  subjects
    .map((_, j) => j)
    .filter((j) => j !== i && closure[j].includes(i) && closure[j][closure[j].length - 2] === i),
);

const pct = (x: number) => (100 * x).toFixed(1);

interface Prf {
  p: number;
  r: number;
  f: number;
  tp: number;
  fp: number;
  fn: number;
}
function score(rows: readonly GoldRows[], pred: readonly Set<number>[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  rows.forEach((r, a) => {
    for (let i = 0; i < subjects.length; i++) {
      const inG = r.y[i] === 1;
      const inP = pred[a].has(i);
      if (inG && inP) tp++;
      else if (inP) fp++;
      else if (inG) fn++;
    }
  });
  const p = tp / (tp + fp || 1);
  const rr = tp / (tp + fn || 1);
  return { p, r: rr, f: p + rr === 0 ? 0 : (2 * p * rr) / (p + rr), tp, fp, fn };
}

/** Subjects returned from probabilities: >= threshold, else the best if >= fallback; ancestors added. */
function decode(
  p: ArrayLike<number>,
  threshold = 0.5,
  fallback = 0.3,
  extra: readonly number[] = [],
): Set<number> {
  const out = new Set<number>();
  let best = -1;
  for (let i = 0; i < subjects.length; i++) {
    if (p[i] >= threshold) for (const c of closure[i]) out.add(c);
    if (best < 0 || p[i] > p[best]) best = i;
  }
  if (out.size === 0 && best >= 0 && p[best] >= fallback) for (const c of closure[best]) out.add(c);
  for (const i of extra) for (const c of closure[i]) out.add(c);
  return out;
}

/** Rows with one more shared feature per subject row. */
function withFeature(rows: readonly GoldRows[], f: readonly Float64Array[]): GoldRows[] {
  return rows.map((r, a) => ({
    ...r,
    x: r.x.map((x, i) => {
      const o = new Float64Array(x.length + 1);
      o.set(x);
      o[x.length] = f[a][i];
      return o;
    }),
  }));
}

/** Subject probabilities of rows (x already final) under a fitted model. */
function probs(model: ReturnType<typeof fitCalibration>, r: GoldRows): Float64Array {
  return Float64Array.from(
    subjects,
    (_, i) => 1 / (1 + Math.exp(-linearLogit(model, i, r.x[i], r.local[i]))),
  );
}

// ---------------------------------------------------------------------------------------------------------
// kNN label propagation
const vectors = new Map<string, KnnVector>();
for (const r of allRows) vectors.set(r.article.id, r.props.vector ?? new Map());

interface KnnOpts {
  k: number;
  power: number;
  top?: number;
}
/** Feature rows for `rows` from neighbours `pool` (an article is never its own neighbour). */
function knnFeature(rows: readonly GoldRows[], pool: readonly GoldRows[], o: KnnOpts): Float64Array[] {
  const kp = knnPool(
    pool.map((r) => vectors.get(r.article.id) as KnnVector),
    pool.map((r) => r.y),
    o.top,
  );
  const at = new Map(pool.map((r, i) => [r.article.id, i]));
  return rows.map((r) =>
    knnShares(
      vectors.get(r.article.id) as KnnVector,
      kp,
      subjects.length,
      o.k,
      o.power,
      at.get(r.article.id) ?? -1,
    ),
  );
}

/** Out-of-fold probabilities over `rows`, with an optional per-fold feature builder. */
function cvProbs(
  rows: readonly GoldRows[],
  folds: ReadonlyMap<string, number>,
  feature?: (target: readonly GoldRows[], train: readonly GoldRows[]) => Float64Array[],
): Float64Array[] {
  const out: Float64Array[] = new Array(rows.length);
  for (let k = 0; k < FOLDS; k++) {
    const trIdx = rows.map((_, i) => i).filter((i) => folds.get(rows[i].article.id) !== k);
    const teIdx = rows.map((_, i) => i).filter((i) => folds.get(rows[i].article.id) === k);
    let train = trIdx.map((i) => rows[i]);
    let test = teIdx.map((i) => rows[i]);
    if (feature) {
      const ftr = feature(train, train);
      const fte = feature(test, train);
      train = withFeature(train, ftr);
      test = withFeature(test, fte);
    }
    const model = fitCalibration(subjects, train);
    test.forEach((r, j) => {
      out[teIdx[j]] = probs(model, r);
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
function fnTable(): void {
  // out-of-fold probabilities and the returned topics (rankTopics, as shipped)
  const rowsBy: { r: GoldRows; p: Float64Array; shown: Set<string> }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const model = fitCalibration(
      subjects,
      dev.filter((r) => fold.get(r.article.id) !== k),
    );
    for (const r of dev.filter((x) => fold.get(x.article.id) === k)) {
      const p = subjectProbabilities(r.props.scores as Proposal[], r.props.words, model);
      const shown = new Set(
        rankTopics(r.doc, r.props, 0.5, 10, undefined, model).flatMap((t) => [
          ...(gold.topicCodes.get(t.id) ?? []),
        ]),
      );
      rowsBy.push({ r, p, shown });
    }
  }
  const per = subjects.map(() => ({
    fn: 0,
    gold: 0,
    cue: 0,
    learnedOnly: 0,
    none: 0,
    ps: [] as number[],
    ranks: [] as number[],
    top3: 0,
  }));
  let totalFn = 0;
  for (const { r, p, shown } of rowsBy) {
    const order = [...p.keys()].sort((a, b) => p[b] - p[a]);
    subjects.forEach((s, i) => {
      if (!r.y[i]) return;
      per[i].gold++;
      if (shown.has(s.code)) return;
      totalFn++;
      const st = per[i];
      st.fn++;
      const below = s.below
        .map((t) => r.props.scores.find((x) => x.topic === t))
        .filter((x) => x !== undefined);
      const cue = below.some((x) => x.cueScore > 0);
      const learned = below.some((x) => x.evident);
      if (cue) st.cue++;
      else if (learned) st.learnedOnly++;
      else st.none++;
      st.ps.push(p[i]);
      // rank among the subjects that are not ancestors of a returned code (a bare ancestor is no rival)
      const rank = order.indexOf(i) + 1;
      st.ranks.push(rank);
      if (rank <= 3) st.top3++;
    });
  }
  const med = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length === 0 ? 0 : s[Math.floor((s.length - 1) / 2)];
  };
  const lines = [
    `False negatives on CV 240 (5-fold, out-of-fold models, default options): ${totalFn} gold codes not returned.`,
    '',
    '| code | topic | gold | FN | share of FN | a cue fired | learned words only | no evidence | median p | p ≥ 0.3 | median rank (of 35) | in top 3 |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const ord = subjects.map((_, i) => i).sort((a, b) => per[b].fn - per[a].fn || a - b);
  for (const i of ord) {
    const st = per[i];
    if (st.fn === 0) continue;
    lines.push(
      `| ${subjects[i].code} | ${gold.codes[i].label} | ${st.gold} | ${st.fn} | ${pct(st.fn / totalFn)}% | ${st.cue} | ${st.learnedOnly} | ${st.none} | ${med(st.ps).toFixed(2)} | ${st.ps.filter((x) => x >= 0.3).length} | ${med(st.ranks)} | ${st.top3} |`,
    );
  }
  console.log(lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------------------
function line(name: string, s: Prf): string {
  return `| ${name} | ${pct(s.p)} | ${pct(s.r)} | ${pct(s.f)} | ${s.tp} | ${s.fp} | ${s.fn} |`;
}

/** The parent rule: thresholds per top-level subject are chosen by inner CV inside each outer fold. */
function parentRule(
  rows: readonly GoldRows[],
  folds: ReadonlyMap<string, number>,
  grid: number[],
): Set<number>[] {
  const tops = subjects.map((_, i) => i).filter((i) => closure[i].length === 1 && children[i].length > 0);
  const out: Set<number>[] = new Array(rows.length);
  for (let k = 0; k < FOLDS; k++) {
    const trIdx = rows.map((_, i) => i).filter((i) => folds.get(rows[i].article.id) !== k);
    const teIdx = rows.map((_, i) => i).filter((i) => folds.get(rows[i].article.id) === k);
    const train = trIdx.map((i) => rows[i]);
    // inner out-of-fold probabilities for the training articles
    const inner = new Map(train.map((r, j) => [r.article.id, j % FOLDS]));
    const innerP = cvProbs(train, inner);
    // one global threshold (a per-code one is too noisy on a few hundred articles)
    let bestT = Number.POSITIVE_INFINITY;
    let bestF = score(
      train,
      innerP.map((p) => decode(p)),
    ).f;
    for (const t of grid) {
      const pred = innerP.map((p) => decode(p, 0.5, 0.3, addParents(p, tops, t)));
      const f = score(train, pred).f;
      if (f > bestF + 1e-9) {
        bestF = f;
        bestT = t;
      }
    }
    const model = fitCalibration(subjects, train);
    for (const i of teIdx) {
      const p = probs(model, rows[i]);
      out[i] = decode(p, 0.5, 0.3, addParents(p, tops, bestT));
    }
    console.log(`   fold ${k}: parent threshold ${bestT} (inner F1 ${pct(bestF)})`);
  }
  return out;
}
function addParents(p: ArrayLike<number>, tops: readonly number[], t: number): number[] {
  const out: number[] = [];
  for (const i of tops) {
    let sum = 0;
    for (const c of children[i]) sum += p[c];
    if (p[i] < 0.5 && sum >= t) out.push(i);
  }
  return out;
}

function levers(): void {
  const table = ['| lever | P | R | F1 | TP | FP | FN |', '|---|---|---|---|---|---|---|'];
  const base = cvProbs(dev, fold);
  const baseS = score(
    dev,
    base.map((p) => decode(p)),
  );
  table.push(line('baseline (today)', baseS));
  for (const t of [0.45, 0.4]) {
    table.push(
      line(
        `baseline, threshold ${t}`,
        score(
          dev,
          base.map((p) => decode(p, t)),
        ),
      ),
    );
  }
  console.log(table.join('\n'));
  for (const k of (process.env.KNN_K ?? '10,20,40').split(',').map(Number)) {
    for (const power of (process.env.KNN_POW ?? '1,2').split(',').map(Number)) {
      for (const top of (process.env.KNN_TOP ?? 'Infinity').split(',').map(Number)) {
        const o = { k, power, top };
        const p = cvProbs(dev, fold, (target, train) => knnFeature(target, train, o));
        for (const t of [0.5, ...(process.env.KNN_T ?? '').split(',').filter(Boolean).map(Number)]) {
          const s = score(
            dev,
            p.map((x) => decode(x, t)),
          );
          const row = line(
            `(a) kNN k=${k} power=${power} top=${top}${t === 0.5 ? '' : ` threshold ${t}`}`,
            s,
          );
          table.push(row);
          console.log(row);
        }
      }
    }
  }
  if (!process.env.NO_PARENT) {
    const pr = parentRule(dev, fold, [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2]);
    const row = line('(c) parent rule (threshold by inner CV)', score(dev, pr));
    table.push(row);
    console.log(row);
  }
  console.log(`\n${table.join('\n')}`);
}

if (mode === 'fn') fnTable();
else levers();
void localFeatures;
void topics;
