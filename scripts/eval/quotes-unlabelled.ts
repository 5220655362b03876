/**
 * Speakers of direct quotations on unlabelled news: OrangeSum articles with quotation marks that are in no gold
 * set (data/quotes/gold, data/quotes/fresh) and not in newsgold-dev. Two uses:
 *
 *   npx tsx scripts/eval/quotes-unlabelled.ts --count 1000
 *       how often each speaker-resolution path fires over 1,000 such articles (valid first, then train),
 *       and, with --judged FILE, how often it is right on the hand-judged sample
 *   npx tsx scripts/eval/quotes-unlabelled.ts --sample 40 --dump FILE.jsonl [--split train --seed 23 --read FILE.txt]
 *       every direct quotation of 40 seeded articles (OrangeSum valid unless --split train) with its speaker, the
 *       resolution path and the sentence before it, one JSON line each, for reading by hand; --read also writes
 *       each whole article with its direct quotations numbered in place ([[Q3 … Q3]]) and their speakers listed
 *       after it, which is how the issue-17 samples (train, seed 23) were judged. With --new, the articles of the
 *       seed 17-19 samples (judged.tsv) are left out, and those of --skip FILE,… (the second issue-17 sample is
 *       drawn with --skip data/quotes/unlabelled/judged-s23-before.tsv); with --unseen, the articles of every
 *       judged*.tsv of data/quotes/unlabelled/ (the fourth round: --split train --seed 53 --unseen). Both files
 *       hold article text: keep them out of the repository. With --ranker data/quotes/speaker-ranker.json, the
 *       speaker ranker is switched on (the fifth round's blind sample compares both); with --impl COMMIT, the
 *       code of that commit speaks (the sixth round's second blind sample is dumped so by main and the branch)
 *
 * The judged file (TSV: key, verdict ok|wrong, family, note) holds keys and verdicts only, no article text:
 * key = `<article id>:<start>-<end>|<speaker entity or text or null>`, so that a verdict belongs to one
 * speaker of one quotation whatever version produced it.
 */

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as currentIndex from '../../src/index.js';
import * as currentRanker from '../../src/quotes/ranker.js';
import * as currentSpeaker from '../../src/quotes/speaker.js';
import { shuffle } from '../lib/lexicon-math.js';
import { recordMeasurement } from '../lib/measurements.js';
import { GOLD_DIR, readGold } from '../lib/quotes-lib.js';
import { newsgoldIds, type OrangeSumRow, readJsonl, sharedPath } from '../lib/shared-data.js';
import { versionPath } from '../lib/versions.js';

const arg = (name: string, def: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
};
const count = Number(arg('count', '0'));
// --impl COMMIT: the code of an earlier commit (its src/ exported once, scripts/lib/versions.ts), so that a blind
// sample can be dumped by both versions with the same draw (the draw and its exclusions are this script's)
const impl = arg('impl', '');
const base = impl ? versionPath(impl) : '';
const { analyze } = (impl ? await import(base) : currentIndex) as typeof currentIndex;
const { traceSpeakerPaths } = (
  impl ? await import(join(dirname(base), 'quotes', 'speaker.ts')) : currentSpeaker
) as typeof currentSpeaker;
const { useSpeakerRanker } = (
  impl ? await import(join(dirname(base), 'quotes', 'ranker.ts')) : currentRanker
) as typeof currentRanker;
// --ranker FILE: the speaker ranker switched on with the weights of FILE (data/quotes/speaker-ranker.json)
const rankerFile = arg('ranker', '');
if (rankerFile)
  useSpeakerRanker(
    (JSON.parse(readFileSync(rankerFile, 'utf8')) as { weights: Record<string, number> }).weights,
  );
const sample = Number(arg('sample', '0'));
const dump = arg('dump', '');
const judgedFile = arg('judged', '');
const seed = Number(arg('seed', '17'));
const split = arg('split', 'valid') === 'train' ? 'train' : 'valid';
const readFile = arg('read', '');
/** Judged samples (comma-separated TSV files) whose accuracy to report for this version. */
const sampleFiles = arg('samples', '')
  .split(',')
  .filter((f) => f !== '');

function readJudged(file: string): Map<string, string> {
  const out = new Map<string, string>();
  if (file && existsSync(file))
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [key, verdict] = line.split('\t');
      if (key && verdict && !key.startsWith('#')) out.set(key, verdict);
    }
  return out;
}

const excluded = newsgoldIds();
// every gold set of data/quotes (gold, fresh, fresh2…): none of their articles is drawn or counted
for (const d of readdirSync(join(GOLD_DIR, '..'))) {
  const f = join(GOLD_DIR, '..', d, 'gold.jsonl');
  if (existsSync(f)) for (const g of readGold(f)) excluded.add(g.id.replace(/^[^:]+:/, ''));
}

/** A seeded order (mulberry32) of the articles with quotation marks, not excluded. */
function articles(split: 'valid' | 'train'): OrangeSumRow[] {
  const rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', `${split}.jsonl.gz`)).filter(
    (r) => !excluded.has(r.id) && /[«“"]/.test(r.text),
  );
  shuffle(rows, seed);
  return rows;
}

interface Row {
  key: string;
  id: string;
  path: string;
  rule: string;
  speaker: string;
  /** the speaker mention span, start-end (empty when null) */
  mention: string;
  before: string;
  quote: string;
  after: string;
}

/** Direct quotations of one article with the resolution path of each speaker. */
function run(r: OrangeSumRow): Row[] {
  const paths: string[] = [];
  const later = new Map<object, string>();
  traceSpeakerPaths(
    (p) => paths.push(p),
    (sp, p) => later.set(sp, p),
  );
  const a = analyze(r.text, { topics: false, summary: false, language: false });
  traceSpeakerPaths(undefined);
  const out: Row[] = [];
  (a.quotes ?? []).forEach((q, i) => {
    if (q.kind !== 'direct') return;
    const sp = q.speaker;
    const who = sp === null ? 'null' : (sp.entity ?? sp.text);
    const before = r.text.slice(Math.max(0, q.start - 260), Math.max(0, q.start - 1)).replace(/\s+/g, ' ');
    out.push({
      key: `${r.id}:${q.start}-${q.end}|${who}`,
      id: r.id,
      path: sp === null ? `${paths[i]}→null` : later.has(sp) ? `${paths[i]}→${later.get(sp)}` : paths[i],
      rule: q.rule,
      speaker: sp === null ? 'null' : `${sp.text}${sp.entity ? ` = ${sp.entity}` : ''} (${sp.type})`,
      mention: sp === null ? '' : `${sp.start}-${sp.end}`,
      before,
      quote: q.text.length > 160 ? `${q.text.slice(0, 160)}…` : q.text,
      after: r.text.slice(q.end, q.end + 120).replace(/\s+/g, ' '),
    });
  });
  return out;
}

/**
 * Articles of the samples judged before issue 17 (data/quotes/unlabelled/judged.tsv, the union of seeds 17-19),
 * never drawn again; `--skip FILE,…` leaves out the articles of further judged files too (a sample after another).
 */
function judgedBefore(): Set<string> {
  const dir = join(GOLD_DIR, '..', 'unlabelled');
  const ids = new Set<string>();
  const files = [
    join(dir, 'judged.tsv'),
    ...arg('skip', '')
      .split(',')
      .filter((f) => f !== ''),
  ];
  // --unseen: every judged sample of the directory, whatever its round (the fourth round's samples are drawn so)
  if (process.argv.includes('--unseen'))
    for (const f of readdirSync(dir)) if (/^judged.*\.tsv$/.test(f)) files.push(join(dir, f));
  for (const f of files) for (const k of readJudged(f).keys()) ids.add(k.split(':')[0]);
  return ids;
}

if (sample > 0) {
  const seen =
    process.argv.includes('--new') || process.argv.includes('--unseen') ? judgedBefore() : new Set<string>();
  const drawn = articles(split)
    .filter((r) => !seen.has(r.id))
    .slice(0, sample);
  const rows: Row[] = [];
  const pages: string[] = [];
  for (const r of drawn) {
    const own = run(r);
    rows.push(...own);
    if (!readFile) continue;
    let t = '';
    let at = 0;
    own.forEach((q, i) => {
      const [s, e] = q.key.split(':')[1].split('|')[0].split('-').map(Number);
      t += `${r.text.slice(at, s)}[[Q${i + 1} ${r.text.slice(s, e)} Q${i + 1}]]`;
      at = e;
    });
    t += r.text.slice(at);
    pages.push(
      [`=== ${r.id}`, t, ...own.map((q, i) => `Q${i + 1}\t${q.key}\t${q.speaker}\t${q.path}`)].join('\n'),
    );
  }
  if (dump) writeFileSync(dump, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  if (readFile) writeFileSync(readFile, `${pages.join('\n\n')}\n`);
  console.log(
    `${rows.length} direct quotations from ${drawn.length} unlabelled OrangeSum ${split} articles (seed ${seed})`,
  );
}

if (count > 0) {
  const judged = readJudged(judgedFile);
  // "a.tsv+b.tsv": one sample judged in two files (the verdicts of a version, and those of speakers it changed);
  // the sample's articles are those of the first
  const samples = sampleFiles.map((f) => {
    const v = new Map<string, string>();
    for (const part of f.split('+')) for (const [k, x] of readJudged(part)) if (!v.has(k)) v.set(k, x);
    return {
      file: f,
      v,
      ids: new Set([...readJudged(f.split('+')[0]).keys()].map((k) => k.split(':')[0])),
      ok: 0,
      wrong: 0,
      none: 0,
    };
  });
  for (const s of samples) for (const [k, v] of s.v) if (!judged.has(k)) judged.set(k, v);
  // the judged samples' articles first, so that every judged quotation is counted, then the seeded order
  const judgedIds = new Set([...judged.keys()].map((k) => k.split(':')[0]));
  const all = [...articles('valid'), ...articles('train')];
  const pool = [...all.filter((r) => judgedIds.has(r.id)), ...all.filter((r) => !judgedIds.has(r.id))].slice(
    0,
    count,
  );
  const fired = new Map<string, { n: number; ok: number; wrong: number }>();
  let quotes = 0;
  for (const r of pool) {
    for (const row of run(r)) {
      quotes++;
      const f = fired.get(row.path) ?? { n: 0, ok: 0, wrong: 0 };
      f.n++;
      const v = judged.get(row.key);
      if (v === 'ok') f.ok++;
      else if (v === 'wrong') f.wrong++;
      fired.set(row.path, f);
      for (const s of samples) {
        if (!s.ids.has(row.id)) continue;
        const sv = s.v.get(row.key);
        if (sv === 'ok') s.ok++;
        else if (sv === 'wrong') s.wrong++;
        else if (sv === undefined) s.none++;
      }
    }
  }
  const lines = [
    `| speaker path | fires (direct quotations, ${pool.length} articles) | judged right | judged wrong |`,
    '|---|---|---|---|',
    ...[...fired.entries()]
      .sort((a, b) => b[1].n - a[1].n)
      .map(([p, f]) => `| ${p} | ${f.n} | ${f.ok} | ${f.wrong} |`),
    `| all | ${quotes} | ${[...fired.values()].reduce((s, f) => s + f.ok, 0)} | ${[...fired.values()].reduce((s, f) => s + f.wrong, 0)} |`,
  ];
  const accuracy = samples.length
    ? [
        '',
        '| judged sample | direct quotations judged | right | accuracy | not judged (speaker new in this version, or unsure) |',
        '|---|---|---|---|---|',
        ...samples.map(
          (s) =>
            `| ${s.file
              .split('+')
              .map((f) => f.split('/').pop())
              .join(
                ' + ',
              )} | ${s.ok + s.wrong} | ${s.ok} | ${s.ok + s.wrong ? ((100 * s.ok) / (s.ok + s.wrong)).toFixed(1) : '-'} | ${s.none} |`,
        ),
      ]
    : [];
  const table = [...lines, ...accuracy].join('\n');
  console.log(table);
  if (process.argv.includes('--record'))
    recordMeasurement(
      arg('name', 'quotes-unlabelled'),
      `npx tsx scripts/eval/quotes-unlabelled.ts --count ${count}${arg('name', '') ? ` --name ${arg('name', '')}` : ''} --judged ${judgedFile}${sampleFiles.length ? ` --samples ${sampleFiles.join(',')}` : ''} --record`,
      [
        `${arg('note', '')}How often each speaker-resolution path of extractQuotes() fires on the direct quotations of ${pool.length} unlabelled OrangeSum articles with quotation marks (in no gold set, not in newsgold-dev; valid first, then train), and how often its speaker was judged right or wrong by hand on the judged samples (one reader; ${judged.size} judged speakers, of the versions before and after the issue-17 rules). A path is the rule that gave the speaker: np-* a noun phrase in the incise or clause (entity, role linked by apposition, role described by context, organisation noun…), clitic-* / pron-* a pronoun (to the previous speaker, to a subject, to a role subject), context-* a quotation without cue (chain, new subject, the sentence after).`,
        '',
        table,
      ].join('\n'),
      'Quotations: speaker rules on unlabelled news',
    );
}
