/**
 * A job result serialised once. BullMQ stores a job's return value as `JSON.stringify(value)`, on the
 * worker's main thread; a depeche analysis is serialised in its analysis thread instead (where `batch`
 * serialises it too), so the worker would otherwise receive it as an object (a structured clone, copied
 * out of the thread and rebuilt on the main thread) only to serialise it there. A processor that returns a
 * {@link JsonResult} has its JSON text stored as the return value byte for byte: what a consumer reads
 * (`job.returnvalue`, `QueueEvents` `completed`, `DepecheQueue.results()`) is the same as if the object
 * had been returned.
 *
 * The one BullMQ method replaced is `Job.moveToCompleted`, through the `Job` getter that BullMQ provides
 * for extending its job class; it uses the public `Scripts.moveToCompletedArgs` and `moveToFinished`. If a
 * BullMQ version stopped calling it, `JSON.stringify` would use {@link JsonResult.toJSON}: the same value
 * stored, only serialised twice.
 */
import type { BullMQ } from './bullmq.js';

/** JSON text to store as a job's return value as it is. @internal */
export class JsonResult {
  constructor(readonly json: string) {}
  /** The value the text encodes (for whoever serialises a JsonResult anyway: the same JSON). */
  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

const workers = new WeakMap<BullMQ, BullMQ['Worker']>();

/**
 * BullMQ's `Worker` class with jobs that store a {@link JsonResult} returned by the processor as is; any
 * other return value is stored as BullMQ stores it.
 * @internal
 */
export function jsonResultWorker(bullmq: BullMQ): BullMQ['Worker'] {
  const known = workers.get(bullmq);
  if (known) return known;
  class JsonResultJob extends bullmq.Job {
    override async moveToCompleted(value: unknown, token: string, fetchNext = true) {
      if (!(value instanceof JsonResult)) return super.moveToCompleted(value, token, fetchNext);
      // as Job.moveToCompleted, with the text given instead of JSON.stringify(value)
      await this.queue.waitUntilReady();
      this.returnvalue = value;
      // removeOnComplete as BullMQ passes it: undefined means the worker's setting
      const remove = this.opts.removeOnComplete as boolean | number;
      const args = this.scripts.moveToCompletedArgs(this, value.json, remove, token, fetchNext);
      const next = await this.scripts.moveToFinished(String(this.id), args);
      this.finishedOn = Number(args[this.scripts.moveToFinishedKeys.length + 1]);
      this.attemptsMade += 1;
      return next;
    }
  }
  class JsonResultWorker extends bullmq.Worker {
    protected override get Job(): typeof bullmq.Job {
      return JsonResultJob as unknown as typeof bullmq.Job;
    }
  }
  // the generic signatures of BullMQ's classes are not kept by subclasses; the instances are the same
  const worker = JsonResultWorker as unknown as BullMQ['Worker'];
  workers.set(bullmq, worker);
  return worker;
}
