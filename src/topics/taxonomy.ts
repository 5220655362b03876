import { topicRows } from '../lang/fr/generated/topics.js';

/**
 * One topic of the taxonomy: an IPTC Media Topic, or one of depeche's finer tags placed under its nearest IPTC parent.
 * @example
 * ```ts
 * const info: TopicInfo | undefined = topics.find((t) => t.id === 'cybercrime');
 * info?.iptc; // 'medtop:20000086'
 * ```
 */
export interface TopicInfo {
  /** Stable slug, e.g. `cybercrime`, `organised-crime`, `politics`. */
  readonly id: string;
  /** French and English labels (IPTC's, corrected where IPTC's French label is wrong or missing). */
  readonly label: { readonly fr: string; readonly en: string };
  /** IPTC Media Topic code (`medtop:20000086`), or `null` for depeche's own finer tags. */
  readonly iptc: string | null;
  /** Ancestor ids, nearest first, ending with the IPTC top-level topic (empty for a top level). */
  readonly parents: readonly string[];
  /** IPTC's English definition ('' for our own tags). */
  readonly definition: string;
}

function build(): readonly TopicInfo[] {
  const out: TopicInfo[] = [];
  for (const [id, iptc, , fr, en, definition] of topicRows) {
    out.push({ id, label: { fr, en }, iptc, parents: [], definition });
  }
  for (let i = 0; i < topicRows.length; i++) {
    const parents: string[] = [];
    let p = topicRows[i][2];
    while (p >= 0 && parents.length < 12) {
      parents.push(topicRows[p][0]);
      p = topicRows[p][2];
    }
    (out[i] as { parents: readonly string[] }).parents = Object.freeze(parents);
    Object.freeze(out[i].label);
    Object.freeze(out[i]);
  }
  return Object.freeze(out);
}

/**
 * The taxonomy `tagTopics()` tags with: the 17 IPTC Media Topics top levels and the finer topics below
 * them (IPTC codes where IPTC has one, `iptc: null` for depeche's own tags such as `money-laundering`).
 * Compiled from IPTC Media Topics (CC BY 4.0) and `data/topics/taxonomy.tsv`.
 *
 * @example
 * ```ts
 * import { topicTaxonomy } from 'depeche';
 * const cyber = topicTaxonomy.find((t) => t.id === 'cybercrime');
 * cyber?.iptc;      // 'medtop:20000086'
 * cyber?.label.fr;  // 'Cybercriminalité'
 * cyber?.parents;   // ['crime', 'crime-law-justice']
 * ```
 */
export const topics: readonly TopicInfo[] = build();

/** Index of a topic id in {@link topics}. @internal */
export const topicIndex: ReadonlyMap<string, number> = new Map(topics.map((t, i) => [t.id, i]));
