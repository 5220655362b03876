/**
 * Linear cost on generated adversarial shapes (issue 19): a unit made of hostile pieces (separators,
 * digit groups, apostrophes, initials, capitalised words, quotes, brackets) repeated to two sizes ten
 * times apart must cost about ten times more, not a hundred. bench/linear.bench.ts measures the real
 * figures (bar: per-byte ratio <= 1.5 on a quiet machine); this test only has to catch a superlinear
 * path without flaking on a loaded CI machine, so its bound is generous (per-byte ratio <= 3.5, where a
 * quadratic step gives >= 10), both sides keep the same amount of memory alive, and each shape gets
 * several tries, the best ratio counting.
 *
 * createDoc() alone is not timed here: it is cheap, so a loaded machine sets its ratio more than the code
 * does. Its timed check is the fuzz part of bench/linear.bench.ts; test/tokenize/work.test.ts counts the
 * tokenizer's work (string searches, copies, regular expressions) per input character instead, which is
 * deterministic. analyze() includes createDoc() and is timed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_PIECES, SHAPES } from '../../bench/shapes.js';
import { analyze } from '../../src/index.js';

const unit = fc
  .array(fc.constantFrom(...HOSTILE_PIECES), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

const fill = (u: string, n: number) => u.repeat(Math.ceil(n / u.length)).slice(0, n);

function cpuMs(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/**
 * The best (smallest) per-byte cost ratio over `tries` attempts: one call on `big` characters against
 * big/small calls on `small` characters whose results are all kept alive, so that both sides build the
 * same amount of long-lived objects (a lone small call's objects die young and cost the garbage
 * collector almost nothing: that, not the code, would otherwise set the ratio). Each side is the
 * minimum of 3 runs.
 */
function ratio(
  fn: (t: string) => unknown,
  make: (n: number) => string,
  small: number,
  big: number,
  tries = 4,
): number {
  const a = make(small);
  const b = make(big);
  const k = Math.round(big / small);
  fn(a); // warm up
  const smallRun = () => {
    const keep: unknown[] = [];
    for (let i = 0; i < k; i++) keep.push(fn(a));
    return keep;
  };
  let best = Number.POSITIVE_INFINITY;
  for (let t = 0; t < tries && best > BOUND; t++) {
    const ta = Math.min(cpuMs(smallRun), cpuMs(smallRun), cpuMs(smallRun));
    const tb = Math.min(
      cpuMs(() => fn(b)),
      cpuMs(() => fn(b)),
      cpuMs(() => fn(b)),
    );
    // a floor of 5 ms on the small side: below it the timer's resolution, not the code, sets the ratio
    best = Math.min(best, tb / Math.max(ta, 5));
  }
  return best;
}

const BOUND = 3.5;

describe('linear cost on adversarial shapes (fast-check, generous bound)', () => {
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
