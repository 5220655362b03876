/** The options that shape analyze(), shared by analyze, batch and worker (src/cli/stages.ts). */
import { describe, expect, it } from 'vitest';
import { ANALYZE_FLAGS, analyzeOptionsFrom, STAGES } from '../../src/cli/stages.js';

const int = (_name: string, v: string | undefined) => (v === undefined ? undefined : Number(v));

describe('analyzeOptionsFrom', () => {
  it.each([
    [{}, {}],
    [{ 'no-quotes': true }, { quotes: false }],
    [
      { 'no-language': true, 'no-summary': true },
      { language: false, summary: false },
    ],
    [
      { 'max-length': '500', timings: true },
      { maxLength: 500, timings: true },
    ],
    [{ 'assume-french': true, 'no-dates': false }, { assumeFrench: true }],
  ])('%j -> %j', (flags, want) => {
    expect(analyzeOptionsFrom(flags, int)).toEqual(want);
  });

  it('has a --no-<stage> flag for every stage analyze() can switch off', () => {
    for (const s of STAGES) expect(ANALYZE_FLAGS).toHaveProperty(`no-${s}`);
  });
});
