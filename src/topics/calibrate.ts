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
import { learnedModel } from './model.js';
import { topicIndex, topics } from './taxonomy.js';
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

/** One subject: an IPTC code, the topics judged by it (`own`) and every topic it covers (`below`). @internal */
export interface Subject {
  code: string;
  /** Topic indices whose own (or nearest ancestor's) code is this subject's, finest last. */
  own: readonly number[];
  /** Topic indices covered: `own` and the topics of descendant subjects. */
  below: readonly number[];
}

/** A fitted second stage. @internal */
export interface Calibration {
  subjects: readonly Subject[];
  weights: readonly number[];
  bias: number;
  /** Per subject, the weights of its local features ({@link localFeatures}): its bias first. */
  local: readonly (readonly number[])[];
}

/**
 * Local features of a subject row (weighted per subject): 1 (the subject's bias), the logit of its best
 * score, and the article's section probabilities from the first stage's learned classes. @internal
 */
export function localFeatures(row: Float64Array, sections: Float64Array): Float64Array {
  const out = new Float64Array(2 + sections.length);
  out[0] = 1;
  out[1] = row[1];
  out.set(sections, 2);
  return out;
}

/** The article's section probabilities (learned classes, in model order). @internal */
export function sectionProbabilities(byTopic: readonly (Proposal | undefined)[]): Float64Array {
  const classes = learnedModel().classes;
  return Float64Array.from(classes, (c) => byTopic[topicIndex.get(c.topic) ?? -1]?.learned ?? 0);
}

const logit = (p: number) => {
  const q = Math.min(0.999, Math.max(0.001, p));
  return Math.log(q / (1 - q));
};

/**
 * Feature rows of one article, one per subject. `byTopic[t]` is the first-stage score of topic t (or
 * undefined), `words` the article's word count. @internal
 */
export function subjectFeatures(
  subjects: readonly Subject[],
  byTopic: readonly (Proposal | undefined)[],
  words: number,
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
    return Float64Array.of(
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
    );
  });
}

let shipped: Calibration | null = null;

/** The shipped second stage (decoded once). @internal */
export function shippedCalibration(): Calibration {
  if (shipped !== null) return shipped;
  const { features, weights, bias, subjects } = topicCalibration;
  const nl = 2 + learnedModel().classes.length;
  if (features.join(' ') !== FEATURES.join(' ')) {
    throw new Error(
      'depeche: topics-calibration artefact does not match the feature list; run npm run train',
    );
  }
  const ids = (list: string) =>
    list
      .split(' ')
      .map((id) => topicIndex.get(id))
      .filter((i): i is number => i !== undefined);
  shipped = {
    subjects: subjects.map(([code, own, below]) => ({ code, own: ids(own), below: ids(below) })),
    weights,
    bias,
    local: subjects.map((s) => {
      if (s[3].length !== nl)
        throw new Error('depeche: topics-calibration artefact is stale; run npm run train');
      return s[3];
    }),
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
): Float64Array {
  const byTopic: (Proposal | undefined)[] = new Array(topics.length);
  for (const p of props) byTopic[p.topic] = p;
  const rows = subjectFeatures(model.subjects, byTopic, words);
  const sections = sectionProbabilities(byTopic);
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    let z = model.bias;
    const f = rows[i];
    for (let j = 0; j < f.length; j++) z += model.weights[j] * f[j];
    const l = localFeatures(f, sections);
    const w = model.local[i];
    for (let j = 0; j < l.length; j++) z += w[j] * l[j];
    out[i] = 1 / (1 + Math.exp(-z));
  }
  return out;
}
