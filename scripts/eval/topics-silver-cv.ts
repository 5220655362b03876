/**
 * The silver labels (data/topics/silver/) as extra training articles of the second stage, variant by variant:
 * in the neighbour pool only, in the regression only, in both; their rows' weight 0.5 or 1; a code only one
 * pass gave as a soft 0.5 target, as 1 (union) or as 0 (intersection). Per variant, newsgold-dev by the README
 * protocol, default options: CV over the 240 development articles and CV over all 300 (every fold's model
 * fitted on its training articles + all silver articles; the test folds hold only newsgold-dev articles),
 * micro P/R/F1, cyber crime and fraud F1, ECE and the largest gap of a bin with >= 30 topics. The locked 60
 * are not read. The flagship and section bars need the artefacts regenerated with the variant
 * (`SILVER=… npx tsx scripts/train/fit-topics-calibration.ts && SILVER=… npm run eval:topics`).
 *
 *   npx tsx scripts/eval/topics-silver-cv.ts [--only none,pool,stage,both]
 */
import { recordMeasurement } from '../lib/measurements.js';
import { crossValidate, goldForCv } from '../lib/topics-cv.js';
import { foldsAll, scoreTopics, type TopicScores } from '../lib/topics-gold.js';
import { silverRows } from '../lib/topics-silver.js';
import type { ExtraRows, GoldRows } from '../train/fit-topics-calibration.js';

const cv = goldForCv();
if (cv === null) process.exit(0);
const { g, subjects, rows, fold, dev } = cv;
const all300 = foldsAll(g.articles);
const soft = silverRows(g, subjects, { disputed: 0.5, weight: 1 });
if (soft === null) process.exit(0);
const withTargets = (disputed: number, weight: number): GoldRows[] =>
  soft.map((r) => ({
    ...r,
    y: r.y.map((v) => (v === 0.5 ? disputed : v)),
    weight,
  }));

interface Variant {
  name: string;
  extra: ExtraRows | null;
}
const variants: Variant[] = [{ name: 'none (newsgold-dev only)', extra: null }];
for (const [where, stage, pool] of [
  ['pool', false, true],
  ['stage', true, false],
  ['both', true, true],
] as const) {
  for (const weight of [1, 0.5]) {
    for (const [dname, d] of [
      ['soft 0.5', 0.5],
      ['union 1', 1],
      ['intersection 0', 0],
    ] as const) {
      if (where === 'pool' && weight !== 1) continue; // the weight acts on the fits, not on the pool
      variants.push({
        name: `${where}, weight ${weight}, disputed ${dname}`,
        extra: { rows: withTargets(d, weight), stage, pool },
      });
    }
  }
}
// their own per-subject biases in the regression (base rates of random news kept apart from newsgold-dev's)
for (const [where, pool] of [
  ['stage', false],
  ['both', true],
] as const) {
  for (const [dname, d] of [
    ['soft 0.5', 0.5],
    ['union 1', 1],
  ] as const) {
    variants.push({
      name: `${where} + own biases, weight 1, disputed ${dname}`,
      extra: { rows: withTargets(d, 1), stage: true, pool, domain: true },
    });
  }
}
const only = process.argv.includes('--only')
  ? (process.argv[process.argv.indexOf('--only') + 1] ?? '').split(',')
  : null;
const pc = (x: number) => (100 * x).toFixed(1);
const cell = (s: TopicScores) => {
  const cy = s.perCode.get('medtop:20000086')?.f ?? 0;
  const fr = s.perCode.get('medtop:20000097')?.f ?? 0;
  const gap = Math.max(0, ...s.bins.filter((b) => b.n >= 30).map((b) => Math.abs(b.mean - b.precision)));
  return `${pc(s.micro.p)} / ${pc(s.micro.r)} / **${pc(s.micro.f)}** | ${pc(cy)} / ${pc(fr)} | ${s.ece.toFixed(3)} / ${gap.toFixed(3)}`;
};
const lines = [
  `Silver labels (${soft.length} OrangeSum train articles) as extra training articles; newsgold-dev, default options, out of fold.`,
  '',
  '| variant | CV240 P / R / F1 | CV240 cyber / fraud F1 | CV240 ECE / worst bin gap | CV300 P / R / F1 | CV300 cyber / fraud F1 | CV300 ECE / worst bin gap |',
  '|---|---|---|---|---|---|---|',
];
for (const v of variants) {
  if (only !== null && !only.some((o) => v.name.startsWith(o))) continue;
  const t0 = performance.now();
  const s240 = scoreTopics(g, crossValidate(subjects, dev, fold, {}, v.extra));
  const s300 = scoreTopics(g, crossValidate(subjects, rows, all300, {}, v.extra));
  const line = `| ${v.name} | ${cell(s240)} | ${cell(s300)} |`;
  lines.push(line);
  console.log(line, `(${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}
const md = lines.join('\n');
console.log(`\n${md}`);
if (only === null)
  recordMeasurement(
    'topics-silver-cv',
    'npx tsx scripts/eval/topics-silver-cv.ts',
    md,
    'Topics: silver labels as extra training data (CV variants)',
  );
