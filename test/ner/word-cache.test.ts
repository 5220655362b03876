import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordCache } from '../../src/ner/word-cache.js';

describe('WordCache: a memo of per-word values with bounded memory', () => {
  it('returns what was stored, and undefined for what never was', () => {
    const c = new WordCache<number>(4);
    c.set('le', 1);
    c.set('Paris', 2);
    expect(c.get('le')).toBe(1);
    expect(c.get('Paris')).toBe(2);
    expect(c.get('Lyon')).toBeUndefined();
  });

  it('keeps words read again across a generation change, and drops the rest', () => {
    const c = new WordCache<string>(2);
    c.set('a', 'A');
    c.set('b', 'B'); // young {a, b}: full
    c.set('c', 'C'); // young {a, b} becomes old; young {c}
    expect(c.get('a')).toBe('A'); // read from the old generation: moved to the young one
    c.set('d', 'D'); // young {c, a} becomes old; {a, b} dropped; young {d}
    expect(c.get('a')).toBe('A');
    expect(c.get('c')).toBe('C');
    expect(c.get('b')).toBeUndefined();
  });

  it('holds at most two generations, however many words it sees', () => {
    const c = new WordCache<number>(100);
    for (let i = 0; i < 100_000; i++) {
      c.set(`w${i}`, i);
      c.get(`w${i % 50}`); // a few frequent words read all along
    }
    expect(c.size).toBeLessThanOrEqual(200);
    for (let i = 0; i < 50; i++) expect(c.get(`w${i % 50}`)).toBe(i);
  });

  it('never answers with another key’s value, and stays within its bound (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 20 })), { maxLength: 300 }),
        (generation, ops) => {
          const c = new WordCache<string>(generation);
          for (const [write, k] of ops) {
            const key = `k${k}`;
            if (write) c.set(key, `v${k}`);
            else {
              const v = c.get(key);
              if (v !== undefined) expect(v).toBe(`v${k}`);
            }
            expect(c.size).toBeLessThanOrEqual(2 * generation);
          }
        },
      ),
    );
  });
});
