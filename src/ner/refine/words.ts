/**
 * Word classes of the refine stage that are shapes more than lists: adjectives of nationality or place
 * by their endings, compass adjectives, the roles whose complement is a portfolio, connectors.
 */
import { notNationalities } from '../../lang/fr/generated/ner.js';

/** Nationality adjectives by their endings ("norvégien", "européen", "américaine", "français"). */
const NATIONALITY_ENDING = /^\p{Ll}{3,}(?:ien|ienne|éen|éenne|ain|aine|ais|aise|ois|oise|ique|ol|ole)s?$/u;
const NATIONALITY_OTHER =
  /^(?:allemand|normand|flamand|islandais|irlandais|finlandais|néerlandais|russe|belge|suisse|turc|turque|grec|grecque|basque|tchèque|slovaque|thaï|kurde|arabe|mongol|malien|iranien|irakien)e?s?$/u;
const NOT_NATIONALITY = new Set(notNationalities);
/** Nationality and other adjectives of place, by their endings ("norvégien", "américaine", "chinois"). */
export const NATIONALITY = {
  test: (w: string): boolean =>
    !NOT_NATIONALITY.has(w) && (NATIONALITY_ENDING.test(w) || NATIONALITY_OTHER.test(w)),
};

/** Words after which a word in -ique, -ais… is a verb, not an adjective ("l'Insee indique une", "le Kremlin indique que"). */
const AFTER_VERB = new Set([
  'que',
  "qu'",
  'le',
  'la',
  'les',
  "l'",
  'un',
  'une',
  'des',
  'alors',
  'aussi',
  'donc',
  'avoir',
  'être',
  'ne',
  "n'",
]);

/**
 * Whether `lowers[k]` is a nationality adjective that ends the name before it ("Parlement australien",
 * "Hezbollah libanais"), not a verb whose ending looks like one ("Yonhap indique que", "l'État
 * islamique revendique l'attaque").
 */
export function trailingNationality(lowers: readonly string[], k: number): boolean {
  return NATIONALITY.test(lowers[k]) && !(k + 1 < lowers.length && AFTER_VERB.has(lowers[k + 1]));
}

/** Compass adjectives that end a place name ("mer de Chine méridionale"). */
export const CARDINAL = /^(?:méridional|septentrional|oriental|occidental|central)e?s?$/u;
/** Roles whose complement is a portfolio ("ministre de la Justice"). */
export const ROLES = new Set(['ministre', 'ministres', 'secrétaire', 'sous-ministre', 'vice-ministre']);
export const ROLE_FILLERS = new Set([
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
export const CONNECTORS = new Set(['de', 'du', 'des', "d'", 'la', "l'"]);
/** Connectors after a role: also "chargée de l'Égalité", "à l'Égalité". */
export const ROLE_CONNECTORS = new Set([
  'de',
  'du',
  'des',
  "d'",
  'la',
  "l'",
  'le',
  'les',
  'à',
  'au',
  'aux',
  'avec',
]);

/**
 * Determiners before a head noun that make it a description, not a name: indefinite ("une prison de
 * Manaus", "un commissariat d'Anvers"), demonstrative ("ce commissariat de"), quantifiers ("plusieurs").
 * Not possessives: "son ministère des Affaires étrangères" is still the ministry's name.
 */
export const DESCRIPTIVE_DETERMINERS = new Set([
  'un',
  'une',
  'ce',
  'cet',
  'cette',
  'ces',
  'chaque',
  'plusieurs',
  'quelques',
  'aucun',
  'aucune',
  'certains',
  'certaines',
]);

/** Forms of "prendre" before "la place de" (the locution "take the place of", not a square). */
export const PRENDRE = /^(?:prendre|prend|prends|prennent|pris|prise|prenait|prendra|prendrait)$/;

/**
 * Heads of sites that are located by their complement: "l'aéroport de Bruxelles", "la prison de
 * Manaus", "la mer du Japon", "l'île de Guadeloupe" are the airport, the prison, the sea, the island
 * of a place that has a name of its own. After "de" with a known place alone, the place is the name
 * and the head a common noun. Streets, stations, museums and palaces are named after a person, a
 * destination or a landmark ("rue de Lorraine", "gare de Lyon", "musée du Louvre"): not here.
 */
export const SITE_HEADS = new Set([
  'aéroport',
  'prison',
  'stade',
  'église',
  'mer',
  'océan',
  'île',
  'archipel',
  'détroit',
  'golfe',
  'désert',
]);
