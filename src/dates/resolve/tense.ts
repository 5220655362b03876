/**
 * Tense of the governing verb, which sets the direction of implicit dates ("dimanche", "le 12 juin",
 * "l'été"): the nearest verb form of the mention's sentence that shows a tense, classified from French
 * verb morphology and auxiliaries:
 *  - future (1): futur simple (-ra, -ront, -rai; "nous -rons", "vous -rez"), futur proche ("va" + infinitive),
 *    futur antérieur ("aura/sera" + participle), conditionnel présent (future in the past: -erait, -drait...),
 *    and a present whose time adverbial points ahead ("d'ici lundi", "jusqu'à jeudi", "à partir de mardi");
 *  - past (-1): passé composé and plus-que-parfait (auxiliary + past participle), conditionnel passé
 *    ("aurait/serait" + participle), imparfait (-ait, -aient), passé simple (-èrent, "fut"), a past participle
 *    right before the mention ("les propos tenus vendredi"), and "depuis";
 *  - planned (0): "devait", "prévu": a plan seen from the past, neither way.
 * @internal
 */
import { K_PUNCT, K_WORD } from '../../doc/table.js';
import {
  AHEAD_CUES,
  AUX,
  AUX_COND,
  AUX_COND_PAST,
  AUX_FUTURE,
  AUX_PAST,
  CONDITIONALS,
  FUTURE_CUES,
  NOT_FUTURE,
  NOT_PARTICIPLES,
  NOUN_DETERMINERS,
  PARTICIPLE_ADVERBS,
  PAST_CUES,
  PLANNED_CUES,
  POSTPONE_STEMS,
  REPORTING,
} from '../lexicon.js';
import type { Scanner } from '../scan/index.js';

/** Tense of the governing verb: -1 past, 1 future, 0 unknown. */
export type Tense = -1 | 0 | 1;

/** Futur simple, 3rd person and 1st singular: the -r- of the infinitive before the ending (not "déclara", "opéra"). */
const reFuture = /(?:[^é]er|ir|rr|[nrlu]dr|ttr|[iî]tr|vr|aur)(?:a|ont|ai)$/;
/** Conditionnel présent (future in the past); -érait, -ntrait are the imparfait of -érer, -ntrer verbs. */
const reConditional = /(?:[^é]er|rr|[nrlu]dr|ttr|[iî]tr|vr|aur|ser|fer)ai(?:t|ent)$/;
/** Passé simple, 3rd person plural. */
const rePasseSimple = /(?:èrent|irent|urent)$/;
/** Past participles (written forms), for the auxiliary + participle tenses. */
const reParticiple = /(?:é|ée|és|ées|i|is|ie|it|u|û|ue|us|ert|erte|eint|ait)$/;
/** Past participles used as adjectives right before a date ("tenus vendredi", "signé lundi", "remis lundi"). */
const reAdjParticiple = /(?:é|ée|és|ées|[^aeiou]us|[^aeiou]ues|[mr]is|[mr]ises?|quis|quises?)$/;
/** Whether a participle follows token k (through "déjà", "pas", "été"...), within three tokens. */
function participleAfter(sc: Scanner, k: number): boolean {
  for (let n = k + 1; n < Math.min(sc.n, k + 4); n++) {
    const x = sc.t.text[n].toLowerCase();
    if (reParticiple.test(x) && x.length > 1) return true;
    if (!PARTICIPLE_ADVERBS.has(sc.f(n))) return false;
  }
  return false;
}

/** The tense a word form gives its clause: -1, 1, 'planned', or undefined when it shows none. */
function formTense(sc: Scanner, k: number): Tense | 'planned' | undefined {
  const toks = sc.t;
  const w = sc.f(k);
  if (PLANNED_CUES.has(w)) return 'planned';
  if (AUX_COND_PAST.has(w) && participleAfter(sc, k)) return -1; // conditionnel passé: "aurait dit lundi"
  if ((AUX_FUTURE.has(w) || AUX_COND.has(w)) && participleAfter(sc, k)) return 1; // "aura terminé", "serait adopté"
  if (FUTURE_CUES.has(w)) return 1;
  if (AUX.has(w)) return participleAfter(sc, k) ? -1 : undefined; // "ont jusqu'au 23 juillet" is not past
  if (PAST_CUES.has(w)) return -1;
  if (sc.cap(k) || NOT_FUTURE.has(w)) return undefined;
  const low = toks.text[k].toLowerCase();
  const prev = sc.f(k - 1);
  if (w.length >= 4 && reFuture.test(low)) return 1;
  if ((prev === 'nous' && /rons$/.test(w)) || (prev === 'vous' && /rez$/.test(w))) return 1;
  if (CONDITIONALS.has(w) || (w.length >= 6 && reConditional.test(low))) return 1;
  if (w.length >= 5 && /(?:ait|aient)$/.test(w)) return -1; // imparfait
  if (w.length >= 6 && rePasseSimple.test(low)) return -1;
  if (
    w.length >= 4 &&
    /(?:[^e]e|ee|es|i|is|it|u|ue|us)$/.test(w) &&
    k > 0 &&
    AUX_PAST.has(prev) &&
    !(prev === 'a' && toks.text[k - 1] !== 'a' && toks.text[k - 1] !== 'A')
  )
    return -1; // passé composé with être/avoir
  return undefined;
}

/** The nearest verb tense around token `i` in its sentence: -1 past, 1 future, 0 unknown. */
export function tenseAt(sc: Scanner, i: number, end: number): Tense {
  const toks = sc.t;
  const sent = toks.sentence[i];
  if (i > 0 && sc.f(i - 1) === 'depuis') return -1;
  if (i > 1 && sc.f(i - 1) === 'ici' && sc.f(i - 2) === "d'") return 1;
  if (i > 2 && sc.f(i - 2) === 'ici' && sc.f(i - 3) === "d'") return 1;
  const p1 = i > 0 ? sc.tok(i - 1) : undefined;
  const p2 = i > 1 ? sc.tok(i - 2) : undefined;
  if (
    p1?.sentence === sent &&
    (AHEAD_CUES.has(sc.f(i - 1)) ||
      AHEAD_CUES.has(`${sc.f(i - 2)}${sc.f(i - 1)}`) ||
      (sc.f(i - 1) === 'de' && sc.f(i - 2) === 'partir'))
  )
    return 1;
  // postponed to a date ("a été reportée à fin mars", "repoussé au 15 juin"): ahead, whatever the tense
  if (
    p1?.sentence === sent &&
    p2 &&
    ((sc.f(i - 1) === 'a' && p1.text !== 'a' && p1.text !== 'A') || sc.f(i - 1) === 'au') &&
    POSTPONE_STEMS.some((s) => sc.f(i - 2).startsWith(s))
  )
    return 1;
  // a past participle right before the mention ("les propos tenus vendredi", "l'accord signé lundi") has no
  // tense of its own: it is anterior to its clause, so past unless a future governs it from the left
  // ("il sera présent au rassemblement organisé mardi")
  if (
    p1?.sentence === sent &&
    p1.kind === 'word' &&
    !sc.cap(i - 1) &&
    p1.text.length >= 4 &&
    reAdjParticiple.test(p1.text.toLowerCase()) &&
    !NOT_PARTICIPLES.has(sc.f(i - 1)) &&
    !PLANNED_CUES.has(sc.f(i - 1)) &&
    !REPORTING.has(sc.f(i - 1)) &&
    !NOUN_DETERMINERS.has(sc.f(i - 2)) &&
    !AUX_PAST.has(sc.f(i - 2)) &&
    !AUX_FUTURE.has(sc.f(i - 2)) &&
    !AUX_COND.has(sc.f(i - 2)) &&
    !AUX_COND_PAST.has(sc.f(i - 2))
  ) {
    for (let k = i - 3, d = 0; k >= 0 && toks.sentence[k] === sent && d < 10; k--, d++)
      if (toks.kind[k] === K_WORD && formTense(sc, k) === 1) return 1;
    return -1;
  }
  let best: Tense = 0;
  let bestDist = Number.POSITIVE_INFINITY;
  let crossed = false; // punctuation crossed on the right-hand side
  const look = (k: number, dist: number) => {
    const kind = toks.kind[k];
    if (kind === K_PUNCT) crossed = crossed || k >= end;
    if (kind !== K_WORD || dist >= bestDist) return;
    const w = sc.f(k);
    if (w.startsWith('-')) return;
    const text = toks.text[k];
    if (w === 'a' && text !== 'a' && text !== 'A') return; // "à" is not the verb
    // "a expliqué", "a-t-il dit" report speech: they date the content only when next to the mention
    const reporting =
      REPORTING.has(w) || (AUX.has(w) && (REPORTING.has(sc.f(k + 1)) || sc.f(k + 1).startsWith('-t-')));
    if (reporting && (dist > 3 || (k >= end && crossed))) return;
    const tense = formTense(sc, k);
    if (tense === undefined) return;
    best = tense === 'planned' ? 0 : tense;
    bestDist = dist;
  };
  for (let k = i - 1, d = 1; k >= 0 && toks.sentence[k] === sent && d <= 24; k--, d++) look(k, d);
  for (let k = end, d = 1; k < sc.n && toks.sentence[k] === sent && d <= 12; k++, d++) look(k, d);
  return best;
}
