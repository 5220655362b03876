/**
 * Speed of the date stage alone in several checkouts, robust to a loaded machine: extractDates() on 300
 * news articles from a ready Doc (the scanner and the resolver only) and from a string (with createDoc),
 * in CPU milliseconds per 300 articles.
 *
 *   npx tsx scripts/tools/ab-dates.ts <checkout> <checkout> [...] [--runs 5] [--label a..b..c]
 *
 * Each checkout's bundle (`<checkout>/dist/index.js`: `npm run build` there, or
 * `npx esbuild src/index.ts --bundle --format=esm --platform=neutral --outfile=dist/index.js`) is measured in
 * child processes that alternate between the checkouts, `--runs` times each. In a child, the 300 articles
 * are timed in ten blocks of 30, forty times over; each block keeps its fastest time (other processes only
 * ever add time), and the sum of the ten fastest blocks is the child's figure; the table gives the fastest
 * child and every child's figure. With --label the table is written to docs/measurements/ab-dates-<label>.md.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newsTexts } from '../../bench/corpus.js';
import { recordMeasurement } from '../lib/measurements.js';

interface Depeche {
  createDoc(text: string): object;
  extractDates(input: unknown, options: { referenceDate: Date }): unknown;
}

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** CPU ms per 300 articles, from a Doc and from a string: sums of the fastest of each block. */
async function measure(repo: string): Promise<{ doc: number; str: number }> {
  const dp = (await import(pathToFileURL(resolve(repo, 'dist', 'index.js')).href)) as Depeche;
  const texts = newsTexts(300);
  const docs = texts.map((t) => dp.createDoc(t));
  const ref = new Date(Date.UTC(2020, 0, 15));
  // a fresh Doc object per call: extractDates() caches its result per Doc object
  const fromDoc = (k: number) => dp.extractDates({ ...docs[k] }, { referenceDate: ref });
  const fromString = (k: number) => dp.extractDates(texts[k], { referenceDate: ref });
  for (let p = 0; p < 3; p++)
    for (let k = 0; k < texts.length; k++) {
      fromDoc(k);
      fromString(k);
    }
  const BLOCK = 30;
  const blocks = Math.ceil(texts.length / BLOCK);
  const best = {
    doc: new Array<number>(blocks).fill(Infinity),
    str: new Array<number>(blocks).fill(Infinity),
  };
  const time = (f: (k: number) => unknown, s: number) => {
    const c = process.cpuUsage();
    for (let k = s; k < Math.min(texts.length, s + BLOCK); k++) f(k);
    const d = process.cpuUsage(c);
    return (d.user + d.system) / 1000;
  };
  for (let b = 0; b < blocks * 4; b++) {
    const j = b % blocks;
    best.doc[j] = Math.min(best.doc[j], time(fromDoc, j * BLOCK));
    best.str[j] = Math.min(best.str[j], time(fromString, j * BLOCK));
  }
  const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
  return { doc: sum(best.doc), str: sum(best.str) };
}

const child = opt('--child');
if (child !== undefined) {
  console.log(JSON.stringify(await measure(child)));
} else {
  const repos = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const runs = Number(opt('--runs') ?? 5);
  if (repos.length < 2) {
    console.error(
      'usage: tsx scripts/tools/ab-dates.ts <checkout> <checkout> [...] [--runs 5] [--label a..b]',
    );
    process.exit(2);
  }
  const results = repos.map(() => [] as { doc: number; str: number }[]);
  for (let r = 0; r < runs; r++) {
    const order = repos.map((_, i) => i);
    if (r % 2) order.reverse();
    for (const i of order) {
      const p = spawnSync(
        process.execPath,
        [...process.execArgv, fileURLToPath(import.meta.url), '--child', repos[i]],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      );
      if (p.status !== 0) {
        console.error(p.stderr);
        process.exit(1);
      }
      results[i].push(JSON.parse(p.stdout.trim().split('\n').pop() as string));
    }
  }
  const label = opt('--label');
  const names = label?.split('..') ?? repos;
  const min = (xs: number[]) => Math.min(...xs);
  const lines = [
    `300 news articles (bench/corpus.ts); ${runs} child processes per checkout, alternating; in each, the fastest of forty passes over each block of 30 articles, summed (CPU ms per 300 articles; lower is faster). Library measured: each checkout's dist/index.js.`,
    '',
    '| checkout | extractDates from a Doc (runs) | extractDates from a string (runs) |',
    '|---|---|---|',
    ...repos.map(
      (_, i) =>
        `| \`${names[i] ?? repos[i]}\` | **${min(results[i].map((x) => x.doc)).toFixed(1)}** (${results[i].map((x) => x.doc.toFixed(0)).join(', ')}) | **${min(results[i].map((x) => x.str)).toFixed(1)}** (${results[i].map((x) => x.str.toFixed(0)).join(', ')}) |`,
    ),
  ];
  const md = lines.join('\n');
  console.log(md);
  if (label)
    recordMeasurement(
      `ab-dates-${label
        .replace(/\^/g, '-parent')
        .replace(/\.\./g, '-to-')
        .replace(/[^a-z0-9-]+/gi, '-')}`,
      `npx tsx scripts/tools/ab-dates.ts ${names.map((n) => `<checkout of ${n}>`).join(' ')} --runs ${runs} --label ${label}`,
      md,
      `Date stage speed across checkouts (${label})`,
    );
}
