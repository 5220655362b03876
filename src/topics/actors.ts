/**
 * Who acts in an article, read cheaply from the tokens (no NER): a role noun next to a capitalised name makes
 * that name an actor of the role's class ("le ministre de la Santé Agnès Buzyn", "Carlos Ghosn, PDG de
 * Renault", "l'enseigne Intermarché"), and every later occurrence of the name counts for the class, weighted
 * by where it occurs (title, lead, rest). Foreign states are actors by name alone. The second stage reads,
 * per subject, whether the title names an actor of a class supporting it and how prominent those actors are
 * (src/topics/calibrate.ts). The classes and their phrases are data: data/topics/actors/<class>.txt.
 */
import { createDoc, type Doc } from '../doc/index.js';
import { K_WORD, type TokenTable, tokenTable } from '../doc/table.js';
import { topicActors } from '../lang/fr/generated/topics.js';
import { tokenKeys } from './keys.js';

/** A compiled actor phrase: its class, its keys, and for a foreign state, the state's index. */
interface ActorPhrase {
  cls: number;
  keys: readonly string[];
  state: number;
}

/** The compiled actor classes. @internal */
export interface ActorTables {
  /** Per class: its name, the IPTC codes of the subjects it supports, whether it lists states. */
  classes: readonly { name: string; subjects: readonly string[]; places: boolean }[];
  byFirst: ReadonlyMap<string, readonly ActorPhrase[]>;
}

let compiled: ActorTables | null = null;

/** The actor tables (built on first use). @internal */
export function actorTables(): ActorTables {
  if (compiled !== null) return compiled;
  const byFirst = new Map<string, ActorPhrase[]>();
  const classes = topicActors.map(([name, subjects, places]) => ({ name, subjects, places: places === 1 }));
  topicActors.forEach(([, , places, phrases], cls) => {
    phrases.forEach((line, state) => {
      for (const part of places === 1 ? line.split('|') : [line]) {
        const keys = tokenKeys(tokenTable(createDoc(part.trim()))).filter((k): k is string => k !== null);
        if (keys.length === 0) continue;
        const list = byFirst.get(keys[0]);
        const phrase = { cls, keys, state: places === 1 ? state : -1 };
        if (list === undefined) byFirst.set(keys[0], [phrase]);
        else list.push(phrase);
      }
    });
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  compiled = { classes, byFirst };
  return compiled;
}

/** Largest number of tokens between a role noun and the name it introduces ("ministre de l'Action et des Comptes publics Gérald Darmanin"). */
const ROLE_WINDOW = 8;

const isCapital = (t: TokenTable, i: number): boolean => {
  if (t.kind[i] !== K_WORD) return false;
  const c = t.text[i][0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
};

/** Tokens that may sit between a role and its name without ending the phrase (lower-case words, apostrophes, hyphens). */
const bridges = (t: TokenTable, i: number): boolean =>
  t.kind[i] === K_WORD || t.text[i] === "'" || t.text[i] === '’' || t.text[i] === '-';

/**
 * The actor signals of a Doc: per class, `[inTitle, prominence]` flattened (2 numbers a class, in
 * {@link actorTables} order). `weights[s]` is sentence s's weight (title, lead, rest) and `titleWeight` the
 * title's. For a role class, prominence is `ln(1 + Σ weight)` over every occurrence of a name the article
 * gives that role; for a class of states, `ln(1 + number of distinct states named)`. @internal
 * @example
 * ```ts
 * const doc = createDoc('Le ministre de la Santé Agnès Buzyn a parlé. Buzyn insiste.');
 * actorSignals(doc, new Float64Array([1.5, 1.5]), 2.5); // government: [0, ln(1 + 3 × 1.5)]
 * ```
 */
export function actorSignals(
  doc: Doc,
  weights: ArrayLike<number>,
  titleWeight: number,
  keys: readonly (string | null)[] = tokenKeys(tokenTable(doc)),
): Float64Array {
  const { classes, byFirst } = actorTables();
  const t = tokenTable(doc);
  const out = new Float64Array(2 * classes.length);
  const names = new Map<string, Set<number>>();
  const states: Set<number>[] = classes.map(() => new Set<number>());
  const addName = (i: number, cls: number) => {
    const set = names.get(t.text[i]);
    if (set === undefined) names.set(t.text[i], new Set([cls]));
    else set.add(cls);
  };
  for (let i = 0; i < t.length; i++) {
    const k = keys[i];
    if (k === null) continue;
    const list = byFirst.get(k);
    if (list === undefined) continue;
    for (const ph of list) {
      const n = ph.keys.length;
      if (i + n > t.length) continue;
      let ok = true;
      for (let j = 1; j < n && ok; j++) ok = keys[i + j] === ph.keys[j];
      if (!ok) continue;
      const end = i + n;
      const w = weights[t.sentence[i]];
      if (ph.state >= 0) {
        // a state: counted by name
        states[ph.cls].add(ph.state);
        if (w === titleWeight) out[2 * ph.cls] = 1;
        out[2 * ph.cls + 1] += 0; // prominence of states: distinct count, set below
        i = end - 1;
        break;
      }
      // a role: the name after it (the last word of the first run of capitalised words within the window)…
      let at = -1;
      for (let j = end; j < Math.min(t.length, end + ROLE_WINDOW) && t.sentence[j] === t.sentence[i]; j++) {
        if (isCapital(t, j)) {
          at = j;
          while (at + 1 < t.length && isCapital(t, at + 1) && t.sentence[at + 1] === t.sentence[i]) at++;
          break;
        }
        if (!bridges(t, j)) break;
      }
      if (at >= 0) addName(at, ph.cls);
      // …or before it, in apposition ("Carlos Ghosn, PDG de Renault")
      let c = i - 1;
      if (c >= 0 && t.kind[c] === K_WORD && !isCapital(t, c) && t.text[c].length <= 3) c--; // le, la, l', son
      if (c >= 1 && t.text[c] === ',' && isCapital(t, c - 1) && t.sentence[c - 1] === t.sentence[i])
        addName(c - 1, ph.cls);
      i = end - 1;
      break;
    }
  }
  // prominence: every occurrence of an actor's name, weighted by where it occurs
  if (names.size > 0) {
    for (let i = 0; i < t.length; i++) {
      if (t.kind[i] !== K_WORD) continue;
      const set = names.get(t.text[i]);
      if (set === undefined) continue;
      const w = weights[t.sentence[i]];
      for (const cls of set) {
        out[2 * cls + 1] += w;
        if (w === titleWeight) out[2 * cls] = 1;
      }
    }
  }
  classes.forEach((c, cls) => {
    out[2 * cls + 1] = c.places ? Math.log1p(states[cls].size) : Math.log1p(out[2 * cls + 1]);
  });
  return out;
}
