/**
 * Development view of `groupEntities()` on newsgold-dev: split and merge rates (scripts/lib/ner-groups.ts)
 * on the 240 development articles, each article grouped from the mentions of the fold model that did not
 * see it (5-fold CV by article, fold models cached in NER_CV_CACHE); --show prints every split and merge.
 * The locked 60 are measured by `npm run eval:ner -- --locked --cv` only.
 *
 *   NER_CV_CACHE=/tmp/ner-cv npx tsx scripts/eval/ner-groups.ts [repeat] [seeds] [--show]
 */
import { groupEntities } from '../../src/ner/group.js';
import { type GroupCounts, groupCounts, groupRow, groupTableHead, sumCounts } from '../lib/ner-groups.js';
import { extractWith, FOLDS, jobModel, newsgoldParts } from '../lib/ner-indomain.js';
import { articleText } from '../lib/ner-newsgold.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const repeat = Number(args[0] ?? 2);
const seeds = Number(args[1] ?? 1);
const cache = process.env.NER_CV_CACHE;
const { dev } = newsgoldParts();
const counts: GroupCounts[] = new Array(dev.length);
for (let k = 1; k <= FOLDS; k++) {
  const extract = extractWith(
    jobModel({ part: 'dev', fold: k, winerFold: 0, repeat, seeds }, cache, console.log),
  );
  dev.forEach((a, i) => {
    if (i % FOLDS === k - 1) counts[i] = groupCounts(a.id, groupEntities(extract(articleText(a))), a.gold);
  });
}
const sum = sumCounts(counts);
if (process.argv.includes('--show')) console.log(sum.examples.join('\n'));
console.log(
  `\n${groupTableHead('newsgold-dev dev 240, groups per real entity')}\n${groupRow('depeche, 5-fold CV by article', sum)}`,
);
