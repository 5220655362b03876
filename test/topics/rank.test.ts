import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diversify } from '../../src/topics/rank.js';

interface Item {
  id: string;
  score: number;
  group: string;
}
const order = (items: Item[], discount: number) =>
  diversify(
    items,
    (t) => t.score,
    (t) => t.group,
    discount,
  ).map((t) => t.id);
const it3 = (rows: [string, number, string][]): Item[] =>
  rows.map(([id, score, group]) => ({ id, score, group }));

describe('diversify: the branch discount of the order (table)', () => {
  const cases: { name: string; items: Item[]; discount: number; want: string[] }[] = [
    {
      name: 'a second topic of one branch gives way to a close first topic of another',
      items: it3([
        ['energy', 0.9, 'economy'],
        ['business', 0.85, 'economy'],
        ['environment', 0.5, 'environment'],
      ]),
      discount: 0.4,
      want: ['energy', 'environment', 'business'],
    },
    {
      name: 'but not to a weak one (0.3 < 0.4 × 0.85)',
      items: it3([
        ['energy', 0.9, 'economy'],
        ['business', 0.85, 'economy'],
        ['environment', 0.3, 'environment'],
      ]),
      discount: 0.4,
      want: ['energy', 'business', 'environment'],
    },
    {
      name: 'one branch only: the order by score',
      items: it3([
        ['police', 0.93, 'crime'],
        ['fraud', 0.82, 'crime'],
        ['organised-crime', 0.66, 'crime'],
        ['cybercrime', 0.58, 'crime'],
      ]),
      discount: 0.4,
      want: ['police', 'fraud', 'organised-crime', 'cybercrime'],
    },
    {
      name: 'discount 1: the order by score',
      items: it3([
        ['a', 0.9, 'x'],
        ['b', 0.8, 'x'],
        ['c', 0.7, 'y'],
      ]),
      discount: 1,
      want: ['a', 'b', 'c'],
    },
    {
      name: 'the discount applies once: after the first of each branch, the rest by score',
      items: it3([
        ['a', 0.9, 'x'],
        ['b', 0.8, 'x'],
        ['c', 0.7, 'y'],
        ['d', 0.6, 'y'],
        ['e', 0.5, 'z'],
      ]),
      discount: 0.5,
      // a; c 0.7 and e 0.5 beat b 0.4; then b 0.4 > d 0.3
      want: ['a', 'c', 'e', 'b', 'd'],
    },
    {
      name: 'ties keep the input order',
      items: it3([
        ['a', 0.8, 'x'],
        ['b', 0.8, 'y'],
        ['c', 0.4, 'x'],
      ]),
      discount: 0.5,
      want: ['a', 'b', 'c'],
    },
    { name: 'empty', items: [], discount: 0.4, want: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(order(c.items, c.discount)).toEqual(c.want);
    });
  }
});

describe('diversify: properties', () => {
  const items = fc
    .array(
      fc.record({
        score: fc.double({ min: 0, max: 1, noNaN: true }),
        group: fc.constantFrom('a', 'b', 'c', 'd'),
      }),
      { maxLength: 15 },
    )
    .map((xs) =>
      xs
        .map((x, i) => ({ ...x, id: String(i) }))
        .sort((p, q) => q.score - p.score || Number(p.id) - Number(q.id)),
    );
  const discount = fc.double({ min: 0, max: 1, noNaN: true });

  it('is a permutation that keeps the best first and the order within each group', () => {
    fc.assert(
      fc.property(items, discount, (xs, d) => {
        const out = diversify(
          xs,
          (t) => t.score,
          (t) => t.group,
          d,
        );
        expect([...out].map((t) => t.id).sort()).toEqual(xs.map((t) => t.id).sort());
        if (xs.length > 0) expect(out[0].score).toBe(xs[0].score);
        for (const g of ['a', 'b', 'c', 'd'])
          expect(out.filter((t) => t.group === g)).toEqual(xs.filter((t) => t.group === g));
      }),
    );
  });

  it('never moves the first item of a group down, and with discount 1 keeps the order by score', () => {
    fc.assert(
      fc.property(items, discount, (xs, d) => {
        const out = diversify(
          xs,
          (t) => t.score,
          (t) => t.group,
          d,
        );
        for (const g of ['a', 'b', 'c', 'd']) {
          const first = xs.findIndex((t) => t.group === g);
          if (first >= 0) expect(out.indexOf(xs[first])).toBeLessThanOrEqual(first);
        }
        expect(
          diversify(
            xs,
            (t) => t.score,
            (t) => t.group,
            1,
          ),
        ).toEqual(xs);
      }),
    );
  });
});
