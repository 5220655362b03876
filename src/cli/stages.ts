/**
 * The command-line options that shape `analyze()`, shared by `analyze`, `batch` and `worker`:
 * `--no-<stage>` switches, `--max-length`, `--timings`, `--assume-french`.
 */
import type { AnalyzeOptions } from '../index.js';

/** The stages a command can switch off, in `analyze()`'s order. */
export const STAGES = ['language', 'entities', 'dates', 'topics', 'summary', 'quotes'] as const;

/** `parseArgs` definitions of those options. */
export const ANALYZE_FLAGS = {
  'no-language': { type: 'boolean' },
  'no-entities': { type: 'boolean' },
  'no-dates': { type: 'boolean' },
  'no-topics': { type: 'boolean' },
  'no-summary': { type: 'boolean' },
  'no-quotes': { type: 'boolean' },
  'max-length': { type: 'string' },
  timings: { type: 'boolean' },
  'assume-french': { type: 'boolean' },
} as const;

/**
 * `analyze()` options from parsed flags; `int` reads `--max-length` and throws the command's own usage error.
 */
export function analyzeOptionsFrom(
  v: Readonly<Record<string, unknown>>,
  int: (name: string, value: string | undefined, min: number) => number | undefined,
): AnalyzeOptions {
  const o: Record<string, unknown> = {};
  for (const stage of STAGES) if (v[`no-${stage}`]) o[stage] = false;
  const max = int('max-length', v['max-length'] as string | undefined, 0);
  if (max !== undefined) o.maxLength = max;
  if (v.timings) o.timings = true;
  if (v['assume-french']) o.assumeFrench = true;
  return o as AnalyzeOptions;
}
