/**
 * newsgold-dev for topics: reading the 300 articles, the scoring protocol of its README (each predicted topic
 * mapped to its IPTC code or its nearest ancestor's, IPTC ancestors added on both sides, only the 35 codes of
 * labels.jsonl kept; micro and macro P/R/F1 over articles), the reliability table, and the fixed splits used
 * for anything fitted on it: a locked 60 (30 per half, seeded, by article) and 5 folds over the other 240.
 * Shared by scripts/eval/topics.ts and scripts/train/fit-topics-calibration.ts.
 */
import { topics } from '../../src/topics/taxonomy.js';
import { rng } from './lexicon-math.js';
import { readJsonl, requireShared, sharedPath } from './shared-data.js';

export interface GoldArticle {
  id: string;
  split: 'valid' | 'train';
  category: string;
  title: string;
  text: string;
  /** Gold main-subject codes with their IPTC ancestors, restricted to the 35 codes. */
  gold: Set<string>;
  /** The raw gold codes (no ancestors). */
  raw: string[];
}

export interface Gold {
  articles: GoldArticle[];
  /** The 35 codes, in labels.jsonl order, with their short label. */
  codes: { code: string; label: string }[];
  /** Topic id → its scoring code set (own code or nearest ancestor's, with IPTC ancestors, within the 35). */
  topicCodes: Map<string, Set<string>>;
  /** Topic id → the single code it is judged by in the reliability table (the deepest of topicCodes). */
  topicCode: Map<string, string>;
  /** A code with its IPTC ancestors, restricted to the 35 codes (the README protocol). */
  closure: (code: string) => string[];
}

const SEED = 20261206;
export const FOLDS = 5;
export const LOCKED_PER_HALF = 30;

export function loadGold(): Gold | null {
  if (!requireShared('topics (newsgold-dev)', 'newsgold-dev', 'gold.jsonl')) return null;
  if (!requireShared('topics (IPTC)', 'topics', 'iptc', 'mediatopic_2023-10-24.jsonl')) return null;
  const iptc = readJsonl<{ qcode: string; path: string[] }>(
    sharedPath('topics', 'iptc', 'mediatopic_2023-10-24.jsonl'),
  );
  const path = new Map(iptc.map((r) => [r.qcode, r.path]));
  const codes = readJsonl<{ code: string; label: string }>(sharedPath('newsgold-dev', 'labels.jsonl')).map(
    (r) => ({ code: r.code, label: r.label.replace(/ \(.*$/, '') }),
  );
  const keep = new Set(codes.map((c) => c.code));
  const closure = (code: string): string[] => (path.get(code) ?? [code]).filter((c) => keep.has(c));
  const arts = readJsonl<Omit<GoldArticle, 'gold' | 'raw'>>(sharedPath('newsgold-dev', 'articles.jsonl'));
  const golds = readJsonl<{ id: string; topics: string[] }>(sharedPath('newsgold-dev', 'gold.jsonl'));
  const byId = new Map(golds.map((g) => [g.id, g.topics]));
  const articles: GoldArticle[] = arts.map((a) => {
    const raw = byId.get(a.id);
    if (raw === undefined) throw new Error(`newsgold-dev: no gold for ${a.id}`);
    return { ...a, raw, gold: new Set(raw.flatMap(closure)) };
  });
  const topicCodes = new Map<string, Set<string>>();
  const topicCode = new Map<string, string>();
  const byTopicId = new Map(topics.map((t) => [t.id, t]));
  for (const t of topics) {
    // own code, else the nearest ancestor's that has one
    let code = t.iptc;
    for (const p of t.parents) {
      if (code !== null) break;
      code = byTopicId.get(p)?.iptc ?? null;
    }
    const set = new Set(code === null ? [] : closure(code));
    topicCodes.set(t.id, set);
    // deepest code of the closure = last in IPTC path order
    const ordered = (code === null ? [] : (path.get(code) ?? [code])).filter((c) => keep.has(c));
    topicCode.set(t.id, ordered[ordered.length - 1] ?? '');
  }
  return { articles, codes, topicCodes, topicCode, closure };
}

/**
 * The fixed split: `locked` (30 articles of each half, drawn with a fixed seed) and a fold number 0..4 for
 * every other article (stratified by half, round-robin after a seeded shuffle).
 */
export function splits(articles: readonly GoldArticle[]): { locked: Set<string>; fold: Map<string, number> } {
  const random = rng(SEED);
  const locked = new Set<string>();
  const fold = new Map<string, number>();
  for (const half of ['valid', 'train'] as const) {
    const ids = articles.filter((a) => a.split === half).map((a) => a.id);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    for (const id of ids.slice(0, LOCKED_PER_HALF)) locked.add(id);
    for (const [i, id] of ids.slice(LOCKED_PER_HALF).entries()) fold.set(id, i % FOLDS);
  }
  return { locked, fold };
}

/** Five folds over all 300 (same seed and stratification, no locked part): the CV of the final recipe. */
export function foldsAll(articles: readonly GoldArticle[]): Map<string, number> {
  const random = rng(SEED + 1);
  const fold = new Map<string, number>();
  for (const half of ['valid', 'train'] as const) {
    const ids = articles.filter((a) => a.split === half).map((a) => a.id);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    for (const [i, id] of ids.entries()) fold.set(id, i % FOLDS);
  }
  return fold;
}

/** One article's prediction: topic ids with scores, as returned. */
export interface Prediction {
  article: GoldArticle;
  tags: { id: string; score: number }[];
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f: number;
}

/** Precision, recall and F1 from counts (0 when undefined). */
export const prf = (tp: number, fp: number, fn: number): Prf => {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { tp, fp, fn, p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

export interface TopicScores {
  micro: Prf;
  macro: { p: number; r: number; f: number };
  perCode: Map<string, Prf & { gold: number }>;
  perArticle: number;
  maxPerArticle: number;
  /** Reliability rows over the returned topics: [lo, hi), n, mean score, observed precision. */
  bins: { lo: number; hi: number; n: number; mean: number; precision: number }[];
  ece: number;
  returned: number;
}

/** Scores predictions by the README protocol. */
export function scoreTopics(g: Gold, preds: readonly Prediction[]): TopicScores {
  const counts = new Map(g.codes.map((c) => [c.code, { tp: 0, fp: 0, fn: 0, gold: 0 }]));
  let returned = 0;
  let maxPer = 0;
  const bins = Array.from({ length: 10 }, (_, i) => ({ lo: i / 10, hi: (i + 1) / 10, n: 0, sum: 0, ok: 0 }));
  for (const { article, tags } of preds) {
    const pred = new Set<string>();
    for (const t of tags) {
      for (const c of g.topicCodes.get(t.id) ?? []) pred.add(c);
      const code = g.topicCode.get(t.id) ?? '';
      const b = bins[Math.min(9, Math.floor(t.score * 10))];
      b.n++;
      b.sum += t.score;
      if (article.gold.has(code)) b.ok++;
    }
    returned += tags.length;
    maxPer = Math.max(maxPer, tags.length);
    for (const [code, c] of counts) {
      const inG = article.gold.has(code);
      const inP = pred.has(code);
      if (inG) c.gold++;
      if (inG && inP) c.tp++;
      else if (inP) c.fp++;
      else if (inG) c.fn++;
    }
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perCode = new Map<string, Prf & { gold: number }>();
  let mp = 0;
  let mr = 0;
  let mf = 0;
  let nMacro = 0;
  for (const [code, c] of counts) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    const s = { ...prf(c.tp, c.fp, c.fn), gold: c.gold };
    perCode.set(code, s);
    // macro over the codes present in the gold or the predictions of these articles
    if (c.gold + c.fp > 0) {
      mp += s.p;
      mr += s.r;
      mf += s.f;
      nMacro++;
    }
  }
  const total = bins.reduce((n, b) => n + b.n, 0);
  let ece = 0;
  for (const b of bins) if (b.n > 0) ece += (b.n / total) * Math.abs(b.sum / b.n - b.ok / b.n);
  return {
    micro: prf(tp, fp, fn),
    macro: { p: mp / (nMacro || 1), r: mr / (nMacro || 1), f: mf / (nMacro || 1) },
    perCode,
    perArticle: returned / (preds.length || 1),
    maxPerArticle: maxPer,
    bins: bins
      .filter((b) => b.n > 0)
      .map((b) => ({ lo: b.lo, hi: b.hi, n: b.n, mean: b.sum / b.n, precision: b.ok / b.n })),
    ece,
    returned,
  };
}

const pc = (x: number) => (100 * x).toFixed(1);

/**
 * Markdown tables for one set of scores: micro/macro, per-code rows (cyber crime, fraud and every code with
 * at least `minGold` gold articles), reliability and ECE. `name` labels the column set (e.g. "CV 240").
 */
export function topicTables(g: Gold, s: TopicScores, name: string, minGold = 10): string {
  const out: string[] = [];
  out.push(
    `**${name}** — ${s.returned} topics returned, ${s.perArticle.toFixed(2)} per article (max ${s.maxPerArticle})`,
  );
  out.push('');
  out.push('| | precision | recall | F1 |');
  out.push('|---|---|---|---|');
  out.push(`| micro | ${pc(s.micro.p)} | ${pc(s.micro.r)} | ${pc(s.micro.f)} |`);
  out.push(`| macro | ${pc(s.macro.p)} | ${pc(s.macro.r)} | ${pc(s.macro.f)} |`);
  out.push('');
  out.push('| code | topic | gold articles | precision | recall | F1 |');
  out.push('|---|---|---|---|---|---|');
  const named = new Set(['medtop:20000086', 'medtop:20000097']);
  for (const { code, label } of g.codes) {
    const c = s.perCode.get(code);
    if (c === undefined || (!named.has(code) && c.gold < minGold)) continue;
    out.push(`| ${code} | ${label} | ${c.gold} | ${pc(c.p)} | ${pc(c.r)} | ${pc(c.f)} |`);
  }
  out.push('');
  out.push('| score bin | topics | mean score | observed precision | gap |');
  out.push('|---|---|---|---|---|');
  for (const b of s.bins) {
    const gap = Math.abs(b.mean - b.precision);
    out.push(
      `| ${b.lo.toFixed(1)}–${b.hi.toFixed(1)} | ${b.n} | ${b.mean.toFixed(3)} | ${b.precision.toFixed(3)} | ${gap.toFixed(3)}${b.n >= 30 && gap > 0.1 ? ' (> 0.10)' : ''} |`,
    );
  }
  out.push('');
  out.push(`Expected calibration error over the returned topics: ${s.ece.toFixed(3)}`);
  return out.join('\n');
}

/**
 * Each subject's IPTC ancestors among `subjects`, as indices into it (the subject itself included, in IPTC
 * path order, top level first): the index form of {@link Gold.closure}, for scripts that score arrays of
 * subject probabilities.
 */
export function subjectClosure(subjects: readonly { code: string }[]): number[][] {
  const path = new Map(
    readJsonl<{ qcode: string; path: string[] }>(
      sharedPath('topics', 'iptc', 'mediatopic_2023-10-24.jsonl'),
    ).map((r) => [r.qcode, r.path]),
  );
  const index = new Map(subjects.map((s, i) => [s.code, i]));
  return subjects.map((s) =>
    (path.get(s.code) ?? [s.code]).map((c) => index.get(c)).filter((i): i is number => i !== undefined),
  );
}
