/**
 * What each head noun of the refine stage's `heads` rule (data/ner/org-heads.txt, loc-heads.txt) is
 * worth under cross-validation, on both conventions at once: WiNER-fr 5-fold CV by document (exact
 * spans) and newsgold-dev dev-240 5-fold CV by article (strict entity sets). For each head: the F1 of
 * both with that head left out, and the WiNER-fr mentions it changes (right / wrong adds, right removed).
 * The locked 60 are never read.
 *
 *   NER_CV_CACHE=/tmp/ner-cv npx tsx scripts/eval/ner-heads-cv.ts [repeat] [seeds] [--show head]
 */
import { getTables } from '../../src/ner/refine/state.js';
import { recordMeasurement } from '../lib/measurements.js';
import { newsgoldCv } from '../lib/ner-indomain.js';
import { scoreSets } from '../lib/ner-newsgold.js';
import { winerCv, winerKey, winerPreds as winerPredsOf } from '../lib/ner-winer-cv.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const repeat = Number(args[0] ?? 2);
const seeds = Number(args[1] ?? 1);
const cache = process.env.NER_CV_CACHE;
const si = process.argv.indexOf('--show');
const show = si > 0 ? process.argv[si + 1] : undefined;

const cv = winerCv(repeat, seeds, cache);
const { train } = cv;
const key = winerKey;
const winerPreds = () => winerPredsOf(cv);
const gold = new Set<string>();
for (const d of train) for (const g of d.gold) gold.add(key(d.id, g));
function f1(pred: Set<string>): number {
  let tp = 0;
  for (const k of pred) if (gold.has(k)) tp++;
  return (2 * tp) / (pred.size + gold.size);
}
function cv240(): { f: number; ORG: number; LOC: number } {
  const cv = newsgoldCv('dev', repeat, seeds, cache);
  const s = scoreSets(cv.preds, cv.golds, false);
  return { f: s.micro.f1, ORG: s.byType.ORG.f1, LOC: s.byType.LOC.f1 };
}
const pct = (x: number) => (100 * x).toFixed(2);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(2)}`;
const textOf = new Map(train.map((d) => [d.id, d.doc.text]));

const heads = getTables().heads;
const all = winerPreds();
const allW = f1(all);
const allN = cv240();
const rows = [
  `| head | WiNER-fr CV F1 without | Δ (head's worth) | adds right / wrong, right removed | newsgold CV240 without | Δ | ORG / LOC without |`,
  '|---|---|---|---|---|---|---|',
  `| (all heads) | ${pct(allW)} | | | ${pct(allN.f)} | | ${pct(allN.ORG)} / ${pct(allN.LOC)} |`,
];
for (const r of rows) console.log(r);
for (const first of [...heads.keys()].sort()) {
  const phrases = heads.get(first) ?? [];
  for (const p of phrases) {
    const name = p.words.join(' ');
    if (show && name !== show) continue;
    heads.set(
      first,
      phrases.filter((q) => q !== p),
    );
    const without = winerPreds();
    const n = cv240();
    heads.set(first, phrases);
    let ar = 0;
    let aw = 0;
    let rr = 0;
    for (const k of all) if (!without.has(k)) gold.has(k) ? ar++ : aw++;
    for (const k of without) if (!all.has(k) && gold.has(k)) rr++;
    if (show)
      for (const [sign, a, b] of [
        ['+', all, without],
        ['-', without, all],
      ] as const)
        for (const k of a)
          if (!b.has(k)) {
            const [d, s, e, t] = k.split('\t');
            const text = textOf.get(d) ?? '';
            console.log(
              `${sign} ${t} ${gold.has(k) ? 'right' : 'wrong'} ${text.slice(Math.max(0, +s - 40), +s)}[[${text.slice(+s, +e)}]]${text.slice(+e, +e + 30)}`.replace(
                /\s+/g,
                ' ',
              ),
            );
          }
    rows.push(
      `| ${name} (${p.type === 1 ? 'ORG' : 'LOC'}) | ${pct(f1(without))} | ${signed(allW - f1(without))} | ${ar} / ${aw}, ${rr} | ${pct(n.f)} | ${signed(allN.f - n.f)} | ${pct(n.ORG)} / ${pct(n.LOC)} |`,
    );
    console.log(rows[rows.length - 1]);
  }
}
if (!show)
  recordMeasurement(
    'ner-heads-cv',
    `NER_CV_CACHE=<dir> npx tsx scripts/eval/ner-heads-cv.ts ${args.join(' ')}`,
    [
      `**Each head noun of the refine stage's \`heads\` rule under cross-validation** (${seeds} perceptron${seeds > 1 ? 's' : ''} per fold model, newsgold x${repeat}): the F1 without that head, in points with two decimals, and Δ what the head is worth (all heads minus without it). WiNER-fr: exact spans pooled over its 5 folds; newsgold-dev: strict entity sets of the 240 development articles, 5-fold CV by article. "Adds right / wrong" counts the WiNER-fr mentions present only with the head, by whether the gold has them; "right removed" the gold mentions it takes away. Where the two conventions disagree (WiNER-fr keeps a lowercase head out of the name, newsgold-dev keeps it in), a head costs one and gains the other.`,
      '',
      ...rows,
    ].join('\n'),
    'Named entities: each head noun of the refine stage under cross-validation (WiNER-fr and newsgold-dev)',
  );
