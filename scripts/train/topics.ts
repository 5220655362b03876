/**
 * Learns per-topic stem weights from OrangeSum's desk sections (weak labels) and writes the small
 * artefact src/lang/fr/generated/topics-model.ts used by tagTopics().
 *
 *   npm run train   (or: npx tsx scripts/train/topics.ts)
 *
 * Data: ../shared/data/news/orangesum/train.jsonl.gz (CC BY-SA 4.0) only; the valid split is never read here.
 * Model: one binary logistic regression per section (one-vs-rest, class-balanced, L2, AdaGrad, fixed seed)
 * over log(1 + tf) of stemmed word keys, L2-normalised per article, title words counted twice. The
 * 'france' and 'monde' desks are mixed news and serve as negatives only. Weights are pruned to the
 * strongest per class and quantised to Int8. A dev score on 10% of train (held out by id hash) is printed.
 * Then scripts/train/fit-topics-calibration.ts fits the second stage (src/lang/fr/generated/topics-calibration.ts)
 * on newsgold-dev over this model's output.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../../src/doc/index.js';
import { tokenTable } from '../../src/doc/table.js';
import { tokenKeys, wordKey } from '../../src/topics/keys.js';
import { logTfRow, rng, shuffleWith } from '../lib/lexicon-math.js';
import { type OrangeSumRow, readJsonl, requireShared, sharedPath } from '../lib/shared-data.js';

/** Desk section → the topic id its articles are weak labels for. */
export const SECTION_TOPIC: Readonly<Record<string, string>> = {
  politique: 'politics',
  'societe/fait-divers': 'crime-law-justice',
  auto: 'automotive',
  'societe/sante': 'health',
  'societe/environnement': 'environment',
  'societe/high-tech': 'information-technology',
  'societe/culture': 'arts-culture-media',
  'societe/media': 'mass-media',
  'societe/people': 'celebrity',
  'societe/insolite': 'human-interest',
};

const TITLE_WEIGHT = 2;
/**
 * Not learned from: function words (style, not topic) and the publisher's own boilerplate (agency and
 * rubric names), which would not carry over to other publishers.
 */
const IGNORED = new Set(
  (
    "le la les l' de des du d' un une et à au aux en dans par pour sur avec ne n' pas que qu' qui dont il elle ils elles " +
    "on nous vous je j' tu se s' sa son ses leur leurs ce c' cet cette ces est été être avoir avait ont sont était " +
    'fait plus moins très aussi mais ou donc ni car selon lors après avant depuis comme tout tous toute toutes ' +
    'afp reuters scoop infos actualité dépêche the m.'
  )
    .split(' ')
    .map((w) => wordKey(w)),
);
const MIN_DF = 8;
const KEEP_PER_CLASS = 3000;
const EPOCHS = 6;
const L2 = 1e-5;
const LR = 1;
const SEED = 20251125;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Term counts of one article (title words weigh TITLE_WEIGHT), keyed by stem key. */
export function articleCounts(title: string, body: string): Map<string, number> {
  const text = title ? `${title}\n\n${body}` : body;
  const doc = createDoc(text);
  const keys = tokenKeys(tokenTable(doc));
  const counts = new Map<string, number>();
  for (let i = 0; i < doc.tokens.length; i++) {
    const k = keys[i];
    if (k === null || doc.tokens[i].kind !== 'word' || IGNORED.has(k)) continue;
    const w = doc.tokens[i].start < title.length ? TITLE_WEIGHT : 1;
    counts.set(k, (counts.get(k) ?? 0) + w);
  }
  return counts;
}

interface Sample {
  idx: Int32Array;
  val: Float32Array;
  section: string;
  dev: boolean;
}

function main(): void {
  if (!requireShared('train-topics', 'news', 'orangesum', 'train.jsonl.gz')) return;
  const t0 = Date.now();
  const rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'train.jsonl.gz'));
  const counts = rows.map((r) => articleCounts(r.title ?? '', r.text));
  const df = new Map<string, number>();
  for (const c of counts) for (const k of c.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = [...df].filter(([, n]) => n >= MIN_DF).map(([k]) => k);
  vocab.sort();
  const vid = new Map(vocab.map((k, i) => [k, i]));
  const samples: Sample[] = counts.map((c, i) => ({
    ...logTfRow(c, vid),
    section: rows[i].category,
    dev: hash(rows[i].id) % 10 === 0,
  }));
  console.log(
    `${rows.length} articles, vocabulary ${vocab.length} keys (df >= ${MIN_DF}), featurised in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );

  const fit = samples.filter((s) => !s.dev);
  const dev = samples.filter((s) => s.dev);
  const sections = Object.keys(SECTION_TOPIC);
  const models: { section: string; bias: number; w: Float64Array }[] = [];
  for (const section of sections) {
    const rand = rng(SEED + hash(section));
    const pos = fit.filter((s) => s.section === section).length;
    const neg = fit.length - pos;
    const wPos = fit.length / (2 * pos);
    const wNeg = fit.length / (2 * neg);
    const w = new Float64Array(vocab.length);
    const g2 = new Float64Array(vocab.length).fill(1);
    let bias = 0;
    let gb = 1;
    const order = fit.map((_, i) => i);
    for (let e = 0; e < EPOCHS; e++) {
      shuffleWith(order, rand);
      for (const oi of order) {
        const s = fit[oi];
        const y = s.section === section ? 1 : 0;
        let z = bias;
        for (let k = 0; k < s.idx.length; k++) z += w[s.idx[k]] * s.val[k];
        const p = 1 / (1 + Math.exp(-z));
        const g = (p - y) * (y ? wPos : wNeg);
        for (let k = 0; k < s.idx.length; k++) {
          const j = s.idx[k];
          const gj = g * s.val[k] + L2 * w[j];
          g2[j] += gj * gj;
          w[j] -= (LR * gj) / Math.sqrt(g2[j]);
        }
        gb += g * g;
        bias -= (LR * g) / Math.sqrt(gb);
      }
    }
    models.push({ section, bias, w });
  }

  // Prune and quantise.
  const classes: [string, string, number, number, string, string][] = [];
  const pruned: { section: string; bias: number; map: Map<number, number> }[] = [];
  for (const m of models) {
    const order = [...m.w.keys()]
      .sort((a, b) => Math.abs(m.w[b]) - Math.abs(m.w[a]))
      .slice(0, KEEP_PER_CLASS);
    order.sort((a, b) => (vocab[a] < vocab[b] ? -1 : 1));
    const maxAbs = Math.max(...order.map((j) => Math.abs(m.w[j])));
    const scale = maxAbs / 127;
    const q = Int8Array.from(order.map((j) => Math.round(m.w[j] / scale)));
    const map = new Map(order.map((j, i) => [j, q[i] * scale]));
    pruned.push({ section: m.section, bias: m.bias, map });
    classes.push([
      SECTION_TOPIC[m.section],
      m.section,
      Number(m.bias.toFixed(4)),
      Number(scale.toPrecision(6)),
      order.map((j) => vocab[j]).join(' '),
      Buffer.from(q.buffer).toString('base64'),
    ]);
  }

  // Dev report (10% of train): is the section's class the best (top 1) / among the 3 best classes?
  console.log('\ndev (10% of train, held out by id hash): learned classes only');
  console.log('section                   n    top1   top3');
  for (const section of sections) {
    const ds = dev.filter((s) => s.section === section);
    let top1 = 0;
    let top3 = 0;
    for (const s of ds) {
      const zs = pruned.map((m) => {
        let z = m.bias;
        for (let k = 0; k < s.idx.length; k++) z += (m.map.get(s.idx[k]) ?? 0) * s.val[k];
        return { section: m.section, z };
      });
      zs.sort((a, b) => b.z - a.z);
      if (zs[0].section === section) top1++;
      if (zs.slice(0, 3).some((x) => x.section === section)) top3++;
    }
    console.log(
      `${section.padEnd(24)} ${String(ds.length).padStart(4)}  ${((100 * top1) / ds.length).toFixed(1).padStart(5)}  ${((100 * top3) / ds.length).toFixed(1).padStart(5)}`,
    );
  }

  const out = join(import.meta.dirname, '..', '..', 'src', 'lang', 'fr', 'generated', 'topics-model.ts');
  const content = [
    '// Generated by scripts/train/topics.ts from OrangeSum train (CC BY-SA 4.0) desk sections. Do not edit; run npm run train.',
    '',
    '/** Title words count this many times in the term counts. */',
    `export const topicModelTitleWeight = ${TITLE_WEIGHT};`,
    '',
    '/** Keys left out of the term counts (function words, publisher boilerplate). */',
    `export const topicModelIgnored: readonly string[] = ${JSON.stringify([...IGNORED].sort())};`,
    '',
    '/** One logistic regression per desk section: [topic id, section, bias, Int8 scale, space-separated stem keys, base64 Int8 weights]. */',
    `export const topicModelClasses: readonly (readonly [string, string, number, number, string, string])[] = ${JSON.stringify(classes, null, 0)};`,
    '',
  ].join('\n');
  writeFileSync(out, content);
  console.log(
    `\nwrote ${out} (${(content.length / 1024).toFixed(0)} KB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

main();
// The subject text model and the second stage read the first stage's output: fit them in fresh processes,
// on the model just written (the text model first: the second stage reads it; empty with TEXT=0).
for (const script of ['fit-topics-text.ts', 'fit-topics-calibration.ts']) {
  const fit = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script)], {
    stdio: 'inherit',
  });
  if (fit.status !== 0) process.exit(fit.status ?? 1);
}
