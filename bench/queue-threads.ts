/**
 * Per-thread CPU accounting of `depeche worker` (1 thread) and `depeche batch -c 1` on the same articles:
 * utime + stime and context switches of every thread of the process, from /proc/<pid>/task/<tid>/, per
 * article. Linux only. Needs the built CLI (dist/) and redis-server.
 *
 *   npm run build && npx tsx bench/queue-threads.ts [--articles 1000] [--pinned] [--runs 1]
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { type OrangeSumRow, readJsonl, sharedPath } from '../scripts/lib/shared-data.js';
import { connectionOptions, enqueueArticles, openQueue } from '../src/queue/index.js';
import { startRedis } from '../test/support/redis-server.js';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    pinned: { type: 'boolean', default: false },
    only: { type: 'string', default: 'both' },
  },
});
const N = Number(values.articles);
const CLI = join(root, 'dist', 'cli.js');
const CORES = availableParallelism();
const pin = values.pinned ? ['taskset', '-c', '0'] : [];
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

function diff(a: Map<number, ThreadStat>, b: Map<number, ThreadStat>, n: number, mainPid: number): string[] {
  // Node names no thread but the main one: the analysis thread is the busiest other thread; the rest
  // (V8 platform workers: GC and compilation; libuv's pool; the inspector and signal threads) are grouped.
  const rows: { name: string; ms: number; vol: number; invol: number }[] = [];
  for (const [tid, s] of b) {
    const s0 = a.get(tid) ?? { ticks: 0, vol: 0, invol: 0 };
    rows.push({
      name: tid === mainPid ? 'main thread' : `${s.comm} ${tid}`,
      ms: (s.ticks - s0.ticks) * 10,
      vol: s.vol - s0.vol,
      invol: s.invol - s0.invol,
    });
  }
  rows.sort((x, y) => (x.name === 'main thread' ? -1 : y.name === 'main thread' ? 1 : y.ms - x.ms));
  const main = rows[0];
  const analysis = rows[1];
  const rest = rows.slice(2);
  const other = {
    name: `other threads (${rest.length})`,
    ms: rest.reduce((s, r) => s + r.ms, 0),
    vol: rest.reduce((s, r) => s + r.vol, 0),
    invol: rest.reduce((s, r) => s + r.invol, 0),
  };
  const total = rows.reduce((s, r) => s + r.ms, 0);
  const line = (r: { name: string; ms: number; vol: number; invol: number } | undefined, label?: string) =>
    r
      ? `| ${label ?? r.name} | ${(r.ms / n).toFixed(3)} | ${(r.vol / n).toFixed(2)} | ${(r.invol / n).toFixed(2)} |`
      : '';
  return [
    '| thread | CPU ms/article | voluntary ctx switches/article | involuntary/article |',
    '|---|---:|---:|---:|',
    line(main, 'main thread'),
    line(analysis, 'analysis thread (the busiest other)'),
    line(other),
    ...rest.filter((r) => r.ms > 0).map((r) => line(r, `&nbsp;&nbsp;${r.name}`)),
    `| total | ${(total / n).toFixed(3)} | | |`,
  ];
}

function corpus(n: number) {
  const rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'valid.jsonl.gz'), n);
  return rows.map((r, i) => ({ id: `os-${i}-${r.id}`, title: r.title, body: r.text }));
}
const articles = corpus(N);
const tmp = mkdtempSync(join(tmpdir(), 'depeche-qthreads-'));

async function batch(): Promise<void> {
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
  console.log(`\n### batch -c 1${values.pinned ? ', pinned' : ''}: ${(wall / N).toFixed(3)} ms/article wall`);
  console.log(diff(s0, s1, N, pid).join('\n'));
}

async function queue(): Promise<void> {
  const redis = await startRedis();
  if (values.pinned) {
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
  console.log(
    `\n### queue 1×1${values.pinned ? ', pinned' : ''}: ${(wall / N).toFixed(3)} ms/article wall; redis-server ${((rc * 1000) / N).toFixed(3)} CPU ms/article`,
  );
  console.log(diff(s0, s1, N, pid).join('\n'));
  await q.close();
  await raw.close();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  if (values.pinned) setAffinity(process.pid, `0-${CORES - 1}`);
  await redis.dispose();
}

console.log(
  `load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
if (values.only !== 'queue') await batch();
if (values.only !== 'batch') await queue();
console.log(
  `load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
rmSync(tmp, { recursive: true, force: true });
process.exit(0);
