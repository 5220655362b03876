/**
 * Development view of the in-domain training signal: 5-fold cross-validation by article on the 240
 * newsgold-dev development articles (never the locked 60), for one oversampling value and number of
 * seeds, beside the model trained on WiNER-fr alone with the same seeds; with --winer, also the WiNER-fr
 * 5-fold cross-validation with and without the 300 articles in each fold's training. Fold models are
 * cached in NER_CV_CACHE (trained there by scripts/train/ner-newsgold-fold.ts, or here when missing).
 *
 * With --ablate, the cross-validated dev-240 strict F1 without each rule of the refine stage in turn.
 *
 *   NER_CV_CACHE=/tmp/ner-cv npx tsx scripts/eval/ner-newsgold-cv.ts <repeat> [seeds] [--winer] [--ablate]
 */
import { decodeModel } from '../../src/ner/model.js';
import { refineConfig } from '../../src/ner/refine.js';
import { recordMeasurement } from '../lib/measurements.js';
import { extractWith, FOLDS, jobModel, newsgoldCv, newsgoldParts } from '../lib/ner-indomain.js';
import { evaluate, loadWiner } from '../lib/ner-lib.js';
import { articleText, depecheSets, scoreSets, setTable } from '../lib/ner-newsgold.js';
import { sharedPath } from '../lib/shared-data.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const repeat = Number(args[0] ?? 2);
const seeds = Number(args[1] ?? 5);
const cache = process.env.NER_CV_CACHE;
const { dev } = newsgoldParts();
const base = extractWith(
  jobModel({ part: 'none', fold: 0, winerFold: 0, repeat: 0, seeds }, cache, console.log),
);
const basePreds = dev.map((a) => depecheSets(articleText(a), base));
const { preds, golds } = newsgoldCv('dev', repeat, seeds, cache, console.log);
const md: string[] = [];
for (const lenient of [false, true]) {
  const table = setTable(
    `newsgold-dev dev ${dev.length}, ${lenient ? 'lenient' : 'strict'} (${seeds} perceptron${seeds > 1 ? 's' : ''} per model)`,
    [
      { name: 'WiNER-fr only', s: scoreSets(basePreds, golds, lenient) },
      { name: `+ newsgold x${repeat} (5-fold CV by article)`, s: scoreSets(preds, golds, lenient) },
    ],
  );
  console.log(`\n${table}`);
  md.push(table);
}

/** Pooled micro F1 over the WiNER-fr folds, with or without the 300 articles in training. */
function winerCv(part: 'none' | 'all', refine: boolean): string {
  const train = loadWiner(sharedPath('ner', 'winer-fr', 'train.jsonl'));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let k = 1; k <= FOLDS; k++) {
    const m = decodeModel(
      jobModel({ part, fold: 0, winerFold: k, repeat: part === 'all' ? repeat : 0, seeds }, cache),
    );
    const s = evaluate(
      train.filter((_, i) => i % FOLDS === k - 1),
      m,
      undefined,
      { refine },
    );
    tp += s.micro.tp;
    fp += s.micro.fp;
    fn += s.micro.fn;
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${((200 * p * r) / (p + r)).toFixed(1)}`;
}

if (process.argv.includes('--winer')) {
  const lines = [
    `WiNER-fr train, ${FOLDS}-fold CV by document, micro (${seeds} perceptron${seeds > 1 ? 's' : ''} per model):`,
    '',
  ];
  for (const part of ['none', 'all'] as const)
    for (const refine of [true, false])
      lines.push(
        `- ${part === 'all' ? `WiNER-fr + 300 newsgold-dev articles x${repeat}` : 'WiNER-fr only'}${refine ? '' : ', without the refine stage'}: ${winerCv(part, refine)}`,
      );
  console.log(`\n${lines.join('\n')}`);
  md.push(lines.join('\n'));
}

if (!process.argv.includes('--ablate'))
  recordMeasurement(
    'ner-indomain',
    `NER_CV_CACHE=<dir> npx tsx scripts/eval/ner-newsgold-cv.ts ${process.argv.slice(2).join(' ')}`,
    md.join('\n\n'),
    'Named entities: in-domain training signal (newsgold-dev partial labels), cross-validated',
  );

if (process.argv.includes('--ablate')) {
  const f = (x: number) => (x * 100).toFixed(1).padStart(6);
  const line = (name: string): void => {
    const cv = newsgoldCv('dev', repeat, seeds, cache);
    const sc = scoreSets(cv.preds, cv.golds, false);
    console.log(
      `${name.padEnd(22)} dev240 CV ${f(sc.micro.f1)}  PER ${f(sc.byType.PER.f1)} ORG ${f(sc.byType.ORG.f1)} LOC ${f(sc.byType.LOC.f1)}`,
    );
  };
  console.log('\nRefine stage ablation on the cross-validated dev 240 (strict)');
  line('all rules');
  for (const k of Object.keys(refineConfig) as (keyof typeof refineConfig)[]) {
    refineConfig[k] = false;
    line(`without ${k}`);
    refineConfig[k] = true;
  }
}
