/** The scanner's token view and state, shared by every family of rules. @internal */
import type { Token } from '../../doc/types.js';
import { fold } from '../lexicon.js';
import type { Cand, Sem, Tok } from './types.js';

export const reSplit = /^(\d{1,4}(?:[hH]\d{0,2})?)([-/])(\d{1,4}(?:[hH]\d{0,2})?)$/;
export const reHourTok = /^(\d{1,2})[hH](\d{2})?$/;
export const reDigits = /^\d+$/;
export const reDecimal = /^\d+(?:[.,]\d+)?$/;
/** "4.500" written with a dot between thousands */
export const reThousands = /^\d{1,3}(?:\.\d{3})+$/;
export const reDotted = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/;
export const reIso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
export const reOrdinal = /^(\d{1,2})(?:er|re|ère|e|eme|ème)$/i;
export const reRomanCentury = /^([ivxlc]+)(?:e|eme|ème)$/i;
export const reUpper = /^\p{Lu}/u;

/** Builds the scanner's token view of a Doc's tokens. */
function makeTok(t: string, start: number, end: number, kind: Token['kind'], sentence: number): Tok {
  const c = t.charCodeAt(0);
  const cap = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0xff && reUpper.test(t));
  return { text: t, f: kind === 'number' || kind === 'punct' ? t : fold(t), start, end, kind, sentence, cap };
}

/** The longer of two candidates (the first on ties). */
export function longer(a: Cand | undefined, b: Cand | undefined): Cand | undefined {
  if (!b) return a;
  if (!a) return b;
  return b.end - b.start > a.end - a.start ? b : a;
}

export function scannerTokens(text: string, tokens: readonly Token[]): Tok[] {
  const out: Tok[] = [];
  for (const t of tokens) {
    if (t.kind === 'number' && !reIso.test(t.text)) {
      const m = reSplit.exec(t.text);
      if (m) {
        const a = t.start + m[1].length;
        out.push(makeTok(text.slice(t.start, a), t.start, a, 'number', t.sentence));
        out.push(makeTok(text.slice(a, a + 1), a, a + 1, 'punct', t.sentence));
        out.push(makeTok(text.slice(a + 1, t.end), a + 1, t.end, 'number', t.sentence));
        continue;
      }
    }
    out.push(makeTok(t.text, t.start, t.end, t.kind, t.sentence));
  }
  return out;
}

/** Tokens and the candidates found so far; rules read it through `f`, `glued`, `emit`. */
export class Scanner {
  readonly t: Tok[];
  readonly out: Cand[] = [];
  /** the text the tokens index (empty when not given: then no line break is seen) */
  readonly text: string;
  constructor(tokens: Tok[], text = '') {
    this.t = tokens;
    this.text = text;
  }

  /**
   * The first token of tokens i+1..j that starts a new line after a sentence break, or -1: an expression
   * never runs across it (a title, the dateline under it and a paragraph are never joined: "… mercredi¶22
   * avril 2017"). A sentence break without a line break does not count ("le 3 sept. 2024": the splitter
   * may end a sentence at "sept.").
   */
  lineBreak(i: number, j: number): number {
    const t = this.t;
    if (t[i].sentence === t[j].sentence) return -1;
    for (let k = i + 1; k <= j; k++) {
      if (t[k].sentence === t[k - 1].sentence) continue;
      const gap = this.text.slice(t[k - 1].end, t[k].start);
      if (gap.includes('\n') || gap.includes('\r') || gap.includes('\u2029')) return k;
    }
    return -1;
  }

  /** True when no line break between sentences separates tokens i..j (see {@link Scanner.lineBreak}). */
  together(i: number, j: number): boolean {
    return this.lineBreak(i, j) < 0;
  }

  /** The same text cut before token k: rules asked on it see the end of the text there. */
  cutAt(k: number): Scanner {
    return new Scanner(this.t.slice(0, k), this.text);
  }

  /** The folded form of token i, or '' outside the text. */
  f(i: number): string {
    return i >= 0 && i < this.t.length ? this.t[i].f : '';
  }

  /** True when tokens i-1 and i touch (no space between). */
  glued(i: number): boolean {
    return i > 0 && i < this.t.length && this.t[i - 1].end === this.t[i].start;
  }

  sameSentence(i: number, j: number): boolean {
    return i >= 0 && j < this.t.length && this.t[i].sentence === this.t[j].sentence;
  }

  /** A candidate over tokens [s, e). */
  emit(s: number, e: number, sem: Sem, rule: string): Cand {
    return { s, e, start: this.t[s].start, end: this.t[e - 1].end, sem, rule };
  }
}
