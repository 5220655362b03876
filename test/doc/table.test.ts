import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { K_OTHER, KINDS, kindCode, tokenTable } from '../../src/doc/table.js';
import { createDoc, extractEntities, tokenize } from '../../src/index.js';

const TEXT =
  'M. Dupont est arrivé à l’Élysée le 3 mars.\n\n« Enfin ! » a-t-il dit à 14h30, 1 000 € plus tard.';

/** Whether `doc.tokens` is still the lazy getter (no Token object made yet). */
function lazy(doc: object): boolean {
  const d = Object.getOwnPropertyDescriptor(doc, 'tokens');
  return d !== undefined && typeof d.get === 'function';
}

describe('the token table of a Doc', () => {
  it('holds the same tokens as tokenize(): text, offsets, norm, kind, sentence', () => {
    const doc = createDoc(TEXT);
    const table = tokenTable(doc);
    expect(lazy(doc)).toBe(true);
    const tokens = tokenize(TEXT);
    expect(table.length).toBe(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      expect([
        table.text[i],
        table.start[i],
        table.end[i],
        table.norm[i],
        KINDS[table.kind[i]],
        table.sentence[i],
      ]).toEqual([t.text, t.start, t.end, t.norm, t.kind, t.sentence]);
    }
    expect(lazy(doc)).toBe(true);
  });

  it('is built once from the tokens of a Doc made by hand (and never from its text)', () => {
    const tokens = tokenize('Paris brûle.');
    const doc = { text: 'Paris brûle.', tokens, sentences: createDoc('Paris brûle.').sentences };
    const table = tokenTable(doc);
    expect(tokenTable(doc)).toBe(table);
    expect([...table.norm]).toEqual(['Paris', 'brûle', '.']);
    expect([...table.kind].map((k) => KINDS[k])).toEqual(['word', 'word', 'punct']);
  });

  it('a hand-made token of an unknown kind matches no kind', () => {
    const doc = {
      text: 'ab',
      tokens: [{ text: 'ab', start: 0, end: 2, norm: 'ab', kind: 'other' as 'word', sentence: 0 }],
      sentences: [],
    };
    expect(KINDS[tokenTable(doc).kind[0]]).toBeUndefined();
  });
});

describe('doc.tokens: created on first read, then a plain own property', () => {
  it('is an own enumerable property, in the same place as before (text, tokens, sentences)', () => {
    const doc = createDoc(TEXT);
    expect(Object.keys(doc)).toEqual(['text', 'tokens', 'sentences']);
    expect(lazy(doc)).toBe(true);
    const first = doc.tokens;
    expect(lazy(doc)).toBe(false);
    expect(doc.tokens).toBe(first); // kept, not rebuilt
    expect(Object.getOwnPropertyDescriptor(doc, 'tokens')).toMatchObject({ value: first, enumerable: true });
    expect(first).toEqual(tokenize(TEXT));
    expect(Object.keys(first[0])).toEqual(['text', 'start', 'end', 'norm', 'kind', 'sentence']);
  });

  it('JSON, spreading and structuredClone see the tokens as plain data', () => {
    const expected = tokenize(TEXT);
    const viaJson = JSON.parse(JSON.stringify(createDoc(TEXT)));
    expect(viaJson.tokens).toEqual(expected);
    expect(Object.keys(viaJson)).toEqual(['text', 'tokens', 'sentences']);
    const spread = { ...createDoc(TEXT) };
    expect(Object.getOwnPropertyDescriptor(spread, 'tokens')?.value).toEqual(expected);
    const cloned = structuredClone(createDoc(TEXT));
    expect(cloned.tokens).toEqual(expected);
  });

  it('assigning tokens replaces them; the stages then read the new ones (checked like a hand-made Doc)', () => {
    const doc = createDoc('Emmanuel Macron parle.') as { tokens: unknown };
    doc.tokens = [{ text: 'x', start: 0, end: 99, norm: 'x', kind: 'word', sentence: 0 }];
    expect(() => extractEntities(doc as never)).toThrow(/tokens\[0\] spans 0\.\.99/);
  });

  it('assigning tokens after they were read is seen too, on a Doc of createDoc() and on a hand-made one', () => {
    const doc = createDoc('Il pleut.') as { tokens: unknown; text: string };
    void (doc.tokens as unknown[]).length;
    expect(tokenTable(doc as never).length).toBe(3);
    doc.tokens = tokenize('Il');
    expect([...tokenTable(doc as never).norm]).toEqual(['Il']);
    const hand = { text: 'Il pleut.', tokens: tokenize('Il pleut.'), sentences: [] };
    expect(tokenTable(hand).length).toBe(3);
    hand.tokens = tokenize('Il');
    expect(tokenTable(hand).length).toBe(1);
  });

  it('a Doc whose tokens were read gives the same entities as one whose were not', () => {
    const a = createDoc(TEXT);
    const b = createDoc(TEXT);
    void b.tokens;
    expect(extractEntities(a)).toEqual(extractEntities(b));
  });

  it('property: tokenize() and the materialised doc.tokens agree on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect(createDoc(s).tokens).toEqual(tokenize(s));
      }),
      { seed: 19, numRuns: 200 },
    );
  });

  it('a kind code is its index in KINDS, and any other kind is K_OTHER', () => {
    KINDS.forEach((kind, i) => {
      expect(kindCode(kind), kind).toBe(i);
    });
    expect(K_OTHER).toBe(KINDS.length);
    expect(kindCode('sentence' as never)).toBe(K_OTHER);
  });
});
