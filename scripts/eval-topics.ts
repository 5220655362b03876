/**
 * Evaluates tagTopics():
 *  1. the flagship article (fixtures/interpol-marrakech-2025-11-25.txt, title = first line): cybercrime,
 *     fraud, organised-crime and international-police-cooperation in the top 5; no sport, culture or
 *     health topic above the threshold;
 *  2. OrangeSum valid (../shared/data/news/orangesum/valid.jsonl.gz): per desk section, how often the
 *     section's IPTC top-level topic is the top level of one of the 3 best topics (bar: >= 85% for the
 *     8 mapped sections), beside a baseline that ranks by the learned weights alone and one by cues alone.
 *
 *   npm run eval:topics            (valid split)
 *   npm run eval:topics -- --dev   (the 10% of train held out by scripts/train-topics.ts, for tuning)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../src/doc/index.js';
import { tokenKeys, wordKey } from '../src/topics/keys.js';
import { DEFAULT_THRESHOLD, scoreDoc, tagTopics } from '../src/topics/tag.js';
import { topics } from '../src/topics/taxonomy.js';
import { recordMeasurement } from './measurements.js';
import { type OrangeSumRow, readJsonl, requireShared, sharedPath } from './shared-data.js';
import { loadGold, scoreTopics, topicTables } from './topics-gold.js';

/** Desk section → IPTC top-level topic id (sections without one are printed, not scored). */
const SECTION_TOP: Record<string, string | null> = {
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
const BAR_SECTIONS = [
  'politique',
  'societe/fait-divers',
  'auto',
  'societe/sante',
  'societe/environnement',
  'societe/high-tech',
  'societe/culture',
  'societe/media',
];

const topOf = (id: string): string => {
  const t = topics.find((x) => x.id === id);
  return t === undefined ? id : (t.parents[t.parents.length - 1] ?? t.id);
};

/**
 * A naive peer for comparison: zero-shot matching of IPTC's own French labels. Every content word (5+
 * letters) of the French label of any active Media Topic votes for that topic's top level when its stem
 * occurs in the article; the 3 top levels with most votes are its answer.
 */
function labelBaseline(): ((keys: (string | null)[]) => string[]) | null {
  if (!requireShared('eval-topics', 'topics', 'iptc', 'mediatopic_2023-10-24.jsonl')) return null;
  const rows = readJsonl<{
    qcode: string;
    path: string[];
    retired: string | null;
    prefLabel_fr: string | null;
  }>(sharedPath('topics', 'iptc', 'mediatopic_2023-10-24.jsonl'));
  const topByCode = new Map(topics.filter((t) => t.parents.length === 0).map((t) => [t.iptc, t.id]));
  const vote = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.retired || !r.prefLabel_fr) continue;
    const top = topByCode.get(r.path[0]);
    if (top === undefined) continue;
    for (const w of r.prefLabel_fr.toLowerCase().split(/[^\p{L}]+/u)) {
      if (w.length < 5) continue;
      const k = wordKey(w);
      const set = vote.get(k) ?? new Set<string>();
      set.add(top);
      vote.set(k, set);
    }
  }
  return (keys) => {
    const count = new Map<string, number>();
    for (const k of keys) {
      if (k === null) continue;
      for (const top of vote.get(k) ?? []) count.set(top, (count.get(top) ?? 0) + 1);
    }
    return [...count]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 3)
      .map(([t]) => t);
  };
}

function flagship(): boolean {
  const path = join(import.meta.dirname, '..', 'fixtures', 'interpol-marrakech-2025-11-25.txt');
  const raw = readFileSync(path, 'utf8');
  const nl = raw.indexOf('\n');
  const title = raw.slice(0, nl).trim();
  const body = raw.slice(nl + 1).trim();
  const all = tagTopics({ title, body }, { threshold: 0, limit: 100 });
  const above = all.filter((t) => t.score >= DEFAULT_THRESHOLD);
  console.log(`\n1. Flagship article: ${title}`);
  console.log('   rank  score  topic                               top level            evidence');
  all.slice(0, 12).forEach((t, i) => {
    const ev = t.evidence
      .slice(0, 4)
      .map((e) => e.text)
      .join(', ');
    console.log(
      `   ${String(i + 1).padStart(4)}  ${t.score.toFixed(3)}  ${t.id.padEnd(34)}  ${topOf(t.id).padEnd(19)}  ${ev}`,
    );
  });
  const top5 = all.slice(0, 5).map((t) => t.id);
  const want = ['cybercrime', 'fraud', 'organised-crime', 'international-police-cooperation'];
  const missing = want.filter((w) => !top5.includes(w));
  const banned = above.filter((t) => ['sport', 'arts-culture-media', 'health'].includes(topOf(t.id)));
  const ok = missing.length === 0 && banned.length === 0;
  console.log(
    `   top 5 has ${want.join(', ')}: ${missing.length === 0 ? 'yes' : `NO (missing ${missing.join(', ')})`}`,
  );
  console.log(
    `   sport / culture / health above the threshold (${DEFAULT_THRESHOLD}): ${banned.length === 0 ? 'none' : banned.map((t) => t.id).join(', ')}`,
  );
  console.log(`   flagship bar: ${ok ? 'PASS' : 'FAIL'}`);
  return ok;
}

function orangesum(dev: boolean): boolean {
  const file = dev ? 'train.jsonl.gz' : 'valid.jsonl.gz';
  if (!requireShared('eval-topics', 'news', 'orangesum', file)) return true;
  let rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', file));
  if (dev) rows = rows.filter((r) => devRow(r.id));
  console.log(
    `\n2. OrangeSum ${dev ? 'dev (10% of train held out from training)' : 'valid'}: ${rows.length} articles. ` +
      'A section counts as found when its IPTC top level is the top level of one of the 3 best topics.',
  );
  const baseline = labelBaseline();
  const stats = new Map<
    string,
    { n: number; ours: number; top1: number; learned: number; cues: number; peer: number }
  >();
  const t0 = performance.now();
  let tokens = 0;
  for (const r of rows) {
    const title = r.title ?? '';
    const text = title ? `${title}\n\n${r.text}` : r.text;
    const doc = createDoc(text);
    tokens += doc.tokens.length;
    const tags = tagTopics({ title, body: r.text }, { threshold: 0, limit: 3 });
    const want = SECTION_TOP[r.category] ?? null;
    const s = stats.get(r.category) ?? { n: 0, ours: 0, top1: 0, learned: 0, cues: 0, peer: 0 };
    s.n++;
    if (want !== null) {
      if (tags.some((t) => topOf(t.id) === want)) s.ours++;
      if (tags.length > 0 && topOf(tags[0].id) === want) s.top1++;
      const detail = scoreDoc(doc, title.length);
      const rank = (f: (x: (typeof detail)[number]) => number) =>
        [...detail]
          .sort((a, b) => f(b) - f(a))
          .slice(0, 3)
          .some((x) => topOf(topics[x.topic].id) === want);
      if (rank((x) => x.learned)) s.learned++;
      if (rank((x) => x.cueScore)) s.cues++;
      if (baseline?.(tokenKeys(doc.tokens)).includes(want)) s.peer++;
    }
    stats.set(r.category, s);
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(
    '   section                  IPTC top level              n    top-3    top-1  learned-only  cues-only  IPTC-label peer  bar',
  );
  let allOk = true;
  const order = [...stats.keys()].sort((a, b) => (stats.get(b)?.n ?? 0) - (stats.get(a)?.n ?? 0));
  for (const sec of order) {
    const s = stats.get(sec);
    if (s === undefined) continue;
    const want = SECTION_TOP[sec] ?? null;
    const pct = (x: number) => `${((100 * x) / s.n).toFixed(1)}%`.padStart(7);
    const bar = BAR_SECTIONS.includes(sec);
    const pass = s.ours / s.n >= 0.85;
    if (bar && !pass) allOk = false;
    console.log(
      `   ${sec.padEnd(24)} ${(want ?? '(mixed desk, not scored)').padEnd(26)} ${String(s.n).padStart(5)}  ${want ? pct(s.ours) : '      -'}  ${want ? pct(s.top1) : '      -'}  ${want ? pct(s.learned).padStart(12) : '           -'}  ${want ? pct(s.cues).padStart(9) : '        -'}  ${want ? pct(s.peer).padStart(15) : '              -'}  ${bar ? (pass ? 'PASS (>= 85%)' : 'FAIL (< 85%)') : ''}`,
    );
  }
  console.log(
    '   top-3 / top-1: tagTopics; learned-only: the 10 learned section classes ranked alone; cues-only: cue scores alone;',
  );
  console.log(
    "   IPTC-label peer: naive zero-shot matching of IPTC's French labels (no JavaScript tagger of French IPTC topics exists to compare with).",
  );
  console.log(
    `   (${rows.length} articles, ${tokens.toLocaleString('en-US')} tokens in ${secs.toFixed(1)} s)`,
  );
  console.log(`   OrangeSum bar: ${allOk ? 'PASS' : 'FAIL'}`);
  return allOk;
}

function devRow(id: string): boolean {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % 10 === 0;
}

/** 3. newsgold-dev: main subjects, by the protocol of its README. */
function newsgold(): boolean {
  const g = loadGold();
  if (g === null) return true;
  const preds = g.articles.map((a) => ({ article: a, tags: tagTopics({ title: a.title, body: a.text }) }));
  const md = topicTables(g, scoreTopics(g, preds), 'default options, all 300 articles');
  console.log(`\n3. newsgold-dev (${g.articles.length} articles, main-subject IPTC codes)\n`);
  console.log(md);
  recordMeasurement('topics', 'npm run eval:topics', md, 'Topics on newsgold-dev');
  return true;
}

const a = flagship();
const b = orangesum(process.argv.includes('--dev'));
const c = newsgold();
console.log(`\nOverall: ${a && b && c ? 'PASS' : 'FAIL'}`);
