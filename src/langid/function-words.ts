import {
  frenchSubjectPairs,
  functionWordsBre,
  functionWordsCat,
  functionWordsEng,
  functionWordsFra,
  functionWordsGlg,
  functionWordsIta,
  functionWordsOci,
  functionWordsPor,
  functionWordsRon,
  functionWordsSpa,
} from '../lang/fr/generated/langid.js';

/**
 * Function words of French and of the languages most often taken for it (data/langid/*.txt).
 * A word found in several lists counts for each of them, so only the words that set a language
 * apart move the decision.
 * @internal
 */
const LISTS: readonly [string, readonly string[]][] = [
  ['fra', functionWordsFra],
  ['cat', functionWordsCat],
  ['oci', functionWordsOci],
  ['glg', functionWordsGlg],
  ['spa', functionWordsSpa],
  ['por', functionWordsPor],
  ['ita', functionWordsIta],
  ['ron', functionWordsRon],
  ['bre', functionWordsBre],
  ['eng', functionWordsEng],
];

let table: Map<string, string[]> | undefined;
let frenchOnly: Set<string> | undefined;

/** word -> ISO 639-3 codes of the lists holding it. @internal */
export function functionWordTable(): Map<string, string[]> {
  if (table) return table;
  table = new Map();
  for (const [lang, list] of LISTS) {
    for (const w of list) {
      const e = table.get(w);
      if (e) {
        if (!e.includes(lang)) e.push(lang);
      } else table.set(w, [lang]);
    }
  }
  return table;
}

/**
 * Calls `hit` with the languages of each function word in `word`: the word itself, or, for an
 * elided form, its part up to the apostrophe (`l'homme` -> `l'`) and the word after it (French
 * `n'est` -> `n'`, `est`; Catalan `n'és` -> `n'`, `és`); Breton `c'h` counts as one.
 * @internal
 */
export function forEachFunctionWord(word: string, hit: (langs: readonly string[]) => void): void {
  const t = functionWordTable();
  const whole = t.get(word);
  if (whole) {
    hit(whole);
    return;
  }
  const q = word.indexOf("'");
  if (q <= 0) return;
  // one test, always run (word[q] is the apostrophe): a `q - 1` evaluated only after "'h" had no type
  // feedback on most texts and deopted detectLanguage, into which this is inlined, again and again
  const key = word.startsWith("c'h", q - 1) ? "c'h" : word.slice(0, q + 1);
  const part = t.get(key);
  if (part) hit(part);
  if (key === "c'h") return;
  const rest = t.get(word.slice(q + 1));
  if (rest) hit(rest);
}

/**
 * The function words of the French list that no other list holds (`là`, `où`, `ça`, `aux`…): among the
 * most frequent words of French, so, like the words of the French lexicon, never strong evidence
 * against French. @internal
 */
export function frenchOnlyFunctionWords(): Set<string> {
  if (frenchOnly) return frenchOnly;
  frenchOnly = new Set();
  for (const [w, langs] of functionWordTable())
    if (langs.length === 1 && langs[0] === 'fra') frenchOnly.add(w);
  return frenchOnly;
}

let pairs: { first: Set<string>; pairs: Set<string> } | undefined;

/**
 * How many subject pronoun + verb (or object pronoun) pairs of data/langid/french-subject-pairs.txt
 * the words hold, in order ("on est", "tu es", "il l'a"): French keeps the subject pronoun that
 * Catalan, Occitan and the other Romance languages drop. @internal
 */
export function countFrenchPairs(words: readonly string[]): number {
  if (!pairs) {
    pairs = {
      first: new Set(frenchSubjectPairs.map((p) => p.slice(0, p.indexOf(' ')))),
      pairs: new Set(frenchSubjectPairs),
    };
  }
  let n = 0;
  for (let k = 0; k + 1 < words.length; k++) {
    if (!pairs.first.has(words[k])) continue;
    const next = words[k + 1];
    const q = next.indexOf("'");
    if (
      pairs.pairs.has(`${words[k]} ${next}`) ||
      (q > 0 && pairs.pairs.has(`${words[k]} ${next.slice(0, q + 1)}`))
    )
      n++;
  }
  return n;
}
