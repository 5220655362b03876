/**
 * Speech-verb groups and the noun phrases around them: the verb group ("a-t-il déclaré", "s'est exclamé"),
 * the speaker named after it (an incise) or before it (the subject), and which noun phrases can be a source.
 */

import {
  AUX,
  DET,
  headOf,
  NOT_SOURCE,
  NP_STOP,
  ORG_NOUN,
  PARTICIPLE,
  PRONOUN,
  ROLE,
  roleOf,
  SKIP,
  SOURCE_NOUN,
  TIME_NOUN,
  VERB,
} from './lexicon.js';
import type { SpeakerRef } from './speaker.js';
import {
  ASIDE,
  CLAUSE_STOP,
  CLITIC,
  CONJ,
  DE_DET,
  MODAL,
  NOUN_DET,
  nominalParticiple,
  OBJ_PRONOUNS,
  PREPOSITION,
  SENT_END,
  type Text,
  TITLE_BEFORE_NAME,
  UPPER,
} from './text.js';

/** First words of the asides ("de son côté", "pour sa part"): only these start the three-word lookup. */
const ASIDE_FIRST = new Set([...ASIDE].map((a) => a.split(' ')[0]));

/** Forms of "faire" before an infinitive ("fait remarquer", "a fait savoir"). */
const FAIRE = new Set(['fait', 'font', 'faisait', 'faisaient', 'fit', 'fera', 'ferait', 'faisant']);
/** Infinitives that make a speech verb after "faire": faire savoir, faire valoir, faire remarquer, faire observer. */
const CAUSATIVE = new Set(['savoir', 'valoir', 'remarquer', 'observer']);

/** A speech verb group at `i`: "déclare", "a déclaré", "a-t-il déclaré", "estime-t-elle", "s'est exclamé". */
export interface VerbGroup {
  cue: number;
  lemma: string;
  /** Token of the inverted subject clitic ("-t-il"), or -1. */
  clitic: number;
  /** First token after the group. */
  next: number;
  /** The verb is a bare past participle (no auxiliary): an adjective as often as a verb. */
  bare: boolean;
  /** First token of the group, modal verb included ("tenu" in "a tenu à préciser"). */
  head: number;
}

export function verbGroup(x: Text, i: number, limit: number): VerbGroup | null {
  let k = i;
  let clitic = -1;
  // reflexive or negation before the auxiliary: "s'est exclamé", "n'a pas caché"
  for (
    let s = 0;
    s < 2 && k < limit && (x.low[k] === "s'" || x.low[k] === 'se' || x.low[k] === "n'" || x.low[k] === 'ne');
    s++
  )
    k++;
  let aux = false;
  if (k < limit && AUX.has(x.low[k])) {
    aux = true;
    k++;
    // "a t-il ajouté": the first hyphen missing, "t" is a token of its own
    if (k + 1 < limit && x.low[k] === 't' && CLITIC.test(x.low[k + 1])) k++;
    if (k < limit && CLITIC.test(x.low[k])) clitic = k++;
    // "a de son côté assuré", "a pour sa part estimé"
    if (
      k + 3 < limit &&
      ASIDE_FIRST.has(x.low[k]) &&
      ASIDE.has(`${x.low[k]} ${x.low[k + 1]} ${x.low[k + 2]}`)
    )
      k += 3;
    // "a par exemple témoigné", "a sans doute voulu": an adverbial group between the auxiliary and the participle
    k = adverbGroupEnd(x, k, limit);
    // (not "l'" after the auxiliary: an object pronoun comes before it, "l'a interrompue"; "était l'invité de"
    // is a determiner and a noun)
    for (
      let s = 0;
      s < 3 &&
      k < limit &&
      (SKIP.has(x.low[k]) || x.low[k].endsWith('ment')) &&
      x.low[k] !== "l'" &&
      !VERB.has(x.low[k]);
      s++
    )
      k++;
    if (k < limit && x.low[k] === 'été') k++;
  }
  if (k >= limit) return null;
  // "fait remarquer", "a fait savoir", "fait-il valoir": faire + an infinitive that makes a speech verb
  if (k + 1 < limit && FAIRE.has(x.low[k])) {
    let v = k + 1;
    let c = clitic;
    if (c < 0 && CLITIC.test(x.low[v]) && v + 1 < limit) c = v++;
    if (CAUSATIVE.has(x.low[v]) && x.isWord(v)) {
      let next = v + 1;
      if (c < 0 && next < limit && CLITIC.test(x.low[next])) c = next++;
      return { cue: v, lemma: `faire ${x.low[v]}`, clitic: c, next, bare: false, head: i };
    }
  }
  const lemma = VERB.get(x.low[k]);
  if (lemma === undefined || !x.isWord(k)) return null;
  // "une analyse", "cette critique", "son constat": a noun after a determiner that is never an object pronoun
  if (!aux && k > 0 && NOUN_DET.has(x.low[k - 1])) return null;
  const form = x.low[k];
  let head = i;
  // the infinitive: the lemma without its reflexive "s'" or "se " (compared in place, no copy per call)
  const reflexive = lemma.startsWith("s'") ? 2 : lemma.startsWith('se ') ? 3 : 0;
  if ((form.length === lemma.length - reflexive && lemma.endsWith(form)) || form === 'reconnaitre') {
    // an infinitive is a cue only after a modal ("a tenu à préciser", "a voulu rassurer")
    if (!(k > 0 && MODAL.has(x.low[k - 1]))) return null;
    if (head === k)
      head =
        k > 1 && (x.low[k - 1] === 'à' || x.low[k - 1] === 'de' || x.low[k - 1] === "d'") ? k - 2 : k - 1;
  }
  const cue = k;
  k++;
  // "s'interroge t-il": the first hyphen missing after the verb too
  if (clitic < 0 && k + 1 < limit && x.low[k] === 't' && CLITIC.test(x.low[k + 1])) k++;
  if (clitic < 0 && k < limit && CLITIC.test(x.low[k])) clitic = k++;
  const bare = !aux && PARTICIPLE.has(form) && clitic < 0;
  return { cue, lemma, clitic, next: k, bare, head };
}

const DEMONSTRATIVE = new Set(['ce', 'cet', 'cette', 'ces']);

const MONTH = new Set([
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
]);
/** Words that end a time complement: "le 18 janvier dernier", "lundi soir", "ce 25 avril au matin". */
const TIME_AFTER = new Set([
  'dernier',
  'dernière',
  'prochain',
  'prochaine',
  'matin',
  'soir',
  'midi',
  'après-midi',
]);
/** Adverbial groups of two or three words: "en effet", "un peu plus tôt", "peu après". */
const ADVERB_GROUPS = [
  ['en', 'effet'],
  ['en', 'revanche'],
  ['par', 'ailleurs'],
  ['pour', 'sa', 'part'],
  ['quant', 'à', 'lui'],
  ['quant', 'à', 'elle'],
  ['un', 'peu', 'plus', 'tôt'],
  ['un', 'peu', 'plus', 'tard'],
  ['plus', 'tôt'],
  ['plus', 'tard'],
  ['peu', 'après'],
  ['peu', 'avant'],
  ['hier', 'soir'],
  ['hier', 'matin'],
  ['à', 'nouveau'],
  ['de', 'nouveau'],
  ['par', 'exemple'],
  ['sans', 'doute'],
  ['à', 'son', 'tour'],
  ['sous', 'couvert', "d'", 'anonymat'],
  ['sous', 'couvert', 'de', "l'", 'anonymat'],
  ['sous', 'le', 'couvert', 'de', "l'", 'anonymat'],
];

/** End of the adverbial group of ADVERB_GROUPS starting at `k`, or `k` when none starts there. */
function adverbGroupEnd(x: Text, k: number, limit: number): number {
  for (const g of ADVERB_GROUPS)
    if (k + g.length <= limit && g.every((w, i) => x.low[k + i] === w)) return k + g.length;
  return k;
}

/**
 * First token after the adjuncts that may sit between an incise verb and its subject: adverbs ("en effet",
 * "encore", "un peu plus tôt", words in -ment), time complements ("le 18 janvier dernier", "ce 25 avril",
 * "lundi soir", "hier"), asides ("de son côté"). "», avait dit le 18 janvier dernier la jeune femme" → "la".
 * @internal
 */
export function skipAdjuncts(x: Text, a: number, limit: number): number {
  let k = a;
  for (let step = 0; step < 4 && k < limit; step++) {
    const from = k;
    if (k + 3 < limit && ASIDE.has(`${x.low[k]} ${x.low[k + 1]} ${x.low[k + 2]}`)) k += 3;
    for (const g of ADVERB_GROUPS)
      if (k + g.length <= limit && g.every((w, i) => x.low[k + i] === w)) {
        k += g.length;
        break;
      }
    // (a preposition opens a complement, read by speakerAfter: "a témoigné par téléphone, auprès de l'AFP, X")
    while (
      k < limit &&
      x.entAt[k] < 0 &&
      (SKIP.has(x.low[k]) || (x.low[k].endsWith('ment') && x.low[k].length > 5)) &&
      !VERB.has(x.low[k]) &&
      !DET.has(x.low[k]) &&
      !PREPOSITION.has(x.low[k])
    )
      k++;
    // a time complement: [le|ce|cette] [number] month/weekday/time noun [dernier|soir…]
    let t = k;
    if (t < limit && (x.low[t] === 'le' || DEMONSTRATIVE.has(x.low[t]) || x.low[t] === 'hier')) t++;
    if (t < limit && /^\d{1,2}(?:er)?$/.test(x.low[t])) t++;
    if (t < limit && t > k && x.low[t - 1] === 'hier') {
      k = t;
    } else if (t < limit && x.entAt[t] < 0 && (MONTH.has(x.low[t]) || TIME_NOUN.has(x.low[t]))) {
      // "ce 25 avril", "le 18 janvier", "lundi", "ce matin"; not "la fois" nor "le moment" alone
      if (t > k || /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/.test(x.low[t])) {
        t++;
        if (t < limit && /^\d{4}$/.test(x.low[t])) t++;
        while (t < limit && TIME_AFTER.has(x.low[t])) t++;
        k = t;
      }
    }
    if (k === from) break;
  }
  return k;
}

/** Determiners that open a noun phrase and are no preposition ("les yeux la secrétaire", not "le ministre de"). */
const OBJECT_DET = new Set(['le', 'la', "l'", 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs']);

/** End (exclusive) of the noun phrase starting at `a`, or `a` when none starts there. */
export function npEnd(x: Text, a: number, limit: number): number {
  let k = a;
  let words = 0;
  while (k < limit && words < 10) {
    const w = x.low[k];
    if (CLAUSE_STOP.has(w) || x.isMark(k)) break;
    if (words > 0 && NP_STOP.has(w) && x.entAt[k] < 0) break;
    if (words > 0 && VERB.has(w) && x.entAt[k] < 0 && !ROLE.has(w)) break;
    if (CLITIC.test(w)) break;
    k++;
    words++;
  }
  return k;
}

/** The speaker named after a verb ("a déclaré le ministre de l'Intérieur", "explique à l'AFP Jean Dupont"). */
export function speakerAfter(x: Text, g: VerbGroup, limit: number): SpeakerRef {
  if (g.clitic >= 0)
    return /on$/.test(x.low[g.clitic]) ? onSource(x, g, limit) : { kind: 'clitic', tok: g.clitic };
  // "souligne de son côté le délégué", "avait dit le 18 janvier dernier la jeune femme": the aside, the adverbs
  // and the time complement are no part of the speaker
  let a = skipAdjuncts(x, g.next, limit);
  // a gerund aside with its object: "s'est exclamée en écarquillant les yeux la secrétaire d'État" (not "en
  // souriant le ministre", whose noun phrase is the subject); "en" may already have been read as an adverb
  const ger = a < limit && x.low[a] === 'en' ? a + 1 : a;
  if (
    ger < limit &&
    ger > g.next &&
    x.low[ger - 1] === 'en' &&
    /^\p{Ll}{3,}ant$/u.test(x.low[ger]) &&
    x.entAt[ger] < 0
  ) {
    a = ger + 1;
    if (a + 2 < limit && OBJECT_DET.has(x.low[a]) && OBJECT_DET.has(x.low[a + 2]) && x.entAt[a + 1] < 0)
      a += 2;
    a = skipAdjuncts(x, a, limit);
  }
  // a short name in quotation marks: "a taclé « NDA »", or a noun phrase the writer quotes ("explique « un
  // important macroniste » au Parisien")
  if (a < limit && x.isMark(a) && x.inPair[a] >= 0) {
    const { open, close } = x.pairs[x.inPair[a]];
    if (
      open === a &&
      close - open >= 2 &&
      close - open <= 4 &&
      close <= limit &&
      (UPPER.test(x.tok(a + 1).text) || (DET.has(x.low[a + 1]) && !DE_DET.has(x.low[a + 1])))
    )
      return { kind: 'np', a: a + 1, b: close };
  }
  // a comma between the verb and its subject ("», a reconnu, Alexandre de Bosschère"): the name after it
  if (
    a + 1 < limit &&
    x.low[a] === ',' &&
    x.entAt[a + 1] >= 0 &&
    x.entities[x.entAt[a + 1]].type === 'PER' &&
    (a + 1 === 0 || x.entAt[a] !== x.entAt[a + 1])
  ) {
    const e = x.entAt[a + 1];
    let c = a + 1;
    while (c < limit && x.entAt[c] === e) c++;
    if (c >= limit || CLAUSE_STOP.has(x.low[c]) || SENT_END.has(x.low[c]) || x.isMark(c))
      return { kind: 'np', a: a + 1, b: c };
  }
  // an aside framed by commas between the verb and its subject ("a crié, à l'antenne, Kaitlin Rust, de la
  // chaîne WAVE 3"): the person named right after the aside's second comma
  const aside = personAfterAside(x, a, limit);
  if (aside) return { kind: 'np', a: aside[0], b: aside[1] };
  if (a >= limit || CLAUSE_STOP.has(x.low[a]) || x.isMark(a)) return null;
  // "ce matin", "cette semaine" are time complements; "cette femme", "ce responsable" are speakers
  const demonstrative = DEMONSTRATIVE.has(x.low[a]) && a + 1 < limit && !TIME_NOUN.has(x.low[a + 1]);
  if (NP_STOP.has(x.low[a]) && x.entAt[a] < 0 && !demonstrative) {
    // complements first ("à l'AFP", "sur son compte Twitter", "dans un communiqué"): the speaker is the first
    // person named after them, else a role or institution noun phrase after them ("l'université")
    let np = -1;
    let comma = false;
    for (let k = a; k < Math.min(limit, a + 16); k++) {
      // one comma after the complement, before the subject ("a déclaré au Parisien, la vice-présidente …, X")
      if (
        !comma &&
        np < 0 &&
        k > a + 1 &&
        x.low[k] === ',' &&
        k + 1 < limit &&
        ((DET.has(x.low[k + 1]) && !PREPOSITION.has(x.low[k + 1])) ||
          (x.entAt[k + 1] >= 0 && x.entities[x.entAt[k + 1]].type === 'PER'))
      ) {
        comma = true;
        continue;
      }
      // complements framed by commas before the subject ("a témoigné par téléphone, auprès de l'AFP, X")
      if (np < 0 && x.low[k] === ',' && k + 1 < limit && PREPOSITION.has(x.low[k + 1])) continue;
      if (CLAUSE_STOP.has(x.low[k]) || x.isMark(k)) break;
      const e = x.entAt[k];
      // a person named inside the noun phrase already opened ("auprès du Parisien l'un des petits-fils du
      // commandant Athos, Marc Pinte"): the noun phrase, with its apposition, is the speaker
      if (e >= 0 && x.entities[e].type === 'PER' && np >= 0) break;
      if (e >= 0 && x.entities[e].type === 'PER') {
        let b = k;
        while (b < limit && x.entAt[b] === e) b++;
        return { kind: 'np', a: k, b };
      }
      // a capitalised word that no preposition or determiner governs, the entity stage missed, alone before a
      // comma or the end of the clause: a name ("dénonce au micro de BFMTV Gregory, surveillant …")
      if (
        e < 0 &&
        np < 0 &&
        k > a &&
        x.isWord(k) &&
        /^\p{Lu}\p{Ll}/u.test(x.tok(k).text) &&
        !DET.has(x.low[k]) &&
        !PREPOSITION.has(x.low[k]) &&
        !PREPOSITION.has(x.low[k - 1]) &&
        !DET.has(x.low[k - 1]) &&
        (k + 1 >= limit ||
          x.low[k + 1] === ',' ||
          CLAUSE_STOP.has(x.low[k + 1]) ||
          SENT_END.has(x.low[k + 1]))
      )
        return { kind: 'np', a: k, b: k + 1 };
      // a determiner that no preposition governs opens the speaker: "à franceinfo une habitante", "mardi le ministre"
      if (
        np < 0 &&
        k > a &&
        DET.has(x.low[k]) &&
        !PREPOSITION.has(x.low[k]) &&
        !PREPOSITION.has(x.low[k - 1]) &&
        !DET.has(x.low[k - 1])
      ) {
        const h = headOf(x.low, k, Math.min(limit, k + 4));
        if (x.isWord(h) && x.tok(h).kind === 'word' && !NP_STOP.has(x.low[h])) np = k;
      }
    }
    if (np >= 0) {
      const b = npEnd(x, np, limit);
      return b > np ? withAppos(x, np, b, limit) : null;
    }
    return null;
  }
  if (PRONOUN.has(x.low[a]) || x.low[a] === 'on') return null;
  const b = npEnd(x, a, limit);
  if (b === a) return null;
  // "sa collègue et camarade Mathilde Panot", "son collègue et secrétaire interrégional du syndicat FO, Grégory
  // Jalade": a person named right after the noun phrase and a second role (past one comma)
  if (x.low[b] === 'et' && roleOf(x.low[headOf(x.low, a, b)]) !== null) {
    let commas = 0;
    for (let k = b + 1; k < Math.min(limit, b + 12); k++) {
      if (x.low[k] === ',' && commas++ === 0 && k > b + 2) continue;
      if (CLAUSE_STOP.has(x.low[k]) || x.isMark(k)) break;
      const e = x.entAt[k];
      if (e >= 0 && x.entities[e].type === 'PER') {
        let c = k;
        while (c < limit && x.entAt[c] === e) c++;
        return { kind: 'np', a, b, appos: [k, c] };
      }
    }
  }
  // coordinated speakers after a plural verb ("ont conclu Martine Aubry et Xavier Bertrand"): the whole
  // coordination speaks (see the coordination rule of find())
  if (
    b < limit &&
    x.low[b] === 'et' &&
    x.entAt[a] >= 0 &&
    b + 1 < limit &&
    x.entAt[b + 1] >= 0 &&
    pluralVerb(x, g)
  ) {
    const e = x.entAt[b + 1];
    let c = b + 1;
    while (c < limit && x.entAt[c] === e) c++;
    return { kind: 'np', a, b: c };
  }
  return withAppos(x, a, b, limit);
}

/**
 * The person named right after an aside framed by commas that opens at the comma `a` ("a crié, à l'antenne,
 * Kaitlin Rust"), as its token span, or null: the aside holds at most seven tokens, no mark, no sentence end.
 */
export function personAfterAside(x: Text, a: number, limit: number): [number, number] | null {
  if (a >= limit || x.low[a] !== ',') return null;
  for (let k = a + 1; k < limit && k - a <= 8; k++) {
    if (x.isMark(k) || SENT_END.has(x.low[k]) || x.low[k] === ':') return null;
    if (x.low[k] !== ',') continue;
    const e = k + 1 < limit ? x.entAt[k + 1] : -1;
    if (e < 0 || x.entities[e].type !== 'PER') return null;
    let c = k + 1;
    while (c < limit && x.entAt[c] === e) c++;
    return [k + 1, c];
  }
  return null;
}

/** The verb group is plural: "ont conclu", "sont convenus", "estiment", "avaient écrit". */
function pluralVerb(x: Text, g: VerbGroup): boolean {
  const w = x.low[g.head];
  if (w === 'ont' || w === 'sont' || w === 'avaient' || w === 'étaient' || w === 'auront' || w === 'auraient')
    return true;
  return /(?:ent|èrent)$/.test(x.low[g.cue]) && !/ment$/.test(x.low[g.cue]);
}

/** Nouns of a person's circle or office that "on" may speak for ("assure-t-on dans l'entourage de X"). */
const CIRCLE = new Set(['entourage', 'cabinet', 'camp', 'équipe', 'proches', 'services', 'rangs']);

/**
 * "on" with a source complement after the verb ("a-t-on expliqué du côté de l'Élysée", "indique-t-on à Matignon",
 * "assure-t-on dans l'entourage de X"): the noun phrase of the complement, when it names an organisation, an
 * institution, a role or a person's circle; "on" alone names nobody (null).
 */
function onSource(x: Text, g: VerbGroup, limit: number): SpeakerRef {
  let k = skipAdjuncts(x, g.next, limit);
  if (
    k + 2 < limit &&
    x.low[k] === 'du' &&
    x.low[k + 1] === 'côté' &&
    (x.low[k + 2] === 'de' || x.low[k + 2] === "d'" || x.low[k + 2] === 'du' || x.low[k + 2] === 'des')
  )
    k += x.low[k + 2] === 'du' || x.low[k + 2] === 'des' ? 2 : 3;
  else if (
    k < limit &&
    (x.low[k] === 'à' || x.low[k] === 'dans' || x.low[k] === 'chez' || x.low[k] === 'auprès')
  )
    k++;
  // ("au ministère de l'Intérieur": the noun phrase after the contracted article)
  else if (k < limit && (x.low[k] === 'au' || x.low[k] === 'aux')) k++;
  // "précise-t-on de source proche de l'enquête", "de source policière", "de même source": the source
  else if (
    k + 1 < limit &&
    x.low[k] === 'de' &&
    (x.low[k + 1] === 'source' || (x.low[k + 1] === 'même' && k + 2 < limit && x.low[k + 2] === 'source'))
  ) {
    const a = k + 1;
    let b = a + (x.low[a] === 'même' ? 2 : 1);
    while (b < limit && b - a < 8 && x.isWord(b) && !CLAUSE_STOP.has(x.low[b]) && !VERB.has(x.low[b])) b++;
    return { kind: 'np', a, b };
  } else return null;
  if (k >= limit) return null;
  const b = npEnd(x, k, limit);
  if (b <= k) return null;
  let named = false;
  for (let i = k; i < b && !named; i++) {
    const w = x.low[i];
    named =
      (x.entAt[i] >= 0 && x.entities[x.entAt[i]].type !== 'DATE') ||
      ORG_NOUN.has(w) ||
      CIRCLE.has(w) ||
      roleOf(w) !== null;
  }
  // (the noun phrase runs on through its complement: "l'entourage de la petite-fille de X")
  let c = b;
  while (
    named &&
    c + 1 < limit &&
    (x.low[c] === 'de' || x.low[c] === "d'" || x.low[c] === 'du' || x.low[c] === 'des')
  ) {
    const d = npEnd(x, c + 1, limit);
    if (d <= c + 1) break;
    c = d;
  }
  return named ? { kind: 'np', a: k, b: c } : null;
}

/**
 * The person named, without a comma, at the end of a role's long noun phrase that the noun-phrase reader cut
 * short: "la secrétaire d'État auprès du ministre de la Transition écologique et solidaire Brune Poirson", "le
 * président du syndicat mixte de gestion des baignades landaises (SMGBL) Hervé Bouyrie", "la députée La France
 * insoumise (LFI) Clémentine Autain". French puts the name last in such a title, right after the head's
 * complements; a name governed by a preposition or a determiner is a complement ("le président de l'association
 * de Jean Dupont", "l'avocat de la famille Martin"), not the holder. Up to 14 tokens, no verb, no comma, one
 * parenthesised acronym at most; the name must end the clause (or be followed by a complement).
 */
function nameAfterRolePhrase(x: Text, a: number, b: number, limit: number): [number, number] | null {
  if (roleOf(x.low[headOf(x.low, a, b)]) === null) return null;
  let k = b;
  let parens = 0;
  for (; k < limit && k - a < 24; k++) {
    if (x.entAt[k] >= 0 && x.entities[x.entAt[k]].type === 'PER') break;
    const w = x.low[k];
    if (w === '(') {
      // a short acronym in parentheses: "(SMGBL)", "(LFI)"
      if (parens++ > 0 || k + 2 >= limit || x.low[k + 2] !== ')' || !/^\p{Lu}{2,}/u.test(x.tok(k + 1).text))
        return null;
      k += 2;
      continue;
    }
    if (!x.isWord(k) || CLAUSE_STOP.has(w) || SENT_END.has(w) || VERB.has(w) || AUX.has(w)) return null;
    if (w === 'qui' || w === 'que' || w === "qu'" || w === 'dont' || w === 'où') return null;
    // "et" joins two adjectives ("écologique et solidaire"), not two holders ("le ministre et le maire X")
    if (w === 'et' && (k + 1 >= limit || !/^\p{Ll}/u.test(x.tok(k + 1).text) || DET.has(x.low[k + 1])))
      return null;
  }
  if (k >= limit || k === b || x.entAt[k] < 0 || x.entities[x.entAt[k]].type !== 'PER') return null;
  if (x.entAt[k - 1] === x.entAt[k]) return null;
  const before = x.low[k - 1];
  if (PREPOSITION.has(before) || DET.has(before) || DE_DET.has(before) || TITLE_BEFORE_NAME.has(before))
    return null;
  const e = x.entAt[k];
  let c = k;
  while (c < limit && x.entAt[c] === e) c++;
  if (
    c < limit &&
    !CLAUSE_STOP.has(x.low[c]) &&
    !SENT_END.has(x.low[c]) &&
    !x.isMark(c) &&
    !PREPOSITION.has(x.low[c])
  )
    return null;
  return [k, c];
}

/**
 * The noun phrase [a, b) with the name in apposition after it, when there is one: "a déclaré le ministre de
 * l'Intérieur, Gérald Darmanin" (a title may come first: "l'avocat de Tariq Ramadan, Me Eric Morain"; a short
 * quoted name may end the noun phrase: "l'avocat de « Christelle », Me Eric Morain").
 */
function withAppos(x: Text, a: number, b: number, limit: number): SpeakerRef {
  const named = nameAfterRolePhrase(x, a, b, limit);
  if (named) return { kind: 'np', a, b, appos: named };
  let c0 = b;
  // a parenthesised acronym closes the noun phrase before its comma ("le responsable du bureau Afrique de
  // Reporters sans frontières (RSF), Arnaud Froger")
  if (c0 + 3 < limit && x.low[c0] === '(' && x.low[c0 + 2] === ')' && /^\p{Lu}{2,}/u.test(x.tok(c0 + 1).text))
    c0 += 3;
  // a short place complement closes the noun phrase before the comma ("l'adversaire politique des Ceccaldi à
  // Puteaux, Christophe Grébert")
  if (c0 + 2 < limit && (x.low[c0] === 'à' || x.low[c0] === 'en') && /^\p{Lu}/u.test(x.tok(c0 + 1).text)) {
    let k = c0 + 1;
    while (k < limit && k - c0 <= 4 && x.isWord(k) && /^\p{Lu}/u.test(x.tok(k).text)) k++;
    if (k < limit && x.low[k] === ',') c0 = k;
  }
  // a role's longer complement before the comma ("la vice-présidente du conseil régional en charge des lycées,
  // Marie-Carole Ciuntu"): up to eight words with no verb, when a name right after the comma ends the clause
  if (c0 < limit && x.low[c0] !== ',' && roleOf(x.low[headOf(x.low, a, b)]) !== null) {
    let k = c0;
    while (
      k < limit &&
      k - c0 < 8 &&
      x.low[k] !== ',' &&
      x.isWord(k) &&
      !CLAUSE_STOP.has(x.low[k]) &&
      !VERB.has(x.low[k]) &&
      !AUX.has(x.low[k]) &&
      x.entAt[k] < 0
    )
      k++;
    if (
      k < limit &&
      k > c0 &&
      x.low[k] === ',' &&
      k + 1 < limit &&
      x.entAt[k + 1] >= 0 &&
      x.entities[x.entAt[k + 1]].type === 'PER'
    ) {
      const e = x.entAt[k + 1];
      let c = k + 1;
      while (c < limit && x.entAt[c] === e) c++;
      if (c >= limit || CLAUSE_STOP.has(x.low[c]) || SENT_END.has(x.low[c]) || x.isMark(c))
        return { kind: 'np', a, b, appos: [k + 1, c] };
    }
  }
  if (c0 < limit && x.isMark(c0) && x.inPair[c0] >= 0) {
    const close = x.pairs[x.inPair[c0]].close;
    if (close > c0 && close - c0 <= 6 && close + 1 < limit) c0 = close + 1;
  }
  let t0 = c0 + 1 < limit && TITLE_BEFORE_NAME.has(x.low[c0 + 1]) ? c0 + 2 : c0 + 1;
  // an organisation's name after its determiner ("a réagi son parti, le Likoud")
  if (
    t0 === c0 + 1 &&
    t0 + 1 < limit &&
    DET.has(x.low[t0]) &&
    !DE_DET.has(x.low[t0]) &&
    !PREPOSITION.has(x.low[t0]) &&
    x.entAt[t0] < 0 &&
    x.entAt[t0 + 1] >= 0 &&
    x.entities[x.entAt[t0 + 1]].type === 'ORG'
  )
    t0++;
  if (c0 < limit && x.low[c0] === ',' && t0 < limit && x.entAt[t0] >= 0) {
    const e = x.entAt[t0];
    let c = t0;
    while (c < limit && x.entAt[c] === e) c++;
    // (a complement may follow the name: "le chef du gouvernement italien, Giuseppe Conte après l'annonce")
    if (
      c >= limit ||
      CLAUSE_STOP.has(x.low[c]) ||
      x.isMark(c) ||
      (PREPOSITION.has(x.low[c]) && !DE_DET.has(x.low[c]) && x.low[c] !== 'de' && x.low[c] !== "d'")
    )
      return { kind: 'np', a, b, appos: [t0, c] };
  }
  // a role noun phrase whose name comes after a second apposition ("le président du groupe MoDem, deuxième pilier
  // de la majorité, Marc Fesneau", "le maire de Nancy, et président du Mouvement Radical, Laurent Hénart"): the
  // person named last in the clause, right after a comma, past at most two commas
  // (the second apposition is a noun phrase, not a complement: "…, aux côtés de son homologue, X" is not one)
  const second = c0 + 1 < limit ? x.low[c0 + 1] : '';
  if (
    c0 < limit &&
    x.low[c0] === ',' &&
    (second === 'et' || !NP_STOP.has(second)) &&
    roleOf(x.low[headOf(x.low, a, b)]) !== null
  ) {
    let commas = 0;
    for (let k = c0; k < limit && k - c0 < 16; k++) {
      if (x.low[k] === ',') {
        if (++commas > 2) break;
        continue;
      }
      if (CLAUSE_STOP.has(x.low[k]) || x.isMark(k) || AUX.has(x.low[k]) || VERB.has(x.low[k])) break;
      const e = x.entAt[k];
      if (e < 0 || x.low[k - 1] !== ',' || commas < 2) continue;
      if (x.entities[e].type !== 'PER') break;
      let c = k;
      while (c < limit && x.entAt[c] === e) c++;
      if (c >= limit || CLAUSE_STOP.has(x.low[c]) || x.isMark(c)) return { kind: 'np', a, b, appos: [k, c] };
      break;
    }
  }
  return { kind: 'np', a, b };
}

/** The subject of the verb whose group starts at `v` (walking back over clitics, adverbs, auxiliary). */
export function speakerBefore(x: Text, v: number, floor: number): SpeakerRef {
  let k = v - 1;
  while (
    k >= floor &&
    (SKIP.has(x.low[k]) ||
      AUX.has(x.low[k]) ||
      x.low[k] === 'été' ||
      (k > floor && AUX.has(x.low[k - 1]) && x.low[k].endsWith('ment'))) &&
    x.entAt[k] < 0
  ) {
    if (PRONOUN.has(x.low[k]) && k > floor && !AUX.has(x.low[k - 1])) break;
    k--;
  }
  if (k < floor) return null;
  const w = x.low[k];
  if (PRONOUN.has(w)) return { kind: 'pron', tok: k };
  if (w === 'on' || w === 'je' || w === "j'" || w === 'nous' || w === 'vous' || w === 'tu') return null;
  let relative = false;
  if (w === 'qui') {
    k--;
    if (k >= floor && x.low[k] === ',') k--;
    relative = true;
  }
  if (k < floor) return null;
  if (x.low[k] === ')') {
    // "Le Service départemental d'incendie et de secours (SDIS) a réagi": the name before the acronym
    let j = k - 1;
    while (j > floor && x.low[j] !== '(' && k - j < 6) j--;
    if (x.low[j] === '(' && j > floor) k = j - 1;
  }
  if (x.low[k] === ',' || x.low[k] === ')') {
    // "Rémy Heitz, procureur de Paris, a affirmé": the apposition and the noun phrase before it
    const c = k;
    let j = c - 1;
    const back = (most: number): void => {
      j = c - 1;
      while (j >= floor && x.low[j] !== ',' && x.low[j] !== '(' && !SENT_END.has(x.low[j]) && c - j < most)
        j--;
    };
    // the apposition may be long ("Les contestataires, dont des syndicalistes et certains se réclamant des « gilets
    // jaunes », ont", "X, le patron de Google dont le groupe est l'un des grands bénéficiaires des visas, s'est");
    // with no comma opening it within 30 tokens, the 15 tokens before the comma are read as before
    back(30);
    if (!(j >= floor && x.low[j] === ',')) back(16);
    const inner: [number, number] = [j + 1, c];
    if (j >= floor && x.low[j] === ',') {
      const b = j;
      let a = b;
      while (
        a > floor &&
        !CLAUSE_STOP.has(x.low[a - 1]) &&
        !CONJ.has(x.low[a - 1]) &&
        b - a < 10 &&
        !x.isMark(a - 1)
      )
        a--;
      if (a < b) return { kind: 'np', a, b, appos: inner };
    }
    if (inner[0] < inner[1]) return { kind: 'np', a: inner[0], b: inner[1] };
    return null;
  }
  const b = k + 1;
  let a = b;
  while (a > floor && b - a < 10) {
    const p = x.low[a - 1];
    if (CLAUSE_STOP.has(p) || x.isMark(a - 1) || CONJ.has(p)) break;
    if (NP_STOP.has(p) && x.entAt[a - 1] < 0 && !DET.has(p)) break;
    a--;
  }
  if (a >= b) return null;
  // "Le patron de La Java précise", "Un ami de Pippa Middleton raconte": the complement "de X" belongs to the noun
  // before it, back to that noun's determiner, and the whole noun phrase is the subject (not "La Java")
  if (a - 3 >= floor && (x.low[a - 1] === 'de' || x.low[a - 1] === "d'" || x.low[a - 1] === 'du')) {
    let d = a - 2;
    while (
      d > floor &&
      a - d < 5 &&
      !DET.has(x.low[d]) &&
      x.isWord(d) &&
      x.entAt[d] < 0 &&
      /^\p{Ll}/u.test(x.tok(d).text)
    )
      d--;
    if (
      d >= floor &&
      d < a - 2 &&
      DET.has(x.low[d]) &&
      !DE_DET.has(x.low[d]) &&
      (d === floor || !PREPOSITION.has(x.low[d - 1])) &&
      !VERB.has(x.low[d + 1]) &&
      !AUX.has(x.low[d + 1])
    )
      a = d;
  }
  // a verb inside the stretch means it is not a subject ("il a vu le ministre a dit" cannot be)
  // (not a participle used as a noun after its determiner: "Le prévenu écrit …")
  for (let j = a; j < b; j++)
    if (VERB.has(x.low[j]) && x.entAt[j] < 0 && !ROLE.has(x.low[j]) && j > a && !nominalParticiple(x, j))
      a = j + 1;
  if (a >= b) return null;
  // "Emma Ricard, une biologiste, qui a expliqué": the antecedent of "qui" is the person the apposition describes
  // …; "Gérard Miller, co-fondateur du Média reconnaît": a noun phrase without determiner is an apposition to
  // the name before it (its closing comma forgotten), never a subject of its own
  const bareNoun =
    x.entAt[a] < 0 && !DET.has(x.low[a]) && /^\p{Ll}/u.test(x.tok(a).text) && !PRONOUN.has(x.low[a]);
  if (
    (relative || bareNoun) &&
    a - 2 >= floor &&
    x.low[a - 1] === ',' &&
    x.entAt[a - 2] >= 0 &&
    x.entAt[a] < 0
  ) {
    const e = x.entAt[a - 2];
    if (x.entities[e].type === 'PER') {
      let s = a - 2;
      while (s > floor && x.entAt[s - 1] === e) s--;
      return { kind: 'np', a: s, b: a - 1 };
    }
  }
  return { kind: 'np', a, b };
}

/**
 * The speaker of a gerund or present-participle cue ("Il a conclu en disant : « … »", "ajoutant que …"):
 * the subject opening the sentence when it is a pronoun or a name, else the context.
 */
export function sentenceSubject(x: Text, ts: number, cue: number): SpeakerRef {
  let k = ts;
  while (k < cue && (CONJ.has(x.low[k]) || x.isMark(k))) k++;
  if (PRONOUN.has(x.low[k])) return { kind: 'pron', tok: k };
  const e = x.entAt[k];
  if (e >= 0 && x.entities[e].type !== 'DATE') {
    let b = k;
    while (b < cue && x.entAt[b] === e) b++;
    return { kind: 'np', a: k, b };
  }
  // a role noun phrase opening the sentence: "L'ex-ministre de la Santé veut « … »"
  if (DET.has(x.low[k])) {
    const h = headOf(x.low, k, Math.min(cue, k + 4));
    if (h < cue && roleOf(x.low[h]) !== null) {
      // the role and its complement ("de la Santé", "du Droit des femmes"), up to the verb
      let b = h + 1;
      while (
        b < cue &&
        b - k < 10 &&
        (DET.has(x.low[b]) || x.low[b] === 'de' || x.low[b] === "d'" || UPPER.test(x.tok(b).text))
      )
        b++;
      if (b < cue && x.isWord(b) && !CONJ.has(x.low[b])) return { kind: 'np', a: k, b };
    }
  }
  return { kind: 'context', tok: cue };
}

/** Whether the noun phrase [a, b) can be a source (a name, a pronoun, a role, an institution, "les experts"). */
export function isSourceNp(x: Text, a: number, b: number): boolean {
  if (a >= b) return false;
  if (b - a === 1 && (OBJ_PRONOUNS.has(x.low[a]) || PRONOUN.has(x.low[a]))) return true;
  if (x.low[a] === 'nos' || x.low[a] === 'moi' || x.low[a] === 'nous') return false;
  for (let k = a; k < b; k++) {
    const e = x.entAt[k];
    if (e >= 0 && x.entities[e].type !== 'DATE') return true;
  }
  const h = headOf(x.low, a, b);
  const w = x.low[h];
  if (roleOf(w) !== null || ORG_NOUN.has(w) || SOURCE_NOUN.has(w)) return true;
  // "selon les archéologues", "d'après les chiffres du ministère": a plural group, or an institution after the head
  for (let k = h + 1; k < b; k++) if (ORG_NOUN.has(x.low[k]) || roleOf(x.low[k]) !== null) return true;
  return x.low[a] === 'les' && /[sx]$/.test(w) && !NOT_SOURCE.has(w) && x.isWord(h);
}

/** "Pour X": X must be a person or organisation, a pronoun or a role, not "l'instant" or "cela". */
export function isSpeakerLike(x: Text, a: number, b: number): boolean {
  if (b - a === 1 && OBJ_PRONOUNS.has(x.low[a])) return true;
  for (let k = a; k < b; k++) {
    const e = x.entAt[k];
    if (e >= 0 && (x.entities[e].type === 'PER' || x.entities[e].type === 'ORG')) return true;
  }
  const w = x.low[headOf(x.low, a, b)];
  return roleOf(w) !== null || ORG_NOUN.has(w) || SOURCE_NOUN.has(w);
}
