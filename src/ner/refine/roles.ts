/**
 * Refine steps about roles and words that are no names: "l'État" alone, a minister's portfolio, a
 * district and its city.
 */
import { K_WORD } from '../../doc/table.js';
import type { TokenMention } from '../pipeline.js';
import { isCap, LOC, PER, type RefineState } from './state.js';
import { CONNECTORS, NATIONALITY, ROLE_CONNECTORS, ROLE_FILLERS, ROLES } from './words.js';

/** 1. Words that name nothing alone. */
export function dropNotNames(s: RefineState): void {
  const { norms, T } = s;
  let ms = s.ms;
  const reindex = (): void => {
    s.ms = ms;
    s.reindex();
  };
  ms = ms.filter((m) => !(m.first === m.last && m.type !== PER && T.notNames.has(norms[m.first])));
  reindex();
  s.ms = ms;
}

/** 1b. A minister's portfolio is a role, not an organisation: "le ministre de l'Intérieur", "la secrétaire d'État chargée de l'Égalité", "ministre de l'Action et des Comptes publics". */
export function dropPortfolios(s: RefineState): void {
  const { toks, n, norms, lowers, owner, T } = s;
  let ms = s.ms;
  const reindex = (): void => {
    s.ms = ms;
    s.reindex();
  };
  const drop = new Uint8Array(ms.length);
  let any = false;
  for (let i = 0; i < n; i++) {
    if (!ROLES.has(lowers[i]) || norms[i] !== lowers[i]) continue;
    let j = i + 1;
    if (lowers[i] === 'secrétaire' && j + 1 < n && lowers[j] === "d'" && /^[ée]tat$/i.test(norms[j + 1]))
      j += 2;
    for (let steps = 0; steps < 6 && j < n; steps++) {
      const w = lowers[j];
      if (norms[j] !== w) break;
      if (ROLE_CONNECTORS.has(w) || ROLE_FILLERS.has(w) || NATIONALITY.test(w)) j++;
      else break;
    }
    // the portfolio: mentions joined by "et", ",", connectors and lowercase adjectives
    for (let words = 0; words < 8; words++) {
      const o = j < n ? owner[j] : -1;
      if (
        o < 0 &&
        j < n &&
        isCap(norms[j]) &&
        toks.kind[j] === K_WORD &&
        toks.sentence[j] === toks.sentence[i]
      ) {
        j++; // a capitalised portfolio word the model left untagged ("Relations avec le Parlement")
      } else {
        if (o < 0 || ms[o].first !== j || ms[o].type === PER) break;
        drop[o] = 1;
        any = true;
        j = ms[o].last + 1;
      }
      let k = j;
      while (
        k < n &&
        k - j < 4 &&
        (ROLE_CONNECTORS.has(lowers[k]) ||
          lowers[k] === 'et' ||
          lowers[k] === ',' ||
          T.adjectives.has(lowers[k])) &&
        norms[k] === lowers[k]
      )
        k++;
      if (k === j) break;
      j = k;
    }
  }
  if (any) {
    ms = ms.filter((_, k) => !drop[k]);
    reindex();
  }
  s.ms = ms;
}

/** 1c. "6e arrondissement de Paris": the district and the city are two places. */
export function splitDistricts(s: RefineState): void {
  const { lowers } = s;
  let ms = s.ms;
  const reindex = (): void => {
    s.ms = ms;
    s.reindex();
  };
  const added: TokenMention[] = [];
  for (const m of ms) {
    if (m.type !== LOC || m.last - m.first < 3) continue;
    if (lowers[m.first + 1] !== 'arrondissement' || !/^\d+(?:e|er|ème)$/u.test(lowers[m.first])) continue;
    let c = m.first + 2;
    while (c <= m.last && CONNECTORS.has(lowers[c])) c++;
    if (c === m.first + 2 || c > m.last) continue;
    added.push({ first: c, last: m.last, type: LOC, margin: m.margin });
    m.last = m.first + 1;
  }
  if (added.length) {
    ms = ms.concat(added);
    reindex();
  }
  s.ms = ms;
}
