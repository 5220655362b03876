/**
 * A learned re-ranker of the speakers of direct quotations. The rules of speaker.ts resolve every quotation
 * first; then, for each direct quotation, the candidates are listed explicitly — the rules' speaker, `null`, and
 * every person or organisation named near the quotation (three sentences before it to two after it; for a
 * description or a role pronoun the rules resolved, only what the rules' decisions allow, see below) — each with
 * features (where its mentions stand relative to the quotation: sentence and token distance, subject of its
 * sentence, in the incise, before a colon, same paragraph; how often it is named and quoted in the article;
 * whether it spoke just before; gender agreement with the rules' pronoun or determiner; which rule path resolved
 * the quotation and what kind of mention it gave). A linear model (weights learned by
 * scripts/train/quotes-ranker.ts, a conditional logit over each quotation's candidates) scores them and the best
 * one is kept; the rules' speaker wins ties. Every feature is a string, so that a speaker can say why (the
 * weights of its features). Off by default (see `useSpeakerRanker`): it did not beat the rules on the held-out
 * sample (docs/quotes.md, fifth round).
 */

import { AUX, DET, GENDER_CUE, key, PRONOUN, roleOf, VERB } from './lexicon.js';
import type { SpeakerResolver } from './speaker.js';
import type { Text } from './text.js';
import type { Quote, QuoteSpeaker } from './types.js';

/** What a candidate is: the rules' speaker, nobody, or another entity. @internal */
export type CandidateSource = 'rule' | 'null' | 'alt';

/** One candidate speaker of a direct quotation, with its features. @internal */
export interface SpeakerCandidate {
  source: CandidateSource;
  speaker: QuoteSpeaker | null;
  features: string[];
}

/** The candidates of one direct quotation (`quote` indexes the quotations of the text). @internal */
export interface RankItem {
  quote: number;
  candidates: SpeakerCandidate[];
}

/** Where the tokens of a quotation are (its content) and which rule path resolved its speaker. @internal */
export interface RankInput {
  t0: number;
  t1: number;
  path: string;
}

/**
 * The ranker's weights: none by default (the rules' speakers are returned). The ranker did not beat the rules by
 * enough to be switched on (docs/quotes.md, fifth round); scripts set the weights learned by
 * scripts/train/quotes-ranker.ts (data/quotes/speaker-ranker.json) to measure it.
 */
let weights: ReadonlyMap<string, number> = new Map();

/**
 * Switches the speaker ranker on with these feature weights (`undefined`: off, the rules alone).
 * @internal
 */
export function useSpeakerRanker(w: Readonly<Record<string, number>> | undefined): void {
  weights = new Map(Object.entries(w ?? {}));
}

/** Whether candidates are to be built: a ranker is on, or a script collects them. @internal */
export function rankerActive(): boolean {
  return hook !== undefined || weights.size > 0;
}

let hook: ((items: RankItem[], quotes: readonly Quote[], text: string) => void) | undefined;

/**
 * Hands the candidates of every text analysed from now on to `fn` instead of re-ranking (the rules' speakers
 * are then returned unchanged): how scripts/train/quotes-ranker.ts reads the training data. `undefined` stops.
 * @internal
 */
export function collectSpeakerCandidates(
  fn: ((items: RankItem[], quotes: readonly Quote[], text: string) => void) | undefined,
): void {
  hook = fn;
}

/** How far candidates are looked for: sentences before and after the quotation, and a token bound. */
const SENT_BEFORE = 3;
const SENT_AFTER = 2;
const TOK_BEFORE = 500;
const TOK_AFTER = 300;

const bucket = (n: number, cuts: readonly number[]): string => {
  for (let i = 0; i < cuts.length; i++) if (n <= cuts[i]) return String(cuts[i]);
  return `${cuts[cuts.length - 1]}+`;
};
const logBucket = (d: number): string => String(Math.min(7, Math.floor(Math.log2(1 + d))));

/**
 * What kind of mention the rules gave: a name, a pronoun, a description (linked or not, with its determiner:
 * `desc:indef` for "un proche"), or nothing.
 */
function mentionKind(x: Text, sp: QuoteSpeaker | null, tokOf: (offset: number) => number): string {
  if (sp === null) return 'null';
  const w = key(sp.text);
  if (PRONOUN.has(w) || w === 'lui' || w === 'eux' || w === 'celui' || w === 'celle') return 'pron';
  const k = tokOf(sp.start);
  if (k >= 0 && x.entAt[k] >= 0 && x.entities[x.entAt[k]].start === sp.start) return 'name';
  const first = w.split(/[\s']/)[0];
  const det = INDEFINITE.has(first)
    ? 'indef'
    : first === 'le' || first === 'la' || first === 'l' || first === 'les'
      ? 'def'
      : POSSESSIVE.has(first)
        ? 'poss'
        : first === 'ce' || first === 'cet' || first === 'cette' || first === 'ces'
          ? 'dem'
          : 'bare';
  return `${sp.group !== undefined ? 'desc-linked' : 'desc'}:${det}`;
}

const INDEFINITE = new Set([
  'un',
  'une',
  'des',
  'certains',
  'certaines',
  'plusieurs',
  'deux',
  'trois',
  'quelques',
  'd',
]);
const POSSESSIVE = new Set(['son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos']);

/** The gender a pronoun or a determiner gives the rules' mention ('m', 'f'), if any. */
function mentionGender(sp: QuoteSpeaker | null): 'm' | 'f' | undefined {
  if (sp === null) return undefined;
  const first = key(sp.text).split(/\s+/)[0] ?? '';
  if (first === 'il' || first === 'lui' || first === 'celui') return 'm';
  if (first === 'elle' || first === 'celle') return 'f';
  return GENDER_CUE.get(first);
}

/** A mention opening its sentence (before any verb): the subject, "Le ministre X a …", "X, qui …, a dit". */
function isSubject(x: Text, k: number): boolean {
  const s = x.sentStart(k);
  if (k - s > 6) return false;
  for (let i = s; i < k; i++) {
    const w = x.low[i];
    if (VERB.has(w) || AUX.has(w)) return false;
    if (x.isWord(i) && !DET.has(w) && roleOf(w) === null && !GENDER_CUE.has(w) && x.entAt[i] < 0 && i > s)
      return false;
  }
  return true;
}

const PREP = new Set([
  'par',
  'à',
  'au',
  'aux',
  'de',
  "d'",
  'du',
  'des',
  'avec',
  'contre',
  'pour',
  'chez',
  'selon',
  'entre',
  'que',
  "qu'",
]);
/** A mention in a complement or a relative ("accusé par X", "le frère de X", "qu'X"), not a subject. */
function afterPreposition(x: Text, k: number): boolean {
  let i = k - 1;
  if (i >= 0 && (DET.has(x.low[i]) || GENDER_CUE.has(x.low[i]))) i--;
  return i >= 0 && PREP.has(x.low[i]);
}

interface GroupSeen {
  g: number;
  /** entity index of the nearest mention before the quotation (-1: none) and after it */
  eb: number;
  ea: number;
  kb: number;
  ka: number;
  inWindow: number;
}

/**
 * The candidates of every direct quotation of `out` (rules' speakers already resolved), with their features.
 * Linear: each quotation reads a bounded window of tokens around it.
 * @internal
 */
export function speakerCandidates(
  x: Text,
  resolver: SpeakerResolver,
  out: readonly Quote[],
  inputs: readonly RankInput[],
): RankItem[] {
  const items: RankItem[] = [];
  if (!out.some((q) => q.kind === 'direct')) return items;
  const n = x.n;
  const starts = x.tb.start;
  const tokOf = (offset: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < n && starts[lo] === offset ? lo : -1;
  };
  // mentions of each group in the whole text (first token of each entity), and how often each group is quoted
  const named = new Map<number, number>();
  const mentionsOf = new Map<number, number[]>();
  for (let k = 0; k < n; k++) {
    const e = x.entAt[k];
    if (e < 0 || (k > 0 && x.entAt[k - 1] === e)) continue;
    const g = resolver.groupOf(e);
    if (g < 0) continue;
    named.set(g, (named.get(g) ?? 0) + 1);
    const ms = mentionsOf.get(g);
    if (ms) ms.push(k);
    else mentionsOf.set(g, [k]);
  }
  const quoted = new Map<number, number>();
  for (const q of out)
    if (q.speaker?.group !== undefined) quoted.set(q.speaker.group, (quoted.get(q.speaker.group) ?? 0) + 1);

  out.forEach((q, qi) => {
    if (q.kind !== 'direct') return;
    const { t0, t1, path } = inputs[qi];
    const sp0 = q.speaker;
    const kind = mentionKind(x, sp0, tokOf);
    const gender0 = mentionGender(sp0);
    const plural0 = sp0 !== null && /^(?:ils|elles|eux)$/.test(key(sp0.text));
    const s0 = x.ns(Math.max(0, Math.min(n - 1, t0)));
    const s1 = x.ns(Math.max(0, Math.min(n - 1, t1 - 1)));
    const para = x.paraOf(Math.max(0, Math.min(n - 1, t0)));
    const prevGroup = qi > 0 ? out[qi - 1].speaker?.group : undefined;
    const nextGroup = qi + 1 < out.length ? out[qi + 1].speaker?.group : undefined;
    // the opening and closing marks around the content
    let open = t0 - 1;
    while (open > 0 && !x.isMark(open) && t0 - open < 3) open--;
    let close = t1;
    while (close < n - 1 && !x.isMark(close) && close - t1 < 3) close++;
    const prevEnd = qi > 0 ? inputs[qi - 1].t1 : -1;
    const colon = open > 0 && x.low[open - 1] === ':';
    const seen = new Map<number, GroupSeen>();
    const note = (k: number, before: boolean) => {
      const e = x.entAt[k];
      if (e < 0 || (k > 0 && x.entAt[k - 1] === e)) return;
      const t = x.entities[e].type;
      if (t !== 'PER' && t !== 'ORG') return;
      // not a name quoted inside a long quotation
      const p = x.inPair[k];
      if (p >= 0 && x.pairs[p].close - x.pairs[p].open > 6) return;
      const g = resolver.groupOf(e);
      if (g < 0) return;
      let s = seen.get(g);
      if (!s) {
        s = { g, eb: -1, ea: -1, kb: -1, ka: -1, inWindow: 0 };
        seen.set(g, s);
      }
      s.inWindow++;
      if (before && s.eb < 0) {
        s.eb = e;
        s.kb = k;
      } else if (!before && s.ea < 0) {
        s.ea = e;
        s.ka = k;
      }
    };
    for (let k = Math.min(n, t0) - 1; k >= 0 && t0 - k <= TOK_BEFORE && x.ns(k) >= s0 - SENT_BEFORE; k--) {
      if (k >= open && k < t1) continue;
      note(k, true);
    }
    for (let k = Math.max(0, t1); k < n && k - t1 <= TOK_AFTER && x.ns(k) <= s1 + SENT_AFTER; k++)
      note(k, false);

    const common = [`path=${path}`, `rule=${q.rule}`, `kind=${kind}`];
    if (q.cue !== null) common.push('cue');
    const cands: SpeakerCandidate[] = [];
    const positional = (s: GroupSeen | undefined, rankB: number, rankA: number): string[] => {
      if (s === undefined) return ['p:far'];
      const f: string[] = [];
      const tot = named.get(s.g) ?? 0;
      f.push(`p:named=${bucket(tot, [1, 2, 4])}`);
      f.push(`p:quoted=${bucket(quoted.get(s.g) ?? 0, [0, 1, 3])}`);
      if (prevGroup === s.g) f.push('p:prev-speaker');
      if (nextGroup === s.g) f.push('p:next-speaker');
      if (s.kb >= 0) {
        const ds = s0 - x.ns(s.kb);
        f.push(`p:sb=${Math.min(ds, 3)}`, `p:tb=${logBucket(t0 - s.kb)}`, `p:rankb=${Math.min(rankB, 3)}`);
        if (isSubject(x, s.kb)) f.push(`p:subj-b${Math.min(ds, 2)}`);
        if (colon && ds === 0) f.push('p:colon');
        if (x.paraOf(s.kb) === para) f.push('p:para');
        if (prevEnd >= 0 && s.kb >= prevEnd) f.push('p:since-prev-quote');
        if (afterPreposition(x, s.kb)) f.push('p:prep-b');
      } else f.push('p:none-before');
      if (s.ka >= 0) {
        const ds = x.ns(s.ka) - s1;
        f.push(`p:sa=${Math.min(ds, 2)}`, `p:ta=${logBucket(s.ka - t1)}`, `p:ranka=${Math.min(rankA, 3)}`);
        if (s.ka - close <= 8 && ds === 0) f.push('p:incise');
        if (isSubject(x, s.ka)) f.push(`p:subj-a${Math.min(ds, 2)}`);
      }
      const e = s.eb >= 0 ? s.eb : s.ea;
      const type = x.entities[e].type;
      f.push(`p:type=${type}`);
      if (gender0 !== undefined && type === 'PER') {
        const ge = resolver.genderOf(e);
        f.push(ge === undefined || ge === '?' ? 'p:gender?' : ge === gender0 ? 'p:agree' : 'p:disagree');
      }
      if (plural0) f.push('p:plural-pron');
      if (roleWords.length > 0 && describes(s.g) === 1) f.push('p:role-attached');
      // the same evidence read differently for a pronoun, a description, a name or nothing
      const n0 = f.length;
      for (let i = 0; i < n0; i++)
        if (!f[i].startsWith('p:named') && !f[i].startsWith('p:quoted')) f.push(`${kind}&${f[i]}`);
      return f;
    };
    // ranks of the groups by distance before and after the quotation (persons and organisations together)
    const all = [...seen.values()];
    const rankB = new Map<number, number>();
    const rankA = new Map<number, number>();
    all
      .filter((s) => s.kb >= 0)
      .sort((a, b) => b.kb - a.kb)
      .forEach((s, i) => {
        rankB.set(s.g, i);
      });
    all
      .filter((s) => s.ka >= 0)
      .sort((a, b) => a.ka - b.ka)
      .forEach((s, i) => {
        rankA.set(s.g, i);
      });
    // the nouns of the rules' description ("le porte-parole"): 1 when one stands next to a mention of the group
    // ("X, porte-parole du parti"), 2 when another role noun does ("Me X, avocat de …"), else 0
    const roleWords: string[] = [];
    if (sp0 !== null && kind.startsWith('desc'))
      for (const w of key(sp0.text).split(/[\s']+/)) if (w.length > 3 && !DET.has(w)) roleWords.push(w);
    const describes = (g: number): number => {
      const ms = mentionsOf.get(g);
      if (!ms) return 0;
      let other = 0;
      for (let i = 0; i < ms.length && i < 12; i++) {
        const k = ms[i];
        let found = 0;
        for (let j = Math.max(0, k - 6); j < Math.min(n, k + 8); j++) {
          if ((j >= t0 && j < t1) || (sp0 !== null && x.tb.start[j] >= sp0.start && x.tb.start[j] < sp0.end))
            continue;
          if (roleWords.includes(x.low[j])) found++;
          else if (roleOf(x.low[j]) !== null && x.entAt[j] < 0) other = 2;
        }
        // every noun of the description ("le Premier ministre" is not "le ministre de l'Intérieur X")
        if (found >= roleWords.length) return 1;
        if (found > 0) other = 2;
      }
      return other;
    };
    const pos = (g: number) => positional(seen.get(g), rankB.get(g) ?? 9, rankA.get(g) ?? 9);

    cands.push({
      source: 'rule',
      speaker: sp0,
      features: [
        'r:bias',
        ...common.map((f) => `r:${f}`),
        ...(sp0 === null ? [] : [`r:type=${sp0.type}`]),
        ...(sp0?.group !== undefined ? pos(sp0.group) : []),
      ],
    });
    if (sp0 !== null)
      cands.push({ source: 'null', speaker: null, features: ['n:bias', ...common.map((f) => `n:${f}`)] });
    // a description the rules resolved, or a pronoun they gave to an unnamed role ("l'enseignant a reconnu … »,
    // a-t-il assuré"), is left to them: they read what the features cannot (an office held by another person, a
    // role's complement naming its holder, a medium noun); only nobody competes with it
    const ruled =
      path.endsWith('-role-subject') ||
      (kind === 'pron' && sp0 !== null && sp0.type === 'OTHER' && sp0.group === undefined);
    // a definite description may describe a person named near it, but not one the text gives another office
    // ("le procureur" after "Me X, avocat de …"), not when it has a complement naming whose role it is ("le
    // président de Debout la France"), not as an organisation or a medium, and not against its determiner's gender
    let describable =
      sp0 !== null &&
      (kind === 'desc:def' || kind === 'desc:poss' || kind === 'desc:dem') &&
      sp0.type === 'OTHER' &&
      !/\s(?:de|du|des|d'|d’|à|au|aux)\s?/i.test(sp0.text);
    // … and only when one person of its gender is named in its sentence or the one before (else it is ambiguous)
    let near = 0;
    if (describable)
      for (const s of all) {
        const e = s.eb;
        if (e < 0 || x.entities[e].type !== 'PER' || s0 - x.ns(s.kb) > 1) continue;
        const ge = resolver.genderOf(e);
        if (gender0 === undefined || ge === undefined || ge === '?' || ge === gender0) near++;
      }
    if (near > 1) describable = false;
    const keepMention = sp0 !== null && (kind === 'pron' || describable);
    for (const s of ruled || (kind.startsWith('desc') && !describable) ? [] : all) {
      if (describable) {
        const e = s.eb >= 0 ? s.eb : s.ea;
        if (x.entities[e].type !== 'PER') continue;
        if (roleWords.length > 0 && describes(s.g) === 2) continue;
        const ge = resolver.genderOf(e);
        if (gender0 !== undefined && (ge === 'm' || ge === 'f') && ge !== gender0) continue;
      }
      if (sp0?.group === s.g) continue;
      const e = s.eb >= 0 && (s.ea < 0 || t0 - s.kb <= 3 * (s.ka - t1)) ? s.eb : s.ea;
      const ent = x.entities[e];
      const type = ent.type === 'PER' ? 'PER' : 'ORG';
      const entity = resolver.canonicalOf(s.g);
      const speaker: QuoteSpeaker =
        keepMention && sp0 !== null
          ? { text: sp0.text, start: sp0.start, end: sp0.end, type, group: s.g, entity }
          : {
              text: x.doc.text.slice(ent.start, ent.end),
              start: ent.start,
              end: ent.end,
              type,
              group: s.g,
              entity,
            };
      cands.push({
        source: 'alt',
        speaker,
        features: ['a:bias', `a:kind=${kind}`, `a:path=${path}`, `a:type=${type}&kind=${kind}`, ...pos(s.g)],
      });
    }
    items.push({ quote: qi, candidates: cands });
  });
  return items;
}

/** The score of a candidate under `weights`. @internal */
export function candidateScore(c: SpeakerCandidate, weights: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const f of c.features) s += weights.get(f) ?? 0;
  return s;
}

/**
 * Keeps the best-scoring candidate of each direct quotation as its speaker (the rules' speaker, listed first,
 * wins ties), or hands the candidates to the training hook and leaves the rules' speakers.
 * @internal
 */
export function rankSpeakers(items: readonly RankItem[], out: Quote[], text: string): void {
  if (hook) {
    hook(items as RankItem[], out, text);
    return;
  }
  if (weights.size === 0) return;
  for (const it of items) {
    let best = 0;
    let bestScore = candidateScore(it.candidates[0], weights);
    for (let i = 1; i < it.candidates.length; i++) {
      const s = candidateScore(it.candidates[i], weights);
      if (s > bestScore) {
        best = i;
        bestScore = s;
      }
    }
    if (best > 0) out[it.quote].speaker = it.candidates[best].speaker;
  }
}
