/**
 * Where a queue worker's extra time goes, measured in one process so that machine noise falls on all sides
 * alike. In every block the same articles are analysed (a) in a plain loop, as `batch`'s analysis thread
 * does; (b) by a BullMQ consumer as `depeche worker` ran it before batches: 2 jobs held, each analysed in
 * its own processor call; (c) by the consumer `depeche worker` runs now (src/queue/consumer.ts
 * `analysisBatches`, `JOBS_HELD` jobs held, those that arrived together analysed back to back, half the
 * jobs held at most). (b) and (c)
 * use a real redis-server and depeche's JSON-text results; the order of the three sides rotates per block.
 * The time inside `work()` is summed for (b) and (c): the rest of their time is the queue client's.
 *
 *   npx tsx bench/queue-interleave.ts [--articles 300] [--blocks 12]
 *
 * Pinned to core 0 (redis-server on the others). Needs redis-server and OrangeSum (../shared/data).
 * Recorded in docs/measurements/queue-interleave.md.
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
import { analysisBatches } from '../src/queue/consumer.js';
import { JsonResult } from '../src/queue/json-result.js';
import work from '../src/queue/work.js';
import { JOBS_HELD } from '../src/queue/worker.js';
import { redisServerPath, startRedis } from '../test/support/redis-server.js';
import { consume, cpuMs } from './consume.js';
import { fmt, median } from './corpus.js';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '300' }, blocks: { type: 'string', default: '12' } },
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
/** GC pause milliseconds per article between `t0` and `t1` (once the observer's entries have arrived). */
async function gcPerArticle(t0: number, t1: number): Promise<number> {
  await sleep(50);
  let ms = 0;
  for (const x of pauses) if (x.start >= t0 && x.start < t1) ms += x.duration;
  return ms / N;
}

interface Side {
  wall: number;
  cpu: number;
  /** ms per article inside work() (the loop: all of it). */
  inWork: number;
  gc: number;
}

async function loop(): Promise<Side> {
  const c0 = cpuMs();
  const t0 = performance.now();
  for (const a of articles) {
    const r = work({ article: a, options });
    if (!r.ok) throw new Error(r.message);
  }
  const t1 = performance.now();
  const wall = (t1 - t0) / N;
  return { cpu: (cpuMs() - c0) / N, wall, inWork: wall, gc: await gcPerArticle(t0, t1) };
}

let inWork = 0;
const timedWork: typeof work = (task) => {
  const t = performance.now();
  const r = work(task);
  inWork += performance.now() - t;
  return r;
};

/** (b) one processor call per job, 2 held; (c) the worker's batches, JOBS_HELD held. */
async function queued(name: string, batches: boolean): Promise<Side> {
  inWork = 0;
  const t0 = performance.now();
  const analyse = analysisBatches(options, Error, Math.max(1, JOBS_HELD >> 1), timedWork);
  const r = await consume({
    bullmq,
    connection,
    name,
    jobs: articles.map((a, i) => ({ id: `a${i}`, data: { id: `a${i}`, ...a } })),
    process: batches
      ? (job) => analyse(job.data, (job.data as Article).body.length)
      : (job) => {
          const out = timedWork({ article: job.data, options });
          if (!out.ok) throw new Error(out.message);
          return new JsonResult(out.json);
        },
    concurrency: batches ? JOBS_HELD : 2,
    aroundEnqueue: {
      before: () => setAffinity(process.pid, `1-${CORES - 1}`),
      after: () => setAffinity(process.pid, '0'),
    },
    obliterate: true,
  });
  return { ...r, inWork: inWork / N, gc: await gcPerArticle(t0, performance.now()) };
}

const load0 = loadavg()[0] ?? 0;
// warm-up: every side once
await loop();
await queued('warm-b', false);
await queued('warm-c', true);
const rows: Side[][] = [];
for (let k = 0; k < BLOCKS; k++) {
  const row: Side[] = [];
  for (let i = 0; i < 3; i++) {
    const side = (i + k) % 3;
    row[side] = side === 0 ? await loop() : await queued(`block-${k}-${side}`, side === 2);
  }
  rows.push(row);
  console.error(`[bench/queue-interleave] block ${k + 1} of ${BLOCKS} done`);
}
const pct = (x: number) => `${fmt(x, 1)} %`;
const over = (r: Side[], s: number) => (r[s].wall / r[0].wall - 1) * 100;
const med = (f: (r: Side[]) => number) => median(rows.map(f));
const names = [
  'plain loop (as `batch`)',
  'consumer, 2 held, one job per call (before)',
  `consumer, ${JOBS_HELD} held, batches (\`depeche worker\`)`,
];
const md = [
  `${N} articles (OrangeSum valid, first ${N}) per block and side, ${BLOCKS} blocks after a warm-up of each side, the order of the sides rotating; pinned to core 0, redis-server on the other cores; load average ${load0.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after.`,
  '',
  '| side | ms/article (wall), median | over the loop, median of blocks (wall) | over the loop (CPU) | in `work()` | outside `work()` | GC pauses ms/article |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...[0, 1, 2].map(
    (s) =>
      `| ${names[s]} | ${fmt(
        med((r) => r[s].wall),
        2,
      )} | ${s === 0 ? '–' : `**${pct(med((r) => over(r, s)))}**`} | ${s === 0 ? '–' : pct(med((r) => (r[s].cpu / r[0].cpu - 1) * 100))} | ${fmt(
        med((r) => r[s].inWork),
        2,
      )} | ${
        s === 0
          ? '–'
          : fmt(
              med((r) => r[s].wall - r[s].inWork),
              3,
            )
      } | ${fmt(
        med((r) => r[s].gc),
        2,
      )} |`,
  ),
  '',
  `Per block, wall clock over the loop, before / now: ${rows.map((r) => `${fmt(over(r, 1), 1)} / ${fmt(over(r, 2), 1)}`).join('; ')}. Now against before, median of blocks: ${pct(med((r) => (r[2].wall / r[1].wall - 1) * 100))}.`,
  '',
  "The loop is the analysis alone, as in `batch`'s analysis thread without its hand-off and its file I/O: a consumer's time over the loop is an upper bound of the queue's cost against `batch`. Outside `work()`: BullMQ, the Redis client, the socket, and the garbage collection and cache refills their turns cost; GC pauses are this thread's, from V8's `gc` performance entries.",
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
