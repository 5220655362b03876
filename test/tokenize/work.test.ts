/**
 * The tokenizer's work per input character, counted instead of timed (issue 19): every string search,
 * copy and case change it asks of the engine, with the characters each may touch, and every regular
 * expression it runs, on the adversarial shapes of the bench and on generated ones. Ten times more text
 * must be ten times more work (a rescan of the token or of the text at each step — the causes of the
 * quadratic paths found so far — makes it a hundred), and the work per character stays small. Counts
 * do not depend on the machine's load, so the bounds are tight. The timed check of createDoc() is in
 * bench/linear.bench.ts.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillUnit, HOSTILE_PIECES, SHAPES } from '../../bench/shapes.js';
import { createDoc } from '../../src/index.js';

interface Work {
  calls: number;
  chars: number;
}

const work: Work = { calls: 0, chars: 0 };
const S = String.prototype;
const R = RegExp.prototype;
const original = {
  indexOf: S.indexOf,
  lastIndexOf: S.lastIndexOf,
  slice: S.slice,
  toLowerCase: S.toLowerCase,
  toUpperCase: S.toUpperCase,
  replace: S.replace,
  exec: R.exec,
  test: R.test,
};

beforeAll(() => {
  // each patched method counts one call and the characters it may read or write
  S.indexOf = function (this: string, search: string, from?: number) {
    const r = original.indexOf.call(this, search, from);
    work.calls++;
    work.chars += (r < 0 ? this.length : r + search.length) - Math.max(0, from ?? 0);
    return r;
  };
  S.lastIndexOf = function (this: string, search: string, from?: number) {
    const r = original.lastIndexOf.call(this, search, from);
    work.calls++;
    work.chars += Math.min(this.length, (from ?? this.length) + 1) - Math.max(0, r);
    return r;
  };
  S.slice = function (this: string, start?: number, end?: number) {
    const r = original.slice.call(this, start, end);
    work.calls++;
    work.chars += r.length;
    return r;
  };
  S.toLowerCase = function (this: string) {
    work.calls++;
    work.chars += this.length;
    return original.toLowerCase.call(this);
  };
  S.toUpperCase = function (this: string) {
    work.calls++;
    work.chars += this.length;
    return original.toUpperCase.call(this);
  };
  S.replace = function (this: string, ...args: unknown[]) {
    work.calls++;
    work.chars += this.length;
    return (original.replace as (...a: unknown[]) => string).apply(this, args);
  } as typeof S.replace;
  // a sticky expression reads from lastIndex on; a match reads at least its own length
  R.exec = function (this: RegExp, s: string) {
    const from = this.sticky || this.global ? this.lastIndex : 0;
    const r = original.exec.call(this, s);
    work.calls++;
    work.chars += r ? r[0].length + 1 : this.sticky ? 1 : s.length - from;
    return r;
  };
  R.test = function (this: RegExp, s: string) {
    work.calls++;
    work.chars += String(s).length;
    return original.test.call(this, s);
  };
});

afterAll(() => {
  Object.assign(S, {
    indexOf: original.indexOf,
    lastIndexOf: original.lastIndexOf,
    slice: original.slice,
    toLowerCase: original.toLowerCase,
    toUpperCase: original.toUpperCase,
    replace: original.replace,
  });
  Object.assign(R, { exec: original.exec, test: original.test });
});

/** Calls and characters of work of createDoc() on `text`, with the number of tokens. */
function measure(text: string): Work & { tokens: number } {
  work.calls = 0;
  work.chars = 0;
  const doc = createDoc(text, { maxLength: text.length });
  return { calls: work.calls, chars: work.chars, tokens: doc.tokens.length };
}

/**
 * Characters of work allowed per input character: a constant (a '»' is looked at by the tokenizer, its
 * normalisation and the sentence splitter: about 16); a rescan of the text per token gives thousands.
 */
const PER_CHAR = 24;
const SMALL = 20_000;
const BIG = 200_000;

/** Work per character at BIG over that at SMALL (1 when linear), the larger of calls and characters. */
function growth(make: (n: number) => string): { ratio: number; perChar: number } {
  const a = measure(make(SMALL));
  const b = measure(make(BIG));
  const k = BIG / SMALL;
  // a few calls of fixed cost per text (the first search, the last token) are not growth
  const ratio = Math.max((b.calls + 50) / (a.calls + 50) / k, (b.chars + 500) / (a.chars + 500) / k);
  return { ratio, perChar: b.chars / BIG };
}

describe('createDoc work per character (counted, deterministic)', () => {
  it('the counters see the tokenizer work (the check is not vacuous)', () => {
    const m = measure("Jusqu'où ira-t-il ? M. Dupont a vu 1 000 personnes à l'ONU.");
    expect(m.calls).toBeGreaterThan(10);
    expect(m.chars).toBeGreaterThan(20);
    // a quadratic helper is caught: a search of the whole text at each token
    const text = fillUnit('. ', SMALL);
    work.calls = 0;
    work.chars = 0;
    for (let i = 0; i < text.length; i += 2) text.indexOf('@', 0);
    expect(work.chars / SMALL).toBeGreaterThan(1000);
  });

  it.each(SHAPES.map((s) => [s.name, s] as const))(
    '%s: linear work, a few characters of work per character',
    (_n, shape) => {
      const g = growth(shape.make);
      expect(g.ratio).toBeLessThanOrEqual(1.05);
      expect(g.perChar).toBeLessThanOrEqual(PER_CHAR);
    },
  );

  it('token counts of one-character tokens: one token per non-space character', () => {
    for (const [unit, perUnit] of [
      ['. ', 1],
      [')', 1],
      ['"', 1],
      ['-', 1],
      ['« ', 1],
    ] as const) {
      const m = measure(fillUnit(unit, BIG));
      expect(m.tokens, JSON.stringify(unit)).toBe((BIG / unit.length) * perUnit);
    }
  });

  it('generated hostile units: linear work', () => {
    const unit = fc
      .array(fc.constantFrom(...HOSTILE_PIECES), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(unit, (u) => {
        const g = growth((n) => fillUnit(u, n));
        return g.ratio <= 1.05 && g.perChar <= PER_CHAR;
      }),
      { numRuns: 40, seed: 19 },
    );
  });
});
