/**
 * Refine steps about institutions and places named by a head noun or a seat: "ministère de l'Intérieur",
 * "tribunal correctionnel de Nanterre", "rue de Rivoli", "l'Élysée a annoncé".
 */

import { K_WORD } from '../../doc/table.js';
import { gazetteerFlags, PLACE } from '../../lexicon/index.js';
import type { TokenMention } from '../pipeline.js';
import { ACRONYM, isCap, LOC, matchAt, ORG, PER, type RefineState, refineConfig } from './state.js';
import {
  CARDINAL,
  CONNECTORS,
  DESCRIPTIVE_DETERMINERS,
  NATIONALITY,
  PRENDRE,
  SITE_HEADS,
  trailingNationality,
} from './words.js';

/** 2. Seats of power: an organisation, tagged or not. */
export function seatsOfPower(s: RefineState): void {
  const { n, lowers, owner, normAt, T } = s;
  let ms = s.ms;
  const reindex = (): void => {
    s.ms = ms;
    s.reindex();
  };
  const added: TokenMention[] = [];
  for (let i = 0; i < n; i++) {
    const p = matchAt(T.seats, normAt, i, n, s.toks.sentence);
    if (!p) continue;
    const last = i + p.words.length - 1;
    // "à l'Élysée", "au Kremlin", "palais de l'Élysée": the place itself
    const b1 = i > 0 ? lowers[i - 1] : '';
    const b2 = i > 1 ? lowers[i - 2] : '';
    // "de Bercy à l'Élysée": the two ends of a way are places
    const a1 = last + 1 < n ? lowers[last + 1] : '';
    const place =
      b1 === 'au' ||
      b1 === 'palais' ||
      (b1 === "l'" && (b2 === 'à' || b2 === 'palais')) ||
      (refineConfig.seatPaths && b1 === 'de' && (a1 === 'à' || a1 === 'au'));
    const type = place ? LOC : ORG;
    const o = owner[i];
    if (o >= 0) {
      const m = ms[o];
      if (m.first === i && m.last === last && m.type !== PER) m.type = type;
    } else if (owner[last] < 0) {
      added.push({ first: i, last, type, margin: 0.5 });
    }
    i = last;
  }
  if (added.length) {
    ms = ms.concat(added);
    reindex();
  }
  s.ms = ms;
}

/** The prepositions that open a further complement of an institution ("… et des Comptes publics"). */
const COMPLEMENT_START = new Set(['de', 'du', 'des', "d'"]);

/** 3. Heads that belong to the name, with their complement. */
export function headsWithComplement(s: RefineState): void {
  const { toks, n, norms, lowers, owner, lowerAt, sentence, T } = s;
  let ms = s.ms;
  const reindex = (): void => {
    s.ms = ms;
    s.reindex();
  };
  const out: TokenMention[] = [];
  const drop = new Uint8Array(ms.length);
  for (let i = 0; i < n; i++) {
    const head = matchAt(T.heads, lowerAt, i, n, s.toks.sentence);
    if (!head || (head.type === LOC && !refineConfig.locHeads)) continue;
    // the head is lowercase, or begins a capitalised name the model started at the complement
    if (owner[i] >= 0 && ms[owner[i]].first < i) continue;
    // a head after an indefinite or demonstrative determiner or a quantifier describes a place or a
    // body, it is not its name: "dans une prison de Manaus", "un commissariat d'Anvers"
    if (refineConfig.headDeterminers && i > 0 && DESCRIPTIVE_DETERMINERS.has(lowers[i - 1])) continue;
    // "à la place de", "prendre la place de": the locution, not a square
    if (
      refineConfig.headDeterminers &&
      lowers[i] === 'place' &&
      i > 1 &&
      lowers[i - 1] === 'la' &&
      (lowers[i - 2] === 'à' || PRENDRE.test(lowers[i - 2])) &&
      i + 1 < n &&
      CONNECTORS.has(lowers[i + 1])
    )
      continue;
    let k = i + head.words.length;
    // modifiers: "correctionnel", "d'appel", "norvégien"
    for (let steps = 0; steps < 4 && k < n; steps++) {
      const mod = matchAt(T.modifiers, lowerAt, k, n, s.toks.sentence);
      if (mod) k += mod.words.length;
      else if (NATIONALITY.test(lowers[k]) && lowers[k] === norms[k]) k++;
      else break;
    }
    // connector: de, du, des, d', de la, de l', à l'
    let c = k;
    while (c < n && c - k < 2 && CONNECTORS.has(lowers[c]) && norms[c] === lowers[c]) c++;
    if (c >= n || sentence(c) !== sentence(i) || !isCap(norms[c]) || toks.kind[c] !== K_WORD) continue;
    // the complement: a mention there, or a run of capitalised words
    let end: number;
    const o = owner[c];
    if (o >= 0) {
      const m = ms[o];
      // the complement's own mention, or one the model started at the head ("ministère de l'Action")
      if ((m.first !== c && m.first !== i) || m.type === PER) continue;
      // an acronym of an organisation is the organisation itself ("le syndicat de la SNCF", "la
      // fédération PS", "claquer la porte de l'UA")
      if (m.first === c && m.last === c && m.type === ORG && ACRONYM.test(norms[c])) continue;
      end = m.last;
    } else {
      if (T.notNames.has(norms[c]) && head.type === LOC) continue;
      end = c;
      while (end + 1 < n && isCap(norms[end + 1]) && toks.kind[end + 1] === K_WORD && owner[end + 1] < 0)
        end++;
    }
    // a place that stands on its own after a site's head ("l'aéroport de Bruxelles", "la mer du
    // Japon", "l'île de Guadeloupe"): the site is described by the place it is in, and the place is
    // the name. The place stands on its own when the place list has it, or when the model read the
    // complement after "de" alone as a place. A street keeps its head ("rue de Lorraine"), and so
    // does a site named in apposition ("océan Arctique", "église Saint-Sulpice") unless listed.
    if (
      refineConfig.standalonePlaces &&
      head.type === LOC &&
      norms[i] === lowers[i] &&
      SITE_HEADS.has(lowers[i]) &&
      ((end === c && (gazetteerFlags(norms[c]) & PLACE) !== 0) ||
        (c > k && o >= 0 && ms[o].first === c && ms[o].type === LOC)) &&
      // a compass adjective makes another name: "mer de Chine méridionale" is not China's sea
      !(end + 1 < n && CARDINAL.test(lowers[end + 1]))
    )
      continue;
    // continuation of an institution's complement: "des Affaires étrangères", "de l'Action et des
    // Comptes publics", "de la Cohésion des territoires"
    if (head.type === ORG) {
      for (;;) {
        let q = end + 1;
        if (q < n && T.adjectives.has(lowers[q]) && norms[q] === lowers[q]) {
          end = q;
          continue;
        }
        const joined = q < n && (lowers[q] === 'et' || lowers[q] === ',');
        if (joined) q++;
        let r = q;
        while (r < n && r - q < 2 && CONNECTORS.has(lowers[r]) && norms[r] === lowers[r]) r++;
        if (r === end + 1 || r >= n) break;
        // after "et" or a comma, only a complement of its own ("…, de la consommation et de la
        // répression"): not "l'agence Bloomberg, l'Iran" nor "Université de Lille, France"
        if (joined && !COMPLEMENT_START.has(lowers[q])) break;
        if (isCap(norms[r]) && toks.kind[r] === K_WORD && (owner[r] < 0 || ms[owner[r]].type !== PER)) {
          end = owner[r] >= 0 ? ms[owner[r]].last : r;
          continue;
        }
        if (T.adjectives.has(lowers[r]) && r > q) {
          end = r;
          continue;
        }
        break;
      }
    }
    // a trailing adjective: "ministère des Affaires étrangères chinois", "mer de Chine méridionale"
    if (
      end + 1 < n &&
      norms[end + 1] === lowers[end + 1] &&
      (trailingNationality(lowers, end + 1) || CARDINAL.test(lowers[end + 1]))
    )
      end++;
    let margin = 0.5;
    for (let t = i; t <= end; t++) {
      const ot = owner[t];
      if (ot < 0) continue;
      if (ms[ot].last > end) end = ms[ot].last;
      margin = Math.max(margin, ms[ot].margin);
      drop[ot] = 1;
    }
    out.push({ first: i, last: end, type: head.type, margin });
    i = end;
  }
  if (out.length) {
    ms = ms.filter((_, k) => !drop[k]).concat(out);
    reindex();
  }
  s.ms = ms;
}
