/**
 * Recall levers of issue 12 (docs/topics.md, "Recall: actors and co-occurrence"), variant by variant: the
 * actor features (src/topics/actors.ts) in the second stage, the co-occurrence pass (`chain`, with and without
 * its competition feature), each at several thresholds. Per variant and threshold: CV over the 240 development
 * articles and CV over all 300 (the folds of eval:topics; the locked 60 never read), micro P/R/F1, cyber crime
 * and fraud F1, ECE and the largest gap of a bin with >= 30 topics. The flagship and section bars need the
 * artefacts regenerated with the variant (`ACTORS=1 CHAIN=1 npx tsx scripts/train/fit-topics-calibration.ts`,
 * then `npm run eval:topics`). Writes docs/measurements/topics-recall.md when every variant runs.
 *
 *   npx tsx scripts/eval/topics-recall.ts [--only name,name]
 */
import { type Calibration, type Proposal, subjectFeatures } from '../../src/topics/calibrate.js';
import { topics } from '../../src/topics/taxonomy.js';
import { recordMeasurement } from '../lib/measurements.js';
import { goldForCv, predict } from '../lib/topics-cv.js';
import { FOLDS, foldsAll, type Prediction, scoreTopics, type TopicScores } from '../lib/topics-gold.js';
import { CHAIN_OPTIONS, fitSecondStage, type GoldRows, KNN } from '../train/fit-topics-calibration.js';

// This round's pass as it was measured here: without a per-subject bias, the list ordered by the final scores
// (the shipped pass has both since; scripts/eval/topics-chain.ts measures it).
CHAIN_OPTIONS.subjectBias = false;
CHAIN_OPTIONS.order = 'final';

const cv = goldForCv();
if (cv === null) process.exit(0);
const { g, subjects, rows, fold, dev } = cv;

/** The rows with the actor features appended (the same article objects otherwise). */
function withActors(data: readonly GoldRows[]): GoldRows[] {
  return data.map((r) => {
    const byTopic: (Proposal | undefined)[] = new Array(topics.length);
    for (const p of r.props.scores) byTopic[p.topic] = p;
    return { ...r, x: subjectFeatures(subjects, byTopic, r.props.words, r.props.actors) };
  });
}
const rowsActors = withActors(rows);
const devIds = new Set(dev.map((r) => r.article.id));
const devActors = rowsActors.filter((r) => devIds.has(r.article.id));

const pc = (x: number) => (100 * x).toFixed(1);
const cell = (s: TopicScores) => {
  const cy = s.perCode.get('medtop:20000086')?.f ?? 0;
  const fr = s.perCode.get('medtop:20000097')?.f ?? 0;
  const gap = Math.max(0, ...s.bins.filter((b) => b.n >= 30).map((b) => Math.abs(b.mean - b.precision)));
  return `${pc(s.micro.p)} / ${pc(s.micro.r)} / **${pc(s.micro.f)}** | ${pc(cy)} / ${pc(fr)} | ${s.ece.toFixed(3)} / ${gap.toFixed(3)}`;
};

/** Out-of-fold models (one per fold), then the predictions at every threshold. */
function runCv(
  data: readonly GoldRows[],
  folds: ReadonlyMap<string, number>,
  chain: boolean,
  thresholds: readonly number[],
): Map<number, Prediction[]> {
  const models: Calibration[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = data.filter((r) => folds.get(r.article.id) !== k);
    models.push(fitSecondStage(subjects, train, undefined, undefined, KNN, null, chain));
  }
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

interface Variant {
  name: string;
  actors: boolean;
  chain: boolean;
  /** The co-occurrence pass without its competition feature (CHAIN_OTHER=0). */
  noOther?: boolean;
  thresholds: number[];
}
const variants: Variant[] = [
  { name: 'shipped (no actors, no pass)', actors: false, chain: false, thresholds: [0.5, 0.55] },
  { name: 'actors', actors: true, chain: false, thresholds: [0.45, 0.5, 0.55] },
  { name: 'co-occurrence pass', actors: false, chain: true, thresholds: [0.4, 0.45, 0.5] },
  { name: 'actors + pass', actors: true, chain: true, thresholds: [0.4, 0.45, 0.5, 0.55] },
  {
    name: 'actors + pass without competition',
    actors: true,
    chain: true,
    noOther: true,
    thresholds: [0.4, 0.45, 0.5],
  },
];
const only = process.argv.includes('--only')
  ? (process.argv[process.argv.indexOf('--only') + 1] ?? '').split(',')
  : null;
const lines = [
  'Recall levers on newsgold-dev, default options but the threshold, out of fold (the pass without a per-subject bias).',
  '',
  '| variant | threshold | CV240 P / R / F1 | CV240 cyber / fraud F1 | CV240 ECE / worst bin gap | CV300 P / R / F1 | CV300 cyber / fraud F1 | CV300 ECE / worst bin gap |',
  '|---|---|---|---|---|---|---|---|',
];
for (const v of variants) {
  if (only !== null && !only.includes(v.name)) continue;
  const t0 = performance.now();
  if (v.noOther) process.env.CHAIN_OTHER = '0';
  else delete process.env.CHAIN_OTHER;
  const p240 = runCv(v.actors ? devActors : dev, fold, v.chain, v.thresholds);
  const p300 = runCv(v.actors ? rowsActors : rows, foldsAll(g.articles), v.chain, v.thresholds);
  for (const t of v.thresholds) {
    const line = `| ${v.name} | ${t} | ${cell(scoreTopics(g, p240.get(t) ?? []))} | ${cell(scoreTopics(g, p300.get(t) ?? []))} |`;
    lines.push(line);
    console.log(line);
  }
  console.log(`   (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}
const md = lines.join('\n');
console.log(`\n${md}`);
if (only === null)
  recordMeasurement(
    'topics-recall',
    'npx tsx scripts/eval/topics-recall.ts',
    md,
    'Topics: recall levers (actor features, co-occurrence pass)',
  );
