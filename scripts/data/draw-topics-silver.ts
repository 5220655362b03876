/**
 * Draws OrangeSum train articles for a large single-pass helper annotation of main-subject IPTC codes
 * (newsgold-dev's GUIDELINES.md, section 2), the silver labels of the topic text model
 * (scripts/train/fit-topics-text.ts). Newsgold-dev articles and the articles of the earlier two-pass
 * silver round (data/topics/silver/labels-train-200.jsonl) are left out. A few newsgold-dev
 * *development* articles (never the locked 60) are hidden in each batch so that every annotator's
 * agreement with the adjudicated gold can be measured (scripts/data/build-topics-silver-large.ts).
 *
 *   npx tsx scripts/data/draw-topics-silver.ts --out DIR [--from 1] [--batches 8] [--per 240] [--hidden 10] [--seed 41]
 *
 * Writes DIR/batch-K.jsonl (`{id: "bK-001", title, text}`) for K = from … from + batches - 1 and
 * DIR/key-FROM.json (`[{sid, id, kind: 'new' | 'gold'}]`); keep the keys away from the annotators. The same
 * seed always shuffles the same way, so later rounds (`--from 9`) draw articles no earlier batch holds.
 * `--select crime` draws instead from the articles whose title or lead (first 600 characters) names a crime
 * of the rarer codes (cyber crime, fraud, organised crime, corruption, drugs, trafficking, corporate crime),
 * as newsgold-dev's second half was chosen, so that the text model sees enough of them; it takes them in the
 * same shuffled order, skipping those of the first `--skip` batches (the random draw's). `--exclude DIR`
 * leaves out every article of DIR/key-*.json (the draws already annotated) and numbers the slices of what is
 * left from `from`. Hidden gold articles cycle through the development articles when a draw needs more.
 *
 * The draws of data/topics/silver/large/: `--out D` (batches 1–8), `--out D --from 9 --batches 12`,
 * `--out D --from 21 --batches 4 --select crime --skip 20`, then
 * `--out D --from 25 --batches 24 --exclude data/topics/silver/large`; a later round (prompt in
 * data/topics/silver/large/prompt-49.md) `--out D --from 49 --batches 24 --exclude data/topics/silver/large`, then
 * `--out D --from 73 --batches 24 --exclude data/topics/silver/large`, `--out D --from 97 --batches 18 --exclude
 * data/topics/silver/large` (the rest of OrangeSum train: the last batch holds 142 articles).
 *
 * `--source winer` draws instead from the WiNER-fr articles (French Wikinews 2016–2017, another publisher; ids
 * `winer:<doc id>`, first line the title, at least 200 characters of body): data/topics/silver/second-publisher/ is
 * `--source winer --out D --batches 4 --seed 43`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rng } from '../lib/lexicon-math.js';
import {
  type OrangeSumRow,
  readJsonl,
  requireShared,
  sharedPath,
  winerArticles,
} from '../lib/shared-data.js';
import { loadGold, splits } from '../lib/topics-gold.js';
import { SILVER_FILE, type SilverLine } from '../lib/topics-silver.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

/** Words of the rarer crime codes (a selection filter, not a label). */
const CRIME =
  /cyber|pirat|hacker|hack|ran[çc]ongiciel|ransomware|phishing|hame[çc]onnage|arnaqu|escroc|escroquer|fraud|blanchi|mafia|cartel|gang|r[ée]seau criminel|trafic|stup[ée]fiant|drogue|cocaïne|cannabis|corruption|pot-de-vin|d[ée]tournement|abus de bien|d[ée]lit d'initi[ée]|entente|proxén|traite des/i;

function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

function main(): void {
  const out = resolve(arg('--out', ''));
  const from = Number(arg('--from', '1'));
  const batches = Number(arg('--batches', '8'));
  const per = Number(arg('--per', '240'));
  const hidden = Number(arg('--hidden', '10'));
  const random = rng(Number(arg('--seed', '41')));
  const select = arg('--select', '');
  const skip = Number(arg('--skip', '0'));
  const excludeDir = arg('--exclude', '');
  const winer = arg('--source', 'orangesum') === 'winer';
  if (
    !(winer
      ? requireShared('topics (silver draw)', 'ner', 'winer-fr', 'train.jsonl')
      : requireShared('topics (silver draw)', 'news', 'orangesum', 'train.jsonl.gz'))
  )
    process.exit(1);
  const g = loadGold();
  if (g === null) process.exit(1);
  const { locked } = splits(g.articles);
  const exclude = new Set(g.articles.map((a) => a.id));
  for (const l of readJsonl<SilverLine>(SILVER_FILE)) exclude.add(l.id);
  const drawn = new Set<string>();
  if (excludeDir !== '')
    for (const f of readdirSync(resolve(excludeDir)).filter((n) => /^key-\d+\.json$/.test(n)))
      for (const k of JSON.parse(readFileSync(join(resolve(excludeDir), f), 'utf8')) as { id: string }[])
        drawn.add(k.id);
  // articles a reader can judge: a title and some body
  const pool = winer
    ? winerArticles().filter((r) => r.title !== '' && r.text.length >= 200)
    : readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'train.jsonl.gz')).filter(
        (r) => !exclude.has(r.id) && (r.title ?? '').trim() !== '' && r.text.length >= 400,
      );
  shuffle(pool, random);
  // the crime selection starts after the random draw's batches and numbers its own slices from `from`
  const source =
    select === 'crime'
      ? pool.slice(skip * per).filter((r) => CRIME.test(`${r.title ?? ''} ${r.text.slice(0, 600)}`))
      : excludeDir !== ''
        ? pool.filter((r) => !drawn.has(r.id))
        : pool;
  const first = select === 'crime' || excludeDir !== '' ? from - 1 : 0;
  const dev = shuffle(
    g.articles.filter((a) => !locked.has(a.id)),
    random,
  );
  mkdirSync(out, { recursive: true });
  const key: { sid: string; id: string; kind: 'new' | 'gold' }[] = [];
  for (let b = from - 1; b < from - 1 + batches; b++) {
    const items: { id: string; title: string; text: string; kind: 'new' | 'gold' }[] = [
      ...source
        .slice((b - first) * per, (b - first + 1) * per)
        .map((r) => ({ ...r, title: r.title ?? '', kind: 'new' as const })),
      ...Array.from({ length: hidden }, (_, k) => dev[(b * hidden + k) % dev.length]).map((a) => ({
        ...a,
        kind: 'gold' as const,
      })),
    ];
    shuffle(items, random);
    const lines: string[] = [];
    for (const [i, it] of items.entries()) {
      const sid = `b${b + 1}-${String(i + 1).padStart(3, '0')}`;
      key.push({ sid, id: it.id, kind: it.kind });
      lines.push(JSON.stringify({ id: sid, title: it.title, text: it.text }));
    }
    writeFileSync(join(out, `batch-${b + 1}.jsonl`), `${lines.join('\n')}\n`);
  }
  writeFileSync(join(out, `key-${from}.json`), `${JSON.stringify(key)}\n`);
  console.log(`${batches} batches of ${per} + ${hidden} hidden gold → ${out}`);
}

main();
