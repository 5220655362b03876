/**
 * Per-thread CPU accounting of `depeche worker` (1 thread) and `depeche batch -c 1` on the same articles:
 * utime + stime and context switches of every thread of the process, from /proc/<pid>/task/<tid>/, per
 * article. Linux only. Needs the built CLI (dist/) and redis-server.
 *
 *   npm run build && npx tsx bench/queue-threads.ts [--articles 640] [--runs 3]
 *
 * Both pinned (the depeche process on core 0 alone, redis-server and this script on the others, as in
 * bench/queue.bench.ts) and unpinned. Batch and queue runs alternate; each figure is the lowest over the
 * runs (the least disturbed by other load). Clock ticks are 10 ms: use a few hundred articles at least.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { recordMeasurement } from '../scripts/lib/measurements.js';
import { type OrangeSumRow, readJsonl, sharedPath } from '../scripts/lib/shared-data.js';
import { connectionOptions, enqueueArticles, openQueue } from '../src/queue/index.js';
import { startRedis } from '../test/support/redis-server.js';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '640' },
    runs: { type: 'string', default: '3' },
  },
});
const N = Math.ceil(Number(values.articles) / 16) * 16; // whole batch chunks
const RUNS = Number(values.runs);
const CLI = join(root, 'dist', 'cli.js');
const CORES = availableParallelism();
const setAffinity = (pid: number, cores: string) =>
  spawnSync('taskset', ['-a', '-p', '-c', cores, String(pid)], { stdio: 'ignore' });

interface ThreadStat {
  comm: string;
  ticks: number;
  vol: number;
  invol: number;
}
/** Every thread of `pid`: name, utime + stime (clock ticks), voluntary and involuntary context switches. */
export function threadStats(pid: number): Map<number, ThreadStat> {
  const out = new Map<number, ThreadStat>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const base = `/proc/${pid}/task/${tid}`;
      const stat = readFileSync(`${base}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const status = readFileSync(`${base}/status`, 'utf8');
      const num = (k: string) => Number(new RegExp(`^${k}:\\s*(\\d+)`, 'm').exec(status)?.[1] ?? 0);
      out.set(Number(tid), {
        comm: readFileSync(`${base}/comm`, 'utf8').trim(),
        ticks: Number(f[11]) + Number(f[12]),
        vol: num('voluntary_ctxt_switches'),
        invol: num('nonvoluntary_ctxt_switches'),
      });
    } catch {
      // the thread ended between readdir and read
    }
  }
  return out;
}

/** CPU ms and context switches per article of one thread or group of threads. */
interface Share {
  ms: number;
  vol: number;
  invol: number;
}
interface Breakdown {
  wall: number;
  main: Share;
  analysis: Share;
  helpers: Share;
  helperCount: number;
  total: number;
}

/**
 * Per article, between two snapshots. Node names no thread but the main one: the analysis thread is the
 * busiest other thread; the rest (V8's platform workers: concurrent GC marking and sweeping, compilation;
 * libuv's pool; the signal and inspector threads) are grouped as helpers.
 */
function breakdown(
  a: Map<number, ThreadStat>,
  b: Map<number, ThreadStat>,
  pid: number,
  wall: number,
): Breakdown {
  const rows: (Share & { tid: number })[] = [];
  for (const [tid, s] of b) {
    const s0 = a.get(tid) ?? { ticks: 0, vol: 0, invol: 0 };
    rows.push({
      tid,
      ms: ((s.ticks - s0.ticks) * 10) / N,
      vol: (s.vol - s0.vol) / N,
      invol: (s.invol - s0.invol) / N,
    });
  }
  const zero = { ms: 0, vol: 0, invol: 0 };
  const main = rows.find((r) => r.tid === pid) ?? zero;
  const others = rows.filter((r) => r.tid !== pid).sort((x, y) => y.ms - x.ms);
  const analysis = others[0] ?? zero;
  const rest = others.slice(1);
  const sum = (k: keyof Share) => rest.reduce((s, r) => s + r[k], 0);
  const helpers = { ms: sum('ms'), vol: sum('vol'), invol: sum('invol') };
  return {
    wall: wall / N,
    main,
    analysis,
    helpers,
    helperCount: rest.length,
    total: main.ms + analysis.ms + helpers.ms,
  };
}

/** The lowest of each figure over the runs. */
function lowest(xs: Breakdown[]): Breakdown {
  const m = (f: (b: Breakdown) => number) => Math.min(...xs.map(f));
  const share = (k: 'main' | 'analysis' | 'helpers'): Share => ({
    ms: m((b) => b[k].ms),
    vol: m((b) => b[k].vol),
    invol: m((b) => b[k].invol),
  });
  return {
    wall: m((b) => b.wall),
    main: share('main'),
    analysis: share('analysis'),
    helpers: share('helpers'),
    helperCount: xs[0]?.helperCount ?? 0,
    total: m((b) => b.total),
  };
}

function corpus(n: number) {
  const rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'valid.jsonl.gz'), n);
  return rows.map((r, i) => ({ id: `os-${i}-${r.id}`, title: r.title, body: r.text }));
}
const articles = corpus(N);
const tmp = mkdtempSync(join(tmpdir(), 'depeche-qthreads-'));

async function batch(pinned: boolean): Promise<Breakdown> {
  const pin = pinned ? ['taskset', '-c', '0'] : [];
  // the input arrives through a pipe after the warm-up lines have been analysed, so that the snapshot
  // before the N articles excludes start-up
  const argv = [...pin, process.execPath, CLI, 'batch', '-', '-c', '1', '-q'];
  const child = spawn(argv[0] as string, argv.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
  let lines = 0;
  let want = 32;
  let reached: () => void = () => {};
  let wait = new Promise<void>((r) => {
    reached = r;
  });
  child.stdout?.on('data', (d: Buffer) => {
    for (const c of d) if (c === 10) lines++;
    if (lines >= want) reached();
  });
  const pid = child.pid as number;
  for (const a of articles.slice(0, 32)) child.stdin?.write(`${JSON.stringify({ ...a, id: `w-${a.id}` })}\n`);
  await wait;
  await new Promise((r) => setTimeout(r, 300));
  const s0 = threadStats(pid);
  const t0 = performance.now();
  want = 32 + N;
  wait = new Promise<void>((r) => {
    reached = r;
  });
  child.stdin?.write(`${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
  await wait;
  const wall = performance.now() - t0;
  const s1 = threadStats(pid);
  child.stdin?.end();
  await new Promise((r) => child.once('exit', r));
  return breakdown(s0, s1, pid, wall);
}

async function queue(pinned: boolean): Promise<Breakdown & { redis: number }> {
  const pin = pinned ? ['taskset', '-c', '0'] : [];
  const redis = await startRedis();
  if (pinned) {
    setAffinity(redis.pid() as number, `1-${CORES - 1}`);
    setAffinity(process.pid, `1-${CORES - 1}`);
  }
  const name = 'threads';
  const argv = [...pin, process.execPath, CLI, 'worker', '--redis', redis.url, '--queue', name, '-c', '1'];
  const child: ChildProcess = spawn(argv[0] as string, argv.slice(1), {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  while (!err.includes('ready')) await new Promise((r) => setTimeout(r, 50));
  const pidMatch = /pid (\d+)/.exec(err);
  const pid = Number(pidMatch?.[1]);
  const q = await openQueue({ connection: redis.url, queue: name });
  const until = async (n: number) => {
    for (;;) {
      const c = await q.counts();
      if (c.completed + c.failed >= n) return;
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  await enqueueArticles(
    { connection: redis.url, queue: name },
    articles.slice(0, 20).map((a) => ({ ...a, id: `w-${a.id}` })),
  );
  await until(20);
  const raw = new Queue(name, { connection: connectionOptions(redis.url) });
  await raw.pause();
  await enqueueArticles({ connection: redis.url, queue: name }, articles);
  await new Promise((r) => setTimeout(r, 300));
  const s0 = threadStats(pid);
  const r0 = redis.cpuSeconds();
  const t0 = Date.now();
  await raw.resume();
  await until(20 + N);
  const s1 = threadStats(pid);
  const rc = redis.cpuSeconds() - r0;
  const last = await (await raw.client).zrange(raw.toKey('completed'), -1, -1, { WITHSCORES: true });
  const wall = Number(last[1]) - t0;
  await q.close();
  await raw.close();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  if (pinned) setAffinity(process.pid, `0-${CORES - 1}`);
  await redis.dispose();
  return { ...breakdown(s0, s1, pid, wall), redis: (rc * 1000) / N };
}

const load = () => loadavg()[0]?.toFixed(2) ?? '?';
const loadBefore = load();
const results = {
  pinned: { batch: [] as Breakdown[], queue: [] as (Breakdown & { redis: number })[] },
  unpinned: { batch: [] as Breakdown[], queue: [] as (Breakdown & { redis: number })[] },
};
for (let r = 0; r < RUNS; r++) {
  for (const mode of ['pinned', 'unpinned'] as const) {
    results[mode].batch.push(await batch(mode === 'pinned'));
    results[mode].queue.push(await queue(mode === 'pinned'));
    console.error(`[bench/queue-threads] run ${r + 1}/${RUNS} ${mode} done, load ${load()}`);
  }
}
rmSync(tmp, { recursive: true, force: true });
const f = (x: number, d = 2) => x.toFixed(d);
const lines = [
  `${N} articles (OrangeSum valid, first ${N}), after a warm-up of 20 (queue) or 32 (batch); lowest of ${RUNS} run${RUNS === 1 ? '' : 's'} per figure; load average ${loadBefore} before, ${load()} after (${CORES} cores).`,
  '',
  'Per article: CPU ms of each thread (utime + stime from `/proc/<pid>/task/<tid>/stat`, 10 ms ticks), and its voluntary / involuntary context switches (`/proc/<pid>/task/<tid>/status`). "Helpers": every other thread of the process (V8 platform workers — concurrent GC marking and sweeping, compilation —, libuv, signal and inspector threads).',
  '',
];
for (const mode of ['pinned', 'unpinned'] as const) {
  const b = lowest(results[mode].batch);
  const q = lowest(results[mode].queue);
  const redis = Math.min(...results[mode].queue.map((x) => x.redis));
  const row = (name: string, k: 'main' | 'analysis' | 'helpers') =>
    `| ${name} | ${f(b[k].ms)} | ${f(b[k].vol)} / ${f(b[k].invol)} | ${f(q[k].ms)} | ${f(q[k].vol)} / ${f(q[k].invol)} |`;
  lines.push(
    `### ${mode === 'pinned' ? 'Pinned (the depeche process alone on core 0)' : 'Unpinned'}`,
    '',
    '| thread | batch -c 1: CPU ms | ctx switches vol. / invol. | queue 1 × 1: CPU ms | ctx switches vol. / invol. |',
    '|---|---:|---:|---:|---:|',
    row('main thread', 'main'),
    row('analysis thread', 'analysis'),
    row(`helpers (${q.helperCount} threads)`, 'helpers'),
    `| **total (the process)** | **${f(b.total)}** | | **${f(q.total)}** (${q.total >= b.total ? '+' : ''}${f(((q.total - b.total) / b.total) * 100, 1)} %) | |`,
    `| wall clock | ${f(b.wall)} | | ${f(q.wall)} (${q.wall >= b.wall ? '+' : ''}${f(((q.wall - b.wall) / b.wall) * 100, 1)} %) | |`,
    `| redis-server | – | | ${f(redis)} | |`,
    '',
  );
}
const md = lines.join('\n');
console.log(md);
recordMeasurement(
  'queue-threads',
  'npm run build && npx tsx bench/queue-threads.ts',
  md,
  'Job queue: CPU per thread, worker vs batch',
);
process.exit(0);
