/**
 * The consuming side of depeche/queue: {@link createWorker} starts analysis threads that each run their
 * own BullMQ consumer (see ./consumer.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker as Thread } from 'node:worker_threads';
import type { AnalyzeOptions } from '../index.js';
import { loadBullmq } from './bullmq.js';
import { connectionOptions, type QueueTarget } from './connection.js';
import type { ConsumerData, FromConsumer, ToConsumer } from './consumer.js';

/**
 * Options of {@link createWorker}: the queue, the worker's threads and stall settings, and the
 * `analyze()` options every job is analysed with.
 * @example
 * ```ts
 * const options: WorkerOptions = { connection: 'redis://127.0.0.1:6379', queue: 'articles', concurrency: 4 };
 * ```
 */
export interface WorkerOptions extends QueueTarget, AnalyzeOptions {
  /** Worker threads (analyses at once). Default: the available cores. */
  concurrency?: number;
  /** How long a job stays locked to this worker without a lock renewal, in ms (default 30000). */
  lockDuration?: number;
  /** How often stalled jobs (of dead workers) are looked for, in ms (default 30000). */
  stalledInterval?: number;
  /** How many times a job may stall (its worker dying) before it fails (default 2). */
  maxStalledCount?: number;
  /** Called after each job, with its id and, when it failed, the error and whether it is final. */
  onJob?: (event: { jobId: string; error?: string; final?: boolean }) => void;
  /** Called with connection and other worker errors (the Redis client keeps reconnecting). */
  onError?: (error: Error) => void;
}

/**
 * A running worker.
 * @example
 * ```ts
 * const worker = await createWorker({ connection: 'redis://127.0.0.1:6379', queue: 'articles' });
 * process.on('SIGTERM', () => void worker.close());
 * ```
 */
export interface DepecheWorker {
  /** Worker threads analysing. */
  readonly threads: number;
  /** Jobs completed and failed so far by this worker. */
  readonly stats: { completed: number; failed: number };
  /**
   * Stops taking jobs, waits for the jobs it holds to finish, then closes the threads and the connection.
   * `force`: do not wait; the jobs held are handed back to the queue (after the lock expires).
   */
  close(force?: boolean): Promise<void>;
}

function threadFile(): URL {
  // dist/queue.js and dist/cli.js run dist/queue-thread.js; the sources (through tsx) run ./thread.ts.
  return import.meta.url.endsWith('.ts')
    ? new URL('./thread.ts', import.meta.url)
    : new URL('./queue-thread.js', import.meta.url);
}

/**
 * Jobs a consumer thread holds at once. The jobs that have arrived are analysed back to back in one turn of
 * the event loop, up to half the jobs held, then their completions (each of which brings the next job) are
 * written to Redis together while the other half is analysed: BullMQ's and the Redis client's code then runs
 * once per batch instead of between every two analyses, the socket is written and read once per batch, and
 * the thread does not wait for Redis. Measured in one process against the same analyses in a plain loop,
 * beside the former consumer (2 jobs held, one analysed per call): bench/queue-interleave.ts,
 * docs/measurements/queue-interleave.md. @internal
 */
export const JOBS_HELD = 8;

/**
 * Starts a worker process's consumers: `concurrency` analysis threads, each with its own BullMQ consumer
 * and Redis connection, so that a job is fetched, analysed and completed in one thread (the process's main
 * thread only starts the threads, forwards {@link DepecheWorker.close} and reports). Each job's return
 * value is its `analyze()` result. An invalid or too large article fails at once (BullMQ
 * `UnrecoverableError`); other failures are retried with back-off as the job's options say. A thread that
 * dies (out of memory, say) is started again; the jobs it held are recovered as a dead worker's are.
 * Resolves once the threads are warm and consuming. `onJob` is called for completed jobs in batches (every
 * 200 ms at most) and for failed ones at once.
 * @example
 * ```ts
 * const worker = await createWorker({
 *   connection: 'redis://127.0.0.1:6379',
 *   queue: 'articles',
 *   concurrency: 2,
 *   summary: false,
 * });
 * ```
 */
export async function createWorker(options: WorkerOptions): Promise<DepecheWorker> {
  const {
    connection,
    queue,
    prefix,
    concurrency,
    lockDuration,
    stalledInterval,
    maxStalledCount,
    onJob,
    onError,
    ...analyzeOptions
  } = options;
  const threads = concurrency ?? Math.max(1, availableParallelism());
  if (!Number.isInteger(threads) || threads < 1)
    throw new RangeError(`depeche/queue: concurrency must be an integer >= 1, got ${String(concurrency)}`);
  // here first, so that a missing bullmq is reported as such (and the URL checked) before any thread starts
  await loadBullmq();
  const data: ConsumerData = {
    depecheQueueConsumer: true,
    connection: connectionOptions(connection),
    queue,
    ...(prefix !== undefined ? { prefix } : {}),
    jobs: JOBS_HELD,
    lockDuration: lockDuration ?? 30_000,
    stalledInterval: stalledInterval ?? 30_000,
    maxStalledCount: maxStalledCount ?? 2,
    options: analyzeOptions,
  };
  const stats = { completed: 0, failed: 0 };
  let closing: Promise<void> | undefined;
  const running = new Set<Thread>();

  /** One analysis thread; resolves once it is consuming, rejects if it ends before. */
  function start(): Promise<Thread> {
    const file = threadFile();
    // the sources (tests, benches through tsx): a thread does not inherit tsx's loader, so it registers it
    const thread = file.pathname.endsWith('.ts')
      ? new Thread(
          `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(file.href)}); })`,
          { eval: true, workerData: data },
        )
      : new Thread(file, { workerData: data });
    running.add(thread);
    return new Promise<Thread>((resolve, reject) => {
      let ready = false;
      let failure: Error | undefined;
      thread.on('message', (m: FromConsumer) => {
        if (m.type === 'ready') {
          ready = true;
          resolve(thread);
        } else if (m.type === 'jobs') {
          for (const e of m.events) {
            if (e.error === undefined) stats.completed++;
            else if (e.final) stats.failed++;
            onJob?.(e);
          }
        } else if (m.type === 'error') onError?.(new Error(m.message));
        // its consumer is closed and its report sent: nothing is left to wait for
        else if (m.type === 'closed') void thread.terminate();
      });
      thread.on('error', (e) => {
        failure = e;
      });
      thread.on('exit', (code) => {
        running.delete(thread);
        const why = failure?.message ?? `exit code ${code}`;
        if (!ready) {
          reject(new Error(`depeche/queue: an analysis thread stopped while starting (${why})`));
          return;
        }
        if (closing) return;
        // died while consuming: its jobs come back when their lock expires; start another thread
        onError?.(new Error(`depeche/queue: an analysis thread stopped (${why}); starting another`));
        setTimeout(() => {
          if (!closing) start().catch((e: Error) => onError?.(e));
        }, 1000);
      });
    });
  }

  try {
    await Promise.all(Array.from({ length: threads }, start));
  } catch (e) {
    await Promise.all([...running].map((t) => t.terminate()));
    throw e;
  }
  const stop = (force: boolean) =>
    Promise.all(
      [...running].map(
        (t) =>
          new Promise<void>((resolve) => {
            t.once('exit', () => resolve());
            if (force) void t.terminate();
            else t.postMessage({ type: 'close', force: false } satisfies ToConsumer);
          }),
      ),
    ).then(() => {});
  return {
    threads,
    stats,
    close(force = false) {
      if (force) {
        closing ??= Promise.resolve();
        return stop(true);
      }
      closing ??= stop(false);
      return closing;
    },
  };
}
