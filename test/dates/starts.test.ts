/**
 * Soundness of the scanner's start-word index (issue 16: the split costs nothing in speed). A rule listed in
 * START_WORDS is only asked at a token whose folded form is one of its start words, so:
 *  - for every listed rule, calling it at any other token returns undefined (phrase table, fixture articles,
 *    and generated token sequences made of the words the rules read);
 *  - scanning with and without the index gives the same candidates on the same texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETS, MONTHS, NUMBER_WORDS, PARTS, STARTERS, UNITS, WEEKDAYS } from '../../src/dates/lexicon.js';
import {
  FAMILIES,
  type Rule,
  Scanner,
  START_WORDS,
  scan,
  scannerTokens,
} from '../../src/dates/scan/index.js';
import { F_START, wordFlags } from '../../src/dates/scan/scanner.js';
import { createDoc } from '../../src/doc/index.js';
import { tokenTable } from '../../src/doc/table.js';
import { numberWord } from '../../src/lang/fr/numbers.js';

function scannerOf(text: string): Scanner {
  const doc = createDoc(text);
  return new Scanner(scannerTokens(doc.text, tokenTable(doc)), doc.text);
}

const phrases = readFileSync(join(import.meta.dirname, 'phrases.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => l.split('\t')[0].replaceAll('\\n', '\n'));
const fixtureDir = join(import.meta.dirname, '..', '..', 'fixtures');
const articles = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(fixtureDir, f), 'utf8'));

/** The words the rules read, written as in a text (a few with capitals and accents), and other tokens. */
const VOCAB = [
  ...new Set([
    ...[...START_WORDS.values()].flat(),
    ...DETS,
    ...STARTERS,
    ...[...PARTS.keys()],
    ...[...MONTHS.keys()],
    ...[...WEEKDAYS.keys()],
    ...[...UNITS.keys()],
    ...[...NUMBER_WORDS.keys()].slice(0, 30),
    'après',
    'très',
    'tôt',
    'début',
    'journée',
    'même',
    'déjeuner',
    'du',
    'de',
    "d'",
    "l'",
    'à',
    'vers',
    'entre',
    'et',
    'heure',
    'heures',
    'h',
    'Lundi',
    'Le',
    'La',
    'Au',
    'En',
    'Dans',
    'Environ',
    'lendemain',
    'surlendemain',
    'moment',
    'travail',
    'prochain',
    'dernier',
    '1er',
    '3',
    '15',
    '24',
    '2020',
    '9h30',
    '14h',
    '2019-2020',
    ',',
    '.',
    '\n',
    'maison',
  ]),
];
const generated = fc.sample(
  fc
    .array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 14 })
    .map((ws) => ws.join(' ').replaceAll("' ", "'")),
  { numRuns: 3000, seed: 16 },
);
/** Sentences written for this test, so that every indexed rule matches at least once. */
const seeds = [
  'Il part très tôt le matin, et tôt dans la matinée.',
  "Ils se voient après le travail, au moment du déjeuner et à l'heure du déjeuner.",
  'En fin de soirée, au milieu de la semaine, à la fin de l’année prochaine.',
  'Dans la matinée, dans la semaine, la semaine du 6 octobre, la journée de lundi.',
  'Cette journée, au lendemain du drame, vers environ 15 heures, la nuit du 4 au 5 août.',
  'Lundi prochain, ce même mardi, le mercredi suivant, jeudi en huit, ce vendredi soir, samedi dernier.',
  "Aujourd'hui, hier, demain soir, avant-hier, après-demain, la veille, le lendemain du 3 mai, le même jour, le jour même, le jour précédent, ce matin, maintenant, tout de suite, ce jour.",
  'Chaque lundi, tous les mois, deux fois par an, pour l’instant, de nos jours, les années à venir, toute la semaine, à présent, en ce moment, à cette époque, actuellement.',
];
const corpus = [...seeds, ...phrases, ...articles, ...generated];
const scanners = corpus.map(scannerOf);

/** Tokens where a rule returns a candidate although their folded form is not one of `starts`. */
function violations(rule: Rule, starts: readonly string[]): string[] {
  const out: string[] = [];
  for (const sc of scanners)
    for (let i = 0; i < sc.n; i++) {
      if (starts.includes(sc.f(i))) continue;
      if (rule(sc, i) !== undefined) out.push(`${sc.t.text[i]} in "${sc.text.slice(0, 80)}"`);
    }
  return out;
}

describe('date scanner: start-word index (START_WORDS)', () => {
  it('covers a corpus where every indexed rule matches somewhere', () => {
    expect(phrases.length).toBeGreaterThan(200);
    expect(articles.length).toBeGreaterThan(10);
    for (const [rule, starts] of START_WORDS) {
      expect(FAMILIES.some((f) => f.rules.includes(rule))).toBe(true);
      // the rule does match in the corpus, at one of its start words
      const hits = scanners.some((sc) => {
        for (let i = 0; i < sc.n; i++) if (starts.includes(sc.f(i)) && rule(sc, i)) return true;
        return false;
      });
      expect(hits, rule.name).toBe(true);
    }
  });

  for (const [rule, starts] of START_WORDS)
    it(`${rule.name} returns undefined at every token outside its start words`, () => {
      expect(violations(rule, starts)).toEqual([]);
    });

  it('the check fails on a start list that is too short (it can fail)', () => {
    const [rule, starts] = [...START_WORDS].find(([, s]) => s.length > 1)!;
    expect(violations(rule, starts.slice(1)).length).toBeGreaterThan(0);
  });

  it('scanning with and without the index gives identical candidates', () => {
    let found = 0;
    for (const text of corpus) {
      const a = scan(scannerOf(text), true);
      const b = scan(scannerOf(text), false);
      expect(a).toEqual(b);
      found += a.length;
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('a hyphenated word starts an expression exactly when it is a number word (the head check skips no number)', () => {
    const parts = [...[...NUMBER_WORDS.keys()].slice(0, 40), 'et', 'a', 't', 'il', 'jean', 'luc', 'mi', ''];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { minLength: 2, maxLength: 4 }), (ps) => {
        const w = ps.join('-');
        if (w.startsWith('mi-')) return;
        if (numberWord(w) !== undefined) expect(wordFlags(w) & F_START).toBe(F_START);
        if (wordFlags(w) === 0) expect(numberWord(w)).toBeUndefined();
      }),
      { numRuns: 2000, seed: 16 },
    );
  });
});
