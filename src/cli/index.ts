/**
 * The `depeche` command (Node only): `depeche analyze <file|->` and `depeche batch <in.jsonl>`.
 * Exit codes: see ./exit.ts and `depeche --help`.
 */
import { EXIT } from './exit.js';
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`depeche: unexpected error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = EXIT.FAILURE;
  },
);
