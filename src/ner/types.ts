import type { Span } from '../doc/types.js';

/**
 * The kinds of entity `extractEntities()` finds: people, organisations, places, other names (events,
 * works, products) and dates.
 * @example
 * ```ts
 * const wanted: EntityType[] = ['PER', 'ORG'];
 * extractEntities(text, { types: wanted });
 * ```
 */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC' | 'DATE';

/**
 * One entity mention. `text === input.slice(start, end)` always holds.
 * @example
 * ```ts
 * const [e] = extractEntities('Nasser Bourita est arrivé.');
 * // { text: 'Nasser Bourita', type: 'PER', start: 0, end: 14, score: 0.98, canonical: 'Nasser Bourita' }
 * ```
 */
export interface Entity extends Span {
  /** The exact characters of the input. */
  text: string;
  type: EntityType;
  /** Confidence in 0..1 (from the model's margin over the all-outside reading of the same tokens). */
  score: number;
  /** The fullest name this mention refers to in the same text ("Hammouchi" → "Abdellatif Hammouchi"). */
  canonical?: string;
  /** TIMEX3 value of a DATE (from `extractDates`). */
  value?: string;
}

/**
 * Options of `extractEntities()`.
 * @example
 * ```ts
 * extractEntities(text, { referenceDate: '2025-11-25', types: ['PER', 'DATE'] });
 * ```
 */
export interface ExtractEntitiesOptions {
  /** Date the text was written, used to resolve relative dates ("lundi", "hier"). */
  referenceDate?: Date | string;
  /** Keep only these types (default: all). */
  types?: readonly EntityType[];
  /** Largest accepted input, in UTF-16 code units (default 1,000,000). */
  maxLength?: number;
}

/**
 * Where a mention is: its text and offsets. The mentions of `analyze().entityGroups` have this shape.
 * @example
 * ```ts
 * const m: EntityMention = { text: 'Macron', start: 25, end: 31 };
 * ```
 */
export interface EntityMention extends Span {
  text: string;
}

/**
 * One entity with all its mentions: `groupEntities()` gives its mentions as full {@link Entity} objects,
 * `analyze().entityGroups` as {@link EntityMention} (text and offsets). `start`/`end` are those of the first
 * mention.
 * @example
 * ```ts
 * groupEntities(extractEntities('Emmanuel Macron a parlé. Macron a ensuite quitté Paris.'));
 * // [{ canonical: 'Emmanuel Macron', type: 'PER', start: 0, end: 15, count: 2, mentions: [...] }, { canonical: 'Paris', ... }]
 * ```
 */
export interface EntityGroup<M extends EntityMention = Entity> extends Span {
  /** The fullest name of the entity in the text. */
  canonical: string;
  type: EntityType;
  /** Every mention, in text order. */
  mentions: M[];
  /** `mentions.length`. */
  count: number;
}
