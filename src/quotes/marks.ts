import type { Doc } from '../doc/types.js';

/**
 * A pair of quotation marks: token indices of the opening and the closing mark. Only outermost pairs are
 * kept (a quotation nested in another is part of it).
 * @internal
 */
export interface MarkPair {
  open: number;
  close: number;
}

const OPENERS: Record<string, string> = { '«': '«', '“': '“', '„': '“', '‹': '‹', '"': '"' };
const CLOSERS: Record<string, string> = { '»': '«', '”': '“', '›': '‹', '"': '"' };

/** Largest nesting kept: deeper opening marks are ignored, so the scan stays linear on any input. */
const MAX_DEPTH = 8;

/**
 * Pairs the quotation marks of a text in one left-to-right pass (linear time, bounded stack).
 * `«`/`»`, `“`/`”` (and `„`), `‹`/`›` are directed; a straight `"` closes an open `"` and opens otherwise.
 * A quotation does not cross a paragraph break unless the next paragraph starts with the same opening mark
 * (the French convention for quotations running over several paragraphs). Unclosed marks are dropped.
 * @internal
 */
export function pairMarks(doc: Doc): MarkPair[] {
  const { tokens, sentences } = doc;
  const pairs: MarkPair[] = [];
  const stackTok: number[] = [];
  const stackCh: string[] = [];
  let para = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct' && t.kind !== 'symbol') {
      const p = sentences[t.sentence]?.paragraph ?? 0;
      if (p !== para) {
        if (stackTok.length > 0) stackTok.length = stackCh.length = 0;
        para = p;
      }
      continue;
    }
    const p = sentences[t.sentence]?.paragraph ?? 0;
    const ch = t.text;
    if (p !== para) {
      para = p;
      if (stackTok.length > 0) {
        // A paragraph opening with the mark of the pending quotation continues it.
        if (OPENERS[ch] !== undefined && OPENERS[ch] === stackCh[0] && ch !== '"') {
          stackTok.length = stackCh.length = 1;
          continue;
        }
        stackTok.length = stackCh.length = 0;
      }
    }
    const closes = CLOSERS[ch];
    if (closes !== undefined && (ch !== '"' || stackCh.lastIndexOf('"') >= Math.max(0, stackCh.length - 4))) {
      let j = stackCh.length - 1;
      const floor = Math.max(0, stackCh.length - 4);
      while (j >= floor && stackCh[j] !== closes) j--;
      if (j >= floor && j >= 0) {
        if (j === 0 && i > stackTok[0] + 1) pairs.push({ open: stackTok[0], close: i });
        stackTok.length = stackCh.length = j;
        continue;
      }
      if (ch !== '"') continue;
    }
    const opens = OPENERS[ch];
    if (opens !== undefined && stackTok.length < MAX_DEPTH) {
      stackTok.push(i);
      stackCh.push(opens);
    }
  }
  return pairs;
}
