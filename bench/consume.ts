/**
 * One timed consumption for the queue benches (bench/queue-client.ts, bench/queue-interleave.ts): the jobs
 * are enqueued while the queue is paused (not timed), then one consumer of depeche's JSON-text results
 * (`jsonResultWorker`, 2 jobs held, as `depeche worker` runs it) processes them; the clock and the CPU of
 * this process run from `resume()` until the last job is completed.
 */
import type * as BullMQ from 'bullmq';
import type { JsonResult } from '../src/queue/json-result.js';
import { jsonResultWorker } from '../src/queue/json-result.js';

/** Milliseconds of CPU (user + system) of this process so far. */
export function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

export interface ConsumeRun {
  bullmq: typeof BullMQ;
  connection: { host: string; port: number };
  /** A queue name of its own (the run leaves its jobs in Redis unless `obliterate`). */
  name: string;
  jobs: { id: string; data: object }[];
  process: (job: BullMQ.Job) => JsonResult;
  /** Called before and after enqueueing, e.g. to move this process off the timed core meanwhile. */
  aroundEnqueue?: { before(): void; after(): void };
  obliterate?: boolean;
}

/** Wall-clock and CPU milliseconds per job of one consumption. */
export async function consume(run: ConsumeRun): Promise<{ cpu: number; wall: number }> {
  const { bullmq, connection, name, jobs } = run;
  const queue = new bullmq.Queue(name, { connection });
  try {
    await queue.pause();
    run.aroundEnqueue?.before();
    const all = jobs.map((j) => ({ name: 'article', data: j.data, opts: { jobId: j.id } }));
    for (let i = 0; i < all.length; i += 500) await queue.addBulk(all.slice(i, i + 500));
    run.aroundEnqueue?.after();
    const Worker = jsonResultWorker(bullmq);
    let done = 0;
    let finish: () => void = () => {};
    const finished = new Promise<void>((r) => {
      finish = r;
    });
    const worker = new Worker(name, async (job) => run.process(job), {
      connection: { ...connection, maxRetriesPerRequest: null },
      concurrency: 2,
      autorun: false,
    });
    worker.on('completed', () => {
      if (++done === jobs.length) finish();
    });
    void worker.run();
    await worker.waitUntilReady();
    const c0 = cpuMs();
    const t0 = performance.now();
    await queue.resume();
    await finished;
    const wall = (performance.now() - t0) / jobs.length;
    const cpu = (cpuMs() - c0) / jobs.length;
    await worker.close();
    if (run.obliterate) await queue.obliterate({ force: true });
    return { cpu, wall };
  } finally {
    await queue.close();
  }
}
