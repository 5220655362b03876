/**
 * Linear cost on generated adversarial shapes (issue 19): a unit made of hostile pieces (separators,
 * digit groups, apostrophes, initials, capitalised words, quotes, brackets) repeated to two sizes ten
 * times apart must cost about ten times more, not a hundred. bench/linear.bench.ts measures the real
 * figures (bar: per-byte ratio <= 1.5 on a quiet machine); this test only has to catch a superlinear
 * path without flaking on a loaded CI machine, so its bound is generous (per-byte ratio <= 3.5, where a
 * quadratic step gives >= 10) and each shape gets several tries, the best ratio counting.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../bench/shapes.js';
import { analyze, createDoc } from '../src/index.js';

const PIECES = [
  '. ',
  ', ',
  '-',
  '--',
  '1',
  ' 000',
  '.',
  ',',
  "'",
  '’',
  'ab',
  'l',
  'qu',
  'A. ',
  'A.',
  'J.-P.',
  'Jean ',
  'Dupont',
  '« ',
  ' »',
  '"',
  '(',
  ')',
  '[',
  ']',
  'il',
  '-t-il',
  '\n',
  ' ',
  'é',
  '@',
  '#',
  'www.',
  'M.',
  'ONU',
];

const unit = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

const fill = (u: string, n: number) => u.repeat(Math.ceil(n / u.length)).slice(0, n);

function cpuMs(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** The best (smallest) per-byte cost ratio big/small over `tries` attempts, each the min of 3 runs. */
function ratio(
  fn: (t: string) => unknown,
  make: (n: number) => string,
  small: number,
  big: number,
  tries = 4,
): number {
  const a = make(small);
  const b = make(big);
  fn(a); // warm up
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < tries && best > BOUND; k++) {
    const ta = Math.min(
      cpuMs(() => fn(a)),
      cpuMs(() => fn(a)),
      cpuMs(() => fn(a)),
    );
    const tb = Math.min(
      cpuMs(() => fn(b)),
      cpuMs(() => fn(b)),
    );
    // a floor of 2 ms on the small run: below it the timer's resolution, not the code, sets the ratio
    best = Math.min(best, tb / big / (Math.max(ta, 2) / small));
  }
  return best;
}

const BOUND = 3.5;

describe('linear cost on adversarial shapes (fast-check, generous bound)', () => {
  it('createDoc: 20 KB vs 200 KB of a generated hostile unit', () => {
    fc.assert(
      fc.property(
        unit,
        (u) =>
          ratio(
            (t) => createDoc(t),
            (n) => fill(u, n),
            20_000,
            200_000,
          ) <= BOUND,
      ),
      { numRuns: 25, seed: 19 },
    );
  }, 120_000);

  it('analyze: 10 KB vs 100 KB of a generated hostile unit', () => {
    fc.assert(
      fc.property(
        unit,
        (u) =>
          ratio(
            (t) => analyze(t),
            (n) => fill(u, n),
            10_000,
            100_000,
          ) <= BOUND,
      ),
      { numRuns: 8, seed: 19 },
    );
  }, 300_000);

  it('analyze: 10 KB vs 100 KB of each named shape of the bench', () => {
    for (const shape of SHAPES) {
      expect(
        ratio((t) => analyze(t), shape.make, 10_000, 100_000),
        shape.name,
      ).toBeLessThanOrEqual(BOUND);
    }
  }, 300_000);
});
