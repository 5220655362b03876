import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/index.js';
import { firstAtOrAfter, indexStartingAt } from '../../src/doc/spans.js';

const items = [{ start: 0 }, { start: 5 }, { start: 9 }, { start: 14 }];

describe('searches over spans in text order', () => {
  it.each([
    [-1, 0],
    [0, 0],
    [1, 1],
    [5, 1],
    [6, 2],
    [14, 3],
    [15, 4],
  ])('firstAtOrAfter(…, %d) = %d', (pos, expected) => {
    expect(firstAtOrAfter(items, pos)).toBe(expected);
  });

  it('gives 0 on an empty list', () => {
    expect(firstAtOrAfter([], 3)).toBe(0);
    expect(indexStartingAt([], 3)).toBe(-1);
  });

  it('finds each token of a doc by its start and nothing between tokens', () => {
    const doc = createDoc("L'Élysée a annoncé, lundi 3 mars, « un accord ».");
    doc.tokens.forEach((t, i) => {
      expect(indexStartingAt(doc.tokens, t.start)).toBe(i);
      if (t.end - t.start > 1) expect(indexStartingAt(doc.tokens, t.start + 1)).toBe(-1);
    });
  });
});
