/**
 * Indirect quotations on unlabelled news, judged by hand: OrangeSum **train** articles with quotation marks that
 * are in no gold set (no gold or held-out set uses train), not in newsgold-dev and in no earlier judged sample
 * (every file of data/quotes/unlabelled/), in a seeded order.
 *
 *   npx tsx scripts/eval/quotes-indirect-sample.ts --seed 71 --quotes 110 --read /tmp/FILE.txt [--skip F,…]
 *       draws articles until they hold 110 predicted indirect quotations and writes, for reading by hand, each
 *       prediction with its key, rule, cue, speaker and its sentence (the span in ⟦ ⟧); with --recall 20, the
 *       first 20 articles are also written whole with the predictions marked in place, to list what was missed.
 *       The file holds article text: keep it out of the repository.
 *   … --impl /tmp/base/src/index.ts,src/index.ts
 *       blind comparison: the predictions of two versions of the code (an older one exported with `git archive`),
 *       de-duplicated by key and shuffled together, so the reader cannot tell which version produced which.
 *   … --score FILE.tsv
 *       precision of each version on a judged file (TSV: key, verdict ok|wrong, family, note; key =
 *       `<article id>:<start>-<end>`): the verdict belongs to one span whatever version produced it.
 *       With --record NAME, the table goes to docs/measurements/NAME.md; --labels names the versions. A version
 *       is a path to an index.ts or a commit (its src/ is exported with git archive to a temporary folder).
 */

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { shuffle } from '../lib/lexicon-math.js';
import { printAndRecord } from '../lib/measurements.js';
import { GOLD_DIR, readGold, spanContext } from '../lib/quotes-lib.js';
import { newsgoldIds, type OrangeSumRow, readJsonl, sharedPath } from '../lib/shared-data.js';
import { versionPath } from '../lib/versions.js';

const arg = (name: string, def: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
};
const seed = Number(arg('seed', '71'));
const wanted = Number(arg('quotes', '110'));
const recall = Number(arg('recall', '0'));
const readOut = arg('read', '');
const scoreFile = arg('score', '');
const skipArticles = Number(arg('after', '0'));
/** Names of the versions in the table (--labels "before (025b9ad),after"), else their paths. */
const labels = arg('labels', '')
  .split(',')
  .filter((l) => l !== '');
const impls = arg('impl', 'src/index.ts')
  .split(',')
  .filter((f) => f !== '');

type Analyze = (
  text: string,
  o: object,
) => {
  quotes:
    | {
        start: number;
        end: number;
        kind: string;
        rule: string;
        text: string;
        cue: { text: string } | null;
        speaker: { text: string; entity?: string } | null;
      }[]
    | null;
};

/** A judged file, or several joined by "+" (a sample and the verdicts of spans a later version added). */
function readJudged(files: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files.split('+'))
    if (file && existsSync(file))
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const cols = line.split('\t');
        if (cols[0] && cols[1] && !cols[0].startsWith('#') && !out.has(cols[0])) out.set(cols[0], cols);
      }
  return out;
}

const UNLABELLED = join(GOLD_DIR, '..', 'unlabelled');
const excluded = newsgoldIds();
for (const set of ['gold', 'fresh', 'fresh2']) {
  const f = join(GOLD_DIR, '..', set, 'gold.jsonl');
  if (existsSync(f)) for (const g of readGold(f)) excluded.add(g.id.replace(/^[^:]+:/, ''));
}
// every article of an earlier judged sample (the skip list adds files elsewhere)
const judgedFiles = [
  ...readdirSync(UNLABELLED)
    .filter((f) => f.endsWith('.tsv'))
    .map((f) => join(UNLABELLED, f)),
  ...arg('skip', '')
    .split(',')
    .filter((f) => f !== ''),
].filter((f) => !scoreFile.split('+').some((s) => resolve(s) === resolve(f)));
for (const f of judgedFiles) for (const k of readJudged(f).keys()) excluded.add(k.split(':')[0]);

function articles(): OrangeSumRow[] {
  const rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'train.jsonl.gz')).filter(
    (r) => !excluded.has(r.id) && /[«“"]/.test(r.text),
  );
  shuffle(rows, seed);
  return rows;
}

interface Pred {
  key: string;
  id: string;
  start: number;
  end: number;
  rule: string;
  cue: string;
  speaker: string;
  versions: number[];
}

const analyzers: Analyze[] = [];
for (const f of impls) analyzers.push((await import(versionPath(f))).analyze as Analyze);

function predictions(r: OrangeSumRow): Pred[] {
  const byKey = new Map<string, Pred>();
  analyzers.forEach((an, v) => {
    for (const q of an(r.text, { topics: false, summary: false, language: false }).quotes ?? []) {
      if (q.kind !== 'indirect') continue;
      const key = `${r.id}:${q.start}-${q.end}`;
      const p = byKey.get(key);
      if (p) p.versions.push(v);
      else
        byKey.set(key, {
          key,
          id: r.id,
          start: q.start,
          end: q.end,
          rule: q.rule,
          cue: q.cue?.text ?? '-',
          speaker: q.speaker ? (q.speaker.entity ?? q.speaker.text) : 'null',
          versions: [v],
        });
    }
  });
  return [...byKey.values()];
}

const pool = articles().slice(skipArticles);
const drawn: OrangeSumRow[] = [];
const preds: Pred[] = [];
const judged = readJudged(scoreFile);
if (scoreFile) {
  // the judged sample's articles, in their drawn order
  const ids = new Set([...judged.keys()].map((k) => k.split(':')[0]));
  const all = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'train.jsonl.gz')).filter((r) =>
    ids.has(r.id),
  );
  for (const r of all) {
    drawn.push(r);
    preds.push(...predictions(r));
  }
} else {
  for (const r of pool) {
    if (preds.length >= wanted && drawn.length >= recall) break;
    drawn.push(r);
    preds.push(...predictions(r));
  }
}

if (readOut && scoreFile) {
  // the judged sample again: the predictions no verdict covers yet (new spans), for judging, and the judged
  // real quotations a version no longer finds
  const text = new Map(drawn.map((r) => [r.id, r.text]));
  const lines: string[] = [];
  for (const p of preds)
    if (!judged.has(p.key))
      lines.push(
        `${p.key}\t${p.rule}\tcue=${p.cue}\tspk=${p.speaker}\tv${p.versions.join('')}\n    ${spanContext(text.get(p.id) ?? '', p.start, p.end)}`,
      );
  const have = new Set(preds.filter((p) => p.versions.includes(impls.length - 1)).map((p) => p.key));
  for (const [k, cols] of judged)
    if (cols[1] === 'ok' && !have.has(k)) lines.push(`LOST ${k}\t${cols[2] ?? ''}`);
  writeFileSync(readOut, `${lines.join('\n')}\n`);
} else if (readOut) {
  // shuffled (seeded) so that neither the version nor the article order shows
  let s = (seed * 7919) >>> 0;
  const next = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s;
  };
  const order = preds.map((p) => ({ p, k: next() }));
  if (analyzers.length > 1) order.sort((x, y) => x.k - y.k);
  const text = new Map(drawn.map((r) => [r.id, r.text]));
  const lines = order.map(
    ({ p }) =>
      `${p.key}\t${p.rule}\tcue=${p.cue}\tspk=${p.speaker}\n    ${spanContext(text.get(p.id) ?? '', p.start, p.end)}`,
  );
  const pages: string[] = [];
  for (const r of drawn.slice(0, recall)) {
    const own = preds.filter((p) => p.id === r.id).sort((x, y) => x.start - y.start);
    let t = '';
    let at = 0;
    for (const p of own) {
      t += `${r.text.slice(at, p.start)}⟦${r.text.slice(p.start, p.end)}⟧`;
      at = p.end;
    }
    pages.push(`=== ${r.id}\n${t}${r.text.slice(at)}`);
  }
  writeFileSync(readOut, `${lines.join('\n')}\n\n${pages.join('\n\n')}\n`);
  console.log(
    `${preds.length} predicted indirect quotations from ${drawn.length} articles (seed ${seed}) → ${readOut}`,
  );
}

if (scoreFile) {
  const rows: string[] = [];
  impls.forEach((f, v) => {
    const mine = preds.filter((p) => p.versions.includes(v));
    let ok = 0;
    let wrong = 0;
    let none = 0;
    for (const p of mine) {
      const j = judged.get(p.key)?.[1];
      if (j === 'ok') ok++;
      else if (j === 'wrong') wrong++;
      else none++;
    }
    const pr = ok + wrong > 0 ? ((100 * ok) / (ok + wrong)).toFixed(1) : '-';
    rows.push(`| ${labels[v] ?? f} | ${mine.length} | ${ok} | ${wrong} | ${none} | **${pr}** |`);
  });
  const md = [
    `Predicted indirect quotations on ${drawn.length} unlabelled OrangeSum train articles, judged by hand (${scoreFile}).`,
    '',
    '| version | predicted | real (ok) | not real (wrong) | unjudged | precision % |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  printAndRecord(
    md,
    arg('record', ''),
    (n) =>
      `npx tsx scripts/eval/quotes-indirect-sample.ts --score ${scoreFile} --impl ${impls.join(',')}${labels.length ? ` --labels "${labels.join(',')}"` : ''}${arg('title', '') ? ` --title "${arg('title', '')}"` : ''} --record ${n}`,
    arg('title', 'Indirect quotations on unlabelled news: precision judged by hand'),
  );
}
