/**
 * Does the branch discount of the order put fewer main subjects in the first 3? On newsgold-dev (CV over the
 * 240 development articles, out-of-fold models, locked 60 not read), the recall-oriented list
 * (`threshold: 0, limit: 3`) ordered by score and with BRANCH_DISCOUNT, scored by the README protocol.
 *
 *   npx tsx scripts/eval/topics-diversity-gold.ts
 */

import { BRANCH_DISCOUNT, rankTopics } from '../../src/topics/rank.js';
import { goldForCv } from '../lib/topics-cv.js';
import { FOLDS, type Prediction, scoreTopics } from '../lib/topics-gold.js';
import { fitSecondStage } from '../train/fit-topics-calibration.js';

const cv = goldForCv();
if (cv === null) process.exit(0);
const { g, subjects, fold, dev } = cv;
const out = new Map<number, Prediction[]>([
  [1, []],
  [BRANCH_DISCOUNT, []],
]);
for (let k = 0; k < FOLDS; k++) {
  const model = fitSecondStage(
    subjects,
    dev.filter((r) => fold.get(r.article.id) !== k),
  );
  for (const r of dev.filter((x) => fold.get(x.article.id) === k))
    for (const [d, list] of out)
      list.push({
        article: r.article,
        tags: rankTopics(r.doc, r.props, 0, 3, 1, model, d).map((t) => ({ id: t.id, score: t.score })),
      });
}
for (const [d, list] of out) {
  const s = scoreTopics(g, list);
  console.log(
    `discount ${d}: first 3 topics, micro P ${(100 * s.micro.p).toFixed(1)} R ${(100 * s.micro.r).toFixed(1)} F1 ${(100 * s.micro.f).toFixed(1)}`,
  );
}
