/**
 * Which `depeche` command the tests (and the queue bench) run: the build in dist/ when it is newer than every
 * source file (CI builds first), else the sources through tsx, which works without a build (worker threads
 * inherit the tsx loader).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The CLI from the sources, through tsx. */
export const SOURCE_CLI: readonly string[] = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts')];

/** The built CLI (`DEPECHE_BUILT_CLI` may point elsewhere, e.g. a build made outside dist/). */
export const BUILT_CLI: string = process.env.DEPECHE_BUILT_CLI ?? join(ROOT, 'dist', 'cli.js');

/** Modification time of the newest file under `dir`. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** True when the built CLI exists and is newer than every file under src/. */
export const BUILT_IS_FRESH: boolean =
  existsSync(BUILT_CLI) && statSync(BUILT_CLI).mtimeMs >= newest(join(ROOT, 'src'));

/** Node arguments that start the CLI: the fresh build, else the sources. */
export const CLI: readonly string[] = BUILT_IS_FRESH ? [BUILT_CLI] : SOURCE_CLI;
