/**
 * "One group per real entity": how `groupEntities()` groups an article's mentions, measured against the
 * entity sets of newsgold-dev (one gold string per distinct entity, its fullest form).
 *
 * Each mention of a predicted group (PER, ORG or LOC) is mapped to at most one gold entity of its article,
 * under the protocol's normalisation (scripts/lib/ner-newsgold.ts), by the first rule that gives exactly
 * one gold entity (a gold entity of the group's type preferred when several of all types do):
 * 1. equal strings;
 * 2. the mention inside one gold name of the group's type on word boundaries (a surname in a full name,
 *    "Nations unies" in "Organisation des Nations unies");
 * 3. an acronym (2-8 capitals) equal to the initials of a gold name's words, all of them or its content
 *    words only ("ONU" for "Organisation des Nations unies").
 * A group maps to the gold entities its mentions map to. Then, per article:
 * - **split**: a gold entity that two groups or more map to (the newsroom would store it twice);
 * - **merge**: a group that maps to two gold entities or more (two real entities stored as one).
 * Mentions that map to nothing (false positives, or forms this mapping cannot tell) are left out: the
 * rates measure grouping, not recognition (the entity-set tables measure that).
 */
import type { EntityGroup } from '../../src/ner/types.js';
import { type EntitySets, insideOnWords, normaliseEntity, SET_TYPES } from './ner-newsgold.js';

/** Words left out of an acronym's initials (content-word reading). */
const SMALL = new Set([
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
  'of',
  'the',
  'and',
  'for',
]);

/** Initials of a name: of all its words, and of its content words only. */
function initialsOf(name: string): [string, string] {
  const words = name
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .replace(/([dl]')/giu, '$1 ')
    .split(/[\s-]+/)
    .filter((w) => /\p{L}/u.test(w));
  const all = words.map((w) => w[0].toUpperCase()).join('');
  const content = words
    .filter((w) => !SMALL.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');
  return [all, content];
}

interface GoldEntity {
  key: string;
  type: string;
  name: string;
  norm: string;
  initials: [string, string];
}

/** The one gold entity a mention maps to, or undefined. @internal */
export function mapMention(text: string, type: string, golds: readonly GoldEntity[]): GoldEntity | undefined {
  const m = normaliseEntity(text);
  if (m === '') return undefined;
  const pick = (cands: GoldEntity[]): GoldEntity | undefined => {
    if (cands.length === 1) return cands[0];
    const same = cands.filter((g) => g.type === type);
    return same.length === 1 ? same[0] : undefined;
  };
  const exact = golds.filter((g) => g.norm === m);
  if (exact.length) return pick(exact);
  const inside = golds.filter((g) => g.type === type && m.length < g.norm.length && insideOnWords(m, g.norm));
  if (inside.length) return pick(inside);
  const bare = text.replace(/^(?:l|d)['’]/iu, '').replace(/\./g, '');
  if (/^\p{Lu}[\p{Lu}&]{1,7}$/u.test(bare)) {
    const acr = golds.filter((g) => g.norm.includes(' ') && g.initials.includes(bare));
    if (acr.length) return pick(acr);
  }
  return undefined;
}

/** Counts of one or more articles. */
export interface GroupCounts {
  /** Gold entities at least one group maps to. */
  goldMapped: number;
  /** Of those, mapped to by two groups or more. */
  goldSplit: number;
  /** Groups mapped to at least one gold entity. */
  groupsMapped: number;
  /** Of those, mapped to two gold entities or more. */
  groupsMerged: number;
  /** Examples: "split: gold <- [group canonicals]", "merge: group -> [gold names]". */
  examples: string[];
}

/** Split and merge counts of one article's groups against its gold sets. */
export function groupCounts(id: string, groups: readonly EntityGroup[], gold: EntitySets): GroupCounts {
  const golds: GoldEntity[] = [];
  for (const t of SET_TYPES)
    for (const name of gold[t])
      golds.push({
        key: `${t}:${name}`,
        type: t,
        name,
        norm: normaliseEntity(name),
        initials: initialsOf(name),
      });
  const byGold = new Map<GoldEntity, EntityGroup[]>();
  const out: GroupCounts = { goldMapped: 0, goldSplit: 0, groupsMapped: 0, groupsMerged: 0, examples: [] };
  for (const g of groups) {
    if (g.type !== 'PER' && g.type !== 'ORG' && g.type !== 'LOC') continue;
    const targets = new Set<GoldEntity>();
    for (const text of [g.canonical, ...g.mentions.map((m) => m.text)]) {
      const t = mapMention(text, g.type, golds);
      if (t) targets.add(t);
    }
    if (targets.size === 0) continue;
    out.groupsMapped++;
    if (targets.size > 1) {
      out.groupsMerged++;
      out.examples.push(
        `${id} merge: ${g.type}:${g.canonical} -> ${[...targets].map((t) => t.key).join(' | ')}`,
      );
    }
    for (const t of targets) {
      const l = byGold.get(t);
      if (l) l.push(g);
      else byGold.set(t, [g]);
    }
  }
  for (const [t, gs] of byGold) {
    out.goldMapped++;
    if (gs.length > 1) {
      out.goldSplit++;
      out.examples.push(`${id} split: ${t.key} <- ${gs.map((g) => `${g.type}:${g.canonical}`).join(' | ')}`);
    }
  }
  return out;
}

/** Sums the counts of many articles. */
export function sumCounts(cs: readonly GroupCounts[]): GroupCounts {
  const out: GroupCounts = { goldMapped: 0, goldSplit: 0, groupsMapped: 0, groupsMerged: 0, examples: [] };
  for (const c of cs) {
    out.goldMapped += c.goldMapped;
    out.goldSplit += c.goldSplit;
    out.groupsMapped += c.groupsMapped;
    out.groupsMerged += c.groupsMerged;
    out.examples.push(...c.examples);
  }
  return out;
}

/** One Markdown table row: split rate, merge rate, with their counts. */
export function groupRow(name: string, c: GroupCounts): string {
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
  return `| ${name} | ${pct(c.goldSplit, c.goldMapped)} % (${c.goldSplit} / ${c.goldMapped}) | ${pct(c.groupsMerged, c.groupsMapped)} % (${c.groupsMerged} / ${c.groupsMapped}) |`;
}

/** The header of the grouping table. */
export function groupTableHead(title: string): string {
  return [
    `**${title}**: split = gold entities that two groups or more map to, of the gold entities found; merge = groups that map to two gold entities or more, of the groups that map to one (mapping: scripts/lib/ner-groups.ts)`,
    '',
    '| model | split (lower is better) | merge (lower is better) |',
    '|---|---|---|',
  ].join('\n');
}
