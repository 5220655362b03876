/**
 * The BullMQ consumer of one analysis thread. Each thread of a `depeche worker` process runs its own BullMQ
 * `Worker` (its own Redis connections): a job is fetched, analysed and completed in the thread that fetched
 * it, so a job costs no structured clone of the article, no task hand-off and no cross-thread wake-up. The
 * process's main thread only starts the threads, forwards shutdown and reports what the threads tell it
 * (job outcomes in batches, errors at once). See ./worker.ts `createWorker`.
 */
import { hostname } from 'node:os';
import { threadId } from 'node:worker_threads';
import type { AnalyzeOptions } from '../index.js';
import { loadBullmq } from './bullmq.js';
import type { RedisConnectionOptions } from './connection.js';
import { JsonResult, jsonResultWorker } from './json-result.js';
import { checkArticle } from './validate.js';
import work from './work.js';

/** What a consumer thread is started with (its `workerData`). @internal */
export interface ConsumerData {
  /** Marks a depeche queue consumer thread. */
  depecheQueueConsumer: true;
  connection: RedisConnectionOptions;
  queue: string;
  prefix?: string;
  /** Jobs held at once by the thread (`JOBS_HELD` in ./worker.ts). */
  jobs: number;
  lockDuration: number;
  stalledInterval: number;
  maxStalledCount: number;
  options: AnalyzeOptions;
}

/** A job's outcome as reported to the main thread. @internal */
export interface JobEvent {
  jobId: string;
  error?: string;
  final?: boolean;
}

/** Messages from a consumer thread to the main thread. @internal */
export type FromConsumer =
  | { type: 'ready' }
  | { type: 'jobs'; events: JobEvent[] }
  | { type: 'error'; message: string }
  | { type: 'closed' };

/** Messages from the main thread to a consumer thread. @internal */
export type ToConsumer = { type: 'close'; force: boolean };

/** How long completed-job reports wait to be sent in one message (failures are sent at once). */
const REPORT_MS = 200;

/**
 * A batch stops taking more jobs once it holds this many characters of text, so that the thread returns
 * to its event loop (lock renewals, shutdown) at least every few hundred milliseconds whatever the articles.
 */
const BATCH_CHARS = 200_000;

/**
 * The analysis of the jobs a thread holds, in batches: `analyse(article, length)` queues one article and
 * returns the promise of its result; the articles queued before the next turn of the event loop are
 * analysed then, back to back, up to `maxJobs` articles and {@link BATCH_CHARS} characters per turn (the
 * others in the next turns). A failure is permanent
 * (`Permanent`, BullMQ's `UnrecoverableError`: not retried) when analyze() rejects the article.
 * `analyseOne` is ./work.ts's `work` (bench/queue-interleave.ts passes a timed one).
 * @internal
 */
export function analysisBatches(
  options: AnalyzeOptions,
  Permanent: new (message: string) => Error,
  maxJobs: number,
  analyseOne: typeof work = work,
): (article: unknown, length: number) => Promise<JsonResult> {
  interface Pending {
    article: unknown;
    length: number;
    resolve: (r: JsonResult) => void;
    reject: (e: Error) => void;
  }
  let queue: Pending[] = [];
  let scheduled = false;
  const run = () => {
    scheduled = false;
    let chars = 0;
    let taken = 0;
    while (
      taken < queue.length &&
      (taken === 0 || (taken < maxJobs && chars + queue[taken].length <= BATCH_CHARS))
    )
      chars += queue[taken++].length;
    const batch = queue.slice(0, taken);
    queue = queue.slice(taken);
    if (queue.length > 0) schedule();
    for (const p of batch) {
      const r = analyseOne({ article: p.article, options });
      // the analysis as the thread serialised it, stored as is (never parsed or serialised again)
      if (r.ok) p.resolve(new JsonResult(r.json));
      else p.reject(r.permanent ? new Permanent(r.message) : new Error(r.message));
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(run);
  };
  return (article, length) =>
    new Promise<JsonResult>((resolve, reject) => {
      queue.push({ article, length, resolve, reject });
      schedule();
    });
}

/**
 * Runs the consumer in this thread until the main thread says close. `post` sends a message to the main
 * thread; `onMessage` registers the handler of the main thread's messages.
 * @internal
 */
export async function runConsumer(
  data: ConsumerData,
  post: (m: FromConsumer) => void,
  onMessage: (handler: (m: ToConsumer) => void) => void,
): Promise<void> {
  const bullmq = await loadBullmq();
  const { UnrecoverableError } = bullmq;
  const Worker = jsonResultWorker(bullmq);
  // warm up (module and models loaded) before taking jobs
  work({ article: { body: 'Le Monde a publié hier un article.' }, options: data.options });

  let pending: JobEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    post({ type: 'jobs', events: pending });
    pending = [];
  };
  const report = (e: JobEvent) => {
    pending.push(e);
    if (e.error !== undefined) flush();
    else timer ??= setTimeout(flush, REPORT_MS);
  };

  // at most half the jobs held per batch: while one batch's completions go to Redis and come back with the
  // next jobs, the other half is analysed, so the thread does not wait for Redis
  const analyse = analysisBatches(data.options, UnrecoverableError, Math.max(1, data.jobs >> 1));
  const worker = new Worker(
    data.queue,
    (job) => {
      // an article that can never be analysed fails at once, with analyze()'s message
      let length: number;
      try {
        length = checkArticle(job.data, data.options.maxLength);
      } catch (e) {
        return Promise.reject(new UnrecoverableError((e as Error).message));
      }
      return analyse(job.data, length);
    },
    {
      connection: { ...data.connection, maxRetriesPerRequest: null },
      ...(data.prefix !== undefined ? { prefix: data.prefix } : {}),
      // stored on each job it processes (BullMQ's processedBy): which machine, process and thread
      name: `depeche ${hostname()} pid ${process.pid} thread ${threadId}`,
      // Several jobs held (JOBS_HELD in ./worker.ts): the jobs that arrived together are analysed back to
      // back, and their completions, each bringing the next job, go to Redis together, so the thread never
      // waits for Redis.
      concurrency: data.jobs,
      lockDuration: data.lockDuration,
      stalledInterval: data.stalledInterval,
      maxStalledCount: data.maxStalledCount,
      autorun: false,
    },
  );
  worker.on('completed', (job) => report({ jobId: String(job.id) }));
  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    report({ jobId: String(job.id), error: err.message, final });
  });
  // Connection errors are retried by the Redis client; without a listener they would be thrown.
  worker.on('error', (e) => post({ type: 'error', message: e.message }));
  let closing = false;
  onMessage((m) => {
    if (m.type !== 'close' || closing) return;
    closing = true;
    void worker.close(m.force).then(() => {
      flush();
      post({ type: 'closed' });
    });
  });
  void worker.run();
  await worker.waitUntilReady();
  post({ type: 'ready' });
}
