/**
 * Quotations from the grammar of French reported speech, in two proposals and one resolver:
 * 1. quotation marks paired over the whole text (marks.ts), each pair read with its context (direct.ts): an
 *    incise after it ("», a déclaré X", "», estime-t-elle"), an introduction before it ("X a déclaré :",
 *    "Comme disent X,", "selon X,"), a title noun before it ("le film « … »": a name, not a quotation);
 * 2. reported clauses without marks (indirect.ts): speech verb + que, selon/d'après X, "Pour X," and incises
 *    ("…, a indiqué la police.");
 * then one pass in text order (here) that keeps non-overlapping proposals (a clause holding a quoted fragment
 * becomes `mixed`) and resolves speakers (speaker.ts), so that a pronoun can refer to the previous speaker.
 * Speech-verb groups and the noun phrases around them are read by cues.ts; the token view is text.ts; genders,
 * role links and person mentions for speaker resolution are mentions.ts.
 */
import type { Doc } from '../doc/types.js';
import type { Entity } from '../ner/types.js';
import { pairProposal } from './direct.js';
import { indirectProposals } from './indirect.js';
import { pairMarks } from './marks.js';
import { type RankInput, rankerActive, rankSpeakers, speakerCandidates } from './ranker.js';
import { lastSpeakerPath, SpeakerResolver } from './speaker.js';
import { type Proposal, sourceAt, Text } from './text.js';
import type { Quote } from './types.js';

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
  const inputs: RankInput[] = [];
  for (const pr of kept) {
    // an intertitle is a heading of the desk, not a voice: it takes its speaker from the words it repeats (below)
    // and leaves the resolver's chain of speakers alone
    const heading = pr.rule === 'direct-intertitle';
    const speaker = heading
      ? null
      : resolver.resolve(pr.speaker, x.ns(pr.t0), pr.end, pr.rule === 'indirect-question');
    inputs.push({ t0: pr.t0, t1: pr.t1, path: heading ? 'intertitle' : lastSpeakerPath() });
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
  resolver.finish();
  if (rankerActive()) rankSpeakers(speakerCandidates(x, resolver, out, inputs), out, doc.text);
  repeatedQuotations(out);
  return out;
}

const normQuote = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Words of at most two letters (articles, clitics, "à", "et") say nothing of which words a heading repeats. */
const contentWords = (norm: string): string[] => norm.split(' ').filter((w) => w.length > 2);

/**
 * The normalised text of each quotation and the set of its content words, each computed once, when first asked
 * for: the searches below compare a quotation with up to 80 neighbours, and each neighbour with many quotations.
 */
class QuoteWords {
  private readonly norms: (string | null)[];
  private readonly sets: (Set<string> | null)[];
  constructor(private readonly out: readonly Quote[]) {
    this.norms = new Array<string | null>(out.length).fill(null);
    this.sets = new Array<Set<string> | null>(out.length).fill(null);
  }
  norm(j: number): string {
    let n = this.norms[j];
    if (n === null) {
      n = normQuote(this.out[j].text);
      this.norms[j] = n;
    }
    return n;
  }
  set(j: number): Set<string> {
    let w = this.sets[j];
    if (w === null) {
      w = new Set(contentWords(this.norm(j)));
      this.sets[j] = w;
    }
    return w;
  }
}

/**
 * An intertitle repeats words quoted elsewhere in the article (« Une course où il faut plusieurs gagnants »):
 * a quotation attributed by context only takes the speaker of a nearby quotation that holds its words.
 */
function repeatedQuotations(out: Quote[]): void {
  const qw = new QuoteWords(out);
  for (let i = 0; i < out.length; i++) {
    const q = out[i];
    if (q.rule === 'direct-intertitle') {
      intertitleSpeaker(out, qw, i);
      continue;
    }
    if (q.cue !== null || q.kind === 'indirect') continue;
    // an intertitle in capitals may change the determiner ("UN BESOIN URGENT DE …" for "le besoin urgent de …")
    const words = qw.norm(i).replace(/^(?:un|une|le|la|les|des|l) (?=\S+ \S+ \S+)/, '');
    if (words.length < 12) continue;
    for (let j = Math.max(0, i - 10); j < Math.min(out.length, i + 11); j++) {
      const o = out[j];
      // the other quotation names its speaker (a cue, a colon introduction, a source), not the context
      if (j === i || o.speaker === null || o.text.length < q.text.length) continue;
      if (o.cue === null && (o.rule === 'direct-context' || o.rule === 'mixed-context')) continue;
      if (qw.norm(j).includes(words)) {
        q.speaker = { ...o.speaker };
        break;
      }
    }
  }
}

/**
 * The speaker of an intertitle (docs/quotes-guidelines.md): the source of the quotation of the article whose words
 * it repeats — before or after it, direct, mixed or indirect — or nobody when no quotation holds them. A heading
 * repeats, it does not reword: at least three quarters of its words (of three letters or more, at least two of
 * them) must be in that quotation; the quotation holding the most of them wins, the nearest on a tie. Bounded to
 * the 40 quotations on either side (linear time on long texts).
 */
function intertitleSpeaker(out: Quote[], qw: QuoteWords, i: number): void {
  const words = contentWords(qw.norm(i));
  if (words.length < 2) return;
  let best = -1;
  let bestHits = 0;
  let bestDist = 0;
  for (let j = Math.max(0, i - 40); j < Math.min(out.length, i + 41); j++) {
    const o = out[j];
    if (j === i || o.speaker === null || o.rule === 'direct-intertitle') continue;
    const have = qw.set(j);
    let hits = 0;
    for (const w of words) if (have.has(w)) hits++;
    const dist = Math.abs(j - i);
    if (hits * 4 < words.length * 3 || hits < 2) continue;
    if (hits > bestHits || (hits === bestHits && dist < bestDist)) {
      best = j;
      bestHits = hits;
      bestDist = dist;
    }
  }
  if (best >= 0) out[i].speaker = { ...(out[best].speaker as NonNullable<Quote['speaker']>) };
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
