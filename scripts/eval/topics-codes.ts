/**
 * Why a newsgold-dev code is missed: per IPTC code, over the 240 development articles (5-fold CV by
 * article, the locked 60 left out), how many gold articles have an evident topic of that code at all
 * (first stage), how many have its out-of-fold probability >= 0.5, >= 0.3, and how many have the code
 * returned (by the protocol: a returned topic's code or an ancestor's), and the false positives at 0.5.
 *
 *   npx tsx scripts/eval/topics-codes.ts
 */
import type { Proposal } from '../../src/topics/calibrate.js';
import { subjectProbabilities } from '../../src/topics/calibrate.js';
import { rankTopics } from '../../src/topics/rank.js';
import { DEFAULT_THRESHOLD } from '../../src/topics/tag.js';
import { topics } from '../../src/topics/taxonomy.js';
import { goldForCv } from '../lib/topics-cv.js';
import { FOLDS } from '../lib/topics-gold.js';
import { fitSecondStage } from '../train/fit-topics-calibration.js';

const cv = goldForCv();
if (cv === null) process.exit(0);
const { g, subjects, fold, dev } = cv;
const stat = subjects.map(() => ({ gold: 0, evident: 0, p5: 0, p3: 0, fp5: 0, returned: 0 }));
for (let k = 0; k < FOLDS; k++) {
  const model = fitSecondStage(
    subjects,
    dev.filter((r) => fold.get(r.article.id) !== k),
  );
  for (const r of dev.filter((x) => fold.get(x.article.id) === k)) {
    const p = subjectProbabilities(r.props.scores as Proposal[], r.props.words, model, r.props.vector);
    const shown = new Set(
      rankTopics(r.doc, r.props, DEFAULT_THRESHOLD, 10, undefined, model).flatMap((t) => [
        ...(g.topicCodes.get(t.id) ?? []),
      ]),
    );
    subjects.forEach((s, i) => {
      const ev = s.below.some((t) => r.props.scores.find((x) => x.topic === t)?.evident);
      const st = stat[i];
      if (r.y[i]) {
        st.gold++;
        if (ev) st.evident++;
        if (p[i] >= 0.5) st.p5++;
        if (p[i] >= 0.3) st.p3++;
        if (shown.has(s.code)) st.returned++;
      } else if (p[i] >= 0.5) st.fp5++;
    });
  }
}
console.log(
  'code              label                         gold  evident  p>=.5  p>=.3  returned  fp@.5  own topics',
);
subjects.forEach((s, i) => {
  const st = stat[i];
  const label = g.codes[i].label.slice(0, 28).padEnd(28);
  console.log(
    `${s.code}  ${label}  ${String(st.gold).padStart(4)}  ${String(st.evident).padStart(7)}  ${String(st.p5).padStart(5)}  ${String(st.p3).padStart(5)}  ${String(st.returned).padStart(8)}  ${String(st.fp5).padStart(5)}  ${s.own.map((t) => topics[t].id).join(' ')}`,
  );
});
