/**
 * Where a queue worker's extra time goes, measured in one process so that machine noise falls on both
 * sides alike: blocks of the same articles are analysed alternately (a) in a plain loop, as `batch`'s
 * analysis thread does, and (b) by a real BullMQ consumer (the JSON-text results of `depeche worker`,
 * 2 jobs held) on a real redis-server, whose processor runs the same `work()`. For (b) the time inside
 * `work()` is also summed: if it equals (a), the analysis is not slowed by sharing its thread with the
 * client, and the rest of (b) is the client's own cost.
 *
 *   npx tsx bench/queue-interleave.ts [--articles 300] [--blocks 6]
 *
 * Recorded in docs/measurements/queue-interleave.md.
 *
 * Pinned to core 0 (redis-server on the others). Needs redis-server; OrangeSum (../shared/data) or the
 * fixtures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import * as bullmq from 'bullmq';
import { machineLine, recordMeasurement } from '../scripts/lib/measurements.js';
import { type OrangeSumRow, readJsonl, sharedPath } from '../scripts/lib/shared-data.js';
import type { Article } from '../src/index.js';
import { JsonResult } from '../src/queue/json-result.js';
import work from '../src/queue/work.js';
import { redisServerPath, startRedis } from '../test/support/redis-server.js';
import { consume, cpuMs } from './consume.js';
import { fmt, median } from './corpus.js';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '300' }, blocks: { type: 'string', default: '6' } },
});
const N = Number(values.articles);
const BLOCKS = Number(values.blocks);
if (redisServerPath() === null) {
  console.error('[bench/queue-interleave] redis-server is not installed');
  process.exit(1);
}
const p = sharedPath('news', 'orangesum', 'valid.jsonl.gz');
if (!existsSync(p)) {
  console.error('[bench/queue-interleave] ../shared/data is missing');
  process.exit(1);
}
const articles: Article[] = readJsonl<OrangeSumRow>(p, N).map((r) => ({ title: r.title, body: r.text }));
const CORES = availableParallelism();
const setAffinity = (pid: number, cores: string) =>
  spawnSync('taskset', ['-a', '-p', '-c', cores, String(pid)], { stdio: 'ignore' });
const options = {};
setAffinity(process.pid, '0');

const redis = await startRedis();
const rpid = redis.pid();
if (rpid !== undefined) setAffinity(rpid, `1-${CORES - 1}`);
const connection = { host: '127.0.0.1', port: redis.port };

/** Garbage-collection pauses of this thread (start, duration in ms), as V8 reports them. */
const pauses: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push({ start: e.startTime, duration: e.duration });
}).observe({ entryTypes: ['gc'] });
/** GC pause milliseconds per article between `t0` and `t1` (after the observer's entries arrived). */
async function gcPerArticle(t0: number, t1: number): Promise<number> {
  await sleep(50);
  let ms = 0;
  for (const p of pauses) if (p.start >= t0 && p.start < t1) ms += p.duration;
  return ms / N;
}

async function loop(): Promise<{ cpu: number; wall: number; gc: number }> {
  const c0 = cpuMs();
  const t0 = performance.now();
  for (const a of articles) {
    const r = work({ article: a, options });
    if (!r.ok) throw new Error(r.message);
  }
  const t1 = performance.now();
  return { cpu: (cpuMs() - c0) / N, wall: (t1 - t0) / N, gc: await gcPerArticle(t0, t1) };
}

async function queued(index: number): Promise<{ cpu: number; wall: number; inWork: number; gc: number }> {
  let inWork = 0;
  const t0 = performance.now();
  const r = await consume({
    bullmq,
    connection,
    name: `interleave-${index}`,
    jobs: articles.map((a, i) => ({ id: `a${i}`, data: { id: `a${i}`, ...a } })),
    process: (job) => {
      const t = performance.now();
      const out = work({ article: job.data, options });
      inWork += performance.now() - t;
      if (!out.ok) throw new Error(out.message);
      return new JsonResult(out.json);
    },
    aroundEnqueue: {
      before: () => setAffinity(process.pid, `1-${CORES - 1}`),
      after: () => setAffinity(process.pid, '0'),
    },
    obliterate: true,
  });
  return { ...r, inWork: inWork / N, gc: await gcPerArticle(t0, performance.now()) };
}

const load0 = loadavg()[0] ?? 0;
// warm-up: both paths once
await loop();
await queued(-1);
const rows: { loop: Awaited<ReturnType<typeof loop>>; q: Awaited<ReturnType<typeof queued>> }[] = [];
for (let b = 0; b < BLOCKS; b++) {
  // alternate which side goes first
  if (b % 2 === 0) {
    const l = await loop();
    rows.push({ loop: l, q: await queued(b) });
  } else {
    const q = await queued(b);
    rows.push({ loop: await loop(), q });
  }
  console.error(`[bench/queue-interleave] block ${b + 1} of ${BLOCKS} done`);
}
const med = (f: (r: (typeof rows)[number]) => number) => median(rows.map(f));
const pct = (x: number) => `${fmt(x, 1)} %`;
const md = [
  `${N} articles (OrangeSum valid, first ${N}) per block, ${BLOCKS} blocks after a warm-up of each side; in each block the plain loop and the queue consumer analyse the same articles, the loop first in even blocks; pinned to core 0, redis-server on the other cores; load average ${load0.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after.`,
  '',
  '| block | loop ms/article (wall) | queue ms/article (wall) | of which in `work()` | queue over loop, wall | queue over loop, CPU | `work()` in the queue over the loop | GC pauses ms/article, loop / queue |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r, i) =>
      `| ${i + 1} | ${fmt(r.loop.wall, 2)} | ${fmt(r.q.wall, 2)} | ${fmt(r.q.inWork, 2)} | ${pct((r.q.wall / r.loop.wall - 1) * 100)} | ${pct((r.q.cpu / r.loop.cpu - 1) * 100)} | ${pct((r.q.inWork / r.loop.wall - 1) * 100)} | ${fmt(r.loop.gc, 2)} / ${fmt(r.q.gc, 2)} |`,
  ),
  `| **median** | ${fmt(
    med((r) => r.loop.wall),
    2,
  )} | ${fmt(
    med((r) => r.q.wall),
    2,
  )} | ${fmt(
    med((r) => r.q.inWork),
    2,
  )} | **${pct(med((r) => (r.q.wall / r.loop.wall - 1) * 100))}** | ${pct(med((r) => (r.q.cpu / r.loop.cpu - 1) * 100))} | ${pct(med((r) => (r.q.inWork / r.loop.wall - 1) * 100))} | ${fmt(
    med((r) => r.loop.gc),
    2,
  )} / ${fmt(
    med((r) => r.q.gc),
    2,
  )} |`,
  '',
  "The loop is the analysis alone, as in `batch`'s analysis thread without its hand-off and its file I/O: the queue over the loop is an upper bound of the queue over `batch`. The `work()` column tells whether the analysis itself runs slower when it shares its thread with the BullMQ client (caches, JIT); garbage collection triggered by the analysis may run between jobs instead of inside it, so the GC column (this thread's pauses, from V8's `gc` performance entries) says whether the queue makes more of it.",
].join('\n');
console.log(md);
console.log(machineLine());
recordMeasurement(
  'queue-interleave',
  `npx tsx bench/queue-interleave.ts ${process.argv.slice(2).join(' ')}`.trim(),
  md,
  'Job queue: the consumer against a plain loop, in one process',
);
await redis.dispose();
process.exit(0);
