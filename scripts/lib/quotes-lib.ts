/**
 * Shared pieces of the quotation gold set (scripts/data/quotes-gold.ts) and its scorer (scripts/eval/quotes.ts):
 * the gold row format, the article texts read from ../shared, span matching and the locked split.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type OrangeSumRow, readJsonl, sharedPath, type WinerDoc } from './shared-data.js';

export interface GoldSpan {
  start: number;
  end: number;
}
export interface GoldSpeaker extends GoldSpan {
  type: 'PER' | 'ORG' | 'OTHER';
  /** Fullest name of the person or organisation, or null (unnamed role or group, unresolved pronoun). */
  entity: string | null;
}
export interface GoldQuote extends GoldSpan {
  kind: 'direct' | 'indirect' | 'mixed';
  speaker: GoldSpeaker | null;
  cue: (GoldSpan & { lemma: string }) | null;
}
/** One article of the gold set: offsets only; the text is read from ../shared and checked by length and hash. */
export interface GoldArticle {
  id: string;
  length: number;
  hash: string;
  quotes: GoldQuote[];
}

export const GOLD_DIR = join(import.meta.dirname, '..', '..', 'data', 'quotes', 'gold');

/** FNV-1a, 32 bits, hex: a fingerprint of a text (not a security hash). */
export function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The annotated text of a gold article id: `orangesum-valid:<id>` is the OrangeSum `text` field (title not
 * included), `winer-dev:<id>` the WiNER-fr `text` (its first line is the headline).
 */
export function articleTexts(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const want = new Set(ids);
  const os = sharedPath('news', 'orangesum', 'valid.jsonl.gz');
  if (existsSync(os)) {
    for (const r of readJsonl<OrangeSumRow>(os)) {
      const id = `orangesum-valid:${r.id}`;
      if (want.has(id)) out.set(id, r.text);
    }
  }
  const wd = sharedPath('ner', 'winer-fr', 'dev.jsonl');
  if (existsSync(wd)) {
    for (const r of readJsonl<WinerDoc>(wd)) {
      const id = `winer-dev:${r.id}`;
      if (want.has(id)) out.set(id, r.text);
    }
  }
  return out;
}

export function readGold(file = join(GOLD_DIR, 'gold.jsonl')): GoldArticle[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldArticle);
}

export function overlap(a: GoldSpan, b: GoldSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * One-to-one matching of two span lists: each `a` in order takes the free `b` it overlaps most (ties: the
 * first). Returns, for each `a`, the index of its `b` or -1.
 */
export function matchSpans<A extends GoldSpan, B extends GoldSpan>(
  a: readonly A[],
  b: readonly B[],
): number[] {
  const used = new Uint8Array(b.length);
  return a.map((x) => {
    let best = -1;
    let bo = 0;
    b.forEach((y, j) => {
      if (used[j]) return;
      const o = overlap(x, y);
      if (o > bo) {
        bo = o;
        best = j;
      }
    });
    if (best >= 0) used[best] = 1;
    return best;
  });
}

/** The locked split: 20 of the 65 articles, chosen by a seeded hash of their ids, measured only at milestones. */
export const LOCKED_SEED = 'depeche-quotes-locked-2026';
export function lockedIds(ids: readonly string[], n = 20): Set<string> {
  return new Set([...ids].sort((a, b) => (fnv(LOCKED_SEED + a) < fnv(LOCKED_SEED + b) ? -1 : 1)).slice(0, n));
}
