/**
 * French numbers written in words (`quatre`, `vingt-deux`, `quatre-vingt-dix`, `mille`) and Roman numerals
 * (`XXe siècle`), for every stage that reads a quantity. The words live in data/fr/number-words.txt.
 * @internal
 */
import { fold } from './fold.js';
import { numberWords } from './generated/fr.js';

/** Folded number word → value, from data/fr/number-words.txt (`word=value` lines). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  for (const line of numberWords) {
    const i = line.indexOf('=');
    if (i > 0) out.set(fold(line.slice(0, i)), Number(line.slice(i + 1)));
  }
  return out;
})();

/**
 * Value of a French number word, single token: `quatre`, `vingt-deux`, `quatre-vingt-dix`, `dix-huit`.
 * Returns undefined when the token is not a number word. The word must already be folded.
 *
 * @example
 * ```ts
 * numberWord('quatre-vingt-dix'); // 90
 * numberWord('maison');           // undefined
 * ```
 */
export function numberWord(word: string): number | undefined {
  const direct = NUMBER_WORDS.get(word);
  if (direct !== undefined) return direct;
  if (!word.includes('-')) return undefined;
  let total = 0;
  let current = 0;
  for (const part of word.split('-')) {
    if (part === 'et') continue;
    const v = NUMBER_WORDS.get(part);
    if (v === undefined) return undefined;
    if (v === 100) current = (current || 1) * 100;
    else if (v === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (v === 20 && current > 0 && current < 10) current *= 20;
    else current += v;
  }
  return total + current;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/**
 * Value of a Roman numeral (lower case), or undefined.
 *
 * @example
 * ```ts
 * roman('xxi'); // 21
 * ```
 */
export function roman(s: string): number | undefined {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    if (v === undefined) return undefined;
    const next = ROMAN[s[i + 1]];
    total += next !== undefined && next > v ? -v : v;
  }
  return total || undefined;
}
