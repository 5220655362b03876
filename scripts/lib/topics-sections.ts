/**
 * OrangeSum desk sections as the topic evaluations read them: the IPTC top-level topic each desk stands
 * for, the desks the section bar applies to, and the train hold-out the topic weights were never fitted
 * on (every 10th article by id hash), shared by `eval:topics`, `topics-env.ts` and `topics-diversity.ts`.
 */

/** Desk section → IPTC top-level topic id (sections without one are printed, not scored). */
export const SECTION_TOP: Readonly<Record<string, string | null>> = {
  politique: 'politics',
  'societe/fait-divers': 'crime-law-justice',
  auto: 'economy-business-finance',
  'societe/sante': 'health',
  'societe/environnement': 'environment',
  'societe/high-tech': 'science-technology',
  'societe/culture': 'arts-culture-media',
  'societe/media': 'arts-culture-media',
  'societe/people': 'human-interest',
  'societe/insolite': 'human-interest',
  france: null,
  monde: null,
};

/** The desks of the section bar (≥ 85% top-3). */
export const BAR_SECTIONS: readonly string[] = [
  'politique',
  'societe/fait-divers',
  'auto',
  'societe/sante',
  'societe/environnement',
  'societe/high-tech',
  'societe/culture',
  'societe/media',
];

/** An OrangeSum train article of the tuning hold-out (every 10th by FNV-1a hash of its id). */
export function isTrainHoldout(id: string): boolean {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % 10 === 0;
}
