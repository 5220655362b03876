/**
 * The OrangeSum environnement desk articles whose top-3 topics miss the environment top level: per article,
 * the title, the 3 best topics, where the environment branch ranks and with what evidence (cues, learned
 * probability). For reading why (no cue, cue outranked, another desk), not for tuning on single articles.
 *
 *   npx tsx scripts/eval/topics-env.ts            (OrangeSum valid)
 *   npx tsx scripts/eval/topics-env.ts --dev      (the 10% of train held out by scripts/train/topics.ts)
 *   npx tsx scripts/eval/topics-env.ts --section societe/culture   (another desk; its top level by --top)
 */
import { createDoc } from '../../src/doc/index.js';
import { scoreDoc } from '../../src/topics/score.js';
import { tagTopics } from '../../src/topics/tag.js';
import { topics } from '../../src/topics/taxonomy.js';
import { type OrangeSumRow, readJsonl, requireShared, sharedPath } from '../lib/shared-data.js';
import { isTrainHoldout } from '../lib/topics-sections.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dev = process.argv.includes('--dev');
const section = arg('--section') ?? 'societe/environnement';
const want = arg('--top') ?? 'environment';
const file = dev ? 'train.jsonl.gz' : 'valid.jsonl.gz';
if (!requireShared('topics-env', 'news', 'orangesum', file)) process.exit(0);

const topOf = (i: number) => {
  const t = topics[i];
  return t.parents[t.parents.length - 1] ?? t.id;
};
const byId = new Map(topics.map((t, i) => [t.id, i]));

let rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', file)).filter(
  (r) => r.category === section,
);
if (dev) rows = rows.filter((r) => isTrainHoldout(r.id));
let found = 0;
for (const r of rows) {
  const title = r.title ?? '';
  const tags = tagTopics({ title, body: r.text }, { threshold: 0, limit: 3 });
  const ok = tags.some((t) => {
    const i = byId.get(t.id) ?? -1;
    return i >= 0 && topOf(i) === want;
  });
  if (ok) {
    found++;
    continue;
  }
  const doc = createDoc(title ? `${title}\n\n${r.text}` : r.text);
  const detail = scoreDoc(doc, title.length);
  const env = detail.filter((d) => topOf(d.topic) === want).sort((a, b) => b.score - a.score);
  const all = tagTopics({ title, body: r.text }, { threshold: 0, limit: 100 });
  const rank = all.findIndex((t) => topOf(byId.get(t.id) ?? 0) === want);
  console.log(`\n${r.id}  ${title.slice(0, 110)}`);
  console.log(`   top 3: ${tags.map((t) => `${t.id} ${t.score}`).join(', ')}`);
  console.log(
    `   ${want}: rank ${rank < 0 ? '-' : rank + 1}${rank >= 0 ? ` (${all[rank].id} ${all[rank].score})` : ''}; ` +
      env
        .slice(0, 3)
        .map(
          (d) =>
            `${topics[d.topic].id} cue ${d.cueScore.toFixed(2)} learned ${d.learned.toFixed(2)} [${d.evidence
              .slice(0, 4)
              .map((h) => doc.text.slice(h.start, h.end))
              .join(', ')}]`,
        )
        .join('; '),
  );
  console.log(`   ${r.text.slice(0, 300).replace(/\s+/g, ' ')}`);
}
console.log(
  `\n${section}: ${found} of ${rows.length} with ${want} in the top 3 (${((100 * found) / rows.length).toFixed(1)}%)`,
);
