import {
  checkDoc,
  checkMaxLength,
  checkNumberOption,
  checkOptions,
  checkText,
  isDoc,
} from '../doc/contract.js';
import type { Doc } from '../doc/types.js';
import { gramHashes, MAX_GRAMS_PER_WORD, MAX_ORDER, type Script, words } from './features.js';
import { countFrenchPairs, forEachFunctionWord } from './function-words.js';
import { getModel, type ModelLanguage } from './model.js';

/**
 * Options of {@link detectLanguage}.
 * @example
 * ```ts
 * detectLanguage(text, { minLetters: 20, only: ['fr', 'ca', 'oc'] });
 * ```
 */
export interface LanguageOptions {
  /**
   * Fewest letters needed to name a language; below it the result is `'und'`. Default
   * {@link LANGID_MIN_LETTERS} (10). Letters are counted, not characters: digits, spaces and
   * punctuation do not count. (Named `minLength` before 0.2; that name now throws.)
   */
  minLetters?: number;
  /** Only consider these languages (ISO 639-1 `'fr'` or ISO 639-3 `'fra'` codes). */
  only?: readonly string[];
  /** Largest accepted input, in UTF-16 code units (default 1,000,000). */
  maxLength?: number;
}

/**
 * One scored language.
 * @example
 * ```ts
 * detectLanguage('El govern ha anunciat noves mesures.').candidates[0];
 * // { lang: 'ca', iso6393: 'cat', score: … }
 * ```
 */
export interface LanguageCandidate {
  /** ISO 639-1 code, such as `'fr'`. */
  lang: string;
  /** ISO 639-3 code, such as `'fra'`. */
  iso6393: string;
  /** Share of the evidence, 0..1, over all the languages of the text's script (the listed candidates add up to at most 1). */
  score: number;
}

/**
 * What {@link detectLanguage} found.
 * @example
 * ```ts
 * const r: LanguageResult = detectLanguage('Le gouvernement a annoncé jeudi de nouvelles mesures.');
 * r.lang; // 'fr'
 * ```
 */
export interface LanguageResult {
  /** ISO 639-1 code (`'fr'`), or `'und'` when the text is too short, has no letters, or its script is unknown. */
  lang: string;
  /** ISO 639-3 code (`'fra'`), or `'und'`. */
  iso6393: string;
  /** Probability-like confidence in `lang`, 0..1 (0 for `'und'`). */
  confidence: number;
  /** True when the text is long enough and the best language is clearly ahead (see docs/langid.md). */
  reliable: boolean;
  /** The best languages, best first (at most 5, only those with a score of at least 0.001). */
  candidates: LanguageCandidate[];
}

/** Log-likelihood bonus (nats) of a function word for each language whose list holds it. */
const FUNCTION_WORD_WEIGHT = 3;
/** Most a single word can count against a language, in nats. */
const WORD_CAP = 12;
/** Most a frequent French word (OrangeSum lexicon) can count against French, in nats. */
const LEXICON_SHORTFALL = 4;
/** `reliable` needs this confidence, this lead over the runner-up, and 3 words. */
const RELIABLE_CONFIDENCE = 0.9;
const RELIABLE_GAP = 0.5;

/**
 * Default minimum number of letters below which the language is `'und'`.
 * @example
 * ```ts
 * detectLanguage('Oui.').lang; // 'und': fewer than LANGID_MIN_LETTERS letters
 * ```
 */
export const LANGID_MIN_LETTERS = 10;
/** Only the first this-many UTF-16 code units are read: the start of a text is a fair sample. */
export const LANGID_SAMPLE = 1024;

const UND: Readonly<LanguageResult> = Object.freeze({
  lang: 'und',
  iso6393: 'und',
  confidence: 0,
  reliable: false,
  candidates: [],
});

function undetermined(): LanguageResult {
  return { ...UND, candidates: [] };
}

/**
 * Tells which language a text is written in, with French as the language it knows best: character
 * 1- to 5-gram profiles of 51 languages, a French news vocabulary, and function-word lists for the
 * close neighbours of French (Catalan, Occitan, Galician, Breton, Spanish, Italian, Portuguese,
 * Romanian, English), so that they are not taken for French. See docs/langid.md for the figures.
 *
 * Accepts a string or a `Doc` (its `text` is used). Reads the first 1,024 characters. Returns
 * `'und'` for texts with fewer than `minLetters` letters (default 10), no letters, or a script
 * none of the languages uses.
 *
 * @throws TypeError when `input` is neither a string nor a `Doc`, or `options` is not an object;
 *   RangeError when the text is longer than `maxLength`.
 * @example
 * ```ts
 * import { detectLanguage } from 'depeche';
 * detectLanguage("Le gouvernement a annoncé jeudi de nouvelles mesures.").lang; // 'fr'
 * detectLanguage("El govern ha anunciat noves mesures aquest dijous.").lang;    // 'ca'
 * detectLanguage('2024-05-01 12:00').lang;                                       // 'und'
 * const r = detectLanguage('Les enfants jouent dans la cour de l’école.');
 * r.iso6393;    // 'fra'
 * r.confidence; // about 0.96
 * r.reliable;   // true
 * ```
 */
export function detectLanguage(input: string | Doc, options?: LanguageOptions): LanguageResult {
  checkOptions('detectLanguage', options);
  let text: string;
  if (isDoc(input)) {
    checkMaxLength('detectLanguage', options?.maxLength);
    text = checkDoc('detectLanguage', input).text;
  } else text = checkText('detectLanguage', input, options?.maxLength);
  if (options !== undefined && 'minLength' in options) {
    throw new TypeError(
      'depeche: detectLanguage() option minLength was renamed minLetters (it counts letters; maxLength counts UTF-16 code units)',
    );
  }
  const minLetters =
    checkNumberOption('detectLanguage', 'minLetters', options?.minLetters, { min: 0 }) ?? LANGID_MIN_LETTERS;
  const only = options?.only;
  if (only !== undefined && !Array.isArray(only)) {
    throw new TypeError('depeche: detectLanguage() option only must be an array of language codes');
  }
  return identify(text, minLetters, only);
}

/**
 * The work of {@link detectLanguage} once its arguments are checked. A function of its own: a rarely taken
 * branch of the checks (a Doc, an option) deopts the small function above, not this large one.
 */
function identify(text: string, minLetters: number, only: readonly string[] | undefined): LanguageResult {
  const w = words(text, LANGID_SAMPLE);
  if (w.letters === 0 || w.letters < minLetters) return undetermined();

  let script: Script = 'Other';
  let most = 0;
  for (const [s, n] of w.scripts) {
    if (n > most) {
      most = n;
      script = s;
    }
  }

  const model = getModel();
  const allowed = only ? new Set(only.map((c) => String(c).toLowerCase())) : undefined;
  const cands: number[] = [];
  model.languages.forEach((l, i) => {
    if (l.script !== script) return;
    if (allowed && !allowed.has(l.iso6391) && !allowed.has(l.iso6393)) return;
    cands.push(i);
  });
  if (cands.length === 0) return undetermined();

  // Log-likelihood of each word under each candidate language. A word's shortfall against its best
  // language is capped at WORD_CAP nats, so that one foreign name or title cannot outvote the
  // function words and endings around it.
  const { keys, offsets, mask, weights, languages, scale } = model;
  const nc = cands.length;
  const total = new Float64Array(nc);
  const ll = new Float64Array(nc);
  const candFloors: Float64Array[] = [];
  for (let k = 0; k < nc; k++) candFloors.push(languages[cands[k]].floors);
  const frIndex = cands.findIndex((i) => languages[i].iso6393 === 'fra');
  const frSlot = frIndex >= 0 ? frIndex : undefined;
  const levels = new Float64Array(languages.length);
  const hashes = new Uint32Array(MAX_GRAMS_PER_WORD);
  const orders = new Uint8Array(MAX_GRAMS_PER_WORD);
  const perOrder = new Array<number>(MAX_ORDER).fill(0);
  let grams = 0;
  for (const word of w.words) {
    levels.fill(0);
    perOrder.fill(0);
    const count = gramHashes(word, hashes, orders);
    for (let g = 0; g < count; g++) {
      perOrder[orders[g] - 1]++;
      const key = hashes[g];
      let slot = key & mask;
      let off = offsets[slot];
      while (off !== -1 && keys[slot] !== key) {
        slot = (slot + 1) & mask;
        off = offsets[slot];
      }
      if (off === -1) continue;
      const m = weights[off];
      for (let j = off + 1; j < off + 1 + 2 * m; j += 2) levels[weights[j]] += weights[j + 1];
    }
    let best = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < nc; k++) {
      const floors = candFloors[k];
      let x = levels[cands[k]] / scale;
      for (let n = 0; n < MAX_ORDER; n++) x += perOrder[n] * floors[n];
      ll[k] = x;
      if (x > best) best = x;
    }
    const known = frSlot !== undefined && model.frenchLexicon.has(word);
    for (let k = 0; k < nc; k++) {
      const d = ll[k] - best;
      // A frequent French word is not evidence against French.
      total[k] += Math.max(d, k === frSlot && known ? -LEXICON_SHORTFALL : -WORD_CAP);
    }
    for (let n = 0; n < MAX_ORDER; n++) grams += perOrder[n];
  }
  if (grams === 0) return undetermined();
  // Function words: each one adds FUNCTION_WORD_WEIGHT nats to every language whose list holds it.
  const slot = new Map(cands.map((i, k) => [languages[i].iso6393, k]));
  for (const word of w.words) {
    forEachFunctionWord(word, (langs) => {
      for (const l of langs) {
        const k = slot.get(l);
        if (k !== undefined) total[k] += FUNCTION_WORD_WEIGHT;
      }
    });
  }
  // Subject pronoun + verb pairs ("on est", "tu es", "il y"): French only, FUNCTION_WORD_WEIGHT each.
  if (frSlot !== undefined) total[frSlot] += FUNCTION_WORD_WEIGHT * countFrenchPairs(w.words);
  return decide(languages, cands, total, grams, w.words.length);
}

/** Turns per-language log-likelihoods into a result through a tempered softmax. */
function decide(
  languages: readonly ModelLanguage[],
  cands: readonly number[],
  total: Float64Array,
  grams: number,
  wordCount: number,
): LanguageResult {
  // Log-likelihoods (relative to the best language of each word), summed over words. Words are not
  // independent evidence either: the sum is divided by the square root of the word count.
  // (typed arrays: one element kind whether the sums are 0 or not, so the loops below never deopt on it)
  const n = cands.length;
  const avg = new Float64Array(n);
  for (let k = 0; k < n; k++) avg[k] = total[k] / Math.sqrt(Math.max(1, wordCount));
  // 0.25: log-likelihood ratios of n-gram models are overconfident; this keeps 2-word texts near 0.8.
  const temperature = grams > 0 ? 0.25 : 0;
  let best = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) if (avg[k] > best) best = avg[k];
  const expd = new Float64Array(n);
  let mass = 0;
  for (let k = 0; k < n; k++) {
    expd[k] = Math.exp((avg[k] - best) * temperature);
    mass += expd[k];
  }
  const ranked: LanguageCandidate[] = [];
  for (let k = 0; k < n; k++) {
    const l = languages[cands[k]];
    ranked.push({ lang: l.iso6391, iso6393: l.iso6393, score: expd[k] / mass });
  }
  ranked.sort((a, b) => b.score - a.score);
  const top = ranked[0];
  const second = ranked[1]?.score ?? 0;
  return {
    lang: top.lang,
    iso6393: top.iso6393,
    confidence: top.score,
    reliable: top.score >= RELIABLE_CONFIDENCE && top.score - second >= RELIABLE_GAP && wordCount >= 3,
    candidates: ranked.filter((c, k) => k === 0 || c.score >= 0.001).slice(0, 5),
  };
}
