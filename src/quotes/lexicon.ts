/** The French word lists of the quotation stage, compiled from data/quotes by scripts/data/build-data.ts. */
import { fold } from '../lang/fr/fold.js';
import {
  auxiliaries,
  collectiveNouns,
  determiners,
  documentNouns,
  firstNameGenders,
  genderCues,
  inciseVerbForms,
  mandates,
  mediaNouns,
  notQue,
  notSources,
  npStops,
  orgDescriptions,
  orgNouns,
  personNouns,
  preAdjectives,
  roleKin,
  roles,
  skipBeforeVerb,
  sourceNouns,
  sources,
  speechVerbForms,
  subjectPronouns,
  timeNouns,
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
export const VERB = new Map<string, string>();
/** Speech verb forms that are past participles ("déclaré", "dit", "reconnue"). */
export const PARTICIPLE = new Set<string>();
// the incise verbs (data/quotes/incise-verbs.txt) after the speech verbs: a form already there keeps its lemma
for (const list of [speechVerbForms, inciseVerbForms])
  for (const line of list) {
    const [form, lemma, p] = line.split('\t');
    if (VERB.has(key(form))) continue;
    VERB.set(key(form), lemma);
    if (p === 'p') PARTICIPLE.add(key(form));
  }
export const AUX = set(auxiliaries);
export const DET = set(determiners);
export const NP_STOP = set(npStops);
export const ORG_NOUN = set(orgNouns);
/** Singular nouns of a group of people (data/quotes/collective-nouns.txt): "la foule", "la défense". */
export const COLLECTIVE_NOUN = set(collectiveNouns);
/** Documents whose words are their author's (data/quotes/document-nouns.txt): "la synthèse de l'Observatoire". */
export const DOCUMENT_NOUN = set(documentNouns);
/** Nouns that describe an organisation without naming it (data/quotes/org-descriptions.txt), besides ORG_NOUN. */
export const ORG_DESCRIPTION = set(orgDescriptions);
export const MEDIA_NOUN = set(mediaNouns);
export const NOT_QUE = set(notQue);
export const NOT_SOURCE = set(notSources);
export const PRE_ADJ = set(preAdjectives);
export const ROLE = set(roles);
/** Elected mandates, which a politician accumulates with another role (data/quotes/mandates.txt). */
export const MANDATE = set(mandates);
/** Nouns of a person's occupation or situation (not an office): roles that may add to another one. */
export const PERSON_NOUN = set(personNouns);
export const SKIP = set(skipBeforeVerb);
export const SOURCE_NOUN = set(sourceNouns);
export const TITLE_CUE = set(titleCues);
export const TIME_NOUN = set(timeNouns);
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

/** Index of the head noun of the noun phrase [a, b) of `low`: past determiners and pre-nominal adjectives. */
export function headOf(low: readonly string[], a: number, b: number): number {
  let h = a;
  while (h < b - 1 && (DET.has(low[h]) || PRE_ADJ.has(low[h]))) h++;
  return h;
}

/** A role noun, with its "ex-" prefix removed ("ex-ministre" → "ministre"), or null. */
export function roleOf(word: string): string | null {
  const w = word.startsWith('ex-') ? word.slice(3) : word;
  return ROLE.has(w) || PERSON_NOUN.has(w) ? w : null;
}

/** Word before a name → the gender it gives the name ("la juge Sabine Khéris" → f). */
export const GENDER_CUE = new Map<string, 'f' | 'm'>(
  genderCues.map((l) => [key(l.slice(2)), l.startsWith('f:') ? 'f' : 'm'] as [string, 'f' | 'm']),
);

/**
 * First name → the gender French news gives the people it names (data/quotes/first-name-genders.txt, mined from
 * OrangeSum by scripts/data/quotes-first-names.ts): used only when the text itself does not mark the person.
 */
export const FIRST_NAME_GENDER = new Map<string, 'f' | 'm'>(
  firstNameGenders.map((l) => [key(l.slice(2)), l.startsWith('f:') ? 'f' : 'm'] as [string, 'f' | 'm']),
);

/** A word without case and diacritics ("Valérie" → "valerie"), by the library's one folding function. */
export const bare = fold;

/**
 * The same first names without diacritics, for names spelt without them ("Valerie Denux"); a bare spelling that
 * two genders share ("andré" / "andrée" are distinct, "dominique" is not listed) is left out.
 */
export const FIRST_NAME_GENDER_BARE = (() => {
  const out = new Map<string, 'f' | 'm' | '?'>();
  for (const [name, g] of FIRST_NAME_GENDER) {
    const b = bare(name);
    const was = out.get(b);
    out.set(b, was === undefined || was === g ? g : '?');
  }
  return out;
})();

/**
 * Broader or synonymous role → the roles it may describe (data/quotes/role-kin.txt): "magistrat" → procureur,
 * juge…; keyed "noun" or "noun complement" ("chef gouvernement" → premier ministre). `comp` is the complement
 * the holder's role must have ('' for any).
 */
export const ROLE_KIN = new Map<string, { role: string; comp: string }[]>(
  roleKin.map((line) => {
    const [general, specific] = line.split(':');
    return [
      key(general.trim()),
      specific.split(',').map((r) => {
        const [role, comp = ''] = key(r.trim()).split('/');
        return { role, comp };
      }),
    ] as [string, { role: string; comp: string }[]];
  }),
);
