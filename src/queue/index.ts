/**
 * depeche on a job queue (Node only): articles are BullMQ jobs on a Redis server shared by any number of
 * worker processes, on any number of machines. Each worker process analyses on a pool of worker threads,
 * so one process uses all its cores; a job whose worker dies is picked up again by another one.
 *
 * `bullmq` is an optional peer dependency: `npm install bullmq@^5` next to depeche.
 *
 * - {@link enqueueArticles} (or {@link openQueue}`().enqueue`) adds articles as jobs, with ids derived from
 *   the article ids: enqueueing the same article twice does not analyse it twice.
 * - {@link createWorker} consumes the jobs; each job's return value is the `analyze()` result.
 * - {@link openQueue}`().results()` reads the results back in input order.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import type { Analysis, Article } from '../index.js';
import { loadBullmq } from './bullmq.js';
import { connectionOptions, type QueueTarget } from './connection.js';
import { checkArticle } from './validate.js';

export { MISSING_BULLMQ } from './bullmq.js';
export {
  connectionOptions,
  type QueueConnection,
  type QueueTarget,
  type RedisConnectionOptions,
} from './connection.js';
export { createWorker, type DepecheWorker, type WorkerOptions } from './worker.js';

/**
 * The BullMQ job id of an article: `id-<article id>` (URL-encoded; ids longer than 200 characters are
 * hashed), or `sha-<hash of title, body, publishedAt and url>` for an article without an id. The same
 * article always gets the same job id, so enqueueing it again adds no job. Ids 7 and "7" are the same.
 * @example
 * ```ts
 * jobIdFor({ id: 'AFP:123', body: '…' }); // 'id-AFP%3A123'
 * ```
 */
export function jobIdFor(article: Article): string {
  const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 40);
  if (typeof article.id === 'string' || typeof article.id === 'number') {
    const enc = encodeURIComponent(String(article.id));
    return enc.length <= 200 ? `id-${enc}` : `sha-id-${sha(String(article.id))}`;
  }
  const published =
    article.publishedAt instanceof Date ? article.publishedAt.toISOString() : article.publishedAt;
  return `sha-${sha(JSON.stringify([article.title ?? null, article.body, published ?? null, article.url ?? null]))}`;
}

/**
 * Options of {@link enqueueArticles} and {@link DepecheQueue.enqueue}.
 * @example
 * ```ts
 * const options: EnqueueOptions = { attempts: 3, defaultPublishedAt: '2025-11-25' };
 * ```
 */
export interface EnqueueOptions {
  /** Tries per job before it fails for good (transient failures only; a bad article fails at once). Default 5. */
  attempts?: number;
  /** First retry delay in ms, doubled at each retry. Default 2000. */
  backoffMs?: number;
  /** Articles longer than this (title + body, in characters) are rejected. Default 1,000,000. */
  maxLength?: number;
  /** Publication date given to articles that have none. */
  defaultPublishedAt?: string;
}

/**
 * An article that was not enqueued, and why.
 * @example
 * ```ts
 * const r: RejectedArticle = { index: 3, error: 'expects article.body to be a string, got undefined' };
 * ```
 */
export interface RejectedArticle {
  /** 0-based position in the articles given. */
  index: number;
  id?: string | number;
  error: string;
}

/**
 * What {@link enqueueArticles} did.
 * @example
 * ```ts
 * const { added, duplicates, rejected } = await enqueueArticles(target, articles);
 * ```
 */
export interface EnqueueResult {
  /** Articles enqueued for the first time. */
  added: number;
  /** Articles already in the queue (same job id): not analysed again. */
  duplicates: number;
  /** Invalid articles: not enqueued. */
  rejected: RejectedArticle[];
  /** The job id of each article given, `null` for a rejected one. */
  jobIds: (string | null)[];
}

/**
 * One result read back by {@link DepecheQueue.results}, in input order.
 * @example
 * ```ts
 * for await (const r of queue.results()) if (r.state === 'completed') console.log(r.analysis.entities);
 * ```
 */
export type QueueResult =
  | { seq: number; jobId: string; state: 'completed'; analysis: Analysis }
  | {
      seq: number;
      jobId: string;
      state: 'failed';
      error: string;
      attempts: number;
      article?: { id?: string | number };
    }
  | { seq: number; jobId: string; state: 'pending' | 'missing' };

/**
 * Job counts of a queue.
 * @example
 * ```ts
 * const { pending, completed, failed } = await queue.counts();
 * ```
 */
export interface QueueCounts {
  /** Waiting, delayed (retries in back-off), active or paused jobs. */
  pending: number;
  active: number;
  completed: number;
  failed: number;
}

/**
 * An open depeche queue (one Redis connection). Close it when done.
 * @example
 * ```ts
 * const queue = await openQueue({ connection: 'redis://127.0.0.1:6379', queue: 'articles' });
 * await queue.enqueue([{ id: 'a1', body: 'Le texte…' }]);
 * await queue.waitUntilDone();
 * for await (const r of queue.results()) console.log(r.seq, r.state);
 * await queue.close();
 * ```
 */
export interface DepecheQueue {
  readonly name: string;
  /** Validates and enqueues articles (in this order), skipping those already enqueued. */
  enqueue(articles: readonly Article[], options?: EnqueueOptions): Promise<EnqueueResult>;
  counts(): Promise<QueueCounts>;
  /** Resolves when no job is pending (waiting, active or in back-off); polls every `pollMs` (default 250). */
  waitUntilDone(options?: {
    pollMs?: number;
    onProgress?: (counts: QueueCounts) => void;
  }): Promise<QueueCounts>;
  /** Every enqueued article's result, in the order the articles were first enqueued. */
  results(): AsyncGenerator<QueueResult>;
  /** The number of articles ever enqueued (the length of the input order). */
  size(): Promise<number>;
  close(): Promise<void>;
}

// One atomic step per enqueue chunk: each job id not yet in the order set gets the next sequence number.
// Returns, for each id, its new number, or minus its existing one.
const ORDER_LUA = `
local out = {}
for i = 1, #ARGV do
  local s = redis.call('ZSCORE', KEYS[2], ARGV[i])
  if s then
    out[i] = -tonumber(s)
  else
    local n = redis.call('INCR', KEYS[1])
    redis.call('ZADD', KEYS[2], n, ARGV[i])
    out[i] = n
  end
end
return out`;

const PENDING_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'paused', 'waiting-children'] as const;

/**
 * Opens a depeche queue for producing articles and reading results. Rejects when Redis cannot be reached
 * within `connectTimeoutMs` (default 10 s); once open, a lost connection is retried without end.
 * @example
 * ```ts
 * const queue = await openQueue({ connection: 'redis://127.0.0.1:6379', queue: 'articles' });
 * console.log(await queue.counts());
 * await queue.close();
 * ```
 */
export async function openQueue(
  target: QueueTarget,
  options: { connectTimeoutMs?: number } = {},
): Promise<DepecheQueue> {
  const { Queue, Job } = await loadBullmq();
  const conn = connectionOptions(target.connection);
  const queue = new Queue(target.queue, {
    connection: conn,
    ...(target.prefix !== undefined ? { prefix: target.prefix } : {}),
  });
  // Connection errors are retried by the Redis client (and reported here); an unreachable Redis at the start
  // is an error after connectTimeoutMs instead of a silent wait.
  let lastError = '';
  queue.on('error', (e: Error) => {
    lastError = e.message;
  });
  const ms = options.connectTimeoutMs ?? 10_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const client = await Promise.race([
    queue.client,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        void queue.close().catch(() => {});
        reject(
          new Error(
            `depeche/queue: cannot reach Redis at ${conn.host ?? '127.0.0.1'}:${conn.port ?? 6379} after ${ms / 1000} s${lastError ? ` (${lastError})` : ''}`,
          ),
        );
      }, ms);
    }),
  ]).finally(() => clearTimeout(timer));
  client.defineCommand('depecheOrder', { numberOfKeys: 2, lua: ORDER_LUA });
  const seqKey = queue.toKey('depeche:seq');
  const orderKey = queue.toKey('depeche:order');

  const counts = async (): Promise<QueueCounts> => {
    const c = await queue.getJobCounts(...PENDING_STATES, 'completed', 'failed');
    let pending = 0;
    for (const s of PENDING_STATES) pending += c[s] ?? 0;
    return { pending, active: c.active ?? 0, completed: c.completed ?? 0, failed: c.failed ?? 0 };
  };

  return {
    name: target.queue,
    async enqueue(articles, options = {}) {
      const attempts = options.attempts ?? 5;
      const backoff = { type: 'exponential', delay: options.backoffMs ?? 2000 };
      const rejected: RejectedArticle[] = [];
      const jobIds: (string | null)[] = [];
      const jobs: { name: string; data: Article; opts: { jobId: string } }[] = [];
      articles.forEach((a, index) => {
        let article = a;
        if (
          options.defaultPublishedAt !== undefined &&
          typeof a === 'object' &&
          a !== null &&
          (a.publishedAt === undefined || a.publishedAt === null)
        )
          article = { ...a, publishedAt: options.defaultPublishedAt };
        try {
          checkArticle(article, options.maxLength);
        } catch (e) {
          const id = (a as { id?: unknown } | null)?.id;
          rejected.push({
            index,
            ...(typeof id === 'string' || typeof id === 'number' ? { id } : {}),
            error: (e as Error).message,
          });
          jobIds.push(null);
          return;
        }
        const jobId = jobIdFor(article);
        jobIds.push(jobId);
        jobs.push({ name: 'analyze', data: article, opts: { jobId } });
      });
      if (jobs.length === 0) return { added: 0, duplicates: 0, rejected, jobIds };
      // The order first: a crash between the two steps leaves an order entry without a job (reported as
      // 'missing' and fixed by enqueueing again), never a job outside the order.
      const seqs = (await client.runCommand('depecheOrder', [
        seqKey,
        orderKey,
        ...jobs.map((j) => j.opts.jobId),
      ])) as number[];
      const added = seqs.filter((s) => s > 0).length;
      await queue.addBulk(
        jobs.map((j) => ({
          name: j.name,
          data: j.data,
          opts: { jobId: j.opts.jobId, attempts, backoff, removeOnComplete: false, removeOnFail: false },
        })),
      );
      return { added, duplicates: jobs.length - added, rejected, jobIds };
    },
    counts,
    async waitUntilDone(options = {}) {
      for (;;) {
        const c = await counts();
        options.onProgress?.(c);
        if (c.pending === 0) return c;
        await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
      }
    },
    size: () => client.zcard(orderKey),
    async *results() {
      const PAGE = 200;
      for (let start = 0; ; start += PAGE) {
        const page = await client.zrange(orderKey, start, start + PAGE - 1, { WITHSCORES: true });
        if (page.length === 0) return;
        const ids: string[] = [];
        const seqs: number[] = [];
        for (let i = 0; i < page.length; i += 2) {
          ids.push(page[i] as string);
          seqs.push(Number(page[i + 1]));
        }
        const pipe = client.pipeline();
        for (const id of ids) pipe.hgetall(queue.toKey(id));
        const raw = (await pipe.exec()) ?? [];
        for (let i = 0; i < ids.length; i++) {
          const jobId = ids[i] as string;
          const seq = seqs[i] as number;
          const [err, hash] = raw[i] ?? [new Error('no reply'), null];
          if (err) throw err;
          const h = hash as Record<string, string> | null;
          if (!h || Object.keys(h).length === 0) {
            yield { seq, jobId, state: 'missing' };
            continue;
          }
          // biome-ignore lint/suspicious/noExplicitAny: Job.fromJSON takes BullMQ's raw job hash
          const job = Job.fromJSON(queue, h as any, jobId);
          if (job.finishedOn && job.failedReason !== undefined && job.failedReason !== '' && !h.returnvalue) {
            const id = (job.data as { id?: unknown } | null)?.id;
            yield {
              seq,
              jobId,
              state: 'failed',
              error: job.failedReason,
              attempts: job.attemptsMade,
              ...(typeof id === 'string' || typeof id === 'number' ? { article: { id } } : {}),
            };
          } else if (job.finishedOn && h.returnvalue !== undefined) {
            yield { seq, jobId, state: 'completed', analysis: job.returnvalue as Analysis };
          } else {
            yield { seq, jobId, state: 'pending' };
          }
        }
      }
    },
    close: () => queue.close(),
  };
}

/**
 * Validates and enqueues articles (any iterable, sync or async), in chunks, then closes the connection.
 * @example
 * ```ts
 * const r = await enqueueArticles({ connection: 'redis://127.0.0.1:6379', queue: 'articles' }, [
 *   { id: 'a1', title: 'Titre', body: 'Le texte…', publishedAt: '2025-11-25' },
 * ]);
 * console.log(r.added, r.duplicates, r.rejected);
 * ```
 */
export async function enqueueArticles(
  target: QueueTarget,
  articles: Iterable<Article> | AsyncIterable<Article>,
  options: EnqueueOptions = {},
): Promise<EnqueueResult> {
  const queue = await openQueue(target);
  const total: EnqueueResult = { added: 0, duplicates: 0, rejected: [], jobIds: [] };
  let chunk: Article[] = [];
  const send = async () => {
    const r = await queue.enqueue(chunk, options);
    for (const x of r.rejected) total.rejected.push({ ...x, index: x.index + total.jobIds.length });
    total.added += r.added;
    total.duplicates += r.duplicates;
    total.jobIds.push(...r.jobIds);
    chunk = [];
  };
  try {
    for await (const a of articles) {
      chunk.push(a);
      if (chunk.length >= 500) await send();
    }
    if (chunk.length > 0) await send();
  } finally {
    await queue.close();
  }
  return total;
}
