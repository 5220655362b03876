import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lang/fr/fold.js';
import { NUMBER_WORDS, numberWord, roman } from '../../src/lang/fr/numbers.js';
import { stemFr } from '../../src/lang/fr/stemmer.js';

describe('fold (the one lookup key of every stage)', () => {
  it.each([
    ['Aujourd’hui', "aujourd'hui"],
    ['aujourd‘hui', "aujourd'hui"],
    ['ÉTÉ', 'ete'],
    ['Noël', 'noel'],
    ['garçon', 'garcon'],
    ['sœur', 'soeur'],
    ['Œuvre', 'oeuvre'],
    ['ex æquo', 'ex aequo'],
    ['lundi', 'lundi'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('is idempotent and gives the same key however often it is asked (cache)', () => {
    for (const w of ['Février', 'Sœurs', 'l’Élysée']) {
      const once = fold(w);
      expect(fold(once)).toBe(once);
      expect(fold(w)).toBe(once);
    }
  });
});

describe('French numbers', () => {
  it.each([
    ['un', 1],
    ['douze', 12],
    ['vingt-deux', 22],
    ['vingt-et-un', 21],
    ['soixante-dix', 70],
    ['quatre-vingt', 80],
    ['quatre-vingt-dix-neuf', 99],
    ['deux-cent', 200],
  ])('%s = %d', (word, value) => {
    expect(numberWord(word)).toBe(value);
  });

  it.each(['maison', 'vingt-maison', 'et', ''])('%s is not a number word', (word) => {
    expect(numberWord(word)).toBeUndefined();
  });

  it('keys its table with the shared fold', () => {
    for (const key of NUMBER_WORDS.keys()) expect(fold(key)).toBe(key);
  });

  it.each([
    ['xx', 20],
    ['xxi', 21],
    ['xiv', 14],
    ['abc', undefined],
  ])('roman %s = %s', (s, v) => {
    expect(roman(s)).toBe(v);
  });
});

describe('stemFr', () => {
  it('folds inflections of one word together', () => {
    expect(stemFr('escroqueries')).toBe(stemFr('escroquerie'));
    expect(stemFr('criminels')).toBe(stemFr('criminelle'));
  });
});
