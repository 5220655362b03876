/**
 * Draws the articles of a new held-out quotation set for annotation: OrangeSum valid articles with at least
 * two pairs of quotation marks, in a seeded order, none of which any earlier quotation work has seen (the
 * gold, locked and fresh sets, every judged sample in data/quotes/unlabelled/, the tables of test/quotes/)
 * nor newsgold-dev.
 *
 *   npx tsx scripts/data/quotes-draw-heldout.ts --out DIR [--n 25] [--seed 8] [--set fresh2]
 *
 * Writes DIR/articles.jsonl (`{id, source, title, date, text}`, the annotators' input; offsets are into
 * `text`, the OrangeSum body, as in the other sets). The articles' texts stay out of the repository; the
 * set's gold (offsets only) goes to data/quotes/<set>/ through scripts/data/quotes-gold.ts. fresh2 was drawn
 * with seed 8 (25 articles), fresh3 with `--set fresh3 --seed 17 --n 20` (session 11); a draw repeats as long as
 * no later sample or set adds to the ids excluded.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { shuffle } from '../lib/lexicon-math.js';
import { GOLD_DIR, readGold } from '../lib/quotes-lib.js';
import { newsgoldIds, type OrangeSumRow, readJsonl, requireShared, sharedPath } from '../lib/shared-data.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    n: { type: 'string', default: '25' },
    seed: { type: 'string', default: '8' },
    set: { type: 'string', default: 'fresh2' },
  },
});
if (!values.out) {
  console.error(
    'usage: npx tsx scripts/data/quotes-draw-heldout.ts --out DIR [--n 25] [--seed 8] [--set fresh2]',
  );
  process.exit(2);
}
if (!requireShared('OrangeSum', 'news', 'orangesum', 'valid.jsonl.gz')) process.exit(1);

const root = join(import.meta.dirname, '..', '..');
/** OrangeSum ids (orangesum-N) that any earlier quotation work has seen. */
const seen = newsgoldIds();
for (const set of readdirSync(join(GOLD_DIR, '..'), { withFileTypes: true })) {
  // the set being drawn is not excluded from itself, so that the draw can be repeated after its gold exists
  if (!set.isDirectory() || set.name === values.set) continue;
  const dir = join(GOLD_DIR, '..', set.name);
  for (const f of readdirSync(dir)) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const m of text.matchAll(/orangesum-\d+/g)) seen.add(m[0]);
  }
}
for (const f of readdirSync(join(root, 'test', 'quotes')))
  for (const m of readFileSync(join(root, 'test', 'quotes', f), 'utf8').matchAll(/orangesum-\d+/g))
    seen.add(m[0]);
for (const g of readGold()) seen.add(g.id.replace(/^[^:]+:/, ''));

/** Pairs of quotation marks: « » and “ ” counted as opening marks, straight double quotes in pairs. */
function quotePairs(text: string): number {
  const guillemets = (text.match(/[«“]/g) ?? []).length;
  const straight = Math.floor((text.match(/"/g) ?? []).length / 2);
  return guillemets + straight;
}

const rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'valid.jsonl.gz')).filter(
  (r) => !seen.has(r.id) && quotePairs(r.text) >= 2 && r.text.length >= 1200 && r.text.length <= 6000,
);
// mulberry32 (the generator of the unlabelled samples), with this set's own seed
shuffle(rows, Number(values.seed));
const picked = rows.slice(0, Number(values.n));
mkdirSync(values.out, { recursive: true });
writeFileSync(
  join(values.out, 'articles.jsonl'),
  `${picked
    .map((r) =>
      JSON.stringify({
        id: `orangesum-valid:${r.id}`,
        source: 'orangesum-valid',
        title: r.title,
        date: r.date,
        text: r.text,
      }),
    )
    .join('\n')}\n`,
);
console.log(
  `${picked.length} articles of ${rows.length} eligible (${seen.size} ids excluded) → ${join(values.out, 'articles.jsonl')}`,
);
