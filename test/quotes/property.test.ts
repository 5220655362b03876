/**
 * Property tests of extractQuotes() on hostile input: never throws, every span (quotation, speaker, cue)
 * lies in the text and slices it exactly, results are in text order, do not overlap and are deterministic.
 * Linear time on 1 MB of unbalanced quotation marks is measured in bench/quotes.bench.ts, not here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc, extractEntities, extractQuotes, type Quote } from '../../src/index.js';

const pieces = fc.constantFrom(
  '«',
  '»',
  '“',
  '”',
  '"',
  '„',
  '‹',
  '›',
  ' « ',
  ' » ',
  ', a déclaré ',
  ', a-t-il dit',
  ' estime-t-elle ',
  ' a affirmé que ',
  'selon la police, ',
  "d'après ",
  'Pour lui, ',
  ' : ',
  'Emmanuel Macron',
  ' le ministre ',
  ' il ',
  ' elle ',
  'Rémy Heitz, procureur de Paris,',
  '. ',
  '\n',
  '\n\n',
  'le film « ',
  ' qu’il ',
  '’',
  '\u00a0',
  '\ud800',
  '👨‍👩‍👧',
  'Nous irons jusqu’au bout',
);
const hostile = fc.oneof(
  fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

function checkQuotes(text: string, found: readonly Quote[]): void {
  const bad: string[] = [];
  let last = -1;
  for (const q of found) {
    for (const s of [q, q.speaker, q.cue]) {
      if (s === null) continue;
      if (
        !(
          Number.isInteger(s.start) &&
          Number.isInteger(s.end) &&
          s.start >= 0 &&
          s.start < s.end &&
          s.end <= text.length
        )
      )
        bad.push(`span ${s.start}-${s.end} outside 0..${text.length}`);
      else if (text.slice(s.start, s.end) !== s.text)
        bad.push(`span ${s.start}-${s.end} is not ${JSON.stringify(s.text)}`);
    }
    if (q.start < last) bad.push(`quotation at ${q.start} overlaps or precedes the one before (end ${last})`);
    last = q.end;
    if (!(q.score > 0 && q.score <= 1)) bad.push(`score ${q.score}`);
    if (!['direct', 'indirect', 'mixed'].includes(q.kind)) bad.push(`kind ${q.kind}`);
  }
  expect(bad).toEqual([]);
}

describe('extractQuotes on hostile input', () => {
  it('never throws; spans valid, ordered, non-overlapping; deterministic (without entities)', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const found = extractQuotes(text);
        checkQuotes(text, found);
        expect(extractQuotes(text)).toEqual(found);
      }),
      { numRuns: 400 },
    );
  });

  it('same with the entity stage’s entities (as analyze() runs it)', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const doc = createDoc(text);
        const found = extractQuotes(doc, { entities: extractEntities(doc) });
        checkQuotes(text, found);
      }),
      { numRuns: 150 },
    );
  });

  it('takes entities of another text without throwing (spans still valid)', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const ents = extractEntities(b);
        checkQuotes(a, extractQuotes(a, { entities: ents }));
      }),
      { numRuns: 100 },
    );
  });

  it('handles 100,000 unbalanced quotation marks without throwing', () => {
    const text = '« “ " '.repeat(25_000);
    checkQuotes(text, extractQuotes(text));
  });
});
