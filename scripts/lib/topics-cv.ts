/**
 * Cross-validated predictions of the second stage on newsgold-dev (by article): the 5-fold CV over the 240
 * development articles, the locked 60 predicted by a model fitted on the 240, and a 5-fold CV over all 300.
 */
import type { Calibration, Subject } from '../../src/topics/calibrate.js';
import { DEFAULT_FALLBACK, rankTopics } from '../../src/topics/rank.js';
import { DEFAULT_THRESHOLD } from '../../src/topics/tag.js';
import {
  type ExtraRows,
  fitSecondStage,
  type GoldRows,
  goldRows,
  goldSubjects,
  KNN,
  modelFor,
  SHIP_KNN,
} from '../train/fit-topics-calibration.js';
import { FOLDS, type Gold, loadGold, type Prediction, splits } from './topics-gold.js';

export interface CvOptions {
  threshold?: number;
  limit?: number;
  fallback?: number;
  l2w?: number;
  l2t?: number;
}

export function predict(rows: readonly GoldRows[], model: Calibration, o: CvOptions = {}): Prediction[] {
  return rows.map((r) => ({
    article: r.article,
    tags: rankTopics(
      r.doc,
      r.props,
      // TOPICS_THRESHOLD: to measure another default (experiments only)
      o.threshold ?? Number(process.env.TOPICS_THRESHOLD ?? DEFAULT_THRESHOLD),
      o.limit ?? 10,
      o.fallback ?? DEFAULT_FALLBACK,
      // the article's own cross-fitted text log-odds (TEXT_GOLD), not the shipped text model's
      modelFor(model, r),
    ).map((t) => ({
      id: t.id,
      score: t.score,
    })),
  }));
}

/**
 * Out-of-fold predictions for `rows` given a fold per article id. `extra` (silver articles) joins every fold's
 * training articles and is never predicted: the test folds hold only `rows`.
 */
export function crossValidate(
  subjects: readonly Subject[],
  rows: readonly GoldRows[],
  fold: ReadonlyMap<string, number>,
  o: CvOptions = {},
  extra: ExtraRows | null = null,
): Prediction[] {
  const out: Prediction[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = rows.filter((r) => fold.get(r.article.id) !== k);
    const test = rows.filter((r) => fold.get(r.article.id) === k);
    const model = fitSecondStage(subjects, train, o.l2w, o.l2t, SHIP_KNN ? KNN : null, extra);
    out.push(...predict(test, model, o));
  }
  return out;
}

/**
 * newsgold-dev read for a cross-validation: the gold, its subjects, every article's proposals (`rows`),
 * the fixed split (locked 60, folds) and the 240 development rows; null when ../shared/data is missing.
 */
export function goldForCv(): {
  g: Gold;
  subjects: Subject[];
  rows: GoldRows[];
  locked: Set<string>;
  fold: Map<string, number>;
  dev: GoldRows[];
} | null {
  const g = loadGold();
  if (g === null) return null;
  const subjects = goldSubjects(g);
  const rows = goldRows(g, subjects);
  const { locked, fold } = splits(g.articles);
  return { g, subjects, rows, locked, fold, dev: rows.filter((r) => !locked.has(r.article.id)) };
}
