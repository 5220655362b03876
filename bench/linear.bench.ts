/**
 * Linear cost (issue 7): analyze() on 10 KB, 100 KB and 1 MB of real French news, cost per character
 * relative to the 10 KB run (target: within 1.3x of linear), each stage apart, garbage collection's share,
 * and the peak memory of a process analysing 1 MB.
 *
 * Adversarial shapes (issue 19, bench/shapes.ts: repeated separators, digit groups, apostrophes,
 * initials, capitalised runs, quotes, brackets) at 50 KB, 500 KB and 1 MB: createDoc() and analyze()
 * CPU per byte at 500 KB over that at 50 KB (bar: <= 1.5), analyze() CPU seconds at 1 MB (bar: <= 5 s,
 * one core) and the peak RSS of a fresh process analysing 1 MB of the shape (bar: <= 400 MB; plain Node on
 * the built library when dist/ exists, as a user runs it, else a tsx child on the sources). createDoc() is
 * timed alone (the bar: the stages read the Doc's token table and never its Token objects) and with a first
 * read of `doc.tokens` (the objects a caller who reads them pays for). The table
 * is written to docs/measurements/linear-shapes.md. `--shapes` runs only this part. `--rss-stages` runs
 * only the peak RSS at 1 MB of the shapes of most tokens stage by stage (docs/measurements/linear-rss-stages.md).
 *
 * Times are CPU times of this process (process.cpuUsage, user + system), the median of several batches:
 * on a shared machine wall time mostly measures the other processes. GC pauses are counted with a
 * PerformanceObserver. `--quick` runs fewer batches.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { recordMeasurement } from '../scripts/lib/measurements.js';
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
import { fillUnit, HOSTILE_PIECES, SHAPES } from './shapes.js';

const QUICK = process.argv.includes('--quick');
const BATCHES = QUICK ? 3 : 5;
/** Generated units timed in the fuzz part of the shapes section. */
const FUZZ_UNITS = QUICK ? 8 : 16;

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

/**
 * Peak memory and CPU of a fresh process analysing one text at 1 MB. With a build present (npm run build),
 * the child is plain Node importing dist/index.js, as a user's process would be; without one, a tsx child
 * on the sources (tsx itself holds some 50-70 MB more).
 */
const DIST = join(import.meta.dirname, '..', 'dist', 'index.js');
const bundled = existsSync(DIST);
function bigRun(name: string, text: string, options: object = {}): ReturnType<typeof spawnSync> {
  const opts = JSON.stringify({ ...options, maxLength: text.length });
  if (!bundled)
    return spawnSync(
      process.execPath,
      ['--import', 'tsx', import.meta.filename, '--shape-child', name, String(text.length), opts],
      {
        encoding: 'utf8',
      },
    );
  const dir = mkdtempSync(join(tmpdir(), 'depeche-shape-'));
  const file = join(dir, 'text.txt');
  writeFileSync(file, text);
  const script = `
    import { readFileSync } from 'node:fs';
    const { analyze } = await import(${JSON.stringify(pathToFileURL(DIST).href)});
    const text = readFileSync(${JSON.stringify(file)}, 'utf8');
    analyze('Le maire a parlé.');
    const loaded = process.resourceUsage().maxRSS * 1024;
    const c0 = process.cpuUsage();
    analyze(text, ${opts});
    const c = process.cpuUsage(c0);
    console.log(JSON.stringify({ loaded, peak: process.resourceUsage().maxRSS * 1024, cpu: (c.user + c.system) / 1000 }));`;
  try {
    return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--shape-child') {
  // peak memory and CPU of one fresh process analysing one adversarial shape
  const shape = SHAPES.find((x) => x.name === process.argv[3]);
  const text = shape?.make(Number(process.argv[4])) ?? '';
  analyze('Le maire a parlé.'); // loads the models
  const loaded = process.resourceUsage().maxRSS * 1024;
  const c0 = process.cpuUsage();
  analyze(text, JSON.parse(process.argv[5] ?? '{}'));
  const c = process.cpuUsage(c0);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ loaded, peak, cpu: (c.user + c.system) / 1000 }));
  process.exit(0);
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

/**
 * Median per-run CPU ms, wall ms and GC ms of `fn` over batches of about `volume` characters each.
 * With `keep`, the results of a batch stay alive until its end, so that a batch of small calls holds
 * as much memory as one large call: the objects of a lone small call die young and cost the garbage
 * collector almost nothing, while those of a large call are copied out of the young generation.
 */
async function measure(fn: () => unknown, size: number, volume: number, batches = BATCHES, keep = false) {
  const reps = Math.max(1, Math.round(volume / size));
  // warm-up: one batch of the same volume at either size (ten calls at 50 KB, one at 500 KB), not one call,
  // so that both sizes reach the optimising compiler and a steady heap before the batches that count
  for (let r = 0; r < reps; r++) fn();
  const runs: { cpu: number; wall: number; gc: number }[] = [];
  for (let b = 0; b < batches; b++) {
    await settle();
    const g0 = gcMs;
    const w0 = performance.now();
    const c0 = process.cpuUsage();
    const kept: unknown[] = [];
    for (let r = 0; r < reps; r++) {
      const out = fn();
      if (keep) kept.push(out);
    }
    const cpu = cpuMs(process.cpuUsage(c0)) / reps;
    const wall = (performance.now() - w0) / reps;
    kept.length = 0;
    await settle();
    runs.push({ cpu, wall, gc: (gcMs - g0) / reps });
  }
  runs.sort((x, y) => x.cpu - y.cpu);
  return runs[Math.floor(runs.length / 2)];
}

const verdict = (ratio: number) => (ratio <= 1.3 ? 'linear' : 'OVER 1.3x');

const SHAPES_ONLY = process.argv.includes('--shapes');
const RSS_STAGES = process.argv.includes('--rss-stages');

// Peak RSS stage by stage (issue 19): a fresh process per shape and per set of stages, each analysing 1 MB
// of the shapes of most tokens: the Doc alone (every stage off), each stage alone on top of it, and all of
// them. A stage's own share is its peak minus the Doc's; `analyze()` holds every stage's result until its end
// and V8 frees a stage's garbage only at its next full collection, so the shares do not add up to the whole.
if (RSS_STAGES) {
  const STAGES = ['language', 'entities', 'dates', 'topics', 'summary', 'quotes'] as const;
  const sets: [string, object][] = [
    ['Doc only', Object.fromEntries(STAGES.map((x) => [x, false]))],
    ...STAGES.map((st): [string, object] => [
      `+ ${st}`,
      Object.fromEntries(STAGES.map((x) => [x, x === st])),
    ]),
    ['all', {}],
  ];
  const names = ["'\"' quotes", "'»' closing quotes", "'(' brackets", "'-' repeated"];
  const lines: string[] = [];
  const say = (l: string) => {
    console.log(l);
    lines.push(l);
  };
  say(
    `Peak RSS (MiB) of a fresh process analysing 1 MB of each shape with only some stages on (${bundled ? 'plain Node on dist/index.js' : 'tsx on the sources'}); "loaded": before the text, with the models loaded`,
  );
  say('');
  say(`| stages | ${names.map((x) => x.replace(/\|/g, '\\|')).join(' | ')} |`);
  say(`|---|${names.map(() => '---:').join('|')}|`);
  const shapes = names.map((x) => SHAPES.find((y) => y.name === x));
  let loaded = 0;
  for (const [label, options] of sets) {
    const cells: string[] = [];
    for (const shape of shapes) {
      if (shape === undefined) {
        cells.push('?');
        continue;
      }
      const child = bigRun(shape.name, shape.make(1_000_000), options);
      if (child.status !== 0) {
        cells.push('failed');
        continue;
      }
      const m = JSON.parse(String(child.stdout).trim().split('\n').pop() ?? '{}');
      loaded = Math.max(loaded, m.loaded / 2 ** 20);
      cells.push(fmt(m.peak / 2 ** 20));
    }
    say(`| ${label} | ${cells.join(' | ')} |`);
  }
  say('');
  say(`Loaded (models, before the text): at most ${fmt(loaded)} MiB.`);
  recordMeasurement(
    'linear-rss-stages',
    'npx tsx bench/linear.bench.ts --rss-stages',
    lines.join('\n'),
    'Peak memory at 1 MB, stage by stage',
  );
  process.exit(0);
}

if (!SHAPES_ONLY) {
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
}

// 3. adversarial shapes (issue 19): CPU per byte at 500 KB over 50 KB, analyze() at 1 MB, peak RSS at 1 MB
{
  const SIZES = [50_000, 500_000, 1_000_000];
  const lines: string[] = [];
  const say = (l: string) => {
    console.log(l);
    lines.push(l);
  };
  say('');
  say(
    `Adversarial shapes: CPU ms per 100 KB (median of 9 runs for createDoc, ${BATCHES} for analyze) at 50 KB / 500 KB, the per-byte ratio (bar <= 1.5, judged on createDoc alone: analyze() and every stage read the Doc's token table, never its Token objects); "+ tokens": createDoc() then a first read of doc.tokens, which builds the Token objects (what a caller who reads them pays; a 500 KB Doc's objects outlive the young generation of the garbage collector, a 50 KB one's die in it); "kept": the 50 KB createDoc() runs of a batch (ten) kept alive until its end, so that both sizes hold the same live memory; analyze() CPU s at 1 MB in a fresh process (bar <= 5 s) and its peak RSS (bar <= 400 MB; "loaded": RSS with the models loaded, before the text)`,
  );
  say('');
  say(
    '| shape | createDoc 50 KB | 500 KB | ratio | + tokens 50 KB | 500 KB | ratio | 50 KB, kept | ratio, kept | analyze 50 KB | 500 KB | ratio | analyze 1 MB (s) | peak RSS 1 MB (loaded) |',
  );
  say('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const worst = {
    doc: 0,
    docTokens: 0,
    docKept: 0,
    fuzz: 0,
    fuzzTokens: 0,
    fuzzKept: 0,
    analyze: 0,
    seconds: 0,
    rss: 0,
  };
  // --shape=<text>: only the shapes whose name contains <text>
  const only = process.argv.find((a) => a.startsWith('--shape='))?.slice('--shape='.length);
  for (const shape of SHAPES.filter((x) => only === undefined || x.name.includes(only))) {
    // createDoc is cheap: more batches, as its median is the more easily disturbed on a loaded machine
    const per = async (fn: (t: string) => unknown, size: number, batches = BATCHES, keep = false) => {
      const t = shape.make(size);
      return ((await measure(() => fn(t), size, SIZES[1], batches, keep)).cpu / size) * 1e5;
    };
    const d50 = await per((t) => createDoc(t), SIZES[0], 9);
    const d500 = await per((t) => createDoc(t), SIZES[1], 9);
    const t50 = await per((t) => createDoc(t).tokens, SIZES[0], 9);
    const t500 = await per((t) => createDoc(t).tokens, SIZES[1], 9);
    const k50 = await per((t) => createDoc(t), SIZES[0], 9, true);
    const a50 = await per((t) => analyze(t), SIZES[0]);
    const a500 = await per((t) => analyze(t), SIZES[1]);
    const child = bigRun(shape.name, shape.make(SIZES[2]));
    let big = 'child failed';
    let cell = '';
    if (child.status === 0) {
      const m = JSON.parse(String(child.stdout).trim().split('\n').pop() ?? '{}');
      big = (m.cpu / 1000).toFixed(2);
      cell = `${fmt(m.peak / 2 ** 20)} MiB (${fmt(m.loaded / 2 ** 20)})`;
      worst.seconds = Math.max(worst.seconds, m.cpu / 1000);
      worst.rss = Math.max(worst.rss, m.peak / 2 ** 20);
    }
    worst.doc = Math.max(worst.doc, d500 / d50);
    worst.docTokens = Math.max(worst.docTokens, t500 / t50);
    worst.docKept = Math.max(worst.docKept, d500 / k50);
    worst.analyze = Math.max(worst.analyze, a500 / a50);
    say(
      `| ${shape.name.replace(/\|/g, '\\|')} | ${fmt(d50, 1)} | ${fmt(d500, 1)} | ${(d500 / d50).toFixed(2)} | ${fmt(t50, 1)} | ${fmt(t500, 1)} | ${(t500 / t50).toFixed(2)} | ${fmt(k50, 1)} | ${(d500 / k50).toFixed(2)} | ${fmt(a50, 1)} | ${fmt(a500, 1)} | ${(a500 / a50).toFixed(2)} | ${big} | ${cell} |`,
    );
  }
  // Generated shapes (fuzz, seeded): units of one to six hostile pieces, createDoc() timed at 50 KB and
  // 500 KB. The tokenizer's work is also counted per character in test/tokenize/work.test.ts; this is
  // the timed side, on a machine the reader can judge from the load figures of the header.
  if (only === undefined) {
    const units = fc.sample(
      fc.array(fc.constantFrom(...HOSTILE_PIECES), { minLength: 1, maxLength: 6 }).map((p) => p.join('')),
      { seed: 19, numRuns: FUZZ_UNITS },
    );
    say('');
    say(
      `Generated shapes (fast-check, seed 19, ${FUZZ_UNITS} units of 1 to 6 hostile pieces): createDoc() CPU ms per 100 KB at 50 KB / 500 KB (median of 9 runs) and the ratio, alone and with a first read of doc.tokens`,
    );
    say('');
    say(
      '| unit | createDoc 50 KB | 500 KB | ratio | + tokens 50 KB | 500 KB | ratio | 50 KB, kept | ratio, kept |',
    );
    say('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const u of units) {
      const per = async (size: number, keep = false, tokens = false) => {
        const t = fillUnit(u, size);
        const run = tokens
          ? () => createDoc(t, { maxLength: size }).tokens
          : () => createDoc(t, { maxLength: size });
        return ((await measure(run, size, SIZES[1], 9, keep)).cpu / size) * 1e5;
      };
      const d50 = await per(SIZES[0]);
      const d500 = await per(SIZES[1]);
      const t50 = await per(SIZES[0], false, true);
      const t500 = await per(SIZES[1], false, true);
      const k50 = await per(SIZES[0], true);
      worst.fuzz = Math.max(worst.fuzz, d500 / d50);
      worst.fuzzTokens = Math.max(worst.fuzzTokens, t500 / t50);
      worst.fuzzKept = Math.max(worst.fuzzKept, d500 / k50);
      const shown = JSON.stringify(u).replace(/\|/g, '\\|');
      say(
        `| \`${shown}\` | ${fmt(d50, 1)} | ${fmt(d500, 1)} | ${(d500 / d50).toFixed(2)} | ${fmt(t50, 1)} | ${fmt(t500, 1)} | ${(t500 / t50).toFixed(2)} | ${fmt(k50, 1)} | ${(d500 / k50).toFixed(2)} |`,
      );
    }
  }
  say('');
  const ok = (x: boolean) => (x ? 'met' : 'NOT MET');
  say(
    `Worst: createDoc ratio ${worst.doc.toFixed(2)} (${ok(worst.doc <= 1.5)}; with a first read of doc.tokens ${worst.docTokens.toFixed(2)}, not the bar: no stage reads them), with the 50 KB results kept ${worst.docKept.toFixed(2)}${only === undefined ? `; generated shapes ${worst.fuzz.toFixed(2)} (${ok(worst.fuzz <= 1.5)}; with doc.tokens ${worst.fuzzTokens.toFixed(2)}), kept ${worst.fuzzKept.toFixed(2)}` : ''}; analyze ratio ${worst.analyze.toFixed(2)} (${ok(worst.analyze <= 1.5)}), analyze at 1 MB ${worst.seconds.toFixed(2)} s (${ok(worst.seconds <= 5)}), peak RSS ${fmt(worst.rss)} MiB (${ok(worst.rss <= 400)}). ${bundled ? 'Peak RSS and analyze() at 1 MB measured in plain Node on the built library (dist/index.js).' : 'Peak RSS and analyze() at 1 MB measured through tsx on the sources (no build): tsx holds some 50-70 MB more than the built library.'}`,
  );
  // a run on some shapes only (--shape=) prints its table without replacing the recorded one
  if (only === undefined)
    recordMeasurement(
      'linear-shapes',
      `npx tsx bench/linear.bench.ts --shapes${QUICK ? ' --quick' : ''}`,
      lines.join('\n'),
      'Linear cost on adversarial input shapes',
    );
}
