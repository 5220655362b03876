/** Searches over spans kept in text order (tokens, entities, occurrences). @internal */

/**
 * Index of the first item whose `start` is at or after `pos` (items sorted by `start`); `items.length`
 * when there is none.
 *
 * @example
 * ```ts
 * firstAtOrAfter([{ start: 0 }, { start: 5 }, { start: 9 }], 5); // 1
 * firstAtOrAfter([{ start: 0 }, { start: 5 }], 6);               // 2
 * ```
 */
export function firstAtOrAfter(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the item that starts exactly at `start` (items sorted by `start`, starts distinct), or -1.
 *
 * @example
 * ```ts
 * indexStartingAt(doc.tokens, entity.start); // the entity's first token
 * ```
 */
export function indexStartingAt(items: readonly { start: number }[], start: number): number {
  const i = firstAtOrAfter(items, start);
  return i < items.length && items[i].start === start ? i : -1;
}

/**
 * Index of the token that starts exactly at `start`, from a token table's `start` column (sorted,
 * distinct), or -1: {@link indexStartingAt} without token objects.
 *
 * @example
 * ```ts
 * tokenStartingAt(tokenTable(doc).start, entity.start); // the entity's first token
 * ```
 */
export function tokenStartingAt(starts: ArrayLike<number>, start: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo] === start ? lo : -1;
}
