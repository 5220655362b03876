import type { Doc, Span, TextOptions } from '../doc/index.js';
import type { KnnVector } from './knn.js';

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
   * Smallest score kept (default 0.4: the topics likely enough to be main subjects, where
   * F1 peaks under cross-validation; with the default, an article none of whose subjects reaches 0.4 still gets
   * its most likely one if that reaches 0.3). Raise it (0.5, 0.6) for fewer, surer tags; lower it for a broader,
   * recall-oriented list (e.g. 0.2), with `limit`.
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

/** A span supporting a topic, with its weight in the first stage. @internal */
export interface Hit {
  start: number;
  end: number;
  weight: number;
}

/** First-stage score of one topic for one Doc. @internal */
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

/** First stage output for one Doc, ready for the second stage. @internal */
export interface Proposals {
  /** Every topic scored by the first stage (`evident`: it has evidence). */
  scores: (TopicScore & { evident: boolean })[];
  words: number;
  /** Actor signals ({@link actorSignals} in src/topics/actors.ts): per actor class, in the title and prominence. */
  actors?: Float64Array;
  /** The article's weighted stem counts, for the second stage's neighbour pool (only when it has one). */
  vector?: KnnVector;
}
