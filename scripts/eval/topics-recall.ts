/**
 * Recall levers of issue 12 (docs/topics.md, "Recall: actors and co-occurrence"): one line per run, CV over the
 * 240 development articles and CV over all 300 (same folds as eval:topics; the locked 60 never read), micro
 * P/R/F1, cyber crime and fraud F1, ECE and the largest gap of a bin with >= 30 topics. The variant is chosen by
 * the environment (ACTORS=0: actor features zeroed; see scripts/train/fit-topics-calibration.ts for the rest).
 *
 *   npx tsx scripts/eval/topics-recall.ts [name]
 */
import type { Calibration } from '../../src/topics/calibrate.js';
import { goldForCv, predict } from '../lib/topics-cv.js';
import { FOLDS, foldsAll, type Prediction, scoreTopics, type TopicScores } from '../lib/topics-gold.js';
import { fitSecondStage, type GoldRows } from '../train/fit-topics-calibration.js';

const cv = goldForCv();
if (cv === null) process.exit(0);
const { g, subjects, rows, fold, dev } = cv;
const pc = (x: number) => (100 * x).toFixed(1);
const cell = (s: TopicScores) => {
  const cy = s.perCode.get('medtop:20000086')?.f ?? 0;
  const fr = s.perCode.get('medtop:20000097')?.f ?? 0;
  const gap = Math.max(0, ...s.bins.filter((b) => b.n >= 30).map((b) => Math.abs(b.mean - b.precision)));
  return `${pc(s.micro.p)} / ${pc(s.micro.r)} / **${pc(s.micro.f)}** | ${pc(cy)} / ${pc(fr)} | ${s.ece.toFixed(3)} / ${gap.toFixed(3)}`;
};
const thresholds = (process.env.THRESHOLDS ?? '0.55').split(',').map(Number);
/** Out-of-fold models (one per fold), then predictions at every threshold. */
function runCv(data: readonly GoldRows[], folds: ReadonlyMap<string, number>): Map<number, Prediction[]> {
  const models: Calibration[] = [];
  for (let k = 0; k < FOLDS; k++)
    models.push(
      fitSecondStage(
        subjects,
        data.filter((r) => folds.get(r.article.id) !== k),
      ),
    );
  return new Map(
    thresholds.map((t) => [
      t,
      models.flatMap((m, k) =>
        predict(
          data.filter((r) => folds.get(r.article.id) === k),
          m,
          { threshold: t },
        ),
      ),
    ]),
  );
}
const p240 = runCv(dev, fold);
const p300 = runCv(rows, foldsAll(g.articles));
for (const t of thresholds) {
  const s240 = scoreTopics(g, p240.get(t) ?? []);
  const s300 = scoreTopics(g, p300.get(t) ?? []);
  console.log(`| ${process.argv[2] ?? 'variant'}, threshold ${t} | ${cell(s240)} | ${cell(s300)} |`);
}
