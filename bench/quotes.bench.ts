/**
 * extractQuotes() speed and cost shape (issue 17), on real French news (OrangeSum valid, or the fixtures):
 * - extractQuotes from a Doc, with the Doc's entities given (what analyze() runs: target >= 200,000 tokens/s)
 *   and without them (capitalised-run names), tokens per CPU second of this process;
 * - analyze() (quotes included) beside fr-compromise's people/places/organisations on the same articles,
 *   in interleaved slices so that load changes hit both alike (target: analyze >= 1x fr-compromise);
 * - linear time on hostile input: 250 KB and 1 MB of unbalanced quotation marks (and marks mixed with words; and
 *   many pronouns of one gender before many named speakers of the other, the opening-chain rule of speaker.ts;
 *   and intertitles that repeat a quotation, whose repeat search is bounded in extract.ts),
 *   CPU time per character of the larger relative to the smaller (target: within 1.3x).
 *
 * Rates are per CPU second of this process (process.cpuUsage), the fairer figure on a shared machine;
 * the load average is printed. `--quick` measures for less time.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { recordMeasurement } from '../scripts/lib/measurements.js';
import { analyze, createDoc, extractEntities, extractQuotes } from '../src/index.js';
import { fmt, newsTexts } from './corpus.js';

const QUICK = process.argv.includes('--quick');
const MS = QUICK ? 1000 : 3000;
const root = join(import.meta.dirname, '..');

/** CPU milliseconds of this process spent in `fn`. */
function cpuMs(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** Items per CPU second of `fn` over `items`, repeated for at least `minMs` of CPU time. */
function perCpuSecond<T>(items: readonly T[], fn: (item: T) => unknown, minMs = MS): number {
  for (const it of items.slice(0, 20)) fn(it);
  let done = 0;
  let ms = 0;
  while (ms < minMs) {
    ms += cpuMs(() => {
      for (const it of items) fn(it);
    });
    done += items.length;
  }
  return (done / ms) * 1000;
}

const texts = newsTexts(300);
const docs = texts.map((t) => createDoc(t));
const ents = docs.map((d) => extractEntities(d));
const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
const perArticle = tokens / texts.length;
const out: string[] = [];
const say = (s: string) => {
  console.log(s);
  out.push(s);
};

say(
  `${texts.length} OrangeSum articles, ${fmt(tokens)} tokens; load average ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ')}`,
);
say('');
say('| measure | tokens per CPU second | target |');
say('|---|---|---|');
const withEnts = perCpuSecond(
  docs.map((d, i) => [d, ents[i]] as const),
  ([d, e]) => extractQuotes(d, { entities: e }),
);
say(`| extractQuotes(doc, { entities }) (as in analyze()) | ${fmt(withEnts * perArticle)} | >= 200,000 |`);
const noEnts = perCpuSecond(docs, (d) => extractQuotes(d));
say(`| extractQuotes(doc) (capitalised-run names, no entity stage) | ${fmt(noEnts * perArticle)} | |`);
const fromString = perCpuSecond(texts, (t) => extractQuotes(t));
say(`| extractQuotes(string) (tokenisation included) | ${fmt(fromString * perArticle)} | |`);

// analyze() beside fr-compromise, interleaved slices on the same 40 articles
const frNlp = (
  (await import(
    pathToFileURL(join(root, 'node_modules', 'fr-compromise', 'builds', 'fr-compromise.mjs')).href
  )) as {
    default: (t: string) => Record<string, () => { json(): unknown }>;
  }
).default;
const few = texts.slice(0, 40);
const fewTokens = docs.slice(0, 40).reduce((n, d) => n + d.tokens.length, 0);
const runners: [string, (t: string) => unknown][] = [
  ['analyze', (t) => analyze(t)],
  [
    'fr-compromise',
    (t) => {
      const d = frNlp(t);
      d.people().json();
      d.places().json();
      d.organizations().json();
    },
  ],
];
const spent = [0, 0];
for (const [, f] of runners) for (const t of few) f(t);
let rounds = 0;
while (Math.min(...spent) < MS * 2 || rounds < 2) {
  for (let s = 0; s < few.length; s += 10) {
    for (let r = 0; r < 2; r++) {
      const k = (r + rounds) % 2;
      spent[k] += cpuMs(() => {
        for (const t of few.slice(s, s + 10)) runners[k][1](t);
      });
    }
  }
  rounds++;
}
const rate = (k: number) => ((rounds * fewTokens) / spent[k]) * 1000;
say(`| analyze() (all stages, quotes included) | ${fmt(rate(0))} | >= fr-compromise |`);
say(`| fr-compromise people/places/organisations | ${fmt(rate(1))} | |`);
say(`| ratio analyze / fr-compromise | ${(rate(0) / rate(1)).toFixed(2)}x | >= 1x |`);

// linear time on unbalanced quotation marks
const shapes: [string, (n: number) => string][] = [
  ['only opening marks « « «', (n) => '« '.repeat(n / 2)],
  [
    'mixed marks « “ " ” » with words',
    (n) => 'a dit « il “ x " le ” » que '.repeat(Math.ceil(n / 29)).slice(0, n),
  ],
  [
    'unclosed quotation per sentence',
    (n) => '« Nous irons, a-t-il dit. '.repeat(Math.ceil(n / 26)).slice(0, n),
  ],
  [
    'one sentence of cues: selon X, Y a dit que « z », il',
    (n) => 'selon la police, Jean Dupont a dit que « oui » il '.repeat(Math.ceil(n / 50)).slice(0, n),
  ],
  [
    'pronouns of one gender, then names of the other (opening chain)',
    (n) =>
      (
        '« Oui », a-t-elle dit. '.repeat(Math.ceil(n / 46)) +
        '« Non », a dit M. Paul Girard. '.repeat(Math.ceil(n / 62))
      ).slice(0, n),
  ],
  [
    'intertitles that repeat a quotation (the repeat search of extract.ts)',
    (n) =>
      'Le conseil a voté.« Une année de transition difficile »Les travaux commencent. « Ce sera une année de transition difficile », a dit le maire. '
        .repeat(Math.ceil(n / 140))
        .slice(0, n),
  ],
];
say('');
say('| hostile shape | 250 KB | 1 MB | cost per character, 1 MB / 250 KB |');
say('|---|---|---|---|');
for (const [name, make] of shapes) {
  const small = createDoc(make(250_000));
  const big = createDoc(make(1_000_000));
  extractQuotes(small);
  extractQuotes(big);
  // the two sizes alternate, and each keeps its fastest run: a garbage collection or another process
  // landing in one run of a few milliseconds no longer decides the ratio
  let a = Number.POSITIVE_INFINITY;
  let b = Number.POSITIVE_INFINITY;
  for (let i = 0; i < (QUICK ? 3 : 9); i++) {
    a = Math.min(
      a,
      cpuMs(() => extractQuotes(small)),
    );
    b = Math.min(
      b,
      cpuMs(() => extractQuotes(big)),
    );
  }
  say(`| ${name} | ${a.toFixed(0)} ms | ${b.toFixed(0)} ms | ${(b / 4 / a).toFixed(2)}x (target <= 1.3x) |`);
}
recordMeasurement(
  'quotes-speed',
  'npx tsx bench/quotes.bench.ts',
  out.join('\n'),
  'Quotations: extractQuotes() speed',
);
