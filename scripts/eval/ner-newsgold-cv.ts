/**
 * Development view of the in-domain training signal: 5-fold cross-validation by article on the 240
 * newsgold-dev development articles (never the locked 60), for one oversampling value and number of
 * seeds, beside the model trained on WiNER-fr alone with the same seeds; with --winer, also the WiNER-fr
 * 5-fold cross-validation with and without the 300 articles in each fold's training. Fold models are
 * cached in NER_CV_CACHE (trained there by scripts/train/ner-newsgold-fold.ts, or here when missing).
 *
 *   NER_CV_CACHE=/tmp/ner-cv npx tsx scripts/eval/ner-newsgold-cv.ts <repeat> [seeds] [--winer]
 */
import { decodeModel } from '../../src/ner/model.js';
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
for (const lenient of [false, true])
  console.log(
    `\n${setTable(`newsgold-dev dev ${dev.length}, ${lenient ? 'lenient' : 'strict'} (${seeds} seeds)`, [
      { name: 'WiNER-fr only', s: scoreSets(basePreds, golds, lenient) },
      { name: `+ newsgold x${repeat} (5-fold CV by article)`, s: scoreSets(preds, golds, lenient) },
    ])}`,
  );

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
  console.log(`\nWiNER-fr train, ${FOLDS}-fold CV by document, micro (${seeds} seeds)`);
  for (const part of ['none', 'all'] as const)
    for (const refine of [true, false])
      console.log(
        `  ${part === 'all' ? `+ 300 newsgold x${repeat}` : 'WiNER-fr only'}${refine ? '' : ', without the refine stage'}: ${winerCv(part, refine)}`,
      );
}
