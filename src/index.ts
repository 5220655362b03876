/**
 * depeche: French news articles to structured data.
 * @packageDocumentation
 */

export type {
  Analysis,
  AnalysisOf,
  AnalysisStats,
  AnalyzeOptions,
  Article,
  GatedEntity,
  StageName,
  StageValue,
} from './analyze/index.js';
export { analyze } from './analyze/index.js';
export type { DateMention, DateOptions, DateType } from './dates/index.js';
export { extractDates } from './dates/index.js';
export type { Doc, Sentence, Span, TextOptions, Token, TokenKind } from './doc/index.js';
export { createDoc, DEFAULT_MAX_LENGTH, isDoc } from './doc/index.js';
export type { LanguageCandidate, LanguageOptions, LanguageResult } from './langid/index.js';
export { detectLanguage, LANGID_MIN_LETTERS } from './langid/index.js';
export type {
  Entity,
  EntityGroup,
  EntityMention,
  EntityType,
  ExtractEntitiesOptions,
} from './ner/index.js';
export { extractEntities, groupEntities } from './ner/index.js';
export type { Quote, QuoteCue, QuoteKind, QuoteOptions, QuoteSpeaker } from './quotes/index.js';
export { extractQuotes } from './quotes/index.js';
export type {
  NonMaterialReason,
  SummarizeInput,
  SummarizeOptions,
  Summary,
  SummarySentence,
} from './summarize/index.js';
export { summarize } from './summarize/index.js';
export { sentences, tokenize } from './tokenize/index.js';
export type { Topic, TopicEvidence, TopicInfo, TopicInput, TopicOptions } from './topics/index.js';
export { tagTopics, topics as topicTaxonomy } from './topics/index.js';
