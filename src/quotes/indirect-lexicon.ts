/**
 * The word lists only the indirect-quotation rules read (src/quotes/indirect.ts), compiled from data/quotes by
 * scripts/data/build-data.ts: how each speech verb carries its content without "que"
 * (data/quotes/indirect-frames.txt), the content nouns of a speech act's object (content-nouns.txt) and the
 * words that look like infinitives but are not (not-infinitives.txt), and the verbs that report speech only in
 * a fixed phrase (indirect-act-verbs.txt: "faire part de", "s'engager à"), with their generated forms.
 */

import { months } from '../lang/fr/generated/ner-cues.js';
import {
  contentNouns,
  etreForms,
  indirectActVerbForms,
  indirectAdjunctStarts,
  indirectAdverbialPhrases,
  indirectAdverbsBeforeAdjective,
  indirectAgentCounts,
  indirectAnyDeterminers,
  indirectApproximators,
  indirectBeforeInfinitive,
  indirectChargeDeterminers,
  indirectColonNouns,
  indirectComparatives,
  indirectFramesA,
  indirectFramesAttr,
  indirectFramesCall,
  indirectFramesCharge,
  indirectFramesContent,
  indirectFramesCount,
  indirectFramesDe,
  indirectFramesInf,
  indirectFramesNp,
  indirectFramesPerson,
  indirectFramesQ,
  indirectFramesSelf,
  indirectFronted,
  indirectInciseTails,
  indirectInciseVerbForms,
  indirectLinks,
  indirectNounBefore,
  indirectObjectDeterminers,
  indirectObjectParticles,
  indirectObjectRelatives,
  indirectOpinionHolders,
  indirectQuantities,
  indirectQuestionWords,
  indirectReInfinitives,
  indirectRelatives,
  indirectSelonRelatives,
  indirectSourceAdjectives,
  indirectTellVerbs,
  notColonVerbs,
  notInfinitives,
  selonDocuments,
  selonNouns,
} from '../lang/fr/generated/quotes.js';
import { key } from './lexicon.js';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(key));

/** Forms of « être » (data/quotes/etre-forms.txt): a speech verb right after one is a passive. */
export const ETRE = set(etreForms);

/** The frames of data/quotes/indirect-frames.txt, one set of lemmas each. */
export const FRAME = {
  /** any noun phrase object (not a person, place or time) */
  np: set(indirectFramesNp),
  /** a noun phrase object with a content-noun head */
  content: set(indirectFramesContent),
  /** a figure as the object */
  count: set(indirectFramesCount),
  /** de / à + infinitive */
  de: set(indirectFramesDe),
  /** a person, then de / à + infinitive */
  person: set(indirectFramesPerson),
  /** à + a content noun phrase */
  a: set(indirectFramesA),
  /** a bare infinitive clause */
  inf: set(indirectFramesInf),
  /** an indirect question: si, pourquoi, comment, ce que … */
  q: set(indirectFramesQ),
  /** a person, then à + a noun phrase (a call) */
  call: set(indirectFramesCall),
  /** a person, then de + a noun phrase (an accusation) */
  charge: set(indirectFramesCharge),
  /** the fixed phrase itself is the content */
  self: set(indirectFramesSelf),
  /** (a reflexive verb) an attribute and its complement */
  attr: set(indirectFramesAttr),
} as const;

/**
 * Inflected forms of the verbs that report speech only in a fixed phrase (data/quotes/indirect-act-verbs.txt),
 * form → lemma; a past participle also in ACT_PARTICIPLE.
 */
export const ACT_VERB = new Map<string, string>();
export const ACT_PARTICIPLE = new Set<string>();
for (const line of indirectActVerbForms) {
  const [form, lemma, p] = line.split('\t');
  ACT_VERB.set(key(form), lemma);
  if (p) ACT_PARTICIPLE.add(key(form));
}

/** Lemmas with at least one frame. */
export const FRAMED: ReadonlySet<string> = new Set(Object.values(FRAME).flatMap((s) => [...s]));

const CONTENT = set(contentNouns);
/** A content noun, singular or plural ("excuses" → excuse, "faits" → fait). */
export function isContentNoun(w: string): boolean {
  return CONTENT.has(w) || (/[sx]$/.test(w) && CONTENT.has(w.slice(0, -1)));
}

export const NOT_INFINITIVE = set(notInfinitives);

/** Speech verbs whose colon introduces no content without marks (data/quotes/not-colon-verbs.txt). */
export const NOT_COLON = set(notColonVerbs);

/** Nouns of counts, models and findings that make "selon X" a source (data/quotes/selon-nouns.txt). */
export const SELON_NOUN = set(selonNouns);

/** Documents that make "selon X" a source, read by the selon rule only (data/quotes/selon-documents.txt). */
export const SELON_DOCUMENT = set(selonDocuments);

/**
 * The words of an entry of several words in indirect-frames.txt after its verb, by the verb's lemma (without
 * "se"): "insister" → [["sur"]], "présenter" → [["*", "excuses"]]; longest first.
 */
export const PARTICLES = new Map<string, string[][]>();
for (const k of FRAMED) {
  // a reflexive verb keeps its "se" ("se prononcer pour" → "se prononcer": ["pour"])
  const words = k.split(' ');
  const verb = words[0] === 'se' ? `se ${words[1]}` : words[0];
  const rest = words.slice(words[0] === 'se' ? 2 : 1);
  if (rest.length === 0) continue;
  const l = PARTICLES.get(verb) ?? [];
  l.push(rest);
  l.sort((a, b) => b.length - a.length);
  PARTICLES.set(verb, l);
}

/** Common verbs in -re whose infinitive is evidence of a clause (data/quotes/indirect-re-infinitives.txt). */
export const RE_INFINITIVE = set(indirectReInfinitives);

/** Words of a comparison before "que" ("croyant plus à un meurtre qu'à un suicide"): no reported clause. (data/quotes/indirect-comparatives.txt) */
export const COMPARATIVE = set(indirectComparatives);

/** Negation and object clitics between "de" (or the verb) and an infinitive ("de ne pas l'avoir vu"). (data/quotes/indirect-before-infinitive.txt) */
export const BEFORE_INF = set(indirectBeforeInfinitive);

/** Determiners of "any" and "no": "a nié toute implication", "dément tout lien", "exclut aucune piste". (data/quotes/indirect-any-determiners.txt) */
export const ANY_DET = set(indirectAnyDeterminers);

/** Quantities that open a noun phrase with "de": "réclament davantage de justice sociale". (data/quotes/indirect-quantities.txt) */
export const QUANTITY = set(indirectQuantities);

/** Conjunctions opening a fronted subordinate clause ("Même si X a annoncé que …, la région …"). (data/quotes/indirect-fronted.txt) */
export const FRONTED = set(indirectFronted);

/** Prepositions before "l'annonce", "la demande": the cue is a noun ("après l'annonce du décès"). (data/quotes/indirect-noun-before.txt) */
export const NOUN_BEFORE = set(indirectNounBefore);

/** Determiners of an object rather than an inverted subject after an incise verb ("son cours", "une flambée"). (data/quotes/indirect-object-determiners.txt) */
export const OBJECT_DET = set(indirectObjectDeterminers);

/** A phrase opened by a preposition is an adjunct, not a subject ("En 2006", "Selon lui", "Pour sa part"). (data/quotes/indirect-adjunct-starts.txt) */
export const PREPOSITION_START = set(indirectAdjunctStarts);

/** A relative clause or a time complement after an incise's speaker: no more content. (data/quotes/indirect-relatives.txt) */
export const RELATIVE = set(indirectRelatives);

/** Words opening an indirect question: "si", "pourquoi", "comment", "ce que" … (data/quotes/indirect-question-words.txt) */
export const QUESTION = set(indirectQuestionWords);

/** Determiners of a counted charge: "accuse X de diverses fautes", "de plusieurs viols". (data/quotes/indirect-charge-determiners.txt) */
export const CHARGE_DET = set(indirectChargeDeterminers);

/** Adverbs between être and an adjective ("est aussi particulièrement alarmant"). (data/quotes/indirect-adverbs-before-adjective.txt) */
export const ADVERB_BEFORE = set(indirectAdverbsBeforeAdjective);

/** Counts opening an agent without a determiner ("par plusieurs salariées", "par deux anciennes joueuses"). (data/quotes/indirect-agent-counts.txt) */
export const COUNT = set(indirectAgentCounts);

/** "selon lequel / laquelle / lesquels / lesquelles": a relative source. (data/quotes/indirect-selon-relatives.txt) */
export const RELATIVE_SELON = set(indirectSelonRelatives);

/** Words of an approximate quantity that open a figure (data/quotes/indirect-approximators.txt). */
export const APPROXIMATOR = set(indirectApproximators);

/** Prepositions of the medium, place or occasion of a statement after an incise's speaker (data/quotes/indirect-incise-tails.txt). */
export const INCISE_TAIL = set(indirectInciseTails);

/** Particles between a speech verb and its quoted object (data/quotes/indirect-object-particles.txt). */
export const OBJECT_PARTICLE = set(indirectObjectParticles);

/**
 * Fixed adverbial phrases between a speech verb and its content (data/quotes/indirect-adverbial-phrases.txt),
 * as word lists by their first word, longest first.
 */
export const ADVERBIAL_PHRASE = new Map<string, string[][]>();
for (const line of indirectAdverbialPhrases) {
  const words = line.split(' ').map(key);
  const l = ADVERBIAL_PHRASE.get(words[0]) ?? [];
  l.push(words);
  ADVERBIAL_PHRASE.set(words[0], l);
}
for (const l of ADVERBIAL_PHRASE.values()) l.sort((a, b) => b.length - a.length);

/**
 * Finite forms of the verbs that report speech only as an incise with an inverted subject
 * (data/quotes/indirect-incise-verbs.txt: "…, anticipe le syndicat"), form → lemma; no participle, infinitive or
 * gerund.
 */
export const INCISE_ONLY = new Map<string, string>();
for (const line of indirectInciseVerbForms) {
  const [form, lemma, p] = line.split('\t');
  if (!p && !/(?:er|ant)$/.test(form)) INCISE_ONLY.set(key(form), lemma);
}

/** Nouns naming a statement that a colon after them gives (data/quotes/indirect-colon-nouns.txt). */
export const COLON_NOUN = set(indirectColonNouns);

/** People named by their relation or stance, whose opinion "Pour X," and "selon X" report (indirect-opinion-holders.txt). */
export const OPINION_HOLDER = set(indirectOpinionHolders);

/** Month and weekday names (data/ner/cues/months.txt): the words of a date between commas. */
export const MONTH = set(months);

/** Adjectives before a source's head that say which source (data/quotes/indirect-source-adjectives.txt). */
export const SOURCE_ADJECTIVE = set(indirectSourceAdjectives);

/** Coordinating links opening a sentence, outside the reported clause (data/quotes/indirect-links.txt). */
export const LINK = set(indirectLinks);

/** Relative pronouns that carry a reported object on past a comma (data/quotes/indirect-object-relatives.txt). */
export const OBJECT_RELATIVE = set(indirectObjectRelatives);

/** Speech verbs that take the person told before "que" (data/quotes/indirect-tell-verbs.txt). */
export const TELL = set(indirectTellVerbs);
