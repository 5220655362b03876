/**
 * Runs every script of one kind, in the order written below (an order, not a sort of file names: later
 * models read what earlier ones write). Stops at the first failure.
 *
 *   tsx scripts/tools/run-all.ts train   the lexicon first (clusters and gazetteers are NER features), then
 *                                        each model
 *   tsx scripts/tools/run-all.ts eval    every evaluation
 *   tsx scripts/tools/run-all.ts bench   bench/*.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** What each kind runs, in order. */
const ORDER: Record<string, readonly string[]> = {
  train: [
    'scripts/train/lexicon.ts',
    'scripts/train/langid.ts',
    'scripts/train/ner.ts',
    'scripts/train/summary.ts',
    'scripts/train/topics.ts', // ends by fitting the topic calibration (scripts/train/fit-topics-calibration.ts)
  ],
  eval: [
    'scripts/eval/langid.ts',
    'scripts/eval/ner.ts',
    'scripts/eval/dates.ts',
    'scripts/eval/topics.ts',
    'scripts/eval/summary.ts',
    'scripts/eval/quotes.ts',
  ],
  bench: readdirSync(join(root, 'bench'))
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()
    .map((f) => `bench/${f}`),
};

const kind = process.argv[2];
const files = ORDER[kind];
if (!files) {
  console.error(`usage: run-all.ts ${Object.keys(ORDER).join('|')}`);
  process.exit(2);
}
for (const f of files) {
  console.log(`\n=== ${kind}: ${f} ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, f), ...process.argv.slice(3)], {
    stdio: 'inherit',
    cwd: root,
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
