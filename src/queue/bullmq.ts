/**
 * Loads the optional peer dependency `bullmq` on first use. Installing depeche does not install it; a
 * missing package is reported with the command that installs it.
 */

/** The part of the `bullmq` module that depeche uses. */
export type BullMQ = typeof import('bullmq');

/**
 * The error message of `depeche/queue` functions when `bullmq` is not installed.
 * @example
 * ```ts
 * createWorker(options).catch((e) => { if (e.message === MISSING_BULLMQ) console.error(e.message); });
 * ```
 */
export const MISSING_BULLMQ =
  'depeche/queue needs the optional peer dependency "bullmq" (it brings its Redis client, ioredis): ' +
  'install it with `npm install bullmq@^5` next to depeche';

let loaded: Promise<BullMQ> | undefined;

/** `bullmq`, imported once; rejects with {@link MISSING_BULLMQ} when it is not installed. @internal */
export function loadBullmq(): Promise<BullMQ> {
  loaded ??= import('bullmq').then(
    (m) => m,
    (e: unknown) => {
      loaded = undefined;
      const code = (e as { code?: string })?.code;
      if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
        throw new Error(MISSING_BULLMQ, { cause: e });
      }
      throw e;
    },
  );
  return loaded;
}
