import { setFlagsFromString } from 'node:v8';

/**
 * Whether a `depeche` command line runs V8's garbage collector on the analysis threads alone: yes for
 * `depeche worker` (one analysis thread per core, so background GC threads only compete with them;
 * measured in docs/measurements/queue.md), unless `--parallel-gc` is given. The other commands keep V8's
 * default (background GC threads).
 *
 * @example
 * ```ts
 * singleThreadedGc(['worker', '--redis', 'redis://localhost']); // true
 * singleThreadedGc(['worker', '--parallel-gc']);                // false
 * singleThreadedGc(['batch', 'in.jsonl']);                      // false
 * ```
 */
export function singleThreadedGc(argv: readonly string[]): boolean {
  return argv[0] === 'worker' && !argv.includes('--parallel-gc');
}

/**
 * The background-thread parts of V8's collector that can be switched off once the process runs: the young
 * generation's parallel scavenge, parallel marking, compaction and pointer updates, concurrent sweeping.
 * (`--single-threaded-gc` also switches off concurrent marking, which V8 does not allow once a heap exists.)
 */
const SERIAL_GC_FLAGS = '--no-parallel-scavenge';

let applied = false;

/**
 * Sets V8's `--single-threaded-gc` for this process when {@link singleThreadedGc} says so. Call it first
 * thing, before the heavy modules load: every heap made afterwards (each worker thread's) is made with it.
 *
 * @example
 * ```ts
 * applyGcChoice(process.argv.slice(2));
 * const { main } = await import('./main.js');
 * ```
 */
export function applyGcChoice(argv: readonly string[]): void {
  if (!singleThreadedGc(argv)) return;
  setFlagsFromString(SERIAL_GC_FLAGS);
  applied = true;
}

/**
 * Whether {@link applyGcChoice} set the single-threaded collector in this process.
 *
 * @example
 * ```ts
 * gcOnAnalysisThreads(); // false in a test that calls runQueueCommand() directly
 * ```
 */
export function gcOnAnalysisThreads(): boolean {
  return applied;
}
