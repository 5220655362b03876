import { K_HASHTAG, K_MENTION, K_NUMBER, K_PUNCT, K_WORD, type TokenTable } from '../doc/table.js';
import type { Sentence } from '../doc/types.js';
import { titles } from '../lang/fr/generated/fr.js';
import { isLineBreak, isLower, isUpper } from './chars.js';

const TITLES = new Set(titles.map((t) => `${t}.`));
const TERMINAL = new Set(['.', '!', '?', '...', '…', '?!', '!?', '!!', '??', '!!!', '???']);
const CLOSING = new Set(['»', '”', '"', ')', ']', "'", '’']);
const OPENING = new Set(['«', '“', '"', '(', '[', '—', '–', '-', '•', '*']);

/** Initials and dotted acronyms: every other character is a full stop (U.S.A., J.-C.). */
function isDotted(s: string): boolean {
  return s.length >= 4 && s[1] === '.' && s[s.length - 1] === '.' && isUpper(s[0]);
}

/** How a token can end a sentence: 0 never, 1 always (`.`, `!`, `?`), 2 when the next word is capitalised (`etc.`). */
function terminalKind(tb: TokenTable, k: number): number {
  const kind = tb.kind[k];
  const text = tb.text[k];
  if (kind === K_PUNCT) {
    if (TERMINAL.has(text) || (text.length > 1 && /^[.!?…]+$/.test(text))) return 1;
    return 0;
  }
  if (kind === K_WORD && text.length > 1 && text.charCodeAt(text.length - 1) === 0x2e) {
    if (TITLES.has(text)) return 0;
    if (text.length === 2 || isDotted(text)) return 0; // initials, U.S.A., J.-C.
    return 2;
  }
  return 0;
}

/** Counts line breaks between two offsets (CRLF counts once). */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (isLineBreak(c) && !(c === 0x0d && text.charCodeAt(p + 1) === 0x0a)) count++;
  }
  return count;
}

function startsUpperOrDigit(tb: TokenTable, k: number): boolean {
  const kind = tb.kind[k];
  if (kind === K_NUMBER) return true;
  if (kind !== K_WORD && kind !== K_MENTION && kind !== K_HASHTAG)
    return kind === K_PUNCT && OPENING.has(tb.text[k]);
  return isUpper(tb.text[k][0]);
}

/**
 * Groups tokens into sentences and paragraphs, and fills the table's `sentence` column.
 * Rules: a blank line or a line break ends a sentence (headlines, bylines), unless a wrapped line goes on
 * in lowercase; `.`, `!`, `?`, `…` end one when the next token starts with a capital, a digit, an opening
 * quote or a dash (closing quotes stay with the sentence they close); abbreviations (`M.`, `etc.`) and
 * initials do not; a full stop glued to a capital (`pyrénéen.Alors`) ends a paragraph too, and so does a
 * lowercase letter or a digit glued to a capitalised word (`Europe 1Pour`, `MussoOn`).
 * @internal use `sentences()` or `createDoc()`.
 */
export function splitSentences(text: string, tb: TokenTable): Sentence[] {
  const out: Sentence[] = [];
  const n = tb.length;
  if (n === 0) return out;
  const { start: starts, end: ends, kind: kinds, text: texts, sentence } = tb;
  let first = 0;
  let paragraph = 0;
  let nextParagraph = 0;
  const close = (endTok: number) => {
    const s = starts[first];
    const e = ends[endTok - 1];
    const index = out.length;
    sentence.fill(index, first, endTok);
    out.push({ text: text.slice(s, e), start: s, end: e, tokenStart: first, tokenEnd: endTok, paragraph });
    first = endTok;
    paragraph = nextParagraph;
  };
  // the last token so far that is not a closing quote or bracket (kept up to date: no scan back)
  let lastOpen = -1;
  for (let k = 1; k < n; k++) {
    const prevEnd = ends[k - 1];
    const nextStart = starts[k];
    const prevKind = kinds[k - 1];
    const nextKind = kinds[k];
    const prevText = texts[k - 1];
    const nextText = texts[k];
    const gapBreaks = prevEnd === nextStart ? 0 : lineBreaks(text, prevEnd, nextStart);
    if (!(prevKind === K_PUNCT && CLOSING.has(prevText))) lastOpen = k - 1;
    // the last token of this sentence that is not a closing quote or bracket (else its first token)
    const m = Math.max(lastOpen, first);
    const term = terminalKind(tb, m);
    if (gapBreaks > 0) {
      const wrapped = term === 0 && nextKind === K_WORD && isLower(nextText[0]) && gapBreaks === 1;
      if (!wrapped) {
        nextParagraph = paragraph + 1;
        close(k);
      }
      continue;
    }
    // paragraphs glued without a space ("Europe 1Pour", "MussoOn"): the tokenizer split the run there
    if (
      prevEnd === nextStart &&
      nextKind === K_WORD &&
      (prevKind === K_WORD || prevKind === K_NUMBER) &&
      isUpper(nextText[0]) &&
      (prevKind === K_NUMBER || isLower(prevText[prevText.length - 1]))
    ) {
      nextParagraph = paragraph + 1;
      close(k);
      continue;
    }
    if (term === 0) continue;
    // a closing quote right after the terminal belongs to this sentence
    if (nextKind === K_PUNCT && CLOSING.has(nextText) && prevEnd === nextStart) continue;
    if (nextKind === K_PUNCT && CLOSING.has(nextText) && !OPENING.has(nextText)) continue;
    if (term === 2 && !(nextKind === K_WORD && isUpper(nextText[0]) && !nextText.endsWith('.'))) continue;
    if (!startsUpperOrDigit(tb, k)) continue;
    // a full stop glued to the next word: paragraphs pasted without a space
    const glued = prevEnd === nextStart && nextKind === K_WORD;
    if (glued) nextParagraph = paragraph + 1;
    close(k);
  }
  close(n);
  return out;
}
