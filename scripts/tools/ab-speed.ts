/**
 * Speed of two checkouts of depeche, to show that a refactoring kept the speed: extractDates() beside
 * chrono-node's French parser (the ratio bench/dates.bench.ts reports) and analyze() in tokens per CPU second,
 * both from a string, on the same news articles.
 *
 *   npx tsx scripts/tools/ab-speed.ts <repo-before> <repo-after> [--runs 3] [--seconds 20] [--dist] [--label a..b]
 *
 * Each measurement is a child process that loads one checkout only (two copies in one process disturb each
 * other: an A/A run of one commit against itself gave 1.2 there); the checkouts alternate, in both orders,
 * `--runs` times each, and the medians are reported. In a child, chrono, extractDates and analyze run in small
 * slices in a seeded random order, timed in CPU time, so that load changes hit them alike. With --label (the
 * two commits) the table is written to docs/measurements/ab-speed-<label>.md.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { newsTexts } from '../../bench/corpus.js';
import { recordMeasurement } from '../lib/measurements.js';

interface Depeche {
  extractDates(text: string, options: { referenceDate: Date }): unknown;
  analyze(input: { title: string; body: string; publishedAt: Date }): { stats: { tokens: number } };
}

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const repos = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const seconds = Number(opt('--seconds') ?? 20);
const runs = Number(opt('--runs') ?? 3);
/** --dist: measure each checkout's built library (dist/index.js, run `npm run build` there first), as users run it */
const useDist = args.includes('--dist');

interface Rates {
  chrono: number;
  dates: number;
  analyze: number;
  tokensPerArticle: number;
}

/** Articles per CPU second of chrono.fr, extractDates and analyze, measured in this process. */
async function measure(repo: string): Promise<Rates> {
  const entry = useDist ? resolve(repo, 'dist', 'index.js') : resolve(repo, 'src', 'index.ts');
  const dp = (await import(pathToFileURL(entry).href)) as Depeche;
  const texts = newsTexts(300);
  const ref = new Date(Date.UTC(2020, 0, 15));
  const tokens = dp.analyze({ title: '', body: texts.join('\n\n'), publishedAt: ref }).stats.tokens;
  const fns: ((k: number) => unknown)[] = [
    (k) => chrono.fr.parse(texts[k], ref),
    (k) => dp.extractDates(texts[k], { referenceDate: ref }),
    (k) => dp.analyze({ title: '', body: texts[k], publishedAt: ref }),
  ];
  const cpu = fns.map(() => 0);
  const done = fns.map(() => 0);
  for (const f of fns) for (let k = 0; k < texts.length; k++) f(k); // warm-up
  let seed = 0x9e3779b9;
  const rand = () => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return seed / 2 ** 32;
  };
  const slots = fns.map((_, i) => i);
  const SLICE = 20;
  const t0 = performance.now();
  let round = 0;
  while (performance.now() - t0 < seconds * 1000 || round < 2) {
    for (let s = 0; s < texts.length; s += SLICE) {
      for (let n = slots.length - 1; n > 0; n--) {
        const j = Math.floor(rand() * (n + 1));
        [slots[n], slots[j]] = [slots[j], slots[n]];
      }
      for (const i of slots) {
        const c = process.cpuUsage();
        for (let k = s; k < Math.min(texts.length, s + SLICE); k++) fns[i](k);
        const d = process.cpuUsage(c);
        cpu[i] += (d.user + d.system) / 1000;
        done[i] += Math.min(SLICE, texts.length - s);
      }
    }
    round++;
  }
  const [chronoRate, dates, analyze] = done.map((n, i) => (n / cpu[i]) * 1000);
  return { chrono: chronoRate, dates, analyze, tokensPerArticle: tokens / texts.length };
}

const child = opt('--child');
if (child !== undefined) {
  console.log(JSON.stringify(await measure(child)));
} else {
  if (repos.length !== 2) {
    console.error(
      'usage: tsx scripts/tools/ab-speed.ts <repo-before> <repo-after> [--runs 3] [--seconds 20] [--label a..b]',
    );
    process.exit(2);
  }
  const results: Rates[][] = [[], []];
  for (let r = 0; r < runs; r++) {
    for (const side of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const p = spawnSync(
        process.execPath,
        [
          ...process.execArgv,
          fileURLToPath(import.meta.url),
          '--child',
          repos[side],
          '--seconds',
          String(seconds),
        ],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      );
      if (p.status !== 0) {
        console.error(p.stderr);
        process.exit(1);
      }
      results[side].push(JSON.parse(p.stdout.trim().split('\n').pop() as string) as Rates);
    }
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const ratioDates = results.map((rs) => median(rs.map((x) => x.dates / x.chrono)));
  const tokAnalyze = results.map((rs) => median(rs.map((x) => x.analyze * x.tokensPerArticle)));
  const list = (side: number, f: (x: Rates) => number) =>
    results[side].map((x) => f(x).toFixed(3)).join(', ');
  const label = opt('--label');
  const names = label?.split('..') ?? repos;
  const lines = [
    `300 news articles (bench/corpus.ts); ${runs} child processes per checkout, alternating in both orders, ${seconds} s each; medians. Library measured: ${useDist ? 'the built dist/index.js of each checkout (as users run it)' : 'the TypeScript sources through tsx (whose export getters add a cost per cross-module access that the bundle does not have)'}.`,
    '',
    '| checkout | extractDates / chrono.fr (runs) | analyze() tokens / CPU s (runs) |',
    '|---|---|---|',
    ...[0, 1].map(
      (side) =>
        `| ${side === 0 ? 'before' : 'after'}: \`${names[side]}\` | **${ratioDates[side].toFixed(3)}** (${list(side, (x) => x.dates / x.chrono)}) | **${tokAnalyze[side].toFixed(0)}** (${results[side].map((x) => (x.analyze * x.tokensPerArticle).toFixed(0)).join(', ')}) |`,
    ),
    '',
    `- after / before: extractDates-to-chrono ratio **${(ratioDates[1] / ratioDates[0]).toFixed(3)}**, analyze() **${(tokAnalyze[1] / tokAnalyze[0]).toFixed(3)}**.`,
  ];
  const md = lines.join('\n');
  console.log(md);
  if (label)
    recordMeasurement(
      `ab-speed-${useDist ? 'dist-' : ''}${label
        .replace(/\^/g, '-parent')
        .replace(/\.\./g, '-to-')
        .replace(/[^a-z0-9-]+/gi, '-')}`,
      `npx tsx scripts/tools/ab-speed.ts <checkout of ${names[0]}> <checkout of ${names[1]}> --runs ${runs} --seconds ${seconds}${useDist ? ' --dist' : ''} --label ${label}`,
      md,
      `Speed before and after a refactoring (${label})`,
    );
}
