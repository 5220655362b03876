/**
 * Runs every script of one kind in order: `tsx scripts/run-all.ts train` runs scripts/train-*.ts,
 * `eval` runs scripts/eval-*.ts, `bench` runs bench/*.bench.ts. Stops at the first failure.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const kind = process.argv[2];
const root = join(import.meta.dirname, '..');
const dir = kind === 'bench' ? join(root, 'bench') : join(root, 'scripts');
const match = (f: string) =>
  kind === 'bench' ? f.endsWith('.bench.ts') : f.startsWith(`${kind}-`) && f.endsWith('.ts');
const files = readdirSync(dir).filter(match).sort();
if (files.length === 0) console.log(`no ${kind} scripts found`);
for (const f of files) {
  console.log(`\n=== ${kind}: ${f} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, f), ...process.argv.slice(3)], {
    stdio: 'inherit',
    cwd: root,
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
