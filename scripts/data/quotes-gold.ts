/**
 * Builds the quotation gold set (data/quotes/gold/gold.jsonl) from the two independent annotation passes and
 * the adjudication record, and measures inter-annotator agreement.
 *
 *   npx tsx scripts/data/quotes-gold.ts [--set fresh|fresh2|…|fresh7|dev2|dev3] [--import DIR]
 *
 * --set fresh works on data/quotes/fresh/ (a second set of 20 articles annotated later, kept out of all
 * development: the held-out set) instead of data/quotes/gold/; --set fresh2 on data/quotes/fresh2/ (a third
 * set, 25 OrangeSum valid articles drawn in session 8 by scripts/data/quotes-draw-heldout.ts, also never used
 * for development); --set fresh3 on data/quotes/fresh3/ (20 more drawn the same way in session 11, seed 17,
 * annotated under the guideline with its fourth-round decisions); --set fresh4 and --set fresh5 (30 each, session
 * 13, seeds 29 and 31: the sets no rule was read from) and --set dev2 (30, session 13, seed 37: a development set
 * annotated to read errors from). Session 13 read the errors of the locked split and of fresh–fresh3, so they
 * are no longer held out.
 *
 * --import DIR reads DIR/passA.jsonl and DIR/passB.jsonl (the annotators' files, with quote texts) and writes
 * data/quotes/gold/pass-a.jsonl and pass-b.jsonl with offsets only (article texts stay in ../shared). Without
 * it, the committed passes are used. Every disagreement must have a line in data/quotes/gold/adjudication.tsv
 * (the script stops otherwise); pairs that differ only in cue or in the mention of the same speaker entity take
 * pass A. Every span is checked against the article text read from ../shared.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordMeasurement } from '../lib/measurements.js';
import {
  articleTexts,
  fnv,
  GOLD_DIR,
  type GoldArticle,
  type GoldQuote,
  type GoldSpeaker,
  matchSpans,
  QUOTE_SETS,
} from '../lib/quotes-lib.js';
import { requireShared } from '../lib/shared-data.js';

interface RawQuote extends GoldQuote {
  text?: string;
  note?: string;
  speaker: (GoldSpeaker & { text?: string }) | null;
  cue: (GoldQuote['cue'] & { text?: string }) | null;
}
interface Pass {
  id: string;
  quotes: RawQuote[];
}

function readPass(file: string): Pass[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Pass);
}

/** Offsets, kind, speaker type and entity, cue lemma: everything but the copied text. */
function strip(q: RawQuote): GoldQuote {
  return {
    start: q.start,
    end: q.end,
    kind: q.kind,
    speaker: q.speaker
      ? {
          start: q.speaker.start,
          end: q.speaker.end,
          type: q.speaker.type,
          entity: q.speaker.type === 'OTHER' ? null : (q.speaker.entity ?? null),
        }
      : null,
    cue: q.cue ? { start: q.cue.start, end: q.cue.end, lemma: q.cue.lemma } : null,
  };
}

const args = process.argv.slice(2);
const setName = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'gold';
const SETS: readonly string[] = ['gold', ...QUOTE_SETS];
if (!SETS.includes(setName)) throw new Error(`unknown --set ${setName} (${SETS.join(', ')})`);
const DIR = setName === 'gold' ? GOLD_DIR : join(GOLD_DIR, '..', setName);
const rel = `data/quotes/${setName}`;
const imp = args.indexOf('--import');
if (imp >= 0) {
  const dir = args[imp + 1];
  for (const [src, dst] of [
    ['passA.jsonl', 'pass-a.jsonl'],
    ['passB.jsonl', 'pass-b.jsonl'],
  ]) {
    const rows = readPass(join(dir, src)).map((r) =>
      JSON.stringify({ id: r.id, quotes: r.quotes.map(strip) }),
    );
    writeFileSync(join(DIR, dst), `${rows.join('\n')}\n`);
    console.log(`${dir}/${src} -> ${rel}/${dst} (${rows.length} articles, offsets only)`);
  }
}

if (!requireShared('quotes gold', 'news', 'orangesum', 'valid.jsonl.gz')) process.exit(0);
const A = readPass(join(DIR, 'pass-a.jsonl'));
const B = new Map(readPass(join(DIR, 'pass-b.jsonl')).map((r) => [r.id, r.quotes]));
const texts = articleTexts(A.map((r) => r.id));
for (const r of A) if (!texts.has(r.id)) throw new Error(`article ${r.id} not found in ../shared`);

// --- adjudication record
const decisions = new Map<string, { decision: string; used: boolean }>();
for (const line of readFileSync(join(DIR, 'adjudication.tsv'), 'utf8').split('\n')) {
  if (line.startsWith('#') || line.startsWith('article\t') || line.trim() === '') continue;
  const [id, a, b, decision] = line.split('\t');
  decisions.set(`${id}|${a}|${b}`, { decision, used: false });
}
const key = (id: string, a: RawQuote | null, b: RawQuote | null) =>
  `${id}|${a ? `${a.start}-${a.end}` : '-'}|${b ? `${b.start}-${b.end}` : '-'}`;

function sameSpeaker(a: RawQuote, b: RawQuote): boolean {
  const x = a.speaker;
  const y = b.speaker;
  if (x === null || y === null) return x === y;
  if (x.start === y.start) return true;
  // the same person or group named differently ("A, B" / "A et B"), or a pronoun resolved to the other's mention
  const names = (s: { entity?: string | null; text?: string }) =>
    [s.entity, s.text].filter((n): n is string => typeof n === 'string').map(norm);
  const nx = names(x);
  const ny = names(y);
  return nx.some((n) => ny.includes(n)) || (x.entity == null && y.entity == null && overlapLen(x, y) > 0);
}
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^(l'|le |la |les )/, '')
    .split(/\s*,\s*|\s+et\s+/)
    .map((p) => p.trim())
    .sort()
    .join('|');
const overlapLen = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

// --- agreement and adjudication in one pass over the matched pairs
const kinds = ['direct', 'indirect', 'mixed'] as const;
const conf = new Map<string, number>();
let matched = 0;
let exact = 0;
let speakerSame = 0;
let onlyA = 0;
let onlyB = 0;
let minor = 0;
const perKind = Object.fromEntries(kinds.map((k) => [k, { a: 0, b: 0, m: 0 }]));
const gold: GoldArticle[] = [];
const missing: string[] = [];

function decide(id: string, a: RawQuote | null, b: RawQuote | null): string | null {
  const d = decisions.get(key(id, a, b));
  if (!d) {
    missing.push(key(id, a, b));
    return null;
  }
  d.used = true;
  return d.decision;
}

for (const ra of A) {
  const qa = ra.quotes;
  const qb = B.get(ra.id) ?? [];
  const text = texts.get(ra.id) as string;
  const out: GoldQuote[] = [];
  const m = matchSpans(qa, qb);
  const usedB = new Set(m.filter((j) => j >= 0));
  for (const q of qa) perKind[q.kind].a++;
  for (const q of qb) perKind[q.kind].b++;
  qa.forEach((a, i) => {
    if (m[i] < 0) {
      onlyA++;
      if (decide(ra.id, a, null) === 'keep') out.push(strip(a));
      return;
    }
    const b = qb[m[i]];
    matched++;
    if (a.kind === b.kind) perKind[a.kind].m++;
    conf.set(`${a.kind}|${b.kind}`, (conf.get(`${a.kind}|${b.kind}`) ?? 0) + 1);
    const sameSpan = a.start === b.start && a.end === b.end;
    if (sameSpan) exact++;
    const sameSpk = sameSpeaker(a, b);
    if (sameSpk) speakerSame++;
    if (sameSpan && a.kind === b.kind && sameSpk) {
      if (JSON.stringify(strip(a)) !== JSON.stringify(strip(b))) minor++;
      out.push(strip(a));
      return;
    }
    const d = decide(ra.id, a, b);
    if (d === null) return;
    if (d === 'A' || d === 'B') {
      out.push(strip(d === 'A' ? a : b));
      return;
    }
    const pick = Object.fromEntries(d.split(',').map((kv) => kv.split('=')));
    const from = (f: string) => (pick[f] === 'B' ? b : a);
    const q = strip(from('span'));
    q.kind = from('kind').kind;
    q.speaker = strip(from('speaker')).speaker;
    q.cue = strip(from('cue')).cue;
    out.push(q);
  });
  qb.forEach((b, j) => {
    if (usedB.has(j)) return;
    onlyB++;
    if (decide(ra.id, null, b) === 'keep') out.push(strip(b));
  });
  out.sort((x, y) => x.start - y.start || x.end - y.end);
  for (const q of out) {
    for (const s of [q, q.speaker, q.cue]) {
      if (s && !(s.start >= 0 && s.end <= text.length && s.start < s.end))
        throw new Error(`${ra.id}: span ${s.start}-${s.end} outside the text`);
    }
  }
  gold.push({ id: ra.id, length: text.length, hash: fnv(text), quotes: out });
}
if (missing.length > 0) {
  console.error(
    `${missing.length} disagreements have no decision in adjudication.tsv:\n${missing.join('\n')}`,
  );
  process.exit(1);
}
const unused = [...decisions.entries()].filter(([, d]) => !d.used).map(([k]) => k);
if (unused.length > 0) console.warn(`adjudication lines matching no disagreement:\n${unused.join('\n')}`);

writeFileSync(join(DIR, 'gold.jsonl'), `${gold.map((g) => JSON.stringify(g)).join('\n')}\n`);

// --- report
const nA = A.reduce((n, r) => n + r.quotes.length, 0);
const nB = [...B.values()].reduce((n, q) => n + q.length, 0);
const f1 = (m: number, a: number, b: number) => (a + b === 0 ? 1 : (2 * m) / (a + b));
let po = 0;
let pe = 0;
for (const k of kinds) {
  po += conf.get(`${k}|${k}`) ?? 0;
  let ra = 0;
  let rb = 0;
  for (const l of kinds) {
    ra += conf.get(`${k}|${l}`) ?? 0;
    rb += conf.get(`${l}|${k}`) ?? 0;
  }
  pe += (ra / matched) * (rb / matched);
}
po /= matched;
const kappa = (po - pe) / (1 - pe);
const nGold = gold.reduce((n, g) => n + g.quotes.length, 0);
const byKind = (k: string) => gold.reduce((n, g) => n + g.quotes.filter((q) => q.kind === k).length, 0);
const pct = (x: number) => `${(100 * x).toFixed(1)}`;
const lines = [
  `Two independent passes (A, B) over ${A.length} articles (${A.filter((r) => r.id.startsWith('orangesum')).length} OrangeSum valid, ${A.filter((r) => r.id.startsWith('winer')).length} WiNER-fr dev), annotated blind to the system from docs/quotes-guidelines.md.`,
  '',
  '| agreement (B against A) | value |',
  '|---|---|',
  `| quotations A / B | ${nA} / ${nB} |`,
  `| matched pairs (overlapping spans, one-to-one) | ${matched} |`,
  `| quotation F1, overlap | ${pct(f1(matched, nA, nB))} |`,
  `| quotation F1, exact span | ${pct(f1(exact, nA, nB))} |`,
  ...kinds.map(
    (k) =>
      `| ${k} F1, overlap and same kind | ${pct(f1(perKind[k].m, perKind[k].a, perKind[k].b))} (A ${perKind[k].a}, B ${perKind[k].b}) |`,
  ),
  `| kind agreement on matched pairs | ${pct(po)} % (Cohen's κ ${kappa.toFixed(3)}) |`,
  `| same speaker (entity, or mention) on matched pairs | ${pct(speakerSame / matched)} % |`,
  `| items in one pass only | A ${onlyA}, B ${onlyB} |`,
  `| disagreements adjudicated (${rel}/adjudication.tsv) | ${decisions.size} |`,
  `| pairs differing only in cue or speaker mention (pass A kept) | ${minor} |`,
  '',
  `Adjudicated gold: ${nGold} quotations (direct ${byKind('direct')}, indirect ${byKind('indirect')}, mixed ${byKind('mixed')}) in ${gold.length} articles (${gold.filter((g) => g.quotes.length === 0).length} without quotations).`,
];
const md = lines.join('\n');
console.log(md);
recordMeasurement(
  setName === 'gold' ? 'quotes-agreement' : `quotes-agreement-${setName}`,
  `npx tsx scripts/data/quotes-gold.ts${setName === 'gold' ? '' : ` --set ${setName}`}`,
  md,
  setName === 'gold'
    ? 'Quotation gold set: inter-annotator agreement'
    : setName.startsWith('dev')
      ? `Quotation development set (${setName}): inter-annotator agreement`
      : `Quotation held-out set (${setName}): inter-annotator agreement`,
);
