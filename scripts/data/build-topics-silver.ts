/**
 * Builds data/topics/silver/labels-train-200.jsonl, extra training labels of the second stage of
 * tagTopics(), from two independent helper annotation passes over OrangeSum train articles that follow
 * newsgold-dev's GUIDELINES.md (section 2, topics), and measures their quality first:
 *  - each pass against newsgold-dev's adjudicated gold on the newsgold-dev *development* articles hidden
 *    among them (never the locked 60), by the README protocol (IPTC ancestors added on both sides, the 35
 *    codes): micro P/R/F1, and the same for the codes both passes gave (intersection) and either gave (union);
 *  - pass A against pass B on the new articles (micro F1 of one against the other, exact-match share).
 *
 *   npx tsx scripts/data/build-topics-silver.ts [--passes data/topics/silver/passes] [--key data/topics/silver/passes/key.json]
 *
 * Inputs (committed, our own annotations, no article text): data/topics/silver/passes/passA.jsonl and
 * passB.jsonl (`{id, topics, note}` per article id s001…), the key (key.json) (`[{sid, id, kind: 'new' | 'gold'}]`, id = the OrangeSum / newsgold-dev id).
 * Output, one line per new article annotated by both passes: `{id, a, b, both, one}` — the OrangeSum id,
 * each pass's codes as given, and after the protocol's closure the codes both gave (label 1) and the codes
 * only one gave (disputed). Our labels only: no article text (the texts are OrangeSum, CC BY-SA 4.0, read
 * from ../shared/data at training time).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { recordMeasurement } from '../lib/measurements.js';
import { readJsonl } from '../lib/shared-data.js';
import { loadGold } from '../lib/topics-gold.js';
import { SILVER_FILE } from '../lib/topics-silver.js';

const ROOT = join(import.meta.dirname, '..', '..');

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return resolve(ROOT, i > 0 ? (process.argv[i + 1] ?? fallback) : fallback);
};

interface Pass {
  id: string;
  topics: string[];
}
interface Prf {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = ({ tp, fp, fn }: Prf) => {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};
const add = (c: Prf, pred: Set<string>, gold: Set<string>) => {
  for (const x of pred) if (gold.has(x)) c.tp++;
  for (const x of pred) if (!gold.has(x)) c.fp++;
  for (const x of gold) if (!pred.has(x)) c.fn++;
};

function main(): void {
  const dir = arg('--passes', 'data/topics/silver/passes');
  const keyFile = arg('--key', 'data/topics/silver/passes/key.json');
  for (const f of [join(dir, 'passA.jsonl'), join(dir, 'passB.jsonl'), keyFile]) {
    if (!existsSync(f)) {
      console.error(`build-topics-silver: ${f} not found`);
      process.exit(1);
    }
  }
  const g = loadGold();
  if (g === null) process.exit(1);
  const valid = new Set(g.codes.map((c) => c.code));
  const key = JSON.parse(readFileSync(keyFile, 'utf8')) as { sid: string; id: string; kind: string }[];
  const passes = ['passA.jsonl', 'passB.jsonl'].map((f) => {
    const m = new Map<string, string[]>();
    for (const r of readJsonl<Pass>(join(dir, f))) {
      const bad = r.topics.filter((c) => !valid.has(c));
      if (bad.length > 0) throw new Error(`${f} ${r.id}: codes outside the 35: ${bad.join(' ')}`);
      m.set(r.id, r.topics);
    }
    return m;
  });
  const close = (codes: readonly string[]) => new Set(codes.flatMap(g.closure));
  const goldById = new Map(g.articles.map((a) => [a.id, a]));

  // 1. the hidden newsgold-dev articles
  const vsGold = ['A', 'B', 'both (intersection)', 'either (union)'].map(() => ({ tp: 0, fp: 0, fn: 0 }));
  const abGold = { tp: 0, fp: 0, fn: 0 };
  let nGold = 0;
  // 2. A against B on the new articles
  const ab = { tp: 0, fp: 0, fn: 0 };
  let exact = 0;
  let nNew = 0;
  const lines: string[] = [];
  let disputed = 0;
  let agreed = 0;
  for (const k of key) {
    const a = passes[0].get(k.sid);
    const b = passes[1].get(k.sid);
    if (a === undefined || b === undefined) continue;
    const ca = close(a);
    const cb = close(b);
    const both = new Set([...ca].filter((c) => cb.has(c)));
    const either = new Set([...ca, ...cb]);
    if (k.kind === 'gold') {
      const art = goldById.get(k.id);
      if (art === undefined) throw new Error(`key: ${k.id} is not a newsgold-dev article`);
      nGold++;
      [ca, cb, both, either].forEach((pred, i) => {
        add(vsGold[i], pred, art.gold);
      });
      add(abGold, ca, cb);
      continue;
    }
    if (goldById.has(k.id)) throw new Error(`key: new article ${k.id} is in newsgold-dev`);
    nNew++;
    add(ab, ca, cb);
    if (ca.size === cb.size && [...ca].every((c) => cb.has(c))) exact++;
    const order = (s: Set<string>) => g.codes.map((c) => c.code).filter((c) => s.has(c));
    const one = order(new Set([...either].filter((c) => !both.has(c))));
    agreed += both.size;
    disputed += one.length;
    lines.push(JSON.stringify({ id: k.id, a, b, both: order(both), one }));
  }
  mkdirSync(dirname(SILVER_FILE), { recursive: true });
  writeFileSync(SILVER_FILE, lines.length > 0 ? `${lines.join('\n')}\n` : '');
  const pc = (x: number) => (100 * x).toFixed(1);
  const row = (name: string, c: Prf) => {
    const s = f1(c);
    return `| ${name} | ${pc(s.p)} | ${pc(s.r)} | ${pc(s.f)} |`;
  };
  const md = [
    `Two independent helper passes (A, B) over ${nNew + nGold} OrangeSum articles, following newsgold-dev's GUIDELINES.md (section 2, topics); ${nGold} of them are newsgold-dev development articles (none of the locked 60) hidden among ${nNew} new OrangeSum train articles. Scored by the README protocol (IPTC ancestors added on both sides, the 35 codes).`,
    '',
    `**Against newsgold-dev's adjudicated gold** (${nGold} hidden articles; newsgold-dev's own two passes agreed at F1 0.91–0.94):`,
    '',
    '| labels | micro P | micro R | micro F1 |',
    '|---|---|---|---|',
    row('pass A', vsGold[0]),
    row('pass B', vsGold[1]),
    row('codes both gave', vsGold[2]),
    row('codes either gave', vsGold[3]),
    row('pass A against pass B (same articles)', abGold),
    '',
    `**Agreement on the ${nNew} new articles**: pass A against pass B micro F1 ${pc(f1(ab).f)} (P ${pc(f1(ab).p)}, R ${pc(f1(ab).r)}); identical code sets for ${exact} (${pc(exact / (nNew || 1))}%). Labels written: ${lines.length} articles, ${agreed} codes both gave (label 1), ${disputed} disputed codes (only one pass).`,
  ].join('\n');
  console.log(md);
  console.log(`wrote ${SILVER_FILE}`);
  recordMeasurement(
    'topics-silver',
    'npx tsx scripts/data/build-topics-silver.ts',
    md,
    'Topics: silver labels (two helper passes) and their quality',
  );
}

if (process.argv[1]?.endsWith('build-topics-silver.ts')) main();
