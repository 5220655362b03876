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
 * - words that name nothing alone ("l'État") are dropped;
 * - a person named right after an institution's name is split off it ("… à l'Assemblée nationale Gilles
 *   Carrez", `trailingPerson`).
 */
import { tokenTable } from '../doc/table.js';
import type { Doc } from '../doc/types.js';
import type { TokenMention } from './pipeline.js';
import { headsWithComplement, seatsOfPower } from './refine/heads.js';
import {
  acronymExpansions,
  addListed,
  dropTypeNouns,
  extendListed,
  listedAsOrg,
  orgSuffix,
  trailingPerson,
  trimTail,
} from './refine/names.js';
import { dropNotNames, dropPortfolios, splitDistricts } from './refine/roles.js';
import { createState, type RefineState, refineConfig } from './refine/state.js';

export { refineConfig };

/** The steps in the order they run, each behind its switch of {@link refineConfig}. */
const STEPS: [keyof typeof refineConfig | undefined, (s: RefineState) => void][] = [
  ['notNames', dropNotNames],
  ['roles', dropPortfolios],
  ['districts', splitDistricts],
  ['seats', seatsOfPower],
  ['heads', headsWithComplement],
  ['miscToOrg', listedAsOrg],
  ['orgSuffix', orgSuffix],
  ['expansions', acronymExpansions],
  ['extend', extendListed],
  ['trimTail', trimTail],
  ['trailingPerson', trailingPerson],
  ['typeNouns', dropTypeNouns],
  // institutions and listed names: switched inside (refineConfig.institutions, refineConfig.gazetteer)
  [undefined, addListed],
];

/** Applies the refinements to the mentions of `doc` (sorted by `first`); returns the new list. @internal */
export function refineMentions(doc: Doc, mentions: TokenMention[]): TokenMention[] {
  if (tokenTable(doc).length === 0) return mentions;
  const s = createState(doc, mentions);
  for (const [key, step] of STEPS) if (key === undefined || refineConfig[key]) step(s);
  return s.ms;
}
