import { describe, expect, it } from 'vitest';
import { createDoc, sentences, tokenize } from '../src/index.js';

const fns = { createDoc, tokenize, sentences } as const;

describe('input contract', () => {
  for (const [name, fn] of Object.entries(fns)) {
    it(`${name}() throws a TypeError naming itself on non-strings`, () => {
      for (const bad of [undefined, null, 42, {}, [], Symbol('x')]) {
        expect(() => (fn as (x: unknown) => unknown)(bad)).toThrow(TypeError);
      }
      expect(() => (fn as (x: unknown) => unknown)(42)).toThrow(
        `depeche: ${name}() expects a string, got number`,
      );
    });
    it(`${name}() throws a RangeError naming the limit beyond maxLength`, () => {
      expect(() => fn('abcdef', { maxLength: 5 })).toThrow(RangeError);
      expect(() => fn('abcdef', { maxLength: 5 })).toThrow(/limit of 5/);
      expect(() => fn('x'.repeat(1_000_001))).toThrow(/limit of 1000000/);
    });
    it(`${name}() accepts empty and blank text`, () => {
      expect(() => fn('')).not.toThrow();
      expect(() => fn(' \n\u00a0\t ')).not.toThrow();
    });
  }
  it('empty text gives no tokens and no sentences', () => {
    expect(tokenize('')).toEqual([]);
    expect(sentences('  \n ')).toEqual([]);
    const doc = createDoc('\u202f');
    expect(doc.tokens).toEqual([]);
    expect(doc.sentences).toEqual([]);
  });
});
