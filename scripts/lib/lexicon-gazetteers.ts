/**
 * Step 3 of `scripts/train/lexicon.ts`: mines small, precise gazetteers from the raw news with textual
 * patterns and frequency thresholds (precision over recall), and writes them as reviewable lists:
 *
 * - surnames.txt: capitalised words after `M.`/`Mme`/`Dr`… or a role (`le ministre X`), then words after a
 *   mined first name;
 * - first-names.txt: capitalised words followed by several different known surnames;
 * - places.txt: capitalised words after `la ville de`, `habitants de`, `maire de`… , `à X`, `en X`, `au X`,
 *   and in `Valence (Drôme)`;
 * - organisations.txt: capitalised words after `la société`, `le groupe`, `le parti`… and acronyms whose
 *   expansion precedes them (`Organisation des Nations unies (ONU)`).
 *
 * Every candidate must be a capitalised word seen mostly capitalised in mid-sentence (its lowercase form
 * is rare: `Marche` in "La République en Marche" is dropped because `marche` is common), and its evidence
 * for one class must beat the evidence for the others. Wrong entries found in review go in
 * data/ner/exclude/gazetteers.lst (`word` for every list, `list:word` for one list), which this step honours.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWordType } from './lexicon-clusters.js';
import { BOUNDARY, type Corpus } from './lexicon-corpus.js';

const HONORIFICS = ['M.', 'Mme', 'MM.', 'Mmes', 'Mlle', 'Me', 'Dr', 'Dr.', 'Pr', 'Pr.'];
/** Roles that may directly precede a person's name: "le ministre Darmanin", "la chanteuse Angèle". */
const ROLES = [
  'président',
  'présidente',
  'ministre',
  'député',
  'députée',
  'sénateur',
  'sénatrice',
  'maire',
  'candidat',
  'candidate',
  'chanteur',
  'chanteuse',
  'acteur',
  'actrice',
  'comédien',
  'comédienne',
  'journaliste',
  'animateur',
  'animatrice',
  'joueur',
  'joueuse',
  'entraîneur',
  'footballeur',
  'attaquant',
  'défenseur',
  'milieu',
  'gardien',
  'sélectionneur',
  'pilote',
  'écrivain',
  'réalisateur',
  'réalisatrice',
  'juge',
  'procureur',
  'avocat',
  'avocate',
  'porte-parole',
  'secrétaire',
  'patron',
  'patronne',
  'PDG',
  'leader',
  'prince',
  'princesse',
  'roi',
  'reine',
  'pape',
  'chancelière',
  'chancelier',
  'dirigeant',
  'philosophe',
  'humoriste',
  'rappeur',
  'styliste',
  'champion',
  'championne',
  'sprinteur',
  'skipper',
  'tennisman',
  'cycliste',
  'boxeur',
  'coureur',
];
/** `<head> de X` / `<head> d' X` announce a place. */
const PLACE_HEADS = [
  'ville',
  'commune',
  'habitants',
  'maire',
  'région',
  'banlieue',
  'préfecture',
  'département',
  'village',
  'centre-ville',
  'agglomération',
  'environs',
  'périphérie',
  'port',
  'province',
  'près',
  'aéroport',
  'gare',
  'tribunal',
  'université',
  'hôpital',
  'CHU',
];
/** `<head> X` announces an organisation: "la société Total", "le constructeur Renault". */
const ORG_HEADS = [
  'société',
  'groupe',
  'entreprise',
  'constructeur',
  'opérateur',
  'parti',
  'syndicat',
  'association',
  'compagnie',
  'banque',
  'club',
  'géant',
  'quotidien',
  'journal',
  'hebdomadaire',
  'magazine',
  'mensuel',
  'chaîne',
  'radio',
  'site',
  'institut',
  'ONG',
  'cabinet',
  'fabricant',
  'distributeur',
  'enseigne',
  'laboratoire',
  'start-up',
  'firme',
  'assureur',
  'mouvement',
  'fédération',
  'agence',
  'collectif',
  'équipementier',
  'transporteur',
  'plateforme',
  'mutuelle',
  'studio',
  'éditeur',
  'label',
  'marque',
  'journal',
  'sondage',
  'organisation',
  "l'organisation",
  "l'entreprise",
  "l'association",
  "l'institut",
  "l'opérateur",
  "l'équipementier",
  "l'enseigne",
  "l'agence",
  "l'assureur",
  "l'éditeur",
  "l'hebdomadaire",
];
/** "a confié au Parisien", "a déclaré à Ouest-France": after these, `à X` / `au X` names a medium, not a place. */
const REPORTING = [
  'confié',
  'confie',
  'déclaré',
  'déclare',
  'indiqué',
  'indique',
  'expliqué',
  'explique',
  'raconté',
  'raconte',
  'affirmé',
  'affirme',
  'assuré',
  'assure',
  'précisé',
  'précise',
  'dit',
  'répondu',
  'souligné',
  'annoncé',
  'révélé',
  'estimé',
  'interview',
  'entretien',
  'accordée',
  'accordé',
  'témoigné',
  'rapporté',
];
/** `<role> de (la|l') X` names an organisation: "le patron de la SNCF", "les salariés d'EDF". */
const ORG_ROLES = [
  'PDG',
  'patron',
  'patronne',
  'patrons',
  'dirigeant',
  'dirigeants',
  'dirigeante',
  'salariés',
  'salarié',
  'employés',
  'actionnaires',
  'actionnaire',
  'filiale',
  'direction',
  'cofondateur',
  'fondateur',
  'fondatrice',
  'général',
  'générale',
  'présidente-directrice',
  'président-directeur',
  'adhérents',
  'militants',
  'syndicats',
  'clients',
  'abonnés',
];
/** Tokens after which a capital letter may just start a sentence or a quotation. */
const OPENERS = new Set(['"', '(', '[', '—', '-', ':', '...', '!', '?', '.', ';', '*', '•']);
/** Function words skipped when matching an acronym's initials against its expansion. */
const ACRONYM_SKIP = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  "l'",
  "d'",
  'et',
  'pour',
  'en',
  'à',
  'au',
  'aux',
  'sur',
  '-',
]);
/** An acronym whose expansion starts with one of these names a place ("République démocratique du Congo (RDC)"). */
const PLACE_EXPANSIONS = new Set([
  'République',
  'Etats',
  'États',
  'Émirats',
  'Emirats',
  'Royaume',
  'Territoires',
]);

/** Least share of mined first names among a cluster's capitalised words for the cluster round. */
const CLUSTER_SHARE = Number(process.env.LEXICON_CLUSTER_SHARE ?? 0.3);
/** The same for places and organisations, which also need some direct evidence of their own. */
const CLUSTER_SHARE_PLACE_ORG = Number(process.env.LEXICON_CLUSTER_SHARE2 ?? 0.5);

const reUpperStart = /^\p{Lu}/u;
const reLower = /\p{Ll}/u;
const reLetters = /\p{L}/gu;

interface Mined {
  firstNames: string[];
  surnames: string[];
  places: string[];
  organisations: string[];
}

function readExclusions(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const p = join(import.meta.dirname, '..', '..', 'data', 'ner', 'exclude', 'gazetteers.lst');
  if (!existsSync(p)) return out;
  for (const raw of readFileSync(p, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-z-]+):(.+)$/.exec(line);
    const list = m ? m[1] : '*';
    const word = (m ? m[2] : line).normalize('NFC');
    if (!out.has(word)) out.set(word, new Set());
    out.get(word)?.add(list);
  }
  return out;
}

/** Mines the four lists from the corpus; returns them (and writes them into `dir` when given). */
export function mineGazetteers(
  corpus: Corpus,
  dir?: string,
  log: (s: string) => void = console.log,
  clusterOfWord?: (w: string) => number,
): Mined {
  const { types, counts, stream } = corpus;
  const T = types.length;
  const id = new Map<string, number>();
  types.forEach((t, i) => {
    id.set(t, i);
  });
  const idsOf = (list: readonly string[]): Set<number> =>
    new Set(list.map((w) => id.get(w)).filter((x): x is number => x !== undefined));
  const cap = new Uint8Array(T); // 1 capitalised word, 2 all-caps acronym
  const lowerCount = new Int32Array(T);
  for (let t = 0; t < T; t++) {
    const w = types[t];
    if (!isWordType(w) || !reUpperStart.test(w) || w.endsWith('.') || w.endsWith("'")) continue;
    const letters = w.match(reLetters)?.length ?? 0;
    if (letters < 2) continue;
    cap[t] = reLower.test(w) ? 1 : 2;
    const low = id.get(w.toLowerCase());
    if (low !== undefined) lowerCount[t] = counts[low];
  }
  const honorific = idsOf(HONORIFICS);
  const role = idsOf(ROLES);
  const placeHead = idsOf(PLACE_HEADS);
  const orgHead = idsOf(ORG_HEADS);
  const openers = idsOf([...OPENERS]);
  const de = idsOf(['de', "d'"]);
  const a = idsOf(['à']);
  const enAu = idsOf(['en', 'au', 'aux']);
  const open = id.get('(') ?? -2;
  const close = id.get(')') ?? -2;
  const acronymSkip = idsOf([...ACRONYM_SKIP]);
  const reporting = idsOf(REPORTING);
  const orgRoles = idsOf(ORG_ROLES);
  const generalRoles = idsOf(['général', 'générale']); // "le général de Gaulle"
  const deLike = idsOf(['de', 'du', 'des', "d'"]);
  const laLike = idsOf(['la', "l'"]);
  const selon = id.get('selon') ?? -2;
  const leLaL = idsOf(['le', 'la', "l'"]);
  const capArticles = idsOf(['Le', 'La', 'Les', "L'"]);
  const sein = id.get('sein') ?? -2;
  const comma = id.get(',') ?? -2;
  const num = id.get('<NUM>') ?? -2;
  const ans = id.get('ans') ?? -2;
  const particles = idsOf([
    'Le',
    'La',
    'De',
    'Du',
    'Van',
    'Von',
    'Di',
    'Da',
    'El',
    'Al',
    'Ben',
    'de',
    'du',
    "d'",
  ]);
  const notFirst = idsOf([
    ...HONORIFICS,
    'Madame',
    'Monsieur',
    'Mademoiselle',
    'Sir',
    'Lord',
    'Docteur',
    'Maître',
    'Père',
    'Frère',
    'Sœur',
    'Mgr',
    'Saint',
    'Sainte',
    'Le',
    'La',
    'Les',
    'De',
    'Du',
    'Van',
    'Von',
    'El',
    'Al',
    'Abou',
    'Ben',
    'Ibn',
  ]);

  const mid = new Int32Array(T);
  const titled = new Int32Array(T); // "M. X" (X not followed by a capital) or "M. Jean X" (X)
  const titledFirst = new Int32Array(T); // "M. Jean X" (Jean)
  const followedByCap = new Int32Array(T);
  const placeStrong = new Int32Array(T);
  const placeWeak = new Int32Array(T);
  const orgEv = new Int32Array(T);
  const afterCapArticle = new Int32Array(T);
  const aged = new Int32Array(T); // "Jean Dupont, 45 ans": Jean
  const agedAlone = new Int32Array(T); // "Kevin, 25 ans": Kevin // "Le Figaro", "La Croix": part of a longer name
  const acronymOrg = new Int32Array(T);
  const acronymPlace = new Int32Array(T);
  const pairs = new Map<number, number>(); // capitalised t followed by capitalised u: key t * T + u
  const n = stream.length;
  let sentStart = 0;
  const isCap = (i: number): boolean => i < n && stream[i] !== BOUNDARY && cap[stream[i]] !== 0;
  for (let i = 0; i < n; i++) {
    const v = stream[i];
    if (v === BOUNDARY) {
      sentStart = i + 1;
      continue;
    }
    if (cap[v] === 0) continue;
    const p1 = i - 1 >= sentStart ? stream[i - 1] : -1;
    const p2 = i - 2 >= sentStart ? stream[i - 2] : -1;
    const nextCap = isCap(i + 1);
    if (p1 >= 0 && !openers.has(p1)) mid[v]++;
    if (nextCap) {
      followedByCap[v]++;
      // "Marine Le Pen", "François de Rugy": pair the first name with the word after the particle.
      const u = particles.has(stream[i + 1]) && isCap(i + 2) ? stream[i + 2] : stream[i + 1];
      const key = v * T + u;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    } else if (cap[v] === 1 && i + 2 < n && particles.has(stream[i + 1]) && isCap(i + 2)) {
      followedByCap[v]++;
      const key = v * T + stream[i + 2];
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    // "Kevin, 25 ans" (a first name alone) / "Jean Dupont, 45 ans" (a surname after a first name).
    if (
      i + 3 < n &&
      stream[i + 1] === comma &&
      stream[i + 2] === num &&
      stream[i + 3] === ans &&
      cap[v] === 1
    ) {
      if (p1 >= 0 && cap[p1] === 1) aged[p1]++;
      else agedAlone[v]++;
    }
    if (p1 >= 0 && (honorific.has(p1) || role.has(p1)) && cap[v] === 1) {
      if (nextCap && cap[stream[i + 1]] === 1) {
        titledFirst[v]++;
        titled[stream[i + 1]]++;
      } else titled[v]++;
    }
    if (p1 >= 0 && de.has(p1) && p2 >= 0 && placeHead.has(p2)) placeStrong[v]++;
    if (
      cap[v] === 1 &&
      p1 === open &&
      i + 1 < n &&
      stream[i + 1] === close &&
      i - 2 >= sentStart &&
      cap[stream[i - 2]] === 1
    )
      placeStrong[v]++;
    if (p1 >= 0 && capArticles.has(p1) && p2 >= 0 && !openers.has(p2)) afterCapArticle[v]++;
    if (p1 >= 0 && (a.has(p1) || enAu.has(p1)) && p2 >= 0 && reporting.has(p2)) orgEv[v]++;
    else if (p1 >= 0 && (a.has(p1) || enAu.has(p1)) && !nextCap) placeWeak[v]++;
    if (p1 >= 0 && orgHead.has(p1)) orgEv[v]++;
    // "le patron de la SNCF", "les salariés d'EDF", "selon l'Insee".
    if (p1 >= 0 && p2 >= 0) {
      if (deLike.has(p1) && orgRoles.has(p2) && (cap[v] === 2 || !generalRoles.has(p2))) orgEv[v]++;
      else if (laLike.has(p1) && deLike.has(p2) && i - 3 >= sentStart && orgRoles.has(stream[i - 3]))
        orgEv[v]++;
      else if (leLaL.has(p1) && p2 === selon) orgEv[v]++;
    }
    if (
      p1 >= 0 &&
      (p2 === sein || (i - 3 >= sentStart && stream[i - 3] === sein)) &&
      (de.has(p1) || p1 === id.get('du') || p1 === id.get("l'"))
    )
      orgEv[v]++;
    // "Expansion Of Acronym (EOA)"
    if (cap[v] === 2 && p1 === open && i + 1 < n && stream[i + 1] === close) {
      const letters = types[v].replace(/[^\p{L}]/gu, '');
      if (letters.length >= 2 && letters.length <= 8) {
        let k = letters.length - 1;
        let j = i - 2;
        let first = -1;
        while (k >= 0 && j >= sentStart) {
          const w = stream[j];
          if (acronymSkip.has(w)) {
            j--;
            continue;
          }
          if (!isWordType(types[w])) break;
          if (types[w][0].toUpperCase() !== letters[k].toUpperCase()) break;
          first = w;
          k--;
          j--;
        }
        // The expansion must start with a capital in mid-sentence (not "Procréation médicalement…" at the start).
        const before = j >= sentStart ? stream[j] : -1;
        if (k < 0 && first >= 0 && cap[first] === 1 && before >= 0 && !openers.has(before)) {
          if (PLACE_EXPANSIONS.has(types[first])) acronymPlace[v]++;
          else acronymOrg[v]++;
        }
      }
    }
  }
  const capRatio = (t: number): number => mid[t] / (mid[t] + lowerCount[t] + 1);
  // Surnames, seed: after honorifics and roles.
  const seed = new Set<number>();
  for (let t = 0; t < T; t++)
    if (cap[t] === 1 && titled[t] >= 3 && capRatio(t) >= 0.9 && titled[t] >= 0.02 * mid[t]) seed.add(t);
  // First names: followed by several different seed surnames, mostly followed by a capitalised word.
  const fnScore = new Int32Array(T);
  const fnDistinct = new Int32Array(T);
  for (const [key, c] of pairs) {
    const t = Math.floor(key / T);
    const u = key % T;
    if (seed.has(u)) {
      fnScore[t] += c;
      fnDistinct[t]++;
    }
  }
  const first = new Set<number>();
  for (let t = 0; t < T; t++) {
    if (cap[t] !== 1 || notFirst.has(t)) continue;
    // A common word too ("Pierre"/"pierre") only on strong evidence.
    if (capRatio(t) < 0.9 && !(capRatio(t) >= 0.6 && fnScore[t] >= 20 && fnDistinct[t] >= 3)) continue;
    const followRatio = followedByCap[t] / counts[t];
    if (notFirst.has(t)) continue;
    const ev = fnScore[t] + titledFirst[t] + aged[t];
    // Also a surname ("Édouard Philippe"): many different surnames after it still make it a first name.
    if (fnDistinct[t] >= 5 && fnScore[t] >= 30) {
      first.add(t);
      continue;
    }
    if (followRatio < 0.5) {
      // Mostly alone: only "Kevin, 25 ans" can tell a first name.
      if (agedAlone[t] >= 3 && agedAlone[t] >= 0.05 * counts[t] && titled[t] === 0) first.add(t);
      continue;
    }
    if (ev >= 3 && (fnDistinct[t] >= 2 || ev >= 0.4 * counts[t])) first.add(t);
  }
  // More surnames: after mined first names.
  const afterFirst = new Int32Array(T);
  for (const [key, c] of pairs) {
    const t = Math.floor(key / T);
    if (first.has(t)) afterFirst[key % T] += c;
  }
  const personEv = (t: number): number =>
    titled[t] + afterFirst[t] + titledFirst[t] + (first.has(t) ? fnScore[t] : 0);
  const placeEv = (t: number): number => 3 * placeStrong[t] + placeWeak[t] + 3 * acronymPlace[t];
  const orgEvidence = (t: number): number => 2 * orgEv[t] + 3 * acronymOrg[t];
  const surnames = new Set<number>();
  for (let t = 0; t < T; t++) {
    if (cap[t] !== 1 || capRatio(t) < 0.9) continue;
    const ev = titled[t] + afterFirst[t];
    if (ev < 3 || ev < 0.3 * counts[t]) continue;
    if (placeEv(t) > ev || orgEvidence(t) > ev) continue;
    if (first.has(t) && afterFirst[t] < fnScore[t]) continue;
    surnames.add(t);
  }
  // Second round: first names before several different mined surnames ("Rachida Dati", "Rachida X"…).
  const fn2 = new Int32Array(T);
  const fn2Distinct = new Int32Array(T);
  for (const [key, c] of pairs) {
    const u = key % T;
    if (!surnames.has(u) && !seed.has(u)) continue;
    const t = Math.floor(key / T);
    fn2[t] += c;
    fn2Distinct[t]++;
  }
  for (let t = 0; t < T; t++) {
    if (first.has(t) || surnames.has(t) || cap[t] !== 1 || notFirst.has(t) || capRatio(t) < 0.9) continue;
    if (followedByCap[t] < 0.6 * counts[t]) continue;
    if (fn2Distinct[t] >= 2 && fn2[t] >= 3 && fn2[t] > placeEv(t) + orgEvidence(t)) first.add(t);
  }
  // Third round, through the word clusters: a capitalised word mostly followed by another capitalised word,
  // in a fine cluster where mined first names are common, is a first name too ("Mario", "Emma").
  if (clusterOfWord) {
    const members = new Map<number, number>();
    const named = new Map<number, number>();
    for (let t = 0; t < T; t++) {
      if (cap[t] !== 1) continue;
      const c = clusterOfWord(types[t]);
      if (c < 0) continue;
      members.set(c, (members.get(c) ?? 0) + 1);
      if (first.has(t)) named.set(c, (named.get(c) ?? 0) + 1);
    }
    const added: string[] = [];
    for (let t = 0; t < T; t++) {
      if (first.has(t) || surnames.has(t) || cap[t] !== 1 || notFirst.has(t) || capRatio(t) < 0.9) continue;
      if (counts[t] < 5 || followedByCap[t] < 0.6 * counts[t]) continue;
      const c = clusterOfWord(types[t]);
      if (c < 0) continue;
      const share = (named.get(c) ?? 0) / (members.get(c) ?? 1);
      if (share >= CLUSTER_SHARE && placeEv(t) + orgEvidence(t) < 2) {
        first.add(t);
        added.push(types[t]);
      }
    }
    log(
      `gazetteers: ${added.length} first names through clusters, e.g. ${added.slice(0, Number(process.env.LEXICON_SHOW ?? 40)).join(' ')}`,
    );
  }
  const places = new Set<number>();
  for (let t = 0; t < T; t++) {
    if (cap[t] === 0 || capRatio(t) < 0.9) continue;
    const ev = placeEv(t);
    if (ev < 4 || ev < 0.15 * counts[t]) continue;
    // Acronyms only on strong evidence ("à LREM", "au PS" are parties); names after "Le/La" are titles.
    if (cap[t] === 2 && placeStrong[t] + acronymPlace[t] < 2) continue;
    if (afterCapArticle[t] > 0.2 * counts[t]) continue;
    if (personEv(t) * 2 > ev || orgEvidence(t) > ev) continue;
    places.add(t);
  }
  const orgs = new Set<number>();
  for (let t = 0; t < T; t++) {
    if (cap[t] === 0 || capRatio(t) < 0.9) continue;
    const ev = orgEvidence(t);
    const strong = acronymOrg[t] >= 1 && counts[t] >= 3;
    if (!strong && (orgEv[t] < 2 || ev < 0.05 * counts[t])) continue;
    if (cap[t] === 2 && !strong && orgEv[t] < 4) continue;
    if (personEv(t) > ev || placeEv(t) > ev) continue;
    orgs.add(t);
  }
  // Through the clusters: a word with some direct evidence for places (organisations), too little for the
  // thresholds above, joins when its 1,024-cluster is dominated by mined places (organisations).
  if (clusterOfWord) {
    const propagate = (
      set: Set<number>,
      ev: (t: number) => number,
      other: (t: number) => number,
      acronyms: boolean,
    ): string[] => {
      const members = new Map<number, number>();
      const named = new Map<number, number>();
      for (let t = 0; t < T; t++) {
        if (cap[t] === 0) continue;
        const c = clusterOfWord(types[t]);
        if (c < 0) continue;
        members.set(c, (members.get(c) ?? 0) + 1);
        if (set.has(t)) named.set(c, (named.get(c) ?? 0) + 1);
      }
      const added: number[] = [];
      for (let t = 0; t < T; t++) {
        if (set.has(t) || cap[t] === 0 || capRatio(t) < 0.9 || counts[t] < 5) continue;
        if (cap[t] === 2 && !acronyms) continue;
        if (first.has(t) || surnames.has(t) || places.has(t) || orgs.has(t)) continue;
        const e = ev(t);
        if (e < 2 || e <= other(t) || afterCapArticle[t] > 0.2 * counts[t]) continue;
        const c = clusterOfWord(types[t]);
        if (c < 0 || (members.get(c) ?? 0) < 5) continue;
        if ((named.get(c) ?? 0) / (members.get(c) as number) >= CLUSTER_SHARE_PLACE_ORG) added.push(t);
      }
      for (const t of added) set.add(t);
      return added.map((t) => types[t]);
    };
    const p = propagate(places, placeEv, (t) => personEv(t) + orgEvidence(t), false);
    const o = propagate(orgs, orgEvidence, (t) => personEv(t) + placeEv(t), true);
    const show = Number(process.env.LEXICON_SHOW ?? 30);
    log(`gazetteers: ${p.length} places through clusters, e.g. ${p.slice(0, show).join(' ')}`);
    log(`gazetteers: ${o.length} organisations through clusters, e.g. ${o.slice(0, show).join(' ')}`);
  }
  const exclusions = dir ? readExclusions() : new Map<string, Set<string>>();
  const finish = (set: Set<number>, list: string): string[] =>
    [...set]
      .map((t) => types[t])
      .filter((w) => {
        const ex = exclusions.get(w);
        return !ex || !(ex.has('*') || ex.has(list));
      })
      .sort();
  if (process.env.LEXICON_DEBUG) {
    for (const w of process.env.LEXICON_DEBUG.split(',')) {
      const t = id.get(w);
      if (t === undefined) continue;
      log(
        `${w}: n=${counts[t]} mid=${mid[t]} low=${lowerCount[t]} titled=${titled[t]} afterFirst=${afterFirst[t]} fn=${fnScore[t]} placeStrong=${placeStrong[t]} placeWeak=${placeWeak[t]} org=${orgEv[t]} acrOrg=${acronymOrg[t]} acrPlace=${acronymPlace[t]}`,
      );
    }
  }
  const mined: Mined = {
    firstNames: finish(first, 'first-names'),
    surnames: finish(surnames, 'surnames'),
    places: finish(places, 'places'),
    organisations: finish(orgs, 'organisations'),
  };
  log(
    `gazetteers: ${mined.firstNames.length} first names, ${mined.surnames.length} surnames, ${mined.places.length} places, ${mined.organisations.length} organisations`,
  );
  if (dir) {
    const header = (what: string, how: string): string =>
      [
        `# ${what}: mined by scripts/train/lexicon.ts (scripts/lib/lexicon-gazetteers.ts) from the OrangeSum news`,
        '# corpus (CC BY-SA 4.0). Regenerated by `npm run train`: do not edit by hand; put wrong entries in',
        `# data/ner/exclude/gazetteers.lst instead. ${how}`,
        '',
      ].join('\n');
    const write = (file: string, list: string[], what: string, how: string): void =>
      writeFileSync(join(dir, file), `${header(what, how)}${list.join('\n')}\n`);
    write('first-names.txt', mined.firstNames, 'First names', 'Pattern: <X> followed by known surnames.');
    write('surnames.txt', mined.surnames, 'Surnames', 'Pattern: M./Mme/role <X>, <first name> <X>.');
    write('places.txt', mined.places, 'Places', 'Pattern: ville/habitants/maire de <X>, à/en/au <X>, (<X>).');
    write(
      'organisations.txt',
      mined.organisations,
      'Organisations',
      'Pattern: société/groupe/parti… <X>, Expansion (ACRONYM).',
    );
  }
  return mined;
}
