import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/create.js';
import { firstNames, organisations, places, surnames } from '../../src/lang/fr/generated/mined-gazetteers.js';
import {
  CLUSTER_LEVELS,
  clusterOf,
  clusterPath,
  FIRST_NAME,
  gazetteerFlags,
  LOC_CUE,
  ORG,
  ORG_CUE,
  PER_CUE,
  PLACE,
  SURNAME,
  wordRank,
} from '../../src/lexicon/index.js';

/** Fraction of pairs (a, b) that share a cluster at `level`. */
function shareRate(pairs: [string, string][], level: number): number {
  let same = 0;
  for (const [a, b] of pairs)
    if (clusterOf(a, level) >= 0 && clusterOf(a, level) === clusterOf(b, level)) same++;
  return same / pairs.length;
}

function pairsWithin(words: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) out.push([words[i], words[j]]);
  return out;
}

function pairsAcross(xs: string[], ys: string[]): [string, string][] {
  return xs.flatMap((x) => ys.map((y): [string, string] => [x, y]));
}

const CITIES = ['Paris', 'Marseille', 'Lyon', 'Toulouse', 'Bordeaux', 'Lille', 'Nantes', 'Strasbourg'];
const COUNTRIES = ['Allemagne', 'Italie', 'Espagne', 'Chine', 'Russie', 'Belgique', 'Suisse', 'Japon'];
const POLITICIANS = ['Macron', 'Hollande', 'Sarkozy', 'Trump', 'Mélenchon', 'Fillon', 'Biden', 'Valls'];
const FIRST_NAMES = ['Emmanuel', 'Nicolas', 'François', 'Jean', 'Marine', 'Laurent', 'Christophe', 'Olivier'];
const CAR_MAKERS = ['Renault', 'Peugeot', 'Citroën', 'Volkswagen', 'Toyota', 'Ferrari'];
const PARTICIPLES = ['mangé', 'vendu', 'quitté', 'acheté', 'perdu', 'oublié', 'construit', 'écrit'];
const FUNCTION_WORDS = ['de', 'la', 'le', 'et', 'dans', 'pour', 'avec', 'sur'];

describe('clusters: lookups', () => {
  it('has three nested levels, coarsest first', () => {
    expect([...CLUSTER_LEVELS]).toEqual([64, 256, 1024]);
  });

  it.each(['Paris', 'Macron', 'SNCF', 'Renault', 'Marseille', 'Biden', 'ONU', 'ministre', 'de'])(
    'knows %s at every level, ids in range',
    (w) => {
      const path = clusterPath(w);
      expect(path).not.toBeNull();
      (path as number[]).forEach((c, i) => {
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThan(CLUSTER_LEVELS[i]);
      });
      expect(clusterOf(w)).toBe((path as number[])[2]);
      expect(clusterOf(w, 64)).toBe((path as number[])[0]);
    },
  );

  it.each(['Xqzzt', 'zzkqwx', '', '12345', 'Brrmmpfloutch'])('gives -1 / null / 0 for unknown %j', (w) => {
    expect(clusterOf(w)).toBe(-1);
    expect(clusterOf(w, 64)).toBe(-1);
    expect(clusterPath(w)).toBeNull();
    expect(wordRank(w)).toBe(-1);
    expect(gazetteerFlags(w)).toBe(0);
  });

  it('rejects an unknown level', () => {
    expect(() => clusterOf('Paris', 100)).toThrow(RangeError);
  });

  it('levels nest: same fine cluster implies same coarse clusters', () => {
    const words = [...CITIES, ...COUNTRIES, ...POLITICIANS, ...FIRST_NAMES, ...PARTICIPLES];
    for (const a of words)
      for (const b of words) {
        if (clusterOf(a, 1024) === clusterOf(b, 1024)) {
          expect(clusterOf(a, 256)).toBe(clusterOf(b, 256));
          expect(clusterOf(a, 64)).toBe(clusterOf(b, 64));
        }
        if (clusterOf(a, 256) === clusterOf(b, 256)) expect(clusterOf(a, 64)).toBe(clusterOf(b, 64));
      }
  });

  it('ranks words by frequency and keeps case', () => {
    expect(wordRank('de')).toBeGreaterThanOrEqual(0);
    expect(wordRank('de')).toBeLessThan(10);
    expect(wordRank('Paris')).toBeLessThan(wordRank('Besançon'));
    expect(wordRank('paris')).not.toBe(wordRank('Paris'));
  });

  it('falls back to the lowercase or capitalised form when the exact form is unknown', () => {
    expect(wordRank('CASTANER')).toBe(-1);
    expect(clusterOf('CASTANER')).toBe(clusterOf('Castaner'));
    expect(wordRank('Partenariats')).toBe(-1);
    expect(clusterOf('Partenariats')).toBe(clusterOf('partenariats'));
  });
});

describe('clusters: distributional sanity (rates over many pairs, not exact ids)', () => {
  it.each([
    ['cities', CITIES],
    ['countries', COUNTRIES],
    ['politicians', POLITICIANS],
    ['first names', FIRST_NAMES],
    ['participles', PARTICIPLES],
  ])('%s share a 64-cluster far more often than they share one with other kinds', (_, group) => {
    const others = [
      ...CITIES,
      ...COUNTRIES,
      ...POLITICIANS,
      ...FIRST_NAMES,
      ...PARTICIPLES,
      ...FUNCTION_WORDS,
    ].filter((w) => !group.includes(w));
    const within = shareRate(pairsWithin(group), 64);
    const across = shareRate(pairsAcross(group, others), 64);
    expect(within).toBeGreaterThanOrEqual(0.6);
    expect(across).toBeLessThan(within / 2);
  });

  it('Paris shares a cluster with Marseille more often than with mangé, at every level', () => {
    const levels = CLUSTER_LEVELS.filter((l) => clusterOf('Paris', l) === clusterOf('Marseille', l));
    expect(levels.length).toBeGreaterThanOrEqual(2);
    for (const l of CLUSTER_LEVELS) expect(clusterOf('Paris', l)).not.toBe(clusterOf('mangé', l));
  });

  it('separates people from places at the 64 level', () => {
    expect(shareRate(pairsAcross(POLITICIANS, CITIES), 64)).toBeLessThanOrEqual(0.1);
    expect(shareRate(pairsAcross(FIRST_NAMES, CITIES), 64)).toBeLessThanOrEqual(0.1);
    expect(shareRate(pairsAcross(FIRST_NAMES, POLITICIANS), 64)).toBeLessThanOrEqual(0.1);
  });

  it('car makers mostly share a 256-cluster', () => {
    expect(shareRate(pairsWithin(CAR_MAKERS), 256)).toBeGreaterThanOrEqual(0.5);
  });
});

describe('gazetteers', () => {
  const has = (w: string, flag: number): boolean => (gazetteerFlags(w) & flag) !== 0;

  it.each([
    ['Emmanuel', FIRST_NAME],
    ['Nicolas', FIRST_NAME],
    ['Anne', FIRST_NAME],
    ['Macron', SURNAME],
    ['Hollande', SURNAME],
    ['Merkel', SURNAME],
    ['Marseille', PLACE],
    ['Lyon', PLACE],
    ['Allemagne', PLACE],
    ['Bouches-du-Rhône', PLACE],
    ['ONU', ORG],
    ['OMS', ORG],
    ['Renault', ORG],
    ['SNCF', ORG],
    ['CGT', ORG],
    ['Insee', ORG],
    ['Rachida', FIRST_NAME],
    ['Pierre', FIRST_NAME],
    ['Philippe', FIRST_NAME],
    ['Philippe', SURNAME],
    ['Pen', SURNAME],
    ['Conseil', ORG_CUE],
    ['ministère', ORG_CUE],
    ['ministre', PER_CUE],
    ['M.', PER_CUE],
    ['commune', LOC_CUE],
  ])('%s has flag %i', (w, flag) => {
    expect(has(w, flag)).toBe(true);
  });

  // False positives: common words, capitalised common words, and names of the wrong class.
  it.each([
    ['mangé', FIRST_NAME | SURNAME | PLACE | ORG],
    ['Le', FIRST_NAME | SURNAME | PLACE | ORG],
    ['La', FIRST_NAME | SURNAME | PLACE | ORG],
    ['Mme', FIRST_NAME | SURNAME | PLACE | ORG],
    ['Madame', FIRST_NAME],
    ['Saint', FIRST_NAME],
    ['New', FIRST_NAME],
    ['Il', FIRST_NAME | SURNAME | PLACE | ORG],
    ['Marche', PLACE],
    ['PIB', ORG],
    ['ONG', ORG],
    ['Figaro', PLACE],
    ['Macron', PLACE | ORG | FIRST_NAME],
    ['Marseille', FIRST_NAME | SURNAME | ORG],
    ['Emmanuel', PLACE | ORG],
    ['ONU', FIRST_NAME | SURNAME],
    ['ministre', FIRST_NAME | SURNAME | PLACE | ORG],
  ])('%s lacks flags %i', (w, flags) => {
    expect(gazetteerFlags(w) & flags).toBe(0);
  });

  it('is case-sensitive', () => {
    expect(gazetteerFlags('marseille')).toBe(0);
    expect(has('Conseil', ORG_CUE)).toBe(true);
  });
});

describe('lexicon: integration with the tokenizer and the reviewable lists', () => {
  it('knows every word of a plain news sentence as tokenised by createDoc', () => {
    const doc = createDoc(
      "Emmanuel Macron est arrivé mardi à Marseille, où l'attendaient les élus de la SNCF.",
    );
    const words = doc.tokens.filter((t) => t.kind === 'word');
    expect(words.length).toBeGreaterThan(10);
    for (const t of words) expect(wordRank(t.norm), t.norm).toBeGreaterThanOrEqual(0);
  });

  it('never emits an excluded entry, and every entry is one token', () => {
    const lists: Record<string, readonly string[]> = {
      'first-names': firstNames,
      surnames,
      places,
      organisations,
    };
    const exclude = readFileSync(
      join(import.meta.dirname, '..', '..', 'data', 'ner', 'exclude', 'gazetteers.lst'),
      'utf8',
    )
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    expect(exclude.length).toBeGreaterThan(10);
    for (const line of exclude) {
      const m = /^([a-z-]+):(.+)$/.exec(line);
      const targets = m ? [m[1]] : Object.keys(lists);
      for (const name of targets) expect(lists[name], `${name} has ${line}`).not.toContain(m ? m[2] : line);
    }
    for (const list of Object.values(lists)) {
      expect(list.length).toBeGreaterThan(100);
      for (const w of list) expect(createDoc(w).tokens.length, w).toBe(1);
    }
  });
});
