/**
 * Speaker resolution: a noun phrase gives its named entity (a person named in it, else the entity a role
 * noun was attached to earlier, else the role or group itself as OTHER); a pronoun gives the most recent
 * compatible speaker or subject; a quotation without a cue takes the speaker of the one just before.
 */
import { groupEntities } from '../ner/group.js';
import type { Entity } from '../ner/types.js';
import { AUX, DET, GENDER_CUE, headOf, key, NP_STOP, ORG_NOUN, PRONOUN, roleOf, VERB } from './lexicon.js';
import { Mentions } from './mentions.js';
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

const PLURAL = new Set(['ils', 'elles', 'eux']);
/** @internal */
export class SpeakerResolver {
  private readonly group = new Map<Entity, number>();
  private readonly canonical: string[] = [];
  private readonly said: Said[] = [];
  /** Genders, role links and person mentions of the text. */
  private readonly m: Mentions;

  constructor(
    private readonly x: Text,
    grouped: readonly Entity[],
  ) {
    groupEntities(grouped).forEach((g, i) => {
      this.canonical.push(g.canonical);
      for (const m of g.mentions) this.group.set(m, i);
    });
    this.m = new Mentions(x, this.group);
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
      const e = this.m.lastPerson(x.tok(a).start, x.low[a + 1] === 'dernière' ? 'elle' : 'il');
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
      const links = this.m.roleLinks.get(role);
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
        const e = this.m.recentSubject(pos, sentence);
        if (e >= 0 && this.x.entities[e].start > last.speaker.end) return this.entitySpeaker(e);
      }
      // a person introduced as the subject of the sentence right before, after the last quotation, takes over
      // ("… », a dit X. Y a réagi. « … »): the quotation chain of X ends where another speaker is introduced
      const e = this.m.recentSubject(pos, sentence, '', 'strict');
      if (
        e >= 0 &&
        !this.m.described(e) &&
        this.group.get(this.x.entities[e]) !== last.speaker.group &&
        this.x.entities[e].start > Math.max(last.end, last.speaker.end)
      ) {
        const t = this.m.tokenAt(this.x.entities[e].start);
        if (t >= 0 && sentence - this.x.tok(t).sentence <= 1) return this.entitySpeaker(e);
      }
      return { ...last.speaker };
    }
    return this.subjectOfPrevious(tok) ?? this.subjectOfNext(tok);
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
      if (this.m.speakerGender(cand.speaker) === undefined && cand.speaker.type === 'PER') break;
    }
    const subjectOnly = plural ? -1 : this.m.recentSubject(pos, sentence, word, 'subject');
    const anyPer = plural || subjectOnly >= 0 ? -1 : this.m.recentSubject(pos, sentence, word);
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
    const gender = this.m.speakerGender(sp);
    if (word === 'il' && gender === 'f') return false;
    if (word === 'elle' && gender === 'm') return false;
    const many = /[sx]$/.test(sp.text);
    if (plural) return sp.type !== 'PER';
    return sp.type === 'PER' || (sp.type === 'OTHER' && !many);
  }

  /** For a quotation without cue and no speaker just before: the person opening the previous sentence. */
  private subjectOfPrevious(tok: number): QuoteSpeaker | null {
    const { x } = this;
    const s = x.tok(tok).sentence;
    const e = this.m.recentSubject(x.tok(tok).start, s);
    if (e >= 0 && s - x.tok(this.m.tokenAt(x.entities[e].start)).sentence <= 1) return this.entitySpeaker(e);
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
    if (t >= x.n || x.paraOf(t) !== x.paraOf(tok)) return null;
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
