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
/**
 * The quotation sets annotated after the gold set, each in data/quotes/<name>/ beside gold/: held-out sets
 * (fresh…) and development sets read for errors (dev2, dev3); docs/quotes.md says which is which.
 */
export const QUOTE_SETS = [
  'fresh',
  'fresh2',
  'fresh3',
  'fresh4',
  'fresh5',
  'fresh6',
  'fresh7',
  'dev2',
  'dev3',
] as const;

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

const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'lui', 'eux', 'on', 'celui', 'celle']);
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^(l'|le |la |les |m\. |me )/, '')
    .trim();

/** Names match when equal, or when one holds the other's last word ("Macron" / "Emmanuel Macron"). */
export function sameName(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x === y) return true;
  const lx = x.split(/\s+/).pop() ?? '';
  const ly = y.split(/\s+/).pop() ?? '';
  return (lx.length > 2 && y.split(/\s+/).includes(lx)) || (ly.length > 2 && x.split(/\s+/).includes(ly));
}

/** A predicted speaker as the scorer sees it (the fields of `Quote['speaker']` it reads). */
export interface PredSpeaker extends GoldSpan {
  text: string;
  entity?: string;
}

/**
 * Speaker attribution as `eval:quotes` scores it: the same entity (group), or the same mention when the gold
 * names no entity — and also when it does, provided neither mention is a pronoun (so an unlinked role noun
 * "le responsable EELV" is right where the gold says "le responsable EELV" = Julien Bayou, and so is the same
 * mention linked to another person). `null` is right only when the gold is `null`.
 */
export function speakerOk(gs: GoldSpeaker | null, ps: PredSpeaker | null, text: string): boolean {
  if (gs === null) return ps === null;
  if (ps === null) return false;
  const gText = text.slice(gs.start, gs.end);
  const sameMention = Math.min(gs.end, ps.end) > Math.max(gs.start, ps.start);
  if (gs.entity) {
    if (ps.entity && sameName(ps.entity, gs.entity)) return true;
    if (!PRONOUNS.has(norm(ps.text)) && sameName(ps.text, gs.entity)) return true;
    return sameMention && !PRONOUNS.has(norm(gText)) && !PRONOUNS.has(norm(ps.text));
  }
  return sameMention || norm(ps.text) === norm(gText);
}

/**
 * The guideline's reading (docs/quotes-guidelines.md: `entity` is the fullest name the text gives the source):
 * when the gold names an entity, the prediction must name the same one (its entity, or a mention that is that
 * name); the same mention left unlinked, or linked to someone else, is wrong; a mention the gold links to nobody
 * (an unnamed role, a pronoun for an unnamed person) is wrong when linked to somebody. Otherwise as `speakerOk`.
 */
export function speakerOkStrict(gs: GoldSpeaker | null, ps: PredSpeaker | null, text: string): boolean {
  if (gs !== null && ps !== null && !gs.entity && ps.entity) return false;
  if (gs === null || ps === null || !gs.entity) return speakerOk(gs, ps, text);
  if (ps.entity) return sameName(ps.entity, gs.entity);
  return !PRONOUNS.has(norm(ps.text)) && sameName(ps.text, gs.entity);
}

/** `t` with every run of white space as one space (for one-line review sheets). */
export const flat = (t: string): string => t.replace(/\s+/g, ' ');

/**
 * The sentence-ish context of the span [a, b) of `text` for a review sheet: back to the previous full stop
 * (at most 300 characters), on to the next one (at most 200), the span between ⟦ ⟧, on one line.
 */
export function spanContext(text: string, a: number, b: number): string {
  let s = a;
  while (s > 0 && a - s < 300 && !/[.!?\n]/.test(text[s - 1] as string)) s--;
  let e = b;
  while (e < text.length && e - b < 200 && !/[.!?\n]/.test(text[e] as string)) e++;
  return flat(`${text.slice(s, a)}⟦${text.slice(a, b)}⟧${text.slice(b, e + 1)}`);
}
