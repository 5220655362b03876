/**
 * Second stage of topic tagging. The cue and section scores of the first stage ({@link scoreDoc}) are
 * read per *subject*: one of the 35 IPTC codes a careful reader chooses main subjects from (the 17 top
 * levels and 18 finer codes such as cyber crime, fraud, judiciary, government). A small logistic regression
 * over a few features of the topics below each subject (best score, rank, cue mass, title and lead support,
 * section probability, branch share…) plus one bias per subject gives the probability that the reader lists
 * that subject. Fitted by scripts/train/fit-topics-calibration.ts on newsgold-dev, measured by cross-validation
 * by article (scripts/eval/topics.ts).
 */
import { topicCalibration } from '../lang/fr/generated/topics-calibration.js';
import { topicKnn } from '../lang/fr/generated/topics-knn.js';
import { actorTables } from './actors.js';
import { type KnnPool, type KnnVector, knnPool, knnShares } from './knn.js';
import { learnedModel } from './model.js';
import { topicIndex, topics } from './taxonomy.js';
import { type TextModel, textLogits, textModel } from './text.js';
import type { TopicScore } from './types.js';

/** What the second stage needs of a first-stage score ({@link TopicScore} without its evidence spans). @internal */
export type Proposal = Omit<TopicScore, 'evidence'> & {
  /** Whether the topic has evidence (only such topics are returned). */
  evident: boolean;
};

/** Names of the features, in the order of {@link subjectFeatures} (checked against the artefact). @internal */
export const FEATURES = [
  'logit-best-own',
  'logit-best-below',
  'cue-score',
  'learned',
  'log-mass',
  'in-title',
  'in-lead',
  'log-cues',
  'inverse-rank',
  'relative-score',
  'branch-share',
  'log-words',
] as const;

/**
 * Names of the actor features ({@link subjectFeatures} appends them after {@link FEATURES} when given the
 * article's actor signals, src/topics/actors.ts), used by a model whose `actors` is true. @internal
 */
export const ACTOR_FEATURES = ['actor-title', 'actor-prominence'] as const;

/** One subject: an IPTC code, the topics judged by it (`own`) and every topic it covers (`below`). @internal */
export interface Subject {
  code: string;
  /** Topic indices whose own (or nearest ancestor's) code is this subject's, finest last. */
  own: readonly number[];
  /** Topic indices covered: `own` and the topics of descendant subjects. */
  below: readonly number[];
}

/** Name of the feature appended to {@link FEATURES} when a salience model is present. @internal */
export const SALIENCE_FEATURE = 'salience';
/**
 * Name of the last feature when the second stage reads the subject text model (src/topics/text.ts): what the
 * article's words add to the subject's log-odds ({@link textEvidence}), learned from articles our annotators
 * labelled. @internal
 */
export const TEXT_FEATURE = 'text';
/**
 * Nearest-neighbour label propagation: the annotated articles the second stage was fitted on, as TF-IDF
 * vectors with their subjects. A subject's *lift* is how far the similarity-weighted share of the `k` nearest
 * that list it (similarity raised to `power`, shrunk towards the pool's base rate by `shrink`) exceeds its
 * share of the whole pool, 0 when it does not; `weight` times the lift is added to the subject's log-odds.
 * Neighbours can only raise a subject, never speak against one (the pool over-represents crime and fraud,
 * and an article unlike any of it keeps the probabilities of the model without neighbours). @internal
 */
export interface KnnModel {
  k: number;
  power: number;
  shrink: number;
  weight: number;
  /** Only subjects with evidence in the article (a topic below them with cues or learned words) are raised. */
  gate: boolean;
  pool: KnnPool;
}

/** Each subject's lift over the pool's base rate ({@link KnnModel}); `self`: a pool index to leave out. @internal */
export function knnLift(
  v: KnnVector,
  m: Omit<KnnModel, 'weight'>,
  nSubjects: number,
  self = -1,
): Float64Array {
  const out = knnShares(v, m.pool, nSubjects, m.k, m.power, self, m.shrink);
  for (let j = 0; j < nSubjects; j++) out[j] = Math.max(0, out[j] - m.pool.prior[j]);
  return out;
}

/**
 * A linear model over subject rows: shared weights on {@link FEATURES}, a global bias and per-subject
 * weights on the local features ({@link localFeatures}). @internal
 */
export interface SubjectLinear {
  weights: readonly number[];
  bias: number;
  /** Per subject, the weights of its local features ({@link localFeatures}): its bias first. */
  local: readonly (readonly number[])[];
}

/** A fitted second stage. @internal */
export interface Calibration extends SubjectLinear {
  subjects: readonly Subject[];
  /**
   * The salience model (fitted on OrangeSum: is the subject's evidence in the human abstract?), whose
   * log-odds are the last feature of the second stage; absent = no such feature.
   */
  salience?: SubjectLinear | null;
  /** Whether the rows carry the actor features ({@link ACTOR_FEATURES}) after {@link FEATURES}; absent = no. */
  actors?: boolean;
  /** Whether the rows end with the text model's evidence ({@link TEXT_FEATURE}); absent = no. */
  text?: boolean;
  /**
   * Evaluation only: the text model's log-odds for the one article being scored, given by the caller (a model
   * cross-fitted so that it did not see the article), instead of the shipped text model's.
   */
  textLogits?: Float64Array;
  /**
   * With `text`: the same second stage fitted without the text feature (its regression and neighbour
   * weight). On a text shorter than the text model's full-trust length its log-odds are blended in,
   * in proportion to the missing trust: a few words say too little for the text model, and the fit over
   * long articles leans on it.
   */
  plain?: (SubjectLinear & { knnWeight: number; platt?: readonly number[] | null }) | null;
  /**
   * A last rescaling of the log-odds (with the neighbour lift), p = σ(a z + b), fitted on out-of-fold log-odds
   * of the training articles; absent = none.
   */
  platt?: readonly number[] | null;
  /**
   * With `text` and `plain`: per subject (in `subjects` order), whether the second stage with the text feature
   * decides its probability (true) or the plain one alone does (false); absent = the text stage for every
   * subject. The text model learns the broad subjects a reader infers from thousands of labelled articles, but
   * it has few examples of the finer crimes, whose probabilities then stay those of the cue evidence.
   */
  textFor?: readonly boolean[] | null;
  /**
   * With `text` and `plain`: [a, b, c], the log-odds of a subject the text stage decides are a z_text + b z_plain + c
   * (fitted on both stages' out-of-fold log-odds); absent = the text stage's alone.
   */
  stack?: readonly number[] | null;
  /** The neighbour pool whose lift raises the log-odds; absent = none. */
  knn?: KnnModel | null;
  /**
   * The co-occurrence pass ({@link chainFeatures}): a second logistic regression over each subject's first
   * probability and those of its parent and child subjects; absent = none.
   */
  chain?: ChainModel | null;
}

/**
 * The co-occurrence pass: a {@link SubjectLinear} over {@link chainFeatures}, with how its output is used.
 * `subjectBias`: whether each subject's local features start with its own bias ({@link CHAIN_LOCAL}). `use`: `replace`
 * (the pass's probability is the subject's), `raise` (the larger of the first and the pass's probability: the
 * pass can only raise a subject). `order`: `final` (the returned list is ordered by the returned scores) or
 * `first` (by the first pass's probabilities, so that the pass decides which subjects are returned and with
 * what score but never reorders the ranking that `limit` cuts). @internal
 */
export interface ChainModel extends SubjectLinear {
  subjectBias?: boolean;
  use?: 'replace' | 'raise';
  order?: 'final' | 'first';
}

/** Names of the local (per-subject weighted) features of the co-occurrence pass; `bias` only when it has one. @internal */
export const CHAIN_LOCAL = ['bias', 'parent-p', 'child-max-p'] as const;

/** Names of the shared features of the co-occurrence pass, in the order of {@link chainFeatures}. @internal */
export const CHAIN_FEATURES = ['logit-p', 'parent-p', 'child-max-p', 'other-max-p'] as const;

/** Per subject: its nearest ancestor subject (-1: none) and its ancestors and descendants. @internal */
export interface SubjectTree {
  parent: Int32Array;
  related: readonly ReadonlySet<number>[];
  children: readonly (readonly number[])[];
}

const treeCache = new WeakMap<readonly Subject[], SubjectTree>();
/**
 * The hierarchy of the subjects, read from the topics they cover: A is an ancestor of B when A covers every
 * topic B is judged by. @internal
 */
export function subjectTree(subjects: readonly Subject[]): SubjectTree {
  const hit = treeCache.get(subjects);
  if (hit !== undefined) return hit;
  const covers = subjects.map((s) => new Set(s.below));
  const anc = subjects.map((b, j) =>
    subjects
      .map((_, i) => i)
      .filter((i) => i !== j && b.own.length > 0 && b.own.every((t) => covers[i].has(t))),
  );
  const parent = Int32Array.from(anc, (list) => {
    let best = -1;
    for (const i of list) if (best < 0 || covers[i].size < covers[best].size) best = i;
    return best;
  });
  const children = subjects.map((_, i) => [...parent.keys()].filter((j) => parent[j] === i));
  const related = subjects.map((_, i) => {
    const set = new Set<number>(anc[i]);
    anc.forEach((list, j) => {
      if (list.includes(i)) set.add(j);
    });
    return set;
  });
  const tree = { parent, related, children };
  treeCache.set(subjects, tree);
  return tree;
}

/**
 * Features of the co-occurrence pass for subject `i` given the first probabilities `p` of every subject:
 * shared `[logit p_i, p of its parent subject, largest p of its child subjects, largest p of an unrelated
 * subject]` and local (per-subject weights) `[parent p, child max p]`, preceded by 1 (the subject's own bias)
 * when `bias` is true. Without it the pass does not impose the annotated set's base rates (half of it chosen
 * for crime and fraud) on every article; with it, it calibrates the rare subjects better (docs/topics.md).
 * @internal
 */
export function chainFeatures(
  tree: SubjectTree,
  p: ArrayLike<number>,
  i: number,
  bias = false,
): { x: Float64Array; local: Float64Array } {
  const parent = tree.parent[i] >= 0 ? p[tree.parent[i]] : 0;
  let child = 0;
  for (const c of tree.children[i]) child = Math.max(child, p[c]);
  let other = 0;
  for (let j = 0; j < p.length; j++) if (j !== i && !tree.related[i].has(j)) other = Math.max(other, p[j]);
  return {
    x: Float64Array.of(logit(p[i]), parent, child, other),
    local: bias ? Float64Array.of(1, parent, child) : Float64Array.of(parent, child),
  };
}

/** Log-odds of a {@link SubjectLinear} model for subject `i`. @internal */
export function linearLogit(
  model: SubjectLinear,
  i: number,
  row: ArrayLike<number>,
  local: ArrayLike<number>,
): number {
  let z = model.bias;
  const w = model.weights;
  for (let j = 0; j < w.length; j++) z += w[j] * row[j];
  const wl = model.local[i];
  for (let j = 0; j < local.length; j++) z += wl[j] * local[j];
  return z;
}

/**
 * Local features of the salience model (weighted per subject: it is fitted on tens of thousands of
 * articles): 1, every subject feature, the section probabilities. @internal
 */
export function salienceLocal(row: ArrayLike<number>, sections: Float64Array): Float64Array {
  const out = new Float64Array(1 + FEATURES.length + sections.length);
  out[0] = 1;
  for (let j = 0; j < FEATURES.length; j++) out[1 + j] = row[j];
  out.set(sections, 1 + FEATURES.length);
  return out;
}

/** Bound of the salience log-odds fed to the second stage. */
const SALIENCE_CLIP = 8;

/**
 * Appends the salience log-odds to each subject row (the rows of {@link subjectFeatures}), when `salience`
 * is given; the rows are returned unchanged otherwise. @internal
 */
export function withSalience(
  rows: Float64Array[],
  sections: Float64Array,
  salience: SubjectLinear | null | undefined,
): Float64Array[] {
  if (!salience) return rows;
  return rows.map((r, i) => {
    const out = new Float64Array(r.length + 1);
    out.set(r);
    const z = linearLogit(salience, i, r, salienceLocal(r, sections));
    out[r.length] = Math.max(-SALIENCE_CLIP, Math.min(SALIENCE_CLIP, z));
    return out;
  });
}

/** Bound of the text model's evidence fed to the second stage. */
const TEXT_CLIP = 8;
/** Number of words from which the text model's evidence is fully trusted (fewer: scaled by the square root). */
const TEXT_FULL_TRUST_WORDS = 200;

/** How far the text model's evidence is trusted for a text of `words` words (0–1). @internal */
export function textTrust(words: number): number {
  return Math.min(1, Math.sqrt(Math.max(0, words) / TEXT_FULL_TRUST_WORDS));
}

/**
 * The text model's evidence for each subject of `subjects`: its log-odds minus its bias (what the words add
 * to the subject's base rate), clipped and trusted less on short texts (0 for a subject the model does not
 * score). `logits`: the model's log-odds given by the caller (a training script's out-of-fold ones). @internal
 */
export function textEvidence(
  subjects: readonly Subject[],
  vector: KnnVector | undefined,
  words: number,
  logits?: Float64Array,
  model: TextModel = textModel(),
): Float64Array {
  const z = logits ?? textLogits(vector ?? new Map(), model);
  const trust = textTrust(words);
  return Float64Array.from(subjects, (s) => {
    const j = model.codeIndex.get(s.code) ?? -1;
    return j < 0 ? 0 : trust * Math.max(-TEXT_CLIP, Math.min(TEXT_CLIP, z[j] - model.biases[j]));
  });
}

/**
 * Appends the text model's evidence for each subject ({@link TEXT_FEATURE}) to its row: its log-odds minus
 * its bias (what the words add to the subject's base rate, which the second stage's own per-subject biases
 * carry), trusted less on short texts, so that a sentence with few words is not read as evidence against
 * every subject. A subject the model does not score gets 0. @internal
 */
export function withText(
  rows: Float64Array[],
  subjects: readonly Subject[],
  vector: KnnVector | undefined,
  words: number,
  logits?: Float64Array,
): Float64Array[] {
  const ev = textEvidence(subjects, vector, words, logits);
  return rows.map((r, i) => {
    const out = new Float64Array(r.length + 1);
    out.set(r);
    out[r.length] = ev[i];
    return out;
  });
}

/**
 * Local features of a subject row (weighted per subject): 1 (the subject's bias), the logit of its best
 * score, with `text` the text model's evidence (the row's last feature: how far the words are to be trusted
 * differs from subject to subject), and the article's section probabilities from the first stage's learned
 * classes. @internal
 */
export function localFeatures(row: Float64Array, sections: Float64Array, textAt = -1): Float64Array {
  const k = textAt >= 0 ? 3 : 2;
  const out = new Float64Array(k + sections.length);
  out[0] = 1;
  out[1] = row[1];
  if (textAt >= 0) out[2] = row[textAt];
  out.set(sections, k);
  return out;
}

/** The article's section probabilities (learned classes, in model order). @internal */
export function sectionProbabilities(byTopic: readonly (Proposal | undefined)[]): Float64Array {
  const classes = learnedModel().classes;
  return Float64Array.from(classes, (c) => byTopic[topicIndex.get(c.topic) ?? -1]?.learned ?? 0);
}

/** The logit of the best-below feature of a subject without evidence (its score is 0). @internal */
export const NO_EVIDENCE = Math.log(0.001 / 0.999) + 1e-9;

const logit = (p: number) => {
  const q = Math.min(0.999, Math.max(0.001, p));
  return Math.log(q / (1 - q));
};

const actorClassCache = new Map<string, readonly number[]>();
/** The actor classes (src/topics/actors.ts) that support a subject code. */
function actorClassesOf(code: string): readonly number[] {
  let out = actorClassCache.get(code);
  if (out === undefined) {
    out = actorTables()
      .classes.map((c, i) => (c.subjects.includes(code) ? i : -1))
      .filter((i) => i >= 0);
    actorClassCache.set(code, out);
  }
  return out;
}

/**
 * Feature rows of one article, one per subject. `byTopic[t]` is the first-stage score of topic t (or
 * undefined), `words` the article's word count; with `actors` (its actor signals, src/topics/actors.ts) the
 * rows end with the {@link ACTOR_FEATURES}. @internal
 */
export function subjectFeatures(
  subjects: readonly Subject[],
  byTopic: readonly (Proposal | undefined)[],
  words: number,
  actors?: ArrayLike<number>,
): Float64Array[] {
  const all = byTopic.filter((p): p is Proposal => p?.evident === true);
  const sorted = all.map((p) => p.score).sort((a, b) => b - a);
  const max = sorted[0] ?? 0;
  const lw = Math.log(Math.max(10, words)) / 5;
  return subjects.map((s) => {
    let own = 0;
    let below = 0;
    let cue = 0;
    let learned = 0;
    let mass = 0;
    let title = 0;
    let lead = 0;
    let cues = 0;
    let share = 0;
    for (const t of s.below) {
      const p = byTopic[t];
      if (p === undefined) continue;
      if (p.evident) below = Math.max(below, p.score);
      cue = Math.max(cue, p.cueScore);
      learned = Math.max(learned, p.learned);
      mass = Math.max(mass, p.mass);
      cues = Math.max(cues, p.cues);
      share = Math.max(share, p.share);
      if (p.inTitle) title = 1;
      if (p.inLead) lead = 1;
    }
    for (const t of s.own) {
      const p = byTopic[t];
      if (p?.evident) own = Math.max(own, p.score);
    }
    let rank = 0;
    while (rank < sorted.length && sorted[rank] > below) rank++;
    const base = [
      logit(own),
      logit(below),
      cue,
      learned,
      Math.log1p(mass),
      title,
      lead,
      Math.log1p(cues),
      below > 0 ? 1 / (rank + 1) : 0,
      max > 0 ? below / max : 0,
      share,
      lw,
    ];
    if (actors === undefined) return Float64Array.from(base);
    let actorTitle = 0;
    let actorMass = 0;
    for (const c of actorClassesOf(s.code)) {
      actorTitle = Math.max(actorTitle, actors[2 * c]);
      actorMass = Math.max(actorMass, actors[2 * c + 1]);
    }
    return Float64Array.from([...base, actorTitle, actorMass]);
  });
}

let shipped: Calibration | null = null;

/** The shipped neighbour pool, decoded from the generated artefact (vocabulary, counts, subjects, fractional targets). */
function shippedPool(nSubjects: number): KnnPool {
  const vocab = topicKnn.vocabulary.split(' ');
  const vectors: Map<string, number>[] = [];
  const labels: Float64Array[] = [];
  for (const [terms, subjects, partial] of topicKnn.articles) {
    const v = new Map<string, number>();
    let at = 0;
    for (let j = 0; j < terms.length; j += 2) {
      at += terms[j];
      v.set(vocab[at], terms[j + 1]);
    }
    vectors.push(v);
    const y = new Float64Array(nSubjects);
    for (const i of subjects) y[i] = 1;
    // fractional targets: a silver code only one of two annotation passes gave
    if (partial !== undefined) for (let j = 0; j < partial.length; j += 2) y[partial[j]] = partial[j + 1];
    labels.push(y);
  }
  return knnPool(vectors, labels);
}

/** The shipped co-occurrence pass, checked against {@link CHAIN_FEATURES} and {@link CHAIN_LOCAL}. */
function checkedChain(
  chain: {
    features: readonly string[];
    localFeatures?: readonly string[];
    use?: string;
    order?: string;
    weights: readonly number[];
    bias: number;
    local: readonly (readonly number[])[];
  },
  nSubjects: number,
): ChainModel {
  const bias = chain.localFeatures?.[0] === CHAIN_LOCAL[0];
  const nl = bias ? 3 : 2;
  if (
    chain.features.join(' ') !== CHAIN_FEATURES.join(' ') ||
    chain.local.length !== nSubjects ||
    chain.local.some((l) => l.length !== nl) ||
    (chain.use !== undefined && chain.use !== 'replace' && chain.use !== 'raise') ||
    (chain.order !== undefined && chain.order !== 'final' && chain.order !== 'first')
  )
    throw new Error('depeche: topics-calibration artefact is stale; run npm run train');
  return {
    weights: chain.weights,
    bias: chain.bias,
    local: chain.local,
    subjectBias: bias,
    use: chain.use === 'raise' ? 'raise' : 'replace',
    order: chain.order === 'first' ? 'first' : 'final',
  };
}

/**
 * An optional array of the artefact (a per-subject choice of stage, a Platt pair, stacking weights) or null,
 * checked for its length and, where it reads the plain stage, for that stage.
 */
function checkedPart<T>(part: readonly T[] | null, length: number, plainOk = true): readonly T[] | null {
  if (part !== null && (part.length !== length || !plainOk))
    throw new Error('depeche: topics-calibration artefact is stale; run npm run train');
  return part;
}

/** The shipped second stage (decoded once). @internal */
export function shippedCalibration(): Calibration {
  if (shipped !== null) return shipped;
  const { features, weights, bias, subjects, salience, knn, chain, plain } = topicCalibration;
  const actors = features.includes(ACTOR_FEATURES[0]);
  const text = features.includes(TEXT_FEATURE);
  const nl = (text ? 3 : 2) + learnedModel().classes.length;
  const expected = [
    ...FEATURES,
    ...(actors ? ACTOR_FEATURES : []),
    ...(salience === null ? [] : [SALIENCE_FEATURE]),
    ...(text ? [TEXT_FEATURE] : []),
  ];
  if (features.join(' ') !== expected.join(' ')) {
    throw new Error(
      'depeche: topics-calibration artefact does not match the feature list; run npm run train',
    );
  }
  if (text && textModel().codes.length === 0)
    throw new Error('depeche: topics-calibration reads a text model that is empty; run npm run train');
  const ids = (list: string) =>
    list
      .split(' ')
      .map((id) => topicIndex.get(id))
      .filter((i): i is number => i !== undefined);
  shipped = {
    subjects: subjects.map(([code, own, below]) => ({ code, own: ids(own), below: ids(below) })),
    actors,
    text,
    weights,
    bias,
    local: subjects.map((s) => {
      if (s[3].length !== nl)
        throw new Error('depeche: topics-calibration artefact is stale; run npm run train');
      return s[3];
    }),
    salience:
      salience === null
        ? null
        : {
            weights: salience.weights,
            bias: salience.bias,
            local: salience.local.map((l) => {
              if (l.length !== 1 + FEATURES.length + learnedModel().classes.length)
                throw new Error('depeche: topics-calibration artefact is stale; run npm run train');
              return l;
            }),
          },
    knn: knn === null ? null : { ...knn, pool: shippedPool(subjects.length) },
    chain: chain === null ? null : checkedChain(chain, subjects.length),
    textFor: checkedPart(topicCalibration.textFor, subjects.length, plain !== null),
    platt: checkedPart(topicCalibration.platt, 2),
    stack: checkedPart(topicCalibration.stack, 3, plain !== null),
    plain:
      plain === null
        ? null
        : {
            weights: plain.weights,
            bias: plain.bias,
            knnWeight: plain.knnWeight,
            platt: checkedPart(plain.platt, 2),
            local: plain.local.map((l) => {
              if (l.length !== nl - 1 || plain.weights.length !== weights.length - 1)
                throw new Error('depeche: topics-calibration artefact is stale; run npm run train');
              return l;
            }),
          },
  };
  return shipped;
}

/**
 * Probability of each subject of `model` being a main subject of the article. @internal
 */
export function subjectProbabilities(
  props: readonly Proposal[],
  words: number,
  model: Calibration = shippedCalibration(),
  vector?: KnnVector,
  actors?: ArrayLike<number>,
): Float64Array {
  return subjectPasses(props, words, model, vector, actors).final;
}

/**
 * The subject probabilities before the co-occurrence pass (`first`: regression and neighbour lift) and after it
 * (`final`, the returned scores; the same array when the model has no pass). @internal
 */
export function subjectPasses(
  props: readonly Proposal[],
  words: number,
  model: Calibration = shippedCalibration(),
  vector?: KnnVector,
  actors?: ArrayLike<number>,
): { first: Float64Array; final: Float64Array } {
  const byTopic: (Proposal | undefined)[] = new Array(topics.length);
  for (const p of props) byTopic[p.topic] = p;
  const sections = sectionProbabilities(byTopic);
  const base = withSalience(
    subjectFeatures(
      model.subjects,
      byTopic,
      words,
      model.actors ? (actors ?? new Float64Array(2 * actorTables().classes.length)) : undefined,
    ),
    sections,
    model.salience,
  );
  const rows = model.text ? withText(base, model.subjects, vector, words, model.textLogits) : base;
  const lift = model.knn ? knnLift(vector ?? new Map(), model.knn, model.subjects.length) : null;
  const trust = model.text && model.plain ? textTrust(words) : 1;
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const gated = lift !== null && model.knn && (!model.knn.gate || rows[i][1] > NO_EVIDENCE);
    let z = linearLogit(
      model,
      i,
      rows[i],
      localFeatures(rows[i], sections, model.text ? base[i].length : -1),
    );
    if (gated && model.knn) z += model.knn.weight * lift[i];
    if (model.platt) z = model.platt[0] * z + model.platt[1];
    const own = model.textFor?.[i] !== false;
    if ((trust < 1 || !own || model.stack) && model.plain) {
      let zp = linearLogit(model.plain, i, base[i], localFeatures(base[i], sections));
      if (gated) zp += model.plain.knnWeight * lift[i];
      if (model.plain.platt) zp = model.plain.platt[0] * zp + model.plain.platt[1];
      z = own ? trust * z + (1 - trust) * zp : zp;
      if (own && model.stack) z = model.stack[0] * z + model.stack[1] * zp + model.stack[2];
    }
    out[i] = 1 / (1 + Math.exp(-z));
  }
  const chain = model.chain;
  if (!chain) return { first: out, final: out };
  const tree = subjectTree(model.subjects);
  const second = new Float64Array(out.length);
  for (let i = 0; i < out.length; i++) {
    const f = chainFeatures(tree, out, i, chain.subjectBias === true);
    const q = 1 / (1 + Math.exp(-linearLogit(chain, i, f.x, f.local)));
    second[i] = chain.use === 'raise' ? Math.max(out[i], q) : q;
  }
  return { first: out, final: second };
}
