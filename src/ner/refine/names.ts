/**
 * Refine steps about organisation names: the lists (hand-written and mined), acronyms and their
 * expansion, type nouns before a name.
 */

import { K_WORD } from '../../doc/table.js';
import { firstNameGenders } from '../../lang/fr/generated/quotes.js';
import { initials } from '../canonical.js';
import type { TokenMention } from '../pipeline.js';
import {
  ACRONYM,
  isCap,
  isSentenceStart,
  MISC,
  matchAt,
  ORG,
  PER,
  type Phrase,
  type RefineState,
  refineConfig,
} from './state.js';
import { NATIONALITY, trailingNationality } from './words.js';

/**
 * Whether the name starting at token `first` is named as a medium, where something is published or
 * shared, rather than as the company acting (data/ner/medium-cues.txt): right after a preposition of the
 * medium or a medium noun ("sur Twitter", "via Facebook", "son compte Instagram", "une vidéo YouTube"),
 * or in an enumeration of names governed by one ("sur Facebook, Twitter et Instagram", "Partager cet
 * article : Courriel, Facebook, Twitter").
 */
export function namedAsMedium(s: RefineState, first: number): boolean {
  const { toks, norms, lowers, owner, T } = s;
  /** Same sentence, or a list that goes on across lines ("Courriel ,\nFacebook ,\nTwitter"). */
  const joined = (j: number): boolean =>
    toks.sentence[j] === toks.sentence[j + 1] || lowers[j] === ',' || lowers[j] === ':';
  let j = first - 1;
  // back over an enumeration of names: "X, Y et Z", "X ou Y"
  for (let steps = 0; j >= 0 && steps < 40 && joined(j); steps++, j--) {
    const w = lowers[j];
    if (w === ',' || w === 'et' || w === 'ou' || w === ':') continue;
    if (T.mediumPreps.has(w) || T.mediumNouns.has(w) || T.mediumVerbs.has(w)) break;
    if (owner[j] >= 0 || (isCap(norms[j]) && toks.kind[j] === K_WORD)) continue;
    break;
  }
  if (j < 0 || !joined(j)) return false;
  const w = lowers[j];
  if (T.mediumPreps.has(w) || T.mediumNouns.has(w)) return true;
  // "Partager cet article : …": the verb up to three words before the list
  for (let k = j; k >= 0 && k >= j - 3; k--) {
    if (T.mediumVerbs.has(lowers[k])) return true;
    if (k > 0 && toks.sentence[k - 1] !== toks.sentence[k]) break;
  }
  return false;
}

/**
 * 3b. A name of the organisation lists that the model took for another kind of name (a platform or a
 * brand as MISC, a company or a newspaper as a place or a person) is the organisation; but a platform
 * the model read as a product where it is named as a medium ({@link namedAsMedium}: "sur Twitter") keeps
 * that reading, as WiNER-fr annotates it.
 */
export function listedAsOrg(s: RefineState): void {
  const { n, normAt, T } = s;
  const ms = s.ms;
  for (const m of ms) {
    if (m.type === ORG || matchAt(T.seats, normAt, m.first, n, s.toks.sentence)) continue;
    if (m.type === MISC && refineConfig.medium && namedAsMedium(s, m.first)) continue;
    const p = matchAt(T.orgNames, normAt, m.first, n, s.toks.sentence);
    if (p && m.first + p.words.length - 1 === m.last) m.type = ORG;
  }
}

/**
 * 3b. A name of two words or more that ends with a company or institution head of the English word order
 * ("Naval Group", "Qatar Airways", "Epic Games", "Trump Organization") is an organisation, whatever
 * type the model gave it (data/ner/org-suffixes.txt).
 */
export function orgSuffix(s: RefineState): void {
  const { norms, T } = s;
  for (const m of s.ms) {
    if (m.type === ORG || m.last === m.first || !T.orgSuffixes.has(norms[m.last])) continue;
    if (!isCap(norms[m.first])) continue;
    m.type = ORG;
  }
}

/** 3b'. "Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF)": the words before an acronym in parentheses whose initials spell it are its expansion, one organisation however the model cut it. */
export function acronymExpansions(s: RefineState): void {
  const { toks, n, norms, owner, doc } = s;
  let ms = s.ms;
  const reindex = (): void => {
    s.ms = ms;
    s.reindex();
  };
  const out: TokenMention[] = [];
  const drop = new Uint8Array(ms.length);
  for (let i = 1; i + 2 < n; i++) {
    if (norms[i] !== '(' || norms[i + 2] !== ')' || !ACRONYM.test(norms[i + 1])) continue;
    const acr = norms[i + 1].replace(/[.&-]/g, '').toUpperCase();
    if (i > 0 && owner[i - 1] >= 0 && ms[owner[i - 1]].type === PER) continue;
    let found = -1;
    for (let j = i - 1; j >= 0 && i - j <= 30 && toks.sentence[j] === toks.sentence[i]; j--) {
      if (!isCap(norms[j]) || toks.kind[j] !== K_WORD) continue;
      const ini = initials(doc.text.slice(toks.start[j], toks.end[i - 1]));
      if (ini === acr) {
        found = j;
        break;
      }
      if (ini.length > acr.length) break;
    }
    if (found < 0 || found === i - 1) continue;
    if (owner[found] >= 0 && ms[owner[found]].first < found) continue;
    let margin = 0.5;
    // the type of the name the model found at its start (a country: "République démocratique du
    // Congo (RDC)"), an organisation otherwise
    const o0 = owner[found];
    const type = o0 >= 0 && ms[o0].type !== PER ? ms[o0].type : ORG;
    for (let t = found; t < i; t++) {
      const o = owner[t];
      if (o < 0) continue;
      margin = Math.max(margin, ms[o].margin);
      drop[o] = 1;
    }
    out.push({ first: found, last: i - 1, type, margin });
    const oa = owner[i + 1];
    if (oa >= 0) ms[oa].type = type;
    else out.push({ first: i + 1, last: i + 1, type, margin });
  }
  if (out.length) {
    ms = ms.filter((_, k) => !drop[k]).concat(out);
    reindex();
  }
  s.ms = ms;
}

/** 3b''. A listed organisation the model cut short ("la France insoumise" read as the place "France"), and an organisation followed by a nationality adjective ("Parlement australien"). */
export function extendListed(s: RefineState): void {
  const { n, norms, lowers, owner, normAt, T } = s;
  const ms = s.ms;
  const reindex = (): void => {
    s.ms = ms;
    s.reindex();
  };
  let changed = false;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type === PER) continue;
    const p = matchAt(T.orgNames, normAt, m.first, n, s.toks.sentence);
    if (p && m.first + p.words.length - 1 > m.last) {
      const last = m.first + p.words.length - 1;
      let free = true;
      for (let t = m.last + 1; t <= last && free; t++) free = owner[t] < 0;
      if (free) {
        m.last = last;
        m.type = ORG;
        changed = true;
      }
    }
    const a = m.last + 1;
    if (m.type === ORG && a < n && owner[a] < 0 && norms[a] === lowers[a] && trailingNationality(lowers, a)) {
      m.last = a;
      changed = true;
    }
  }
  if (changed) reindex();
}

/** 3b'''. A lowercase word the model glued to an acronym or a listed name ("DGCCRF recommande", "YouTube intitulée") is not part of it. */
export function trimTail(s: RefineState): void {
  const { n, norms, lowers, normAt, T } = s;
  const ms = s.ms;
  for (const m of ms) {
    if (m.last === m.first || m.type === PER) continue;
    const w = lowers[m.last];
    if (norms[m.last] !== w || !/^\p{L}/u.test(w) || T.adjectives.has(w) || NATIONALITY.test(w)) continue;
    const body = m.last - 1;
    const listed = matchAt(T.orgNames, normAt, m.first, n, s.toks.sentence);
    if (
      (body === m.first && ACRONYM.test(norms[body])) ||
      (listed && m.first + listed.words.length - 1 === body)
    )
      m.last = body;
  }
}

/** 3c. A type noun inside an organisation's span is not part of its name: "association SOS Racisme" -> "SOS Racisme", "laboratoire pharmaceutique Servier" -> "Servier". */
export function dropTypeNouns(s: RefineState): void {
  const { n, norms, lowers, lowerAt, T } = s;
  const ms = s.ms;
  const reindex = (): void => {
    s.ms = ms;
    s.reindex();
  };
  for (const m of ms) {
    if (m.type !== ORG || m.last === m.first || norms[m.first] !== lowers[m.first]) continue;
    const p = matchAt(T.typeNouns, lowerAt, m.first, n, s.toks.sentence);
    if (!p) continue;
    let k = m.first + p.words.length;
    while (k < m.last && norms[k] === lowers[k] && NATIONALITY.test(lowers[k])) k++;
    if (k <= m.last && isCap(norms[k])) m.first = k;
  }
  reindex();
}

/** Institutions named in lowercase, and names of the organisation lists the model left untagged. */
export function addListed(s: RefineState): void {
  const { doc, toks, n, norms, lowers, owner, lowerAt, normAt, T } = s;
  const added: TokenMention[] = [];
  for (let i = 0; i < n; i++) {
    if (owner[i] >= 0) continue;
    let p: Phrase | undefined;
    if (refineConfig.institutions) p = matchAt(T.institutions, lowerAt, i, n, s.toks.sentence);
    if (!p && refineConfig.gazetteer && isCap(norms[i]))
      p = matchAt(T.orgNames, normAt, i, n, s.toks.sentence);
    if (!p && refineConfig.gazetteer && norms[i] === lowers[i] && T.lowerNames.has(lowers[i]))
      p = { words: [lowers[i]], type: ORG };
    if (!p) continue;
    const last = i + p.words.length - 1;
    let free = true;
    for (let t = i; t <= last && free; t++) free = owner[t] < 0;
    // a whole name only: not the start or the end of a longer capitalised run
    if (!free) continue;
    if (
      last + 1 < n &&
      isCap(norms[last + 1]) &&
      toks.kind[last + 1] === K_WORD &&
      toks.sentence[last + 1] === toks.sentence[last]
    )
      continue;
    if (
      i > 0 &&
      isCap(norms[i - 1]) &&
      toks.kind[i - 1] === K_WORD &&
      toks.sentence[i - 1] === toks.sentence[i] &&
      !isSentenceStart(doc, i - 1)
    )
      continue;
    added.push({ first: i, last, type: ORG, margin: 0.5 });
    i = last;
  }
  if (added.length) s.ms = s.ms.concat(added).sort((a, b) => a.first - b.first);
}

/** Prepositions that link an institution's name to its complement. */
const LINK = new Set(['de', 'du', 'des', "d'", 'à', 'au', 'aux', 'pour', 'sur', 'chez', 'par', 'avec']);

/** Known first names (data/quotes/first-name-genders.txt, mined from OrangeSum), lowercase, without gender. */
let firstNames: Set<string> | undefined;
function knownFirstName(lower: string): boolean {
  firstNames ??= new Set(firstNameGenders.map((l) => l.slice(2)));
  // a compound first name takes its first part ("jean-jacques" → "jean")
  return firstNames.has(lower) || firstNames.has(lower.split('-')[0]);
}

/**
 * 3e. A person named right after an institution's name, with no comma, is no part of it: "la Commission des
 * Finances à l'Assemblée nationale Gilles Carrez" → ORG "Commission des Finances à l'Assemblée nationale" + PER
 * "Gilles Carrez". French titles put the holder's name last ("le président de la Commission … Gilles Carrez");
 * the model, having seen long institution names, sometimes runs the name into them. Split only when the last
 * two tokens are a known first name and a capitalised word, after a lowercase word (a name's adjective:
 * "nationale"), never inside a listed organisation's name.
 */
export function trailingPerson(s: RefineState): void {
  const { n, norms, lowers, normAt, T } = s;
  const added: TokenMention[] = [];
  for (const m of s.ms) {
    if (m.type === PER || m.last - m.first < 3) continue;
    const f = m.last - 1;
    if (!isCap(norms[f]) || !isCap(norms[m.last]) || !knownFirstName(lowers[f])) continue;
    const before = norms[f - 1];
    if (before !== lowers[f - 1] || !/^\p{L}{3,}$/u.test(before) || LINK.has(before)) continue;
    // an institution's name with its complement ("… des Finances à l'Assemblée nationale"), not a place or a
    // school named after a person ("lycée professionnel Jean Moulin", "rue du Général Jean Moulin")
    let complement = false;
    let head = false;
    for (let k = m.first; k < f; k++) {
      if (LINK.has(lowers[k])) complement = true;
      if (norms[k] === lowers[k] && T.heads.has(lowers[k])) head = true;
    }
    if (!complement || head) continue;
    const listed = matchAt(T.orgNames, normAt, m.first, n, s.toks.sentence);
    if (listed && listed.words.length > f - m.first) continue;
    added.push({ first: f, last: m.last, type: PER, margin: m.margin });
    m.last = f - 1;
  }
  if (added.length === 0) return;
  s.ms.push(...added);
  s.reindex();
}
