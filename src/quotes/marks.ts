import { K_PUNCT, K_SYMBOL, tokenTable } from '../doc/table.js';
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
  const { sentences } = doc;
  const tokens = tokenTable(doc);
  const pairs: MarkPair[] = [];
  // the stack of open marks (token index, opening character), fixed-size: emptying and refilling an array
  // at each mark made a new backing store each time, some 150 bytes of garbage per mark
  const stackTok = new Int32Array(MAX_DEPTH);
  const stackCh: string[] = new Array<string>(MAX_DEPTH).fill('');
  let depth = 0;
  /** Keeps only the top of the stack (an opening mark glued to the paragraph it opens). */
  const keepTop = () => {
    stackTok[0] = stackTok[depth - 1];
    stackCh[0] = stackCh[depth - 1];
    depth = 1;
  };
  let para = -1;
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens.kind[i];
    const sentence = tokens.sentence[i];
    if (kind !== K_PUNCT && kind !== K_SYMBOL) {
      const p = sentences[sentence]?.paragraph ?? 0;
      if (p !== para) {
        if (depth > 0 && stackTok[depth - 1] === i - 1) keepTop();
        else depth = 0;
        para = p;
      }
      continue;
    }
    const p = sentences[sentence]?.paragraph ?? 0;
    const ch = tokens.text[i];
    if (p !== para) {
      para = p;
      // an opening mark glued to the paragraph it opens but tokenised at the end of the previous one
      // (OrangeSum glues paragraphs: `…Maurane."Ça avait…`) stays open
      if (depth > 0 && stackTok[depth - 1] === i - 1) keepTop();
      else if (depth > 0) {
        // A paragraph opening with the mark of the pending quotation continues it.
        if (OPENERS[ch] !== undefined && OPENERS[ch] === stackCh[0] && ch !== '"') {
          depth = 1;
          continue;
        }
        depth = 0;
      }
    }
    const closes = CLOSERS[ch];
    if (ch === '"') {
      const start = tokens.start[i];
      const end = tokens.end[i];
      const before = start > 0 ? doc.text.charCodeAt(start - 1) : 32;
      const after = end < doc.text.length ? doc.text.charCodeAt(end) : 32;
      // clearly opening: after a space or bracket, before a non-space; a pending straight mark was unbalanced
      if (isSpace(before) && !isSpace(after) && depth > 0 && stackCh[depth - 1] === '"') {
        stackTok[depth - 1] = i;
        continue;
      }
    }
    const floor = Math.max(0, depth - 4);
    if (closes !== undefined && (ch !== '"' || lastStraight(stackCh, depth) >= floor)) {
      let j = depth - 1;
      while (j >= floor && stackCh[j] !== closes) j--;
      if (j >= floor && j >= 0) {
        if (j === 0 && i > stackTok[0] + 1) pairs.push({ open: stackTok[0], close: i });
        depth = j;
        continue;
      }
      if (ch !== '"') continue;
    }
    const opens = OPENERS[ch];
    if (opens !== undefined && depth < MAX_DEPTH) {
      stackTok[depth] = i;
      stackCh[depth] = opens;
      depth++;
    }
  }
  return pairs;
}

/** Index of the last straight mark `"` among the first `depth` entries of the stack, or -1. */
function lastStraight(stackCh: readonly string[], depth: number): number {
  let q = depth - 1;
  while (q >= 0 && stackCh[q] !== '"') q--;
  return q;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || c === 40 || c === 91;
}
