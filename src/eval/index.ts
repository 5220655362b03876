/**
 * Scorers shared by the tests, the evaluation scripts and users' own fixture suites:
 * span precision/recall/F1 per type, ROUGE-1/2/L for summaries.
 * @packageDocumentation
 */

export type { RougeOptions, RougeScore, RougeScores, RougeText, RougeTokenizer } from './rouge.js';
export { meanRouge, rouge, rougeTokens } from './rouge.js';
export type { LabeledSpan, SpanScores, TypeScore } from './spans.js';
export { scoreSpans } from './spans.js';
export type { PRF, TimexScores, TimexSpan } from './timex.js';
export { scoreTimex, sumTimex } from './timex.js';
