import type { Entity, EntityGroup } from './types.js';

/**
 * Groups mentions into unique entities by type and canonical name (or text when there is no
 * canonical), compared without case, in order of first mention; a group is named by its first mention's
 * canonical.
 *
 * @example
 * ```ts
 * import { extractEntities, groupEntities } from 'depeche';
 * const groups = groupEntities(extractEntities('Emmanuel Macron est arrivé. Macron a parlé.'));
 * // [{ canonical: 'Emmanuel Macron', type: 'PER', count: 2, mentions: [...] }]
 * ```
 */
export function groupEntities(entities: readonly Entity[]): EntityGroup[] {
  if (!Array.isArray(entities)) {
    throw new TypeError('depeche: groupEntities() expects an array of entities');
  }
  const byKey = new Map<string, EntityGroup>();
  const out: EntityGroup[] = [];
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    const canonical = e.canonical ?? e.text;
    // identical names differing only in case or accents' encoding are one entity ("Pôle emploi" / "Pôle Emploi")
    const key = `${e.type}\u0000${canonical.normalize('NFC').toLowerCase()}`;
    let g = byKey.get(key);
    if (!g) {
      g = { canonical, type: e.type, start: e.start, end: e.end, mentions: [], count: 0 };
      byKey.set(key, g);
      out.push(g);
    }
    g.mentions.push(e);
    g.count++;
  }
  return out;
}
