/**
 * Trains one model of the in-domain cross-validation (scripts/lib/ner-indomain.ts) into NER_CV_CACHE, so
 * that folds can be trained one at a time in the background; `NER_CV_CACHE=<dir> npm run eval:ner -- --cv`
 * then reads them.
 *
 *   NER_CV_CACHE=/tmp/ner-cv npx tsx scripts/train/ner-newsgold-fold.ts <part dev|all|none> <fold 0..5> <winerFold 0..5> [repeat] [seeds]
 */

import { NER_CONFIG } from '../lib/ner-config.js';
import { type Job, jobModel, jobName } from '../lib/ner-indomain.js';

const [part, fold, winerFold, repeat, seeds] = process.argv.slice(2);
const cache = process.env.NER_CV_CACHE;
const job: Job = {
  part: part as Job['part'],
  fold: Number(fold),
  winerFold: Number(winerFold),
  repeat: Number(repeat ?? NER_CONFIG.newsgoldRepeat),
  seeds: Number(seeds ?? NER_CONFIG.seeds.length),
};
if (!cache || !['dev', 'all', 'none'].includes(job.part) || !(job.fold >= 0 && job.fold <= 5)) {
  console.error(
    'usage: NER_CV_CACHE=<dir> tsx scripts/train/ner-newsgold-fold.ts <dev|all|none> <0..5> <0..5> [repeat] [seeds]',
  );
  process.exit(2);
}
jobModel(job, cache, console.log);
console.log(`${jobName(job)} ready in ${cache}`);
