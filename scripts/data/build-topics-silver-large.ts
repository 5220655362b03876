/**
 * Builds data/topics/silver/labels-train-large.jsonl, the labels of the subject text model of tagTopics()
 * (scripts/train/fit-topics-text.ts), from a single-pass helper annotation of OrangeSum train articles in
 * batches (drawn by scripts/data/draw-topics-silver.ts, annotated under newsgold-dev's GUIDELINES.md,
 * section 2), and measures their quality first: each batch's labels against newsgold-dev's adjudicated gold
 * on the newsgold-dev *development* articles hidden in it (never the locked 60), by the README protocol
 * (IPTC ancestors added on both sides, the 35 codes).
 *
 *   npx tsx scripts/data/build-topics-silver-large.ts [--dir data/topics/silver/large]
 *   npx tsx scripts/data/build-topics-silver-large.ts --winer   (data/topics/silver/second-publisher → labels-second-publisher.jsonl)
 *
 * Inputs (committed, our own labels, no article text): DIR/out-K.jsonl (`{id: "bK-001", topics, note?}`) and
 * DIR/key-N.json (`[{sid, id, kind: 'new' | 'gold'}]`, one per draw). Output: one line `{id, topics}` per new article (the
 * OrangeSum id and the codes as given); the texts stay in ../shared/data (CC BY-SA 4.0).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { recordMeasurement } from '../lib/measurements.js';
import { readJsonl } from '../lib/shared-data.js';
import { loadGold, prf } from '../lib/topics-gold.js';
import { SILVER_LARGE_FILE, SILVER_SECOND_PUBLISHER_FILE } from '../lib/topics-silver.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Counts of code matches. */
type Counts = { tp: number; fp: number; fn: number };

function main(): void {
  const winer = process.argv.includes('--winer');
  const i = process.argv.indexOf('--dir');
  const dir = resolve(
    ROOT,
    i > 0
      ? (process.argv[i + 1] ?? '')
      : winer
        ? 'data/topics/silver/second-publisher'
        : 'data/topics/silver/large',
  );
  const outFile = winer ? SILVER_SECOND_PUBLISHER_FILE : SILVER_LARGE_FILE;
  const source = winer ? 'WiNER-fr (French Wikinews 2016–2017)' : 'OrangeSum train';
  const keyFiles = existsSync(dir) ? readdirSync(dir).filter((f) => /^key-\d+\.json$/.test(f)) : [];
  if (keyFiles.length === 0) {
    console.error(`build-topics-silver-large: no key-N.json in ${dir}`);
    process.exit(1);
  }
  const g = loadGold();
  if (g === null) process.exit(1);
  const valid = new Set(g.codes.map((c) => c.code));
  const key = new Map(
    keyFiles.flatMap((f) =>
      (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { sid: string; id: string; kind: string }[]).map(
        (k) => [k.sid, k] as const,
      ),
    ),
  );
  const goldById = new Map(g.articles.map((a) => [a.id, a]));
  const close = (codes: readonly string[]) => new Set(codes.flatMap(g.closure));
  const files = readdirSync(dir)
    .filter((f) => /^out-\d+\.jsonl$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
  const lines: string[] = [];
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const rows: string[] = [];
  let nNew = 0;
  let nCodes = 0;
  let nGold = 0;
  for (const f of files) {
    const c: Counts = { tp: 0, fp: 0, fn: 0 };
    let hidden = 0;
    let n = 0;
    for (const r of readJsonl<{ id: string; topics: string[] }>(join(dir, f))) {
      const k = key.get(r.id);
      if (k === undefined) throw new Error(`${f}: ${r.id} is not in the key`);
      const bad = r.topics.filter((t) => !valid.has(t));
      if (bad.length > 0) throw new Error(`${f} ${r.id}: codes outside the 35: ${bad.join(' ')}`);
      if (k.kind === 'gold') {
        const art = goldById.get(k.id);
        if (art === undefined) throw new Error(`key: ${k.id} is not a newsgold-dev article`);
        const pred = close(r.topics);
        for (const x of pred) if (art.gold.has(x)) c.tp++;
        for (const x of pred) if (!art.gold.has(x)) c.fp++;
        for (const x of art.gold) if (!pred.has(x)) c.fn++;
        hidden++;
        continue;
      }
      if (goldById.has(k.id)) throw new Error(`key: new article ${k.id} is in newsgold-dev`);
      n++;
      nCodes += r.topics.length;
      lines.push(JSON.stringify({ id: k.id, topics: r.topics }));
    }
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    nNew += n;
    nGold += hidden;
    const s = prf(c.tp, c.fp, c.fn);
    const pc = (x: number) => (100 * x).toFixed(1);
    rows.push(`| ${f} | ${n} | ${hidden} | ${pc(s.p)} | ${pc(s.r)} | ${pc(s.f)} |`);
  }
  lines.sort();
  writeFileSync(outFile, lines.length > 0 ? `${lines.join('\n')}\n` : '');
  const s = prf(total.tp, total.fp, total.fn);
  const pc = (x: number) => (100 * x).toFixed(1);
  const md = [
    `Single-pass helper labels of ${nNew} ${source} articles in ${files.length} batches (one annotator per batch, newsgold-dev's GUIDELINES.md section 2), ${(nCodes / (nNew || 1)).toFixed(2)} codes per article as given (before ancestors). Each batch hides newsgold-dev development articles (none of the locked 60), scored against the adjudicated gold by the README protocol (IPTC ancestors on both sides, the 35 codes); newsgold-dev's own two passes agreed at F1 0.91–0.94.`,
    '',
    '| batch | new articles | hidden gold | micro P | micro R | micro F1 |',
    '|---|---|---|---|---|---|',
    ...rows,
    `| all | ${nNew} | ${nGold} | ${pc(s.p)} | ${pc(s.r)} | ${pc(s.f)} |`,
  ].join('\n');
  console.log(md);
  console.log(`wrote ${outFile} (${lines.length} articles)`);
  recordMeasurement(
    winer ? 'topics-silver-second-publisher' : 'topics-silver-large',
    `npx tsx scripts/data/build-topics-silver-large.ts${winer ? ' --winer' : ''}`,
    md,
    `Topics: single-pass silver labels of the text model${winer ? ' (WiNER-fr, another publisher)' : ''} and their quality`,
  );
}

if (process.argv[1]?.endsWith('build-topics-silver-large.ts')) main();
