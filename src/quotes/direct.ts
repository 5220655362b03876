/**
 * One pair of quotation marks read in its context: an incise after or inside it, an introduction before it
 * (colon, lead verb, source marker, speech verb), a title cue (a name, not a quotation), or none (context).
 */

import {
  isSourceNp,
  npEnd,
  personAfterAside,
  sentenceSubject,
  skipAdjuncts,
  speakerAfter,
  speakerBefore,
  verbGroup,
} from './cues.js';
import {
  AUX,
  COLLECTIVE_NOUN,
  DET,
  DOCUMENT_NOUN,
  headOf,
  MEDIA_NOUN,
  NP_STOP,
  ORG_NOUN,
  PERSON_NOUN,
  PRONOUN,
  roleOf,
  SKIP,
  SOURCE_NOUN,
  TITLE_CUE,
  VERB,
} from './lexicon.js';
import type { SpeakerRef } from './speaker.js';
import {
  CLAUSE_STOP,
  clauseStart,
  DE_DET,
  isClauseStart,
  PREPOSITION,
  type Proposal,
  QUE,
  SENT_END,
  sourceAt,
  sourceLemma,
  type Text,
  UPPER,
} from './text.js';

/** Prepositions that open a complement between an incise verb and its subject ("dit à l'AFP le professeur"). */
const COMPLEMENT = new Set(['à', 'au', 'aux', 'dans', 'sur', 'pour', 'auprès', 'devant', 'chez']);

/**
 * A subject starts at `k` after a bare participle ("dit", "écrit"): a capitalised word that is no determiner (a
 * name the entity stage missed), or a determiner or a person's name past a complement of at most six tokens.
 */
function subjectAhead(x: Text, k: number, end: number): boolean {
  if (x.isWord(k) && UPPER.test(x.tok(k).text) && !DET.has(x.low[k]) && !PREPOSITION.has(x.low[k]))
    return true;
  if (!COMPLEMENT.has(x.low[k])) return false;
  for (let i = k + 1; i < end && i <= k + 7; i++) {
    if (CLAUSE_STOP.has(x.low[i]) || x.isMark(i)) return false;
    if (PREPOSITION.has(x.low[i - 1]) || DET.has(x.low[i - 1])) continue;
    if (DET.has(x.low[i]) && !DE_DET.has(x.low[i])) return true;
    const e = x.entAt[i];
    if (e >= 0 && x.entities[e].type === 'PER') return true;
  }
  return false;
}

/** A past participle ("accompagnée d'un message :"): a clause of its own, not a noun in apposition. */
const PARTICIPLE_END = /^\p{Ll}{3,}(?:é|ée|és|ées)$/u;

/**
 * [a, b) is a noun phrase in apposition and nothing more: a determiner, one or two words, then at most a "de"
 * complement ("un entrepreneur de New Delhi", "le directeur d'Interdépannage"); not a clause ("l'ancien ministre
 * l'enfonçait un peu plus").
 */
function appositionNp(x: Text, a: number, b: number): boolean {
  let k = a + 1;
  let words = 0;
  while (k < b && words < 2 && x.isWord(k) && !DET.has(x.low[k]) && !PREPOSITION.has(x.low[k])) {
    k++;
    words++;
  }
  if (words === 0) return false;
  if (k === b) return true;
  if (!(x.low[k] === 'de' || x.low[k] === "d'" || x.low[k] === 'du' || x.low[k] === 'des')) return false;
  if (b - k > 6) return false;
  for (let j = k + 1; j < b; j++)
    if (!x.isWord(j) || AUX.has(x.low[j]) || VERB.has(x.low[j]) || COLON_CLITIC.has(x.low[j])) return false;
  return true;
}

/**
 * The subject of the sentence [floor, end) that introduces a colon quotation: past a fronted adjunct and its comma
 * ("Depuis plusieurs années, Alain Bonzi tente d'alerter …"), a pronoun, the noun phrase before the first
 * auxiliary or verb clitic ("Le président, jamais avare de déclarations, a balayé …"), or a name opening the
 * clause before a verb in lower case ("Alain Bonzi tente …"); null when none is read.
 */
function colonSentenceSubject(x: Text, floor: number, end: number): SpeakerRef {
  let k = floor;
  while (k < end && (x.low[k] === 'et' || x.low[k] === 'mais' || x.isMark(k))) k++;
  // "Et celui-ci, visiblement agacé, de lui répondre :": the latter opens the clause
  if (k < end && (x.low[k] === 'celui-ci' || x.low[k] === 'celle-ci')) return { kind: 'np', a: k, b: k + 1 };
  if (k < end && x.entAt[k] < 0 && !DET.has(x.low[k]) && !PRONOUN.has(x.low[k])) {
    // (a fronted adjunct opens on a preposition, an adverb or a participle: not an intertitle glued to the text)
    if (!x.isWord(k) || !(PREPOSITION.has(x.low[k]) || /(?:ment|ant|é|ée|és|ées)$/.test(x.low[k])))
      return null;
    let c = k + 1;
    while (c < end && c - k < 10 && x.low[c] !== ',') c++;
    if (c >= end || c - k >= 10) return null;
    k = c + 1;
  }
  if (k >= end) return null;
  if (PRONOUN.has(x.low[k])) return { kind: 'pron', tok: k };
  for (let j = k + 1; j < end && j - k <= 20; j++) {
    if (x.isMark(j)) return null;
    if (x.entAt[j] >= 0) continue;
    if (AUX.has(x.low[j]) || (COLON_CLITIC.has(x.low[j]) && j + 1 < end && x.isWord(j + 1))) {
      const ref = speakerBefore(x, j, k);
      // (the noun phrase, not a description in apposition to it: "Le président, jamais avare de déclarations,")
      if (ref?.kind !== 'np' || ref.a !== k) return null;
      return ref.appos && x.entAt[ref.appos[0]] < 0 ? { kind: 'np', a: ref.a, b: ref.b } : ref;
    }
  }
  const e = x.entAt[k];
  if (e >= 0 && (x.entities[e].type === 'PER' || x.entities[e].type === 'ORG')) {
    let b = k;
    while (b < end && x.entAt[b] === e) b++;
    if (
      b < end &&
      x.isWord(b) &&
      /^\p{Ll}/u.test(x.tok(b).text) &&
      !DET.has(x.low[b]) &&
      !PREPOSITION.has(x.low[b])
    )
      return { kind: 'np', a: k, b };
  }
  return null;
}

/** Words that open a narrative infinitive ("Et de poursuivre", "Puis d'ajouter", "Avant de conclure"). */
const NARRATIVE_OPEN = new Set(['et', 'puis', 'avant', 'mais', 'enfin', 'alors']);

/**
 * The token of the speech verb of a narrative infinitive opening the clause [cs, p) before a colon — "Et de
 * poursuivre :", "Puis de continuer, alarmiste :", "Avant de lancer poing levé :" — or -1. Its subject is the
 * one speaking already: nobody in the clause, whatever words follow the verb (an adjective, an adverb).
 */
function narrativeInfinitive(x: Text, cs: number, p: number): number {
  let k = cs;
  let opened = 0;
  while (k < p && opened < 2 && NARRATIVE_OPEN.has(x.low[k])) {
    k++;
    opened++;
  }
  if (opened === 0 || k + 1 >= p || (x.low[k] !== 'de' && x.low[k] !== "d'")) return -1;
  const v = k + 1;
  const lemma = VERB.get(x.low[v]);
  if (lemma === undefined || !x.isWord(v)) return -1;
  const bare = lemma.replace(/^(?:s'|se )/, '');
  if (bare !== x.low[v]) return -1;
  // short: the verb, then at most an attribute or adverbial of three words and a comma; a subject after the verb
  // speaks ("Et d'ajouter le maire :", see the colon rule)
  if (v + 1 < p && (DET.has(x.low[v + 1]) || x.entAt[v + 1] >= 0)) return -1;
  return p - v <= 5 ? v : -1;
}

/**
 * The speech infinitive of a clause [cs, p) before a colon that is "de [object pronoun] INFINITIVE …" (the
 * narrative infinitive after its subject: "…, de lui répondre ce jeudi :"), or -1.
 */
function subjectNarrative(x: Text, cs: number, p: number): number {
  if (cs + 1 >= p || (x.low[cs] !== 'de' && x.low[cs] !== "d'")) return -1;
  let v = cs + 1;
  if (OBJECT_CLITIC.has(x.low[v]) && v + 1 < p) v++;
  const lemma = VERB.get(x.low[v]);
  if (lemma === undefined || !x.isWord(v) || lemma.replace(/^(?:s'|se )/, '') !== x.low[v]) return -1;
  return p - v <= 6 ? v : -1;
}

/** Object pronouns between the comma of an incise and its verb: "», lui a répondu X", "», m'a-t-il confié". */
const OBJECT_CLITIC = new Set(['lui', 'leur', 'me', "m'", 'te', "t'", 'nous', 'vous', "l'"]);
/** Source markers: the noun after them is a source, not the name of a work ("selon le journal, « … »"). */
const SOURCE_OPEN = new Set(['selon', "d'après", 'pour', 'comme']);
/** Object pronouns that are also determiners: an object only right before a finite speech verb. */
const OBJECT_DET_CLITIC = new Set(['le', 'la', 'les']);
/** Clitics that open a verb group after its subject in a colon introduction ("X y est allée :", "X s'en prend à"). */
const COLON_CLITIC = new Set(['lui', 'leur', 'se', "s'", 'y', 'en', 'ne', "n'"]);

/**
 * Whether the opening mark at `open` follows an incise verb that follows a closing mark ("» a taclé « NDA »",
 * "», a lancé « Bébert »"): the marks then hold the speaker's name.
 */
function quotedInciseSpeaker(x: Text, open: number): boolean {
  let j = open - 1;
  if (j < 1 || !VERB.has(x.low[j])) return false;
  j--;
  for (let s = 0; s < 3 && j > 0 && (AUX.has(x.low[j]) || SKIP.has(x.low[j])); s++) j--;
  if (j > 0 && x.low[j] === ',') j--;
  return j >= 0 && x.isMark(j) && x.inPair[j] >= 0 && x.pairs[x.inPair[j]].close === j;
}

/** Forms of the verbs of perception before a subject and an infinitive ("entendu X déclarer"). */
const PERCEPTION = new Set([
  'entendu',
  'entendre',
  'entend',
  'entendait',
  'entendent',
  'entendaient',
  'écouté',
]);

/**
 * "… a entendu l'un des agresseurs déclarer :": a speech infinitive ending the clause before the colon, after a
 * verb of perception and a noun phrase: that noun phrase speaks. Null when the clause is not of that form.
 */
function heardSpeaker(x: Text, cs: number, p: number): SpeakerRef {
  const inf = p - 1;
  const lemma = inf >= cs ? VERB.get(x.low[inf]) : undefined;
  if (lemma === undefined || !lemma.endsWith(x.low[inf])) return null;
  for (let j = inf - 2; j >= Math.max(cs, inf - 8); j--)
    if (PERCEPTION.has(x.low[j])) return j + 1 < inf ? { kind: 'np', a: j + 1, b: inf } : null;
  return null;
}

/**
 * Whether the quotation opening at `open` is a whole utterance, not a fragment inside the writer's sentence: it
 * opens its clause (isClauseStart), or it follows a quotation glued before it (an intertitle as OrangeSum prints
 * them: « C'est assez surréaliste »« C'est assez surréaliste. La directrice … », déplore X), or it follows a
 * fronted adjunct and its comma with five words or more ("En ce qui concerne Roméo Elvis, « nous ne
 * prolongerons pas son contrat », a indiqué un porte-parole"; "Quoi qu'il en soit, « … »"). A noun phrase
 * before the comma is no adjunct: "La question des retraites, « ciment de tous les mécontentements »".
 */
function opensUtterance(x: Text, open: number, ts: number, words: number): boolean {
  if (isClauseStart(x, open, ts)) return true;
  const p = open - 1;
  if (x.isMark(p) && x.inPair[p] >= 0 && x.pairs[x.inPair[p]].close === p) return true;
  if (words < 5 || x.low[p] !== ',' || p - ts > 8) return false;
  const first = x.low[ts];
  if (DET.has(first) && !PREPOSITION.has(first)) return false;
  for (let i = ts; i < p; i++) if (x.isMark(i) || AUX.has(x.low[i]) || VERB.has(x.low[i])) return false;
  return true;
}

/** Reads one pair of quotation marks in its context. */
export function pairProposal(x: Text, k: number): Proposal | null {
  const { open, close } = x.pairs[k];
  const a = open + 1;
  const b = close;
  if (b <= a) return null;
  let words = 0;
  for (let i = a; i < b; i++) if (x.isWord(i)) words++;
  if (words === 0) return null;
  // « … » a taclé « NDA »: a short name in marks right after an incise verb is its speaker, not a quotation
  if (
    b - a <= 3 &&
    (UPPER.test(x.tok(a).text) || (DET.has(x.low[a]) && !DE_DET.has(x.low[a]))) &&
    quotedInciseSpeaker(x, open)
  )
    return null;
  const base: PairBase = { start: x.tok(a).start, end: x.tok(b - 1).end, t0: a, t1: b, pair: k };
  const ts = x.sentStart(open);
  const floor = Math.max(0, ts);
  const sentenceLike = UPPER.test(x.tok(a).text) && (words >= 4 || SENT_END.has(x.low[b - 1]));

  // 1. incise after the closing mark: "», a déclaré X" / "», estime-t-elle" / "», selon X"
  const limit = Math.min(x.n, close + 24);
  let j = close + 1;
  if (j < x.n && x.paraOf(j) === x.paraOf(close)) {
    const comma = x.low[j] === ',' || x.low[b - 1] === ',';
    if (x.low[j] === ',') j++;
    if (j + 1 < x.n && OBJECT_CLITIC.has(x.low[j]) && (AUX.has(x.low[j + 1]) || VERB.has(x.low[j + 1]))) j++;
    // "», la rassure une serveuse", "», le corrige X": le / la / les before the verb are its object, not a determiner
    else if (j + 1 < x.n && OBJECT_DET_CLITIC.has(x.low[j]) && VERB.has(x.low[j + 1]) && x.entAt[j + 1] < 0)
      j++;
    const sentLimit = Math.min(limit, x.sentEnd(j < x.n ? j : close));
    const end = Math.max(sentLimit, Math.min(limit, j + 8));
    const g = j < x.n ? verbGroup(x, j, end) : null;
    // "dit", "écrit" are present tense as well as participles: a subject after them makes them verbs
    // (past the adverbs and time complements: "», écrit en effet ce 25 avril Reporterre")
    const nx = g ? skipAdjuncts(x, g.next, end) : -1;
    if (g?.bare && nx < end && ((DET.has(x.low[nx]) && !DE_DET.has(x.low[nx])) || x.entAt[nx] >= 0))
      g.bare = false;
    // … and so does a subject past a complement ("», dit à l'AFP le professeur X", "», écrit dans un communiqué
    // la Sacem") or a capitalised name the entity stage missed ("», écrit KMPG"), after the incise's comma
    if (g?.bare && x.low[j - 1] === ',' && nx < end && subjectAhead(x, nx, end)) g.bare = false;
    // an inverted subject: a clitic, a noun phrase right after the verb, or a person named after a complement
    // ("» a assuré ce dimanche François Baroin")
    const inverted =
      g !== null &&
      !g.bare &&
      (g.clitic >= 0 ||
        (g.next < end && x.isMark(g.next) && quotedInciseSpeaker(x, g.next)) ||
        (g.next < end && !CLAUSE_STOP.has(x.low[g.next]) && !NP_STOP.has(x.low[g.next])) ||
        // past adverbs and a time complement ("» déplorait également le président du MoDem", "» s'interrogeait
        // dimanche l'ancien ministre")
        (nx > g.next && nx < end && !CLAUSE_STOP.has(x.low[nx]) && !NP_STOP.has(x.low[nx])) ||
        namedAfter(x, g.next, end) ||
        personAfterAside(x, g.next, end) !== null);
    const clause = opensUtterance(x, open, ts, words);
    if (g && !g.bare && (comma || (inverted && clause && words >= 3)) && (clause || words >= 4)) {
      return withBase(base, {
        kind: clause ? 'direct' : 'mixed',
        cue: g.cue,
        lemma: g.lemma,
        speaker: speakerAfter(x, g, end),
        score: 0.95,
        rule: 'direct-incise',
      });
    }
    const src = comma && j < x.n ? sourceAt(x, j, end) : -1;
    if (src > 0) {
      const nb = npEnd(x, src, end);
      if (isSourceNp(x, src, nb)) {
        return directSource(x, base, j, src, nb);
      }
    }
    // "», pour le Mouvement du Nid, favorable à la loi": "pour" + someone named, closing its clause, gives the
    // opinion's holder, as "selon" does
    if (src < 0 && comma && j + 1 < x.n && x.low[j] === 'pour' && (clause || words >= 4)) {
      const nb = npEnd(x, j + 1, end);
      if (
        nb > j + 1 &&
        namesSomeone(x, j + 1, nb) &&
        (nb >= x.n || x.low[nb] === ',' || SENT_END.has(x.low[nb]) || x.isMark(nb))
      )
        return directSource(x, base, j, j + 1, nb);
    }
    // "», peut-on lire dans un communiqué de la préfecture" / "», lit-on sur des banderoles": the written
    // source after the preposition speaks (a name in it, else the noun phrase), the impersonal "on" does not
    // (the comma may be missing: "« … » peut-on lire dans ce communiqué")
    const read = clause || words >= 4 ? readIncise(x, j, end) : -1;
    if (read >= 0) {
      let s0 = read + 1;
      if (s0 < end && (x.low[s0] === 'dans' || x.low[s0] === 'sur' || x.low[s0] === 'sous')) s0++;
      const nb = npEnd(x, s0, end);
      return withBase(base, {
        kind: 'direct',
        cue: read,
        lemma: 'lire',
        speaker: nb > s0 ? { kind: 'np', a: s0, b: nb } : null,
        score: 0.9,
        rule: 'direct-incise',
      });
    }
  }

  // 2. incise inside the marks: « Nous irons, a-t-il dit, jusqu'au bout »
  for (let i = a + 1; i < b - 2; i++) {
    if (x.low[i - 1] !== ',' || x.inPair[i] !== k) continue;
    const oc = OBJECT_CLITIC.has(x.low[i]) && i + 1 < b && (AUX.has(x.low[i + 1]) || VERB.has(x.low[i + 1]));
    const g = verbGroup(x, oc ? i + 1 : i, b);
    let after = g ? g.next : b;
    while (after < b && after - (g?.next ?? b) < 6 && x.low[after] !== ',' && !SENT_END.has(x.low[after]))
      after++;
    if (g && g.clitic >= 0 && after < b) {
      return withBase(base, {
        kind: 'direct',
        cue: g.cue,
        lemma: g.lemma,
        speaker: { kind: 'clitic', tok: g.clitic },
        score: 0.9,
        rule: 'direct-inner-incise',
      });
    }
    // a named speaker: « Écoutez, il y avait un choix, a expliqué Richard Ferrand devant les caméras. Le choix … »
    if (g && !g.bare && g.clitic < 0) {
      const who = speakerAfter(x, g, b);
      if (who?.kind === 'np' && namesSomeone(x, who.a, who.appos ? who.appos[1] : who.b)) {
        let end = who.appos ? who.appos[1] : who.b;
        const from = end;
        while (end < b && end - from < 8 && x.low[end] !== ',' && !SENT_END.has(x.low[end])) end++;
        if (end < b - 1)
          return withBase(base, {
            kind: 'direct',
            cue: g.cue,
            lemma: g.lemma,
            speaker: who,
            score: 0.85,
            rule: 'direct-inner-incise',
          });
      }
    }
  }

  // 3. what comes before the opening mark
  const p = open - 1;
  const prev = p >= floor ? x.low[p] : '';
  // a title in apposition to the noun of a work, past its modifiers and a comma or colon ("une autobiographie
  // parue en 1983, « Jujube »", "sa toute dernière chanson, « Merci »", "est né un livre : « … »"): a short name
  // with a capital and no punctuation of a sentence
  if (
    (prev === ',' || prev === ':') &&
    words <= 6 &&
    UPPER.test(x.tok(a).text) &&
    !SENT_END.has(x.low[b - 1])
  ) {
    // (back from the comma to the nearest verb: a noun of a work there, and no source marker, "selon le journal, « … »")
    let title = false;
    for (let i = p - 1; i >= floor && p - i <= 8 && x.isWord(i); i--) {
      if (VERB.has(x.low[i]) || AUX.has(x.low[i])) break;
      if (SOURCE_OPEN.has(x.low[i])) {
        title = false;
        break;
      }
      if (TITLE_CUE.has(x.low[i]) && x.entAt[i] < 0) title = true;
    }
    if (title) return null;
  }
  if (prev === ':') {
    // code left in the page ("{idDM: "x468ugd", mediaType: "dm-public"}"): an identifier is no speaker and its
    // value no quotation
    if (p > 0 && CODE_NAME.test(x.tok(p - 1).text)) return null;
    let cs = clauseStart(x, p, floor);
    // "X répéterait à ses proches, selon Le Parisien :": the source relays, the clause before it speaks
    if (cs > floor + 1 && x.low[cs - 1] === ',' && sourceAt(x, cs, p) > 0) cs = clauseStart(x, cs - 1, floor);
    // "avoir entendu l'un des agresseurs déclarer :": the one heard speaks
    const heard = heardSpeaker(x, cs, p);
    if (heard)
      return withBase(base, {
        kind: 'direct',
        cue: p - 1,
        lemma: VERB.get(x.low[p - 1]) ?? '',
        speaker: heard,
        score: 0.85,
        rule: 'direct-colon-verb',
      });
    // a narrative infinitive ("Et de poursuivre :", "Puis de continuer, alarmiste :", "Avant de conclure,
    // lapidaire :"): the one speaking already, not the attribute or adverb after the verb
    let narrative = narrativeInfinitive(x, cs, p);
    if (narrative < 0 && cs > floor + 1 && x.low[cs - 1] === ',')
      narrative = narrativeInfinitive(x, clauseStart(x, cs - 1, floor), p);
    if (narrative >= 0)
      return withBase(base, {
        kind: 'direct',
        cue: narrative,
        lemma: VERB.get(x.low[narrative]) ?? '',
        speaker: { kind: 'context', tok: open },
        score: 0.85,
        rule: 'direct-colon-verb',
      });
    // … with its subject opening the sentence, cut from it by an aside ("Et celui-ci, visiblement agacé, de lui
    // répondre :", "Et le ministre de conclure :"): that subject speaks
    const inf = subjectNarrative(x, cs, p);
    if (inf >= 0 && cs > floor + 1 && x.low[cs - 1] === ',') {
      let who = colonSentenceSubject(x, floor, cs - 1);
      // (a noun phrase up to its comma: "Et le ministre, visiblement agacé, de conclure :")
      let d = floor;
      while (d < cs && (x.low[d] === 'et' || x.low[d] === 'mais')) d++;
      if (!who && DET.has(x.low[d]) && !PREPOSITION.has(x.low[d])) {
        const c = npEnd(x, d, cs - 1);
        if (c > d + 1 && x.low[c] === ',') who = { kind: 'np', a: d, b: c };
      }
      if (who)
        return withBase(base, {
          kind: 'direct',
          cue: inf,
          lemma: VERB.get(x.low[inf]) ?? '',
          speaker: who,
          score: 0.85,
          rule: 'direct-colon-verb',
        });
    }
    for (let v = p - 1; v >= cs; v--) {
      const g = verbGroup(x, v, p);
      if (g && g.cue < p && !g.bare) {
        // the subject before the verb speaks ("X a décrit un texte insuffisant :", "X, qui a expliqué pourquoi
        // … :"): the words between the verb and the colon are its complements; a subject after the verb only
        // when none stands before it ("Et d'ajouter le ministre :")
        const before = speakerBefore(x, Math.min(v, g.head), floor);
        // an inverted clitic is the subject ("Néanmoins, a-t-il poursuivi, « … »": not the adverb before it)
        const who: SpeakerRef = x.low[g.cue].endsWith('ant')
          ? sentenceSubject(x, floor, g.cue)
          : g.clitic >= 0
            ? { kind: 'clitic', tok: g.clitic }
            : g.next < p && !CLAUSE_STOP.has(x.low[g.next]) && (before === null || g.clitic >= 0)
              ? speakerAfter(x, g, p)
              : before;
        return withBase(base, {
          kind: 'direct',
          cue: g.cue,
          lemma: g.lemma,
          speaker: who ?? speakerBefore(x, v, floor),
          score: 0.9,
          rule: 'direct-colon-verb',
        });
      }
    }
    // "Les messages reçus sont clairs :": a clause with a copula names no speaker
    let copula = false;
    // (after its subject: "Reste la fracture avec la gauche :" opens with the verb, and the context speaks)
    // (not an auxiliary: "L'activité s'est arrêtée :", "Le ministre est arrivé :")
    for (let i = cs + 1; i < p && p - cs <= 8; i++)
      if (
        COPULA.has(x.low[i]) &&
        x.low[i - 1] !== "s'" &&
        x.low[i - 1] !== 'se' &&
        !(i + 1 < p && /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)$/.test(x.low[i + 1]))
      )
        copula = true;
    let who: SpeakerRef = copula
      ? { kind: 'nobody' }
      : p - cs <= 8 && p > cs && !COPULA.has(x.low[cs])
        ? { kind: 'np', a: cs, b: p }
        : { kind: 'context', tok: open };
    // a clause with a verb ("Marlène Schiappa y est aussi allée de son coup de gueule :", "le jeune conducteur
    // s'en prend à une policière :"): its subject speaks, before the first auxiliary or clitic of the verb
    let subject = false;
    if (!copula && !(who.kind === 'np' && p - cs <= 3)) {
      for (let j = cs + 1; j < p && j - cs <= 20; j++) {
        const w = x.low[j];
        if (x.isMark(j)) break;
        if (x.entAt[j] >= 0) continue;
        if (!(AUX.has(w) || (COLON_CLITIC.has(w) && j + 1 < p && x.isWord(j + 1)))) continue;
        const ref = speakerBefore(x, j, cs);
        if (ref && (ref.kind !== 'np' || ref.a === cs || (ref.a > cs && DET.has(x.low[ref.a])))) {
          // (a demonstrative subject points at a thing: "C'est une voiture … portant l'inscription :")
          who =
            ref.kind === 'np' && ref.b - ref.a === 1 && DEMONSTRATIVE_PRONOUN.has(x.low[ref.a])
              ? { kind: 'nobody' }
              : ref;
          subject = true;
        }
        break;
      }
    }
    // a clause a comma cut from its subject ("Le président, jamais avare de déclarations, a balayé cette rivale :",
    // "X tente d'alerter les préfectures, les administrations et les ministères :", "X avait réagi en postant une
    // photo, accompagnée d'un message :"): the subject of the sentence speaks, not the noun phrase after the comma
    if (
      !copula &&
      !subject &&
      who.kind === 'np' &&
      who.a === cs &&
      cs > floor + 1 &&
      x.low[cs - 1] === ',' &&
      (PARTICIPLE_END.test(x.low[cs]) ||
        !(x.entAt[cs - 2] >= 0 && x.entities[x.entAt[cs - 2]].type === 'PER'))
    ) {
      const sentence = colonSentenceSubject(x, floor, p);
      if (sentence) who = sentence;
    }
    // a subject that names nobody ("Les dialogues se sont terminés par une nouvelle charge de Marc Dubois :"): a
    // person the rest of the clause names outside quotation marks introduces the quotation
    if (who.kind === 'np' && who.a < who.b && who.b < p) {
      let named = false;
      for (let k = who.a; k < who.b && !named; k++) named = x.entAt[k] >= 0;
      const head = x.low[headOf(x.low, who.a, who.b)];
      if (
        !named &&
        roleOf(head) === null &&
        !ORG_NOUN.has(head) &&
        !SOURCE_NOUN.has(head) &&
        !MEDIA_NOUN.has(head)
      ) {
        for (let k = who.b; k < p; k++) {
          const e = x.entAt[k];
          if (e < 0 || x.inPair[k] >= 0 || x.entities[e].type !== 'PER') continue;
          let c = k;
          while (c < p && x.entAt[c] === e) c++;
          who = { kind: 'np', a: k, b: c };
          break;
        }
      }
    }
    // "Dave Zaniboni, capitaine des pompiers de Santa Barbara :": a noun without determiner after a name and
    // its comma is the name's apposition; the person speaks
    // (a determiner too, when no verb follows it: "Jayant Surana, un entrepreneur de New Delhi :")
    if (
      who.kind === 'np' &&
      cs >= 2 &&
      x.low[cs - 1] === ',' &&
      ((!DET.has(x.low[cs]) && /^\p{Ll}/u.test(x.tok(cs).text) && !PARTICIPLE_END.test(x.low[cs])) ||
        (DET.has(x.low[cs]) && appositionNp(x, cs, p)))
    ) {
      const e = x.entAt[cs - 2];
      if (e >= 0 && x.entities[e].type === 'PER' && x.entAt[cs] < 0) {
        let s0 = cs - 2;
        while (s0 > 0 && x.entAt[s0 - 1] === e) s0--;
        who = { kind: 'np', a: s0, b: cs - 1, appos: [cs, p] };
      }
    }
    // a label without verb speaks only when it is a noun phrase that can speak ("Le maire :", "Un témoin :");
    // otherwise it says what follows, not who says it ("Problème :", "Autre possibilité offerte aux préfets :",
    // "Jusqu'à ce message radio :"), and the text names nobody
    // (a label that is the whole sentence; past a fronted clause or holding a speech verb, "Avant de rajouter :",
    // the one speaking is the context's)
    if (
      !subject &&
      who.kind === 'np' &&
      who.a === cs &&
      who.b === p &&
      !who.appos &&
      !speakerLabel(x, cs, p)
    ) {
      let verb = false;
      // (a speech verb, or an infinitive after "de": "Avant de rajouter :", whose subject is the one speaking)
      for (let k = cs; k < p && !verb; k++)
        verb =
          VERB.has(x.low[k]) ||
          (k > cs && (x.low[k - 1] === 'de' || x.low[k - 1] === "d'") && /(?:er|ir|re)$/.test(x.low[k]));
      // (a noun phrase names the words that follow, "Autre possibilité offerte aux préfets :", and nobody; an
      // adverbial frames them, "Pour le moment, pas pour cette fois :", and the context speaks)
      who =
        cs <= floor && !verb && !PREPOSITION.has(x.low[cs])
          ? { kind: 'nobody' }
          : { kind: 'context', tok: open };
    }
    return withBase(base, {
      kind: 'direct',
      cue: -1,
      lemma: '',
      speaker: who,
      score: 0.85,
      rule: 'direct-colon',
    });
  }
  if (prev === ',') {
    const cs = clauseStart(x, p, floor);
    const src = sourceAt(x, cs, p);
    if (src > 0 && isSourceNp(x, src, p)) {
      return directSource(x, base, cs, src, p);
    }
    for (let v = cs; v < p; v++) {
      const g = verbGroup(x, v, p);
      if (g && !g.bare && !QUE.has(x.low[g.next])) {
        // an inverted clitic is the subject ("Néanmoins, a-t-il poursuivi, « … »": not the adverb before it)
        const who: SpeakerRef = x.low[g.cue].endsWith('ant')
          ? sentenceSubject(x, floor, g.cue)
          : g.clitic >= 0
            ? { kind: 'clitic', tok: g.clitic }
            : g.next < p
              ? speakerAfter(x, g, p)
              : speakerBefore(x, Math.min(v, g.head), floor);
        return withBase(base, {
          kind: 'direct',
          cue: g.cue,
          lemma: g.lemma,
          speaker: who,
          score: 0.85,
          rule: 'direct-lead-verb',
        });
      }
    }
  }
  // a title or a name: "le film « … »", "le projet pilote “…”", "surnommé « … »"
  for (let i = p, seen = 0; i >= floor && seen < 3; i--) {
    if (!x.isWord(i)) break;
    if (TITLE_CUE.has(x.low[i])) return null;
    if (!DET.has(x.low[i])) seen++;
  }
  if (QUE.has(prev)) return null; // left to the que-clause rule (mixed)
  // speech verb right before: "a lancé « … »", "a dénoncé une « dérive »", "qualifié de « … »"
  for (let i = p, n = 0; i >= floor && n < 4; i--, n++) {
    if (CLAUSE_STOP.has(x.low[i]) || x.isMark(i)) break;
    const g = VERB.has(x.low[i]) ? verbGroup(x, i, open) : null;
    if (g && !(g.bare && i > 0 && DET.has(x.low[i - 1]))) {
      let s = i;
      while (s > floor && (AUX.has(x.low[s - 1]) || SKIP.has(x.low[s - 1]))) s--;
      const direct = sentenceLike && g.next === open;
      return withBase(base, {
        kind: direct ? 'direct' : 'mixed',
        cue: g.cue,
        lemma: g.lemma,
        speaker: speakerBefore(x, s, floor),
        score: direct ? 0.85 : 0.7,
        rule: direct ? 'direct-verb' : 'mixed-verb',
      });
    }
  }
  // a quotation that is the subject of the verb after it is a name: « 2001, l'Odyssée de l'espace » avait été …
  if (isClauseStart(x, open, ts) && subjectName(x, close)) return null;
  // a line standing alone between two sentences, without the punctuation that ends a sentence: an intertitle
  if ((sentenceLike || words >= 6) && intertitle(x, open, close, a, b, words))
    return withBase(base, {
      kind: 'direct',
      cue: -1,
      lemma: '',
      speaker: null,
      score: 0.7,
      rule: 'direct-intertitle',
    });
  // no cue: a full utterance opening its sentence or paragraph is a quotation attributed by context;
  // a short fragment inside a sentence is a scare quote or a name.
  if (isClauseStart(x, open, ts) && (sentenceLike || words >= 6)) {
    // "« … » comme les commerçants, a fait savoir un porte-parole.": an incise closing the sentence
    // (not past a capital right after the closing mark: a new sentence, or an intertitle glued to the paragraph
    // after it, « Il bachote comme un étudiant »Le président …)
    // (nor past another quotation opening right after the closing mark: « Un cap a été franchi »« Au printemps
    // …», ont-ils rappelé — the incise is the second one's)
    const glued =
      close + 1 < x.n &&
      ((x.isWord(close + 1) && UPPER.test(x.tok(close + 1).text)) ||
        (x.isMark(close + 1) &&
          x.inPair[close + 1] >= 0 &&
          x.inPair[close + 1] !== k &&
          x.pairs[x.inPair[close + 1]].open === close + 1));
    const se = glued ? close : Math.min(x.n, x.sentEnd(close), close + 80);
    for (let i = close + 2; i < se; i++) {
      if (x.low[i - 1] !== ',' || x.inPair[i] >= 0) continue;
      const g = verbGroup(x, i, se);
      if (!g || g.bare) continue;
      const who = speakerAfter(x, g, se);
      if (who === null) continue;
      // words of the writer between the closing mark and the incise continue the reported content (« … » et de
      // voir s'il existe des « pistes », a expliqué X; « … » à la « fibre sociale », a poursuivi X): one mixed
      // quotation up to the incise's comma
      let outside = 0;
      for (let t = close + 1; t < i - 1; t++) if (x.isWord(t) && x.inPair[t] < 0) outside++;
      if (outside > 0)
        return withBase(
          { ...base, end: x.tok(i - 2).end, t1: i - 1 },
          {
            kind: 'mixed',
            cue: g.cue,
            lemma: g.lemma,
            speaker: who,
            score: 0.75,
            rule: 'mixed-late-incise',
          },
        );
      return withBase(base, {
        kind: 'direct',
        cue: g.cue,
        lemma: g.lemma,
        speaker: who,
        score: 0.8,
        rule: 'direct-late-incise',
      });
    }
    // an article that opens on a quotation names its speaker in the sentence after it (the lead quote of news
    // writing: « … ». Au cours d'une allocution, Edouard Philippe a indiqué …; « … » Voilà ce qu'a écrit X)
    const lead = opensText(x, open) ? (personAfter(x, close) ?? colonSubjectAfter(x, close)) : null;
    return withBase(base, {
      kind: 'direct',
      cue: -1,
      lemma: '',
      speaker: lead ?? { kind: 'context', tok: open },
      score: 0.7,
      rule: 'direct-context',
    });
  }
  if (words >= 10 && sentenceLike) {
    return withBase(base, {
      kind: 'direct',
      cue: -1,
      lemma: '',
      speaker: { kind: 'context', tok: open },
      score: 0.55,
      rule: 'direct-context',
    });
  }
  // a fragment inside the sentence: attributed by a speech verb earlier in the sentence, or, when it is
  // long enough not to be a scare quote (three words or more), by the context
  for (let v = Math.max(floor, open - 30); v < open; v++) {
    if (x.inPair[v] >= 0 || !(VERB.has(x.low[v]) || AUX.has(x.low[v]))) continue;
    const g = verbGroup(x, v, open);
    if (g && !g.bare) {
      return withBase(base, {
        kind: 'mixed',
        cue: g.cue,
        lemma: g.lemma,
        speaker: speakerBefore(x, Math.min(v, g.head), floor),
        score: 0.55,
        rule: 'mixed-verb',
      });
    }
  }
  const titleLike = UPPER.test(x.tok(a).text) && words <= 6 && !SENT_END.has(x.low[b - 1]);
  if (words >= 3 && !titleLike) {
    return withBase(base, {
      kind: 'mixed',
      cue: -1,
      lemma: '',
      // the subject opening the sentence holds the quoted words ("X veut « … »"), else the context
      speaker: holder(x, floor, open),
      score: 0.45,
      rule: 'mixed-context',
    });
  }
  return null;
}

/** Whether the opening mark at `open` opens the text: nothing before it but marks and dashes (no word, by the prefix counts). */
function opensText(x: Text, open: number): boolean {
  return x.wordCount[open] === 0;
}

/**
 * The subject right after a colon that follows a quotation opening the text ("« L'accès au crédit sera
 * maintenu » : la Banque de France s'est montrée rassurante"): a person or organisation named first, after
 * its determiner; null otherwise.
 */
function colonSubjectAfter(x: Text, close: number): SpeakerRef {
  let k = close + 1;
  if (k >= x.n || x.low[k] !== ':') return null;
  k++;
  if (k < x.n && DET.has(x.low[k]) && !DE_DET.has(x.low[k]) && !PREPOSITION.has(x.low[k])) k++;
  const e = k < x.n ? x.entAt[k] : -1;
  if (e < 0 || (x.entities[e].type !== 'PER' && x.entities[e].type !== 'ORG')) return null;
  let b = k;
  while (b < x.n && x.entAt[b] === e) b++;
  return { kind: 'np', a: k, b };
}

/**
 * The first person named outside quotation marks after the closing mark `close`, up to the end of the sentence
 * that follows the quotation's (at most 60 tokens), when a speech verb stands there too and the person is not the
 * complement of a preposition: the speaker a lead quote announces ("… a indiqué", "Voilà ce qu'a écrit X"). Null
 * otherwise (a person named in a narrative sentence, "Ce 9 janvier, X et Y viennent de sonner", or as a complement,
 * "« … » : c'est le nom de la société créée par X", is not said to speak).
 */
function personAfter(x: Text, close: number): SpeakerRef {
  let ends = 0;
  let who: SpeakerRef = null;
  let speech = false;
  for (let k = close + 1; k < x.n && k - close <= 60; k++) {
    if (x.inPair[k] >= 0) continue;
    if (SENT_END.has(x.low[k]) && ++ends === 2) break;
    const e = x.entAt[k];
    if (e < 0) speech ||= VERB.has(x.low[k]);
    else if (who === null && x.entities[e].type === 'PER') {
      // (a person in the complement of a preposition is not the subject: "la société créée par X")
      if (k > 0 && PREPOSITION.has(x.low[k - 1])) return null;
      let b = k;
      while (b < x.n && x.entAt[b] === e) b++;
      who = { kind: 'np', a: k, b };
    }
  }
  return speech ? who : null;
}

/** Demonstrative pronouns: they point at a thing or a fact, never at a speaker. */
const DEMONSTRATIVE_PRONOUN = new Set(["c'", 'ce', 'cela', 'ça', 'ceci']);

/** An identifier of code: a lower-case word with a capital inside ("mediaType") or an underscore. */
const CODE_NAME = /^(?:\p{Ll}+\p{Lu}[\p{L}\d]*|[A-Za-z\d]*_\w*)$/u;

/** Nouns that can head a speaking noun phrase: offices, occupations, organisations, sources, media, groups, documents. */
const speakingForm = (w: string): boolean =>
  roleOf(w) !== null ||
  PERSON_NOUN.has(w) ||
  ORG_NOUN.has(w) ||
  SOURCE_NOUN.has(w) ||
  MEDIA_NOUN.has(w) ||
  COLLECTIVE_NOUN.has(w) ||
  DOCUMENT_NOUN.has(w);
/** {@link speakingForm}, also in a plural in -s or -x ("témoins" read as "témoin"). */
const speakingNoun = (w: string): boolean => speakingForm(w) || speakingForm(w.replace(/[sx]$/, ''));

/**
 * Whether the verbless label [a, b) before a colon can be the one speaking: it names a person or an organisation
 * (an entity, or a capitalised word past its first, which the entity stage missed), is a pronoun, is a plural group
 * ("Les habitants :"), or has a head or a "de" complement that can speak ("Le maire :", "Commentaire d'un
 * témoin :"). A phrase opening on a preposition is an adjunct, never a subject ("Jusqu'à ce message radio :").
 */
function speakerLabel(x: Text, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const e = x.entAt[k];
    if (e >= 0 && (x.entities[e].type === 'PER' || x.entities[e].type === 'ORG')) return true;
  }
  if (b - a === 1 && PRONOUN.has(x.low[a])) return true;
  // a demonstrative pronoun points at a thing, not at someone who speaks ("C'est une voiture … portant
  // l'inscription :")
  if (b - a === 1 && DEMONSTRATIVE_PRONOUN.has(x.low[a])) return false;
  // a social-network handle ("@manuelvalls :")
  for (let k = a; k < b; k++) if (x.tok(k).text.startsWith('@')) return true;
  if (PREPOSITION.has(x.low[a])) return false;
  // (a capitalised word past the first, or initials and acronyms anywhere: "PC :", "EZ :")
  for (let k = a; k < b; k++)
    if (
      x.isWord(k) &&
      ((k > a && UPPER.test(x.tok(k).text) && !DET.has(x.low[k])) || /^\p{Lu}{2,}$/u.test(x.tok(k).text))
    )
      return true;
  const h = headOf(x.low, a, b);
  const w = x.low[h];
  if (speakingNoun(w)) return true;
  if (x.low[a] === 'les' && /[sx]$/.test(w)) return true;
  // (a noun of a "de" complement, not of another preposition: "Commentaire d'un témoin :", not "Autre possibilité
  // offerte aux préfets :" nor "Jusqu'à ce message radio :")
  let de = false;
  for (let k = h + 1; k < b; k++) {
    const t = x.low[k];
    if (t === 'de' || t === "d'" || t === 'du' || t === 'des') de = true;
    else if (PREPOSITION.has(t) || !x.isWord(k)) de = false;
    else if (de && speakingNoun(t)) return true;
  }
  return false;
}

/** Dashes that frame an intertitle of the AFP's layout ("- « Il est juif ! » -"). */
const DASH = new Set(['-', '–', '—']);
/** Punctuation that closes a sentence or a clause inside the marks: a quoted sentence, not a heading. */
const LINE_END = new Set(['.', ',', ';', ':', '...', '…']);

/**
 * Whether the quotation marks [open, close] hold an intertitle: a line of the desk standing alone between two
 * sentences. French prose ends every sentence with its punctuation — a quoted sentence of its own closes on a
 * full stop inside or right after the marks (« Nous ne lâcherons rien. » / « … ».) — whereas a heading has none:
 * so a short quotation (at most 12 words, no sentence end inside) that opens after a sentence end, a dash or the
 * start of its paragraph and is followed by a new sentence (a capital), a dash or the end of its paragraph, with
 * no punctuation of its own, is a heading. An exclamation or a question ends a spoken sentence as well as a
 * heading: it counts only inside the dashes that frame the AFP's intertitles.
 */
function intertitle(x: Text, open: number, close: number, a: number, b: number, words: number): boolean {
  // (a heading in capitals may be longer: "QUAND VOUS AUREZ DES PROBLÈMES …")
  if (words < 2 || words > (capitals(x, a, b) ? 20 : 12)) return false;
  const before = open - 1;
  const startsLine =
    before < 0 ||
    x.paraOf(before) !== x.paraOf(open) ||
    (SENT_END.has(x.low[before]) && x.low[before] !== ';') ||
    DASH.has(x.low[before]) ||
    // (after a quotation that ended its sentence: « … démissionner... »« J'ai tout essayé … »)
    (x.isMark(before) &&
      x.inPair[before] >= 0 &&
      x.pairs[x.inPair[before]].close === before &&
      before > 0 &&
      SENT_END.has(x.low[before - 1]));
  if (!startsLine) return false;
  const after = close + 1;
  const endsLine =
    after >= x.n ||
    x.paraOf(after) !== x.paraOf(close) ||
    // (a dash after it frames it with the one before, or opens a new sentence: not an aside, "» - ces derniers")
    (DASH.has(x.low[after]) &&
      (DASH.has(x.low[before] ?? '') || (after + 1 < x.n && UPPER.test(x.tok(after + 1).text)))) ||
    (x.isWord(after) && UPPER.test(x.tok(after).text));
  if (!endsLine) return false;
  for (let i = a; i < b - 1; i++) if (SENT_END.has(x.low[i]) || x.low[i] === ':') return false;
  const last = x.low[b - 1];
  if (LINE_END.has(last)) return false;
  // (and not a line of dialogue between dashes, followed by its answer: "- « Toi t'habites avec … ? » - « Ouais … ! »")
  if (last === '!' || last === '?')
    return (
      before >= 0 &&
      DASH.has(x.low[before]) &&
      after + 1 < x.n &&
      DASH.has(x.low[after]) &&
      x.isWord(after + 1)
    );
  return true;
}

/** Whether every word of [a, b) is written in capitals (at least two letters). */
function capitals(x: Text, a: number, b: number): boolean {
  let seen = 0;
  for (let i = a; i < b; i++) {
    if (!x.isWord(i)) continue;
    const t = x.tok(i).text;
    if (t !== t.toUpperCase() || t === t.toLowerCase()) return false;
    seen++;
  }
  return seen >= 2;
}

/**
 * Whether the quotation closing at `close` is the subject of the verb after it, a name and not a quotation: an
 * auxiliary or copula right after the closing mark, in lower case, not followed by a speech verb ("« 2001,
 * l'Odyssée de l'espace » avait été sélectionné", "« Des roses et des orties » sera un restaurant"; not "« … » a
 * déclaré X", an incise without its comma, nor "« … » est « la seule option » selon la société").
 */
function subjectName(x: Text, close: number): boolean {
  const v = close + 1;
  if (v >= x.n || !x.isWord(v) || !/^\p{Ll}/u.test(x.tok(v).text)) return false;
  if (!AUX.has(x.low[v]) && !COPULA.has(x.low[v])) return false;
  // (a speech verb group: "» a-t-il d'abord lancé", "» a été scandé")
  if (verbGroup(x, v, Math.min(x.n, v + 8)) !== null) return false;
  for (let k = v + 1; k < Math.min(x.n, v + 6); k++) if (VERB.has(x.low[k])) return false;
  // (a predicate quoted too, or a source in the sentence: "« … » est « la seule option » selon la société")
  const end = Math.min(x.n, x.sentEnd(v), v + 30);
  for (let k = v + 1; k < end; k++) if (x.isMark(k) || sourceAt(x, k, end) > 0) return false;
  return true;
}

/** The token span of a pair's content, shared by every proposal read from the pair. */
type PairBase = Pick<Proposal, 'start' | 'end' | 't0' | 't1' | 'pair'>;

/**
 * A proposal of the pair `base`, built field by field: an object spread (`{ ...base, kind, … }`) made some
 * 2 KB of garbage per proposal, and the pairs of a long text are many.
 */
function withBase(base: PairBase, rest: Omit<Proposal, keyof PairBase>): Proposal {
  const { kind, cue, lemma, speaker, score, rule } = rest;
  return {
    start: base.start,
    end: base.end,
    t0: base.t0,
    t1: base.t1,
    pair: base.pair,
    kind,
    cue,
    lemma,
    speaker,
    score,
    rule,
  };
}

/**
 * A direct quotation attributed by a source marker next to it (« … », selon X / « … », d'après X): the marker
 * from `cue` up to the source noun phrase `src..end`.
 */
function directSource(x: Text, base: PairBase, cue: number, src: number, end: number): Proposal {
  return withBase(base, {
    kind: 'direct',
    cue,
    lemma: sourceLemma(x, cue, src - 1),
    speaker: { kind: 'np', a: src, b: end },
    score: 0.9,
    rule: 'direct-source',
  });
}

/** A person named within six tokens after `a`, before any punctuation or quotation mark. */
function namedAfter(x: Text, a: number, end: number): boolean {
  for (let k = a; k < end && k - a < 6; k++) {
    if (CLAUSE_STOP.has(x.low[k]) || x.isMark(k)) return false;
    const e = x.entAt[k];
    if (e >= 0 && x.entities[e].type === 'PER') return true;
  }
  return false;
}

/** Whether the noun phrase [a, b) names a person or organisation, or is headed by a role noun. */
function namesSomeone(x: Text, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const e = x.entAt[k];
    if (e >= 0 && (x.entities[e].type === 'PER' || x.entities[e].type === 'ORG')) return true;
  }
  return b > a && roleOf(x.low[headOf(x.low, a, b)]) !== null;
}

const CAN = new Set(['peut', 'pouvait', 'pourra', 'pourrait', 'pouvaient', 'peuvent']);

/** "peut-on lire" / "pouvait-on lire" / "lit-on" at `j`: the token of "lire" / "lit", or -1. */
function readIncise(x: Text, j: number, limit: number): number {
  if (j + 1 < limit && x.low[j] === 'lit' && x.low[j + 1] === '-on') return j;
  if (j + 2 < limit && CAN.has(x.low[j]) && x.low[j + 1] === '-on' && x.low[j + 2] === 'lire') return j + 2;
  return -1;
}

const COPULA = new Set([
  'est',
  'sont',
  'était',
  'étaient',
  'sera',
  'seront',
  'serait',
  'fut',
  'reste',
  'demeure',
]);

/**
 * Who holds a quoted fragment without cue: the subject opening its sentence, unless it is described by the
 * sentence rather than speaking ("M. Macron est pour elle « le symbole … »"): then the context.
 */
function holder(x: Text, floor: number, open: number): SpeakerRef {
  const subj = sentenceSubject(x, floor, open);
  if (subj?.kind === 'np' && subj.b < open && COPULA.has(x.low[subj.b]))
    return { kind: 'context', tok: open };
  if (subj?.kind === 'pron' && subj.tok + 1 < open && COPULA.has(x.low[subj.tok + 1]))
    return { kind: 'context', tok: open };
  return subj;
}
