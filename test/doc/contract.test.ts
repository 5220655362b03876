import { describe, expect, it } from 'vitest';
import {
  analyze,
  createDoc,
  type Doc,
  detectLanguage,
  extractDates,
  extractEntities,
  sentences,
  summarize,
  tagTopics,
  tokenize,
} from '../../src/index.js';

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

/** Every function taking a text and options (maxLength among them). */
const stageFns: Record<string, (text: string, o?: { maxLength?: number }) => unknown> = {
  createDoc,
  tokenize,
  sentences,
  detectLanguage,
  extractEntities,
  extractDates,
  tagTopics,
  summarize,
};
/** Every function that accepts a Doc. */
const docFns: Record<string, (doc: Doc) => unknown> = {
  detectLanguage,
  extractEntities,
  extractDates: (d) => extractDates(d, { referenceDate: '2025-11-25' }),
  tagTopics,
  summarize,
};

describe('one option contract for every function (issue 19)', () => {
  const long = `${'Le maire de Lyon a parlé lundi devant le conseil municipal. '.repeat(20_000)}`; // 1.2 M characters
  const big = { maxLength: 2_000_000 };

  it('maxLength raised by the caller is honoured everywhere (tagTopics included)', () => {
    expect(long.length).toBeGreaterThan(1_000_000);
    for (const [name, fn] of Object.entries(stageFns)) {
      expect(() => fn(long), name).toThrow(/over the limit of 1000000/);
      expect(() => fn(long, big), name).not.toThrow();
    }
    expect(() => analyze(long, big)).not.toThrow();
    expect(() => tagTopics({ title: 'Titre', body: long }, big)).not.toThrow();
    expect(() => summarize({ title: 'Titre', body: long }, big)).not.toThrow();
    expect(() => tagTopics('abcdef', { maxLength: 5 })).toThrow(/limit of 5/);
  }, 120_000);

  const cases: [string, () => unknown, ErrorConstructor, string][] = [
    [
      'threshold > 1',
      () => tagTopics('x', { threshold: 2 }),
      RangeError,
      'option threshold must be a number between 0 and 1, got 2',
    ],
    ['threshold < 0', () => tagTopics('x', { threshold: -0.1 }), RangeError, 'got -0.1'],
    [
      'threshold a string',
      () => tagTopics('x', { threshold: '0.5' as never }),
      TypeError,
      "option threshold must be a number, got '0.5' (string)",
    ],
    [
      'limit 1.5',
      () => tagTopics('x', { limit: 1.5 }),
      RangeError,
      'option limit must be an integer >= 0 (or Infinity), got 1.5',
    ],
    ['limit NaN', () => tagTopics('x', { limit: Number.NaN }), RangeError, 'got NaN'],
    [
      'minLetters NaN',
      () => detectLanguage('x', { minLetters: Number.NaN }),
      RangeError,
      'option minLetters must be a number >= 0, got NaN',
    ],
    [
      'minLetters a string',
      () => detectLanguage('x', { minLetters: '3' as never }),
      TypeError,
      "got '3' (string)",
    ],
    [
      'sentences a string',
      () => summarize('x', { sentences: '2' as never }),
      TypeError,
      "option sentences must be a number, got '2' (string)",
    ],
    ['sentences 1.5', () => summarize('x', { sentences: 1.5 }), RangeError, 'got 1.5'],
    [
      'maxLength NaN',
      () => createDoc('x', { maxLength: Number.NaN }),
      RangeError,
      'option maxLength must be an integer >= 0 (or Infinity), got NaN',
    ],
    [
      'maxLength a string',
      () => extractEntities('x', { maxLength: '10' as never }),
      TypeError,
      "option maxLength must be a number, got '10' (string)",
    ],
    [
      'stage switch a string',
      () => analyze('x', { topics: 'false' as never }),
      TypeError,
      "option topics must be true, false or an options object, got 'false' (string)",
    ],
    [
      'language switch a number',
      () => analyze('x', { language: 0 as never }),
      TypeError,
      'option language must be true or false, got 0',
    ],
    [
      'dates switch a string',
      () => analyze('x', { dates: 'no' as never }),
      TypeError,
      "option dates must be true or false, got 'no' (string)",
    ],
    [
      'assumeFrench a string',
      () => analyze('x', { assumeFrench: 'true' as never }),
      TypeError,
      "got 'true' (string)",
    ],
    [
      'topics.threshold via analyze',
      () => analyze('Hello there, this is English text.', { topics: { threshold: 5 } }),
      RangeError,
      'option topics.threshold',
    ],
    [
      'summary.sentences via analyze',
      () => analyze('x', { summary: { sentences: -1 } }),
      RangeError,
      'option summary.sentences',
    ],
  ];
  for (const [what, call, type, msg] of cases) {
    it(`${what}: ${type.name} naming the option and the value`, () => {
      expect(call).toThrow(type);
      expect(call).toThrow(msg);
    });
  }

  it('valid options still pass: threshold 0 and 1, limit Infinity, maxLength Infinity', () => {
    expect(() =>
      tagTopics('Grève à la SNCF.', { threshold: 0, limit: Number.POSITIVE_INFINITY }),
    ).not.toThrow();
    expect(() => tagTopics('Grève à la SNCF.', { threshold: 1 })).not.toThrow();
    expect(() => createDoc('x', { maxLength: Number.POSITIVE_INFINITY })).not.toThrow();
    expect(() => analyze('x', { topics: { limit: 2 }, summary: false, language: true })).not.toThrow();
  });
});

describe('a hand-made Doc with spans past its text: a clear TypeError (issue 19)', () => {
  const good = createDoc('Le maire de Lyon a parlé.');
  const broken = [
    [
      'a token past the text',
      { ...good, text: 'Le maire' },
      /tokens\[2\] spans 9\.\.11, not a range inside the text \(its text has 8 characters\)/,
    ],
    [
      'a token with a string offset',
      { ...good, tokens: [{ ...good.tokens[0], end: '2' }] },
      /tokens\[0\] spans 0\.\.'2' \(string\)/,
    ],
    [
      'a sentence past the tokens',
      { ...good, sentences: [{ ...good.sentences[0], tokenEnd: 99 }] },
      /sentences\[0\] holds tokens 0\.\.99/,
    ],
    ['a null token', { ...good, tokens: [null] }, /tokens\[0\] is null/],
  ] as const;
  for (const [what, doc, msg] of broken) {
    it(what, () => {
      for (const [name, fn] of Object.entries(docFns)) {
        expect(() => fn(doc as never), name).toThrow(TypeError);
        expect(() => fn(doc as never), name).toThrow(msg);
        expect(() => fn(doc as never), name).toThrow(/build Docs with createDoc\(\)/);
      }
    });
  }
  it('a Doc from createDoc, and a valid copy of it (e.g. through JSON), are accepted', () => {
    const copy = JSON.parse(JSON.stringify(good));
    for (const fn of Object.values(docFns)) {
      expect(() => fn(good)).not.toThrow();
      expect(fn(copy)).toEqual(fn(good));
    }
  });
});
