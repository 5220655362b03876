/**
 * The date scanner's view of a Doc (issue 19: no per-token copies; issue 16: the split costs nothing):
 * it reads the Doc's own tokens, keeps one folded form per token equal to the shared fold, and a text cut
 * at a line break is a view, not a copy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { MONTHS, NUMBER_WORDS, STARTERS, UNITS, WEEKDAYS } from '../../src/dates/lexicon.js';
import { Scanner, scan, scannerTokens } from '../../src/dates/scan/index.js';
import { F_HOT, F_START, wordFlags } from '../../src/dates/scan/scanner.js';
import { createDoc } from '../../src/doc/index.js';
import { tableTokens, tokenTable } from '../../src/doc/table.js';
import { fold } from '../../src/lang/fr/fold.js';

function scannerOf(text: string): Scanner {
  const doc = createDoc(text);
  return new Scanner(scannerTokens(doc.text, tokenTable(doc)), doc.text);
}

describe('date scanner: a view on the Doc', () => {
  it("reads the Doc's own token table when no number range has to be cut", () => {
    const doc = createDoc('Le sommet s’ouvre lundi 24 novembre à 14 h 30, pendant quatre jours.');
    expect(scannerTokens(doc.text, tokenTable(doc))).toBe(tokenTable(doc));
  });

  it('cuts a number range in three tokens that slice the text, and keeps the other tokens as they are', () => {
    const doc = createDoc('Il a dirigé le club en 2019-2020, puis de 9h30-11h00 à Lyon.');
    const table = scannerTokens(doc.text, tokenTable(doc));
    expect(table).not.toBe(tokenTable(doc));
    const toks = tableTokens(table);
    const texts = toks.map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['2019', '-', '2020', '9h30', '11h00']));
    for (const t of toks) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    for (const t of doc.tokens) if (!/^\d.*[-/]\d/.test(t.text)) expect(toks).toContainEqual(t);
  });

  it('folds every token as the shared fold does (numbers and punctuation as written)', () => {
    const alphabet = fc.constantFrom(
      ...'aeiouyAEIOUéèêàçÉÈÀÇœŒæ’\'- .,:«»"()0123456789hHLlMmDdSsTtNnRr'.split(''),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const sc = scannerOf(text);
        for (let i = 0; i < sc.n; i++) {
          const t = sc.tok(i);
          expect(sc.f(i)).toBe(t.kind === 'number' || t.kind === 'punct' ? t.text : fold(t.text));
        }
        expect(sc.f(-1)).toBe('');
        expect(sc.f(sc.n)).toBe('');
      }),
      { numRuns: 300 },
    );
  });

  it('flags every token as its folded form says, whether or not it was folded up front', () => {
    const words = [
      ...MONTHS.keys(),
      ...WEEKDAYS.keys(),
      ...UNITS.keys(),
      ...STARTERS,
      ...[...NUMBER_WORDS.keys()].slice(0, 40),
      'siècle',
      'Siècle',
      'mi-mars',
      'Mi-Juin',
      'vingt-deux',
      'quatre-vingt-dix',
      'Été',
      'août',
      'AOÛT',
      'Noël',
      'Paris',
      'Jean-Pierre',
      'a-t-il',
      'économie',
      'l’année',
      'XXe',
    ];
    const word = fc
      .constantFrom(...words)
      .chain((w) => fc.constantFrom(w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(word, fc.constantFrom('12', ',', '.', '«', '2019-2020')), { maxLength: 30 }),
        (ws) => {
          const sc = scannerOf(ws.join(' '));
          for (let i = 0; i < sc.n; i++) {
            const t = sc.tok(i);
            const f = sc.f(i);
            let want = t.kind === 'number' ? F_HOT | F_START : wordFlags(f);
            if (t.kind === 'punct') want &= F_HOT;
            if (t.kind !== 'punct' && (sc.f(i + 1) === 'siecle' || sc.f(i + 2) === 'siecle')) want |= F_START;
            expect([t.text, sc.flags[i]]).toEqual([t.text, want]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads capitalisation on demand, false outside the text', () => {
    const sc = scannerOf('Mardi, mai et Été, Œuvre, éte.');
    const caps = Array.from({ length: sc.n }, (_, i) => sc.cap(i));
    expect(caps).toEqual(Array.from({ length: sc.n }, (_, i) => /^\p{Lu}/u.test(sc.t.text[i])));
    expect(sc.cap(-1)).toBe(false);
    expect(sc.cap(sc.n)).toBe(false);
  });

  it('a text cut at a token is a view: the same arrays, nothing visible past the cut', () => {
    const sc = scannerOf('Il viendra mercredi 22 avril 2017 à Paris.');
    const cut = sc.cutAt(3);
    expect(cut.t).toBe(sc.t);
    expect(cut.fs).toBe(sc.fs);
    expect(cut.n).toBe(3);
    expect(cut.tok(2)).toEqual(sc.tok(2));
    expect(cut.tok(3)).toBeUndefined();
    expect(cut.f(3)).toBe('');
    expect(cut.glued(3)).toBe(false);
  });

  it('scans the same mentions from a string and from a Doc whose ranges are cut', () => {
    const text = 'Titre du lundi\n22 avril 2017\nLa saison 2019-2020 a duré de 9h30-11h00 le 3 mai.';
    const sc = scannerOf(text);
    const spans = scan(sc).map((c) => text.slice(c.start, c.end));
    expect(spans).toEqual(extractDates(text, { referenceDate: '2020-01-15' }).map((m) => m.text));
    // an expression never runs across the line break after a title
    expect(spans).not.toContain('lundi\n22 avril 2017');
  });
});
