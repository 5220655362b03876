/** Second stage and selection: subject probabilities turned into the returned topics. */
import type { Doc } from '../doc/index.js';
import { type Calibration, shippedCalibration, subjectPasses } from './calibrate.js';
import { topics } from './taxonomy.js';
import type { Hit, Proposals, Topic, TopicScore } from './types.js';

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
/**
 * Order of the returned list: a topic's rank score is its score times BRANCH_DISCOUNT when a topic of its
 * IPTC top-level branch is already placed above it, so that a second topic of one branch gives way to a
 * first topic of another branch with real evidence (energy and business information do not take two of
 * the first three places when environment is close behind). Only the order changes, never which topics
 * pass the threshold. Chosen on the OrangeSum train hold-out (scripts/eval/topics-diversity.ts).
 */
export const BRANCH_DISCOUNT = 0.4;

/**
 * Greedy diversity re-rank (MMR-like): repeatedly places the item with the highest rank score, its score
 * times `discount` when an item of its group is already placed (once, however many); ties keep the input
 * order. So the first item of every group whose score beats `discount` times the others' comes first, then
 * the rest by score. With every item in one group, or `discount` 1, the input order (by score) is kept.
 * @internal
 */
export function diversify<T>(
  items: readonly T[],
  score: (t: T) => number,
  group: (t: T) => string,
  discount: number,
): T[] {
  const left = [...items];
  const placed = new Set<string>();
  const out: T[] = [];
  while (left.length > 0) {
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < left.length; i++) {
      const s = placed.has(group(left[i])) ? score(left[i]) * discount : score(left[i]);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    const [t] = left.splice(best, 1);
    placed.add(group(t));
    out.push(t);
  }
  return out;
}

/** The IPTC top-level branch of a returned topic (its last parent, or itself). */
const branchOf = (t: Topic): string => t.parents[t.parents.length - 1] ?? t.id;

/**
 * Second stage and selection. Each subject (IPTC code) more likely than `threshold` is returned as its most
 * specific topic with evidence whose first-stage score is close to the best of that subject's topics
 * (a finer tag such as `ransomware` when its evidence is as strong as its parent's), scored with the
 * subject's probability. A subject's topic is left out when a descendant subject is listed as a likely main
 * subject (it is implied by that topic's `parents`). The list is ordered by score with a discount for
 * topics of a branch already placed above ({@link diversify}, `discount`). @internal
 */
export function rankTopics(
  doc: Doc,
  { scores, words, vector, actors }: Proposals,
  threshold: number,
  limit: number,
  fallback = DEFAULT_FALLBACK,
  model: Calibration = shippedCalibration(),
  discount = BRANCH_DISCOUNT,
): Topic[] {
  const { first, final: p } = subjectPasses(scores, words, model, vector, actors);
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
  }
  // The order: by score, or (a co-occurrence pass with order `first`) by the subject's probability before the
  // pass, so that the pass decides what is returned and with what score but not which topics `limit` keeps.
  const key =
    model.chain?.order === 'first' ? (t: Topic) => first[subjectOf.get(t) ?? 0] : (t: Topic) => t.score;
  return diversify(kept, key, branchOf, discount).slice(0, limit);
}
