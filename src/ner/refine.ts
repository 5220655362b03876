/**
 * Refinement of the model's mentions with French knowledge that news annotation guidelines share but
 * the training news rarely show (one pass, after the document-level votes):
 *
 * - an institution or a place whose lowercase head belongs to its name takes the head and its
 *   complement: "ministère de l'Intérieur" (not "Intérieur"), "tribunal correctionnel de Nanterre",
 *   "parquet de Paris", "rue de Rivoli", "aéroport d'Orly" (`head:ORG`, `head:LOC`);
 * - institutions named in lowercase ("la police judiciaire", "le parquet national financier") are
 *   organisations (`institution`);
 * - seats of power stand for the institution they house: "l'Élysée a annoncé" (`seat`);
 * - names of the organisation lists (hand-written and mined) that the model left untagged are
 *   organisations (`gazetteer:ORG`);
 * - words that name nothing alone ("l'État") are dropped.
 */
import type { Doc } from '../doc/types.js';
import {
  headModifiers,
  institutions,
  locHeads,
  lowercaseOrganisations,
  nameAdjectives,
  notNames,
  organisations,
  organisationsMined,
  orgHeads,
  seatsOfPower,
} from '../lang/fr/generated/ner.js';
import { initials } from './canonical.js';
import type { TokenMention } from './pipeline.js';

const ACRONYM = /^\p{Lu}[\p{Lu}&.-]{1,7}$/u;

const ORG = 1;
const LOC = 2;
const PER = 0;

/** Switches for measuring each rule. @internal */
export const refineConfig = {
  heads: true,
  locHeads: true,
  institutions: true,
  seats: true,
  gazetteer: true,
  notNames: true,
  roles: true,
  typeNouns: true,
  expansions: true,
  extend: true,
  trimTail: true,
  districts: true,
  miscToOrg: true,
};

/** A phrase as the token norms it is made of (elisions are tokens of their own: "d'" + "appel"). */
function phraseTokens(s: string): string[] {
  return s
    .replace(/’/g, "'")
    .replace(/(\p{L}')/gu, '$1 ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

interface Phrase {
  words: string[];
  type: number;
}

/** Phrases indexed by their first (lowercase) word, longest first. */
function index(lists: [readonly string[], number][], lower: boolean): Map<string, Phrase[]> {
  const out = new Map<string, Phrase[]>();
  for (const [list, type] of lists) {
    for (const s of list) {
      const words = phraseTokens(lower ? s.toLowerCase() : s);
      if (words.length === 0) continue;
      const l = out.get(words[0]);
      if (l) l.push({ words, type });
      else out.set(words[0], [{ words, type }]);
    }
  }
  for (const l of out.values()) l.sort((a, b) => b.words.length - a.words.length);
  return out;
}

let tables:
  | {
      heads: Map<string, Phrase[]>;
      modifiers: Map<string, Phrase[]>;
      adjectives: Set<string>;
      institutions: Map<string, Phrase[]>;
      seats: Map<string, Phrase[]>;
      orgNames: Map<string, Phrase[]>;
      notNames: Set<string>;
      lowerNames: Set<string>;
      typeNouns: Map<string, Phrase[]>;
    }
  | undefined;

/** Organisation names that news writes in lowercase ("franceinfo", "euronews"): data/ner. */
function lowercaseNames(): Set<string> {
  return new Set(lowercaseOrganisations);
}

/** Type nouns that news puts before an organisation's name, not part of it ("l'association SOS Racisme"). */
const TYPE_NOUNS = [
  'association',
  'ONG',
  'syndicat',
  'hebdomadaire',
  'quotidien',
  'magazine',
  'mensuel',
  'journal',
  'laboratoire',
  'laboratoire pharmaceutique',
  'agence',
  'société',
  'groupe',
  'entreprise',
  'chaîne',
  'radio',
  'site',
  'collectif',
  'mouvement',
  'parti',
  'institut',
  'constructeur',
  'enseigne',
  'opérateur',
  'fondation',
];

function getTables() {
  if (tables) return tables;
  tables = {
    heads: index(
      [
        [orgHeads, ORG],
        [locHeads, LOC],
      ],
      true,
    ),
    modifiers: index([[headModifiers, 0]], true),
    adjectives: new Set(nameAdjectives),
    institutions: index([[institutions, ORG]], true),
    seats: index([[seatsOfPower, ORG]], false),
    orgNames: index(
      [
        [organisations, ORG],
        [organisationsMined, ORG],
      ],
      false,
    ),
    notNames: new Set(notNames),
    lowerNames: lowercaseNames(),
    typeNouns: index([[TYPE_NOUNS, ORG]], true),
  };
  return tables;
}

/** Nationality adjectives by their endings ("norvégien", "allemand", "américaine", "français"). */
const NATIONALITY_ENDING = /^\p{Ll}{3,}(?:ien|ienne|ain|aine|ais|aise|ois|oise|ique|ol|ole)s?$/u;
const NATIONALITY_OTHER =
  /^(?:allemand|normand|flamand|islandais|irlandais|finlandais|néerlandais|russe|belge|suisse|turc|turque|grec|grecque|basque|tchèque|slovaque|thaï|kurde|arabe|mongol|malien|iranien|irakien)e?s?$/u;
const NOT_NATIONALITY = new Set([
  'semaine',
  'semaines',
  'prochain',
  'prochaine',
  'prochains',
  'prochaines',
  'certain',
  'certaine',
  'certains',
  'certaines',
  'humain',
  'humaine',
  'humains',
  'humaines',
  'demain',
  'soudain',
  'soudaine',
  'lointain',
  'lointaine',
  'jamais',
  'parfois',
  'autrefois',
  'toutefois',
  'quelquefois',
  'musique',
  'pratique',
  'technique',
  'boutique',
  'critique',
  'réplique',
  'panique',
  'clinique',
  'fabrique',
  'logique',
  'rubrique',
]);
/** Nationality and other adjectives of place, by their endings ("norvégien", "américaine", "chinois"). */
const NATIONALITY = {
  test: (w: string): boolean =>
    !NOT_NATIONALITY.has(w) && (NATIONALITY_ENDING.test(w) || NATIONALITY_OTHER.test(w)),
};
/^\p{Ll}{3,}(?:ien|ienne|ain|aine|ais|aise|and|ande|ois|oise|ois|ique|in|ine|on|onne|ol|ole|ec|eque|en|enne)s?$/u;
/** Compass adjectives that end a place name ("mer de Chine méridionale"). */
const CARDINAL = /^(?:méridional|septentrional|oriental|occidental|central)e?s?$/u;
/** Roles whose complement is a portfolio ("ministre de la Justice"). */
const ROLES = new Set(['ministre', 'ministres', 'secrétaire', 'sous-ministre', 'vice-ministre']);
const ROLE_FILLERS = new Set([
  'délégué',
  'déléguée',
  'chargé',
  'chargée',
  'adjoint',
  'adjointe',
  'porte-parole',
  'actuel',
  'actuelle',
  'ancien',
  'ancienne',
  'nouveau',
  'nouvelle',
]);
const CONNECTORS = new Set(['de', 'du', 'des', "d'", 'la', "l'"]);
/** Connectors after a role: also "chargée de l'Égalité", "à l'Égalité". */
const ROLE_CONNECTORS = new Set(['de', 'du', 'des', "d'", 'la', "l'", 'le', 'les', 'à', 'au', 'aux', 'avec']);

function isCap(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return s[0] !== s[0].toLowerCase() && s[0] === s[0].toUpperCase();
}

/** Length of the longest phrase of `map` at token `i` (compared on `key(i)`), or 0. */
function matchAt(
  map: Map<string, Phrase[]>,
  key: (i: number) => string,
  i: number,
  n: number,
): Phrase | undefined {
  const l = map.get(key(i));
  if (!l) return undefined;
  for (const p of l) {
    if (i + p.words.length > n) continue;
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++) ok = key(i + k) === p.words[k];
    if (ok) return p;
  }
  return undefined;
}

/** Applies the refinements to the mentions of `doc` (sorted by `first`); returns the new list. @internal */
export function refineMentions(doc: Doc, mentions: TokenMention[]): TokenMention[] {
  const toks = doc.tokens;
  const n = toks.length;
  if (n === 0) return mentions;
  const T = getTables();
  const lowers: string[] = new Array(n);
  const norms: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    norms[i] = toks[i].norm;
    lowers[i] = norms[i].toLowerCase();
  }
  const lowerAt = (i: number) => lowers[i];
  const normAt = (i: number) => norms[i];
  // mention starting / covering each token
  const owner = new Int32Array(n).fill(-1);
  let ms = mentions.slice();
  const reindex = () => {
    owner.fill(-1);
    ms.sort((a, b) => a.first - b.first);
    for (let k = 0; k < ms.length; k++) for (let i = ms[k].first; i <= ms[k].last; i++) owner[i] = k;
  };
  reindex();
  const sentence = (i: number) => toks[i].sentence;

  // 1. Words that name nothing alone.
  if (refineConfig.notNames) {
    ms = ms.filter((m) => !(m.first === m.last && m.type !== PER && T.notNames.has(norms[m.first])));
    reindex();
  }

  // 1b. A minister's portfolio is a role, not an organisation: "le ministre de l'Intérieur", "la
  //     secrétaire d'État chargée de l'Égalité", "ministre de l'Action et des Comptes publics".
  if (refineConfig.roles) {
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
          toks[j].kind === 'word' &&
          toks[j].sentence === toks[i].sentence
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
  }

  // 1c. "6e arrondissement de Paris": the district and the city are two places.
  if (refineConfig.districts) {
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
  }

  // 2. Seats of power: an organisation, tagged or not.
  if (refineConfig.seats) {
    const added: TokenMention[] = [];
    for (let i = 0; i < n; i++) {
      const p = matchAt(T.seats, normAt, i, n);
      if (!p) continue;
      const last = i + p.words.length - 1;
      // "à l'Élysée", "au Kremlin", "palais de l'Élysée": the place itself
      const b1 = i > 0 ? lowers[i - 1] : '';
      const b2 = i > 1 ? lowers[i - 2] : '';
      const place = b1 === 'au' || (b1 === "l'" && (b2 === 'à' || b2 === 'palais')) || b1 === 'palais';
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
  }

  // 3. Heads that belong to the name, with their complement.
  if (refineConfig.heads) {
    const out: TokenMention[] = [];
    const drop = new Uint8Array(ms.length);
    for (let i = 0; i < n; i++) {
      const head = matchAt(T.heads, lowerAt, i, n);
      if (!head || (head.type === LOC && !refineConfig.locHeads)) continue;
      // the head is lowercase, or begins a capitalised name the model started at the complement
      if (owner[i] >= 0 && ms[owner[i]].first < i) continue;
      let k = i + head.words.length;
      // modifiers: "correctionnel", "d'appel", "norvégien"
      for (let steps = 0; steps < 4 && k < n; steps++) {
        const mod = matchAt(T.modifiers, lowerAt, k, n);
        if (mod) k += mod.words.length;
        else if (NATIONALITY.test(lowers[k]) && lowers[k] === norms[k]) k++;
        else break;
      }
      // connector: de, du, des, d', de la, de l', à l'
      let c = k;
      while (c < n && c - k < 2 && CONNECTORS.has(lowers[c]) && norms[c] === lowers[c]) c++;
      if (c >= n || sentence(c) !== sentence(i) || !isCap(norms[c]) || toks[c].kind !== 'word') continue;
      // the complement: a mention there, or a run of capitalised words
      let end: number;
      const o = owner[c];
      if (o >= 0) {
        const m = ms[o];
        if (m.first !== c || m.type === PER) continue;
        end = m.last;
      } else {
        if (T.notNames.has(norms[c]) && head.type === LOC) continue;
        end = c;
        while (end + 1 < n && isCap(norms[end + 1]) && toks[end + 1].kind === 'word' && owner[end + 1] < 0)
          end++;
      }
      // continuation of an institution's complement: "des Affaires étrangères", "de l'Action et des
      // Comptes publics", "de la Cohésion des territoires"
      if (head.type === ORG) {
        for (;;) {
          let q = end + 1;
          if (q < n && T.adjectives.has(lowers[q]) && norms[q] === lowers[q]) {
            end = q;
            continue;
          }
          if (q < n && (lowers[q] === 'et' || lowers[q] === ',')) q++;
          let r = q;
          while (r < n && r - q < 2 && CONNECTORS.has(lowers[r]) && norms[r] === lowers[r]) r++;
          if (r === end + 1 || r >= n) break;
          if (isCap(norms[r]) && toks[r].kind === 'word' && (owner[r] < 0 || ms[owner[r]].type !== PER)) {
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
        (NATIONALITY.test(lowers[end + 1]) || CARDINAL.test(lowers[end + 1]))
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
  }

  // 3b. A name of the organisation lists that the model took for another kind of name (a platform or a
  //     brand as MISC, a company or a newspaper as a place or a person) is the organisation.
  if (refineConfig.miscToOrg) {
    for (const m of ms) {
      if (m.type === ORG || matchAt(T.seats, normAt, m.first, n)) continue;
      const p = matchAt(T.orgNames, normAt, m.first, n);
      if (p && m.first + p.words.length - 1 === m.last) m.type = ORG;
    }
  }

  // 3b'. "Direction générale de la concurrence, de la consommation et de la répression des fraudes
  //      (DGCCRF)": the words before an acronym in parentheses whose initials spell it are its
  //      expansion, one organisation however the model cut it.
  if (refineConfig.expansions) {
    const out: TokenMention[] = [];
    const drop = new Uint8Array(ms.length);
    for (let i = 1; i + 2 < n; i++) {
      if (norms[i] !== '(' || norms[i + 2] !== ')' || !ACRONYM.test(norms[i + 1])) continue;
      const acr = norms[i + 1].replace(/[.&-]/g, '').toUpperCase();
      if (i > 0 && owner[i - 1] >= 0 && ms[owner[i - 1]].type === PER) continue;
      let found = -1;
      for (let j = i - 1; j >= 0 && i - j <= 30 && toks[j].sentence === toks[i].sentence; j--) {
        if (!isCap(norms[j]) || toks[j].kind !== 'word') continue;
        const ini = initials(doc.text.slice(toks[j].start, toks[i - 1].end));
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
  }

  // 3b''. A listed organisation the model cut short ("la France insoumise" read as the place "France"),
  //       and an organisation followed by a nationality adjective ("Parlement australien").
  if (refineConfig.extend) {
    let changed = false;
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k];
      if (m.type === PER) continue;
      const p = matchAt(T.orgNames, normAt, m.first, n);
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
      if (m.type === ORG && a < n && owner[a] < 0 && norms[a] === lowers[a] && NATIONALITY.test(lowers[a])) {
        m.last = a;
        changed = true;
      }
    }
    if (changed) reindex();
  }

  // 3b'''. A lowercase word the model glued to an acronym or a listed name ("DGCCRF recommande",
  //        "YouTube intitulée") is not part of it.
  if (refineConfig.trimTail) {
    for (const m of ms) {
      if (m.last === m.first || m.type === PER) continue;
      const w = lowers[m.last];
      if (norms[m.last] !== w || !/^\p{L}/u.test(w) || T.adjectives.has(w) || NATIONALITY.test(w)) continue;
      const body = m.last - 1;
      const listed = matchAt(T.orgNames, normAt, m.first, n);
      if (
        (body === m.first && ACRONYM.test(norms[body])) ||
        (listed && m.first + listed.words.length - 1 === body)
      )
        m.last = body;
    }
  }

  // 3c. A type noun inside an organisation's span is not part of its name: "association SOS Racisme"
  //     -> "SOS Racisme", "laboratoire pharmaceutique Servier" -> "Servier".
  if (refineConfig.typeNouns) {
    for (const m of ms) {
      if (m.type !== ORG || m.last === m.first || norms[m.first] !== lowers[m.first]) continue;
      const p = matchAt(T.typeNouns, lowerAt, m.first, n);
      if (!p) continue;
      let k = m.first + p.words.length;
      while (k < m.last && norms[k] === lowers[k] && NATIONALITY.test(lowers[k])) k++;
      if (k <= m.last && isCap(norms[k])) m.first = k;
    }
    reindex();
  }

  // 4. Institutions named in lowercase, and names of the organisation lists the model left untagged.
  const added: TokenMention[] = [];
  for (let i = 0; i < n; i++) {
    if (owner[i] >= 0) continue;
    let p: Phrase | undefined;
    if (refineConfig.institutions) p = matchAt(T.institutions, lowerAt, i, n);
    if (!p && refineConfig.gazetteer && isCap(norms[i])) p = matchAt(T.orgNames, normAt, i, n);
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
      toks[last + 1].kind === 'word' &&
      toks[last + 1].sentence === toks[last].sentence
    )
      continue;
    if (
      i > 0 &&
      isCap(norms[i - 1]) &&
      toks[i - 1].kind === 'word' &&
      toks[i - 1].sentence === toks[i].sentence &&
      !isSentenceStart(doc, i - 1)
    )
      continue;
    added.push({ first: i, last, type: ORG, margin: 0.5 });
    i = last;
  }
  if (added.length) ms = ms.concat(added).sort((a, b) => a.first - b.first);
  return ms;
}

function isSentenceStart(doc: Doc, i: number): boolean {
  return i === 0 || doc.tokens[i - 1].sentence !== doc.tokens[i].sentence;
}
