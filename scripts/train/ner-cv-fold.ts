/**
 * Trains one fold of the 5-fold cross-validation of `npm run eval:ner -- --cv` (same split: document i
 * is in fold i % 5) and writes its model into NER_CV_CACHE, so that folds can be trained in separate
 * processes; `NER_CV_CACHE=<dir> npm run eval:ner -- --cv` then evaluates them.
 *
 *   NER_CV_CACHE=/tmp/ner-cv-folds npx tsx scripts/train/ner-cv-fold.ts 3
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeModel } from '../../src/ner/model.js';
import { loadWiner, trainNerModel } from '../lib/ner-lib.js';
import { requireShared, sharedPath } from '../lib/shared-data.js';

const folds = 5;
const k = Number(process.argv[2]) - 1;
const cache = process.env.NER_CV_CACHE;
if (!cache || !(k >= 0 && k < folds)) {
  console.error('usage: NER_CV_CACHE=<dir> tsx scripts/train/ner-cv-fold.ts <1..5>');
  process.exit(2);
}
if (requireShared('ner-cv-fold', 'ner', 'winer-fr', 'train.jsonl')) {
  const train = loadWiner(sharedPath('ner', 'winer-fr', 'train.jsonl'));
  const bytes = encodeModel(trainNerModel(train.filter((_, i) => i % folds !== k)));
  mkdirSync(cache, { recursive: true });
  const file = join(cache, `fold-${k + 1}-of-${folds}.bin`);
  writeFileSync(`${file}.tmp`, bytes);
  renameSync(`${file}.tmp`, file);
  console.log(`fold ${k + 1}: ${bytes.length} bytes -> ${file}`);
}
