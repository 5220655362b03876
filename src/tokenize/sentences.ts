import type { Sentence, Token } from '../doc/types.js';
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
function terminalKind(t: Token): number {
  if (t.kind === 'punct') {
    if (TERMINAL.has(t.text) || (t.text.length > 1 && /^[.!?…]+$/.test(t.text))) return 1;
    return 0;
  }
  if (t.kind === 'word' && t.text.length > 1 && t.text.charCodeAt(t.text.length - 1) === 0x2e) {
    if (TITLES.has(t.text)) return 0;
    if (t.text.length === 2 || isDotted(t.text)) return 0; // initials, U.S.A., J.-C.
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

function startsUpperOrDigit(t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word' && t.kind !== 'mention' && t.kind !== 'hashtag')
    return t.kind === 'punct' && OPENING.has(t.text);
  return isUpper(t.text[0]);
}

/**
 * Groups tokens into sentences and paragraphs, and sets `token.sentence`.
 * Rules: a blank line or a line break ends a sentence (headlines, bylines), unless a wrapped line goes on
 * in lowercase; `.`, `!`, `?`, `…` end one when the next token starts with a capital, a digit, an opening
 * quote or a dash (closing quotes stay with the sentence they close); abbreviations (`M.`, `etc.`) and
 * initials do not; a full stop glued to a capital (`pyrénéen.Alors`) ends a paragraph too, and so does a
 * lowercase letter or a digit glued to a capitalised word (`Europe 1Pour`, `MussoOn`).
 * @internal use `sentences()` or `createDoc()`.
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  const n = tokens.length;
  if (n === 0) return out;
  let first = 0;
  let paragraph = 0;
  let nextParagraph = 0;
  const close = (endTok: number) => {
    const s = tokens[first].start;
    const e = tokens[endTok - 1].end;
    const index = out.length;
    for (let k = first; k < endTok; k++) tokens[k].sentence = index;
    out.push({ text: text.slice(s, e), start: s, end: e, tokenStart: first, tokenEnd: endTok, paragraph });
    first = endTok;
    paragraph = nextParagraph;
  };
  // the last token so far that is not a closing quote or bracket (kept up to date: no scan back)
  let lastOpen = -1;
  for (let k = 1; k < n; k++) {
    const prev = tokens[k - 1];
    const next = tokens[k];
    const gapBreaks = prev.end === next.start ? 0 : lineBreaks(text, prev.end, next.start);
    if (!(prev.kind === 'punct' && CLOSING.has(prev.text))) lastOpen = k - 1;
    // the last token of this sentence that is not a closing quote or bracket (else its first token)
    const m = Math.max(lastOpen, first);
    const term = terminalKind(tokens[m]);
    if (gapBreaks > 0) {
      const wrapped = term === 0 && next.kind === 'word' && isLower(next.text[0]) && gapBreaks === 1;
      if (!wrapped) {
        nextParagraph = paragraph + 1;
        close(k);
      }
      continue;
    }
    // paragraphs glued without a space ("Europe 1Pour", "MussoOn"): the tokenizer split the run there
    if (
      prev.end === next.start &&
      next.kind === 'word' &&
      (prev.kind === 'word' || prev.kind === 'number') &&
      isUpper(next.text[0]) &&
      (prev.kind === 'number' || isLower(prev.text[prev.text.length - 1]))
    ) {
      nextParagraph = paragraph + 1;
      close(k);
      continue;
    }
    if (term === 0) continue;
    // a closing quote right after the terminal belongs to this sentence
    if (next.kind === 'punct' && CLOSING.has(next.text) && prev.end === next.start) continue;
    if (next.kind === 'punct' && CLOSING.has(next.text) && !OPENING.has(next.text)) continue;
    if (term === 2 && !(next.kind === 'word' && isUpper(next.text[0]) && !next.text.endsWith('.'))) continue;
    if (!startsUpperOrDigit(next)) continue;
    // a full stop glued to the next word: paragraphs pasted without a space
    const glued = prev.end === next.start && next.kind === 'word';
    if (glued) nextParagraph = paragraph + 1;
    close(k);
  }
  close(n);
  return out;
}
