/**
 * Hostile and odd input against every public text function (issue 7): no throw but the documented
 * TypeError/RangeError, every span inside the text and slicing it exactly, same input same output,
 * output that survives JSON. Functions are picked up from the public API as the stages land.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as depeche from '../../src/index.js';

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
  ['extractQuotes', (f) => (t) => f(t)],
  ['analyze', (f) => (t) => f({ title: 'Titre', body: t, publishedAt: '2025-11-25' })],
];
const fns = candidates
  .filter(([name]) => typeof api[name] === 'function')
  .map(([name, wrap]) => [name, wrap(api[name] as (...a: unknown[]) => unknown)] as const);

/**
 * Walks a result and checks every `{start, end, text}` against the text it refers to. Plain comparisons,
 * one assertion at the end: results can hold 100,000 tokens.
 */
function checkSpans(result: unknown, text: string): void {
  const seen = new Set<unknown>();
  const bad: string[] = [];
  const visit = (v: unknown) => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      const { start, end } = o;
      if (
        !(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)
      )
        bad.push(`span ${start}-${end} outside 0..${text.length}`);
      else if (typeof o.text === 'string' && o !== result && text.slice(start, end) !== o.text)
        bad.push(`span ${start}-${end}: ${JSON.stringify(o.text.slice(0, 40))} is not the text there`);
    }
    if (bad.length > 5) return;
    for (const x of Array.isArray(v) ? v : Object.values(o)) visit(x);
  };
  visit(result);
  expect(bad).toEqual([]);
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

/** Real French news (the fixture articles), to be bent out of shape below. */
const FIXTURES = readdirSync(join(import.meta.dirname, '..', '..', 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', f), 'utf8'));

/** Right-to-left text: Arabic and Hebrew words, bidi marks, embeddings, overrides and isolates. */
const rtl = fc
  .array(
    fc.constantFrom(
      'قال الرئيس',
      ' في باريس',
      'שלום עולם',
      ' ירושלים',
      '\u200e',
      '\u200f',
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u061c',
      'Emmanuel Macron',
      ' le 3 mars. ',
      '١٢٣',
    ),
    { maxLength: 40 },
  )
  .map((a) => a.join(''));

/** Emoji: ZWJ families and professions, flags, skin tones, keycaps, variation selectors, broken sequences. */
const emoji = fc
  .array(
    fc.constantFrom(
      '👨‍👩‍👧‍👦',
      '👩🏽‍⚕️',
      '🏳️‍🌈',
      '🇫🇷',
      '🇺',
      '👍🏿',
      '1️⃣',
      '#️⃣',
      '\u200d',
      '\ufe0f',
      '\ud83d',
      '\ude00',
      'Paris',
      ' ',
      '. ',
      'à',
    ),
    { maxLength: 60 },
  )
  .map((a) => a.join(''));

/** Control and invisible characters, NUL first among them, mixed into words. */
const controls = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(
        '\u0000',
        '\u00ad',
        '\u200b',
        '\u2028',
        '\u2029',
        '\ufeff',
        '\ufffe',
        '\uffff',
        '\ufffd',
      ),
      fc.constantFrom('Le', ' maire', ' de', ' Lyon', ' a', ' parlé', '.', ' ', 'ÉTAT'),
    ),
    { maxLength: 80 },
  )
  .map((a) => a.join(''));

/** Letters buried under combining marks (Zalgo text), and marks with nothing to combine with. */
const combining = fc
  .array(
    fc.tuple(
      fc.constantFrom('a', 'E', 'é', ' ', '.', 'M', ''),
      fc.array(
        fc.integer({ min: 0x300, max: 0x36f }).map((c) => String.fromCharCode(c)),
        { maxLength: 12 },
      ),
    ),
    { maxLength: 40 },
  )
  .map((a) => a.map(([c, m]) => c + m.join('')).join(''));

/** Real news, bent: all caps, no spaces, no punctuation, wrapped in HTML or Markdown, cut anywhere (even mid-surrogate). */
const bentNews = fc
  .tuple(
    fc.constantFrom(...FIXTURES),
    fc.constantFrom('caps', 'nospace', 'nopunct', 'html', 'markdown', 'lower', 'asis'),
    fc.nat(),
    fc.nat(),
  )
  .map(([text, how, a, b]) => {
    const from = a % (text.length + 1);
    const cut = text.slice(from, from + (b % 3000));
    switch (how) {
      case 'caps':
        return cut.toUpperCase();
      case 'nospace':
        return cut.replace(/\s+/g, '');
      case 'nopunct':
        return cut.replace(/[\p{P}\p{S}]/gu, '');
      case 'html':
        return `<html><head><title>${cut.slice(0, 40)}</title><style>p{}</style></head><body>${cut
          .split('\n\n')
          .map((p) => `<p class="x">${p.replace(/ /g, ' <b>&nbsp;</b>')}</p>`)
          .join('\n')}<script>if(a<b&&c>d){}</script></body></html>`;
      case 'markdown':
        return `# ${cut.slice(0, 30)}\n\n> ${cut.replace(/\. /g, '.\n- **')}\n\n| a | b |\n|---|---|\n[lien](https://example.fr/${encodeURIComponent(cut.slice(0, 20))})`;
      case 'lower':
        return cut.toLowerCase();
      default:
        return cut;
    }
  });

/** Tokens of 100,000 characters (a word, a capitalised name, a number, a compound, a URL…) inside a sentence. */
const LONG_TOKENS = [
  'A'.repeat(100_000),
  `M${'é'.repeat(99_999)}`,
  '1'.repeat(100_000),
  'Jean-'.repeat(20_000),
  `https://example.fr/${'a/'.repeat(49_990)}`,
  "l'".repeat(50_000),
  '中'.repeat(100_000),
  '\u0301'.repeat(100_000),
  '👍'.repeat(50_000),
];

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

    it(`${name}(): right-to-left, emoji, control characters, combining marks, bent news`, () => {
      fc.assert(
        fc.property(fc.oneof(rtl, emoji, controls, combining, bentNews), (text) => {
          const a = fn(text);
          expect(fn(text)).toEqual(a);
          checkSpans(a, baseText(name, a, text));
          expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        }),
        { numRuns: name === 'analyze' ? 60 : 100 },
      );
    });

    it(`${name}(): tokens of 100,000 characters`, () => {
      for (const tok of LONG_TOKENS) {
        const text = `Le maire ${tok} a parlé hier à Paris.`;
        const r = fn(text);
        checkSpans(r, baseText(name, r, text));
      }
    }, 60_000);

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
