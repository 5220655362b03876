/**
 * What speaker resolution needs to know about the people of a text: the gender the text (or the first name)
 * gives each entity group, the role nouns attached to a person ("Rémy Heitz, procureur de Paris"), and the
 * person mentions before a position (in subject position or not, of a given gender).
 */
import { firstAtOrAfter, tokenStartingAt } from '../doc/spans.js';
import type { Entity } from '../ner/types.js';
import {
  AUX,
  bare,
  DET,
  FIRST_NAME_GENDER,
  FIRST_NAME_GENDER_BARE,
  GENDER_CUE,
  NP_STOP,
  PRE_ADJ,
  PRONOUN,
  roleOf,
  SKIP,
  TIME_NOUN,
  VERB,
} from './lexicon.js';

const DE = new Set(['de', "d'", 'du', 'des']);

/**
 * The head of the "de" complement after the role noun at `k` ("le président de Debout la France" → debout,
 * "la ministre du Travail" → travail), or '' when none follows or it is an age ("de 60 ans"): what tells two
 * holders of one role apart.
 * @internal
 */
export function complementOf(x: Text, k: number): string {
  let j = k + 1;
  if (j >= x.n || !DE.has(x.low[j])) return '';
  j++;
  while (j < x.n && DET.has(x.low[j])) j++;
  // an age ("l'humoriste de 60 ans") describes the person, it names no office
  if (j + 1 < x.n && /^\d+$/.test(x.low[j]) && (x.low[j + 1] === 'ans' || x.low[j + 1] === 'an')) return '';
  return j < x.n && x.isWord(j) ? x.low[j] : '';
}

/**
 * Whether the lowercase word `w` can be a describing word (a noun or an adjective of four letters or more): no
 * function word, verb, time word, pre-nominal adjective or role noun. Shared by {@link qualifierOf} and the
 * nouns a person is introduced by (Mentions.linkNoun).
 */
function describingWord(w: string): boolean {
  return !(
    w.length < 4 ||
    DET.has(w) ||
    AUX.has(w) ||
    VERB.has(w) ||
    NP_STOP.has(w) ||
    TIME_NOUN.has(w) ||
    PRE_ADJ.has(w) ||
    roleOf(w) !== null
  );
}

/**
 * The adjective right after the role noun at `k` ("le président américain" → américain, "la ministre grecque de
 * la Santé" → grecque), or '' when none follows: like a complement, it tells one office from another ("le
 * président américain" is not "le président de la République"). A lowercase word of four letters or more that is
 * no function word, verb, time word, adverb in -ment, role noun or pronoun.
 * @internal
 */
export function qualifierOf(x: Text, k: number): string {
  const j = k + 1;
  if (j >= x.n || !x.isWord(j) || x.entAt[j] >= 0) return '';
  const w = x.low[j];
  // (nor a "de", a skipped word, a pronoun or an adverb in -ment)
  if (
    !describingWord(w) ||
    !/^\p{Ll}+$/u.test(w) ||
    DE.has(w) ||
    SKIP.has(w) ||
    PRONOUN.has(w) ||
    w.endsWith('ment')
  )
    return '';
  return w;
}

/**
 * The role noun at token `k`, "premier ministre" apart from "ministre" (the Prime Minister is not "la ministre
 * du Travail"), or null.
 * @internal
 */
export function roleAt(x: Text, k: number): string | null {
  const role = roleOf(x.low[k]);
  if (role === null) return null;
  const p = k > 0 ? x.low[k - 1] : '';
  return p === 'premier' || p === 'première' ? `premier ${role}` : role;
}

import { isClauseStart, PREPOSITION, type Text } from './text.js';
import type { QuoteSpeaker } from './types.js';

type Gender = 'f' | 'm' | '?';
/** A past participle or adjective agreeing in the feminine after a name ("X, interrogée", "X s'est dite"). */
const FEMININE_AGREEMENT = /^[a-zéèêëîïôûç]{2,}(?:ée|ées|ite|ise|te)$/;
const BE = new Set(['est', 'était', 'sera', 'serait', 'fut', "s'est", "s'était"]);

/** A past participle opening an adjunct ("Contacté par", "Interrogée sur") is no finite verb. */
const PARTICIPLE_FRONT = /(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)$/;
const COPULA = new Set(['est', 'sont', 'était', 'étaient', 'sera', 'serait', 'fut', 'reste', 'demeure']);
/** Words before a name that make it a complement (an agent, a source) rather than the subject of a sentence. */
const STRICT_EXCLUDE = new Set(['par', 'selon', 'pour', 'que', "qu'", ',', 'et', 'mais']);
const SUBJECT_BEFORE = new Set([
  ',',
  ':',
  '"',
  '«',
  '“',
  '(',
  '—',
  '–',
  'et',
  'mais',
  'que',
  "qu'",
  'selon',
  'pour',
  'par',
]);

/** @internal */
export class Mentions {
  /** Role noun → positions and entities it was attached to ("Rémy Heitz, procureur de Paris"). */
  readonly roleLinks = new Map<string, { pos: number; ent: number; comp: string; adj: string }[]>();
  /** Common noun → positions and persons it introduced in apposition ("l'humoriste Ian Cognito"). */
  readonly nounLinks = new Map<string, { pos: number; ent: number }[]>();
  /** Gender the text gives each entity group, from the words before its mentions ('f', 'm', or absent). */
  private readonly gender = new Map<number, 'f' | 'm' | '?'>();

  constructor(
    private readonly x: Text,
    private readonly group: ReadonlyMap<Entity, number>,
  ) {
    this.linkRoles();
    this.genders();
  }

  /** "la juge Sabine Khéris", "Mme X" → f; "le juge X", "M. X" → m; both → unknown. */
  private genders(): void {
    const { x } = this;
    for (let i = 0; i < x.n; i++) {
      const e = x.entAt[i];
      if (e < 0 || (i > 0 && x.entAt[i - 1] === e) || x.entities[e].type !== 'PER') continue;
      const g = this.group.get(x.entities[e]);
      if (g === undefined) continue;
      // the word just before, or the determiner of a role just before ("la juge X", "l'avocate X" is not told)
      // a title inside the name's span ("Mme Claire Morel" read as one mention) tells it too
      let cue: 'f' | 'm' | undefined = GENDER_CUE.get(x.low[i]);
      for (let k = i - 1; k >= Math.max(0, i - 3) && cue === undefined; k--) {
        if (k < i - 1 && roleOf(x.low[k + 1]) === null) break;
        cue = this.cueAt(k);
        if (!x.isWord(k)) break;
      }
      // the determiner of a role with its complement before the name ("la ministre du Travail X")
      // (not past a verb or a conjunction: "la ministre rappelle qu'Emmanuel Macron" says nothing of Macron)
      if (cue === undefined) {
        for (let k = i - 1; k >= Math.max(1, i - 6); k--) {
          if (!x.isWord(k) || x.entAt[k] >= 0) break;
          const w = x.low[k];
          if (AUX.has(w) || VERB.has(w) || w === "qu'" || w === 'que' || w === 'et' || w === 'ou') break;
          if (roleOf(x.low[k]) !== null && !DE.has(x.low[k - 2] ?? '')) {
            cue = this.cueAt(k - 1);
            break;
          }
        }
      }
      // else agreement of a participle or adjective in apposition after the name ("X, interrogée", "X, élue")
      // or after "être" ("X s'est dite favorable", "X est arrivée", "X a été élue")
      let j = i;
      while (j + 1 < x.n && x.entAt[j + 1] === e) j++;
      if (cue === undefined) {
        if (j + 2 < x.n && x.low[j + 1] === ',' && /^[a-zéèêîôû]{3,}ée$/.test(x.low[j + 2])) cue = 'f';
        let k = j + 1;
        if (k < x.n && (x.low[k] === "s'" || x.low[k] === 'a' || x.low[k] === 'avait')) k++;
        if (k + 1 < x.n && (BE.has(x.low[k]) || x.low[k] === 'été') && x.entAt[k + 1] < 0) {
          if (FEMININE_AGREEMENT.test(x.low[k + 1])) cue = 'f';
          else if (/^[a-zéèêîôû]{2,}(?:é|i|u)$/.test(x.low[k + 1]) && x.low[k] !== 'été') cue = 'm';
        }
      }
      if (cue === undefined) continue;
      this.vote(g, cue);
    }
    // no mark in the text: the gender the news usually gives the first name ("Agnès Buzyn" → f, "Brigitte, 56 ans")
    for (let i = 0; i < x.n; i++) {
      const e = x.entAt[i];
      if (e < 0 || (i > 0 && x.entAt[i - 1] === e) || x.entities[e].type !== 'PER') continue;
      const g = this.group.get(x.entities[e]);
      if (g === undefined || this.gender.has(g)) continue;
      // a compound first name takes the gender of its first part ("Jean-Noël", "Marie-Claude")
      // … spelt without its diacritics ("Valerie Denux")
      const first = x.low[i].split('-')[0];
      const cue =
        FIRST_NAME_GENDER.get(x.low[i]) ??
        FIRST_NAME_GENDER.get(first) ??
        FIRST_NAME_GENDER_BARE.get(bare(x.low[i])) ??
        FIRST_NAME_GENDER_BARE.get(bare(first));
      if (cue !== undefined && cue !== '?') this.named.set(g, cue);
    }
    for (const [g, cue] of this.named) if (!this.gender.has(g)) this.gender.set(g, cue);
  }

  private readonly named = new Map<number, 'f' | 'm'>();

  /**
   * The gender the word at `k` gives the noun after it; none for "son" before a vowel ("son épouse", "son
   * amie": the masculine possessive stands before feminine nouns there).
   */
  private cueAt(k: number): 'f' | 'm' | undefined {
    const { x } = this;
    const w = x.low[k];
    if (
      (w === 'son' || w === 'mon' || w === 'ton') &&
      k + 1 < x.n &&
      /^[aeiouyhâàéèêëîïôûü]/.test(x.low[k + 1])
    )
      return undefined;
    return GENDER_CUE.get(w);
  }

  private vote(g: number, cue: 'f' | 'm'): void {
    const was = this.gender.get(g);
    this.gender.set(g, was === undefined || was === cue ? cue : '?');
  }

  /** The gender of a speaker: its entity's, else the determiner or title opening its mention ("la ministre"). */
  speakerGender(sp: QuoteSpeaker): Gender | undefined {
    if (sp.group !== undefined) return this.gender.get(sp.group);
    const first = sp.text.toLowerCase().split(/\s+/)[0] ?? '';
    if (first === 'il' || first === 'lui') return 'm';
    if (first === 'elle') return 'f';
    return GENDER_CUE.get(first);
  }

  /** The gender the text (or the first name) gives entity `e`, if known. */
  genderOf(e: number): Gender | undefined {
    const g = this.group.get(this.x.entities[e]);
    return g === undefined ? undefined : this.gender.get(g);
  }

  /** Whether entity `e` may be referred to by `word` (il / elle). */
  agrees(e: number, word: string): boolean {
    const g = this.group.get(this.x.entities[e]);
    const gender = g === undefined ? undefined : this.gender.get(g);
    if (gender === 'f') return word !== 'il';
    if (gender === 'm') return word !== 'elle';
    return true;
  }

  /** Records which person each role noun is attached to, by apposition either side of the name. */
  private linkRoles(): void {
    const { x } = this;
    const n = x.n;
    for (let i = 0; i < n; i++) {
      const e = x.entAt[i];
      if (e < 0 || (i > 0 && x.entAt[i - 1] === e) || x.entities[e].type !== 'PER') continue;
      let end = i;
      while (end < n && x.entAt[end] === e) end++;
      // "Rémy Heitz, procureur de Paris" / "Rémy Heitz, le procureur"
      let k = end;
      if (k < n && x.low[k] === ',') {
        k++;
        while (k < n && (DET.has(x.low[k]) || PRE_ADJ.has(x.low[k])) && k - end < 4) k++;
        const role = k < n ? roleAt(x, k) : null;
        if (role) this.addLink(role, x.tok(k).start, e);
      }
      // "le ministre de l'Intérieur Abdelouafi Laftit" / "le président d'Interpol, le général Ahmed…"
      // a longer noun phrase before a name in apposition ("l'avocat de la fille de la victime, Yacine Bouzrou")
      const reach = i > 0 && x.low[i - 1] === ',' ? 10 : 7;
      let outer = -1;
      for (let j = i - 1; j >= 0 && i - j <= reach; j--) {
        const w = x.low[j];
        if (w === '.' || w === ';' || w === ':' || x.isMark(j)) break;
        if (x.entAt[j] >= 0 && x.entities[x.entAt[j]].type === 'PER') break;
        // ("première" before a common noun is an adjective: "Montée en première ligne, X")
        const role =
          (w === 'premier' || w === 'première') &&
          j + 1 < i &&
          /^\p{Ll}/u.test(x.tok(j + 1).text) &&
          roleOf(x.low[j + 1]) === null
            ? null
            : roleAt(x, j);
        // a verb between them ("X, préfet de la région, a annoncé Y"): the role belongs to a noun phrase before
        if (role === null && (VERB.has(w) || AUX.has(w))) break;
        if (role) {
          // a role inside a complement ("l'avocat de la fille de la victime, X"): the head role further back
          // names X; else this one does
          const complement =
            j > 0 && (DE.has(x.low[j - 1]) || (j > 1 && DE.has(x.low[j - 2]) && DET.has(x.low[j - 1])));
          if (complement && outer < 0) outer = j;
          if (complement) continue;
          this.addLink(role, x.tok(j).start, e);
          outer = -2;
          break;
        }
      }
      if (outer >= 0) {
        const role = roleAt(x, outer);
        if (role) this.addLink(role, x.tok(outer).start, e);
      }
      this.linkNoun(i, e);
    }
  }

  /**
   * The common noun a person is introduced by, in apposition before the name ("l'humoriste Ian Cognito", "le
   * chorégraphe du duo, Kevin Vivès"): a definite determiner, a lowercase noun of no role (roles are linked by
   * linkRoles) and the name right after it, or after its "de" complement and a comma. French news refers back to
   * the person by that noun ("l'humoriste de 60 ans").
   */
  private linkNoun(i: number, e: number): void {
    const { x } = this;
    let j = i - 1;
    if (j > 0 && x.low[j] === ',') {
      // "le chorégraphe du duo, X": back over a short "de" complement to the noun
      let k = j - 1;
      while (k > 0 && j - k <= 4 && !DE.has(x.low[k]) && x.isWord(k) && x.entAt[k] < 0) k--;
      if (k <= 0 || !DE.has(x.low[k])) return;
      j = k - 1;
    }
    if (j < 1 || !x.isWord(j) || x.entAt[j] >= 0) return;
    const w = x.low[j];
    const d = x.low[j - 1];
    if (d !== 'le' && d !== 'la' && d !== "l'") return;
    if (!describingWord(w) || !/^\p{Ll}[\p{Ll}-]+$/u.test(x.tok(j).text)) return;
    const list = this.nounLinks.get(w) ?? [];
    list.push({ pos: x.tok(j).start, ent: e });
    this.nounLinks.set(w, list);
  }

  private addLink(role: string, pos: number, ent: number): void {
    const list = this.roleLinks.get(role) ?? [];
    const k = this.tokenAt(pos);
    list.push({
      pos,
      ent,
      comp: k >= 0 ? complementOf(this.x, k) : '',
      adj: k >= 0 ? qualifierOf(this.x, k) : '',
    });
    this.roleLinks.set(role, list);
  }

  /**
   * Whether the mention `e` is the subject of a copula ("M. Macron est pour elle …"): described, not speaking. Not
   * the auxiliary of a compound past ("Donald Trump est monté au créneau", "X est revenu sur": a past participle
   * follows, the name is the subject of an action).
   */
  described(e: number): boolean {
    const { x } = this;
    let t = this.tokenAt(x.entities[e].start);
    if (t < 0) return false;
    while (t < x.n && x.entAt[t] === e) t++;
    if (t >= x.n || !COPULA.has(x.low[t])) return false;
    const compoundPast =
      t + 1 < x.n &&
      (x.low[t] === 'est' || x.low[t] === 'était') &&
      /(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies)$/.test(x.low[t + 1]) &&
      x.low[t + 1].length > 3;
    return !compoundPast;
  }

  /**
   * Latest person mention before `pos` (within 5 sentences) in subject position, agreeing with `word` (il/elle);
   * when none is and `mode` is 'any', the latest person named. 'strict' does not take a name after a comma, a
   * conjunction or a preposition ("accusée par X", "selon X") as a subject.
   */
  recentSubject(
    pos: number,
    sentence: number,
    word = '',
    mode: 'any' | 'subject' | 'strict' = 'any',
  ): number {
    const { x } = this;
    const ents = x.entities;
    const lo = firstAtOrAfter(ents, pos);
    let anyPer = -1;
    for (let e = lo - 1; e >= 0 && lo - e <= 200; e--) {
      const ent = ents[e];
      if (ent.type !== 'PER' || !this.agrees(e, word)) continue;
      const t = this.tokenAt(ent.start);
      if (t < 0 || x.inPair[t] >= 0) continue; // a name inside a quotation is not the narrative's subject
      if (sentence - x.ns(t) > 5) break;
      if (anyPer < 0) anyPer = e;
      // a title before the name ("Mme X", "M. X") is part of the subject: look before it
      let first = t;
      if (first > 0 && GENDER_CUE.has(x.low[first - 1]) && roleOf(x.low[first - 1]) === null) first--;
      else if (
        first > 0 &&
        (x.low[first - 1] === 'me' || x.low[first - 1] === 'dr' || x.low[first - 1] === 'pr')
      )
        first--;
      const prev = first > 0 ? x.low[first - 1] : '.';
      let after = t;
      while (after < x.n && x.entAt[after] === e) after++;
      // ", Jean-Paul Delevoye," is an apposition, not a subject, unless it names the role noun phrase opening
      // the sentence ("Leur avocat, Me Fabien Rajon, a pris la parole")
      const fronted = prev === ',' && this.frontedAdjunct(first - 1);
      if (prev === ',' && !fronted && (after >= x.n || x.low[after] === ',' || x.low[after] === '.')) {
        const ss = x.sentStart(first);
        const h = first - 2 >= ss ? first - 2 : -1;
        // … or a role noun phrase with its complement ("Le maire de Béziers, Robert Ménard, a invité")
        let opens = h >= ss && h - ss <= 3 && roleOf(x.low[h]) !== null;
        if (!opens && DET.has(x.low[ss]) && first - 1 - ss <= 6)
          for (let j = ss + 1; j < first - 1 && !opens; j++) {
            if (AUX.has(x.low[j]) || VERB.has(x.low[j]) || x.entAt[j] >= 0 || x.low[j] === ',') break;
            if (roleOf(x.low[j]) !== null) opens = true;
          }
        if (!(opens && x.low[after] === ',')) continue;
      }
      // a closing mark is a subject boundary only after a quotation that stands alone (an intertitle, a full
      // utterance): after a quoted word inside the sentence ("X a « adjuré » Emmanuel Macron") the name is an object
      if (x.isMark(first - 1) && !this.standsAlone(first - 1)) continue;
      // the subject of a clause reported by a speech verb ("rappeler que Victor Hugo « … »") is what was said,
      // not the narrative's subject: a pronoun after it goes to the one who said it
      if (mode === 'subject' && (prev === 'que' || prev === "qu'") && first > 1 && VERB.has(x.low[first - 2]))
        continue;
      if (
        first === x.sentStart(first) ||
        this.roleOpens(first, after) ||
        fronted ||
        (SUBJECT_BEFORE.has(prev) &&
          !(mode === 'strict' && STRICT_EXCLUDE.has(prev)) &&
          !(mode === 'subject' && prev === 'par')) ||
        (roleOf(prev) !== null && !this.roleInComplement(first - 1)) ||
        x.paraOf(first - 1) !== x.paraOf(first)
      )
        return e;
    }
    // no person in subject position: the last person named
    return mode === 'any' ? anyPer : -1;
  }

  /**
   * Whether the role noun at `r`, right before a name, stands in a complement ("la stupidité du président X",
   * "une lettre au ministre X"): a preposition before its determiner. The name is then no subject.
   */
  private roleInComplement(r: number): boolean {
    const { x } = this;
    let k = r - 1;
    while (k > 0 && r - k < 4 && PRE_ADJ.has(x.low[k])) k--;
    // ("du", "des" are a preposition and a determiner in one)
    if (k >= 0 && (DE.has(x.low[k]) || NP_STOP.has(x.low[k]))) return true;
    if (k >= 0 && DET.has(x.low[k])) k--;
    return k >= 0 && (DE.has(x.low[k]) || NP_STOP.has(x.low[k]));
  }

  /**
   * Whether the comma at `c` closes a short adjunct opening its sentence ("De son côté, X, qui …, affirme",
   * "Contacté par Europe 1, X reconnaît", "Mardi soir, X a"): the name after it is the subject. Not when the
   * adjunct holds a verb, an auxiliary, a person or a quotation mark ("Pour Paul Durand, X est …"). At most `most`
   * tokens.
   */
  private frontedAdjunct(c: number, most = 6): boolean {
    const { x } = this;
    const ss = x.sentStart(c);
    // (a prepositional adjunct may be longer: "Au sujet de cette fameuse course au vaccin, X souhaite …")
    const longest = PREPOSITION.has(x.low[ss]) ? Math.max(most, 10) : most;
    if (c - ss < 1 || c - ss > longest || x.paraOf(ss) !== x.paraOf(c)) return false;
    for (let j = ss; j < c; j++) {
      const w = x.low[j];
      if (w === ',' || x.isMark(j) || AUX.has(w) || (VERB.has(w) && !PARTICIPLE_FRONT.test(w))) return false;
      // "Née d'une mère afro-américaine, Doria Ragland, et …": a name after a person noun inside an adjunct is its
      // apposition (not when the phrase is the subject noun phrase itself: "Le maire de Béziers, X, a …")
      if (roleOf(w) !== null && !DET.has(x.low[ss])) return false;
      const e = x.entAt[j];
      if (e >= 0 && x.entities[e].type === 'PER') return false;
    }
    return true;
  }

  /**
   * Whether a role noun phrase opening the sentence runs up to the name at `first`, and a verb follows the name
   * ("Le ministre français des Affaires étrangères Jean-Yves Le Drian a exclu …"), past a parenthesis and clitics
   * ("Le rapporteur Loïc Hervé (Union centriste) y a vu"): the name is the subject.
   */
  private roleOpens(first: number, after0: number): boolean {
    const { x } = this;
    // past a parenthesis after the name ("Loïc Hervé (Union centriste) y a vu": a party, an age, a place) and
    // the clitics and adverbs before the verb
    let after = after0;
    if (after < x.n && x.low[after] === '(') {
      let k = after + 1;
      while (k < x.n && k - after <= 6 && x.low[k] !== ')') k++;
      if (k < x.n && x.low[k] === ')') after = k + 1;
    }
    while (after < x.n && after - after0 < 10 && SKIP.has(x.low[after])) after++;
    if (after >= x.n || !(AUX.has(x.low[after]) || VERB.has(x.low[after]))) return false;
    // "Le frère de Paul Durand a quitté": the name is a complement, the noun phrase is the subject
    if (first > 0 && DE.has(x.low[first - 1])) return false;
    const ss = x.sentStart(first);
    for (let j = first - 1; j >= ss && first - j <= 7; j--) {
      if (!x.isWord(j) || AUX.has(x.low[j]) || (VERB.has(x.low[j]) && roleOf(x.low[j]) === null))
        return false;
      if (roleOf(x.low[j]) === null) {
        // any noun phrase opening the sentence: "Son rival démocrate Joe Biden a adopté …"; not a complement
        // ("Le frère de Paul Durand a dit"), not another name
        if (j === ss && DET.has(x.low[j]) && first - j >= 2) {
          for (let k = j + 1; k < first; k++)
            if (DE.has(x.low[k]) || x.entAt[k] >= 0 || !/^\p{Ll}/u.test(x.tok(k).text)) return false;
          return true;
        }
        continue;
      }
      let d = j - 1;
      while (d > ss && PRE_ADJ.has(x.low[d])) d--;
      if (!DET.has(x.low[d])) return false;
      // … or right after an adjunct opening the sentence ("Dans les colonnes du Parisien vendredi, le délégué
      // interministériel Emmanuel Barbe annonce …"): French news fronts the circumstances, the subject follows
      return d === ss || (x.low[d - 1] === ',' && this.frontedAdjunct(d - 1, 12));
    }
    return false;
  }

  /** Whether the mark at `m` closes a quotation opening its sentence or paragraph (or opens one). */
  private standsAlone(m: number): boolean {
    const { x } = this;
    const k = x.inPair[m];
    if (k < 0) return true;
    const { open } = x.pairs[k];
    return open === m || isClauseStart(x, open, x.sentStart(open));
  }

  /** The last person mention before `pos` (outside quotations, within 3 sentences) agreeing with `word`. */
  lastPerson(pos: number, word: string): number {
    const { x } = this;
    const ents = x.entities;
    const sentence = x.ns(this.tokenAt(pos));
    const lo = firstAtOrAfter(ents, pos);
    for (let e = lo - 1; e >= 0 && lo - e <= 200; e--) {
      const ent = ents[e];
      if (ent.type !== 'PER' || !this.agrees(e, word)) continue;
      const t = this.tokenAt(ent.start);
      if (t < 0 || x.inPair[t] >= 0) continue;
      if (sentence - x.ns(t) > 3) break;
      return e;
    }
    return -1;
  }

  tokenAt(start: number): number {
    return tokenStartingAt(this.x.tb.start, start);
  }
}
