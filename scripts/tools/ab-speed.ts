/**
 * Speed of two checkouts of depeche side by side, in one process, on the same news articles: extractDates()
 * (with chrono-node's French parser as the yardstick, as in bench/dates.bench.ts) and analyze(), both from a
 * string. Used to show that a refactoring kept the speed: give the checkout before and the one after.
 *
 *   npx tsx scripts/tools/ab-speed.ts <repo-before> <repo-after> [--seconds 20] [--label <a>..<b>]
 *
 * With --label (the two commits, e.g. c686d3b^..c686d3b) the table is also written to
 * docs/measurements/ab-speed-<label>.md.
 *
 * The contenders run in small alternating slices (20 articles each, rotating order) so that a load change on
 * a shared machine hits them alike; each slice is timed in CPU time of this process (process.cpuUsage), and
 * the per-contender sums are reported with their ratios.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { newsTexts } from '../../bench/corpus.js';
import { recordMeasurement } from '../lib/measurements.js';

interface Depeche {
  extractDates(text: string, options: { referenceDate: Date }): unknown;
  analyze(input: { title: string; body: string; publishedAt: Date }): { stats: { tokens: number } };
}

const args = process.argv.slice(2);
const repos = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (repos.length !== 2) {
  console.error('usage: tsx scripts/tools/ab-speed.ts <repo-before> <repo-after> [--seconds 20]');
  process.exit(2);
}
const seconds = args.includes('--seconds') ? Number(args[args.indexOf('--seconds') + 1]) : 20;
const [before, after] = (await Promise.all(
  repos.map((r) => import(pathToFileURL(resolve(r, 'src', 'index.ts')).href)),
)) as Depeche[];

const texts = newsTexts(300);
const ref = new Date(Date.UTC(2020, 0, 15));
const tokens = before.analyze({ title: '', body: texts.join('\n\n'), publishedAt: ref }).stats.tokens;

const runners: [string, (k: number) => unknown][] = [
  ['chrono.fr', (k) => chrono.fr.parse(texts[k], ref)],
  ['extractDates before', (k) => before.extractDates(texts[k], { referenceDate: ref })],
  ['extractDates after', (k) => after.extractDates(texts[k], { referenceDate: ref })],
  ['analyze before', (k) => before.analyze({ title: '', body: texts[k], publishedAt: ref })],
  ['analyze after', (k) => after.analyze({ title: '', body: texts[k], publishedAt: ref })],
];
const cpu = new Map<string, number>(runners.map(([n]) => [n, 0]));
const done = new Map<string, number>(runners.map(([n]) => [n, 0]));
for (const [, f] of runners) for (let k = 0; k < texts.length; k++) f(k); // warm-up

const SLICE = 20;
const t0 = performance.now();
let round = 0;
while (performance.now() - t0 < seconds * 1000 || round < 2) {
  for (let s = 0; s < texts.length; s += SLICE) {
    const r = round % runners.length;
    for (const [name, f] of [...runners.slice(r), ...runners.slice(0, r)]) {
      const c = process.cpuUsage();
      for (let k = s; k < Math.min(texts.length, s + SLICE); k++) f(k);
      const d = process.cpuUsage(c);
      cpu.set(name, (cpu.get(name) ?? 0) + (d.user + d.system) / 1000);
      done.set(name, (done.get(name) ?? 0) + Math.min(SLICE, texts.length - s));
    }
  }
  round++;
}
const perSec = (n: string) => ((done.get(n) ?? 0) / (cpu.get(n) ?? 1)) * 1000;
const tokPerArticle = tokens / texts.length;
const ratio = (a: string, b: string) => (perSec(a) / perSec(b)).toFixed(3);
const label = args.includes('--label') ? args[args.indexOf('--label') + 1] : null;
const lines = [
  `${texts.length} news articles (bench/corpus.ts), ${round} rounds of alternating slices, CPU time of one process per contender.`,
  `Before: \`${label?.split('..')[0] ?? repos[0]}\`; after: \`${label?.split('..')[1] ?? repos[1]}\`.`,
  '',
  '| contender | articles / CPU s | tokens / CPU s |',
  '|---|---:|---:|',
  ...runners.map(([n]) => `| ${n} | ${perSec(n).toFixed(0)} | ${(perSec(n) * tokPerArticle).toFixed(0)} |`),
  '',
  `- extractDates / chrono.fr: before **${ratio('extractDates before', 'chrono.fr')}**, after **${ratio('extractDates after', 'chrono.fr')}**`,
  `- after / before: extractDates **${ratio('extractDates after', 'extractDates before')}**, analyze() **${ratio('analyze after', 'analyze before')}**`,
];
const md = lines.join('\n');
console.log(md);
if (label)
  recordMeasurement(
    `ab-speed-${label.replace(/[^a-z0-9]+/gi, '-')}`,
    `npx tsx scripts/tools/ab-speed.ts <checkout of ${label.split('..')[0]}> <checkout of ${label.split('..')[1]}> --label ${label}`,
    md,
    `Speed before and after a refactoring (${label})`,
  );
