/**
 * Silver labels of the second stage of tagTopics(): data/topics/silver/labels-train-200.jsonl (built by
 * scripts/data/build-topics-silver.ts from two helper annotation passes following newsgold-dev's
 * guidelines) joined with the OrangeSum train texts (../shared/data, CC BY-SA 4.0), as rows of the same
 * form as the gold rows, with per-subject targets:
 *  - codes both passes gave (with their IPTC ancestors, the 35 codes): 1;
 *  - codes only one pass gave: `disputed` (0.5 = a soft target; 1 = the union; 0 = the intersection);
 *  - other codes: 0.
 * Used only as extra training articles (scripts/train/fit-topics-calibration.ts); never scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Subject } from '../../src/topics/calibrate.js';
import { type ExtraRows, type GoldRows, goldRows } from '../train/fit-topics-calibration.js';
import { type OrangeSumRow, readJsonl, requireShared, sharedPath } from './shared-data.js';
import type { Gold, GoldArticle } from './topics-gold.js';

export const SILVER_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'data',
  'topics',
  'silver',
  'labels-train-200.jsonl',
);

/**
 * Single-pass main-subject labels of OrangeSum train articles (built by
 * scripts/data/build-topics-silver-large.ts): `{id, topics}` per article, the codes one annotator gave.
 * They train the subject text model (scripts/train/fit-topics-text.ts).
 */
export const SILVER_LARGE_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'data',
  'topics',
  'silver',
  'labels-train-large.jsonl',
);

/**
 * The same single-pass labels for WiNER-fr articles (French Wikinews 2016–2017, another publisher; ids
 * `winer:<doc id>`), built by `scripts/data/build-topics-silver-large.ts --winer`.
 */
export const SILVER_SECOND_PUBLISHER_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'data',
  'topics',
  'silver',
  'labels-second-publisher.jsonl',
);

/**
 * Out-of-fold log-odds of every labelled article under the text model (5-fold CV at the chosen penalty),
 * written by scripts/train/fit-topics-text.ts for a second stage that trains on those articles (not
 * committed: regenerated with the model).
 */
export const TEXT_OOF_FILE = join(import.meta.dirname, '..', '..', '.tmp', 'topics-text-oof.json');

export interface SilverLine {
  id: string;
  a: string[];
  b: string[];
  both: string[];
  one: string[];
}

export interface SilverOptions {
  /** Target of a code only one pass gave. */
  disputed: number;
  /** Weight of a silver article's rows in the fits. */
  weight: number;
}

/** The silver articles as training rows (null when the file or the OrangeSum texts are missing). */
export function silverRows(g: Gold, subjects: readonly Subject[], o: SilverOptions): GoldRows[] | null {
  if (!existsSync(SILVER_FILE)) return null;
  if (!requireShared('topics (silver labels)', 'news', 'orangesum', 'train.jsonl.gz')) return null;
  const lines = readJsonl<SilverLine>(SILVER_FILE);
  const want = new Set(lines.map((l) => l.id));
  const gold = new Set(g.articles.map((a) => a.id));
  const text = new Map<string, OrangeSumRow>();
  for (const r of readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'train.jsonl.gz')))
    if (want.has(r.id)) text.set(r.id, r);
  const articles: GoldArticle[] = lines.map((l) => {
    if (gold.has(l.id)) throw new Error(`silver: ${l.id} is a newsgold-dev article`);
    const r = text.get(l.id);
    if (r === undefined) throw new Error(`silver: ${l.id} not in OrangeSum train`);
    return {
      id: l.id,
      split: 'train',
      category: r.category,
      title: r.title ?? '',
      text: r.text,
      gold: new Set([...l.both, ...(o.disputed >= 0.5 ? l.one : [])]),
      raw: [...new Set([...l.a, ...l.b])],
    };
  });
  const rows = goldRows({ ...g, articles }, subjects);
  return rows.map((row, k) => {
    const both = new Set(lines[k].both);
    const one = new Set(lines[k].one);
    const y = Float64Array.from(subjects, (s) => (both.has(s.code) ? 1 : one.has(s.code) ? o.disputed : 0));
    return { ...row, y, weight: o.weight, silver: true };
  });
}

/**
 * How the silver articles are used (the shipped recipe; the environment variables are for re-running the
 * experiments of docs/topics.md): `SILVER` lists where (`stage`, `pool`, both as `stage,pool`, or `none`),
 * `SILVER_WEIGHT` their rows' weight, `SILVER_DISPUTED` the target of a code only one pass gave,
 * `SILVER_DOMAIN=1` a per-subject bias of their own in the regression.
 */
export const SILVER = {
  stage: (process.env.SILVER ?? 'none').split(',').includes('stage'),
  pool: (process.env.SILVER ?? 'none').split(',').includes('pool'),
  weight: Number(process.env.SILVER_WEIGHT ?? 1),
  disputed: Number(process.env.SILVER_DISPUTED ?? 0.5),
  domain: process.env.SILVER_DOMAIN === '1',
  /** `two-pass` (labels-train-200.jsonl) or `large` (the single-pass labels, SILVER_LARGE_FILE). */
  source: process.env.SILVER_SOURCE === 'large' ? 'large' : 'two-pass',
};

/**
 * The single-pass labelled articles (SILVER_LARGE_FILE) as training rows, their text feature taken from the
 * text model's out-of-fold log-odds (TEXT_OOF_FILE, written by scripts/train/fit-topics-text.ts) so that no
 * row's text feature saw its own label. Null when a file or the OrangeSum texts are missing.
 */
export function silverLargeRows(g: Gold, subjects: readonly Subject[], weight: number): GoldRows[] | null {
  if (!existsSync(SILVER_LARGE_FILE) || !existsSync(TEXT_OOF_FILE)) return null;
  if (!requireShared('topics (silver labels)', 'news', 'orangesum', 'train.jsonl.gz')) return null;
  const oof = JSON.parse(readFileSync(TEXT_OOF_FILE, 'utf8')) as {
    codes: string[];
    logits: Record<string, number[]>;
  };
  const lines = readJsonl<{ id: string; topics: string[] }>(SILVER_LARGE_FILE);
  const limit = Number(process.env.SILVER_LIMIT ?? lines.length);
  const want = new Map(lines.slice(0, limit).map((l) => [l.id, l.topics]));
  const gold = new Set(g.articles.map((a) => a.id));
  const articles: GoldArticle[] = [];
  const logits = new Map<string, Float64Array>();
  for (const r of readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'train.jsonl.gz'))) {
    const topics = want.get(r.id);
    if (topics === undefined) continue;
    if (gold.has(r.id)) throw new Error(`silver: ${r.id} is a newsgold-dev article`);
    const z = oof.logits[r.id];
    if (z === undefined)
      throw new Error(`silver: no out-of-fold text log-odds for ${r.id}; run fit-topics-text.ts`);
    logits.set(r.id, Float64Array.from(z));
    articles.push({
      id: r.id,
      split: 'train',
      category: r.category,
      title: r.title ?? '',
      text: r.text,
      gold: new Set(topics.flatMap(g.closure)),
      raw: topics,
    });
  }
  articles.sort((a, b) => (a.id < b.id ? -1 : 1));
  return goldRows({ ...g, articles }, subjects, null, logits).map((row) => ({
    ...row,
    weight,
    silver: true,
  }));
}

/** The silver articles as extra training rows, as SILVER says (null: none used, or not available). */
export function silverExtra(g: Gold, subjects: readonly Subject[]): ExtraRows | null {
  if (!SILVER.stage && !SILVER.pool) return null;
  if (SILVER.source === 'large') {
    const rows = silverLargeRows(g, subjects, SILVER.weight);
    if (rows === null) throw new Error('silver labels requested (SILVER_SOURCE=large) but not available');
    return { rows, stage: SILVER.stage, pool: SILVER.pool, domain: SILVER.domain };
  }
  const rows = silverRows(g, subjects, SILVER);
  if (rows === null) throw new Error('silver labels requested (SILVER) but not available');
  return { rows, stage: SILVER.stage, pool: SILVER.pool, domain: SILVER.domain };
}

/**
 * TEXT_GOLD=W (scripts/train/fit-topics-text.ts): the text model also learns from newsgold-dev, each article W
 * times, cross-fitted so that no article's text evidence comes from a model that saw its labels. The log-odds
 * of every newsgold-dev article, per evaluation regime: `cv300` from the model of the other four folds of
 * foldsAll(), `cv240` the same over the 240 development articles (splits().fold; the locked 60 never in
 * training), `locked` from the model of the 240. Regenerated with the model; TEXT=0 or TEXT_GOLD=0: none.
 */
export const TEXT_GOLD_WEIGHT = process.env.TEXT === '0' ? 0 : Number(process.env.TEXT_GOLD ?? 5);
/**
 * Committed beside the labels (numbers only, no text), so that eval:topics measures the shipped recipe out of
 * sample on a fresh clone; rewritten with the text model by scripts/train/fit-topics-text.ts.
 */
export const TEXT_GOLD_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'data',
  'topics',
  'text-gold-logits.json',
);
export type TextGoldRegime = 'cv300' | 'cv240' | 'locked';

/** The cross-fitted log-odds of TEXT_GOLD_FILE for one regime (null without TEXT_GOLD or the file). */
export function textGoldLogits(regime: TextGoldRegime): Map<string, Float64Array> | null {
  if (!(TEXT_GOLD_WEIGHT > 0)) return null;
  if (!existsSync(TEXT_GOLD_FILE))
    throw new Error(`TEXT_GOLD: ${TEXT_GOLD_FILE} missing (run npx tsx scripts/train/fit-topics-text.ts)`);
  const all = JSON.parse(readFileSync(TEXT_GOLD_FILE, 'utf8')) as Record<
    TextGoldRegime,
    Record<string, number[]>
  >;
  return new Map(Object.entries(all[regime]).map(([id, z]) => [id, Float64Array.from(z)]));
}
