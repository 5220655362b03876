import {
  checkDoc,
  checkNumberOption,
  checkOptions,
  checkText,
  createDoc,
  type Doc,
  isDoc,
  type Span,
  type TextOptions,
} from '../doc/index.js';
import { topicCues, topicRows } from '../lang/fr/generated/topics.js';
import { type Calibration, shippedCalibration, subjectProbabilities } from './calibrate.js';
import { surfaceKeys, tailKey, tokenKeys, wordKey } from './keys.js';
import { learnedModel } from './model.js';
import { topicIndex, topics } from './taxonomy.js';

/**
 * A span of the analysed text that supports a topic. `text === analysedText.slice(start, end)`.
 * @example
 * ```ts
 * const [, t] = tagTopics('Une vaste escroquerie en ligne démantelée.'); // fraud, online-scams
 * t.evidence[0]; // { text: 'escroquerie en ligne', start: 10, end: 30 } (topic online-scams)
 * ```
 */
export interface TopicEvidence extends Span {
  text: string;
}

/**
 * One topic found in a text.
 * @example
 * ```ts
 * const tags = tagTopics('Un réseau de blanchiment démantelé par Europol.');
 * const ml = tags.find((t) => t.id === 'money-laundering');
 * ml?.parents;   // ['financial-crime', 'crime', 'crime-law-justice']
 * ml?.evidence;  // [{ text: 'blanchiment', start: 13, end: 24 }]
 * ```
 */
export interface Topic {
  /** Stable slug from {@link topics} (`cybercrime`, `fraud`, `organised-crime`…). */
  id: string;
  label: { fr: string; en: string };
  /** IPTC Media Topic code, or `null` for depeche's own finer tags. */
  iptc: string | null;
  /** Ancestor ids, nearest first, ending with the IPTC top level. */
  parents: string[];
  /**
   * Estimated probability (0..1) that a careful reader lists this topic, or one of its descendants, among
   * the article's main subjects (calibrated on doubly annotated French news, see docs/topics.md).
   */
  score: number;
  /** Whether the title supports the topic: one of its cues or learned words (or a descendant's) is in the title. */
  inTitle: boolean;
  /** Whether the lead (the first two sentences after the title) supports the topic, as for `inTitle`. */
  inLead: boolean;
  /** The words that support the tag (cue phrases, or the strongest learned words), best first. */
  evidence: TopicEvidence[];
}

/**
 * Options of {@link tagTopics}.
 * @example
 * ```ts
 * tagTopics(text, { threshold: 0.5, limit: 3 });
 * ```
 */
export interface TopicOptions extends TextOptions {
  /**
   * Smallest score kept (default 0.5: the topics more likely than not to be main subjects; with the
   * default, an article none of whose subjects reaches 0.5 still gets its most likely one if that reaches
   * 0.3). Lower it for a broader, recall-oriented list (e.g. 0.2), with `limit`.
   */
  threshold?: number;
  /** Largest number of topics returned (default 10). */
  limit?: number;
}

/**
 * What {@link tagTopics} accepts: a text, a `Doc`, or an article whose title and body are analysed as `title + "\n\n" + body`.
 * @example
 * ```ts
 * tagTopics('Un texte.');
 * tagTopics({ title: 'Titre', body: 'Un texte.' });
 * ```
 */
export type TopicInput = string | Doc | { title?: string; body: string };

export const DEFAULT_THRESHOLD = 0.5;
/** A listed topic at least this likely implies its ancestors, which are then left out of the list. */
const IMPLIES = 0.5;
export const DEFAULT_FALLBACK = 0.3;
/**
 * Topics of one subject listed together: those within SIBLING of the subject's best first-stage score,
 * and their finer topics within SPECIFIC of their parent's (epidemic beside disease).
 */
const SIBLING = 0.95;
/** Topics listed per subject at most (e.g. an IPTC topic and a finer tag beside it). */
const PER_SUBJECT = 2;
const SPECIFIC = 0.55;
const DEFAULT_LIMIT = 10;
/** Position weights: title, lead (the first sentences after it), rest. */
const TITLE_WEIGHT = 2.5;
const LEAD_WEIGHT = 1.5;
const LEAD_SENTENCES = 2;
/** Weight of a cue occurrence preceded closely by a negation (`pas de fraude`, `sans violence`). */
const NEGATED = 0.2;
const NEGATION_WINDOW = 3;
/** Unconditional evidence a topic needs before its `need` cues count. */
const NEED_MIN = 1;
/** Evidence a context topic needs to suppress an `unless` cue. */
const CONTEXT_MIN = 1.5;
const MAX_EVIDENCE = 6;
/** Smallest learned weight of a word shown as evidence (about the 95th percentile of positive weights). */
const LEARNED_EVIDENCE_MIN = 3.5;
/**
 * Score mixing knobs, chosen on the 10% of OrangeSum train held out from training (npm run eval:topics -- --dev).
 * @internal
 */
export const TUNING = {
  /** Cue mass → score: 1 - exp(-mass / (cueScale * length factor)). */
  cueScale: 3,
  /** Learned probability's share in the combined score. */
  learnedShare: 1,
  /** Share of a topic's cue evidence passed on to its parent. */
  propagate: 0.5,
  /** Weight of a learned probability in its branch's total, against cue mass. */
  learnedBranch: 12,
  /** How much a topic of a minor IPTC branch is damped (0 = not at all). */
  branchDamping: 0.45,
  /** Added to the learned log-odds (the classes were trained class-balanced, which makes them shy). */
  learnedShift: 1,
  /** Number of words from which the learned probabilities are fully trusted (less: scaled by sqrt). */
  learnedFullTrustWords: 200,
};

interface CompiledCue {
  topic: number;
  keys: readonly string[];
  weight: number;
  need: boolean;
  unless: readonly number[];
}

interface Compiled {
  byFirst: Map<string, CompiledCue[]>;
  hasExact: boolean;
  negations: Set<string>;
  /** learned class index → topic index */
  classTopic: number[];
  /** parent index of each topic (-1 for a top level), its top level, and topics deepest first */
  parent: number[];
  top: number[];
  deepestFirst: number[];
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled !== null) return compiled;
  const byFirst = new Map<string, CompiledCue[]>();
  for (const [topic, phrase, weight, need, unless] of topicCues) {
    // `=phrase`: matched on the accent-folded surface forms, not on stems (names, acronyms: =nasa).
    const exact = phrase.startsWith('=');
    const toks = createDoc(exact ? phrase.slice(1) : phrase).tokens;
    const keys = (
      exact ? surfaceKeys(toks).map((k) => (k === null ? null : `=${k}`)) : tokenKeys(toks)
    ).filter((k): k is string => k !== null);
    if (keys.length === 0) continue;
    const cue: CompiledCue = { topic, keys, weight, need: need === 1, unless };
    const list = byFirst.get(keys[0]);
    if (list === undefined) byFirst.set(keys[0], [cue]);
    else list.push(cue);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const negations = new Set(['pas', 'aucun', 'aucune', 'sans', 'jamais', 'ni', 'non', 'nul'].map(wordKey));
  const classTopic = learnedModel().classes.map((c) => {
    const t = topicIndex.get(c.topic);
    if (t === undefined) throw new Error(`depeche: learned class for unknown topic ${c.topic}`);
    return t;
  });
  const hasExact = [...byFirst.keys()].some((k) => k.startsWith('='));
  const parent = topicRows.map((r) => r[2]);
  const depth = parent.map((_, i) => {
    let d = 0;
    for (let p = parent[i]; p >= 0; p = parent[p]) d++;
    return d;
  });
  const top = parent.map((_, i) => {
    let t = i;
    while (parent[t] >= 0) t = parent[t];
    return t;
  });
  const deepestFirst = parent.map((_, i) => i).sort((a, b) => depth[b] - depth[a]);
  compiled = { byFirst, hasExact, negations, classTopic, parent, top, deepestFirst };
  return compiled;
}

function toDoc(input: unknown, maxLength: number | undefined): { doc: Doc; titleEnd: number } {
  const make = (text: string) => createDoc(checkText('tagTopics', text, maxLength), { maxLength });
  if (typeof input === 'string') return { doc: make(input), titleEnd: -1 };
  if (isDoc(input)) return { doc: checkDoc('tagTopics', input), titleEnd: -1 };
  if (typeof input === 'object' && input !== null && typeof (input as { body?: unknown }).body === 'string') {
    const { title, body } = input as { title?: unknown; body: string };
    if (title !== undefined && typeof title !== 'string') {
      throw new TypeError('depeche: tagTopics() expects title to be a string');
    }
    if (title === undefined || title === '') return { doc: make(body), titleEnd: 0 };
    return { doc: make(`${title}\n\n${body}`), titleEnd: title.length };
  }
  const what = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
  throw new TypeError(`depeche: tagTopics() expects a string, a Doc or { title?, body }, got ${what}`);
}

/** Weight of each sentence: title, lead, rest. `titleEnd` -1 = guess the title from the layout. */
function sentenceWeights(doc: Doc, titleEnd: number): Float64Array {
  const s = doc.sentences;
  const w = new Float64Array(s.length).fill(1);
  let first = 0;
  if (titleEnd > 0) {
    while (first < s.length && s[first].start < titleEnd) w[first++] = TITLE_WEIGHT;
  } else if (titleEnd < 0 && s.length > 1) {
    // A first paragraph made of one short sentence is a headline.
    const t = s[0];
    if (t.paragraph !== s[1].paragraph && t.tokenEnd - t.tokenStart <= 30) {
      w[0] = TITLE_WEIGHT;
      first = 1;
    }
  }
  for (let i = first; i < Math.min(s.length, first + LEAD_SENTENCES); i++) w[i] = LEAD_WEIGHT;
  return w;
}

interface Hit {
  start: number;
  end: number;
  weight: number;
}

/** Index of the token starting at `start` (binary search), or -1. */
function tokenAt(tokens: Doc['tokens'], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid].start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const sat = (x: number) => (x <= 1 ? x : 1 + Math.log(x));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Tags a French news text with its main subjects as IPTC Media Topics (and depeche's finer tags), each
 * with a calibrated probability, title/lead support and the spans that justify it. Hand-written French
 * cue lists (stem-matched, multi-word, weighted by position, wary of negation and of context) and weights
 * learned from OrangeSum desk sections propose topics; a second stage fitted on doubly annotated news
 * turns them into the probability that a careful reader lists each subject (default threshold 0.5).
 *
 * @param input a text, a `Doc`, or `{ title, body }` (analysed as `title + "\n\n" + body`; evidence
 *   offsets refer to that text).
 * @returns topics sorted by score (best first), those at or above `threshold`, at most `limit`.
 * @throws TypeError when `input` is not a string, a `Doc` or `{ title?, body }`, or an option has the wrong
 *   type; RangeError when `threshold` is outside [0, 1], `limit` is not a non-negative integer, or the text
 *   is longer than `maxLength` (default 1,000,000).
 * @example
 * ```ts
 * import { tagTopics } from 'depeche';
 * const tags = tagTopics({
 *   title: 'Démantèlement d’un réseau de blanchiment',
 *   body: 'Europol a coordonné l’enquête sur ce réseau criminel qui blanchissait l’argent de la drogue.',
 * });
 * tags.map((t) => t.id);
 * // ['organised-crime', 'financial-crime', 'money-laundering', 'international-police-cooperation', 'police']
 * tags[0].score;         // 0.649: estimated probability that a reader lists it as a main subject
 * tags[2].inTitle;       // true ('blanchiment' is in the title)
 * tags[2].evidence[0];   // { text: 'blanchiment', start: 29, end: 40 }
 * ```
 */
export function tagTopics(input: TopicInput, options?: TopicOptions): Topic[] {
  checkOptions('tagTopics', options);
  const threshold =
    checkNumberOption('tagTopics', 'threshold', options?.threshold, { min: 0, max: 1 }) ?? DEFAULT_THRESHOLD;
  const limit =
    checkNumberOption('tagTopics', 'limit', options?.limit, { min: 0, integer: true, infinite: true }) ??
    DEFAULT_LIMIT;
  const { doc, titleEnd } = toDoc(input, options?.maxLength);
  if (doc.tokens.length === 0 || limit === 0) return [];
  // Only with the default threshold does an article whose subjects are all uncertain still get its best one.
  const fallback = options?.threshold === undefined ? DEFAULT_FALLBACK : 1;
  return rankTopics(doc, proposeTopics(doc, titleEnd), threshold, limit, fallback);
}

/** First stage output for one Doc, ready for the second stage. @internal */
export interface Proposals {
  /** Every topic scored by the first stage (`evident`: it has evidence). */
  scores: (TopicScore & { evident: boolean })[];
  words: number;
}

/** Runs the first stage: every topic with its cue/section features. @internal */
export function proposeTopics(doc: Doc, titleEnd: number): Proposals {
  let words = 0;
  for (const t of doc.tokens) if (t.kind === 'word') words++;
  const scores = scoreDoc(doc, titleEnd).map((s) => Object.assign(s, { evident: s.evidence.length > 0 }));
  return { scores, words };
}

/**
 * Second stage and selection. Each subject (IPTC code) more likely than `threshold` is returned as its most
 * specific topic with evidence whose first-stage score is close to the best of that subject's topics
 * (a finer tag such as `ransomware` when its evidence is as strong as its parent's), scored with the
 * subject's probability. A subject's topic is left out when a descendant subject is listed as a likely main
 * subject (it is implied by that topic's `parents`). @internal
 */
export function rankTopics(
  doc: Doc,
  { scores, words }: Proposals,
  threshold: number,
  limit: number,
  fallback = DEFAULT_FALLBACK,
  model: Calibration = shippedCalibration(),
): Topic[] {
  const p = subjectProbabilities(scores, words, model);
  const byTopic = new Map(scores.map((s) => [s.topic, s]));
  const out: Topic[] = [];
  const subjectOf = new Map<Topic, number>();
  const push = (pick: TopicScore, score: number, evidence: Hit[], subject: number) => {
    const info = topics[pick.topic];
    const topic: Topic = {
      id: info.id,
      label: { fr: info.label.fr, en: info.label.en },
      iptc: info.iptc,
      parents: [...info.parents],
      score: Math.round(score * 1000) / 1000,
      inTitle: pick.inTitle,
      inLead: pick.inLead,
      evidence: evidence.map((h) => ({ text: doc.text.slice(h.start, h.end), start: h.start, end: h.end })),
    };
    subjectOf.set(topic, subject);
    out.push(topic);
  };
  model.subjects.forEach((subject, i) => {
    if (p[i] < Math.min(threshold, fallback)) return;
    // The subject's topics with evidence; a topic without cues of its own (crime) borrows the evidence
    // of its best-scoring descendant (homicide) when it has one.
    const own: TopicScore[] = [];
    const borrowed = new Map<TopicScore, Hit[]>();
    // how strong its evidence is: its score, or that of the descendant it borrows from
    const strength = new Map<TopicScore, number>();
    const str = (x: TopicScore) => strength.get(x) ?? x.score;
    let best = 0;
    for (const t of subject.own) {
      const s = byTopic.get(t);
      if (s === undefined) continue;
      if (!s.evident) {
        const id = topics[t].id;
        let from: TopicScore | undefined;
        for (const u of subject.below) {
          const x = byTopic.get(u);
          if (x?.evident && topics[u].parents.includes(id) && (from === undefined || x.score > from.score))
            from = x;
        }
        if (from === undefined) continue;
        borrowed.set(s, from.evidence);
        strength.set(s, Math.max(s.score, from.score));
      }
      own.push(s);
      best = Math.max(best, str(s));
    }
    if (own.length === 0) {
      // No evidence of its own (a top level such as crime-law-justice): the subject is shown as
      // its most specific topic above evidence (crime above homicide, rather than crime-law-justice),
      // with the evidence of the best-scoring topic below it.
      for (let k = subject.own.length - 1; k >= 0; k--) {
        const id = topics[subject.own[k]].id;
        let from: TopicScore | undefined;
        for (const t of subject.below) {
          const s = byTopic.get(t);
          if (s?.evident && topics[t].parents.includes(id) && (from === undefined || s.score > from.score))
            from = s;
        }
        const shown = byTopic.get(subject.own[k]);
        if (from !== undefined && shown !== undefined) {
          push(shown, p[i], from.evidence, i);
          break;
        }
      }
      return;
    }
    // Every evident topic of the subject scoring close to its best, unless a finer one of them is kept.
    // (a finer topic is close when it scores close to its closest kept ancestor, e.g. epidemic to disease)
    const close = own.filter((s) => str(s) >= SIBLING * best);
    for (let grew = true; grew; ) {
      grew = false;
      for (const s of own) {
        if (close.includes(s)) continue;
        const up = topics[s.topic].parents.find((id) => close.some((x) => topics[x.topic].id === id));
        const anc = close.find((x) => topics[x.topic].id === up);
        if (anc !== undefined && str(s) >= SPECIFIC * str(anc)) {
          close.push(s);
          grew = true;
        }
      }
    }
    // Kept: the finest of them, and beside a finer depeche tag (iptc null) its nearest IPTC-coded
    // ancestor among them, so that every subject is given with an IPTC code.
    // At most PER_SUBJECT of them, by first-stage score (finer first on a tie).
    const shown = close
      .filter((s) => {
        const id = topics[s.topic].id;
        const finer = close.filter((x) => topics[x.topic].parents.includes(id));
        const coded = topics[s.topic].iptc !== null;
        return finer.length === 0 || (coded && finer.every((x) => topics[x.topic].iptc === null));
      })
      .sort(
        (a, b) =>
          str(b) - str(a) ||
          topics[b.topic].parents.length - topics[a.topic].parents.length ||
          a.topic - b.topic,
      )
      .slice(0, PER_SUBJECT);
    for (const s of shown) push(s, p[i], borrowed.get(s) ?? s.evidence, i);
  });
  out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  // A topic implied by a likely topic of another subject (crime by fraud) is left out.
  const implied = new Map<string, Set<number>>();
  for (const t of out) {
    if (t.score < IMPLIES) continue;
    for (const q of t.parents) {
      const by = implied.get(q) ?? new Set<number>();
      by.add(subjectOf.get(t) ?? -1);
      implied.set(q, by);
    }
  }
  // When no subject reaches the threshold, the most likely one is still given if it reaches `fallback`.
  const below = out.findIndex((t) => t.score < threshold);
  if (below > 0) out.length = below;
  else if (below === 0) out.length = out[0].score >= fallback ? 1 : 0;
  const kept: Topic[] = [];
  for (const t of out) {
    const by = implied.get(t.id);
    if (by !== undefined && [...by].some((x) => x !== subjectOf.get(t))) continue;
    kept.push(t);
    if (kept.length >= limit) break;
  }
  return kept;
}

export interface TopicScore {
  topic: number;
  score: number;
  /** Score from the cue lists alone. */
  cueScore: number;
  /** Probability from the learned weights (0 for topics without a learned class). */
  learned: number;
  /** Cue mass after propagation from descendants. */
  mass: number;
  /** Share of the article's strongest IPTC branch held by this topic's branch (0..1). */
  share: number;
  /** Distinct cue phrases matched for the topic or a descendant. */
  cues: number;
  /** Whether a cue or learned word of the topic (or of a descendant) occurs in the title / the lead. */
  inTitle: boolean;
  inLead: boolean;
  evidence: Hit[];
}

/** Scores every topic of the taxonomy for one Doc (`titleEnd`: title length, 0 none, -1 guess). @internal */
export function scoreDoc(doc: Doc, titleEnd: number): TopicScore[] {
  const c = compile();
  const model = learnedModel();
  const tokens = doc.tokens;
  const keys = tokenKeys(tokens);
  const surface = c.hasExact ? surfaceKeys(tokens) : null;
  const sw = sentenceWeights(doc, titleEnd);
  const nTopics = topics.length;

  // 1. Cue matches: per topic, the longest cue at each position, no overlap within a topic.
  const topicEnd = new Int32Array(nTopics);
  const cueOcc = new Map<CompiledCue, { occ: number; hits: Hit[] }>();
  const seenAt = new Set<number>();
  const shadowed: (string | number)[] = [];
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const k = keys[i];
    if (k === null) continue;
    if (tokens[i].kind === 'word') words++;
    let list = c.byFirst.get(k);
    const sk = surface?.[i];
    if (sk) {
      const exact = c.byFirst.get(`=${sk}`);
      if (exact !== undefined) list = list === undefined ? exact : [...exact, ...list];
    }
    // The last part of a lower-case compound (anti-fraude → fraude), not of a name (Saint-Cloud).
    const norm = tokens[i].norm;
    if (
      list === undefined &&
      tokens[i].kind === 'word' &&
      norm.includes('-') &&
      norm[0] === norm[0].toLowerCase()
    ) {
      const tk = tailKey(tokens[i].norm.toLowerCase());
      if (tk !== null) list = c.byFirst.get(tk)?.filter((cue) => cue.keys.length === 1);
    }
    if (list === undefined) continue;
    seenAt.clear();
    for (const cue of list) {
      if (seenAt.has(cue.topic) || i < topicEnd[cue.topic]) continue;
      const n = cue.keys.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let j = 1; j < n; j++) {
        const kj = cue.keys[j];
        if (kj.startsWith('=') ? `=${surface?.[i + j]}` !== kj : keys[i + j] !== kj) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      seenAt.add(cue.topic);
      topicEnd[cue.topic] = i + n;
      if (cue.weight === 0) {
        // A shadow cue: this phrase is not evidence for the topic's branch, for cues nor learned weights.
        for (let j = i; j < i + n; j++) {
          const kj = keys[j];
          if (kj !== null) shadowed.push(kj, c.top[cue.topic]);
        }
        continue;
      }
      const sent = tokens[i].sentence;
      let w = sw[sent] ?? 1;
      for (let j = i - 1; j >= Math.max(0, i - NEGATION_WINDOW); j--) {
        if (tokens[j].sentence !== sent) break;
        const kj = keys[j];
        if (kj !== null && c.negations.has(kj)) {
          w *= NEGATED;
          break;
        }
      }
      let e = cueOcc.get(cue);
      if (e === undefined) {
        e = { occ: 0, hits: [] };
        cueOcc.set(cue, e);
      }
      e.occ += w;
      e.hits.push({ start: tokens[i].start, end: tokens[i + n - 1].end, weight: cue.weight * w });
    }
  }

  // 2. Unconditional mass, then the cues that need support or a clear context.
  const uncond = new Float64Array(nTopics);
  for (const [cue, e] of cueOcc) {
    if (!cue.need && cue.unless.length === 0) uncond[cue.topic] += cue.weight * sat(e.occ);
  }
  const mass = Float64Array.from(uncond);
  const hitsOf: Hit[][] = Array.from({ length: nTopics }, () => []);
  const suppressed = new Map<string, Set<number>>();
  for (let j = 0; j < shadowed.length; j += 2) {
    const k = shadowed[j] as string;
    const set = suppressed.get(k) ?? new Set<number>();
    set.add(shadowed[j + 1] as number);
    suppressed.set(k, set);
  }
  for (const [cue, e] of cueOcc) {
    const t = cue.topic;
    const conditional = cue.need || cue.unless.length > 0;
    if (conditional) {
      if (cue.need && uncond[t] < NEED_MIN) continue;
      if (cue.unless.some((x) => uncond[x] >= CONTEXT_MIN && uncond[x] >= uncond[t])) {
        // The context rules the word out for this branch: the learned weights must not count it either.
        for (const h of e.hits) {
          const i = tokenAt(tokens, h.start);
          const k = i >= 0 ? keys[i] : null;
          if (k === null) continue;
          const set = suppressed.get(k) ?? new Set<number>();
          set.add(c.top[t]);
          suppressed.set(k, set);
        }
        continue;
      }
      mass[t] += cue.weight * sat(e.occ);
    }
    for (const h of e.hits) hitsOf[t].push(h);
  }

  // 3. Learned classes: log(1 + tf) features, L2-normalised, title words counted twice.
  const tf = new Map<string, number>();
  const firstAt = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const k = keys[i];
    if (k === null || tokens[i].kind !== 'word' || model.ignored.has(k)) continue;
    const inTitle =
      titleEnd > 0 ? tokens[i].start < titleEnd : titleEnd < 0 && sw[tokens[i].sentence] === TITLE_WEIGHT;
    tf.set(k, (tf.get(k) ?? 0) + (inTitle ? model.titleWeight : 1));
    if (!firstAt.has(k)) firstAt.set(k, i);
  }
  let norm = 0;
  for (const n of tf.values()) norm += Math.log1p(n) ** 2;
  norm = Math.sqrt(norm) || 1;
  const nClasses = model.classes.length;
  const z = Float64Array.from(model.classes, (m) => m.bias);
  // The 3 strongest positive contributions per class, kept as evidence.
  const best: { key: string; v: number }[][] = Array.from({ length: model.classes.length }, () => []);
  for (const [k, n] of tf) {
    const ws = model.weights.get(k);
    if (ws === undefined) continue;
    const x = Math.log1p(n) / norm;
    const off = suppressed.get(k);
    // A learned word is shown as evidence only for the class it weighs most for, and strongly
    // (function-like words such as 'homme', 'tombe', 'phrase' lean a little towards many desks).
    let top = 0;
    for (let j = 1; j < ws.length; j += 2) top = Math.max(top, ws[j]);
    for (let j = 0; j < ws.length; j += 2) {
      if (off?.has(c.top[c.classTopic[ws[j]]])) continue;
      z[ws[j]] += ws[j + 1] * x;
      const v = ws[j + 1] * x;
      if (v > 0 && ws[j + 1] === top && top >= LEARNED_EVIDENCE_MIN) {
        const list = best[ws[j]];
        if (list.length < 3 || v > list[list.length - 1].v) {
          if (list.length === 3) list.pop();
          let at = list.length;
          while (at > 0 && list[at - 1].v < v) at--;
          list.splice(at, 0, { key: k, v });
        }
      }
    }
  }
  // The classes learned from whole articles are overconfident on a few words: trust grows with length.
  const shortTextTrust = Math.min(1, Math.sqrt(words / TUNING.learnedFullTrustWords));
  const learned = new Float64Array(nTopics);
  const learnedHits: Hit[][] = Array.from({ length: nTopics }, () => []);
  for (let m = 0; m < nClasses; m++) {
    const t = c.classTopic[m];
    learned[t] = sigmoid(z[m] + TUNING.learnedShift) * shortTextTrust;
  }
  for (let m = 0; m < nClasses; m++) {
    const t = c.classTopic[m];
    if (learned[t] < 0.2) continue;
    for (const { key } of best[m]) {
      const i = firstAt.get(key);
      if (i !== undefined) learnedHits[t].push({ start: tokens[i].start, end: tokens[i].end, weight: 0 });
    }
  }

  // 4. Evidence for a topic is partly evidence for its parent (deepest first), and a topic whose
  // IPTC branch dominates the article keeps its score while topics of minor branches are damped.
  const propagated = Float64Array.from(mass);
  // Support in the title / lead and the number of distinct cues, own or from a descendant.
  const where = new Uint8Array(nTopics);
  const nCues = new Float64Array(nTopics);
  const place = (h: Hit): number => {
    const i = tokenAt(tokens, h.start);
    const w = i >= 0 ? sw[tokens[i].sentence] : 1;
    return w === TITLE_WEIGHT ? 1 : w === LEAD_WEIGHT ? 2 : 0;
  };
  for (let t = 0; t < nTopics; t++) {
    const seen = new Set<string>();
    for (const h of hitsOf[t]) {
      if (h.weight <= 0) continue;
      where[t] |= place(h);
      seen.add(doc.text.slice(h.start, h.end).toLowerCase());
    }
    nCues[t] = seen.size;
    for (const h of learnedHits[t]) where[t] |= place(h);
  }
  for (const t of c.deepestFirst) {
    const p = c.parent[t];
    if (p >= 0) {
      propagated[p] += TUNING.propagate * propagated[t];
      where[p] |= where[t];
      nCues[p] += nCues[t];
    }
  }
  const branch = new Float64Array(nTopics);
  for (let t = 0; t < nTopics; t++) branch[c.top[t]] += mass[t] + TUNING.learnedBranch * learned[t];
  let maxBranch = 0;
  for (let t = 0; t < nTopics; t++) maxBranch = Math.max(maxBranch, branch[t]);
  const lengthFactor = 1 + Math.log(Math.max(1, words / 250));
  const out: TopicScore[] = [];
  for (let t = 0; t < nTopics; t++) {
    const cueScore = 1 - Math.exp(-propagated[t] / (TUNING.cueScale * lengthFactor));
    const share = maxBranch > 0 ? branch[c.top[t]] / maxBranch : 0;
    const score =
      (1 - (1 - cueScore) * (1 - TUNING.learnedShare * learned[t])) *
      (1 - TUNING.branchDamping + TUNING.branchDamping * share);
    if (score <= 0) continue;
    const hits = hitsOf[t].sort((a, b) => b.weight - a.weight || a.start - b.start);
    const evidence: Hit[] = [];
    const seen = new Set<string>();
    for (const h of hits) {
      const text = doc.text.slice(h.start, h.end).toLowerCase();
      if (seen.has(text)) continue;
      seen.add(text);
      evidence.push(h);
      if (evidence.length >= MAX_EVIDENCE) break;
    }
    for (const h of learnedHits[t]) {
      if (evidence.length >= MAX_EVIDENCE || evidence.length >= 2) break;
      if (!evidence.some((e) => e.start === h.start)) evidence.push(h);
    }
    evidence.sort((a, b) => b.weight - a.weight || a.start - b.start);
    out.push({
      topic: t,
      score,
      cueScore,
      learned: learned[t],
      mass: propagated[t],
      share,
      cues: nCues[t],
      inTitle: (where[t] & 1) !== 0,
      inLead: (where[t] & 2) !== 0,
      evidence,
    });
  }
  return out;
}
