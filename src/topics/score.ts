/** First stage of topic tagging: cue matches, learned section weights and their combination per topic. */
import type { Doc } from '../doc/index.js';
import { tokenStartingAt } from '../doc/spans.js';
import { K_WORD, tokenTable } from '../doc/table.js';
import { actorSignals } from './actors.js';
import { type CompiledCue, compile } from './cues.js';
import { surfaceKeys, tailKey, tokenKeys } from './keys.js';
import { knnVector } from './knn.js';
import { learnedModel } from './model.js';
import { topics } from './taxonomy.js';
import type { Hit, Proposals, TopicScore } from './types.js';

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

const sat = (x: number) => (x <= 1 ? x : 1 + Math.log(x));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Runs the first stage: every topic with its cue/section features, with `vector` the article's weighted
 * stem counts for the second stage's neighbour pool (when it has one), and with `actors` its actor signals
 * (src/topics/actors.ts; for a second stage that reads them). @internal
 */
export function proposeTopics(doc: Doc, titleEnd: number, vector = false, actors = vector): Proposals {
  let words = 0;
  const toks = tokenTable(doc);
  for (let i = 0; i < toks.length; i++) if (toks.kind[i] === K_WORD) words++;
  const keys = tokenKeys(toks);
  const scores = scoreDoc(doc, titleEnd, keys).map((s) =>
    Object.assign(s, { evident: s.evidence.length > 0 }),
  );
  if (!vector && !actors) return { scores, words };
  const sw = sentenceWeights(doc, titleEnd);
  const out: Proposals = { scores, words };
  if (actors) out.actors = actorSignals(doc, sw, TITLE_WEIGHT, keys);
  if (vector) {
    const role = Uint8Array.from(sw, (w) => (w === TITLE_WEIGHT ? 2 : w === LEAD_WEIGHT ? 1 : 0));
    out.vector = knnVector(doc, role, keys);
  }
  return out;
}

/**
 * Scores every topic of the taxonomy for one Doc (`titleEnd`: title length, 0 none, -1 guess; `keys`: the
 * tokens' matching keys when already computed). @internal
 */
export function scoreDoc(
  doc: Doc,
  titleEnd: number,
  keys: readonly (string | null)[] = tokenKeys(tokenTable(doc)),
): TopicScore[] {
  const c = compile();
  const model = learnedModel();
  const tokens = tokenTable(doc);
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
    if (tokens.kind[i] === K_WORD) words++;
    let list = c.byFirst.get(k);
    const sk = surface?.[i];
    if (sk) {
      const exact = c.byFirst.get(`=${sk}`);
      if (exact !== undefined) list = list === undefined ? exact : [...exact, ...list];
    }
    // The last part of a lower-case compound (anti-fraude → fraude), not of a name (Saint-Cloud).
    const norm = tokens.norm[i];
    if (
      list === undefined &&
      tokens.kind[i] === K_WORD &&
      norm.includes('-') &&
      norm[0] === norm[0].toLowerCase()
    ) {
      const tk = tailKey(tokens.norm[i].toLowerCase());
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
      const sent = tokens.sentence[i];
      let w = sw[sent] ?? 1;
      for (let j = i - 1; j >= Math.max(0, i - NEGATION_WINDOW); j--) {
        if (tokens.sentence[j] !== sent) break;
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
      e.hits.push({ start: tokens.start[i], end: tokens.end[i + n - 1], weight: cue.weight * w });
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
          const i = tokenStartingAt(tokens.start, h.start);
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
    if (k === null || tokens.kind[i] !== K_WORD || model.ignored.has(k)) continue;
    const inTitle =
      titleEnd > 0 ? tokens.start[i] < titleEnd : titleEnd < 0 && sw[tokens.sentence[i]] === TITLE_WEIGHT;
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
      if (i !== undefined) learnedHits[t].push({ start: tokens.start[i], end: tokens.end[i], weight: 0 });
    }
  }

  // 4. Evidence for a topic is partly evidence for its parent (deepest first), and a topic whose
  // IPTC branch dominates the article keeps its score while topics of minor branches are damped.
  const propagated = Float64Array.from(mass);
  // Support in the title / lead and the number of distinct cues, own or from a descendant.
  const where = new Uint8Array(nTopics);
  const nCues = new Float64Array(nTopics);
  const place = (h: Hit): number => {
    const i = tokenStartingAt(tokens.start, h.start);
    const w = i >= 0 ? sw[tokens.sentence[i]] : 1;
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
