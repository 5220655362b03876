/**
 * The co-occurrence pass (`chain`, src/topics/calibrate.ts) and the environnement desk (issue 12): per way of
 * using the pass (its probability replaces the first pass's, or only raises it; the list ordered by the final
 * scores or by the first pass's), per threshold: CV over the 240 development articles and over all 300 (the
 * folds of eval:topics; the locked 60 never read), and the section check of eval:topics (OrangeSum valid, the
 * section's top level among the top levels of the 3 best topics, `threshold: 0, limit: 3`) for a model fitted
 * on all 300. The pass is fitted once per fold; the variants only change how its output is read.
 *
 *   npx tsx scripts/eval/topics-chain.ts [--actors] [--no-sections]   (CHAIN_BIAS=0: the pass without per-subject bias)
 */
import { createDoc } from '../../src/doc/index.js';
import { type Calibration, type Proposal, subjectFeatures } from '../../src/topics/calibrate.js';
import { rankTopics } from '../../src/topics/rank.js';
import { proposeTopics } from '../../src/topics/score.js';
import { topics } from '../../src/topics/taxonomy.js';
import { recordMeasurement } from '../lib/measurements.js';
import { type OrangeSumRow, readJsonl, requireShared, sharedPath } from '../lib/shared-data.js';
import { goldForCv, predict } from '../lib/topics-cv.js';
import { FOLDS, foldsAll, type Prediction, scoreTopics, type TopicScores } from '../lib/topics-gold.js';
import { BAR_SECTIONS, SECTION_TOP } from '../lib/topics-sections.js';
import { CHAIN_OPTIONS, fitSecondStage, type GoldRows, KNN } from '../train/fit-topics-calibration.js';

const cv = goldForCv();
if (cv === null) process.exit(0);
const { g, subjects, rows, fold, dev } = cv;
const useActors = process.argv.includes('--actors');

function withActors(data: readonly GoldRows[]): GoldRows[] {
  return data.map((r) => {
    const byTopic: (Proposal | undefined)[] = new Array(topics.length);
    for (const p of r.props.scores) byTopic[p.topic] = p;
    return { ...r, x: subjectFeatures(subjects, byTopic, r.props.words, r.props.actors) };
  });
}
const all = useActors ? withActors(rows) : rows;
const devIds = new Set(dev.map((r) => r.article.id));
const devRows = all.filter((r) => devIds.has(r.article.id));

const pc = (x: number) => (100 * x).toFixed(1);
const cell = (s: TopicScores) => {
  const gap = Math.max(0, ...s.bins.filter((b) => b.n >= 30).map((b) => Math.abs(b.mean - b.precision)));
  const cy = s.perCode.get('medtop:20000086')?.f ?? 0;
  const fr = s.perCode.get('medtop:20000097')?.f ?? 0;
  return `${pc(s.micro.p)} / ${pc(s.micro.r)} / **${pc(s.micro.f)}** | ${pc(cy)} / ${pc(fr)} | ${s.ece.toFixed(3)} / ${gap.toFixed(3)}`;
};

interface Variant {
  name: string;
  chain: boolean;
  use: 'replace' | 'raise';
  order: 'final' | 'first';
}
const variants: Variant[] = [
  { name: 'no pass', chain: false, use: 'replace', order: 'final' },
  { name: 'pass replaces, order by final', chain: true, use: 'replace', order: 'final' },
  { name: 'pass replaces, order by first pass', chain: true, use: 'replace', order: 'first' },
  { name: 'pass only raises', chain: true, use: 'raise', order: 'final' },
];
const thresholds = [0.4, 0.45, 0.5, 0.55];

const read = (m: Calibration, v: Variant): Calibration =>
  v.chain && m.chain ? { ...m, chain: { ...m.chain, use: v.use, order: v.order } } : { ...m, chain: null };

function models(data: readonly GoldRows[], folds: ReadonlyMap<string, number>): Calibration[] {
  const out: Calibration[] = [];
  for (let k = 0; k < FOLDS; k++)
    out.push(
      fitSecondStage(
        subjects,
        data.filter((r) => folds.get(r.article.id) !== k),
        undefined,
        undefined,
        KNN,
        null,
        true,
      ),
    );
  return out;
}
function oof(
  data: readonly GoldRows[],
  folds: ReadonlyMap<string, number>,
  ms: Calibration[],
  v: Variant,
  t: number,
): Prediction[] {
  return ms.flatMap((m, k) =>
    predict(
      data.filter((r) => folds.get(r.article.id) === k),
      read(m, v),
      { threshold: t },
    ),
  );
}

const t0 = performance.now();
const m240 = models(devRows, fold);
const f300 = foldsAll(g.articles);
const m300 = models(all, f300);
console.log(`fitted (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
const lines = [
  `Co-occurrence pass (per-subject bias ${CHAIN_OPTIONS.subjectBias ? 'on' : 'off'}, actor features ${useActors ? 'on' : 'off'}), out of fold, default options but the threshold.`,
  '',
  '| variant | threshold | CV240 P / R / F1 | CV240 cyber / fraud F1 | CV240 ECE / worst bin gap | CV300 P / R / F1 | CV300 cyber / fraud F1 | CV300 ECE / worst bin gap |',
  '|---|---|---|---|---|---|---|---|',
];
for (const v of variants)
  for (const t of thresholds) {
    const line = `| ${v.name} | ${t} | ${cell(scoreTopics(g, oof(devRows, fold, m240, v, t)))} | ${cell(scoreTopics(g, oof(all, f300, m300, v, t)))} |`;
    lines.push(line);
    console.log(line);
  }

if (
  !process.argv.includes('--no-sections') &&
  requireShared('topics-chain', 'news', 'orangesum', 'valid.jsonl.gz')
) {
  const full = fitSecondStage(subjects, all, undefined, undefined, KNN, null, true);
  const topOf = (id: string) => {
    const t = topics.find((x) => x.id === id);
    return t ? (t.parents[t.parents.length - 1] ?? t.id) : id;
  };
  const valid = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'valid.jsonl.gz')).filter((r) =>
    BAR_SECTIONS.includes(r.category),
  );
  const props = valid.map((r) => {
    const title = r.title ?? '';
    const doc = createDoc(title ? `${title}\n\n${r.text}` : r.text);
    return { r, doc, p: proposeTopics(doc, title.length, true, true) };
  });
  lines.push(
    '',
    `| variant | ${BAR_SECTIONS.join(' | ')} | desks under 85% |`,
    `|---|${BAR_SECTIONS.map(() => '---').join('|')}|---|`,
  );
  for (const v of variants) {
    const m = read(full, v);
    const hit = new Map<string, [number, number]>();
    for (const { r, doc, p } of props) {
      const tags = rankTopics(doc, p, 0, 3, 1, m);
      const h = hit.get(r.category) ?? [0, 0];
      h[1]++;
      if (tags.some((t) => topOf(t.id) === SECTION_TOP[r.category])) h[0]++;
      hit.set(r.category, h);
    }
    const cells = BAR_SECTIONS.map((s) => {
      const [k, n] = hit.get(s) ?? [0, 1];
      return `${pc(k / n)}% (${k}/${n})`;
    });
    const under = BAR_SECTIONS.filter((s) => {
      const [k, n] = hit.get(s) ?? [0, 1];
      return k / n < 0.85;
    });
    const line = `| ${v.name} | ${cells.join(' | ')} | ${under.join(', ') || 'none'} |`;
    lines.push(line);
    console.log(line);
  }
}
const md = lines.join('\n');
console.log(`\n${md}`);
if (process.env.DEPECHE_RECORD !== '0' && !process.argv.includes('--no-sections'))
  recordMeasurement(
    `topics-chain${CHAIN_OPTIONS.subjectBias ? '' : '-nobias'}${useActors ? '-actors' : ''}`,
    `${CHAIN_OPTIONS.subjectBias ? '' : 'CHAIN_BIAS=0 '}npx tsx scripts/eval/topics-chain.ts${useActors ? ' --actors' : ''}`,
    md,
    'Topics: the co-occurrence pass and the order of the list',
  );
