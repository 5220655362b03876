/**
 * The shared pieces of the indirect-quotation tables (test/quotes/indirect-*.test.ts): one row's check that a
 * sentence reports the expected content, and the check that a look-alike reports none. Quotations are found
 * as `analyze()` finds them (`quotes()` of ./speaker-table.ts).
 */
import { expect } from 'vitest';
import { quotes } from './speaker-table.js';

/** [sentence, reported content (exact text), kind, rule, cue text, speaker text (undefined: not checked)] */
export type FoundRow = [string, string, 'indirect' | 'mixed', string, string, string | undefined];

/** The sentence of `row` holds a quotation with exactly its text, kind, rule, cue and (when given) speaker. */
export function checkFound([sentence, text, kind, rule, cue, speaker]: FoundRow): void {
  const all = quotes(sentence);
  const q = all.find((x) => x.text === text);
  expect(q, JSON.stringify(all.map((x) => [x.text, x.kind, x.rule]))).toBeDefined();
  expect(q?.kind).toBe(kind);
  expect(q?.rule).toBe(rule);
  expect(q?.cue?.text).toBe(cue);
  if (speaker !== undefined) expect(q?.speaker?.text ?? null).toBe(speaker);
}

/** A look-alike: no indirect or mixed quotation in `sentence`. */
export function checkNoneReported(sentence: string): void {
  expect(quotes(sentence).filter((q) => q.kind !== 'direct')).toEqual([]);
}
