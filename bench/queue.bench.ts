/**
 * depeche on a job queue: throughput of `depeche worker` processes on a real redis-server (started here on
 * a free loopback port) against `depeche batch` on the same articles.
 *
 *   npm run build && npx tsx bench/queue.bench.ts [--articles 2000] [--runs 1] [--pairs 0] [--warmup 1000]
 *     [--scaling K]  (only the 2-process scaling, K alternations with batch as a control: queue-scaling.md)
 *     [--node-flags="--max-semi-space-size=32"]
 *
 * - batch: `depeche batch -c 1` on N articles, minus the same command on 20 articles (process start and
 *   model loading), i.e. the analysis time of N − 20 articles on one thread;
 * - queue P×1: P worker processes of 1 thread each, started and warmed up on the same 20 articles; the
 *   N articles are enqueued while the queue is paused (timed apart), and the clock runs from resume()
 *   until the last job's completion time (its finishedOn, read from Redis).
 * Overhead per article = queue 1×1 time per article − batch time per article, as a share of the latter,
 * in wall clock and in CPU time (the depeche process; and with redis-server's CPU added), both with the
 * 1-thread runs pinned to one core and unpinned (see PINNING below). The 2-process run is not pinned.
 * `--warmup W` measures processes that have run for a while: every depeche process first analyses W other
 * articles (OrangeSum train), not timed — batch: the command on W + N articles minus the command on the W;
 * queue: P × W warm-up jobs before the timed N. A fresh process keeps re-optimising its code (V8's JIT) for
 * about a thousand articles (docs/measurements/jit-warmup.md), and P processes pay that each; a worker that
 * runs for hours pays it once. Recorded apart (queue-warm.md).
 * `--node-flags` are given to every depeche process started (batch and workers), for experiments; such a
 * run is recorded apart (queue-experiment.md).
 * Needs the built CLI (dist/) and redis-server; OrangeSum (../shared/data) or else the fixtures repeated.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, getPriority, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { machineLine, recordMeasurement } from '../scripts/lib/measurements.js';
import { type OrangeSumRow, readJsonl, sharedPath } from '../scripts/lib/shared-data.js';
import type { Article } from '../src/index.js';
import { connectionOptions, enqueueArticles, openQueue } from '../src/queue/index.js';
import { BUILT_IS_FRESH } from '../test/support/cli.js';
import { procCpuSeconds, redisServerPath, startRedis } from '../test/support/redis-server.js';
import { fmt, median } from './corpus.js';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '1' },
    pairs: { type: 'string', default: '0' },
    'node-flags': { type: 'string', default: '' },
    warmup: { type: 'string', default: '0' },
    scaling: { type: 'string', default: '0' },
  },
});
/** `--scaling K`: only the 2-core scaling, K alternations (see SCALING below). */
const SCALING = Number(values.scaling);
/** Articles each process analyses before the clock starts (0: the 20-article warm-up only). */
const WARMUP = Number(values.warmup);
const N = Number(values.articles);
const RUNS = Number(values.runs);
/** Extra pinned (batch, queue 1 × 1) pairs, beyond the one of each run, for the paired overhead. */
const PAIRS = Number(values.pairs);
const CLI = join(root, 'dist', 'cli.js');

if (!BUILT_IS_FRESH) {
  console.error('[bench/queue] dist/ is missing or older than src/: run `npm run build` first');
  process.exit(1);
}
if (redisServerPath() === null) {
  console.error('[bench/queue] redis-server is not installed (apt-get install redis-server)');
  process.exit(1);
}

function corpus(n: number): { articles: Article[]; source: string } {
  const p = sharedPath('news', 'orangesum', 'valid.jsonl.gz');
  if (existsSync(p)) {
    const rows = readJsonl<OrangeSumRow>(p, n);
    if (rows.length >= n)
      return {
        articles: rows.map((r, i) => ({ id: `os-${i}-${r.id}`, title: r.title, body: r.text })),
        source: `OrangeSum valid, first ${n} articles`,
      };
  }
  console.error('[bench/queue] ../shared/data is missing: benchmarking on the fixture articles repeated');
  const dir = join(root, 'fixtures');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  return {
    articles: Array.from({ length: n }, (_, i) => ({
      id: `fx-${i}`,
      body: `${texts[i % texts.length]}\n\nDépêche ${i}.`,
    })),
    source: `the ${texts.length} fixture articles repeated to ${n}`,
  };
}

/** W warm-up articles, none of the timed ones: OrangeSum train, else the timed corpus's under other ids. */
function warmupArticles(w: number): Article[] {
  if (w === 0) return [];
  const p = sharedPath('news', 'orangesum', 'train.jsonl.gz');
  if (existsSync(p)) {
    const rows = readJsonl<OrangeSumRow>(p, w);
    if (rows.length >= w)
      return rows.map((r, i) => ({ id: `warm-${i}-${r.id}`, title: r.title, body: r.text }));
  }
  return Array.from({ length: w }, (_, i) => ({ ...articles[i % articles.length], id: `warm-${i}` }));
}

const { articles, source } = corpus(N);
const warmups = warmupArticles(WARMUP);
const tmp = mkdtempSync(join(tmpdir(), 'depeche-qbench-'));
const jsonl = (xs: readonly Article[]) => `${xs.map((a) => JSON.stringify(a)).join('\n')}\n`;
const input = join(tmp, 'in.jsonl');
// with a warm-up, batch runs on the W warm-up articles then the N (minus the W alone)
writeFileSync(input, jsonl(WARMUP > 0 ? [...warmups, ...articles] : articles));
const head = join(tmp, 'head.jsonl');
writeFileSync(head, jsonl(WARMUP > 0 ? warmups : articles.slice(0, 20)));

/** Wall and CPU seconds (user + system, with children) of one command, through bash's `time`. */
function timed(args: string[]): { wall: number; cpu: number } {
  const quoted = args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const r = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; time ${quoted} > /dev/null`], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`failed: ${args.join(' ')}\n${r.stderr}`);
  const [wall, user, sys] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { wall: wall ?? Number.NaN, cpu: (user ?? 0) + (sys ?? 0) };
}

/**
 * PINNING. "Pinned": the 1-thread runs (batch, and the 1-process worker, main thread included) get core 0
 * alone (`taskset -c 0`), while redis-server and this script (enqueueing, polling) are kept off core 0 —
 * as on a newsroom's cluster, where Redis is another machine. "Unpinned": nothing is pinned; the worker's
 * helper threads (V8's concurrent GC, batch's main thread with its file I/O) may run on another core beside
 * the analysis thread. (The worker's Redis I/O runs in the analysis thread itself, which consumes its jobs.)
 */
const CORES = availableParallelism();
/** Node/V8 flags given to every depeche process the bench starts (`--node-flags "--single-threaded-gc"`). */
const NODE_FLAGS = (values['node-flags'] ?? '').split(/\s+/).filter(Boolean);
const canPin = CORES > 1 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
if (!canPin) console.error('[bench/queue] taskset not found or 1 core: the "pinned" runs are not pinned');
const OTHER_CORES = `1-${CORES - 1}`;
const pinTo = (pinned: boolean) => (pinned && canPin ? ['taskset', '-c', '0'] : []);
/** Moves a running process (all its threads) to the cores given. */
function setAffinity(pid: number, cores: string): void {
  if (canPin) spawnSync('taskset', ['-a', '-p', '-c', cores, String(pid)], { stdio: 'ignore' });
}
const ALL_CORES = `0-${CORES - 1}`;

let resultBytes = 0;

interface Timing {
  wall: number;
  /** CPU seconds of the depeche process (all its threads). */
  cpu: number;
  /** CPU seconds of redis-server (queue runs). */
  redisCpu: number;
  /** Seconds taken by enqueueArticles() for the N articles (queue runs). */
  enqueue?: number;
}

function batchRun(pinned: boolean, threads = 1): Timing {
  const cmd = (f: string) => [
    ...pinTo(pinned),
    process.execPath,
    ...NODE_FLAGS,
    CLI,
    'batch',
    f,
    '-c',
    String(threads),
    '-q',
    '-o',
    join(tmp, 'out.jsonl'),
  ];
  const small = timed(cmd(head));
  const full = timed(cmd(input));
  resultBytes = statSync(join(tmp, 'out.jsonl')).size / (N + WARMUP);
  return { wall: full.wall - small.wall, cpu: full.cpu - small.cpu, redisCpu: 0 };
}

async function queueRun(processes: number, pinned: boolean): Promise<Timing> {
  const redis = await startRedis();
  const redisPid = redis.pid();
  if (pinned && redisPid !== undefined) setAffinity(redisPid, OTHER_CORES);
  if (pinned) setAffinity(process.pid, OTHER_CORES);
  const queue = `bench-${processes}`;
  const workers: { child: ChildProcess; err: string; exited: Promise<void> }[] = [];
  try {
    for (let i = 0; i < processes; i++) {
      const argv = [
        process.execPath,
        ...NODE_FLAGS,
        CLI,
        'worker',
        '--redis',
        redis.url,
        '--queue',
        queue,
        '-c',
        '1',
      ];
      if (processes === 1) argv.unshift(...pinTo(pinned));
      const child = spawn(argv[0] as string, argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
      const w = { child, err: '', exited: new Promise<void>((r) => child.once('exit', () => r())) };
      child.stderr?.on('data', (d: Buffer) => {
        w.err += d.toString();
      });
      workers.push(w);
    }
    while (!workers.every((w) => w.err.includes('depeche worker: ready'))) {
      if (workers.some((w) => w.child.exitCode !== null))
        throw new Error(workers.map((w) => w.err).join('\n'));
      await new Promise((r) => setTimeout(r, 50));
    }
    const q = await openQueue({ connection: redis.url, queue });
    // polled slowly (the end time comes from Redis, below), so that polling costs the workers nothing
    const until = async (n: number) => {
      for (;;) {
        const c = await q.counts();
        if (c.completed + c.failed >= n) return;
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    // warm-up, as batch's 20-article run: the same 20 articles under other ids, not timed; with --warmup,
    // W articles per process
    const warm =
      WARMUP > 0
        ? Array.from({ length: processes }, (_, p) =>
            warmups.map((a) => ({ ...a, id: `${p}-${String(a.id)}` })),
          ).flat()
        : articles.slice(0, 20).map((a) => ({ ...a, id: `warm-${String(a.id)}` }));
    await enqueueArticles({ connection: redis.url, queue }, warm);
    await until(warm.length);
    // The N jobs are enqueued while the queue is paused (the producer's work, timed apart), then the clock
    // runs from resume() until they are all completed: the workers' throughput, without the latency of the
    // first enqueue chunk (batch's clock, likewise, leaves out its fixed costs).
    const raw = new Queue(queue, { connection: connectionOptions(redis.url) });
    await raw.pause();
    const e0 = performance.now();
    await enqueueArticles({ connection: redis.url, queue }, articles);
    const enqueue = (performance.now() - e0) / 1000;
    const cpu0 = workers.map((w) => procCpuSeconds(w.child.pid as number));
    const redisCpu0 = redis.cpuSeconds();
    const t0 = Date.now();
    await raw.resume();
    await until(warm.length + N);
    const redisCpu = redis.cpuSeconds() - redisCpu0;
    const cpu = workers.reduce((s, w, i) => s + procCpuSeconds(w.child.pid as number) - (cpu0[i] ?? 0), 0);
    // the end: the last job's finishedOn (the score of BullMQ's completed set, in ms, same clock)
    const last = await (await raw.client).zrange(raw.toKey('completed'), -1, -1, { WITHSCORES: true });
    const wall = (Number(last[1]) - t0) / 1000;
    if (!(wall > 0)) throw new Error(`no completion time in Redis (${JSON.stringify(last)})`);
    await q.close();
    await raw.close();
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    return { wall, cpu, redisCpu, enqueue };
  } finally {
    if (pinned) setAffinity(process.pid, ALL_CORES);
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    await redis.dispose();
  }
}

/** The lowest of each figure over the runs (the least disturbed by other load on the machine). */
const best = (xs: Timing[]): Timing => ({
  wall: Math.min(...xs.map((x) => x.wall)),
  cpu: Math.min(...xs.map((x) => x.cpu)),
  redisCpu: Math.min(...xs.map((x) => x.redisCpu)),
  enqueue: Math.min(...xs.map((x) => x.enqueue ?? Number.POSITIVE_INFINITY)),
});

/**
 * How this bench was scheduled, when it was given priority over other work on the machine (`nice -n -N`
 * only counts within a session where the kernel groups tasks by session; `chrt -r 1` always does).
 */
const SCHEDULING = (() => {
  const policy = /policy: (\w+)/.exec(
    spawnSync('chrt', ['-p', String(process.pid)], { encoding: 'utf8' }).stdout ?? '',
  )?.[1];
  if (policy !== undefined && policy !== 'SCHED_OTHER')
    return `under the real-time policy ${policy} (\`chrt\`)`;
  return getPriority() < 0 ? `at scheduling priority nice ${getPriority()}` : '';
})();
const loadBefore = loadavg()[0] ?? 0;
/**
 * SCALING (`--scaling K`): the issue's second bar alone, measured as a median. K alternations of the queue
 * 1 × 1 (pinned) and 2 × 1 (unpinned) runs, each with a control that has no queue at all: `batch -c 1` (pinned)
 * and `batch -c 2` (unpinned) on the same articles; the order within an alternation rotates. A single 2-process
 * run varies by 15 % or more on a shared 2-core VM, and so does batch's own 2-thread speed-up; the median
 * ratio over alternations, beside batch's, tells the queue's scaling from the machine's.
 */
if (SCALING > 0) {
  const rows: { q1: number; q2: number; b1: number; b2: number }[] = [];
  for (let k = 0; k < SCALING; k++) {
    const steps: (() => Promise<number>)[] = [
      async () => (await queueRun(1, true)).wall,
      async () => (await queueRun(2, false)).wall,
      async () => batchRun(true).wall,
      async () => batchRun(false, 2).wall,
    ];
    const got: number[] = [];
    for (let i = 0; i < steps.length; i++) {
      const j = (i + k) % steps.length;
      got[j] = await (steps[j] as () => Promise<number>)();
    }
    rows.push({ q1: got[0] as number, q2: got[1] as number, b1: got[2] as number, b2: got[3] as number });
    console.error(`[bench/queue] scaling alternation ${k + 1} of ${SCALING} done`);
  }
  rmSync(tmp, { recursive: true, force: true });
  const qRatio = (r: (typeof rows)[number]) => r.q1 / r.q2;
  const bRatio = (r: (typeof rows)[number]) => r.b1 / r.b2;
  const md = [
    `${N} articles (${source}); ${SCALING} alternations, fresh processes${SCHEDULING ? `, ${SCHEDULING}` : ''}; load average ${loadBefore.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after. Queue: 1 process × 1 thread pinned to one core against 2 processes × 1 thread (unpinned), as in [queue.md](queue.md); control without a queue: \`depeche batch -c 1\` pinned against \`-c 2\` (unpinned), its clock net of a 20-article run.`,
    '',
    '| alternation | queue 1 × 1 s | queue 2 × 1 s | **queue: 2 processes / 1** | batch -c 1 s | batch -c 2 s | batch: 2 threads / 1 |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r, i) =>
        `| ${i + 1} | ${fmt(r.q1, 2)} | ${fmt(r.q2, 2)} | ${fmt(qRatio(r), 2)}× | ${fmt(r.b1, 2)} | ${fmt(r.b2, 2)} | ${fmt(bRatio(r), 2)}× |`,
    ),
    `| **median** | | | **${fmt(median(rows.map(qRatio)), 2)}×** | | | ${fmt(median(rows.map(bRatio)), 2)}× |`,
    '',
    'The bar: 2 processes ≥ 1.6× the throughput of 1 (same articles, this 2-core machine).',
  ].join('\n');
  console.log(md);
  console.log(`\n${machineLine()}`);
  recordMeasurement(
    'queue-scaling',
    `npm run build && npx tsx bench/queue.bench.ts ${process.argv.slice(2).join(' ')}`.trim(),
    md,
    'Job queue: 2 worker processes against 1, with batch as a control',
  );
  process.exit(0);
}
const runs = { batchPinned: [] as Timing[], q1Pinned: [] as Timing[], batchFree: [] as Timing[] };
const more = { q1Free: [] as Timing[], q2: [] as Timing[] };
for (let r = 0; r < RUNS; r++) {
  runs.batchPinned.push(batchRun(true));
  runs.q1Pinned.push(await queueRun(1, true));
  runs.batchFree.push(batchRun(false));
  more.q1Free.push(await queueRun(1, false));
  more.q2.push(await queueRun(2, false));
}
// --pairs: more pinned pairs, queue first in every other one, so that a drift of the machine's speed
// during the bench does not always favour the same side
for (let r = 0; r < PAIRS; r++) {
  if (r % 2 === 0) {
    runs.q1Pinned.push(await queueRun(1, true));
    runs.batchPinned.push(batchRun(true));
  } else {
    runs.batchPinned.push(batchRun(true));
    runs.q1Pinned.push(await queueRun(1, true));
  }
}
rmSync(tmp, { recursive: true, force: true });
const loadAfter = loadavg()[0] ?? 0;

const bP = best(runs.batchPinned);
const qP = best(runs.q1Pinned);
const bF = best(runs.batchFree);
const qF = best(more.q1Free);
const two = best(more.q2);
const B = WARMUP > 0 ? N : N - 20; // batch: N articles minus the 20-article run (or W + N minus W)
const ms = (seconds: number, n: number) => (seconds / n) * 1000;
const rate = (wall: number, n: number) => n / wall;

interface Overheads {
  wall: number;
  cpu: number;
  cpuRedis: number;
}
const overheads = (b: Timing, q: Timing): Overheads => ({
  wall: (ms(q.wall, N) - ms(b.wall, B)) / ms(b.wall, B),
  cpu: (ms(q.cpu, N) - ms(b.cpu, B)) / ms(b.cpu, B),
  cpuRedis: (ms(q.cpu + q.redisCpu, N) - ms(b.cpu, B)) / ms(b.cpu, B),
});
const oP = overheads(bP, qP);
/** The pinned overhead of each (batch, queue) pair, run next to each other, and their median. */
const paired = runs.batchPinned.map((b, i) => overheads(b, runs.q1Pinned[i] as Timing));
const pairedWall = median(paired.map((o) => o.wall));
const pairedCpu = median(paired.map((o) => o.cpu));
const oF = overheads(bF, qF);
const p100 = (x: number) => `${(x * 100).toFixed(1)} %`;
// Each 2-process run against the 1 × 1 runs of the same round (not against the lowest 1 × 1 time of all the
// pairs, which would set the best of many runs against one): the median over the rounds.
const speedupPinned = median(more.q2.map((t, i) => (runs.q1Pinned[i] as Timing).wall / t.wall));
const speedupFree = median(more.q2.map((t, i) => (more.q1Free[i] as Timing).wall / t.wall));

const row = (name: string, t: Timing, n: number, queueRun: boolean) =>
  `| ${name} | ${fmt(rate(t.wall, n))} | ${fmt(ms(t.wall, n), 2)} | ${fmt(ms(t.cpu, n), 2)} | ${queueRun ? fmt(ms(t.redisCpu, n), 2) : '–'} |`;
const loaded = Math.max(loadBefore, loadAfter) > CORES / 2;
const table = [
  `${N} articles (${source}); best of ${RUNS} run${RUNS === 1 ? '' : 's'}${PAIRS > 0 ? ` and ${PAIRS} extra pinned pairs` : ''} (the lowest of each figure); load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after.`,
  '',
  WARMUP > 0
    ? `**Warm processes**: every depeche process first analysed ${WARMUP} other articles (OrangeSum train), not timed, as a worker that has been running for a while (a fresh process re-optimises its code for about a thousand articles). The same bench without \`--warmup\` (a 20-article warm-up): [queue.md](queue.md).`
    : `**Fresh processes** (a 20-article warm-up): each process still re-optimises its code while it runs (V8's JIT, for about a thousand articles), and 2 processes pay that twice over the same articles. The same bench on warm processes: [queue-warm.md](queue-warm.md).`,
  '',
  ...(SCHEDULING !== ''
    ? [
        `Run ${SCHEDULING}, inherited by every process it starts (redis-server included): other work on the machine yields the CPU to the bench, though it still shares caches and memory bandwidth.`,
        '',
      ]
    : []),
  ...(loaded
    ? [
        SCHEDULING !== ''
          ? `**Other work was running on the machine (load average above ${CORES / 2} on ${CORES} cores), at a lower priority than the bench: the figures are less disturbed than the load average suggests, but a quiet machine remains the reference.**`
          : `**The machine was busy with other work (load average above ${CORES / 2} on ${CORES} cores): the wall-clock figures, the 2-process speed-up and the sizing table are not representative; the CPU columns are the less disturbed. Re-run on a quiet machine.**`,
        '',
      ]
    : []),
  '| run | articles/s (wall) | ms/article (wall) | CPU ms/article (depeche process) | CPU ms/article (redis-server) |',
  '|---|---:|---:|---:|---:|',
  row('`depeche batch -c 1`, pinned', bP, B, false),
  row('queue, 1 process × 1 thread, pinned', qP, N, true),
  row('`depeche batch -c 1`, unpinned', bF, B, false),
  row('queue, 1 process × 1 thread, unpinned', qF, N, true),
  row('queue, 2 processes × 1 thread (unpinned)', two, N, true),
  '',
  `Pinned: the 1-thread runs have core 0 to themselves (\`taskset -c 0\`, main thread included); redis-server and the bench's own client are kept on the other core${CORES > 2 ? 's' : ''}, as if Redis were another machine. Unpinned: nothing is pinned, so helper threads (V8's concurrent GC; batch's main thread and its file I/O) can run on another core beside the analysis thread; the worker's Redis I/O runs in its analysis thread, which consumes its own jobs. CPU per thread: [queue-threads.md](queue-threads.md).`,
  '',
  '**Queue overhead per article at 1 thread** (queue 1 × 1 against batch on the same articles, as a share of batch):',
  '',
  '| | wall clock | CPU, worker process | CPU, worker process + redis-server |',
  '|---|---:|---:|---:|',
  `| pinned | **${p100(oP.wall)}** | ${p100(oP.cpu)} | ${p100(oP.cpuRedis)} |`,
  `| unpinned | ${p100(oF.wall)} | ${p100(oF.cpu)} | ${p100(oF.cpuRedis)} |`,
  '',
  `**Paired, pinned**: each queue 1 × 1 run against the batch run next to it (${paired.length} pairs${PAIRS > 0 ? `, ${PAIRS} of them extra pinned pairs, queue first in every other one` : ''}); the median of the pairs is less sensitive to one disturbed run than the lowest of each side:`,
  '',
  '| pair | batch ms/article (wall) | queue ms/article (wall) | overhead, wall | overhead, CPU (worker process) |',
  '|---:|---:|---:|---:|---:|',
  ...paired.map(
    (o, i) =>
      `| ${i + 1} | ${fmt(ms((runs.batchPinned[i] as Timing).wall, B), 2)} | ${fmt(ms((runs.q1Pinned[i] as Timing).wall, N), 2)} | ${p100(o.wall)} | ${p100(o.cpu)} |`,
  ),
  `| **median** | | | **${p100(pairedWall)}** | ${p100(pairedCpu)} |`,
  '',
  `- The bar (≤ 5 %) is judged on the pinned wall clock, as the median of the pairs: one core for batch, one core for the worker process, Redis elsewhere. The unpinned wall-clock figure lets helper threads use the second core for free and is not the bar; the CPU columns count every cycle the queue costs, the last one including Redis's.`,
  `- 2 processes vs 1: **${speedupPinned.toFixed(2)}×** throughput against the pinned 1 × 1 run of the same round (one core against two; median over ${RUNS} round${RUNS > 1 ? 's' : ''}; the bar: ≥ 1.6× on 2 cores, measured as a median of alternations by \`--scaling\`, [queue-scaling.md](queue-scaling.md)); ${speedupFree.toFixed(2)}× against the unpinned 1 × 1 run (which already used some of the second core). Batch's unpinned time over the 2-process queue: ${(bF.wall / B / (two.wall / N)).toFixed(2)}×.`,
  `- The queue clocks run from the moment the N jobs, enqueued while the queue was paused, are released until they are all completed. Enqueueing them (validation, job ids, input order, \`addBulk\` in chunks of 500) took ${fmt(qP.enqueue ?? Number.NaN, 2)} s, ${fmt(N / (qP.enqueue ?? Number.NaN))} articles/s, in the producer (this script, off the pinned core).`,
  '',
  `- One analysis as JSON (what Redis keeps per completed job): ${fmt(resultBytes / 1024, 1)} KB on average, serialised once, in the analysis thread.`,
  '',
  '## Sizing',
  '',
  `From the pinned 1 × 1 run (${fmt(rate(qP.wall, N))} articles/s per analysis thread on this corpus) and the measured 2-process scaling; one thread per core, plus a core for Redis when it shares the machine.`,
  '',
  '| analysis threads (cores) | articles/s | articles/day |',
  '|---:|---:|---:|',
  ...[1, 2, 4, 8, 16, 32].map((t) => {
    // per-thread rate times the measured efficiency of 2 processes (speedup / 2), kept for more threads
    const perThread = rate(qP.wall, N);
    const eff = t === 1 ? 1 : speedupPinned / 2;
    const perDay = (perSec: number) => fmt(Math.floor((perSec * 86_400) / 1000) * 1000);
    return `| ${t} | ${fmt(perThread * t * eff)} | ${perDay(perThread * t * eff)} |`;
  }),
  '',
  'Above 2 threads the rows are extrapolated (same per-thread efficiency as measured with 2), not measured.',
];
const md = table.join('\n');
console.log(md);
console.log(`\n${machineLine()}`);
// a run with experiment switches goes to its own file, beside the default one
const experiment = NODE_FLAGS.length > 0;
recordMeasurement(
  experiment ? 'queue-experiment' : WARMUP > 0 ? 'queue-warm' : 'queue',
  `npm run build && npx tsx bench/queue.bench.ts ${process.argv.slice(2).join(' ')}`.trim(),
  md,
  experiment
    ? 'Job queue: workers on Redis vs batch, with experiment switches'
    : `Job queue: workers on Redis vs batch${WARMUP > 0 ? ', warm processes' : ''}`,
);
process.exit(0);
