/**
 * Entity-set evaluation on newsgold-dev (../shared/data/newsgold-dev), with the protocol of its README:
 * per article and per type, the distinct entities a system names (one string each, its fullest form)
 * against the gold strings, one-to-one, after normalisation; strict (equal) and lenient (one inside the
 * other on word boundaries); micro P/R/F1 over articles, per type and overall.
 *
 * The 300 articles are split once, by a seeded hash of their id, into a **locked** part (30 of the
 * `valid` half and 30 of the `train` half) that is measured only at milestones, and the 240 others
 * (`dev`) that development looks at. Nothing here reads a gold string to decide a prediction.
 */
import { groupEntities } from '../../src/ner/group.js';
import { extractEntities } from '../../src/ner/index.js';
import type { Entity } from '../../src/ner/types.js';
import { readJsonl, sharedPath } from './shared-data.js';

export const SET_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type SetType = (typeof SET_TYPES)[number];
/** The entities of one article: distinct strings per type. */
export type EntitySets = Record<SetType, string[]>;

export interface GoldArticle {
  id: string;
  split: 'valid' | 'train';
  date: string;
  category: string;
  title: string;
  text: string;
  gold: EntitySets;
}

/** The protocol's normalisation (README of newsgold-dev). */
export function normaliseEntity(s: string): string {
  let t = s.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
  t = t.replace(/^(?:l'|d'|de la |de l'|la |le |les |du |des )/, '');
  t = t.replace(/[\s.,;:!?»«"')(\]-]+$/u, '');
  return t.trim();
}

/** Whether `a` stands inside `b` (or equals it) on word boundaries. */
export function insideOnWords(a: string, b: string): boolean {
  if (a.length === 0 || a.length > b.length) return false;
  let from = 0;
  for (;;) {
    const i = b.indexOf(a, from);
    if (i < 0) return false;
    const before = i === 0 || !/[\p{L}\p{N}]/u.test(b[i - 1]);
    const after = i + a.length === b.length || !/[\p{L}\p{N}]/u.test(b[i + a.length]);
    if (before && after) return true;
    from = i + 1;
  }
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * One-to-one matching of predicted and gold strings of one article and type: equal strings first,
 * then (lenient only) containment on word boundaries, greedily in order.
 */
export function matchSets(pred: readonly string[], gold: readonly string[], lenient: boolean): Counts {
  const p = [...new Set(pred.map(normaliseEntity).filter((x) => x !== ''))];
  const g = [...new Set(gold.map(normaliseEntity).filter((x) => x !== ''))];
  const usedP = new Uint8Array(p.length);
  const usedG = new Uint8Array(g.length);
  let tp = 0;
  for (let i = 0; i < p.length; i++) {
    const j = g.findIndex((x, k) => !usedG[k] && x === p[i]);
    if (j >= 0) {
      usedP[i] = 1;
      usedG[j] = 1;
      tp++;
    }
  }
  if (lenient) {
    for (let i = 0; i < p.length; i++) {
      if (usedP[i]) continue;
      const j = g.findIndex((x, k) => !usedG[k] && (insideOnWords(x, p[i]) || insideOnWords(p[i], x)));
      if (j >= 0) {
        usedP[i] = 1;
        usedG[j] = 1;
        tp++;
      }
    }
  }
  return { tp, fp: p.length - tp, fn: g.length - tp };
}

export interface SetScores {
  byType: Record<SetType, Counts & { precision: number; recall: number; f1: number }>;
  micro: Counts & { precision: number; recall: number; f1: number };
}

function prf(c: Counts) {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** Scores predicted sets against gold sets (same order), micro over articles, per type and overall. */
export function scoreSets(
  preds: readonly EntitySets[],
  golds: readonly EntitySets[],
  lenient: boolean,
): SetScores {
  const per = Object.fromEntries(SET_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    SetType,
    Counts
  >;
  for (let i = 0; i < golds.length; i++) {
    for (const t of SET_TYPES) {
      const c = matchSets(preds[i][t] ?? [], golds[i][t], lenient);
      per[t].tp += c.tp;
      per[t].fp += c.fp;
      per[t].fn += c.fn;
    }
  }
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const t of SET_TYPES) {
    all.tp += per[t].tp;
    all.fp += per[t].fp;
    all.fn += per[t].fn;
  }
  return {
    byType: Object.fromEntries(SET_TYPES.map((t) => [t, prf(per[t])])) as SetScores['byType'],
    micro: prf(all),
  };
}

/** FNV-1a of a string, for the seeded split. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The seed of the locked split; never change it once figures are reported. */
export const LOCK_SEED = 'newsgold-lock-2026-12';

/** Ids of the locked articles: the 30 lowest hashes of each half (valid / train). */
export function lockedIds(articles: readonly { id: string; split: string }[], perHalf = 30): Set<string> {
  const out = new Set<string>();
  for (const half of ['valid', 'train']) {
    const ids = articles
      .filter((a) => a.split === half)
      .map((a) => a.id)
      .sort((a, b) => fnv(`${LOCK_SEED}:${a}`) - fnv(`${LOCK_SEED}:${b}`) || (a < b ? -1 : 1));
    for (const id of ids.slice(0, perHalf)) out.add(id);
  }
  return out;
}

/** Loads the 300 articles with their gold sets (needs ../shared). */
export function loadNewsgold(): GoldArticle[] {
  const arts = readJsonl<Omit<GoldArticle, 'gold'>>(sharedPath('newsgold-dev', 'articles.jsonl'));
  const gold = readJsonl<{ id: string } & EntitySets>(sharedPath('newsgold-dev', 'gold.jsonl'));
  return arts.map((a, i) => {
    if (gold[i].id !== a.id) throw new Error(`newsgold-dev: gold row ${i} is ${gold[i].id}, article ${a.id}`);
    return { ...a, gold: { PER: gold[i].PER, ORG: gold[i].ORG, LOC: gold[i].LOC } };
  });
}

/** The text a system reads: the title, a blank line, the body. */
export function articleText(a: { title: string; text: string }): string {
  return a.title ? `${a.title}\n\n${a.text}` : a.text;
}

/** depeche's sets: one string per group (its canonical, fullest form), PER/ORG/LOC. */
export function depecheSets(text: string, extract: (t: string) => Entity[] = defaultExtract): EntitySets {
  const out: EntitySets = { PER: [], ORG: [], LOC: [] };
  for (const g of groupEntities(extract(text))) {
    if (g.type === 'PER' || g.type === 'ORG' || g.type === 'LOC') out[g.type].push(g.canonical);
  }
  return out;
}

function defaultExtract(t: string): Entity[] {
  return extractEntities(t, { types: ['PER', 'ORG', 'LOC', 'MISC'] });
}

/** Markdown table rows of set scores: one line per system, P/R/F per type and overall. */
export function setTable(title: string, rows: { name: string; s: SetScores }[]): string {
  const cell = (x: { precision: number; recall: number; f1: number }) =>
    `${(x.precision * 100).toFixed(1)} / ${(x.recall * 100).toFixed(1)} / **${(x.f1 * 100).toFixed(1)}**`;
  const lines = [
    `**${title}** (P / R / F1)`,
    '',
    '| system | PER | ORG | LOC | overall |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${cell(r.s.byType.PER)} | ${cell(r.s.byType.ORG)} | ${cell(r.s.byType.LOC)} | ${cell(r.s.micro)} |`,
    ),
  ];
  return lines.join('\n');
}
