/**
 * Speaker resolution: a noun phrase gives its named entity (a person named in it, else the entity a role
 * noun was attached to earlier, else the role or group itself as OTHER); a pronoun gives the most recent
 * compatible speaker or subject; a quotation without a cue takes the speaker of the one just before.
 */
import { firstAtOrAfter } from '../doc/spans.js';
import { groupEntities } from '../ner/group.js';
import type { Entity } from '../ner/types.js';
import {
  AUX,
  COLLECTIVE_NOUN,
  DET,
  DOCUMENT_NOUN,
  GENDER_CUE,
  headOf,
  key,
  MANDATE,
  MEDIA_NOUN,
  NP_STOP,
  ORG_DESCRIPTION,
  ORG_NOUN,
  PARTICIPLE,
  PERSON_NOUN,
  PRONOUN,
  ROLE_KIN,
  roleOf,
  SKIP,
  SOURCE_NOUN,
  TIME_NOUN,
  VERB,
} from './lexicon.js';
import { complementOf, Mentions, qualifierOf, roleAt } from './mentions.js';
import { nominalParticiple, type Text } from './text.js';
import type { QuoteSpeaker } from './types.js';

/** Where the speaker of a proposal is, before resolution. @internal */
export type SpeakerRef =
  | { kind: 'np'; a: number; b: number; appos?: [number, number] }
  | { kind: 'pron'; tok: number }
  | { kind: 'clitic'; tok: number }
  | { kind: 'context'; tok: number }
  /** The text says that nobody named speaks ("Les messages reçus sont clairs : « … »"). */
  | { kind: 'nobody' }
  | null;

interface Said {
  sentence: number;
  /** End offset of the quotation. */
  end: number;
  speaker: QuoteSpeaker;
  /**
   * The quotation is an indirect question ("X lui demande s'il …"): its speaker asks someone else, so it neither
   * closes nor interrupts an article's opening pronoun chain (see namedLater).
   */
  asks: boolean;
}

const PLURAL = new Set(['ils', 'elles', 'eux']);
/** Definite singular determiners: "le ministre", "la procureure", "l'avocat", "ce dernier". */
const DEFINITE = new Map<string, string>([
  ['le', 'il'],
  ['la', 'elle'],
  ["l'", ''],
]);
const DE = new Set(['de', "d'", 'du', 'des']);
/** Singular demonstratives and the pronoun of their gender: "cette élue" → elle. */
const DEMONSTRATIVE_WORD = new Map<string, string>([
  ['ce', 'il'],
  ['cet', ''],
  ['cette', 'elle'],
]);
/** "le premier" / "la seconde" … → which member of a pair they name. */
const ORDINAL = new Map<string, number>([
  ['premier', 0],
  ['première', 0],
  ['second', 1],
  ['seconde', 1],
  ['deuxième', 1],
]);

/** Which resolution path gave the last speaker (for the rule counts of scripts/eval/quotes-unlabelled.ts). */
let path = '';
let trace: ((path: string) => void) | undefined;
let retrace: ((speaker: QuoteSpeaker, path: string) => void) | undefined;
/**
 * Calls `fn` with the resolution path of every speaker resolved from now on (undefined: stop), and `later` with
 * each speaker that a later rule changed after it was resolved (the rule's path). For scripts that count how
 * often each rule fires.
 * @internal
 */
export function traceSpeakerPaths(
  fn: ((path: string) => void) | undefined,
  later?: (speaker: QuoteSpeaker, path: string) => void,
): void {
  trace = fn;
  retrace = fn ? later : undefined;
}

/** The resolution path of the last speaker resolved (a feature of the speaker ranker). @internal */
export function lastSpeakerPath(): string {
  return path;
}

/** @internal */
export class SpeakerResolver {
  private readonly group = new Map<Entity, number>();
  private readonly canonical: string[] = [];
  private readonly said: Said[] = [];
  /** An unlinked medium description ("le journal satirique") just resolved, and its sentence. */
  private medium: { speaker: QuoteSpeaker; sentence: number } | null = null;
  /** The last quotation whose speaker the text did not give. */
  private silent: { sentence: number; end: number } | null = null;
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

  /** The entity group of entity `e` (an index of `x.entities`), or -1. */
  groupOf(e: number): number {
    return this.group.get(this.x.entities[e]) ?? -1;
  }

  /** The canonical name of entity group `g`. */
  canonicalOf(g: number): string {
    return this.canonical[g] ?? '';
  }

  /** The gender the text gives entity `e` ('f', 'm', '?'), if any. */
  genderOf(e: number): 'f' | 'm' | '?' | undefined {
    return this.m.genderOf(e);
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
  resolve(ref: SpeakerRef, sentence: number, end = -1, asks = false): QuoteSpeaker | null {
    path = 'none';
    const sp = this.find(ref, sentence);
    if (trace) trace(path);
    if (sp) {
      // (not the one asking an indirect question: "le journaliste X lui demande s'il …" asks the person the
      // opening « … », a-t-il déclaré quotes, and is not that person)
      if (!asks && sp.entity !== undefined && sp.type === 'PER') this.namedLater(sp, sentence);
      // an unlinked medium description quoted just before, in this sentence or the one before, is the medium
      // named as the speaker now
      const md = this.medium;
      if (md && sp !== md.speaker) {
        const prev = this.said[this.said.length - 1];
        if (
          sp.type === 'ORG' &&
          sp.group !== undefined &&
          prev?.speaker === md.speaker &&
          sentence - md.sentence <= 1
        ) {
          md.speaker.group = sp.group;
          md.speaker.entity = sp.entity;
          if (retrace) retrace(md.speaker, 'medium-named-next');
        }
        this.medium = null;
      }
      this.said.push({ sentence, end, speaker: sp, asks });
    } else if (ref?.kind === 'nobody') this.silent = { sentence, end };
    return sp;
  }

  /**
   * Cataphora: an article that opens on quotations attributed by a pronoun alone (« … », a-t-il dit. « … »,
   * a-t-il insisté) and names the speaker only later (… a commenté M. Macron): the pronouns of those first
   * quotations, left unresolved, refer to the first person then named as a speaker, of their gender, when no
   * other person spoke before or between them and it is named within eight sentences of the first. Mutates the
   * earlier speakers.
   */
  private namedLater(sp: QuoteSpeaker, sentence: number): void {
    const chain = this.openingPronouns();
    if (chain.length === 0 || sentence - chain[0].sentence > 8) return;
    for (const c of chain) if (!this.compatible(sp, key(c.speaker.text), false)) return;
    for (const c of chain) {
      c.speaker.type = 'PER';
      if (sp.group !== undefined) c.speaker.group = sp.group;
      c.speaker.entity = sp.entity;
      if (retrace) retrace(c.speaker, 'pron-named-later');
    }
  }

  /**
   * The quotations said so far whose speaker is a singular pronoun left unresolved, when no person was named as
   * a speaker before or among them (organisations and unnamed groups quoted between them do not count): the
   * opening pronoun chain of an article that names its speaker later. Empty otherwise.
   */
  private openingPronouns(): Said[] {
    // an article's opening only (bounded work per speaker: linear time on hostile text)
    if (this.said.length > 24) return [];
    const chain: Said[] = [];
    for (const c of this.said) {
      if (c.asks) continue;
      const w = key(c.speaker.text);
      if (c.speaker.entity === undefined && PRONOUN.has(w) && !PLURAL.has(w)) chain.push(c);
      else if (c.speaker.type === 'PER' || PRONOUN.has(w)) return [];
    }
    return chain;
  }

  private find(ref: SpeakerRef, sentence: number): QuoteSpeaker | null {
    if (ref === null) return null;
    const { x } = this;
    if (ref.kind === 'nobody') {
      path = 'nobody';
      return null;
    }
    if (ref.kind === 'context') {
      path = 'context';
      return this.context(ref.tok, sentence);
    }
    if (ref.kind === 'pron' || ref.kind === 'clitic') {
      const t = x.tok(ref.tok);
      const word = x.low[ref.tok].replace(/^-(?:t-)?/, '');
      const start = t.end - word.length;
      path = ref.kind;
      // an impersonal passive ("est-il expliqué sur le site", "a-t-il été précisé"): "il" stands for nobody
      // (not a reflexive verb: "s'est-il souvenu", "s'est-il interrogé")
      if (
        ref.kind === 'clitic' &&
        word === 'il' &&
        ref.tok > 1 &&
        x.low[ref.tok - 2] !== "s'" &&
        x.low[ref.tok - 2] !== 'se'
      ) {
        const host = x.low[ref.tok - 1];
        let k = ref.tok + 1;
        if (host === 'a' && x.low[k] === 'été') k++;
        while (k < x.n && k - ref.tok < 4 && x.low[k].endsWith('ment')) k++;
        if (
          (host === 'est' || (host === 'a' && x.low[k - 1] === 'été')) &&
          k < x.n &&
          PARTICIPLE.has(x.low[k])
        ) {
          path = 'clitic-impersonal';
          return null;
        }
      }
      // a singular dative clitic before the verb ("», lui a-t-il répondu", "il lui répond") names the one spoken
      // to: the subject pronoun is someone else ("leur" is a group, often the medium: "leur a-t-il raconté")
      const dative =
        ref.kind === 'clitic'
          ? ref.tok > 1 && x.low[ref.tok - 2] === 'lui'
          : ref.tok + 1 < x.n && x.low[ref.tok + 1] === 'lui';
      return this.pronoun(
        word,
        { text: x.doc.text.slice(start, t.end), start, end: t.end },
        x.ns(ref.tok),
        t.start,
        dative,
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
      if (e >= 0 && (x.entities[e].type === 'PER' || x.entities[e].type === 'ORG')) {
        path = 'np-appos';
        return this.entitySpeaker(e);
      }
    }
    while (b > a && (x.low[b - 1] === ',' || x.low[b - 1] === ')' || x.low[b - 1] === '(')) b--;
    if (b <= a) return null;
    // not a noun phrase ("de" of "Et de conclure", "s'il", a stretch holding quotation marks): a person the clause
    // names outside quotation marks introduces the quotation ("la récente attaque de Xavier Bertrand, sur BFMTV :
    // « … »", "Les dialogues se sont terminés par une nouvelle charge de Zemmour : « … »"), else the context speaks
    if (!this.nounPhrase(a, b)) {
      path = 'np-not-np';
      for (let k = a; k < b && k - a < 40; k++) {
        const e = x.entAt[k];
        if (e < 0 || x.inPair[k] >= 0 || x.entities[e].type !== 'PER') continue;
        path = 'np-not-np-person';
        return this.entitySpeaker(e);
      }
      return this.context(a, sentence);
    }
    if (b - a === 1 && (PRONOUN.has(x.low[a]) || x.low[a] === 'lui' || x.low[a] === 'eux')) {
      path = 'np-pronoun';
      return this.pronoun(x.low[a], this.span(a, b), x.ns(a), x.tok(a).start);
    }
    // "a martelé celui qui promet …", "celle qui …": a demonstrative pronoun with its relative refers like il/elle
    if (
      a + 1 < x.n &&
      (x.low[a] === 'celui' || x.low[a] === 'celle') &&
      (x.low[a + 1] === 'qui' || x.low[a + 1] === 'dont')
    ) {
      path = 'np-celui';
      const t = x.tok(a);
      return this.pronoun(
        x.low[a] === 'celui' ? 'il' : 'elle',
        { text: x.doc.text.slice(t.start, t.end), start: t.start, end: t.end },
        x.ns(a),
        t.start,
      );
    }
    // "ce dernier" / "cette dernière", and "celui-ci" / "celle-ci" (the latter): the last person named before,
    // of that gender, wherever it stood
    const latter =
      (b - a === 2 && (x.low[a + 1] === 'dernier' || x.low[a + 1] === 'dernière') && DET.has(x.low[a])) ||
      (b - a === 1 && (x.low[a] === 'celui-ci' || x.low[a] === 'celle-ci'));
    if (latter) {
      const fem = x.low[b - 1] === 'dernière' || x.low[a] === 'celle-ci';
      const e = this.m.lastPerson(x.tok(a).start, fem ? 'elle' : 'il');
      if (e >= 0) {
        const sp: QuoteSpeaker = { ...this.span(a, b), type: 'PER' };
        this.link(sp, e);
        path = 'np-ce-dernier';
        return sp;
      }
    }
    // "le premier" / "la seconde" alone: a member of the last pair of people the text coordinated ("entre
    // Danielle Simonnet et le premier adjoint … a écrit la première")
    if (b - a === 2 && (x.low[a] === 'le' || x.low[a] === 'la') && ORDINAL.has(x.low[a + 1])) {
      const sp = this.pairMember(a, ORDINAL.get(x.low[a + 1]) ?? 0, sentence);
      if (sp) {
        path = 'np-ordinal';
        return sp;
      }
    }
    // the initials of a person named before, in a transcript ("Patrick Cohen : « … » EZ : « … » PC : « … »")
    if (b - a === 1 && (x.entAt[a] < 0 || x.entities[x.entAt[a]].type !== 'ORG')) {
      const e = this.initialsOf(x.tok(a).text, x.tok(a).start);
      if (e >= 0) {
        path = 'np-initials';
        const sp: QuoteSpeaker = { ...this.span(a, b), type: 'PER' };
        this.link(sp, e);
        return sp;
      }
    }
    // coordinated names ("ont conclu Martine Aubry et Xavier Bertrand"): a collective source, OTHER, no entity
    for (let k = a + 1; k + 1 < b; k++)
      if (x.low[k] === 'et' && x.entAt[k - 1] >= 0 && x.entAt[k + 1] >= 0 && x.entAt[a] >= 0) {
        const t1 = x.entities[x.entAt[k - 1]].type;
        const t2 = x.entities[x.entAt[k + 1]].type;
        if ((t1 === 'PER' || t1 === 'ORG') && (t2 === 'PER' || t2 === 'ORG')) {
          path = 'np-coordination';
          return { ...this.span(a, b), type: 'OTHER' };
        }
      }
    let h = headOf(x.low, a, b);
    if (x.entAt[a] >= 0) h = a;
    let per = -1;
    let other = -1;
    let first = -1;
    // the head is a common noun of no role, office or institution: "ami", "entourage", "source", "benjamin"
    const common =
      x.entAt[h] < 0 &&
      x.isWord(h) &&
      /^\p{Ll}/u.test(x.tok(h).text) &&
      roleOf(x.low[h]) === null &&
      !ORG_NOUN.has(x.low[h]) &&
      !MEDIA_NOUN.has(x.low[h]) &&
      !SOURCE_NOUN.has(x.low[h]) &&
      !DOCUMENT_NOUN.has(x.low[h]) &&
      !ORG_DESCRIPTION.has(x.low[h]);
    for (let k = a; k < b; k++) {
      const e = x.entAt[k];
      if (e < 0 || x.entities[e].type === 'DATE') continue;
      if (first < 0) first = e;
      // the context of a name is read at its first token only
      if (k > a && x.entAt[k - 1] === e) continue;
      // "l'avocat de Tariq Ramadan", "la mère de X": a person after "de" is not the one the role names;
      // "un collaborateur du Premier ministre Édouard Philippe": nor a role holder inside the complement of a noun
      const afterDe = k > a && (x.low[k - 1] === 'de' || x.low[k - 1] === "d'" || x.low[k - 1] === 'du');
      const inComplement =
        k > h + 2 &&
        x.entAt[h] < 0 &&
        roleOf(x.low[k - 1]) !== null &&
        DE.has(x.low[h + 1]) &&
        roleOf(x.low[h]) === null &&
        /^\p{Ll}/u.test(x.tok(h).text);
      if (inComplement) continue;
      // "le groupe Pierre et Vacances": a name right after an organisation noun names the organisation
      if (k === h + 1 && x.entAt[h] < 0 && ORG_NOUN.has(x.low[h])) continue;
      // … nor after "de" a common noun that is the head ("un ami de Pippa Middleton", "l'entourage de François
      // Fillon": the friend, the entourage speak; OTHER)
      if (x.entities[e].type === 'PER' && afterDe && common && k > h) continue;
      if (x.entities[e].type === 'PER' && !(afterDe && roleOf(x.low[h]) !== null)) per = e;
      else if (other < 0 && x.entities[e].type !== 'MISC') other = e;
    }
    const head = x.low[h];
    if (first >= 0 && x.entAt[h] === first && x.entities[first].type !== 'MISC') {
      path = 'np-entity';
      return this.entitySpeaker(first);
    }
    const role = roleOf(head) === null ? null : roleAt(x, h);
    if (role) {
      path = 'np-role-named';
      if (per >= 0) return this.entitySpeaker(per);
      path = 'np-role';
      const sp: QuoteSpeaker = { ...this.span(a, b), type: 'OTHER' };
      // "le président de Debout la France" is not "le président Emmanuel Macron": a complement must match
      const comp = complementOf(x, h);
      // an adjective qualifies the office too ("le président américain"): a link with another adjective is
      // another office ("le président français X"), and a link with none ("le président X") gives way to the
      // person the sentence before made its topic (see describedPerson)
      const adj = qualifierOf(x, h);
      const links = this.m.roleLinks.get(role);
      if (links) {
        let best = -1;
        const word = DEFINITE.get(x.low[a]) ?? '';
        let unqualified = -1;
        // (a link at the description's own head is its apposition, a name right after it and a comma: "selon le
        // directeur de l'OMS, Michael Ryan", "a annoncé le ministre, le Dr Eteni Longondo"; not a name inside or
        // after a participle, "l'animateur, missionné par X")
        const own = x.tok(h).start;
        const apposed = (e: number): boolean => {
          const t = this.m.tokenAt(x.entities[e].start);
          if (t < b || t - b > 4 || x.low[b] !== ',') return false;
          for (let k = b + 1; k < t; k++)
            if (!DET.has(x.low[k]) && !GENDER_CUE.has(x.low[k]) && x.low[k] !== 'dr' && x.low[k] !== 'me')
              return false;
          return true;
        };
        for (let i = links.length - 1, seen = 0; i >= 0 && seen < 50; i--, seen++)
          if (
            (links[i].pos < sp.start || (links[i].pos === own && apposed(links[i].ent))) &&
            this.m.agrees(links[i].ent, word) &&
            (comp === '' || links[i].comp === comp)
          ) {
            if (adj !== '' && links[i].adj !== adj) {
              if (links[i].adj !== '') continue;
              unqualified = links[i].ent;
              break;
            }
            best = links[i].ent;
            break;
          }
        if (best >= 0) {
          path = 'np-role-linked';
          sp.type = 'PER';
          this.link(sp, best);
        } else if (unqualified >= 0) {
          this.describedPerson(sp, a, role, sentence, comp, adj, true);
          if (sp.group === undefined) {
            path = 'np-role-linked-unqualified';
            sp.type = 'PER';
            this.link(sp, unqualified);
          }
          return sp;
        }
      }
      if (sp.group === undefined) this.describedPerson(sp, a, role, sentence, comp, adj);
      if (sp.group === undefined) this.namedNext(sp, a, sentence, role, comp);
      return sp;
    }
    path = 'np-person-inside';
    if (per >= 0) return this.entitySpeaker(per);
    // "…, note le Canard enchaîné. « … », conclut le journal" / "ajoute le média en ligne": a definite medium
    // noun with no name in it describes the organisation quoted last, within three sentences
    if (
      first < 0 &&
      MEDIA_NOUN.has(head) &&
      (DEFINITE.has(x.low[a]) || x.low[a] === 'ce' || x.low[a] === 'cette')
    ) {
      // the text introduced a medium by that noun ("le magazine 60 millions de consommateurs", "le site
      // Purepeople"): that one, linked when it is a named organisation, else left unlinked
      const named = this.introducedAs(head, a);
      if (named !== null) {
        path = 'np-medium-introduced';
        const sp: QuoteSpeaker = { ...this.span(a, b), type: 'ORG' };
        if (named >= 0) this.link(sp, named);
        return sp;
      }
      for (let i = this.said.length - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
        const c = this.said[i];
        if (sentence - c.sentence > 3) break;
        if (c.speaker.type !== 'ORG' || c.speaker.group === undefined) continue;
        path = 'np-medium-speaker';
        return { ...this.span(a, b), type: 'ORG', group: c.speaker.group, entity: c.speaker.entity };
      }
      // none before: the medium may be named as the next speaker ("dénonce le journal satirique. « … », note
      // encore le Canard enchaîné"), see resolve()
      if (!ORG_NOUN.has(head)) {
        const sp: QuoteSpeaker = { ...this.span(a, b), type: 'ORG' };
        this.medium = { speaker: sp, sentence };
        path = 'np-medium';
        return sp;
      }
    }
    path = 'np-org-noun';
    if (ORG_NOUN.has(head)) {
      const sp: QuoteSpeaker = { ...this.span(a, b), type: 'ORG' };
      // "…, écrit EELV. « … », poursuit le parti": a definite institution noun with no complement after the
      // organisation just quoted (within two sentences) describes it
      if (b - a === 2 && DEFINITE.has(x.low[a])) {
        const last = this.said[this.said.length - 1];
        if (
          last &&
          sentence - last.sentence <= 2 &&
          last.speaker.type === 'ORG' &&
          last.speaker.group !== undefined
        ) {
          path = 'np-org-noun-described-speaker';
          sp.group = last.speaker.group;
          sp.entity = last.speaker.entity;
        } else {
          // else the organisation named last, in this sentence or the one before, outside quotation marks, when
          // its name holds the noun ("la Commission" for "la Commission nationale du débat public")
          for (let k = a - 1; k >= 0 && a - k < 80; k--) {
            if (sentence - x.ns(k) > 1) break;
            const e = x.entAt[k];
            if (e < 0 || x.inPair[k] >= 0) continue;
            if (x.entities[e].type === 'PER') break;
            if (x.entities[e].type !== 'ORG' || (k > 0 && x.entAt[k - 1] === e)) continue;
            let named = false;
            for (let j = k; j < x.n && x.entAt[j] === e && !named; j++) named = x.low[j] === head;
            if (!named) continue;
            path = 'np-org-noun-described-named';
            this.link(sp, e);
            break;
          }
        }
      }
      if (sp.group === undefined && ORG_DESCRIPTION.has(head) && DEFINITE.has(x.low[a]) && first < 0) {
        const sole = this.soleOrganisation(a, b, sentence);
        if (sole >= 0) {
          path = 'np-org-sole';
          this.link(sp, sole);
        }
      }
      if (
        sp.group === undefined &&
        MEDIA_NOUN.has(head) &&
        (DEFINITE.has(x.low[a]) || x.low[a] === 'ce' || x.low[a] === 'cette')
      )
        this.medium = { speaker: sp, sentence };
      return sp;
    }
    // an organisation described without its name ("a plaidé la présidence française", "a déploré l'organisation
    // syndicale"): the one organisation named near it, else an unlinked organisation
    if (first < 0 && ORG_DESCRIPTION.has(head) && DEFINITE.has(x.low[a])) {
      const sp: QuoteSpeaker = { ...this.span(a, b), type: 'ORG' };
      const sole = this.soleOrganisation(a, b, sentence);
      path = 'np-org-description';
      if (sole >= 0) {
        path = 'np-org-sole';
        this.link(sp, sole);
      }
      return sp;
    }
    // a person described by a noun and an organisation ("l'ancien animateur de TF1", "le coordinateur du PS"):
    // the person speaks, not the organisation; not a document or a medium ("le site de BFMTV"); an indefinite
    // one too ("un cadre de LREM"), left unlinked
    if (
      other >= 0 &&
      x.entAt[h] < 0 &&
      (DEFINITE.has(x.low[a]) || x.low[a] === 'un' || x.low[a] === 'une') &&
      x.tok(h).kind === 'word' &&
      !SOURCE_NOUN.has(head) &&
      /^\p{Ll}/u.test(x.tok(h).text)
    ) {
      const t = this.m.tokenAt(x.entities[other].start);
      // … also past an organisation noun ("un membre du syndicat Alliance Police Nationale")
      if (
        t > h &&
        (DE.has(x.low[t - 1]) || (t - 2 > h && ORG_NOUN.has(x.low[t - 1]) && DE.has(x.low[t - 2])))
      ) {
        path = 'np-described';
        const sp: QuoteSpeaker = { ...this.span(a, b), type: 'OTHER' };
        this.describedPerson(sp, a, null, sentence);
        return sp;
      }
    }
    path = 'np-entity-inside';
    // "une source de l'Élysée", "le benjamin de l'Assemblée nationale": the noun phrase speaks, not the
    // organisation in its complement
    if (other >= 0 && common) {
      const t = this.m.tokenAt(x.entities[other].start);
      if (t > h && (DE.has(x.low[t - 1]) || (t - 1 > h && DET.has(x.low[t - 1]) && DE.has(x.low[t - 2])))) {
        path = 'np-complement-org';
        return { ...this.span(a, b), type: 'OTHER' };
      }
    }
    if (other >= 0) return this.entitySpeaker(other);
    // a name the entity stage missed ("», se lamente Juan", "», écrit KMPG"): see missedName()
    if (first < 0 || (x.entities[first].type === 'MISC' && x.entAt[a] === first)) {
      const sp = this.missedName(a, b);
      if (sp) {
        path = sp.group === undefined ? 'np-name-missed' : 'np-name-missed-linked';
        return sp;
      }
    }
    // "dit à l'AFP ce passionné des savoir-faire médiévaux": a demonstrative description of no role refers back
    // to the person just quoted or named (see describedPerson)
    if (
      first < 0 &&
      DEMONSTRATIVE_WORD.has(x.low[a]) &&
      x.isWord(h) &&
      /^\p{Ll}/u.test(x.tok(h).text) &&
      !DOCUMENT_NOUN.has(head) &&
      !SOURCE_NOUN.has(head) &&
      !this.introducedIndefinite(h, sentence)
    ) {
      path = 'np-demonstrative';
      const sp: QuoteSpeaker = { ...this.span(a, b), type: 'OTHER' };
      if (this.nounLinked(sp, head, a)) return sp;
      this.describedPerson(sp, a, null, sentence);
      if (sp.group === undefined) this.namedNext(sp, a, sentence, null, '');
      if (sp.group !== undefined) return sp;
    }
    // "», avait témoigné le retraité", "», explique le religieux": a definite description by a common noun of
    // no office, organisation, document or group describes a person like an occupation does (see
    // describedPerson), not when that noun was introduced by an indefinite article nearby
    if (
      first < 0 &&
      DEFINITE.has(x.low[a]) &&
      // ("l'un de ses collègues" is a partitive, one of several, not a definite description)
      !(a + 1 < b && (x.low[a + 1] === 'un' || x.low[a + 1] === 'une')) &&
      common &&
      !COLLECTIVE_NOUN.has(head) &&
      !ORDINAL.has(head) &&
      !this.introducedIndefinite(h, sentence)
    ) {
      path = 'np-common';
      const sp: QuoteSpeaker = { ...this.span(a, b), type: 'OTHER' };
      if (this.nounLinked(sp, head, a)) return sp;
      this.describedPerson(sp, a, null, sentence);
      // (only the person quoted last, with nobody quoted since: a noun of no known kind is too weak a link to
      // a person merely named, or quoted before someone else)
      // (nor after a dative clitic, "», lui lance alors l'agent": the one spoken to is the one quoted before)
      const last = this.said[this.said.length - 1];
      let dative = false;
      for (let k = a - 1; k >= 0 && a - k <= 4 && !dative; k--)
        dative = x.low[k] === 'lui' || x.low[k] === 'leur';
      if (sp.group !== undefined && path.endsWith('-speaker') && last?.speaker.group === sp.group && !dative)
        return sp;
      path = 'np-common';
    }
    path = 'np-other';
    return { ...this.span(a, b), type: 'OTHER' };
  }

  /**
   * The one organisation the text names (outside quotation marks) in the sentence of token `a` before it and in
   * the two sentences before, as the entity mention named last; -1 when it names none or more than one there
   * ("Du côté d'Enedis, … « … », a prévenu le gestionnaire"; not when EDF and Enedis are both named).
   */
  private soleOrganisation(a: number, b: number, sentence: number): number {
    const x = this.x;
    // a description with a complement names its own organisation ("la commission médicale de la fédération
    // d'athlétisme" is not the federation named before)
    for (let k = a + 1; k < b; k++) if (DE.has(x.low[k])) return -1;
    let found = -1;
    for (let k = a - 1; k >= 0 && a - k < 400; k--) {
      if (sentence - x.ns(k) > 2) break;
      const e = x.entAt[k];
      if (e < 0 || x.inPair[k] >= 0 || x.entities[e].type !== 'ORG') continue;
      if (found < 0) found = e;
      else if (this.groupOf(e) !== this.groupOf(found)) return -1;
    }
    return found;
  }

  /**
   * The noun at `h` was introduced by an indefinite article in its sentence or the three before ("À un ami qui lui
   * témoigne sa sympathie … », confie cet ami"): the demonstrative refers to that unnamed one, not to a person.
   */
  private introducedIndefinite(h: number, sentence: number): boolean {
    const x = this.x;
    for (let k = h - 1; k > 0 && h - k < 300; k--) {
      if (sentence - x.ns(k) > 3) break;
      if (x.low[k] === x.low[h] && (x.low[k - 1] === 'un' || x.low[k - 1] === 'une')) return true;
    }
    return false;
  }

  /**
   * A noun phrase of one to three capitalised words with no determiner, not opening its sentence, that the
   * entity stage did not read as a name ("», se lamente Juan", "», écrit KMPG"): a person named before whose name
   * holds the word is that person ("Juan" after "Juan Diaz"); else a person, or an organisation when it is one
   * word in capitals in a sentence that is not written in capitals.
   */
  private missedName(a: number, b: number): QuoteSpeaker | null {
    const x = this.x;
    if (b - a > 3 || x.sentStart(a) === a || DET.has(x.low[a]) || roleOf(x.low[a]) !== null) return null;
    for (let k = a; k < b; k++) if (!x.isWord(k) || !/^\p{Lu}\p{L}/u.test(x.tok(k).text)) return null;
    const sp: QuoteSpeaker = { ...this.span(a, b), type: 'PER' };
    const word = x.tok(a).text.toLowerCase();
    for (let k = a - 1; k >= 0 && a - k < 2000; k--) {
      const e = x.entAt[k];
      if (e < 0 || x.entities[e].type !== 'PER' || (k > 0 && x.entAt[k - 1] === e)) continue;
      if (
        x.entities[e].text
          .toLowerCase()
          .split(/[\s-]+/)
          .includes(word)
      ) {
        this.link(sp, e);
        return sp;
      }
    }
    const caps = /^\p{Lu}{2,}$/u;
    if (b - a === 1 && caps.test(x.tok(a).text) && !(a > 0 && caps.test(x.tok(a - 1).text))) sp.type = 'ORG';
    return sp;
  }

  /** The speaker of a quotation attributed by its context: the previous speaker, else the last subject. */
  private context(tok: number, sentence: number): QuoteSpeaker | null {
    const last = this.said[this.said.length - 1];
    const pos = this.x.tok(tok).start;
    // a quotation continuing, in the same sentence, one whose speaker the text did not give ("Les messages sont
    // clairs : « … » ; « … »"): nobody either
    const s = this.silent;
    if (s && s.sentence === sentence && s.end < pos && (!last || last.end < s.end)) {
      path += '-chain-null';
      return null;
    }
    if (last && sentence - last.sentence <= 8) {
      // a person named after an unresolved previous speaker takes over ("… a-t-il dit. … Nicolas Hulot …")
      if (last.speaker.entity === undefined) {
        const e = this.m.recentSubject(pos, sentence);
        if (e >= 0 && this.x.entities[e].start > last.speaker.end) {
          path += '-subject-after-unresolved';
          return this.entitySpeaker(e);
        }
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
        if (t >= 0 && sentence - this.x.ns(t) <= 1) {
          path += '-new-subject';
          return this.entitySpeaker(e);
        }
      }
      // … and so does a role noun phrase that opens the sentence right before and describes another person
      // ("« … », a-t-il confié. Le réalisateur et humoriste a préféré filmer la scène avec un autre acteur. « … »")
      const rs = this.roleSubject(tok, Math.max(last.end, last.speaker.end));
      if (rs && sentence - this.x.ns(rs[0]) <= 1) {
        const saved = path;
        const sp = this.find({ kind: 'np', a: rs[0], b: rs[1] }, this.x.ns(rs[0]));
        path = saved;
        if (sp && sp.type === 'PER' && sp.group !== undefined && sp.group !== last.speaker.group) {
          path += '-new-role-subject';
          return sp;
        }
      }
      path += '-chain';
      return { ...last.speaker };
    }
    path += '-previous-subject';
    const prev = this.subjectOfPrevious(tok);
    if (prev) return prev;
    path = path.replace(/-previous-subject$/, '-next-subject');
    return this.subjectOfNext(tok);
  }

  /** Role nouns the text attached to each entity group ("Rémy Heitz, procureur de Paris" → procureur). */
  private groupRoles: Map<number, Set<string>> | undefined;

  private rolesOf(g: number): Set<string> | undefined {
    if (!this.groupRoles) {
      this.groupRoles = new Map();
      for (const [role, links] of this.m.roleLinks)
        for (const l of links) {
          const lg = this.group.get(this.x.entities[l.ent]);
          if (lg === undefined) continue;
          const set = this.groupRoles.get(lg) ?? new Set<string>();
          set.add(role);
          this.groupRoles.set(lg, set);
        }
    }
    return this.groupRoles.get(g);
  }

  /**
   * A definite description the text links to nobody ("a indiqué le patron de Matignon", "l'écologiste",
   * "le président de la Fondation") most often describes the person just quoted or just named as a subject:
   * the last named speaker within two sentences, else the last person in subject position, of the
   * determiner's gender, and holding no other role in the text. Links `sp` to that person (type PER) or
   * leaves it unlinked (OTHER) when nobody fits; never for an indefinite ("un témoin") or plural description.
   */
  private describedPerson(
    sp: QuoteSpeaker,
    a: number,
    role: string | null,
    sentence: number,
    comp = '',
    adj = '',
    newSubjectOnly = false,
  ): void {
    const { x } = this;
    // (a demonstrative refers back too: "ce passionné des savoir-faire médiévaux", "cette élue")
    const word = DEFINITE.get(x.low[a]) ?? DEMONSTRATIVE_WORD.get(x.low[a]);
    if (word === undefined) return;
    // a second role of the person just quoted: a former office ("précise l'ancienne ministre" after "la
    // présidente de la région, Valérie Pécresse") or an occupation or situation ("la finaliste de la
    // présidentielle"), when nobody in the text holds it; not another office ("le procureur" after a lawyer)
    let former = false;
    for (let k = a; k < a + 4 && k < x.n && !former; k++)
      former = x.low[k] === 'ancien' || x.low[k] === 'ancienne' || x.low[k].startsWith('ex-');
    // (a mandate or occupation with a complement, "le député de Seine-et-Marne", is another person's only when the
    // text gives it to someone else with that complement: holders of other seats do not stand in the way)
    const links = role === null ? [] : (this.m.roleLinks.get(role) ?? []);
    const heldByOther = (g: number): boolean => {
      // the last 50 links only: bounded work per description, linear time on hostile text
      for (let i = links.length - 1; i >= 0 && links.length - i <= 50; i--)
        if (this.group.get(x.entities[links[i].ent]) !== g && (comp === '' || links[i].comp === comp))
          return true;
      return false;
    };
    const second =
      role !== null && (former || PERSON_NOUN.has(role) || MANDATE.has(role)) && links.length === 0;
    // a dative clitic with the description ("Le chercheur lui répond :", "», lui lance l'agent") says it answers
    // the person quoted last: that person is not the one described
    let next = a;
    while (next < x.n && x.tok(next).start < sp.end) next++;
    if (next < x.n && (x.low[next] === 'ne' || x.low[next] === "n'")) next++;
    let dative = next < x.n && (x.low[next] === 'lui' || x.low[next] === 'leur');
    for (let k = a - 1; k >= 0 && a - k <= 4 && !dative; k--)
      dative = x.low[k] === 'lui' || x.low[k] === 'leur';
    const lastQuoted = this.said[this.said.length - 1];
    const addressee =
      dative && lastQuoted && sentence - lastQuoted.sentence <= 2 ? lastQuoted.speaker.group : undefined;
    const fits = (g: number | undefined): boolean => {
      if (g === undefined || g === addressee) return false;
      const roles = this.rolesOf(g);
      // a broader or synonymous role ("le magistrat" for the prosecutor just quoted, "le chef du gouvernement"
      // for the Prime Minister): the holder of one of its roles fits, whatever else they are
      if (role !== null && roles !== undefined && !roles.has(role))
        return (
          second ||
          (comp !== '' && (former || PERSON_NOUN.has(role) || MANDATE.has(role)) && !heldByOther(g)) ||
          this.kinHolder(role, comp, g)
        );
      // the same role with another complement ("le président Emmanuel Macron" for "le président de Debout la France")
      // or another adjective ("le président américain" for "le président français X")
      if (role === null) return true;
      for (let i = links.length - 1; i >= 0 && links.length - i <= 50; i--)
        if (
          this.group.get(x.entities[links[i].ent]) === g &&
          (links[i].comp !== comp || (adj !== '' && links[i].adj !== '' && links[i].adj !== adj))
        )
          return false;
      return true;
    };
    // centering: a person introduced as the subject of this sentence or the one before, after the last quotation,
    // is the topic the description continues ("X a vivement réagi. « … », a lâché l'ancien présentateur"), before
    // a person quoted earlier
    {
      const lastSaid = this.said[this.said.length - 1];
      const e = this.m.recentSubject(sp.start, sentence, word, 'subject');
      const t = e >= 0 ? this.m.tokenAt(x.entities[e].start) : -1;
      if (
        t >= 0 &&
        (sentence - x.ns(t) <= 1 || (sentence - x.ns(t) === 2 && this.pronounNext(t, word))) &&
        // (a person quoted since competes; the subject's own quotation, or an unnamed speaker's, does not)
        (!lastSaid ||
          lastSaid.speaker.group === undefined ||
          lastSaid.speaker.group === this.group.get(x.entities[e]) ||
          x.entities[e].start > Math.max(lastSaid.end, lastSaid.speaker.end)) &&
        !this.m.described(e) &&
        fits(this.group.get(x.entities[e]))
      ) {
        path += '-described-new-subject';
        sp.type = 'PER';
        this.link(sp, e);
        return;
      }
    }
    if (newSubjectOnly) return;
    for (let i = this.said.length - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
      const c = this.said[i];
      if (sentence - c.sentence > 2) break;
      // an organisation quoted since is the one meant ("…, écrit Reporterre. « … », conclut l'auteur")
      if (c.speaker.type === 'ORG' && c.speaker.group !== undefined) break;
      if (c.speaker.type !== 'PER' || c.speaker.group === undefined) continue;
      if (!this.compatible(c.speaker, word || 'il', false) && word !== '') continue;
      if (!fits(c.speaker.group)) continue;
      path += '-described-speaker';
      sp.type = 'PER';
      sp.group = c.speaker.group;
      sp.entity = c.speaker.entity;
      return;
    }
    // the person quoted last, further back (within four sentences), when no other person was named since
    // ("… », a écrit la présidente du RN. L'ordonnance vise … Marine Le Pen … « … », a aussi tweeté la finaliste
    // de la présidentielle")
    for (let i = this.said.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
      const c = this.said[i];
      if (sentence - c.sentence > 4) break;
      // an organisation quoted since is the one meant ("…, écrit Reporterre. « … », conclut l'auteur")
      if (c.speaker.type !== 'PER' && c.speaker.group !== undefined) break;
      if (c.speaker.type !== 'PER' || c.speaker.group === undefined) continue;
      if (!this.compatible(c.speaker, word || 'il', false) && word !== '') break;
      if (this.otherPersonBetween(c.speaker.group, c.end, sp.start) || !fits(c.speaker.group)) break;
      path += '-described-last-speaker';
      sp.type = 'PER';
      sp.group = c.speaker.group;
      sp.entity = c.speaker.entity;
      return;
    }
    const e = this.m.recentSubject(sp.start, sentence, word, 'subject');
    if (e < 0) {
      // else the one person named (in any position) in this sentence or the one before, when no other person is
      // named since and it agrees ("C'est un Jean Dupont méconnaissable qui était à la radio. « … », a expliqué le
      // chef")
      const any = this.m.recentSubject(sp.start, sentence, word, 'any');
      if (any < 0 || !fits(this.group.get(x.entities[any]))) return;
      // (a determiner telling the gender wants a person known to have it: "la chanteuse" is not "Elijah Blue")
      const known = this.m.genderOf(any);
      if (word !== '' && (known === undefined || known !== (word === 'elle' ? 'f' : 'm'))) return;
      const t = this.m.tokenAt(x.entities[any].start);
      if (t < 0 || sentence - x.ns(t) > 1) return;
      const g = this.group.get(x.entities[any]);
      if (g === undefined || this.otherPersonBetween(g, x.entities[any].start - 400, sp.start)) return;
      path += '-described-named';
      sp.type = 'PER';
      this.link(sp, any);
      return;
    }
    if (!fits(this.group.get(x.entities[e]))) return;
    // an organisation quoted after that subject is the one the description belongs to ("X reconnaît … « … »,
    // écrit de son côté Reporterre. « … », conclut l'auteur")
    const lastSaid = this.said[this.said.length - 1];
    if (lastSaid && lastSaid.speaker.type === 'ORG' && lastSaid.end > x.entities[e].start) return;
    const t = this.m.tokenAt(x.entities[e].start);
    if (t < 0 || sentence - x.ns(t) > 2) return;
    path += '-described-subject';
    sp.type = 'PER';
    this.link(sp, e);
  }

  /**
   * A definite or demonstrative description by the common noun the text introduced a person with ("l'humoriste
   * Ian Cognito … « … », lançait l'humoriste de 60 ans"): that person, the last one so introduced before it (of
   * the determiner's gender, among the last 50), like a role noun attached to a name. Links `sp` and says whether.
   */
  private nounLinked(sp: QuoteSpeaker, head: string, a: number): boolean {
    const links = this.m.nounLinks.get(head);
    if (!links) return false;
    const word = DEFINITE.get(this.x.low[a]) ?? DEMONSTRATIVE_WORD.get(this.x.low[a]) ?? '';
    for (let i = links.length - 1, seen = 0; i >= 0 && seen < 50; i--, seen++) {
      if (links[i].pos >= sp.start || !this.m.agrees(links[i].ent, word)) continue;
      path = 'np-noun-linked';
      sp.type = 'PER';
      this.link(sp, links[i].ent);
      return true;
    }
    return false;
  }

  /**
   * Cataphora of a description: an article that quotes someone by a definite or demonstrative description before
   * it names any person ("« … », a déclaré la garde des Sceaux. « … » … Nicole Belloubet a …") names that person
   * next, as the subject of a sentence: the first person named after the description, outside quotation marks,
   * within three sentences, of the determiner's gender, in subject position or inverted after a speech verb
   * ("…, estime Édouard Philippe") (not coordinated with another name),
   * holding no other office than the description's. Not a person the quotations before it talk
   * about (a speaker does not name themselves: "« Jacques Hébert nous a quitté », a rappelé le chef de l'État").
   * Links `sp` (type PER) or leaves it. Only before any person is named outside quotation marks (a lead that
   * describes before it names): later, a description refers back.
   */
  private namedNext(sp: QuoteSpeaker, a: number, sentence: number, role: string | null, comp: string): void {
    const { x } = this;
    const word = DEFINITE.get(x.low[a]) ?? DEMONSTRATIVE_WORD.get(x.low[a]);
    if (word === undefined) return;
    const ents = x.entities;
    // nobody named before, outside quotation marks (bounded: the first 60 entities); who is named inside them
    const lo = firstAtOrAfter(ents, sp.start);
    if (lo > 60) return;
    const quoted = new Set<number>();
    for (let e = 0; e < lo; e++) {
      if (ents[e].type !== 'PER') continue;
      const t = this.m.tokenAt(ents[e].start);
      if (t >= 0 && x.inPair[t] < 0) return;
      // (the quotation the description attributes: named in its narrative sentence)
      const g = this.group.get(ents[e]);
      if (g !== undefined && t >= 0 && x.ns(t) === sentence) quoted.add(g);
    }
    for (let e = firstAtOrAfter(ents, sp.end), seen = 0; e < ents.length && seen < 40; e++, seen++) {
      if (ents[e].type !== 'PER') continue;
      const t = this.m.tokenAt(ents[e].start);
      if (t < 0 || x.inPair[t] >= 0) continue;
      if (x.ns(t) - sentence > 3) return;
      if (t > 0 && x.entAt[t - 1] === e) continue;
      const g = this.group.get(ents[e]);
      if (g === undefined || quoted.has(g) || !this.m.agrees(e, word)) continue;
      // (not a name coordinated with another, "Jean de Florette et Manon des Sources")
      if (t > 0 && (x.low[t - 1] === 'et' || x.low[t - 1] === 'ou')) continue;
      // another office ("le chef de l'État" is not "le Premier ministre X"), unless the roles are kin
      const roles = this.rolesOf(g);
      if (role !== null && roles !== undefined && !roles.has(role) && !this.kinHolder(role, comp, g))
        continue;
      let after = t;
      while (after < x.n && x.entAt[after] === e) after++;
      // (a subject, or the inverted subject of an incise, right after its speech verb: "…, estime X")
      const inverted = t > 0 && x.inPair[t - 1] < 0 && VERB.has(x.low[t - 1]);
      if (
        after >= x.n ||
        (!inverted && this.m.recentSubject(x.tok(after).start, x.ns(t), word, 'subject') !== e)
      )
        continue;
      path += '-named-next';
      sp.type = 'PER';
      this.link(sp, e);
      return;
    }
  }

  /**
   * Whether the narrative sentence after the one of token `t` opens on a subject pronoun of the gender of `word`
   * (within its first four tokens, outside quotation marks: "Mais il invoquait …"): the topic of `t`'s sentence
   * is continued, so a description two sentences on still refers to it. Bounded: 200 tokens.
   */
  private pronounNext(t: number, word: string): boolean {
    const { x } = this;
    const s = x.ns(t);
    let k = t;
    while (k < x.n && x.ns(k) === s && k - t < 200) k++;
    if (k >= x.n || x.ns(k) !== s + 1) return false;
    for (let j = k; j < x.n && j - k < 4; j++) {
      const w = x.low[j];
      if (x.inPair[j] < 0 && (w === 'il' || w === 'elle') && (word === '' || w === word)) return true;
    }
    return false;
  }

  /**
   * The person named before offset `before` (among the last 100 entities) whose name's initials are `word`
   * ("EZ" for Eric Zemmour, "PC" for Patrick Cohen): two or three capitals, one person only; -1 otherwise.
   */
  private initialsOf(word: string, before: number): number {
    if (!/^\p{Lu}{2,3}$/u.test(word)) return -1;
    const ents = this.x.entities;
    let found = -1;
    let group: number | undefined;
    for (let e = firstAtOrAfter(ents, before) - 1, seen = 0; e >= 0 && seen < 100; e--, seen++) {
      if (ents[e].type !== 'PER') continue;
      const initials = ents[e].text
        .split(/[\s-]+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('');
      if (initials !== word) continue;
      const g = this.group.get(ents[e]);
      if (found >= 0 && g !== group) return -1;
      if (found < 0) {
        found = e;
        group = g;
      }
    }
    return found;
  }

  /**
   * Member `which` (0 the first, 1 the second) of the last coordination of two people before token `a`, within
   * two sentences, outside quotation marks: "X et Y" with X a person's name and Y a name or a definite role noun
   * phrase ("Danielle Simonnet et le premier adjoint d'Anne Hidalgo"). The ordinal's own span, linked, or null.
   */
  private pairMember(a: number, which: number, sentence: number): QuoteSpeaker | null {
    const { x } = this;
    for (let k = a - 1; k > 0 && a - k < 200; k--) {
      if (sentence - x.ns(k) > 2) return null;
      if (x.low[k] !== 'et' || x.inPair[k] >= 0) continue;
      const left = x.entAt[k - 1];
      if (left < 0 || x.entities[left].type !== 'PER') continue;
      const sp: QuoteSpeaker = { ...this.span(a, a + 2), type: 'PER' };
      if (which === 0) {
        this.link(sp, left);
        return sp;
      }
      const right = x.entAt[k + 1];
      if (right >= 0 && x.entities[right].type === 'PER') {
        this.link(sp, right);
        return sp;
      }
      // a role noun phrase: the person it names, if the text attached the role to someone
      let e = k + 2;
      while (e < x.n && e - k < 8 && x.isWord(e) && x.inPair[e] < 0) e++;
      if (!DEFINITE.has(x.low[k + 1])) return null;
      const saved = path;
      const found = this.find({ kind: 'np', a: k + 1, b: e }, x.ns(k + 1));
      path = saved;
      if (found?.group === undefined) return null;
      sp.group = found.group;
      sp.entity = found.entity;
      return sp;
    }
    return null;
  }

  /**
   * At the end of the text: an article that opens on quotations attributed by pronouns alone and names no
   * speaker after them takes the first person then named as a subject, outside quotation marks, of the
   * pronouns' gender, within three sentences of the last ("« … », ajoute-t-il. « … » Booba et Kaaris ont été remis en
   * liberté …"). Mutates those speakers.
   */
  finish(): void {
    const { x } = this;
    const said = this.openingPronouns();
    if (said.length === 0) return;
    const last = said[said.length - 1];
    const ents = x.entities;
    for (let e = firstAtOrAfter(ents, said[0].end), seen = 0; e < ents.length && seen < 60; e++, seen++) {
      if (ents[e].type !== 'PER') continue;
      const t = this.m.tokenAt(ents[e].start);
      if (t < 0 || x.inPair[t] >= 0) continue;
      if (x.ns(t) - last.sentence > 3) return;
      if (t > 0 && x.entAt[t - 1] === e) continue;
      let after = t;
      while (after < x.n && x.entAt[after] === e) after++;
      // a subject: what recentSubject takes as one just after the mention
      if (after >= x.n || this.m.recentSubject(x.tok(after).start, x.ns(t), '', 'subject') !== e) continue;
      let fits = true;
      for (const c of said) fits &&= this.m.agrees(e, key(c.speaker.text));
      if (!fits) return;
      for (const c of said) {
        c.speaker.type = 'PER';
        this.link(c.speaker, e);
        if (retrace) retrace(c.speaker, 'pron-subject-later');
      }
      return;
    }
  }

  /**
   * Where the text, before token `a` (within 400 tokens), named a medium by the noun `head` followed by its
   * name ("le magazine 60 millions de consommateurs", "le quotidien Le Parisien"): the organisation entity of
   * that name, -1 when the name is no organisation entity, or null when the noun never introduced a name.
   */
  private introducedAs(head: string, a: number): number | null {
    const { x } = this;
    for (let k = a - 1; k > 0 && a - k < 400; k--) {
      if (x.low[k] !== head || x.inPair[k] >= 0 || k + 1 >= x.n) continue;
      const next = x.tok(k + 1).text;
      if (!/^[\p{Lu}\p{N}]/u.test(next)) continue;
      const e = x.entAt[k + 1];
      return e >= 0 && x.entities[e].type === 'ORG' ? e : -1;
    }
    return null;
  }

  /** Whether a person of another group than `g` is named outside quotation marks between offsets `from` and `to`. */
  private otherPersonBetween(g: number, from: number, to: number): boolean {
    const { x } = this;
    const ents = x.entities;
    for (
      let e = firstAtOrAfter(ents, Math.max(0, from)), seen = 0;
      e < ents.length && seen < 60;
      e++, seen++
    ) {
      if (ents[e].start >= to) return false;
      if (ents[e].type !== 'PER' || this.group.get(ents[e]) === g) continue;
      const t = this.m.tokenAt(ents[e].start);
      if (t >= 0 && x.inPair[t] < 0) return true;
    }
    return ents.length > 0 && firstAtOrAfter(ents, Math.max(0, from)) + 60 < ents.length;
  }

  /** Whether group `g` holds one of the roles that `role` (with complement `comp`) may describe (ROLE_KIN). */
  private kinHolder(role: string, comp: string, g: number): boolean {
    const kin = (comp !== '' ? ROLE_KIN.get(`${role} ${comp}`) : undefined) ?? ROLE_KIN.get(role);
    if (!kin) return false;
    for (const k of kin) {
      const links = this.m.roleLinks.get(k.role) ?? [];
      for (let i = links.length - 1; i >= 0 && links.length - i <= 50; i--)
        if (
          this.group.get(this.x.entities[links[i].ent]) === g &&
          (k.comp === '' || links[i].comp === k.comp || (k.comp === '-' && links[i].comp === ''))
        )
          return true;
    }
    return false;
  }

  /**
   * The last role noun phrase in subject position before token `before` and after offset `after`, within two
   * sentences ("L'avocat, qui …, a demandé", "…, l'enseignant a reconnu"): its first token and end, or null.
   */
  private roleSubject(before: number, after: number): [number, number] | null {
    const { x } = this;
    const s0 = x.ns(before);
    for (let t = before - 1; t >= 0 && before - t < 120; t--) {
      if (x.tok(t).start <= after || s0 - x.ns(t) > 2) return null;
      if (!DEFINITE.has(x.low[t]) || x.inPair[t] >= 0) continue;
      const p = t > 0 ? x.low[t - 1] : '.';
      if (
        !(
          t === x.sentStart(t) ||
          p === ',' ||
          p === 'et' ||
          p === 'mais' ||
          t === 0 ||
          x.paraOf(t - 1) !== x.paraOf(t)
        )
      )
        continue;
      const h = headOf(x.low, t, Math.min(x.n, t + 4));
      if (x.entAt[h] >= 0 || roleOf(x.low[h]) === null) continue;
      // the verb after the noun phrase and its complements ("de la Fondation", "de la région Grand Est",
      // ", qui met en cause …,")
      let k = h + 1;
      while (k < x.n && k - h < 8) {
        if (DE.has(x.low[k])) {
          k++;
          while (k < x.n && DET.has(x.low[k])) k++;
          if (k < x.n && x.isWord(k)) k++;
        } else if (DET.has(x.low[k]) || /^\p{Lu}/u.test(x.tok(k).text)) k++;
        // a second noun coordinated to the head ("Le réalisateur et humoriste a préféré")
        else if (x.low[k] === 'et' && k + 1 < x.n && roleOf(x.low[k + 1]) !== null) k += 2;
        else break;
      }
      if (x.low[k] === ',' && x.low[k + 1] === 'qui') return [t, k];
      if (AUX.has(x.low[k]) || VERB.has(x.low[k]) || SKIP.has(x.low[k])) return [t, k];
    }
    return null;
  }

  /**
   * The first token of a chain of subject pronouns `word` ("il", "elle") that ends just before offset `pos`: the
   * earliest such pronoun opening a clause (sentence start, or after a comma) in this sentence or the two before,
   * outside quotations, provided one stands before `after` (the person a resolution would otherwise pick, named in
   * that pronoun's complements); -1 if none.
   */
  private chainHead(word: string, pos: number, sentence: number, after: number): number {
    const { x } = this;
    const form = word.replace(/^-t-|^-/, '');
    if (form !== 'il' && form !== 'elle') return -1;
    let head = -1;
    let before = false;
    for (let t = this.m.tokenAt(pos) - 1, n = 0; t >= 0 && n < 150; t--, n++) {
      if (sentence - x.ns(t) > 2) break;
      if (x.low[t] !== form || x.inPair[t] >= 0) continue;
      const p = t > 0 ? x.low[t - 1] : '.';
      if (!(t === x.sentStart(t) || p === ',')) continue;
      head = t;
      if (x.tok(t).start < after) before = true;
    }
    return before ? head : -1;
  }

  /** Whether [a, b) reads as a noun phrase: no quotation mark or bracket, a head that is a name or a noun. */
  private nounPhrase(a: number, b: number): boolean {
    const { x } = this;
    for (let k = a; k < b; k++) if (x.isMark(k) || x.low[k] === '(' || x.low[k] === ')') return false;
    if (x.entAt[a] >= 0) return true;
    // (a prepositional locution, "suite à X", "grâce à X", "face aux critiques", is an adjunct, not a noun phrase)
    if (
      b - a > 2 &&
      !DET.has(x.low[a]) &&
      (x.low[a + 1] === 'à' || x.low[a + 1] === 'au' || x.low[a + 1] === 'aux')
    )
      return false;
    const h = headOf(x.low, a, b);
    // (a name after its determiner is a noun phrase even when it spells a verb: "la Poste", not "poster"; so is a
    // participle used as a noun, "le prévenu", "l'intéressé")
    if (x.entAt[h] >= 0 && h > a) return true;
    const w = x.low[h];
    if (h > a && nominalParticiple(x, h)) return true;
    // (nor a clause opening on its verb, "a balayé cette rivale", nor a time complement, "cette fois")
    if (
      !x.isWord(h) ||
      NP_STOP.has(w) ||
      DET.has(w) ||
      AUX.has(w) ||
      (TIME_NOUN.has(w) && x.entAt[h] < 0) ||
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
    dative = false,
  ): QuoteSpeaker {
    const plural = PLURAL.has(word);
    // after a dative clitic ("lui a-t-il répondu") the person quoted just before is the one spoken to: not a
    // candidate (a reply turns the conversation to the other party)
    let addressee = -1;
    if (dative) {
      const prev = this.said[this.said.length - 1];
      if (prev && sentence - prev.sentence <= 2 && prev.speaker.group !== undefined)
        addressee = prev.speaker.group;
    }
    const spokenTo = (e: number): boolean =>
      addressee >= 0 && this.group.get(this.x.entities[e]) === addressee;
    // the previous speakers of that number and gender, the most recent first: "a-t-elle ajouté" skips a man
    // quoted in between and goes back to the woman quoted before him
    let last: Said | undefined;
    for (let i = this.said.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
      const cand = this.said[i];
      if (sentence - cand.sentence > 6) break;
      if (addressee >= 0 && cand.speaker.group === addressee) continue;
      if (this.compatible(cand.speaker, word, plural)) {
        last = cand;
        break;
      }
      // a previous speaker of the same number and unknown gender stops the search: it may be the one meant
      if (this.m.speakerGender(cand.speaker) === undefined && cand.speaker.type === 'PER') break;
    }
    // the subject of a copula is described, not speaking ("Pour lui, Carlos Ghosn est victime d'une machination.
    // « … », confie-t-il"): the subject before it
    let subjectOnly = plural ? -1 : this.m.recentSubject(pos, sentence, word, 'subject');
    for (
      let tries = 0;
      subjectOnly >= 0 && tries < 2 && (this.m.described(subjectOnly) || spokenTo(subjectOnly));
      tries++
    )
      subjectOnly = this.m.recentSubject(this.x.entities[subjectOnly].start, sentence, word, 'subject');
    if (subjectOnly >= 0 && spokenTo(subjectOnly)) subjectOnly = -1;
    let anyPer = plural || subjectOnly >= 0 ? -1 : this.m.recentSubject(pos, sentence, word);
    // with no speaker left to continue, a subject pronoun of the same form opening a clause just before ("Coincé à
    // Washington, il multiplie les interviews pour dire le mal qu'il pense de Joe Biden. « … », a-t-il assuré") is
    // the same person: resolve from where that chain starts, not from a name in its complements
    if (!last && !plural && anyPer >= 0) {
      const head = this.chainHead(word, pos, sentence, this.x.entities[anyPer].start);
      if (head >= 0) {
        const e = this.m.recentSubject(this.x.tok(head).start, this.x.ns(head), word);
        if (e >= 0 && e !== anyPer && !spokenTo(e)) anyPer = e;
      }
    }
    if (anyPer >= 0 && spokenTo(anyPer)) anyPer = -1;
    const subj = subjectOnly >= 0 ? subjectOnly : anyPer;
    const subjStart = subj >= 0 ? this.x.entities[subj].start : -1;
    // a person in subject position named after the last compatible speaker takes over; a person named elsewhere
    // in the sentence (an object, a complement) only when no previous speaker fits
    // (an unresolved pronoun is no real candidate: a person named after it, even as a complement, is preferred)
    const weak =
      last !== undefined && last.speaker.entity === undefined && PRONOUN.has(key(last.speaker.text));
    const rs = this.roleSubject(Math.max(this.m.tokenAt(pos), 0), Math.max(last ? last.end : -1, subjStart));
    if (rs && !plural) {
      const saved = path;
      const sp = this.find({ kind: 'np', a: rs[0], b: rs[1] }, this.x.ns(rs[0]));
      path = `${saved}-role-subject`;
      if (
        sp &&
        (sp.type === 'PER' || sp.type === 'OTHER') &&
        this.compatible(sp, word, false) &&
        (addressee < 0 || sp.group !== addressee)
      )
        return {
          ...at,
          type: 'PER',
          ...(sp.group === undefined ? {} : { group: sp.group, entity: sp.entity }),
        };
      path = saved;
    }
    if (subj >= 0 && (!last || ((subjectOnly >= 0 || weak) && subjStart > last.speaker.start))) {
      path += subjectOnly >= 0 ? '-subject' : '-person';
      const sp: QuoteSpeaker = { ...at, type: 'PER' };
      this.link(sp, subj);
      return sp;
    }
    if (last) {
      path += '-speaker';
      const sp: QuoteSpeaker = { ...at, type: last.speaker.type };
      if (last.speaker.group !== undefined) sp.group = last.speaker.group;
      if (last.speaker.entity !== undefined) sp.entity = last.speaker.entity;
      return sp;
    }
    // nobody before it: the person the text names next (an article that opens on « … », révèle-t-il, and names
    // him after: OrangeSum articles often start after their lead), of that gender, within three sentences,
    // outside quotation marks
    if (!plural) {
      const { x } = this;
      const ents = x.entities;
      for (let e = firstAtOrAfter(ents, at.end), seen = 0; e < ents.length && seen < 40; e++, seen++) {
        if (ents[e].type !== 'PER') continue;
        const t = this.m.tokenAt(ents[e].start);
        if (t < 0) continue;
        if (x.ns(t) - sentence > 3) break;
        if (x.inPair[t] >= 0 || !this.m.agrees(e, word)) continue;
        path += '-next-person';
        const sp: QuoteSpeaker = { ...at, type: 'PER' };
        this.link(sp, e);
        return sp;
      }
    }
    path += '-unresolved';
    return { ...at, type: plural ? 'OTHER' : 'PER' };
  }

  /** Whether a previous speaker may be referred to by the pronoun `word` (number and gender). */
  private compatible(sp: QuoteSpeaker, word: string, plural: boolean): boolean {
    const gender = this.m.speakerGender(sp);
    if (word === 'il' && gender === 'f') return false;
    if (word === 'elle' && gender === 'm') return false;
    const many = /[sx]$/.test(sp.text);
    if (plural) return sp.type !== 'PER';
    if (sp.type === 'PER') return true;
    // an unlinked description refers like il/elle when it names a person: a determiner telling its gender ("un
    // témoin", "la journaliste") or a role or person noun ("l'avocat"); not "l'information", "l'article"
    if (sp.type !== 'OTHER' || many) return false;
    if (gender !== undefined) return true;
    const words = key(sp.text)
      .replace(/'/g, "' ")
      .split(/\s+/)
      .filter((w) => w !== '');
    return roleOf(words[headOf(words, 0, Math.min(words.length, 4))] ?? '') !== null;
  }

  /** For a quotation without cue and no speaker just before: the person opening the previous sentence. */
  private subjectOfPrevious(tok: number): QuoteSpeaker | null {
    const { x } = this;
    const s = x.ns(tok);
    const e = this.m.recentSubject(x.tok(tok).start, s);
    if (e >= 0 && s - x.ns(this.m.tokenAt(x.entities[e].start)) <= 1) return this.entitySpeaker(e);
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
    const sp = this.find({ kind: 'np', a, b }, x.ns(a));
    path = `context-next-subject-${path}`;
    return sp;
  }
}
