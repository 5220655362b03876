import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/index.js';
import { charClass, SPACE } from '../../src/tokenize/chars.js';
import { normalizeToken } from '../../src/tokenize/tokenizer.js';

/** Strings mixing French text, typographic characters, lone surrogates, combining marks, emoji and controls. */
const frenchish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'M.',
        ' ',
        '\u00a0',
        '\u202f',
        '\n',
        '\n\n',
        "l'",
        'l’',
        'Jean-Pierre',
        'a-t-il',
        '1 000',
        '30,4',
        '«',
        '»',
        '.',
        '...',
        '…',
        '?',
        '!',
        'U.S.A.',
        'J.-C.',
        'https://x.fr/a',
        'a@b.fr',
        '@h',
        '#t',
        'é',
        'e\u0301',
        '\ud800',
        '\udc00',
        '👨‍👩‍👧',
        '👍🏽',
        '\u0000',
        '\u200d',
        'Paris',
        'le',
        'ÉTAT',
      ),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('tokenizer properties', () => {
  it('tokens slice the text exactly, in order, without overlap, covering every non-space character', () => {
    fc.assert(
      fc.property(frenchish, (text) => {
        const doc = createDoc(text);
        let pos = 0;
        for (const t of doc.tokens) {
          expect(t.start).toBeGreaterThanOrEqual(pos);
          expect(t.end).toBeGreaterThan(t.start);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          for (let p = pos; p < t.start; p++) expect(charClass(text.charCodeAt(p))).toBe(SPACE);
          pos = t.end;
        }
        for (let p = pos; p < text.length; p++) expect(charClass(text.charCodeAt(p))).toBe(SPACE);
      }),
      { numRuns: 400 },
    );
  });

  it('sentences partition the tokens in order and slice the text exactly', () => {
    fc.assert(
      fc.property(frenchish, (text) => {
        const doc = createDoc(text);
        let next = 0;
        for (const s of doc.sentences) {
          expect(s.tokenStart).toBe(next);
          expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          next = s.tokenEnd;
        }
        expect(next).toBe(doc.tokens.length);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and JSON-safe', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const a = createDoc(text);
        const b = createDoc(text);
        expect(a).toEqual(b);
        expect(JSON.parse(JSON.stringify(a.tokens))).toEqual(a.tokens);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary Unicode, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        createDoc(text);
      }),
      { numRuns: 500 },
    );
  });

  it('handles a 100k-character token and 1 MB of one character', () => {
    const long = 'a'.repeat(100_000);
    expect(createDoc(long).tokens).toHaveLength(1);
    const dots = '.'.repeat(999_999);
    expect(createDoc(dots).tokens).toHaveLength(1);
    const digits = '1 000'.repeat(100_000);
    const doc = createDoc(digits.slice(0, 400_000));
    expect(doc.tokens.at(-1)?.end).toBe(400_000);
  });
});

describe('shared token strings and chunked token lists (issue 19, memory)', () => {
  /** Short words from a small alphabet with typographic apostrophes and quotes: many spellings, many collisions. */
  const shortWords = fc
    .array(
      fc.oneof(
        fc.stringMatching(/^[a-cA-C1’'«»–…]{1,4}$/),
        fc.constantFrom(' ', ' ', '\n', '1 000', 'l’', 'M.', '-t-il', '...'),
      ),
      { minLength: 1, maxLength: 60 },
    )
    .map((parts) => parts.join(' '));

  it("every token's norm is that of its own text and kind, whatever spelling shared its slot before", () => {
    fc.assert(
      fc.property(fc.array(shortWords, { minLength: 1, maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        for (const t of createDoc(text).tokens) {
          expect(t.text).toBe(text.slice(t.start, t.end));
          expect(t.norm).toBe(normalizeToken(t.text, t.kind));
        }
      }),
      { numRuns: 200, seed: 19 },
    );
  });

  it('a text of many chunks of tokens gives every token once, in order, with its own text and norm', () => {
    // about 34,000 tokens: several chunks of 8,192 and more spellings than the table has slots
    const [text] = fc.sample(
      fc.array(shortWords, { minLength: 4000, maxLength: 4000 }).map((p) => p.join(' ')),
      { seed: 7, numRuns: 1 },
    );
    const doc = createDoc(text, { maxLength: text.length });
    expect(doc.tokens.length).toBeGreaterThan(3 * 8192);
    let pos = 0;
    for (const [i, t] of doc.tokens.entries()) {
      expect(t.start, `token ${i}`).toBeGreaterThanOrEqual(pos);
      expect(t.text).toBe(text.slice(t.start, t.end));
      expect(t.norm).toBe(normalizeToken(t.text, t.kind));
      pos = t.end;
    }
    // the same tokens as the text cut in two at a line break (no token spans one), each half alone
    const cut = text.indexOf('\n', text.length >> 1);
    expect(cut).toBeGreaterThan(0);
    const halves = [
      ...createDoc(text.slice(0, cut)).tokens,
      ...createDoc(text.slice(cut)).tokens.map((t) => ({ ...t, start: t.start + cut, end: t.end + cut })),
    ];
    expect(halves.map((t) => [t.start, t.end, t.norm, t.kind])).toEqual(
      doc.tokens.map((t) => [t.start, t.end, t.norm, t.kind]),
    );
  });
});
