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
        if (stackTok.length > 0 && stackTok[stackTok.length - 1] === i - 1) {
          stackTok.splice(0, stackTok.length - 1);
          stackCh.splice(0, stackCh.length - 1);
        } else stackTok.length = stackCh.length = 0;
        para = p;
      }
      continue;
    }
    const p = sentences[t.sentence]?.paragraph ?? 0;
    const ch = t.text;
    if (p !== para) {
      para = p;
      // an opening mark glued to the paragraph it opens but tokenised at the end of the previous one
      // (OrangeSum glues paragraphs: `…Maurane."Ça avait…`) stays open
      if (stackTok.length > 0 && stackTok[stackTok.length - 1] === i - 1) {
        stackTok.splice(0, stackTok.length - 1);
        stackCh.splice(0, stackCh.length - 1);
      } else if (stackTok.length > 0) {
        // A paragraph opening with the mark of the pending quotation continues it.
        if (OPENERS[ch] !== undefined && OPENERS[ch] === stackCh[0] && ch !== '"') {
          stackTok.length = stackCh.length = 1;
          continue;
        }
        stackTok.length = stackCh.length = 0;
      }
    }
    const closes = CLOSERS[ch];
    if (ch === '"') {
      const before = t.start > 0 ? doc.text.charCodeAt(t.start - 1) : 32;
      const after = t.end < doc.text.length ? doc.text.charCodeAt(t.end) : 32;
      // clearly opening: after a space or bracket, before a non-space; a pending straight mark was unbalanced
      if (isSpace(before) && !isSpace(after) && stackCh[stackCh.length - 1] === '"') {
        stackTok[stackTok.length - 1] = i;
        continue;
      }
    }
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

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || c === 40 || c === 91;
}
