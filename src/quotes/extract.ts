/**
 * Quotations from the grammar of French reported speech, in two proposals and one resolver:
 * 1. quotation marks paired over the whole text (marks.ts), each pair read with its context: an incise
 *    after it ("», a déclaré X", "», estime-t-elle"), an introduction before it ("X a déclaré :",
 *    "Comme disent X,", "selon X,"), a title noun before it ("le film « … »": a name, not a quotation);
 * 2. reported clauses without marks: speech verb + que, selon/d'après X, "Pour X," and incises
 *    ("…, a indiqué la police.");
 * then one pass in text order that keeps non-overlapping proposals (a clause holding a quoted fragment
 * becomes `mixed`) and resolves speakers (speaker.ts), so that a pronoun can refer to the previous speaker.
 */
import type { Doc, Token } from '../doc/types.js';
import type { Entity } from '../ner/types.js';
import {
  AUX,
  DET,
  headOf,
  key,
  NOT_QUE,
  NOT_SOURCE,
  NP_STOP,
  OBJECT_VERB,
  ORG_NOUN,
  PARTICIPLE,
  PRONOUN,
  ROLE,
  roleOf,
  SKIP,
  SOURCE_NOUN,
  SOURCES,
  TITLE_CUE,
  VERB,
} from './lexicon.js';
import { type MarkPair, pairMarks } from './marks.js';
import { type SpeakerRef, SpeakerResolver } from './speaker.js';
import type { Quote, QuoteKind } from './types.js';

/** A proposed quotation before speaker resolution. */
interface Proposal {
  start: number;
  end: number;
  /** Token range of the content, for overlap tests. */
  t0: number;
  t1: number;
  kind: QuoteKind;
  cue: number;
  lemma: string;
  speaker: SpeakerRef;
  score: number;
  rule: string;
  /** Index of the mark pair the proposal is, or -1. */
  pair: number;
}

const SENT_END = new Set(['.', '!', '?', '...', '…', ';']);
const CLAUSE_STOP = new Set([
  ',',
  ':',
  ';',
  '(',
  ')',
  '.',
  '!',
  '?',
  '...',
  '…',
  '"',
  '«',
  '»',
  '“',
  '”',
  '—',
  '–',
]);
const CONJ = new Set([
  'et',
  'mais',
  'que',
  "qu'",
  'car',
  'dont',
  'où',
  'lorsque',
  "lorsqu'",
  'quand',
  'si',
  'puis',
  'comme',
  'alors',
]);
const QUE = new Set(['que', "qu'"]);
const OBJ_PRONOUNS = new Set(['lui', 'elle', 'eux', 'elles']);
const MODAL = new Set([
  'à',
  'de',
  "d'",
  'voulu',
  'veut',
  'souhaite',
  'souhaité',
  'tenu',
  'tient',
  'tiennent',
  'pu',
  'su',
  'laissé',
  'laisse',
  'laissent',
  'laissait',
  'laissant',
]);
const CLITIC = /^-(?:t-)?(il|elle|ils|elles|on)$/i;
/** Determiners that are also the preposition "de": "invité de la matinale" is no inverted subject. */
const DE_DET = new Set(['de', "d'", 'du', 'des']);
const ASIDE = new Set([
  'de son côté',
  'de leur côté',
  'pour sa part',
  'pour leur part',
  'quant à lui',
  'quant à elle',
  'à son tour',
  'à leur tour',
]);
const PREPOSITION = new Set([
  'à',
  'au',
  'aux',
  'dans',
  'sur',
  'lors',
  'devant',
  'en',
  'pour',
  'avec',
  'après',
  'avant',
  'pendant',
  'depuis',
  'auprès',
  'chez',
  'par',
  'de',
  "d'",
  'du',
  'des',
]);
const NOUN_DET = new Set([
  'un',
  'une',
  'cette',
  'ce',
  'cet',
  'ces',
  'son',
  'sa',
  'ses',
  'du',
  'au',
  'aux',
  'mon',
  'ma',
  'mes',
  'notre',
  'votre',
  'nos',
  'vos',
  'plusieurs',
  'chaque',
]);
const TITLE_BEFORE_NAME = new Set(['me', 'm.', 'mme', 'mlle', 'dr', 'pr', 'maître']);
const UPPER = /^\p{Lu}/u;
const MARK = new Set(['«', '»', '“', '”', '„', '"', '‹', '›']);

/** Token-level view of a Doc shared by the rules. */
export class Text {
  readonly low: string[];
  readonly para: Int32Array;
  /** Index of the entity covering each token, or -1. */
  readonly entAt: Int32Array;
  /** Index of the outermost mark pair holding each token (marks included), or -1. */
  readonly inPair: Int32Array;
  /** Prefix counts: tokens inside a mark pair, and word tokens, before each index (range tests in O(1)). */
  readonly pairCount: Int32Array;
  readonly wordCount: Int32Array;

  constructor(
    readonly doc: Doc,
    readonly entities: readonly Entity[],
    readonly pairs: readonly MarkPair[],
  ) {
    const toks = doc.tokens;
    const n = toks.length;
    this.low = new Array<string>(n);
    this.para = new Int32Array(n);
    this.entAt = new Int32Array(n).fill(-1);
    this.inPair = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      this.low[i] = t.kind === 'word' ? key(t.norm) : t.norm;
      this.para[i] = doc.sentences[t.sentence]?.paragraph ?? 0;
    }
    let e = 0;
    for (let i = 0; i < n && e < entities.length; i++) {
      const t = toks[i];
      while (e < entities.length && entities[e].end <= t.start) e++;
      if (e < entities.length && entities[e].start <= t.start && t.end <= entities[e].end) this.entAt[i] = e;
    }
    pairs.forEach((p, k) => {
      for (let i = p.open; i <= p.close; i++) this.inPair[i] = k;
    });
    this.pairCount = new Int32Array(n + 1);
    this.wordCount = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      this.pairCount[i + 1] = this.pairCount[i] + (this.inPair[i] >= 0 ? 1 : 0);
      const k = toks[i].kind;
      this.wordCount[i + 1] = this.wordCount[i] + (k === 'word' || k === 'number' ? 1 : 0);
    }
  }

  tok(i: number): Token {
    return this.doc.tokens[i];
  }
  get n(): number {
    return this.doc.tokens.length;
  }
  sentStart(i: number): number {
    return this.doc.sentences[this.doc.tokens[i].sentence].tokenStart;
  }
  sentEnd(i: number): number {
    return this.doc.sentences[this.doc.tokens[i].sentence].tokenEnd;
  }
  isWord(i: number): boolean {
    const k = this.doc.tokens[i]?.kind;
    return k === 'word' || k === 'number';
  }
  isMark(i: number): boolean {
    return MARK.has(this.doc.tokens[i]?.text);
  }
}

/** A speech verb group at `i`: "déclare", "a déclaré", "a-t-il déclaré", "estime-t-elle", "s'est exclamé". */
interface VerbGroup {
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

function verbGroup(x: Text, i: number, limit: number): VerbGroup | null {
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
    if (k < limit && CLITIC.test(x.low[k])) clitic = k++;
    // "a de son côté assuré", "a pour sa part estimé"
    if (k + 3 < limit && ASIDE.has(`${x.low[k]} ${x.low[k + 1]} ${x.low[k + 2]}`)) k += 3;
    for (
      let s = 0;
      s < 3 && k < limit && (SKIP.has(x.low[k]) || x.low[k].endsWith('ment')) && !VERB.has(x.low[k]);
      s++
    )
      k++;
    if (k < limit && x.low[k] === 'été') k++;
  }
  if (k >= limit) return null;
  const lemma = VERB.get(x.low[k]);
  if (lemma === undefined || !x.isWord(k)) return null;
  // "une analyse", "cette critique", "son constat": a noun after a determiner that is never an object pronoun
  if (!aux && k > 0 && NOUN_DET.has(x.low[k - 1])) return null;
  const form = x.low[k];
  let head = i;
  if (form === lemma.replace(/^(?:s'|se )/, '') || form === 'reconnaitre') {
    // an infinitive is a cue only after a modal ("a tenu à préciser", "a voulu rassurer")
    if (!(k > 0 && MODAL.has(x.low[k - 1]))) return null;
    if (head === k)
      head =
        k > 1 && (x.low[k - 1] === 'à' || x.low[k - 1] === 'de' || x.low[k - 1] === "d'") ? k - 2 : k - 1;
  }
  const cue = k;
  k++;
  if (clitic < 0 && k < limit && CLITIC.test(x.low[k])) clitic = k++;
  const bare = !aux && PARTICIPLE.has(form) && clitic < 0;
  return { cue, lemma, clitic, next: k, bare, head };
}

/** End (exclusive) of the noun phrase starting at `a`, or `a` when none starts there. */
function npEnd(x: Text, a: number, limit: number): number {
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
function speakerAfter(x: Text, g: VerbGroup, limit: number): SpeakerRef {
  if (g.clitic >= 0) return /on$/.test(x.low[g.clitic]) ? null : { kind: 'clitic', tok: g.clitic };
  const a = g.next;
  if (a >= limit || CLAUSE_STOP.has(x.low[a]) || x.isMark(a)) return null;
  if (NP_STOP.has(x.low[a]) && x.entAt[a] < 0) {
    // complements first ("à l'AFP", "sur son compte Twitter", "dans un communiqué"): the speaker is the first
    // person named after them, else a role or institution noun phrase after them ("l'université")
    let np = -1;
    for (let k = a; k < Math.min(limit, a + 16); k++) {
      if (CLAUSE_STOP.has(x.low[k]) || x.isMark(k)) break;
      const e = x.entAt[k];
      if (e >= 0 && x.entities[e].type === 'PER') {
        let b = k;
        while (b < limit && x.entAt[b] === e) b++;
        return { kind: 'np', a: k, b };
      }
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
      return b > np ? { kind: 'np', a: np, b } : null;
    }
    return null;
  }
  if (PRONOUN.has(x.low[a]) || x.low[a] === 'on') return null;
  const b = npEnd(x, a, limit);
  if (b === a) return null;
  // "sa collègue et camarade Mathilde Panot": a person named right after the noun phrase
  if (x.low[b] === 'et' && roleOf(x.low[headOf(x.low, a, b)]) !== null) {
    for (let k = b + 1; k < Math.min(limit, b + 5); k++) {
      if (CLAUSE_STOP.has(x.low[k]) || x.isMark(k)) break;
      const e = x.entAt[k];
      if (e >= 0 && x.entities[e].type === 'PER') {
        let c = k;
        while (c < limit && x.entAt[c] === e) c++;
        return { kind: 'np', a, b, appos: [k, c] };
      }
    }
  }
  // apposition: "a déclaré le ministre de l'Intérieur, Gérald Darmanin"
  // (a title may come first: "l'avocat de Tariq Ramadan, Me Eric Morain")
  const t0 = b + 1 < limit && TITLE_BEFORE_NAME.has(x.low[b + 1]) ? b + 2 : b + 1;
  if (b < limit && x.low[b] === ',' && t0 < limit && x.entAt[t0] >= 0) {
    const e = x.entAt[t0];
    let c = t0;
    while (c < limit && x.entAt[c] === e) c++;
    if (c >= limit || CLAUSE_STOP.has(x.low[c]) || x.isMark(c)) return { kind: 'np', a, b, appos: [t0, c] };
  }
  return { kind: 'np', a, b };
}

/** The subject of the verb whose group starts at `v` (walking back over clitics, adverbs, auxiliary). */
function speakerBefore(x: Text, v: number, floor: number): SpeakerRef {
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
  if (w === 'qui') {
    k--;
    if (k >= floor && x.low[k] === ',') k--;
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
    while (j >= floor && x.low[j] !== ',' && x.low[j] !== '(' && !SENT_END.has(x.low[j]) && c - j < 12) j--;
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
  // a verb inside the stretch means it is not a subject ("il a vu le ministre a dit" cannot be)
  for (let j = a; j < b; j++)
    if (VERB.has(x.low[j]) && x.entAt[j] < 0 && !ROLE.has(x.low[j]) && j > a) a = j + 1;
  if (a >= b) return null;
  return { kind: 'np', a, b };
}

/**
 * The speaker of a gerund or present-participle cue ("Il a conclu en disant : « … »", "ajoutant que …"):
 * the subject opening the sentence when it is a pronoun or a name, else the context.
 */
function sentenceSubject(x: Text, ts: number, cue: number): SpeakerRef {
  let k = ts;
  while (k < cue && (CONJ.has(x.low[k]) || x.isMark(k))) k++;
  if (PRONOUN.has(x.low[k])) return { kind: 'pron', tok: k };
  const e = x.entAt[k];
  if (e >= 0 && x.entities[e].type !== 'DATE') {
    let b = k;
    while (b < cue && x.entAt[b] === e) b++;
    return { kind: 'np', a: k, b };
  }
  return { kind: 'context', tok: cue };
}

/** Start of the clause holding token `i`: after the last comma, colon or sentence start. */
function clauseStart(x: Text, i: number, floor: number): number {
  let k = i - 1;
  while (k >= floor && !CLAUSE_STOP.has(x.low[k]) && !x.isMark(k)) k--;
  return k + 1;
}

/** A source marker ("selon", "d'après", "de l'avis de") at `i`: the index after it, or -1. */
function sourceAt(x: Text, i: number, limit: number): number {
  const list = SOURCES.get(x.low[i]);
  if (!list) return -1;
  for (const words of list) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = i + k < limit && x.low[i + k] === words[k];
    if (ok) return i + words.length;
  }
  return -1;
}

/** Whether the noun phrase [a, b) can be a source (a name, a pronoun, a role, an institution, "les experts"). */
function isSourceNp(x: Text, a: number, b: number): boolean {
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

/** Last content token before the sentence's final punctuation (and closing marks), from `i` on. */
function contentEnd(x: Text, from: number, limit: number): number {
  let b = limit;
  while (b > from && (SENT_END.has(x.low[b - 1]) || (x.isMark(b - 1) && x.inPair[b - 1] < 0))) b--;
  return b;
}

/** Token span [a, b) → proposal fields. */
function span(x: Text, a: number, b: number): { start: number; end: number } {
  return { start: x.tok(a).start, end: x.tok(b - 1).end };
}

/** End of the sentence holding `i`, extended to the close of a mark pair that runs past it. */
function clauseLimit(x: Text, i: number): number {
  let e = x.sentEnd(i);
  // a pair running past the sentence end: go on to its closing mark
  while (e < x.n && e > 0 && x.inPair[e - 1] >= 0 && x.inPair[e] === x.inPair[e - 1]) e = x.sentEnd(e);
  return e;
}

function indirectProposals(x: Text, out: Proposal[]): void {
  const { doc } = x;
  for (const s of doc.sentences) {
    const ts = s.tokenStart;
    const te = s.tokenEnd;
    if (te - ts < 3) continue;
    const limit = clauseLimit(x, ts);
    for (let i = ts; i < te; i++) {
      if (x.inPair[i] >= 0) continue;
      const w = x.low[i];
      // speech verb + que
      if (VERB.has(w) || AUX.has(w) || w === "s'" || w === 'se') {
        const g = verbGroup(x, i, te);
        if (g && !(g.bare && g.cue > 0 && DET.has(x.low[g.cue - 1]))) {
          let q = g.next;
          let steps = 0;
          // "comme le souligne Paris Match dans un portrait que…": a noun phrase right after the verb makes
          // "que" a relative pronoun
          const nx = x.low[g.next] ?? '';
          const objectNext =
            g.next < te &&
            (DET.has(nx) || UPPER.test(x.tok(g.next).text)) &&
            !QUE.has(nx) &&
            !NP_STOP.has(nx);
          if (objectNext) q = te;
          while (
            q < te &&
            steps < 9 &&
            !QUE.has(x.low[q]) &&
            !SENT_END.has(x.low[q]) &&
            x.low[q] !== ':' &&
            !x.isMark(q) &&
            !VERB.has(x.low[q])
          ) {
            q++;
            steps++;
          }
          if (
            q < te - 1 &&
            QUE.has(x.low[q]) &&
            !NOT_QUE.has(x.low[q - 1]) &&
            !(g.cue > 1 && x.low[g.cue - 1] === 'à' && x.low[g.cue - 2] === "c'est")
          ) {
            const a = q + 1;
            const b = contentEnd(x, a, limit);
            if (b > a + 1) {
              const passive = g.cue > 0 && x.low[g.cue - 1] === 'été';
              const impersonal = i > 0 && x.low[i - 1] === 'il' && passive;
              out.push({
                ...span(x, a, b),
                t0: a,
                t1: b,
                kind: hasPair(x, a, b) ? 'mixed' : 'indirect',
                cue: g.cue,
                lemma: g.lemma,
                speaker:
                  passive || impersonal
                    ? null
                    : x.low[g.cue].endsWith('ant')
                      ? { kind: 'context', tok: g.cue }
                      : speakerBefore(x, Math.min(i, g.head), ts),
                score: 0.8,
                rule: 'indirect-que',
                pair: -1,
              });
              i = b - 1;
              continue;
            }
          }
          // incise without marks: "…, a indiqué la police." / "…, estime-t-il."
          if (
            i > ts + 2 &&
            x.low[i - 1] === ',' &&
            !x.isMark(i - 2) &&
            !g.bare &&
            (g.clitic >= 0 || AUX.has(w) || w === "s'" || g.next < te)
          ) {
            const who = speakerAfter(x, g, te);
            const after = who?.kind === 'np' ? (who.appos ? who.appos[1] : who.b) : g.next;
            const rest = contentEnd(x, after, te);
            const ends = rest <= after || x.low[after] === ',';
            if (ends && (who !== null || g.clitic >= 0) && !QUE.has(x.low[g.next])) {
              let a = ts;
              while (a < i - 1 && (x.isMark(a) || x.low[a] === '—' || x.low[a] === '-')) a++;
              const b = x.low[after] === ',' ? contentEnd(x, after + 1, te) : i - 1;
              const b2 = b > after ? b : i - 1;
              if (b2 > a + 2 && !hasPairAt(x, a)) {
                out.push({
                  ...span(x, a, b2),
                  t0: a,
                  t1: b2,
                  kind: hasPair(x, a, b2) ? 'mixed' : 'indirect',
                  cue: g.cue,
                  lemma: g.lemma,
                  speaker: who,
                  score: 0.75,
                  rule: 'indirect-incise',
                  pair: -1,
                });
                break;
              }
            }
          }
        }
      }
      // speech verb + its content as object: "a annoncé sa démission", "promet de fournir …", "accuse X d'avoir …"
      if (VERB.has(w) || AUX.has(w)) {
        const og = verbGroup(x, i, te);
        const incise = i > ts && (x.low[i - 1] === ',' || x.isMark(i - 1));
        if (
          og &&
          !incise &&
          !og.bare &&
          !x.low[og.cue].endsWith('ant') &&
          (OBJECT_VERB.has(og.lemma.replace(/^(?:s'|se )/, '')) || infinitiveClause(x, og.next, te))
        ) {
          const span2 = objectContent(x, og.next, te);
          if (span2) {
            const [a, b] = span2;
            out.push({
              ...span(x, a, b),
              t0: a,
              t1: b,
              kind: hasPair(x, a, b) ? 'mixed' : 'indirect',
              cue: og.cue,
              lemma: og.lemma,
              speaker: speakerBefore(x, Math.min(i, og.head), ts),
              score: 0.55,
              rule: 'indirect-object',
              pair: -1,
            });
            i = b - 1;
            continue;
          }
        }
      }
      // "Comme le rappelle France Bleu, …" / "…, comme l'indique le ministère."
      if (w === 'comme' && i + 2 < te) {
        let v = i + 1;
        if (x.low[v] === 'le' || x.low[v] === "l'") v++;
        const cg = VERB.has(x.low[v]) ? verbGroup(x, v, te) : null;
        if (cg && !cg.bare && cg.clitic < 0) {
          const nb = npEnd(x, cg.next, te);
          if (nb > cg.next && isSourceNp(x, cg.next, nb)) {
            const lead = i === ts || (i === ts + 1 && CONJ.has(x.low[ts]));
            const a0 = lead ? (x.low[nb] === ',' ? nb + 1 : -1) : ts;
            const b0 = lead ? contentEnd(x, nb + 1, limit) : x.low[i - 1] === ',' ? i - 1 : i;
            if (a0 >= 0 && wordCount(x, a0, b0) >= 3 && !hasPairAt(x, a0)) {
              out.push({
                ...span(x, a0, b0),
                t0: a0,
                t1: b0,
                kind: hasPair(x, a0, b0) ? 'mixed' : 'indirect',
                cue: cg.cue,
                lemma: cg.lemma,
                speaker: { kind: 'np', a: cg.next, b: nb },
                score: 0.7,
                rule: 'comme',
                pair: -1,
              });
              i = Math.max(i, lead ? b0 - 1 : nb - 1);
              continue;
            }
          }
        }
      }
      // selon X / d'après X
      const after = sourceAt(x, i, te);
      if (after > 0) {
        const b = npEnd(x, after, te);
        if (isSourceNp(x, after, b)) {
          const lemma = sourceLemma(x, i, after - 1);
          const who: SpeakerRef = { kind: 'np', a: after, b };
          let a0: number;
          let b0: number;
          let lead = ts;
          while (lead < i && (x.isMark(lead) || CONJ.has(x.low[lead]) || x.low[lead] === ',')) lead++;
          if (i <= lead) {
            // "D'après une étude de l'Insee publiée jeudi, …": the source phrase runs to the comma
            let c = b;
            while (c < te && c - b < 10 && x.low[c] !== ',' && !SENT_END.has(x.low[c]) && !x.isMark(c)) c++;
            if (c < te && x.low[c] === ',') {
              a0 = c + 1;
              b0 = contentEnd(x, a0, limit);
            } else continue;
          } else {
            a0 = ts;
            b0 = x.low[i - 1] === ',' && b < te && x.low[b] === ',' ? contentEnd(x, b + 1, limit) : i;
            while (b0 > a0 && (x.low[b0 - 1] === ',' || SENT_END.has(x.low[b0 - 1]))) b0--;
          }
          while (a0 < b0 && x.isMark(a0) && x.inPair[a0] < 0) a0++;
          if (wordCount(x, a0, b0) >= (i <= lead ? 2 : 4) && !hasPairAt(x, a0)) {
            out.push({
              ...span(x, a0, b0),
              t0: a0,
              t1: b0,
              kind: hasPair(x, a0, b0) ? 'mixed' : 'indirect',
              cue: i,
              lemma,
              speaker: who,
              score: 0.75,
              rule: 'source',
              pair: -1,
            });
            i = Math.max(i, b - 1);
          }
        }
      }
    }
    // "Pour X, …" (X's opinion) at the start of a sentence
    if (x.low[ts] === 'pour' && x.inPair[ts] < 0) {
      const b = npEnd(x, ts + 1, te);
      if (b < te && x.low[b] === ',' && b - ts <= 8 && isSpeakerLike(x, ts + 1, b)) {
        const a0 = b + 1;
        const b0 = contentEnd(x, a0, limit);
        if (b0 - a0 >= 4 && !hasPairAt(x, a0)) {
          out.push({
            ...span(x, a0, b0),
            t0: a0,
            t1: b0,
            kind: hasPair(x, a0, b0) ? 'mixed' : 'indirect',
            cue: ts,
            lemma: 'pour',
            speaker: { kind: 'np', a: ts + 1, b },
            score: 0.6,
            rule: 'pour',
            pair: -1,
          });
        }
      }
    }
  }
}

const INFINITIVE = /(?:er|ir|re|oir)$/;
const DE = new Set(['de', "d'"]);

/**
 * The content object of a speech verb at `k`: "de" + infinitive clause, a person then "de" + infinitive
 * ("accuse M. Ramadan de l'avoir violée"), or a noun phrase opened by a determiner; up to the next comma or the
 * sentence end. Null when the verb has no such object (a person, "que", a preposition).
 */
/** "avoir agi", "ne pas être", "être …": an infinitive clause right after the verb ("a expliqué avoir agi par peur"). */
function infinitiveClause(x: Text, k: number, te: number): boolean {
  while (k < te && (x.low[k] === 'ne' || x.low[k] === "n'" || x.low[k] === 'pas' || x.low[k] === 'jamais'))
    k++;
  return k < te && (x.low[k] === 'avoir' || x.low[k] === 'être');
}

function objectContent(x: Text, k: number, te: number): [number, number] | null {
  const k0 = k;
  if (infinitiveClause(x, k, te)) {
    let b = k;
    while (b < te && x.low[b] !== ',' && x.low[b] !== ';' && x.low[b] !== ':' && !SENT_END.has(x.low[b])) b++;
    return b - k0 >= 2 ? [k0, b] : null;
  }
  for (
    let s = 0;
    s < 2 && k < te && (SKIP.has(x.low[k]) || x.low[k].endsWith('ment')) && !DE.has(x.low[k]);
    s++
  )
    k++;
  if (k >= te) return null;
  const end = (a: number) => {
    let b = a;
    while (b < te && x.low[b] !== ',' && x.low[b] !== ';' && x.low[b] !== ':' && !SENT_END.has(x.low[b])) b++;
    // a quotation mark pair ends where it closes
    if (b > a && x.inPair[b - 1] >= 0) while (b < x.n && x.inPair[b] === x.inPair[b - 1]) b++;
    return b;
  };
  const w = x.low[k];
  const infAt = (j: number) =>
    j + 1 < te &&
    (DE.has(x.low[j]) || x.low[j] === 'à') &&
    x.isWord(j + 1) &&
    (INFINITIVE.test(x.low[j + 1]) ||
      SKIP.has(x.low[j + 1]) ||
      x.low[j + 1] === 'ne' ||
      x.low[j + 1] === "n'");
  if (infAt(k) || w === 'avoir' || w === 'être') {
    const b = end(k + 1);
    return b - k >= 3 ? [k, b] : null;
  }
  // a person or pronoun object, then de + infinitive
  for (let j = k; j < Math.min(te, k + 5); j++) {
    if (infAt(j) && j > k) {
      const b = end(j + 1);
      return b - j >= 3 ? [j, b] : null;
    }
    if (x.low[j] === ',' || SENT_END.has(x.low[j])) break;
  }
  if (DET.has(w) && !DE.has(w) && w !== 'ce' && w !== 'cet') {
    const b = end(k);
    return b - k >= 2 && b - k <= 40 ? [k, b] : null;
  }
  return null;
}

/** "Pour X": X must be a person or organisation, a pronoun or a role, not "l'instant" or "cela". */
function isSpeakerLike(x: Text, a: number, b: number): boolean {
  if (b - a === 1 && OBJ_PRONOUNS.has(x.low[a])) return true;
  for (let k = a; k < b; k++) {
    const e = x.entAt[k];
    if (e >= 0 && (x.entities[e].type === 'PER' || x.entities[e].type === 'ORG')) return true;
  }
  const w = x.low[headOf(x.low, a, b)];
  return roleOf(w) !== null || ORG_NOUN.has(w) || SOURCE_NOUN.has(w);
}

function wordCount(x: Text, a: number, b: number): number {
  return b > a ? x.wordCount[b] - x.wordCount[a] : 0;
}

function hasPair(x: Text, a: number, b: number): boolean {
  return b > a && x.pairCount[b] - x.pairCount[a] > 0;
}

/** The content starts with (or right after) an opening mark: a direct quotation, left to the mark rules. */
function hasPairAt(x: Text, a: number): boolean {
  return x.inPair[a] >= 0 || (a > 0 && x.inPair[a - 1] >= 0 && x.isMark(a - 1));
}

/** Reads one pair of quotation marks in its context. */
function pairProposal(x: Text, k: number): Proposal | null {
  const { open, close } = x.pairs[k];
  const a = open + 1;
  const b = close;
  if (b <= a) return null;
  let words = 0;
  for (let i = a; i < b; i++) if (x.isWord(i)) words++;
  if (words === 0) return null;
  const base = { ...span(x, a, b), t0: a, t1: b, pair: k };
  const ts = x.sentStart(open);
  const floor = Math.max(0, ts);
  const sentenceLike = UPPER.test(x.tok(a).text) && (words >= 4 || SENT_END.has(x.low[b - 1]));

  // 1. incise after the closing mark: "», a déclaré X" / "», estime-t-elle" / "», selon X"
  const limit = Math.min(x.n, close + 14);
  let j = close + 1;
  if (j < x.n && x.para[j] === x.para[close]) {
    const comma = x.low[j] === ',' || x.low[b - 1] === ',';
    if (x.low[j] === ',') j++;
    const sentLimit = Math.min(limit, x.sentEnd(j < x.n ? j : close));
    const end = Math.max(sentLimit, Math.min(limit, j + 8));
    const g = j < x.n ? verbGroup(x, j, end) : null;
    // "dit", "écrit" are present tense as well as participles: a subject after them makes them verbs
    if (
      g?.bare &&
      g.next < end &&
      ((DET.has(x.low[g.next]) && !DE_DET.has(x.low[g.next])) || x.entAt[g.next] >= 0)
    )
      g.bare = false;
    const inverted =
      g !== null &&
      !g.bare &&
      (g.clitic >= 0 || (g.next < end && !CLAUSE_STOP.has(x.low[g.next]) && !NP_STOP.has(x.low[g.next])));
    const clause = isClauseStart(x, open, ts);
    if (g && !g.bare && (comma || (inverted && clause && words >= 3)) && (clause || words >= 4)) {
      return {
        ...base,
        kind: clause ? 'direct' : 'mixed',
        cue: g.cue,
        lemma: g.lemma,
        speaker: speakerAfter(x, g, end),
        score: 0.95,
        rule: 'direct-incise',
      };
    }
    const src = comma && j < x.n ? sourceAt(x, j, end) : -1;
    if (src > 0) {
      const nb = npEnd(x, src, end);
      if (isSourceNp(x, src, nb)) {
        return directSource(x, base, j, src, nb);
      }
    }
  }

  // 2. incise inside the marks: « Nous irons, a-t-il dit, jusqu'au bout »
  for (let i = a + 1; i < b - 2; i++) {
    if (x.low[i - 1] !== ',' || x.inPair[i] !== k) continue;
    const g = verbGroup(x, i, b);
    let after = g ? g.next : b;
    while (after < b && after - (g?.next ?? b) < 6 && x.low[after] !== ',' && !SENT_END.has(x.low[after]))
      after++;
    if (g && g.clitic >= 0 && after < b) {
      return {
        ...base,
        kind: 'direct',
        cue: g.cue,
        lemma: g.lemma,
        speaker: { kind: 'clitic', tok: g.clitic },
        score: 0.9,
        rule: 'direct-inner-incise',
      };
    }
  }

  // 3. what comes before the opening mark
  const p = open - 1;
  const prev = p >= floor ? x.low[p] : '';
  if (prev === ':') {
    const cs = clauseStart(x, p, floor);
    for (let v = p - 1; v >= cs; v--) {
      const g = verbGroup(x, v, p);
      if (g && g.cue < p && !g.bare) {
        const who = x.low[g.cue].endsWith('ant')
          ? sentenceSubject(x, floor, g.cue)
          : g.next < p && !CLAUSE_STOP.has(x.low[g.next])
            ? speakerAfter(x, g, p)
            : speakerBefore(x, Math.min(v, g.head), floor);
        return {
          ...base,
          kind: 'direct',
          cue: g.cue,
          lemma: g.lemma,
          speaker: who ?? speakerBefore(x, v, floor),
          score: 0.9,
          rule: 'direct-colon-verb',
        };
      }
    }
    const who: SpeakerRef =
      p - cs <= 8 && p > cs ? { kind: 'np', a: cs, b: p } : { kind: 'context', tok: open };
    return { ...base, kind: 'direct', cue: -1, lemma: '', speaker: who, score: 0.85, rule: 'direct-colon' };
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
        const who = x.low[g.cue].endsWith('ant')
          ? sentenceSubject(x, floor, g.cue)
          : g.next < p
            ? speakerAfter(x, g, p)
            : speakerBefore(x, Math.min(v, g.head), floor);
        return {
          ...base,
          kind: 'direct',
          cue: g.cue,
          lemma: g.lemma,
          speaker: who,
          score: 0.85,
          rule: 'direct-lead-verb',
        };
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
      return {
        ...base,
        kind: direct ? 'direct' : 'mixed',
        cue: g.cue,
        lemma: g.lemma,
        speaker: speakerBefore(x, s, floor),
        score: direct ? 0.85 : 0.7,
        rule: direct ? 'direct-verb' : 'mixed-verb',
      };
    }
  }
  // no cue: a full utterance opening its sentence or paragraph is a quotation attributed by context;
  // a short fragment inside a sentence is a scare quote or a name.
  if (isClauseStart(x, open, ts) && (sentenceLike || words >= 6)) {
    // "« … » comme les commerçants, a fait savoir un porte-parole.": an incise closing the sentence
    const se = Math.min(x.n, x.sentEnd(close), close + 40);
    for (let i = close + 2; i < se; i++) {
      if (x.low[i - 1] !== ',' || x.inPair[i] >= 0) continue;
      const g = verbGroup(x, i, se);
      if (!g || g.bare) continue;
      const who = speakerAfter(x, g, se);
      if (who === null) continue;
      return {
        ...base,
        kind: 'direct',
        cue: g.cue,
        lemma: g.lemma,
        speaker: who,
        score: 0.8,
        rule: 'direct-late-incise',
      };
    }
    return {
      ...base,
      kind: 'direct',
      cue: -1,
      lemma: '',
      speaker: { kind: 'context', tok: open },
      score: 0.7,
      rule: 'direct-context',
    };
  }
  if (words >= 10 && sentenceLike) {
    return {
      ...base,
      kind: 'direct',
      cue: -1,
      lemma: '',
      speaker: { kind: 'context', tok: open },
      score: 0.55,
      rule: 'direct-context',
    };
  }
  // a fragment inside the sentence: attributed by a speech verb earlier in the sentence, or, when it is
  // long enough not to be a scare quote (three words or more), by the context
  for (let v = Math.max(floor, open - 30); v < open; v++) {
    if (x.inPair[v] >= 0 || !(VERB.has(x.low[v]) || AUX.has(x.low[v]))) continue;
    const g = verbGroup(x, v, open);
    if (g && !g.bare) {
      return {
        ...base,
        kind: 'mixed',
        cue: g.cue,
        lemma: g.lemma,
        speaker: speakerBefore(x, Math.min(v, g.head), floor),
        score: 0.55,
        rule: 'mixed-verb',
      };
    }
  }
  const titleLike = UPPER.test(x.tok(a).text) && words <= 6 && !SENT_END.has(x.low[b - 1]);
  if (words >= 3 && !titleLike) {
    return {
      ...base,
      kind: 'mixed',
      cue: -1,
      lemma: '',
      speaker: { kind: 'context', tok: open },
      score: 0.45,
      rule: 'mixed-context',
    };
  }
  return null;
}

function isClauseStart(x: Text, open: number, ts: number): boolean {
  if (open <= ts) return true;
  const p = x.low[open - 1];
  return (
    p === ':' || p === '—' || p === '–' || p === '-' || SENT_END.has(p) || x.para[open - 1] !== x.para[open]
  );
}

/**
 * All quotations of a tokenised text, in text order.
 * @internal
 */
export function findQuotes(doc: Doc, entities: readonly Entity[], grouped: readonly Entity[]): Quote[] {
  const pairs = pairMarks(doc);
  const x = new Text(doc, entities, pairs);
  const props: Proposal[] = [];
  indirectProposals(x, props);
  const claimed = new Uint8Array(pairs.length);
  for (const pr of props) {
    if (pr.kind !== 'mixed') continue;
    for (let k = pr.t0; k < pr.t1; k++) if (x.inPair[k] >= 0) claimed[x.inPair[k]] = 1;
  }
  for (let k = 0; k < pairs.length; k++) {
    if (claimed[k]) continue;
    const pr = pairProposal(x, k);
    if (pr) props.push(pr);
  }
  props.sort((p, q) => p.start - q.start || q.score - p.score);
  mergeFragments(x, props);
  // keep non-overlapping proposals, the better score first when two overlap
  const kept: Proposal[] = [];
  for (const pr of props) {
    const last = kept[kept.length - 1];
    if (last && pr.start < last.end) {
      if (pr.score > last.score) kept[kept.length - 1] = pr;
      continue;
    }
    kept.push(pr);
  }
  const resolver = new SpeakerResolver(x, grouped);
  const out: Quote[] = [];
  for (const pr of kept) {
    const speaker = resolver.resolve(pr.speaker, x.tok(pr.t0).sentence);
    const cue =
      pr.cue >= 0
        ? {
            text: doc.text.slice(x.tok(pr.cue).start, cueEnd(x, pr)),
            start: x.tok(pr.cue).start,
            end: cueEnd(x, pr),
            lemma: pr.lemma,
          }
        : null;
    out.push({
      text: doc.text.slice(pr.start, pr.end),
      start: pr.start,
      end: pr.end,
      kind: pr.kind,
      speaker,
      cue,
      score: pr.score,
      rule: pr.rule,
    });
  }
  repeatedQuotations(out);
  return out;
}

/**
 * A direct quotation attributed by a source marker next to it (« … », selon X / « … », d'après X): the marker
 * from `cue` up to the source noun phrase `src..end`.
 */
function directSource(
  x: Text,
  base: Pick<Proposal, 'start' | 'end' | 't0' | 't1' | 'pair'>,
  cue: number,
  src: number,
  end: number,
): Proposal {
  return {
    ...base,
    kind: 'direct',
    cue,
    lemma: sourceLemma(x, cue, src - 1),
    speaker: { kind: 'np', a: src, b: end },
    score: 0.9,
    rule: 'direct-source',
  };
}

/** The lemma of a source marker ("selon", "d'après", "pour"): its tokens from `a` to `b`, lower case, straight apostrophe. */
function sourceLemma(x: Text, a: number, b: number): string {
  return x.doc.text.slice(x.tok(a).start, x.tok(b).end).toLowerCase().replace(/’/g, "'");
}

const normQuote = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * An intertitle repeats words quoted elsewhere in the article (« Une course où il faut plusieurs gagnants »):
 * a quotation attributed by context only takes the speaker of a nearby quotation that holds its words.
 */
function repeatedQuotations(out: Quote[]): void {
  for (let i = 0; i < out.length; i++) {
    const q = out[i];
    if (q.cue !== null || q.kind === 'indirect') continue;
    const words = normQuote(q.text);
    if (words.length < 12) continue;
    for (let j = Math.max(0, i - 10); j < Math.min(out.length, i + 11); j++) {
      const o = out[j];
      if (j === i || o.cue === null || o.speaker === null || o.text.length <= q.text.length) continue;
      if (normQuote(o.text).includes(words)) {
        q.speaker = { ...o.speaker };
        break;
      }
    }
  }
}

/**
 * Quoted fragments of one sentence attributed the same way ("un « plan vélo sécurisé », « plus de véhicules
 * électriques » et « un partenariat … »") are one mixed quotation from the first to the last.
 */
function mergeFragments(x: Text, props: Proposal[]): void {
  let w = 0;
  for (let r = 0; r < props.length; r++) {
    const q = props[r];
    const p = w > 0 ? props[w - 1] : undefined;
    const mergeable =
      p !== undefined &&
      p.kind === 'mixed' &&
      q.kind === 'mixed' &&
      p.pair >= 0 &&
      q.pair >= 0 &&
      (q.rule === 'mixed-context' || (q.rule === 'mixed-verb' && q.cue === p.cue)) &&
      x.tok(p.t0).sentence === x.tok(q.t0).sentence &&
      q.t0 - p.t1 <= 12;
    if (mergeable) {
      p.end = q.end;
      p.t1 = q.t1;
    } else props[w++] = q;
  }
  props.length = w;
}

/** End of the cue: one token, or the whole marker ("d'après", "de l'avis de"). */
function cueEnd(x: Text, pr: Proposal): number {
  const after = sourceAt(x, pr.cue, x.n);
  if (after > 0 && (pr.rule === 'source' || pr.rule === 'direct-source')) return x.tok(after - 1).end;
  return x.tok(pr.cue).end;
}
