import type { Span, TextOptions } from '../doc/types.js';
import type { Entity } from '../ner/types.js';

/**
 * How a quotation is reported: `direct` (verbatim, between quotation marks), `indirect` (reported content
 * without marks: "X a affirmé que …", "selon X, …"), `mixed` (reported content holding a quoted fragment:
 * "il a dit qu'il était « très inquiet »").
 * @example
 * ```ts
 * const kinds: QuoteKind[] = extractQuotes(text).map((q) => q.kind);
 * ```
 */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/**
 * Who a quotation is attributed to: the mention in the text (a name, a role, a pronoun) and, when the text
 * links it to a person or organisation found by the entity stage, the index of that entity's group.
 * @example
 * ```ts
 * const s: QuoteSpeaker = { text: 'il', start: 120, end: 122, type: 'PER', group: 0, entity: 'Abdellatif Hammouchi' };
 * ```
 */
export interface QuoteSpeaker extends Span {
  /** The mention as written (`text === input.slice(start, end)`): "Rémy Heitz", "le ministre", "il". */
  text: string;
  /** `PER` a person, `ORG` an organisation or institution, `OTHER` an unnamed role or group ("certains experts"). */
  type: 'PER' | 'ORG' | 'OTHER';
  /**
   * Index into `analyze().entityGroups` (or `groupEntities(options.entities)`) of the person or organisation
   * the mention refers to: a pronoun or a role resolved to a name. Absent when no entity is linked.
   */
  group?: number;
  /** Canonical (fullest) name of that entity, when linked. */
  entity?: string;
}

/**
 * The word that introduces a quotation: a speech verb ("déclaré", "estime", "disent") or a source marker
 * ("selon", "d'après"), with its lemma.
 * @example
 * ```ts
 * const c: QuoteCue = { text: 'disent', start: 10, end: 16, lemma: 'dire' };
 * ```
 */
export interface QuoteCue extends Span {
  text: string;
  /** Infinitive of the verb ("déclarer"), or the marker itself ("selon"). */
  lemma: string;
}

/**
 * One quotation: its content span (without the quotation marks), kind, speaker and cue.
 * @example
 * ```ts
 * const [q] = extractQuotes('« Nous irons jusqu’au bout », a déclaré le ministre.');
 * q.text;         // 'Nous irons jusqu’au bout'
 * q.speaker?.text; // 'le ministre'
 * q.cue?.lemma;    // 'déclarer'
 * ```
 */
export interface Quote extends Span {
  /** The quoted content, `text === input.slice(start, end)`. */
  text: string;
  kind: QuoteKind;
  /** The source, or `null` when the text does not say who speaks. */
  speaker: QuoteSpeaker | null;
  /** The speech verb or marker, or `null` (a quotation attributed by its context only, or "X : « … »"). */
  cue: QuoteCue | null;
  /** Confidence in [0, 1] of the pattern that found the quotation. */
  score: number;
  /** Id of the grammar rule that found it (`direct-incise`, `indirect-que`, `selon`…): why it is there. */
  rule: string;
}

/**
 * Options of {@link extractQuotes}.
 * @example
 * ```ts
 * const doc = createDoc(text);
 * extractQuotes(doc, { entities: extractEntities(doc) });
 * ```
 */
export interface QuoteOptions extends TextOptions {
  /**
   * Entities of the same text (from `extractEntities`), used to type speakers and link them to entity
   * groups. Without them, names are taken from capitalised word runs: speakers are still found, but carry
   * no `group` and coarser types. `analyze()` passes its entities.
   */
  entities?: readonly Entity[];
}
