/**
 * Scorers shared by the tests, the evaluation scripts and users' own fixture suites:
 * span precision/recall/F1 per type.
 * @packageDocumentation
 */

export type { LabeledSpan, SpanScores, TypeScore } from './spans.js';
export { scoreSpans } from './spans.js';
