/**
 * Linear cost (issue 7): analyze() on 10 KB, 100 KB and 1 MB of real French news, cost per character
 * relative to the 10 KB run (target: within 1.3x of linear), each stage apart, garbage collection's share,
 * hostile shapes of text at two sizes, and the peak memory of a process analysing 1 MB.
 *
 * Times are CPU times of this process (process.cpuUsage, user + system), the median of several batches:
 * on a shared machine wall time mostly measures the other processes. GC pauses are counted with a
 * PerformanceObserver. `--quick` runs fewer batches.
 */
import { spawnSync } from 'node:child_process';
import { PerformanceObserver } from 'node:perf_hooks';
import {
  analyze,
  createDoc,
  type Doc,
  detectLanguage,
  extractDates,
  extractEntities,
  groupEntities,
  summarize,
  tagTopics,
} from '../src/index.js';
import { fmt, newsTexts } from './corpus.js';

const QUICK = process.argv.includes('--quick');
const BATCHES = QUICK ? 3 : 5;

/** Real news glued into one text of exactly `size` characters. */
function textOfSize(size: number): string {
  const parts: string[] = [];
  let len = 0;
  const texts = newsTexts(3000);
  for (let i = 0; len < size; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    len += t.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

if (process.argv[2] === '--child') {
  // peak memory of one fresh process analysing one text
  const size = Number(process.argv[3]);
  const text = textOfSize(size);
  const before = process.memoryUsage().rss;
  analyze('Le maire a parlé.'); // loads the models
  const loaded = process.memoryUsage().rss;
  const peakLoaded = process.resourceUsage().maxRSS * 1024;
  const r = analyze(text);
  const peak = process.resourceUsage().maxRSS * 1024;
  const heap = process.memoryUsage().heapUsed;
  console.log(JSON.stringify({ before, loaded, peakLoaded, peak, heap, entities: r.entities?.length }));
  process.exit(0);
}

let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });

const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

/** Lets the event loop turn, so that the GC observer has been told of the pauses so far. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Median per-run CPU ms, wall ms and GC ms of `fn` over batches of about `volume` characters each. */
async function measure(fn: () => unknown, size: number, volume: number) {
  fn(); // warm up
  const reps = Math.max(1, Math.round(volume / size));
  const runs: { cpu: number; wall: number; gc: number }[] = [];
  for (let b = 0; b < BATCHES; b++) {
    await settle();
    const g0 = gcMs;
    const w0 = performance.now();
    const c0 = process.cpuUsage();
    for (let r = 0; r < reps; r++) fn();
    const cpu = cpuMs(process.cpuUsage(c0)) / reps;
    const wall = (performance.now() - w0) / reps;
    await settle();
    runs.push({ cpu, wall, gc: (gcMs - g0) / reps });
  }
  runs.sort((x, y) => x.cpu - y.cpu);
  return runs[Math.floor(runs.length / 2)];
}

const verdict = (ratio: number) => (ratio <= 1.3 ? 'linear' : 'OVER 1.3x');

// 1. analyze() by size
const sizes = [10_000, 100_000, 1_000_000];
const texts = new Map(sizes.map((s) => [s, textOfSize(s)]));
console.log(`analyze() cost by input size: CPU time, median of ${BATCHES} batches (one core)`);
console.log('       size   CPU ms/run  CPU ms/MB   ratio to 10 KB        wall ms/run   GC (of CPU)');
const rows: { size: number; cpu: number; wall: number; gc: number }[] = [];
for (const size of sizes) {
  const t = texts.get(size) ?? '';
  rows.push({ size, ...(await measure(() => analyze(t), size, QUICK ? 1_000_000 : 2_000_000)) });
}
const base = rows[0].cpu / rows[0].size;
for (const r of rows) {
  const ratio = r.cpu / r.size / base;
  const left = `  ${fmt(r.size).padStart(9)}  ${fmt(r.cpu, 1).padStart(11)}  ${fmt((r.cpu / r.size) * 1e6).padStart(9)}   ${ratio.toFixed(2)}x (${verdict(ratio)})`;
  console.log(
    `${left.padEnd(70)}${fmt(r.wall, 1).padStart(11)}   ${((r.gc / r.cpu) * 100).toFixed(0).padStart(5)} %`,
  );
}

// 2. each stage on a shared Doc
const stages: [string, (doc: Doc, text: string) => unknown][] = [
  ['createDoc', (_d, t) => createDoc(t)],
  ['language', (d) => detectLanguage(d)],
  ['entities', (d) => groupEntities(extractEntities(d, { referenceDate: '2025-11-25' }))],
  ['dates', (d) => extractDates(d, { referenceDate: '2025-11-25' })],
  ['topics', (d) => tagTopics(d)],
  ['summary', (d) => summarize(d)],
];
console.log('\nEach stage on a shared Doc: CPU ms per MB at 10 KB / 100 KB / 1 MB, and the 1 MB ratio');
for (const [name, fn] of stages) {
  const perMb: number[] = [];
  for (const size of sizes) {
    const t = texts.get(size) ?? '';
    const doc = createDoc(t);
    perMb.push(((await measure(() => fn(doc, t), size, 1_000_000)).cpu / size) * 1e6);
  }
  const ratio = perMb[2] / perMb[0];
  const note = name === 'language' ? '(reads the first 1,024 characters only)' : verdict(ratio);
  console.log(
    `  ${name.padEnd(10)} ${perMb.map((x) => fmt(x).padStart(6)).join(' ')}   ${ratio.toFixed(2)}x ${note}`,
  );
}

// 3. hostile shapes: cost per character at 50 KB and 200 KB (4x), beyond which a quadratic step shows
const fill = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const news = textOfSize(20_000);
const shapes: [string, string][] = [
  ['news in capitals', news.toUpperCase()],
  ['news without spaces', news.replace(/\s+/g, '')],
  ['news without punctuation', news.replace(/[\p{P}]/gu, '')],
  ['one name, many mentions', 'Emmanuel Macron a parlé. '],
  ['initials (E. Macron)', 'Selon E. Macron, tout va bien. '],
  ['dates in one sentence', 'le 12 mars, puis le 3 avril à 14 heures, '],
  ['parentheses', '('],
  ['". " repeated', '. '],
  ['HTML', '<p>Le <b>maire</b> de Paris.</p>'],
  ['emoji ZWJ', '👨‍👩‍👧 '],
];
console.log(
  '\nHostile shapes: analyze() CPU ms per 100 KB at 50 KB and 200 KB, and the ratio (1.0 = linear)',
);
for (const [name, unit] of shapes) {
  const per: number[] = [];
  for (const n of [50_000, 200_000]) {
    const t = fill(unit, n);
    per.push(((await measure(() => analyze(t), n, 200_000)).cpu / n) * 1e5);
  }
  const [a, b] = per;
  const ratio = b / a;
  console.log(
    `  ${name.padEnd(26)} ${fmt(a).padStart(7)} ${fmt(b).padStart(7)}   ${ratio.toFixed(2)}x ${verdict(ratio)}`,
  );
}

// 4. memory
const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', '1000000'], {
  encoding: 'utf8',
});
if (child.status === 0) {
  const m = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}');
  const mib = (x: number) => `${fmt(x / 2 ** 20)} MiB`;
  console.log(
    `\nMemory of a fresh process (RSS): ${mib(m.before)} at start, ${mib(m.loaded)} with the models loaded, peak ${mib(m.peak)} while analysing 1 MB (${fmt(m.entities)} entities)`,
  );
} else {
  console.log(`\npeak memory: child failed: ${child.stderr}`);
}
