/**
 * Speaker resolution: a noun phrase gives its named entity (a person named in it, else the entity a role
 * noun was attached to earlier, else the role or group itself as OTHER); a pronoun gives the most recent
 * compatible speaker or subject; a quotation without a cue takes the speaker of the one just before.
 */
import { groupEntities } from '../ner/group.js';
import type { Entity } from '../ner/types.js';
import {
  AUX,
  DET,
  FIRST_NAME_GENDER,
  GENDER_CUE,
  headOf,
  key,
  NP_STOP,
  ORG_NOUN,
  PRE_ADJ,
  PRONOUN,
  roleOf,
  VERB,
} from './lexicon.js';
import type { Text } from './text.js';
import type { QuoteSpeaker } from './types.js';

/** Where the speaker of a proposal is, before resolution. @internal */
export type SpeakerRef =
  | { kind: 'np'; a: number; b: number; appos?: [number, number] }
  | { kind: 'pron'; tok: number }
  | { kind: 'clitic'; tok: number }
  | { kind: 'context'; tok: number }
  | null;

interface Said {
  sentence: number;
  /** End offset of the quotation. */
  end: number;
  speaker: QuoteSpeaker;
}

type Gender = 'f' | 'm' | '?';
/** A past participle or adjective agreeing in the feminine after a name ("X, interrogée", "X s'est dite"). */
const FEMININE_AGREEMENT = /^[a-zéèêëîïôûç]{2,}(?:ée|ées|ite|ise|te)$/;
const BE = new Set(['est', 'était', 'sera', 'serait', 'fut', "s'est", "s'était"]);

const COPULA = new Set(['est', 'sont', 'était', 'étaient', 'sera', 'serait', 'fut', 'reste', 'demeure']);
/** Words before a name that make it a complement (an agent, a source) rather than the subject of a sentence. */
const STRICT_EXCLUDE = new Set(['par', 'selon', 'pour', 'que', "qu'", ',', 'et', 'mais']);
const PLURAL = new Set(['ils', 'elles', 'eux']);
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
export class SpeakerResolver {
  private readonly group = new Map<Entity, number>();
  private readonly canonical: string[] = [];
  /** Role noun → positions and entities it was attached to ("Rémy Heitz, procureur de Paris"). */
  private readonly roleLinks = new Map<string, { pos: number; ent: number }[]>();
  private readonly said: Said[] = [];
  /** Gender the text gives each entity group, from the words before its mentions ('f', 'm', or absent). */
  private readonly gender = new Map<number, 'f' | 'm' | '?'>();

  constructor(
    private readonly x: Text,
    grouped: readonly Entity[],
  ) {
    groupEntities(grouped).forEach((g, i) => {
      this.canonical.push(g.canonical);
      for (const m of g.mentions) this.group.set(m, i);
    });
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
        cue = GENDER_CUE.get(x.low[k]);
        if (k < i - 1 && roleOf(x.low[k + 1]) === null) break;
        if (!x.isWord(k)) break;
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
      const cue = FIRST_NAME_GENDER.get(x.low[i]) ?? FIRST_NAME_GENDER.get(x.low[i].split('-')[0]);
      if (cue !== undefined) this.named.set(g, cue);
    }
    for (const [g, cue] of this.named) if (!this.gender.has(g)) this.gender.set(g, cue);
  }

  private readonly named = new Map<number, 'f' | 'm'>();

  private vote(g: number, cue: 'f' | 'm'): void {
    const was = this.gender.get(g);
    this.gender.set(g, was === undefined || was === cue ? cue : '?');
  }

  /** The gender of a speaker: its entity's, else the determiner or title opening its mention ("la ministre"). */
  private speakerGender(sp: QuoteSpeaker): Gender | undefined {
    if (sp.group !== undefined) return this.gender.get(sp.group);
    const first = sp.text.toLowerCase().split(/\s+/)[0] ?? '';
    if (first === 'il' || first === 'lui') return 'm';
    if (first === 'elle') return 'f';
    return GENDER_CUE.get(first);
  }

  /** Whether entity `e` may be referred to by `word` (il / elle). */
  private agrees(e: number, word: string): boolean {
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
        const role = k < n ? roleOf(x.low[k]) : null;
        if (role) this.addLink(role, x.tok(k).start, e);
      }
      // "le ministre de l'Intérieur Abdelouafi Laftit" / "le président d'Interpol, le général Ahmed…"
      for (let j = i - 1; j >= 0 && i - j <= 7; j--) {
        const w = x.low[j];
        if (w === '.' || w === ';' || w === ':' || x.isMark(j)) break;
        if (x.entAt[j] >= 0 && x.entities[x.entAt[j]].type === 'PER') break;
        const role = roleOf(w);
        if (role) {
          this.addLink(role, x.tok(j).start, e);
          break;
        }
      }
    }
  }

  private addLink(role: string, pos: number, ent: number): void {
    const list = this.roleLinks.get(role) ?? [];
    list.push({ pos, ent });
    this.roleLinks.set(role, list);
  }

  private entitySpeaker(e: number): QuoteSpeaker {
    const ent = this.x.entities[e];
    const type = ent.type === 'PER' ? 'PER' : ent.type === 'ORG' || ent.type === 'LOC' ? 'ORG' : 'OTHER';
    const sp: QuoteSpeaker = {
      text: this.x.doc.text.slice(ent.start, ent.end),
      start: ent.start,
      end: ent.end,
      type,
    };
    this.link(sp, e);
    return sp;
  }

  private link(sp: QuoteSpeaker, e: number): void {
    const g = this.group.get(this.x.entities[e]);
    if (g !== undefined) {
      sp.group = g;
      sp.entity = this.canonical[g];
    }
  }

  private span(a: number, b: number): { text: string; start: number; end: number } {
    const { x } = this;
    const start = x.tok(a).start;
    const end = x.tok(b - 1).end;
    return { text: x.doc.text.slice(start, end), start, end };
  }

  /**
   * Resolves a proposal's speaker and remembers it for the pronouns and cue-less quotations after it.
   * `end` is the quotation's end offset.
   */
  resolve(ref: SpeakerRef, sentence: number, end = -1): QuoteSpeaker | null {
    const sp = this.find(ref, sentence);
    if (sp) this.said.push({ sentence, end, speaker: sp });
    return sp;
  }

  private find(ref: SpeakerRef, sentence: number): QuoteSpeaker | null {
    if (ref === null) return null;
    const { x } = this;
    if (ref.kind === 'context') return this.context(ref.tok, sentence);
    if (ref.kind === 'pron' || ref.kind === 'clitic') {
      const t = x.tok(ref.tok);
      const word = x.low[ref.tok].replace(/^-(?:t-)?/, '');
      const start = t.end - word.length;
      return this.pronoun(
        word,
        { text: x.doc.text.slice(start, t.end), start, end: t.end },
        t.sentence,
        t.start,
      );
    }
    let { a, b } = ref;
    if (ref.appos) {
      // the apposition is a name ("le ministre, Gérald Darmanin", "l'avocat, Me Eric Morain"), not a noun
      // phrase naming someone else ("Stacey Abrams, autre colistière de Joe Biden")
      let [c] = ref.appos;
      const d = ref.appos[1];
      if (c + 1 < d && x.entAt[c] < 0 && GENDER_CUE.has(x.low[c]) && roleOf(x.low[c]) === null) c++;
      if (c + 1 < d && x.entAt[c] < 0 && (x.low[c] === 'me' || x.low[c] === 'dr' || x.low[c] === 'pr')) c++;
      const e = c < d ? x.entAt[c] : -1;
      if (e >= 0 && (x.entities[e].type === 'PER' || x.entities[e].type === 'ORG'))
        return this.entitySpeaker(e);
    }
    while (b > a && (x.low[b - 1] === ',' || x.low[b - 1] === ')' || x.low[b - 1] === '(')) b--;
    if (b <= a) return null;
    // not a noun phrase ("de" of "Et de conclure", "s'il", a stretch holding quotation marks): the context speaks
    if (!this.nounPhrase(a, b)) return this.context(a, sentence);
    if (b - a === 1 && (PRONOUN.has(x.low[a]) || x.low[a] === 'lui' || x.low[a] === 'eux')) {
      return this.pronoun(x.low[a], this.span(a, b), x.tok(a).sentence, x.tok(a).start);
    }
    // "ce dernier" / "cette dernière": the last person named before, of that gender, wherever it stood
    if (b - a === 2 && (x.low[a + 1] === 'dernier' || x.low[a + 1] === 'dernière') && DET.has(x.low[a])) {
      const e = this.lastPerson(x.tok(a).start, x.low[a + 1] === 'dernière' ? 'elle' : 'il');
      if (e >= 0) {
        const sp: QuoteSpeaker = { ...this.span(a, b), type: 'PER' };
        this.link(sp, e);
        return sp;
      }
    }
    let h = headOf(x.low, a, b);
    if (x.entAt[a] >= 0) h = a;
    let per = -1;
    let other = -1;
    let first = -1;
    for (let k = a; k < b; k++) {
      const e = x.entAt[k];
      if (e < 0 || x.entities[e].type === 'DATE') continue;
      if (first < 0) first = e;
      // "l'avocat de Tariq Ramadan", "la mère de X": a person after "de" is not the one the role names
      const afterDe = k > a && (x.low[k - 1] === 'de' || x.low[k - 1] === "d'" || x.low[k - 1] === 'du');
      if (x.entities[e].type === 'PER' && !(afterDe && roleOf(x.low[h]) !== null)) per = e;
      else if (other < 0 && x.entities[e].type !== 'MISC') other = e;
    }
    const head = x.low[h];
    if (first >= 0 && x.entAt[h] === first && x.entities[first].type !== 'MISC')
      return this.entitySpeaker(first);
    const role = roleOf(head);
    if (role) {
      if (per >= 0) return this.entitySpeaker(per);
      const sp: QuoteSpeaker = { ...this.span(a, b), type: 'OTHER' };
      const links = this.roleLinks.get(role);
      if (links) {
        let best = -1;
        for (let i = links.length - 1, seen = 0; i >= 0 && seen < 50; i--, seen++)
          if (links[i].pos < sp.start) {
            best = links[i].ent;
            break;
          }
        if (best >= 0) {
          sp.type = 'PER';
          this.link(sp, best);
        }
      }
      return sp;
    }
    if (per >= 0) return this.entitySpeaker(per);
    if (ORG_NOUN.has(head)) return { ...this.span(a, b), type: 'ORG' };
    if (other >= 0) return this.entitySpeaker(other);
    return { ...this.span(a, b), type: 'OTHER' };
  }

  /** The speaker of a quotation attributed by its context: the previous speaker, else the last subject. */
  private context(tok: number, sentence: number): QuoteSpeaker | null {
    const last = this.said[this.said.length - 1];
    const pos = this.x.tok(tok).start;
    if (last && sentence - last.sentence <= 8) {
      // a person named after an unresolved previous speaker takes over ("… a-t-il dit. … Nicolas Hulot …")
      if (last.speaker.entity === undefined) {
        const e = this.recentSubject(pos, sentence);
        if (e >= 0 && this.x.entities[e].start > last.speaker.end) return this.entitySpeaker(e);
      }
      // a person introduced as the subject of the sentence right before, after the last quotation, takes over
      // ("… », a dit X. Y a réagi. « … »): the quotation chain of X ends where another speaker is introduced
      const e = this.recentSubject(pos, sentence, '', 'strict');
      if (
        e >= 0 &&
        !this.described(e) &&
        this.group.get(this.x.entities[e]) !== last.speaker.group &&
        this.x.entities[e].start > Math.max(last.end, last.speaker.end)
      ) {
        const t = this.tokenAt(this.x.entities[e].start);
        if (t >= 0 && sentence - this.x.tok(t).sentence <= 1) return this.entitySpeaker(e);
      }
      return { ...last.speaker };
    }
    return this.subjectOfPrevious(tok) ?? this.subjectOfNext(tok);
  }

  /** Whether the mention `e` is the subject of a copula ("M. Macron est pour elle …"): described, not speaking. */
  private described(e: number): boolean {
    const { x } = this;
    let t = this.tokenAt(x.entities[e].start);
    if (t < 0) return false;
    while (t < x.n && x.entAt[t] === e) t++;
    return t < x.n && COPULA.has(x.low[t]);
  }

  /** Whether [a, b) reads as a noun phrase: no quotation mark or bracket, a head that is a name or a noun. */
  private nounPhrase(a: number, b: number): boolean {
    const { x } = this;
    for (let k = a; k < b; k++) if (x.isMark(k) || x.low[k] === '(' || x.low[k] === ')') return false;
    if (x.entAt[a] >= 0) return true;
    const h = headOf(x.low, a, b);
    const w = x.low[h];
    if (
      !x.isWord(h) ||
      NP_STOP.has(w) ||
      DET.has(w) ||
      w === 'si' ||
      w === "s'il" ||
      w === "s'" ||
      w === 'se'
    )
      return false;
    return !(VERB.has(w) && roleOf(w) === null);
  }

  /** Most recent compatible speaker or subject for a pronoun. */
  private pronoun(
    word: string,
    at: { text: string; start: number; end: number },
    sentence: number,
    pos: number,
  ): QuoteSpeaker {
    const plural = PLURAL.has(word);
    // the previous speakers of that number and gender, the most recent first: "a-t-elle ajouté" skips a man
    // quoted in between and goes back to the woman quoted before him
    let last: Said | undefined;
    for (let i = this.said.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
      const cand = this.said[i];
      if (sentence - cand.sentence > 6) break;
      if (this.compatible(cand.speaker, word, plural)) {
        last = cand;
        break;
      }
      // a previous speaker of the same number and unknown gender stops the search: it may be the one meant
      if (this.speakerGender(cand.speaker) === undefined && cand.speaker.type === 'PER') break;
    }
    const subjectOnly = plural ? -1 : this.recentSubject(pos, sentence, word, 'subject');
    const anyPer = plural || subjectOnly >= 0 ? -1 : this.recentSubject(pos, sentence, word);
    const subj = subjectOnly >= 0 ? subjectOnly : anyPer;
    const subjStart = subj >= 0 ? this.x.entities[subj].start : -1;
    // a person in subject position named after the last compatible speaker takes over; a person named elsewhere
    // in the sentence (an object, a complement) only when no previous speaker fits
    // (an unresolved pronoun is no real candidate: a person named after it, even as a complement, is preferred)
    const weak =
      last !== undefined && last.speaker.entity === undefined && PRONOUN.has(key(last.speaker.text));
    if (subj >= 0 && (!last || ((subjectOnly >= 0 || weak) && subjStart > last.speaker.start))) {
      const sp: QuoteSpeaker = { ...at, type: 'PER' };
      this.link(sp, subj);
      return sp;
    }
    if (last) {
      const sp: QuoteSpeaker = { ...at, type: last.speaker.type };
      if (last.speaker.group !== undefined) sp.group = last.speaker.group;
      if (last.speaker.entity !== undefined) sp.entity = last.speaker.entity;
      return sp;
    }
    return { ...at, type: plural ? 'OTHER' : 'PER' };
  }

  /** Whether a previous speaker may be referred to by the pronoun `word` (number and gender). */
  private compatible(sp: QuoteSpeaker, word: string, plural: boolean): boolean {
    const gender = this.speakerGender(sp);
    if (word === 'il' && gender === 'f') return false;
    if (word === 'elle' && gender === 'm') return false;
    const many = /[sx]$/.test(sp.text);
    if (plural) return sp.type !== 'PER';
    return sp.type === 'PER' || (sp.type === 'OTHER' && !many);
  }

  /**
   * Latest person mention before `pos` (within 5 sentences) in subject position, agreeing with `word` (il/elle);
   * when none is and `mode` is 'any', the latest person named. 'strict' does not take a name after a comma, a
   * conjunction or a preposition ("accusée par X", "selon X") as a subject.
   */
  private recentSubject(
    pos: number,
    sentence: number,
    word = '',
    mode: 'any' | 'subject' | 'strict' = 'any',
  ): number {
    const { x } = this;
    const ents = x.entities;
    let lo = 0;
    let hi = ents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ents[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    let anyPer = -1;
    for (let e = lo - 1; e >= 0 && lo - e <= 200; e--) {
      const ent = ents[e];
      if (ent.type !== 'PER' || !this.agrees(e, word)) continue;
      const t = this.tokenAt(ent.start);
      if (t < 0 || x.inPair[t] >= 0) continue; // a name inside a quotation is not the narrative's subject
      if (sentence - x.tok(t).sentence > 5) break;
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
      if (prev === ',' && (after >= x.n || x.low[after] === ',' || x.low[after] === '.')) {
        const ss = x.sentStart(first);
        const h = first - 2 >= ss ? first - 2 : -1;
        if (!(h >= ss && h - ss <= 3 && roleOf(x.low[h]) !== null && x.low[after] === ',')) continue;
      }
      if (
        first === x.sentStart(first) ||
        (SUBJECT_BEFORE.has(prev) && !(mode === 'strict' && STRICT_EXCLUDE.has(prev))) ||
        roleOf(prev) !== null ||
        x.para[first - 1] !== x.para[first]
      )
        return e;
    }
    // no person in subject position: the last person named
    return mode === 'any' ? anyPer : -1;
  }

  /** The last person mention before `pos` (outside quotations, within 3 sentences) agreeing with `word`. */
  private lastPerson(pos: number, word: string): number {
    const { x } = this;
    const ents = x.entities;
    const sentence = x.tok(this.tokenAt(pos)).sentence;
    let lo = 0;
    let hi = ents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ents[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    for (let e = lo - 1; e >= 0 && lo - e <= 200; e--) {
      const ent = ents[e];
      if (ent.type !== 'PER' || !this.agrees(e, word)) continue;
      const t = this.tokenAt(ent.start);
      if (t < 0 || x.inPair[t] >= 0) continue;
      if (sentence - x.tok(t).sentence > 3) break;
      return e;
    }
    return -1;
  }

  private tokenAt(start: number): number {
    const toks = this.x.doc.tokens;
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < toks.length && toks[lo].start === start ? lo : -1;
  }

  /** For a quotation without cue and no speaker just before: the person opening the previous sentence. */
  private subjectOfPrevious(tok: number): QuoteSpeaker | null {
    const { x } = this;
    const s = x.tok(tok).sentence;
    const e = this.recentSubject(x.tok(tok).start, s);
    if (e >= 0 && s - x.tok(this.tokenAt(x.entities[e].start)).sentence <= 1) return this.entitySpeaker(e);
    return null;
  }

  /**
   * For a quotation opening the article or a paragraph with nobody quoted or named before: the subject of the
   * sentence after it ("« … » Invité de France Info, le ministre de la Transition écologique a …"), a person or a
   * role noun phrase before its verb, past an opening participle phrase. Null when that sentence has none.
   */
  private subjectOfNext(tok: number): QuoteSpeaker | null {
    const { x } = this;
    let t = tok;
    const inPair = x.inPair[tok];
    while (t < x.n && (x.inPair[t] === inPair || !x.isWord(t)) && t - tok < 400) t++;
    if (t >= x.n || x.para[t] !== x.para[tok]) return null;
    const te = Math.min(x.sentEnd(t), t + 30);
    // past an opening participle phrase up to its comma ("Invité de la matinale de France Info mercredi,")
    let a = t;
    if (!DET.has(x.low[a]) && x.entAt[a] < 0) {
      while (a < te && x.low[a] !== ',') a++;
      a++;
    }
    if (a >= te) return null;
    const e = x.entAt[a];
    if (e >= 0 && x.entities[e].type === 'PER') return this.entitySpeaker(e);
    if (!DET.has(x.low[a])) return null;
    const h = headOf(x.low, a, Math.min(te, a + 4));
    if (roleOf(x.low[h]) === null) return null;
    let b = h + 1;
    while (
      b < te &&
      !VERB.has(x.low[b]) &&
      !AUX.has(x.low[b]) &&
      x.low[b] !== ',' &&
      x.low[b] !== "n'" &&
      x.low[b] !== 'ne' &&
      b - a < 12
    )
      b++;
    return this.find({ kind: 'np', a, b }, x.tok(a).sentence);
  }
}
