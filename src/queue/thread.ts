/**
 * Worker-thread entry of `depeche/queue` (built to dist/queue-thread.js). Started by `createWorker` with
 * a {@link ConsumerData} as its `workerData`, the thread runs its own BullMQ consumer (./consumer.ts),
 * analysing each job with ./work.ts.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type ConsumerData, runConsumer, type ToConsumer } from './consumer.js';

export { default, type ThreadOutcome, type ThreadTask } from './work.js';

// Started as a consumer thread by createWorker: run the consumer; its messages go to the main thread.
if (!isMainThread && parentPort && (workerData as ConsumerData | null)?.depecheQueueConsumer === true) {
  const port = parentPort;
  runConsumer(
    workerData as ConsumerData,
    (m) => port.postMessage(m),
    (handler) => port.on('message', (m: ToConsumer) => handler(m)),
  ).catch((e: unknown) => {
    // ends the thread with this error: the main thread's 'error' event reports it
    setImmediate(() => {
      throw e;
    });
  });
}
