/**
 * What the refine steps share: the tokens of the document (forms and lowercase forms), the mentions and
 * the mention covering each token, and the phrase tables compiled once from data/ner/.
 */
import { type TokenTable, tokenTable } from '../../doc/table.js';
import type { Doc } from '../../doc/types.js';
import { organisations as organisationsMined } from '../../lang/fr/generated/mined-ner.js';
import {
  headModifiers,
  institutions,
  locHeads,
  lowercaseOrganisations,
  mediumCues,
  nameAdjectives,
  notNames,
  organisations,
  orgHeads,
  orgSuffixes,
  seatsOfPower,
  typeNouns,
} from '../../lang/fr/generated/ner.js';
import type { TokenMention } from '../pipeline.js';

/** Switches for measuring each rule. @internal */
export const refineConfig = {
  heads: true,
  locHeads: true,
  institutions: true,
  seats: true,
  gazetteer: true,
  notNames: true,
  roles: true,
  typeNouns: true,
  expansions: true,
  extend: true,
  trimTail: true,
  trailingPerson: true,
  districts: true,
  miscToOrg: true,
  orgSuffix: true,
  medium: true,
  headDeterminers: true,
  standalonePlaces: true,
  seatPaths: true,
};

export const ACRONYM = /^\p{Lu}[\p{Lu}&.-]{1,7}$/u;

export const PER = 0;
export const ORG = 1;
export const LOC = 2;
export const MISC = 3;

/** A phrase as the token norms it is made of (elisions are tokens of their own: "d'" + "appel"). */
function phraseTokens(s: string): string[] {
  return s
    .replace(/’/g, "'")
    .replace(/(\p{L}')/gu, '$1 ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** A phrase of a list: its words and the type it names. */
export interface Phrase {
  words: string[];
  type: number;
}

/** Phrases indexed by their first (lowercase) word, longest first. */
function index(lists: [readonly string[], number][], lower: boolean): Map<string, Phrase[]> {
  const out = new Map<string, Phrase[]>();
  for (const [list, type] of lists) {
    for (const s of list) {
      const words = phraseTokens(lower ? s.toLowerCase() : s);
      if (words.length === 0) continue;
      const l = out.get(words[0]);
      if (l) l.push({ words, type });
      else out.set(words[0], [{ words, type }]);
    }
  }
  for (const l of out.values()) l.sort((a, b) => b.words.length - a.words.length);
  return out;
}

/** The phrase tables of the refine stage (built on first use). */
export interface Tables {
  heads: Map<string, Phrase[]>;
  modifiers: Map<string, Phrase[]>;
  adjectives: Set<string>;
  institutions: Map<string, Phrase[]>;
  seats: Map<string, Phrase[]>;
  orgNames: Map<string, Phrase[]>;
  notNames: Set<string>;
  lowerNames: Set<string>;
  typeNouns: Map<string, Phrase[]>;
  orgSuffixes: Set<string>;
  /** data/ner/medium-cues.txt: prepositions, verbs and nouns that name a platform as a medium. */
  mediumPreps: Set<string>;
  mediumVerbs: Set<string>;
  mediumNouns: Set<string>;
}

/** The entries of a list whose lines may carry a "kind: " prefix, for one kind (`''`: no prefix). */
function ofKind(list: readonly string[], kind: string): Set<string> {
  const out = new Set<string>();
  for (const line of list) {
    const colon = line.indexOf(':');
    const prefixed = colon > 0 && /^\w+$/.test(line.slice(0, colon));
    if ((prefixed ? line.slice(0, colon) : '') === kind)
      out.add(prefixed ? line.slice(colon + 1).trim() : line);
  }
  return out;
}

let tables: Tables | undefined;

export function getTables(): Tables {
  if (tables) return tables;
  tables = {
    heads: index(
      [
        [orgHeads, ORG],
        [locHeads, LOC],
      ],
      true,
    ),
    modifiers: index([[headModifiers, 0]], true),
    adjectives: new Set(nameAdjectives),
    institutions: index([[institutions, ORG]], true),
    seats: index([[seatsOfPower, ORG]], false),
    orgNames: index(
      [
        [organisations, ORG],
        [organisationsMined, ORG],
      ],
      false,
    ),
    notNames: new Set(notNames),
    // organisation names that news writes in lowercase ("franceinfo", "euronews")
    lowerNames: new Set(lowercaseOrganisations),
    typeNouns: index([[typeNouns, ORG]], true),
    orgSuffixes: new Set(orgSuffixes),
    mediumPreps: ofKind(mediumCues, 'prep'),
    mediumVerbs: ofKind(mediumCues, 'verb'),
    mediumNouns: ofKind(mediumCues, ''),
  };
  return tables;
}

export function isCap(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return s[0] !== s[0].toLowerCase() && s[0] === s[0].toUpperCase();
}

/**
 * The longest phrase of `map` at token `i` (compared on `key(i)`), or undefined. A phrase never runs
 * into the next sentence ("l'équipe de France" + "3 septembre" is not the channel "France 3").
 */
export function matchAt(
  map: Map<string, Phrase[]>,
  key: (i: number) => string,
  i: number,
  n: number,
  sentence: ArrayLike<number>,
): Phrase | undefined {
  const l = map.get(key(i));
  if (!l) return undefined;
  for (const p of l) {
    if (i + p.words.length > n) continue;
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++)
      ok = key(i + k) === p.words[k] && sentence[i + k] === sentence[i];
    if (ok) return p;
  }
  return undefined;
}

export function isSentenceStart(doc: Doc, i: number): boolean {
  const sentence = tokenTable(doc).sentence;
  return i === 0 || sentence[i - 1] !== sentence[i];
}

/** The state the steps read and change: `ms` sorted by `first`, `owner[i]` the index of the mention covering token i. */
export interface RefineState {
  doc: Doc;
  /** The Doc's token table (no Token objects). */
  toks: TokenTable;
  n: number;
  norms: string[];
  lowers: string[];
  lowerAt: (i: number) => string;
  normAt: (i: number) => string;
  sentence: (i: number) => number;
  T: Tables;
  ms: TokenMention[];
  owner: Int32Array;
  /** Sorts `ms` by `first` (in place) and recomputes `owner`. */
  reindex: () => void;
}

export function createState(doc: Doc, mentions: TokenMention[]): RefineState {
  const toks = tokenTable(doc);
  const n = toks.length;
  const lowers: string[] = new Array(n);
  const norms: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    norms[i] = toks.norm[i];
    lowers[i] = norms[i].toLowerCase();
  }
  const owner = new Int32Array(n).fill(-1);
  const s: RefineState = {
    doc,
    toks,
    n,
    norms,
    lowers,
    lowerAt: (i) => lowers[i],
    normAt: (i) => norms[i],
    sentence: (i) => toks.sentence[i],
    T: getTables(),
    ms: mentions.slice(),
    owner,
    reindex: () => {
      owner.fill(-1);
      s.ms.sort((a, b) => a.first - b.first);
      for (let k = 0; k < s.ms.length; k++) for (let i = s.ms[k].first; i <= s.ms[k].last; i++) owner[i] = k;
    },
  };
  s.reindex();
  return s;
}
