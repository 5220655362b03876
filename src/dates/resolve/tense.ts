/** Tense of the governing verb, which sets the direction of implicit dates ("dimanche", "le 12 juin", "l'été"). @internal */
import {
  AUX,
  CONDITIONALS,
  FUTURE_CUES,
  NOT_FUTURE,
  PARTICIPLE_ADVERBS,
  PAST_CUES,
  PLANNED_CUES,
  REPORTING,
} from '../lexicon.js';
import type { Tok } from '../scan/index.js';

/** Tense of the governing verb: -1 past, 1 future, 0 unknown. */
export type Tense = -1 | 0 | 1;

/** The nearest verb tense around token `i` in its sentence: -1 past, 1 future, 0 unknown. */
export function tenseAt(toks: readonly Tok[], i: number, end: number): Tense {
  const sent = toks[i].sentence;
  let best: Tense = 0;
  let bestDist = Number.POSITIVE_INFINITY;
  let crossed = false; // punctuation crossed on the right-hand side
  const look = (k: number, dist: number) => {
    const t = toks[k];
    if (t.kind === 'punct') crossed = crossed || k >= end;
    if (t.kind !== 'word' || dist >= bestDist) return;
    const w = t.f;
    let tense: Tense = 0;
    if (w.startsWith('-')) return;
    if (w === 'a' && t.text !== 'a' && t.text !== 'A') return; // "à" is not the verb
    // "a expliqué", "a-t-il dit" report speech: they date the content only when next to the mention
    const reporting =
      REPORTING.has(w) ||
      (AUX.has(w) && (REPORTING.has(toks[k + 1]?.f ?? '') || (toks[k + 1]?.f ?? '').startsWith('-t-')));
    if (reporting && (dist > 3 || (k >= end && crossed))) return;
    if (PLANNED_CUES.has(w)) {
      // "devait démarrer le 20 juin": planned, neither past nor future
      best = 0;
      bestDist = dist;
      return;
    }
    if (FUTURE_CUES.has(w)) tense = 1;
    else if (AUX.has(w)) {
      // passé composé only when a participle follows ("ont jusqu'au 23 juillet" is not past)
      for (let n = k + 1; n < Math.min(toks.length, k + 4); n++) {
        const x = toks[n].text.toLowerCase();
        if (/(?:é|ée|és|ées|i|is|ie|it|u|ue|us|ert|erte|eint|ait)$/.test(x) && x.length > 1) {
          tense = -1;
          break;
        }
        if (!PARTICIPLE_ADVERBS.has(toks[n].f)) break;
      }
    } else if (PAST_CUES.has(w)) tense = -1;
    else if (
      w.length >= 5 &&
      !t.cap &&
      !NOT_FUTURE.has(w) &&
      /(?:[^aeiou]ra|ront|rons|rez|rai)$/.test(w) &&
      !/(?:tra|bra|dra|pra|gra|cra|fra|vra)$/.test(w)
    )
      tense = 1;
    else if (
      CONDITIONALS.has(w) ||
      (w.length >= 7 && !t.cap && /[^é]erai(?:t|ent)$/.test(t.text.toLowerCase()))
    )
      tense = 1; // conditional
    else if (w.length >= 5 && !t.cap && /(?:ait|aient)$/.test(w)) tense = -1;
    else if (
      w.length >= 4 &&
      !t.cap &&
      /(?:[^e]e|ee|es|i|is|it|u|ue|us)$/.test(w) &&
      k > 0 &&
      ['a', 'ont', 'avait', 'est', 'sont', 'etait', 'été'].includes(toks[k - 1].f)
    )
      tense = -1;
    if (tense !== 0) {
      best = tense;
      bestDist = dist;
    }
  };
  if (i > 0 && toks[i - 1].f === 'depuis') return -1;
  if (i > 1 && toks[i - 1].f === 'ici' && toks[i - 2].f === "d'") return 1;
  if (i > 2 && toks[i - 2].f === 'ici' && toks[i - 3].f === "d'") return 1;
  for (let k = i - 1, d = 1; k >= 0 && toks[k].sentence === sent && d <= 24; k--, d++) look(k, d);
  for (let k = end, d = 1; k < toks.length && toks[k].sentence === sent && d <= 12; k++, d++) look(k, d);
  return best;
}
