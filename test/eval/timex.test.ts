import { describe, expect, it } from 'vitest';
import { scoreTimex, sumTimex } from '../../src/eval/timex.js';

describe('scoreTimex (TempEval-3 style)', () => {
  const gold = [
    { start: 0, end: 4, type: 'DATE', value: '2025-11-23' },
    { start: 10, end: 17, type: 'TIME', value: '2025-11-23T21:45' },
    { start: 30, end: 42, type: 'DURATION', value: 'P4D' },
  ];
  it('perfect prediction scores 1 everywhere', () => {
    const s = scoreTimex(gold, gold);
    expect([s.strict.f1, s.relaxed.f1, s.value.f1, s.type.f1]).toEqual([1, 1, 1, 1]);
  });
  it('separates strict, relaxed and value matches', () => {
    const pred = [
      { start: 0, end: 9, type: 'TIME', value: '2025-11-23TEV' }, // overlaps gold 0, wrong value and type
      { start: 10, end: 17, type: 'TIME', value: '2025-11-23T21:45' }, // exact
      { start: 50, end: 55, type: 'DATE', value: '2025' }, // spurious
    ];
    const s = scoreTimex(gold, pred);
    expect(s.counts).toEqual({ strict: 1, relaxed: 2, value: 1, type: 1 });
    expect(s.strict.precision).toBeCloseTo(1 / 3);
    expect(s.strict.recall).toBeCloseTo(1 / 3);
    expect(s.relaxed.precision).toBeCloseTo(2 / 3);
    expect(s.relaxed.recall).toBeCloseTo(2 / 3);
    expect(s.value.f1).toBeCloseTo(1 / 3);
  });
  it('matches one-to-one, preferring the largest overlap', () => {
    const s = scoreTimex(
      [{ start: 0, end: 10, value: 'a' }],
      [
        { start: 0, end: 2, value: 'b' },
        { start: 0, end: 10, value: 'a' },
      ],
    );
    expect(s.counts.relaxed).toBe(1);
    expect(s.counts.value).toBe(1);
  });
  it('empty inputs give zeros, never NaN', () => {
    const s = scoreTimex([], []);
    expect(s.strict).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
  it('sumTimex micro-averages documents', () => {
    const a = scoreTimex(gold, gold);
    const b = scoreTimex(gold, []);
    const t = sumTimex([a, b]);
    expect(t.gold).toBe(6);
    expect(t.predicted).toBe(3);
    expect(t.strict.recall).toBeCloseTo(0.5);
    expect(t.strict.precision).toBe(1);
  });
});
