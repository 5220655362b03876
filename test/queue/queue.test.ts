/**
 * depeche/queue against a real redis-server (started here on a free 127.0.0.1 port, stopped afterwards):
 * worker processes, a worker killed mid-run, poison jobs, Redis crashing and restarting with persistence.
 * Without redis-server installed the Redis tests are skipped, and say so; CI (.ci/run) installs it.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as bullmq from 'bullmq';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Analysis, type Article, analyze } from '../../src/index.js';
import { analysisBatches } from '../../src/queue/consumer.js';
import {
  connectionOptions,
  createWorker,
  enqueueArticles,
  jobIdFor,
  MISSING_BULLMQ,
  openQueue,
  type QueueResult,
} from '../../src/queue/index.js';
import { JsonResult, jsonResultWorker } from '../../src/queue/json-result.js';
import work from '../../src/queue/thread.js';
import { checkArticle } from '../../src/queue/validate.js';
import { BUILT_IS_FRESH, CLI } from '../support/cli.js';
import { type RedisServer, redisServerPath, startRedis } from '../support/redis-server.js';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'depeche-queue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FRESH_BUILD = BUILT_IS_FRESH;

/** 500 distinct French articles: the fixture articles, each copy with its own closing line and id. */
function articles(n: number): Article[] {
  const fx = join(root, 'fixtures');
  const texts = readdirSync(fx)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(fx, f), 'utf8'));
  return Array.from({ length: n }, (_, i) => {
    const [title = '', ...rest] = (texts[i % texts.length] as string).split('\n\n');
    return {
      id: `a${i + 1}`,
      title,
      body: `${rest.join('\n\n')}\n\nDépêche numéro ${i + 1} de la série.`,
      publishedAt: `2025-11-${String(1 + (i % 28)).padStart(2, '0')}`,
    };
  });
}

const plain = (a: Analysis): unknown => JSON.parse(JSON.stringify(a));

describe('depeche/queue without Redis', () => {
  it('job ids come from article ids (stable, no ":"), else from the article content', () => {
    expect(jobIdFor({ id: 'AFP:123/x', body: 'a' })).toBe('id-AFP%3A123%2Fx');
    expect(jobIdFor({ id: 7, body: 'a' })).toBe('id-7');
    expect(jobIdFor({ id: 'x'.repeat(300), body: 'a' })).toMatch(/^sha-id-[0-9a-f]{40}$/);
    const a = { title: 'T', body: 'Le texte.', publishedAt: '2025-11-25' };
    expect(jobIdFor(a)).toMatch(/^sha-[0-9a-f]{40}$/);
    expect(jobIdFor({ ...a })).toBe(jobIdFor(a));
    expect(jobIdFor({ ...a, body: 'Le texte!' })).not.toBe(jobIdFor(a));
    expect(jobIdFor({ ...a, publishedAt: '2025-11-26' })).not.toBe(jobIdFor(a));
  });

  it('redis URLs become connection options; other strings are refused', () => {
    expect(connectionOptions('redis://127.0.0.1:6380/2')).toEqual({ host: '127.0.0.1', port: 6380, db: 2 });
    expect(connectionOptions('rediss://u:p%40ss@cache.example:6379')).toEqual({
      host: 'cache.example',
      port: 6379,
      username: 'u',
      password: 'p@ss',
      tls: {},
    });
    expect(connectionOptions('redis://localhost')).toEqual({ host: 'localhost', port: 6379 });
    for (const bad of ['http://x', 'localhost:6379', 'redis://h/x'])
      expect(() => connectionOptions(bad), bad).toThrow(TypeError);
  });

  it('bad articles are refused before analysis with the analyze() message; good ones pass', () => {
    const bad: [unknown, RegExp][] = [
      [{ body: 42 }, /article\.body to be a string, got number/],
      [{ title: 'x' }, /article\.body to be a string, got undefined/],
      [[{ body: 'x' }], /got an array/],
      ['texte', /got string/],
      [null, /got null/],
      [{ body: 'x', publishedAt: 'hier' }, /not an ISO 8601 date/],
      [{ body: 'x'.repeat(101) }, /101 characters, over the limit of 100/],
    ];
    for (const [value, re] of bad) expect(() => checkArticle(value, 100), JSON.stringify(value)).toThrow(re);
    expect(() => checkArticle({ body: 'x'.repeat(100), id: 3, url: 'u' }, 100)).not.toThrow();
    // the length of the text analyze() reads: title, two newlines, body
    expect(checkArticle({ title: 'abc', body: 'x'.repeat(10) }, 100)).toBe(3 + 2 + 10);
  });

  it('the thread says a rejected article is permanent, and returns analyze() as JSON for a good one', () => {
    const r = work({ article: { body: 42 }, options: {} });
    expect(r).toMatchObject({ ok: false, permanent: true });
    const a = articles(1)[0] as Article;
    const ok = work({ article: a, options: { summary: false } });
    expect(ok.ok).toBe(true);
    expect(ok.ok && ok.json).toBe(JSON.stringify(analyze(a, { summary: false })));
  });

  it('the jobs a thread holds are analysed in batches: those queued together in one turn, up to 200,000 characters and maxJobs articles', async () => {
    class Permanent extends Error {}
    const analyse = analysisBatches({ summary: false }, Permanent, 4);
    const [a, b, c] = articles(3) as Article[];
    const turn = () => new Promise<void>((r) => setImmediate(r));
    const done: string[] = [];
    const track = (name: string, p: Promise<JsonResult>) =>
      p.then(
        (r) => {
          done.push(name);
          return r;
        },
        (e: Error) => {
          done.push(name);
          throw e;
        },
      );
    // a and b fit in one batch (their lengths as given); c would pass 200,000 characters: next turn
    const pa = track('a', analyse(a, 1000));
    const pb = track('b', analyse(b, 150_000));
    const pc = track('c', analyse(c, 60_000));
    const bad = track('bad', analyse({ body: 42 }, 10)).catch((e: unknown) => e);
    expect(done).toEqual([]);
    await turn();
    expect(done).toEqual(['a', 'b']);
    await turn();
    await turn();
    expect(done).toEqual(['a', 'b', 'c', 'bad']);
    expect((await pa).json).toBe(JSON.stringify(analyze(a, { summary: false })));
    expect((await pc).json).toBe(JSON.stringify(analyze(c, { summary: false })));
    await pb;
    // analyze() rejects the article: a permanent failure, not retried
    expect(await bad).toBeInstanceOf(Permanent);
    // an article longer than the batch bound is analysed alone, not held back forever
    const big = track('big', analyse(a, 500_000));
    const after = track('after', analyse(b, 10));
    await turn();
    expect(done.slice(4)).toEqual(['big']);
    await turn();
    expect(done.slice(4)).toEqual(['big', 'after']);
    await Promise.all([big, after]);
    // at most maxJobs articles per turn (half the jobs held: the other half is analysed meanwhile)
    const two = analysisBatches({ summary: false }, Permanent, 2);
    const xs = [a, b, c].map((x, i) => track(`x${i}`, two(x, 10)));
    await turn();
    expect(done.slice(6)).toEqual(['x0', 'x1']);
    await turn();
    expect(done.slice(6)).toEqual(['x0', 'x1', 'x2']);
    await Promise.all(xs);
  });

  it('a JsonResult serialises to the value its text encodes (whoever calls JSON.stringify on it)', () => {
    const a = analyze(articles(1)[0] as Article);
    const json = JSON.stringify(a);
    expect(JSON.stringify(new JsonResult(json))).toBe(json);
    expect(JSON.stringify({ r: new JsonResult('[1,"é"]') })).toBe('{"r":[1,"é"]}');
  });

  it.skipIf(!FRESH_BUILD)('the built depeche/queue says what to install when bullmq is missing', () => {
    // the built ESM files (queue.js shares chunks with the library), with piscina but no bullmq resolvable
    const pkg = join(dir, 'no-bullmq');
    mkdirSync(join(pkg, 'node_modules'), { recursive: true });
    writeFileSync(join(pkg, 'package.json'), '{"type":"module"}');
    for (const f of readdirSync(join(root, 'dist'))) {
      if (f.endsWith('.js')) cpSync(join(root, 'dist', f), join(pkg, f));
    }
    symlinkSync(join(root, 'node_modules', 'piscina'), join(pkg, 'node_modules', 'piscina'));
    const code = `import('./queue.js').then((m) => m.openQueue({ connection: 'redis://127.0.0.1:1', queue: 'q' })).then(() => console.log('loaded'), (e) => console.log(e.message));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: pkg,
      encoding: 'utf8',
    });
    expect(r.stdout.trim()).toBe(MISSING_BULLMQ);
    expect(MISSING_BULLMQ).toMatch(/npm install bullmq/);
  });
});

const HAS_REDIS = redisServerPath() !== null;
it.runIf(process.env.DEPECHE_REQUIRE_REDIS === '1')(
  'redis-server is installed (DEPECHE_REQUIRE_REDIS=1, as in CI)',
  () => {
    expect(HAS_REDIS, 'redis-server not found: CI must run the queue tests (see .ci/run)').toBe(true);
  },
);
if (!HAS_REDIS) {
  console.warn(
    '[test/queue] redis-server is not installed: the depeche/queue tests against Redis are SKIPPED ' +
      '(apt-get install redis-server to run them; .ci/run installs it)',
  );
}

interface WorkerProcess {
  child: ChildProcess;
  stderr: () => string;
  ready: Promise<void>;
  exited: Promise<number | null>;
}

describe.skipIf(!HAS_REDIS)('depeche/queue on a real redis-server', () => {
  let redis: RedisServer;
  const children: ChildProcess[] = [];
  const ARTICLES = articles(500);
  const expected = new Map<string, unknown>();

  beforeAll(async () => {
    redis = await startRedis({ appendonly: true });
    for (const a of ARTICLES) expected.set(String(a.id), plain(analyze(a)));
  }, 120_000);

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await redis?.dispose();
  });

  /** `depeche worker` as a process, with short lock and stall intervals so recovery takes seconds. */
  function startWorker(queue: string, extra: string[] = []): WorkerProcess {
    const child = spawn(
      process.execPath,
      [
        ...CLI,
        'worker',
        '--redis',
        redis.url,
        '--queue',
        queue,
        '-c',
        '1',
        '--lock-duration',
        '2000',
        '--stalled-interval',
        '1000',
        ...extra,
      ],
      { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    children.push(child);
    let err = '';
    const ready = new Promise<void>((resolve, reject) => {
      child.stderr?.on('data', (d: Buffer) => {
        err += d.toString();
        if (err.includes('depeche worker: ready')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`worker exited (${code}) before ready: ${err}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, stderr: () => err, ready, exited };
  }

  async function waitFor(cond: () => Promise<boolean>, ms = 60_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await cond())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function allResults(queue: string): Promise<QueueResult[]> {
    const q = await openQueue({ connection: redis.url, queue });
    const out: QueueResult[] = [];
    for await (const r of q.results()) out.push(r);
    await q.close();
    return out;
  }

  /** Exactly one completed result per article, in input order, each equal to the in-process analyze(). */
  function expectAll(results: QueueResult[]) {
    expect(results).toHaveLength(ARTICLES.length);
    expect(new Set(results.map((r) => r.jobId)).size).toBe(ARTICLES.length);
    results.forEach((r, i) => {
      expect(r.seq).toBe(i + 1);
      expect(r.state).toBe('completed');
      if (r.state !== 'completed') return;
      expect(r.analysis.id).toBe(ARTICLES[i]?.id);
      expect(r.analysis).toEqual(expected.get(String(r.analysis.id)));
    });
  }

  it('500 articles through 2 worker processes (CLI enqueue, worker, results): 500 records in input order, each identical to analyze()', async () => {
    const queue = 'two-workers';
    const input = join(dir, 'in.jsonl');
    const lines = ARTICLES.map((a) => JSON.stringify(a));
    lines.splice(100, 0, '{"title": "no body"}', 'not json');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const enq = spawnSync(
      process.execPath,
      [...CLI, 'enqueue', input, '--redis', redis.url, '--queue', queue],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(enq.stderr).toMatch(/502 lines, 500 new jobs, 0 already in the queue, 2 bad lines/);
    expect(enq.status).toBe(4);
    const bad = enq.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(bad).toEqual([
      { line: 101, error: 'analyze() expects article.body to be a string, got undefined' },
      { line: 102, error: expect.stringMatching(/^invalid JSON: /) },
    ]);
    // enqueueing again adds nothing
    const again = await enqueueArticles({ connection: redis.url, queue }, ARTICLES);
    expect(again).toMatchObject({ added: 0, duplicates: 500, rejected: [] });
    const w = [startWorker(queue), startWorker(queue)];
    await Promise.all(w.map((x) => x.ready));
    const out = join(dir, 'out.jsonl');
    const res = spawnSync(
      process.execPath,
      [...CLI, 'results', '--redis', redis.url, '--queue', queue, '-o', out],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(res.stderr).toMatch(/500 records, 0 error records/);
    expect(res.status).toBe(0);
    const records = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(500);
    records.forEach((rec, i) => {
      const { seq, ...analysis } = rec;
      expect(seq).toBe(i + 1);
      expect(analysis).toEqual(expected.get(`a${i + 1}`));
    });
    // what Redis keeps is JSON.stringify(analyze()), byte for byte (serialised once, in the thread)
    const raw = new Queue(queue, { connection: connectionOptions(redis.url) });
    const client = await raw.client;
    for (const a of ARTICLES) {
      const stored = await client.hget(raw.toKey(jobIdFor(a)), 'returnvalue');
      expect(stored, String(a.id)).toBe(JSON.stringify(expected.get(String(a.id))));
    }
    await raw.close();
    // graceful stop: both exit 0, and both took jobs
    for (const x of w) x.child.kill('SIGTERM');
    expect(await Promise.all(w.map((x) => x.exited))).toEqual([0, 0]);
    const done = w.map((x) => Number(/stopped; (\d+) completed/.exec(x.stderr())?.[1]));
    expect(done[0]! + done[1]!).toBe(500);
    expect(Math.min(...done)).toBeGreaterThan(0);
  }, 150_000);

  it('a worker process SIGKILLed mid-run: its jobs are recovered by the other, still exactly 500 results, none duplicated', async () => {
    const queue = 'killed';
    const target = { connection: redis.url, queue };
    const events = new QueueEvents(queue, { connection: { ...connectionOptions(redis.url) } });
    let stalled = 0;
    events.on('stalled', () => stalled++);
    await events.waitUntilReady();
    const [a, b] = [startWorker(queue), startWorker(queue)];
    await Promise.all([a.ready, b.ready]);
    const r = await enqueueArticles(target, ARTICLES);
    expect(r).toMatchObject({ added: 500, duplicates: 0, rejected: [] });
    const q = await openQueue(target);
    await waitFor(async () => (await q.counts()).completed >= 100);
    a.child.kill('SIGKILL');
    await a.exited;
    const final = await q.waitUntilDone({ pollMs: 100 });
    await q.close();
    expect(final).toMatchObject({ completed: 500, failed: 0, pending: 0 });
    expect(stalled).toBeGreaterThan(0); // the killed worker held jobs: they were taken back
    expectAll(await allResults(queue));
    await events.close();
    b.child.kill('SIGTERM');
    expect(await b.exited).toBe(0);
  }, 150_000);

  it('poison jobs fail at once with their error (no retry); the others complete', async () => {
    const queue = 'poison';
    const target = { connection: redis.url, queue };
    const good = ARTICLES.slice(0, 20);
    const huge = { id: 'huge', body: 'Le texte. '.repeat(600) };
    const r = await enqueueArticles(target, [...good, huge]);
    expect(r.added).toBe(21);
    // a producer that skips validation: the job's data is not an article
    const raw = new Queue(queue, { connection: connectionOptions(redis.url) });
    await raw.add(
      'analyze',
      { body: 42 },
      { jobId: 'poison', attempts: 5, backoff: { type: 'fixed', delay: 10 } },
    );
    const worker = startWorker(queue, ['--max-length', '5000']);
    await worker.ready;
    const q = await openQueue(target);
    const final = await q.waitUntilDone({ pollMs: 100 });
    expect(final).toMatchObject({ completed: 20, failed: 2, pending: 0 });
    const poison = await raw.getJob('poison');
    expect(poison?.failedReason).toBe('analyze() expects article.body to be a string, got number');
    expect(poison?.attemptsMade).toBe(1);
    const big = await raw.getJob(jobIdFor(huge));
    expect(big?.failedReason).toMatch(/6000 characters, over the limit of 5000/);
    expect(big?.attemptsMade).toBe(1);
    // enqueued jobs retry transient failures with back-off
    const first = await raw.getJob(jobIdFor(good[0] as Article));
    expect(first?.opts).toMatchObject({ attempts: 5, backoff: { type: 'exponential', delay: 2000 } });
    const results = [];
    for await (const x of q.results()) results.push(x);
    expect(results.map((x) => x.state)).toEqual([...good.map(() => 'completed'), 'failed']);
    expect(results[20]).toMatchObject({ state: 'failed', article: { id: 'huge' }, attempts: 1 });
    await q.close();
    await raw.close();
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    expect(worker.stderr()).toMatch(/stopped; 20 completed, 2 failed/);
    expect(worker.stderr()).toMatch(
      /job poison failed: analyze\(\) expects article\.body to be a string, got number/,
    );
  }, 60_000);

  it('a processor returning a JsonResult: its text is the stored return value, byte for byte, and BullMQ consumers read the object', async () => {
    const queue = 'json-result';
    const connection = connectionOptions(redis.url);
    const some = ARTICLES.slice(0, 12);
    const target = { connection: redis.url, queue };
    await enqueueArticles(target, some);
    const events = new QueueEvents(queue, { connection });
    const seen = new Map<string, unknown>();
    events.on('completed', ({ jobId, returnvalue }) => seen.set(jobId, returnvalue));
    await events.waitUntilReady();
    // toJSON() counts the times a JsonResult is serialised again (the JsonResult worker never does)
    let reserialised = 0;
    class Counted extends JsonResult {
      override toJSON(): unknown {
        reserialised++;
        return super.toJSON();
      }
    }
    // even jobs through the JsonResult worker; odd ones return the object itself (stored as BullMQ does)
    const JsonWorker = jsonResultWorker(bullmq);
    let n = 0;
    const w = new JsonWorker(
      queue,
      async (job) => {
        const a = analyze(job.data as Article);
        return n++ % 2 === 0 ? new Counted(JSON.stringify(a)) : a;
      },
      { connection: { ...connection, maxRetriesPerRequest: null } },
    );
    const q = await openQueue(target);
    await waitFor(async () => (await q.counts()).completed >= some.length, 30_000);
    await w.close();
    expect(n).toBe(some.length);
    expect(reserialised).toBe(0);
    // a plain BullMQ worker given a JsonResult stores the same JSON (through toJSON)
    const plainQueue = 'json-result-plain';
    await enqueueArticles({ connection: redis.url, queue: plainQueue }, some.slice(0, 2));
    const pw = new Worker(
      plainQueue,
      async (job) => new Counted(JSON.stringify(analyze(job.data as Article))),
      { connection: { ...connection, maxRetriesPerRequest: null } },
    );
    const pq = await openQueue({ connection: redis.url, queue: plainQueue });
    await waitFor(async () => (await pq.counts()).completed >= 2, 30_000);
    await pw.close();
    expect(reserialised).toBe(2);
    const raw = new Queue(queue, { connection });
    const rawPlain = new Queue(plainQueue, { connection });
    const client = await raw.client;
    for (const [i, a] of some.entries()) {
      const want = JSON.stringify(expected.get(String(a.id)));
      const id = jobIdFor(a);
      expect(await client.hget(raw.toKey(id), 'returnvalue'), id).toBe(want);
      expect((await raw.getJob(id))?.returnvalue).toEqual(expected.get(String(a.id)));
      if (i < 2) expect(await client.hget(rawPlain.toKey(id), 'returnvalue'), id).toBe(want);
    }
    await waitFor(async () => seen.size >= some.length, 10_000);
    for (const a of some) expect(seen.get(jobIdFor(a))).toEqual(expected.get(String(a.id)));
    const results = [];
    for await (const r of q.results()) results.push(r);
    expect(results.map((r) => r.state === 'completed' && r.analysis)).toEqual(
      some.map((a) => expected.get(String(a.id))),
    );
    await Promise.all([q.close(), pq.close(), raw.close(), rawPlain.close(), events.close()]);
  }, 60_000);

  it('createWorker in-process: one consumer per analysis thread; onJob reports every job once, stats and stored bytes match, close() drains', async () => {
    const queue = 'in-process';
    const target = { connection: redis.url, queue };
    const some = ARTICLES.slice(0, 40);
    const bad = { id: 'bad', body: 'Trop long. '.repeat(400) };
    await enqueueArticles(target, [...some, bad]);
    const seen = new Map<string, number>();
    const failures: { jobId: string; error?: string; final?: boolean }[] = [];
    const errors: Error[] = [];
    const worker = await createWorker({
      ...target,
      concurrency: 2,
      maxLength: 4000,
      onJob: (e) => {
        seen.set(e.jobId, (seen.get(e.jobId) ?? 0) + 1);
        if (e.error !== undefined) failures.push(e);
      },
      onError: (e) => errors.push(e),
    });
    expect(worker.threads).toBe(2);
    const q = await openQueue(target);
    await q.waitUntilDone({ pollMs: 100 });
    await worker.close();
    // after close() every outcome has been reported (the last batch is flushed before the threads end)
    expect(worker.stats).toEqual({ completed: some.length, failed: 1 });
    expect(seen.size).toBe(some.length + 1);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(failures).toEqual([
      {
        jobId: jobIdFor(bad),
        error: expect.stringMatching(/4400 characters, over the limit of 4000/),
        final: true,
      },
    ]);
    expect(errors).toEqual([]);
    const raw = new Queue(queue, { connection: connectionOptions(redis.url) });
    const client = await raw.client;
    for (const a of some)
      expect(await client.hget(raw.toKey(jobIdFor(a)), 'returnvalue')).toBe(
        JSON.stringify(expected.get(String(a.id))),
      );
    // each thread is a consumer of its own: the jobs name the thread that processed them
    const by = new Set(
      await Promise.all(some.map(async (a) => (await raw.getJob(jobIdFor(a)))?.processedBy)),
    );
    expect(by.size).toBe(2);
    for (const name of by) expect(name).toMatch(new RegExp(`^depeche .+ pid ${process.pid} thread \\d+$`));
    await Promise.all([q.close(), raw.close()]);
  }, 60_000);

  it('Redis crashes mid-run and restarts from its append-only file: the run completes, 500 results', async () => {
    const queue = 'redis-restart';
    const target = { connection: redis.url, queue };
    const w = [startWorker(queue), startWorker(queue)];
    await Promise.all(w.map((x) => x.ready));
    await enqueueArticles(target, ARTICLES);
    let q = await openQueue(target);
    await waitFor(async () => (await q.counts()).completed >= 100);
    await q.close();
    await redis.restart('SIGKILL');
    q = await openQueue(target);
    const before = await q.counts();
    expect(before.completed).toBeGreaterThanOrEqual(100); // persisted
    const final = await q.waitUntilDone({ pollMs: 100 });
    await q.close();
    expect(final).toMatchObject({ completed: 500, failed: 0, pending: 0 });
    expectAll(await allResults(queue));
    for (const x of w) x.child.kill('SIGTERM');
    expect(await Promise.all(w.map((x) => x.exited))).toEqual([0, 0]);
  }, 150_000);
});
