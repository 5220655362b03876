/**
 * What the queue itself costs a worker per job, apart from the analysis: a real BullMQ consumer (the one
 * `depeche worker` runs, with its JSON-text results) on a real redis-server, whose processor returns an
 * analysis computed beforehand. Its CPU per job (BullMQ, ioredis, the socket, GC of what they allocate)
 * is the client side of the queue overhead, free of the analysis's own run-to-run noise; the analysis CPU
 * per article of the same articles is measured in the same process, for the share.
 *
 *   npx tsx bench/queue-client.ts [--jobs 4000] [--articles 400] [--runs 5]
 *
 * The consumer runs on core 0 (`taskset`), redis-server and the producer on the other cores, as in
 * bench/queue.bench.ts's pinned runs. Needs redis-server; OrangeSum (../shared/data) or else the fixtures.
 * Recorded in docs/measurements/queue-client.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as bullmq from 'bullmq';
import { machineLine, recordMeasurement } from '../scripts/lib/measurements.js';
import { type OrangeSumRow, readJsonl, sharedPath } from '../scripts/lib/shared-data.js';
import { type Article, analyze } from '../src/index.js';
import { JsonResult } from '../src/queue/json-result.js';
import { redisServerPath, startRedis } from '../test/support/redis-server.js';
import { consume, cpuMs } from './consume.js';
import { fmt, median } from './corpus.js';

const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '4000' },
    articles: { type: 'string', default: '400' },
    runs: { type: 'string', default: '5' },
  },
});
const JOBS = Number(values.jobs);
const ARTICLES = Number(values.articles);
const RUNS = Number(values.runs);

if (redisServerPath() === null) {
  console.error('[bench/queue-client] redis-server is not installed (apt-get install redis-server)');
  process.exit(1);
}

function corpus(n: number): { articles: Article[]; source: string } {
  const p = sharedPath('news', 'orangesum', 'valid.jsonl.gz');
  if (existsSync(p)) {
    const rows = readJsonl<OrangeSumRow>(p, n);
    return {
      articles: rows.map((r) => ({ title: r.title, body: r.text })),
      source: `OrangeSum valid, first ${rows.length} articles`,
    };
  }
  console.error('[bench/queue-client] ../shared/data is missing: using the fixture articles');
  const dir = join(import.meta.dirname, '..', 'fixtures');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  return { articles: texts.map((body) => ({ body })), source: `the ${texts.length} fixture articles` };
}

const CORES = availableParallelism();
const canPin = CORES > 1 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
const setAffinity = (pid: number, cores: string) => {
  if (canPin) spawnSync('taskset', ['-a', '-p', '-c', cores, String(pid)], { stdio: 'ignore' });
};

const { articles, source } = corpus(ARTICLES);
const loadBefore = loadavg()[0] ?? 0;
setAffinity(process.pid, '0');

// the analyses the processor returns, and the analysis CPU per article (a warm-up pass, then timed passes)
let json: string[] = [];
const analysisMs: number[] = [];
for (let pass = 0; pass < 1 + RUNS; pass++) {
  const c0 = cpuMs();
  json = articles.map((a) => JSON.stringify(analyze(a)));
  if (pass > 0) analysisMs.push((cpuMs() - c0) / articles.length);
}
const resultBytes = json.reduce((s, j) => s + Buffer.byteLength(j), 0) / json.length;

/** One run: JOBS jobs enqueued while paused, then consumed by one consumer holding 2 jobs at a time. */
async function run(index: number): Promise<{ cpu: number; wall: number }> {
  const redis = await startRedis();
  const pid = redis.pid();
  if (pid !== undefined) setAffinity(pid, `1-${CORES - 1}`);
  try {
    return await consume({
      bullmq,
      connection: { host: '127.0.0.1', port: redis.port },
      name: `client-${index}`,
      jobs: Array.from({ length: JOBS }, (_, i) => ({
        id: `a${i}`,
        data: { id: `a${i}`, ...articles[i % articles.length] },
      })),
      process: (job) => new JsonResult(json[Number(String(job.id).slice(1)) % json.length] as string),
      // the producer's work is not timed; it runs off core 0
      aroundEnqueue: {
        before: () => setAffinity(process.pid, `1-${CORES - 1}`),
        after: () => setAffinity(process.pid, '0'),
      },
    });
  } finally {
    await redis.dispose();
  }
}

const results: { cpu: number; wall: number }[] = [];
for (let r = 0; r < RUNS; r++) results.push(await run(r));
const loadAfter = loadavg()[0] ?? 0;
const clientCpu = median(results.map((r) => r.cpu));
const analysis = median(analysisMs);

const md = [
  `${JOBS} jobs per run over ${source}, ${RUNS} runs (medians); one consumer holding 2 jobs, ${canPin ? 'pinned to core 0, redis-server on the other cores' : 'not pinned (no taskset or 1 core)'}; load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after.`,
  '',
  '| | ms per job / article |',
  '|---|---:|',
  `| queue client, CPU of the process per job (BullMQ, ioredis, socket, their GC; the result given ready) | ${fmt(clientCpu, 3)} |`,
  `| queue client, wall clock per job (waiting for Redis included) | ${fmt(median(results.map((r) => r.wall)), 3)} |`,
  `| analysis, CPU per article (\`JSON.stringify(analyze(article))\`, same process, same articles) | ${fmt(analysis, 2)} |`,
  `| **client CPU as a share of the analysis** | **${fmt((clientCpu / analysis) * 100, 1)} %** |`,
  '',
  `Per run, client CPU ms per job: ${results.map((r) => fmt(r.cpu, 3)).join(', ')}; analysis CPU ms per article: ${analysisMs.map((x) => fmt(x, 2)).join(', ')}. One analysis as JSON: ${fmt(resultBytes / 1024, 1)} KB.`,
  '',
  "This is the queue's own cost per job in the worker. The end-to-end overhead against `batch` (bench/queue.bench.ts, [queue.md](queue.md)) adds what sharing a thread and a core with it costs the analysis, and the run-to-run noise of two separate processes.",
].join('\n');
console.log(md);
console.log(`\n${machineLine()}`);
recordMeasurement(
  'queue-client',
  `npx tsx bench/queue-client.ts ${process.argv.slice(2).join(' ')}`.trim(),
  md,
  'Job queue: the client cost per job in a worker',
);
process.exit(0);
