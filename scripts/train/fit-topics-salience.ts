/**
 * Fits the salience model of tagTopics()' second stage (src/topics/calibrate.ts, `salience`): weak
 * supervision of "main subject against passing mention" from OrangeSum's human abstracts. For every
 * OrangeSum train article (the newsgold-dev articles left out by id) and every one of the 35 subjects, the
 * row holds the body-side features the second stage sees (subjectFeatures: best scores, cue mass, title and
 * lead support, distinct cues, rank, branch share, length; and per subject the section probabilities), and
 * the weak label says whether the abstract, matched alone with the same cue lists, has cue evidence for the
 * subject. A summariser keeps the main subject, so the model learns from the body what makes a subject the
 * one an abstract states. No newsgold-dev label is read here.
 *
 * Model: the second stage's own form (shared weights on standardised features, a global bias, per-subject
 * weights on the local features, more strongly regularised), L2, Newton's method: deterministic.
 * Run by scripts/train/fit-topics-calibration.ts (so `npm run train` regenerates it).
 */
import { createDoc } from '../../src/doc/index.js';
import {
  FEATURES,
  type Proposal,
  type Subject,
  type SubjectLinear,
  salienceLocal,
  sectionProbabilities,
  subjectFeatures,
} from '../../src/topics/calibrate.js';
import { proposeTopics, scoreDoc } from '../../src/topics/score.js';
import { topics } from '../../src/topics/taxonomy.js';
import { type EachRow, newtonLogistic } from '../lib/logistic.js';
import { type OrangeSumRow, readJsonl, requireShared, sharedPath } from '../lib/shared-data.js';

/** Regularisation of the shared weights (standardised) and of the per-subject local weights. */
export const SALIENCE_L2_WEIGHTS = 1;
export const SALIENCE_L2_SUBJECT = 4;

/** Rows of the salience fit, flat: article a, subject i → row (a * S + i). */
export interface SalienceData {
  n: number;
  /** Subject features, FEATURES.length per row. */
  x: Float64Array;
  /** Section probabilities, per article. */
  sections: Float64Array;
  /** Weak label per row: the abstract has cue evidence for the subject. */
  y: Uint8Array;
  nSections: number;
}

/** The subjects with cue evidence (a cue match, not a learned word) in a short text such as an abstract. */
export function cueSubjects(subjects: readonly Subject[], text: string): boolean[] {
  const found = new Set<number>();
  for (const s of scoreDoc(createDoc(text), 0)) if (s.evidence.some((h) => h.weight > 0)) found.add(s.topic);
  return subjects.map((s) => s.below.some((t) => found.has(t)));
}

/** Featurises OrangeSum train (articles with an abstract, `exclude` ids left out). */
export function salienceData(
  subjects: readonly Subject[],
  exclude: ReadonlySet<string>,
): SalienceData | null {
  if (!requireShared('topics salience', 'news', 'orangesum', 'train.jsonl.gz')) return null;
  const rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'train.jsonl.gz')).filter(
    (r) => !exclude.has(r.id) && (r.abstract ?? '').trim() !== '',
  );
  const S = subjects.length;
  const F = FEATURES.length;
  let nSections = 0;
  const x = new Float64Array(rows.length * S * F);
  const y = new Uint8Array(rows.length * S);
  let sections = new Float64Array(0);
  rows.forEach((r, a) => {
    const title = r.title ?? '';
    const doc = createDoc(title ? `${title}\n\n${r.text}` : r.text);
    const props = proposeTopics(doc, title.length);
    const byTopic: (Proposal | undefined)[] = new Array(topics.length);
    for (const p of props.scores) byTopic[p.topic] = p;
    subjectFeatures(subjects, byTopic, props.words).forEach((row, i) => {
      x.set(row, (a * S + i) * F);
    });
    const sec = sectionProbabilities(byTopic);
    if (a === 0) {
      nSections = sec.length;
      sections = new Float64Array(rows.length * nSections);
    }
    sections.set(sec, a * nSections);
    cueSubjects(subjects, r.abstract ?? '').forEach((v, i) => {
      y[a * S + i] = v ? 1 : 0;
    });
  });
  return { n: rows.length, x, sections, y, nSections };
}

/** Fits the salience model on `d` (articles `use(a)` only, all by default). */
export function fitSalience(
  subjects: readonly Subject[],
  d: SalienceData,
  use: (a: number) => boolean = () => true,
  l2w = SALIENCE_L2_WEIGHTS,
  l2t = SALIENCE_L2_SUBJECT,
): SubjectLinear {
  const S = subjects.length;
  const F = FEATURES.length;
  const L = 1 + F + d.nSections;
  const arts: number[] = [];
  for (let a = 0; a < d.n; a++) if (use(a)) arts.push(a);
  const nRows = arts.length * S;
  const mean = new Float64Array(F);
  const sd = new Float64Array(F);
  for (const a of arts)
    for (let i = 0; i < S; i++) for (let j = 0; j < F; j++) mean[j] += d.x[(a * S + i) * F + j] / nRows;
  for (const a of arts)
    for (let i = 0; i < S; i++)
      for (let j = 0; j < F; j++) sd[j] += (d.x[(a * S + i) * F + j] - mean[j]) ** 2 / nRows;
  for (let j = 0; j < F; j++) sd[j] = Math.sqrt(sd[j]) || 1;
  const n = F + 1 + S * L;
  const reg = (k: number) => (k < F ? l2w : k === F ? 0 : l2t);
  const m = F + 1 + L;
  const idx = new Int32Array(m);
  const val = new Float64Array(m);
  const eachRow: EachRow = (visit) => {
    for (const a of arts) {
      const sec = d.sections.subarray(a * d.nSections, (a + 1) * d.nSections);
      for (let i = 0; i < S; i++) {
        const row = d.x.subarray((a * S + i) * F, (a * S + i + 1) * F);
        for (let j = 0; j < F; j++) {
          idx[j] = j;
          val[j] = (row[j] - mean[j]) / sd[j];
        }
        idx[F] = F;
        val[F] = 1;
        const loc = salienceLocal(row, sec);
        for (let j = 0; j < L; j++) {
          idx[F + 1 + j] = F + 1 + i * L + j;
          val[F + 1 + j] = loc[j];
        }
        visit(idx, val, d.y[a * S + i]);
      }
    }
  };
  const w = newtonLogistic(n, reg, eachRow, 30, 1e-7);
  const weights = Array.from({ length: F }, (_, j) => w[j] / sd[j]);
  let bias = w[F];
  for (let j = 0; j < F; j++) bias -= (w[j] * mean[j]) / sd[j];
  const local = Array.from({ length: S }, (_, t) =>
    Array.from(w.subarray(F + 1 + t * L, F + 1 + (t + 1) * L)),
  );
  return { weights, bias, local };
}
