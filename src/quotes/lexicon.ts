/** The French word lists of the quotation stage, compiled from data/quotes by scripts/build-data.ts. */
import {
  auxiliaries,
  determiners,
  npStops,
  orgNouns,
  roles,
  skipBeforeVerb,
  sourceNouns,
  sources,
  speechVerbForms,
  subjectPronouns,
  titleCues,
} from '../lang/fr/generated/quotes.js';

/** Lowercase, straight apostrophes: the key every list is looked up with. */
export function key(s: string): string {
  return s.toLowerCase().replace(/[’ʼ`]/g, "'");
}

function set(list: readonly string[]): ReadonlySet<string> {
  return new Set(list.map(key));
}

/** Speech verb form → lemma. */
export const VERB = new Map<string, string>(
  speechVerbForms.map((fl) => {
    const tab = fl.indexOf('\t');
    return [key(fl.slice(0, tab)), fl.slice(tab + 1)] as [string, string];
  }),
);
export const AUX = set(auxiliaries);
export const DET = set(determiners);
export const NP_STOP = set(npStops);
export const ORG_NOUN = set(orgNouns);
export const ROLE = set(roles);
export const SKIP = set(skipBeforeVerb);
export const SOURCE_NOUN = set(sourceNouns);
export const TITLE_CUE = set(titleCues);
export const PRONOUN = set(subjectPronouns);
/** Source markers by their first word: "selon" → [["selon"]], "de" → [["de", "l'", "avis", "de"]]. */
export const SOURCES = new Map<string, string[][]>();
for (const s of sources) {
  const words = key(s)
    .replace(/'/g, "' ")
    .split(/\s+/)
    .filter((w) => w !== '');
  const list = SOURCES.get(words[0]) ?? [];
  list.push(words);
  SOURCES.set(words[0], list);
}
