/**
 * What each rule of the refine stage gains and loses under cross-validation, on both conventions at once:
 * the WiNER-fr 5-fold CV by document (fold models trained on the other WiNER-fr folds and the 300
 * newsgold-dev articles) and the newsgold-dev dev-240 5-fold CV by article (strict entity sets). For each
 * rule: the figures without it, and on WiNER-fr the mentions it changes (spans the rule alone adds that
 * are right or wrong, right spans it removes). The locked 60 are never read.
 *
 *   NER_CV_CACHE=/tmp/ner-cv npx tsx scripts/eval/ner-refine-cv.ts [repeat] [seeds] [--show rule]
 *
 * --show prints the WiNER-fr mentions that one rule changes, with their context and gold type.
 */
import { refineConfig } from '../../src/ner/refine.js';
import { recordMeasurement } from '../lib/measurements.js';
import { newsgoldCv } from '../lib/ner-indomain.js';
import { scoreSets } from '../lib/ner-newsgold.js';
import { winerCv, winerKey, winerPreds as winerPredsOf } from '../lib/ner-winer-cv.js';

type Rule = keyof typeof refineConfig;
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const repeat = Number(args[0] ?? 2);
const seeds = Number(args[1] ?? 1);
const cache = process.env.NER_CV_CACHE;
const si = process.argv.indexOf('--show');
const show = si > 0 ? (process.argv[si + 1] as Rule) : undefined;

const cv = winerCv(repeat, seeds, cache);
const { train } = cv;
const key = winerKey;
const winerPreds = () => winerPredsOf(cv);
const gold = new Set<string>();
const goldBySpan = new Map<string, string>();
for (const d of train)
  for (const g of d.gold) {
    gold.add(key(d.id, g));
    goldBySpan.set(`${d.id}\t${g.start}\t${g.end}`, g.type);
  }

function prf(pred: Set<string>): { p: number; r: number; f: number; byType: Record<string, number> } {
  const byType: Record<string, number> = {};
  let tp = 0;
  for (const k of pred) if (gold.has(k)) tp++;
  for (const t of ['PER', 'ORG', 'LOC', 'MISC']) {
    let tpt = 0;
    let np = 0;
    let ng = 0;
    for (const k of pred) {
      if (!k.endsWith(`\t${t}`)) continue;
      np++;
      if (gold.has(k)) tpt++;
    }
    for (const k of gold) if (k.endsWith(`\t${t}`)) ng++;
    byType[t] = (2 * tpt) / (np + ng);
  }
  const p = tp / pred.size;
  const r = tp / gold.size;
  return { p, r, f: (2 * p * r) / (p + r), byType };
}

function cv240(): { f: number; PER: number; ORG: number; LOC: number } {
  const cv = newsgoldCv('dev', repeat, seeds, cache, console.log);
  const s = scoreSets(cv.preds, cv.golds, false);
  return { f: s.micro.f1, PER: s.byType.PER.f1, ORG: s.byType.ORG.f1, LOC: s.byType.LOC.f1 };
}

const pct = (x: number) => (100 * x).toFixed(1);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(2)}`;

const all = winerPreds();
const allW = prf(all);
const allN = cv240();
const rows: string[] = [
  `| refine stage | WiNER-fr CV F1 | Δ | PER / ORG / LOC / MISC | rule's adds right / wrong, right removed | newsgold dev240 CV F1 | Δ | PER / ORG / LOC |`,
  '|---|---|---|---|---|---|---|---|',
  `| all rules | ${pct(allW.f)} | | ${['PER', 'ORG', 'LOC', 'MISC'].map((t) => pct(allW.byType[t])).join(' / ')} | | ${pct(allN.f)} | | ${pct(allN.PER)} / ${pct(allN.ORG)} / ${pct(allN.LOC)} |`,
];
const textOf = new Map(train.map((d) => [d.id, d.doc.text]));
for (const rule of Object.keys(refineConfig) as Rule[]) {
  if (show && rule !== show) continue;
  refineConfig[rule] = false;
  const without = winerPreds();
  const w = prf(without);
  const n = cv240();
  refineConfig[rule] = true;
  let addRight = 0;
  let addWrong = 0;
  let removedRight = 0;
  const changes: string[] = [];
  const context = (k: string, sign: string) => {
    const [d, s, e, t] = k.split('\t');
    const text = textOf.get(d) ?? '';
    const g = goldBySpan.get(`${d}\t${s}\t${e}`) ?? '-';
    changes.push(
      `${sign} ${t.padEnd(4)} gold ${g.padEnd(4)} ${text.slice(Math.max(0, +s - 50), +s).replace(/\s+/g, ' ')}[[${text.slice(+s, +e)}]]${text.slice(+e, +e + 40).replace(/\s+/g, ' ')}`,
    );
  };
  for (const k of all)
    if (!without.has(k)) {
      if (gold.has(k)) addRight++;
      else addWrong++;
      context(k, '+');
    }
  for (const k of without)
    if (!all.has(k)) {
      if (gold.has(k)) removedRight++;
      context(k, '-');
    }
  if (show) console.log(changes.join('\n'));
  rows.push(
    `| without ${rule} | ${pct(w.f)} | ${signed(allW.f - w.f)} | ${['PER', 'ORG', 'LOC', 'MISC'].map((t) => pct(w.byType[t])).join(' / ')} | ${addRight} / ${addWrong}, ${removedRight} | ${pct(n.f)} | ${signed(allN.f - n.f)} | ${pct(n.PER)} / ${pct(n.ORG)} / ${pct(n.LOC)} |`,
  );
  console.log(rows[rows.length - 1]);
}
for (const r of Object.keys(refineConfig) as Rule[]) refineConfig[r] = false;
const none = prf(winerPreds());
const noneN = show ? allN : cv240();
for (const r of Object.keys(refineConfig) as Rule[]) refineConfig[r] = true;
rows.push(
  `| no rule | ${pct(none.f)} | ${signed(allW.f - none.f)} | ${['PER', 'ORG', 'LOC', 'MISC'].map((t) => pct(none.byType[t])).join(' / ')} | | ${pct(noneN.f)} | ${signed(allN.f - noneN.f)} | ${pct(noneN.PER)} / ${pct(noneN.ORG)} / ${pct(noneN.LOC)} |`,
);
const md = [
  `**Each refine rule under cross-validation** (${seeds} perceptron${seeds > 1 ? 's' : ''} per fold model, newsgold x${repeat}): Δ is what the rule is worth (all rules minus without it), in F1 points; WiNER-fr is exact spans pooled over its 5 folds, newsgold-dev is the strict entity sets of the 240 development articles, 5-fold CV by article. "Adds right / wrong" counts the WiNER-fr mentions present only with the rule, by whether the gold has them; "right removed" the gold mentions the rule takes away.`,
  '',
  ...rows,
].join('\n');
console.log(`\n${md}`);
if (!show)
  recordMeasurement(
    'ner-refine-cv',
    `NER_CV_CACHE=<dir> npx tsx scripts/eval/ner-refine-cv.ts ${args.join(' ')}`,
    md,
    'Named entities: each refine rule under cross-validation (WiNER-fr and newsgold-dev)',
  );
