/**
 * Versions of the code for before/after comparisons in evaluation scripts: a path to an `index.ts`, or a
 * commit whose `src/` is exported once (`git archive`) to a temporary folder and imported from there.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The `index.ts` to import for version `v` (a path, or a commit hash of 7 to 40 hex digits). */
export function versionPath(v: string): string {
  if (!/^[0-9a-f]{7,40}$/.test(v)) return resolve(v);
  const dir = join(tmpdir(), `depeche-src-${v}`);
  if (!existsSync(join(dir, 'src', 'index.ts'))) {
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${v} src | tar -x -C ${dir}`);
  }
  return join(dir, 'src', 'index.ts');
}
