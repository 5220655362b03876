/**
 * Linear cost (issue 7): analyze() on 10 KB, 100 KB and 1 MB of real French news, time per character
 * relative to the 10 KB run (must stay within 1.3x of linear), and peak memory of a process doing the 1 MB run.
 */
import { spawnSync } from 'node:child_process';
import * as depeche from '../src/index.js';
import { fmt, newsTexts } from './corpus.js';

const api = depeche as unknown as Record<string, (...a: unknown[]) => unknown>;
const run =
  typeof api.analyze === 'function' ? (t: string) => api.analyze(t) : (t: string) => depeche.createDoc(t);
const label = typeof api.analyze === 'function' ? 'analyze()' : 'createDoc() (analyze() not available)';

/** Real news glued into one text of exactly `size` characters, cut at a paragraph. */
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
  const size = Number(process.argv[3]);
  const text = textOfSize(size);
  const before = process.memoryUsage().rss;
  run(text);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ before, peak }));
  process.exit(0);
}

const sizes = [10_000, 100_000, 1_000_000];
const rows: { size: number; ms: number; perChar: number }[] = [];
for (const size of sizes) {
  const text = textOfSize(size);
  run(text); // warm up
  // the median of several batches, each long enough to include its share of garbage collection
  const reps = Math.max(1, Math.round(2_000_000 / size));
  const batches: number[] = [];
  for (let b = 0; b < 5; b++) {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) run(text);
    batches.push((performance.now() - t0) / reps);
  }
  const ms = batches.sort((x, y) => x - y)[2];
  rows.push({ size, ms, perChar: ms / size });
}
console.log(`${label} cost by input size (one core)`);
console.log('  size        ms/run    µs/1k chars   ratio to 10 KB');
for (const r of rows) {
  const ratio = r.perChar / rows[0].perChar;
  console.log(
    `  ${fmt(r.size).padStart(9)}  ${fmt(r.ms, 1).padStart(9)}  ${fmt(r.perChar * 1e6, 1).padStart(12)}   ${ratio.toFixed(2)}x ${ratio <= 1.3 ? '(within 1.3x: linear)' : '(OVER 1.3x)'}`,
  );
}
const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', '1000000'], {
  encoding: 'utf8',
});
if (child.status === 0) {
  const { before, peak } = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}');
  console.log(
    `  peak memory of a process analysing 1 MB: ${fmt(peak / 2 ** 20)} MiB RSS (${fmt(before / 2 ** 20)} MiB before the call)`,
  );
} else {
  console.log(`  peak memory: child failed: ${child.stderr}`);
}
