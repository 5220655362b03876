/**
 * Hostile and odd input against every public text function (issue 7): no throw but the documented
 * TypeError/RangeError, every span inside the text and slicing it exactly, same input same output,
 * output that survives JSON. Functions are picked up from the public API as the stages land.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as depeche from '../src/index.js';

type Fn = (text: string) => unknown;
const api = depeche as unknown as Record<string, unknown>;
const REF = { referenceDate: '2025-11-25' };

/** Every public function that takes text, called the way a user would. */
const candidates: [string, (f: (...a: unknown[]) => unknown) => Fn][] = [
  ['createDoc', (f) => (t) => f(t)],
  ['tokenize', (f) => (t) => f(t)],
  ['sentences', (f) => (t) => f(t)],
  ['detectLanguage', (f) => (t) => f(t)],
  ['extractEntities', (f) => (t) => f(t, REF)],
  ['extractDates', (f) => (t) => f(t, REF)],
  ['tagTopics', (f) => (t) => f(t)],
  ['summarize', (f) => (t) => f(t)],
  ['analyze', (f) => (t) => f({ title: 'Titre', body: t, publishedAt: '2025-11-25' })],
];
const fns = candidates
  .filter(([name]) => typeof api[name] === 'function')
  .map(([name, wrap]) => [name, wrap(api[name] as (...a: unknown[]) => unknown)] as const);

/** Walks a result and checks every `{start, end, text}` against the text it refers to. */
function checkSpans(result: unknown, text: string): void {
  const seen = new Set<unknown>();
  const visit = (v: unknown) => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      expect(o.start).toBeGreaterThanOrEqual(0);
      expect(o.end).toBeGreaterThan(o.start);
      expect(o.end).toBeLessThanOrEqual(text.length);
      if (typeof o.text === 'string' && o !== result) expect(text.slice(o.start, o.end)).toBe(o.text);
    }
    for (const x of Array.isArray(v) ? v : Object.values(o)) visit(x);
  };
  visit(result);
}

/** The text a result's offsets refer to: `analyze()` returns it as `text`, others use the input. */
function baseText(name: string, result: unknown, input: string): string {
  if (name === 'analyze') return (result as { text: string }).text;
  return input;
}

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc
    .array(
      fc.constantFrom(
        'Le président Emmanuel Macron',
        ' a rencontré ',
        "l'ONU",
        ' le 24 novembre 2025 à 14 h 30',
        '. ',
        '\n\n',
        '<p>',
        '</p>',
        '**gras**',
        '# Titre\n',
        'PARIS (AFP) - ',
        '\u00a0',
        '\u202f',
        '\ud800',
        '\u0301',
        '\u200f',
        'مرحبا',
        '你好',
        '👨‍👩‍👧',
        '\u0000',
        '1-0',
        '01 23 45 67 89',
        'hier',
        'MARSEILLE',
        '«',
        '»',
      ),
      { maxLength: 30 },
    )
    .map((a) => a.join('')),
);

describe('robustness of every public text function', () => {
  it('covers the text functions exported today', () => {
    expect(fns.map(([n]) => n)).toEqual(expect.arrayContaining(['createDoc', 'tokenize', 'sentences']));
  });

  for (const [name, fn] of fns) {
    it(`${name}(): no throw, valid spans, deterministic, JSON-safe on arbitrary text`, () => {
      fc.assert(
        fc.property(hostile, (text) => {
          const a = fn(text);
          const b = fn(text);
          expect(a).toEqual(b);
          checkSpans(a, baseText(name, a, text));
          expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(b)));
        }),
        { numRuns: name === 'analyze' ? 60 : 120 },
      );
    });

    it(`${name}(): odd shapes of text`, () => {
      const shapes = [
        '',
        '   \n\t ',
        'x'.repeat(100_000),
        'LE PRÉSIDENT DE LA RÉPUBLIQUE A ANNONCÉ HIER UNE RÉFORME. LES SYNDICATS PROTESTENT.',
        'motsansespacesnipontuationsurtrèslongueurpourvoir'.repeat(200),
        'sans ponctuation du tout le maire de Lyon parle aux habitants de la ville '.repeat(100),
        '<html><body><p>Le <b>maire</b> de Paris, Anne Hidalgo, a parlé.</p><script>x()</script></body></html>',
        '## Titre\n\n* point un\n* point deux [lien](https://example.fr)\n',
        '\u0000\u0001\u0002'.repeat(1000),
      ];
      for (const text of shapes) {
        const r = fn(text);
        checkSpans(r, baseText(name, r, text));
      }
    });
  }

  it('every text function rejects non-strings with a TypeError', () => {
    for (const [name] of fns) {
      if (name === 'analyze') continue; // takes an Article object too: tested in its own suite
      const f = api[name] as (x: unknown) => unknown;
      for (const bad of [42, null, undefined, {}, [], true]) expect(() => f(bad), name).toThrow(TypeError);
    }
  });

  it('every text function accepts 1 MB of one character and rejects more with a RangeError', () => {
    const mb = 'a'.repeat(1_000_000);
    for (const [name, wrapped] of fns) {
      // analyze() limits its whole text (title + body): give it the plain string here
      const fn = name === 'analyze' ? (t: string) => (api.analyze as Fn)(t) : wrapped;
      expect(() => fn(mb), name).not.toThrow();
      expect(() => fn(`${mb}a`), name).toThrow(RangeError);
    }
  }, 120_000);
});
