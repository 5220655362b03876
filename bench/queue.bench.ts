/**
 * depeche on a job queue: throughput of `depeche worker` processes on a real redis-server (started here on
 * a free loopback port) against `depeche batch` on the same articles.
 *
 *   npm run build && npx tsx bench/queue.bench.ts [--articles 2000] [--runs 1]
 *
 * - batch: `depeche batch -c 1` on N articles, minus the same command on 20 articles (process start and
 *   model loading), i.e. the analysis time of N − 20 articles on one thread;
 * - queue P×1: P worker processes of 1 thread each, started and warmed up on the same 20 articles; the
 *   clock runs from the start of enqueueArticles() until the N jobs are completed.
 * Overhead per article = queue 1×1 time per article − batch time per article, as a share of the latter.
 * CPU seconds (workers + redis-server, and batch) are printed beside wall clock: the machine may be shared.
 * Needs the built CLI (dist/) and redis-server; OrangeSum (../shared/data) or else the fixtures repeated.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { machineLine, recordMeasurement } from '../scripts/lib/measurements.js';
import { type OrangeSumRow, readJsonl, sharedPath } from '../scripts/lib/shared-data.js';
import type { Article } from '../src/index.js';
import { enqueueArticles, openQueue } from '../src/queue/index.js';
import { procCpuSeconds, redisServerPath, startRedis } from '../test/support/redis-server.js';
import { fmt } from './corpus.js';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { articles: { type: 'string', default: '2000' }, runs: { type: 'string', default: '1' } },
});
const N = Number(values.articles);
const RUNS = Number(values.runs);
const CLI = join(root, 'dist', 'cli.js');

function newest(d: string): number {
  let t = 0;
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
if (!existsSync(CLI) || statSync(CLI).mtimeMs < newest(join(root, 'src'))) {
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

const { articles, source } = corpus(N);
const tmp = mkdtempSync(join(tmpdir(), 'depeche-qbench-'));
const input = join(tmp, 'in.jsonl');
writeFileSync(input, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
const head = join(tmp, 'head.jsonl');
writeFileSync(
  head,
  `${articles
    .slice(0, 20)
    .map((a) => JSON.stringify(a))
    .join('\n')}\n`,
);

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

/** `taskset -c 0` when available: the 1-thread runs get one core, their main thread included. */
const PIN = spawnSync('taskset', ['-c', '0', 'true']).status === 0 ? ['taskset', '-c', '0'] : [];
if (PIN.length === 0)
  console.error('[bench/queue] taskset not found: the 1-thread runs are not pinned to one core');

let resultBytes = 0;

function batchRun(): { wall: number; cpu: number } {
  const cmd = (f: string) => [
    ...PIN,
    process.execPath,
    CLI,
    'batch',
    f,
    '-c',
    '1',
    '-q',
    '-o',
    join(tmp, 'out.jsonl'),
  ];
  const small = timed(cmd(head));
  const full = timed(cmd(input));
  resultBytes = statSync(join(tmp, 'out.jsonl')).size / N;
  return { wall: full.wall - small.wall, cpu: full.cpu - small.cpu };
}

interface QueueRun {
  wall: number;
  workerCpu: number;
  redisCpu: number;
}

async function queueRun(processes: number): Promise<QueueRun> {
  const redis = await startRedis();
  const queue = `bench-${processes}`;
  const workers: { child: ChildProcess; err: string; exited: Promise<void> }[] = [];
  try {
    for (let i = 0; i < processes; i++) {
      const argv = [process.execPath, CLI, 'worker', '--redis', redis.url, '--queue', queue, '-c', '1'];
      if (processes === 1) argv.unshift(...PIN);
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
    const until = async (n: number) => {
      for (;;) {
        const c = await q.counts();
        if (c.completed + c.failed >= n) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    // warm-up, as batch's 20-article run: the same 20 articles under other ids, not timed
    const warm = articles.slice(0, 20).map((a) => ({ ...a, id: `warm-${String(a.id)}` }));
    await enqueueArticles({ connection: redis.url, queue }, warm);
    await until(warm.length);
    const cpu0 = workers.map((w) => procCpuSeconds(w.child.pid as number));
    const redisCpu0 = redis.cpuSeconds();
    const t0 = performance.now();
    await enqueueArticles({ connection: redis.url, queue }, articles);
    await until(warm.length + N);
    const wall = (performance.now() - t0) / 1000;
    const redisCpu = redis.cpuSeconds() - redisCpu0;
    const workerCpu = workers.reduce(
      (s, w, i) => s + procCpuSeconds(w.child.pid as number) - (cpu0[i] ?? 0),
      0,
    );
    await q.close();
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    return { wall, workerCpu, redisCpu };
  } finally {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    await redis.dispose();
  }
}

const best = <T>(xs: T[], key: (x: T) => number): T => xs.reduce((a, b) => (key(b) < key(a) ? b : a));

const loadBefore = loadavg()[0] ?? 0;
const batches: { wall: number; cpu: number }[] = [];
const q1: QueueRun[] = [];
const q2: QueueRun[] = [];
for (let r = 0; r < RUNS; r++) {
  batches.push(batchRun());
  q1.push(await queueRun(1));
  q2.push(await queueRun(2));
}
rmSync(tmp, { recursive: true, force: true });
const loadAfter = loadavg()[0] ?? 0;

const b = best(batches, (x) => x.wall);
const one = best(q1, (x) => x.wall);
const two = best(q2, (x) => x.wall);
const bPer = (b.wall / (N - 20)) * 1000; // ms per article, batch, 1 thread
const q1Per = (one.wall / N) * 1000;
const speedup = one.wall / two.wall;
const overhead = (q1Per - bPer) / bPer;
const bCpuPer = (b.cpu / (N - 20)) * 1000;
const q1CpuPer = ((one.workerCpu + one.redisCpu) / N) * 1000;
const cpuOverhead = (q1CpuPer - bCpuPer) / bCpuPer;
const rate = (wall: number, n: number) => n / wall;

const rows = [
  ['`depeche batch -c 1`', fmt(rate(b.wall, N - 20)), fmt(bPer, 2), fmt(bCpuPer, 2), '–'],
  [
    'queue, 1 process × 1 thread',
    fmt(rate(one.wall, N)),
    fmt(q1Per, 2),
    fmt(q1CpuPer, 2),
    `${fmt(one.workerCpu, 1)} + ${fmt(one.redisCpu, 1)}`,
  ],
  [
    'queue, 2 processes × 1 thread',
    fmt(rate(two.wall, N)),
    fmt((two.wall / N) * 1000, 2),
    fmt(((two.workerCpu + two.redisCpu) / N) * 1000, 2),
    `${fmt(two.workerCpu, 1)} + ${fmt(two.redisCpu, 1)}`,
  ],
];
const perDay = (perSec: number) => fmt(Math.floor((perSec * 86_400) / 1000) * 1000);
const perThread = rate(one.wall, N);
const table = [
  `${N} articles (${source}); best of ${RUNS} run${RUNS === 1 ? '' : 's'}; load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after.`,
  '',
  '| run | articles/s (wall) | ms/article (wall) | CPU ms/article | CPU s (workers + redis) |',
  '|---|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
  `- 2 processes vs 1: **${speedup.toFixed(2)}×** throughput (bar: ≥ 1.6× on 2 cores).`,
  `- Queue overhead per article at 1 thread, wall clock: **${(overhead * 100).toFixed(1)} %** of the batch analysis time (${fmt(q1Per - bPer, 2)} ms; bar: ≤ 5 %).`,
  `- Same in CPU time (worker process + redis-server vs batch): ${(cpuOverhead * 100).toFixed(1)} % (${fmt(q1CpuPer - bCpuPer, 2)} ms); the worker's own Redis I/O runs on its main thread, beside the analysis thread.`,
  '',
  `- One analysis as JSON (what Redis keeps per completed job): ${fmt(resultBytes / 1024, 1)} KB on average.`,
  `- The 1-thread runs (batch and the 1-process queue run) are ${PIN.length > 0 ? 'pinned to one core with `taskset -c 0`, main thread included' : 'not pinned (no taskset)'}; the 2-process run is not pinned.`,
  '',
  '## Sizing',
  '',
  `From the 1 × 1 run (${fmt(perThread)} articles/s per analysis thread on this corpus) and the measured 2-process scaling; one thread per core, plus a core for Redis when it shares the machine.`,
  '',
  '| analysis threads (cores) | articles/s | articles/day |',
  '|---:|---:|---:|',
  ...[1, 2, 4, 8, 16, 32].map((t) => {
    // per-thread rate times the measured efficiency of 2 processes (speedup / 2), kept for more threads
    const eff = t === 1 ? 1 : speedup / 2;
    return `| ${t} | ${fmt(perThread * t * eff)} | ${perDay(perThread * t * eff)} |`;
  }),
  '',
  'Above 2 threads the rows are extrapolated (same per-thread efficiency as measured with 2), not measured.',
];
const md = table.join('\n');
console.log(md);
console.log(`\n${machineLine()}`);
recordMeasurement(
  'queue',
  'npm run build && npx tsx bench/queue.bench.ts',
  md,
  'Job queue: workers on Redis vs batch',
);
process.exit(0);
