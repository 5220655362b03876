import { setFlagsFromString } from 'node:v8';

/**
 * Whether a `depeche` command line runs V8's young-generation collections (scavenges) on the analysis
 * threads alone rather than spreading them over background threads: yes for
 * `depeche worker` (one analysis thread per core, so background GC threads only compete with them;
 * measured in docs/measurements/queue.md), unless `--parallel-gc` is given. The other commands keep V8's
 * default (background GC threads).
 *
 * @example
 * ```ts
 * serialScavenge(['worker', '--redis', 'redis://localhost']); // true
 * serialScavenge(['worker', '--parallel-gc']);                // false
 * serialScavenge(['batch', 'in.jsonl']);                      // false
 * ```
 */
export function serialScavenge(argv: readonly string[]): boolean {
  return argv[0] === 'worker' && !argv.includes('--parallel-gc');
}

/**
 * The part of V8's background collector work that can be switched off once the process runs: the young
 * generation's parallel scavenge (V8 reads it at each scavenge). `--single-threaded-gc`, or switching off
 * parallel or concurrent marking, aborts the process when set after start (V8 checks the marker's state).
 */
const SERIAL_GC_FLAGS = '--no-parallel-scavenge';

let applied = false;

/**
 * Switches off V8's parallel scavenge for this process when {@link serialScavenge} says so. Call it
 * before the analysis threads start.
 *
 * @example
 * ```ts
 * applyGcChoice(process.argv.slice(2)); // then start the worker's threads
 * ```
 */
export function applyGcChoice(argv: readonly string[]): void {
  if (!serialScavenge(argv)) return;
  setFlagsFromString(SERIAL_GC_FLAGS);
  applied = true;
}

/**
 * Whether {@link applyGcChoice} switched off parallel scavenges in this process.
 *
 * @example
 * ```ts
 * gcOnAnalysisThreads(); // false in a test that calls runQueueCommand() directly
 * ```
 */
export function gcOnAnalysisThreads(): boolean {
  return applied;
}
