/**
 * The `depeche` command (Node only): `depeche analyze <file|->` and `depeche batch <in.jsonl>`.
 * Exit codes: see ./exit.ts and `depeche --help`.
 */
import { EXIT } from './exit.js';
import { main } from './main.js';

// Standard output that cannot be written: a reader that went away (`| head`) ends the run quietly with
// 141 (as for a process killed by SIGPIPE); any other error (a full disk, an I/O error) is said, exit 1.
process.stdout.on('error', (e: Error & { code?: string }) => {
  if (e.code === 'EPIPE') process.exit(EXIT.PIPE);
  process.stderr.write(`depeche: cannot write standard output: ${e.message}\n`);
  process.exit(EXIT.FAILURE);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`depeche: unexpected error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = EXIT.FAILURE;
  },
);
