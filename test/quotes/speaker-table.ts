/**
 * The shared pieces of the speaker tables (test/quotes/speakers-*.test.ts): quotations as `analyze()` finds
 * them (with the entity stage), and the check of one row's expected speaker.
 */
import { expect, it } from 'vitest';
import { createDoc, extractEntities, extractQuotes, type Quote } from '../../src/index.js';

/** The quotations of a text, with speakers linked to the entity stage's mentions, as in `analyze()`. */
export function quotes(text: string): Quote[] {
  const doc = createDoc(text);
  return extractQuotes(doc, { entities: extractEntities(doc) });
}

/** [why, text, index of the direct quotation, expected speaker: its entity, or { text } unlinked, or null] */
export type Row = [string, string, number, string | { text: string; type?: string } | null];

/**
 * The speaker of the `index`-th direct quotation of `text`: linked to the entity `want`, or the unlinked
 * mention `want` (its text, and its type when given), or null.
 */
export function check(text: string, index: number, want: Row[3]): void {
  const found = quotes(text).filter((q) => q.kind === 'direct');
  expect(found.length).toBeGreaterThan(index);
  const sp = found[index].speaker;
  if (want === null) expect(sp).toBeNull();
  else if (typeof want === 'string') expect(sp?.entity).toBe(want);
  else {
    expect(sp).toMatchObject(want);
    expect(sp?.entity).toBeUndefined();
  }
}

/** One test per row of a speaker table, named by its `why`. */
export function speakerRows(rows: readonly Row[]): void {
  for (const [why, text, index, want] of rows) it(why, () => check(text, index, want));
}
