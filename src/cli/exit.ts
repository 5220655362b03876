/** Exit codes of the `depeche` command (documented in `depeche --help` and docs/pipeline.md). */
export const EXIT = {
  /** Success: every input analysed. */
  OK: 0,
  /** Unexpected failure (a bug), or the output could not be written (disk full, I/O error). */
  FAILURE: 1,
  /** Usage error: unknown command or option, missing or bad argument. */
  USAGE: 2,
  /** The input file cannot be read (missing, a directory, no permission), or the `-o` file cannot be created. */
  NO_INPUT: 3,
  /** Bad input: `analyze` got invalid JSON / no body / too large; `batch` finished but wrote error records. */
  BAD_INPUT: 4,
  /** Interrupted by Ctrl-C (SIGINT) or SIGTERM; batch output holds complete records for lines 1..N. */
  INTERRUPTED: 130,
  /** The reader of the output went away (EPIPE, e.g. `| head`): output stopped quietly (128 + SIGPIPE). */
  PIPE: 141,
} as const;
