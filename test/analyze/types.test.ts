/**
 * Type tests of analyze(): checked by `npm run typecheck` (tsc over test/), with runtime checks that the
 * types tell the truth. A stage left on is never null; a stage switched off with a literal `false` is null.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type Analysis,
  type AnalyzeOptions,
  analyze,
  type DateMention,
  type EntityGroup,
  type EntityMention,
  type GatedEntity,
  type LanguageResult,
  type Summary,
  type Topic,
} from '../../src/index.js';

const text = 'Emmanuel Macron a reçu mardi à Paris le chancelier allemand.';

describe('analyze() result types follow the options', () => {
  it('no options: every stage is non-null', () => {
    const a = analyze(text);
    expectTypeOf(a.entities).toEqualTypeOf<GatedEntity[]>();
    expectTypeOf(a.entityGroups).toEqualTypeOf<EntityGroup<EntityMention>[]>();
    expectTypeOf(a.language).toEqualTypeOf<LanguageResult>();
    expectTypeOf(a.dates).toEqualTypeOf<DateMention[]>();
    expectTypeOf(a.topics).toEqualTypeOf<Topic[]>();
    expectTypeOf(a.summary).toEqualTypeOf<Summary>();
    // the point of it: compiles under strict
    const n: number = a.entities.length + a.dates.length + a.summary.sentences.length;
    expect(n).toBeGreaterThan(0);
  });

  it('options that switch nothing off keep stages non-null', () => {
    const a = analyze(text, { topics: { limit: 3 }, entities: { types: ['PER'] }, timings: true });
    expectTypeOf(a.topics).toEqualTypeOf<Topic[]>();
    expectTypeOf(a.entities).toEqualTypeOf<GatedEntity[]>();
    expect(a.entities.every((e) => e.type === 'PER')).toBe(true);
  });

  it('a literal false types the stage null, and it is null', () => {
    const a = analyze(text, { entities: false, summary: false });
    expectTypeOf(a.entities).toEqualTypeOf<null>();
    expectTypeOf(a.entityGroups).toEqualTypeOf<null>();
    expectTypeOf(a.summary).toEqualTypeOf<null>();
    expectTypeOf(a.dates).toEqualTypeOf<DateMention[]>();
    expect(a.entities).toBeNull();
    expect(a.entityGroups).toBeNull();
    expect(a.summary).toBeNull();
    // @ts-expect-error entities is null when switched off
    expect(() => a.entities.length).toThrow(TypeError);
  });

  it('options only known as AnalyzeOptions (or a boolean) give nullable stages', () => {
    const opts: AnalyzeOptions = { topics: false };
    const a = analyze(text, opts);
    expectTypeOf(a.topics).toEqualTypeOf<Topic[] | null>();
    const on = Math.random() > 2;
    const b = analyze(text, { dates: on });
    expectTypeOf(b.dates).toEqualTypeOf<DateMention[] | null>();
    expect(b.dates).toBeNull();
  });

  it('every result is assignable to Analysis (the shape for any options)', () => {
    const all: Analysis[] = [analyze(text), analyze(text, { language: false, topics: false })];
    expect(all[1].language).toBeNull();
    expectTypeOf(all[0].entities).toEqualTypeOf<GatedEntity[] | null>();
  });

  it('groups carry the offsets of their first mention and slim mentions', () => {
    const a = analyze('Macron parle. Emmanuel Macron répond.');
    for (const g of a.entityGroups) {
      expect(g.start).toBe(g.mentions[0].start);
      expect(g.end).toBe(g.mentions[0].end);
      expect(Object.keys(g.mentions[0]).sort()).toEqual(['end', 'start', 'text']);
      expect(a.text.slice(g.start, g.end)).toBe(g.mentions[0].text);
    }
  });
});
