/**
 * depeche's stages beside their JavaScript peers on the same French news text (OrangeSum valid, or the
 * fixtures), each system in its own child process:
 * - tokens/s on one core (tokens = depeche's token count of the same texts, so rows compare);
 * - peak memory (max RSS of the child: node + texts + the library, after the throughput run);
 * - cold start: a fresh `node` importing the library and making its first call on the flagship article.
 * Peers: franc, franc-min, eld (language); compromise, fr-compromise, wink-nlp (names); chrono-node's
 * French parser (dates). compromise and wink-nlp's model are English: they are what JS users reach for.
 * Every child is a plain `node` process; depeche rows use the built dist/index.js (`npm run build` first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readFlagship } from '../fixtures/flagship.js';
import { recordMeasurement } from '../scripts/lib/measurements.js';
import { createDoc } from '../src/index.js';
import { fmt, newsTexts } from './corpus.js';

const root = join(import.meta.dirname, '..');
const distIndex = join(root, 'dist', 'index.js');
const REF = '2020-06-01';

interface System {
  task: string;
  name: string;
  /** Module specifier and the JS body of `(lib, text) => ...` for the cold-start child (plain node). */
  module: string;
  call: string;
  /** depeche rows: the export that must exist. */
  needs?: string;
}

const ours = (task: string, fn: string, call: string): System => ({
  task,
  name: `depeche ${fn}`,
  module: 'depeche',
  call,
  needs: fn,
});

const SYSTEMS: System[] = [
  ours('tokenize', 'createDoc', 'lib.createDoc(text)'),
  { task: 'language', name: 'franc', module: 'franc', call: 'lib.franc(text)' },
  { task: 'language', name: 'franc-min', module: 'franc-min', call: 'lib.franc(text)' },
  { task: 'language', name: 'eld (medium)', module: 'eld/medium', call: 'lib.eld.detect(text)' },
  ours('language', 'detectLanguage', 'lib.detectLanguage(text)'),
  {
    task: 'names',
    name: 'compromise (en)',
    module: 'compromise',
    call: "((d) => [d.people().out('array'), d.places().out('array'), d.organizations().out('array')])(lib.default(text))",
  },
  {
    task: 'names',
    name: 'fr-compromise',
    module: 'fr-compromise',
    call: "((d) => [d.people().out('array'), d.places().out('array'), d.organizations().out('array')])(lib.default(text))",
  },
  {
    task: 'names',
    name: 'wink-nlp (en lite)',
    module: 'wink-nlp',
    call: 'lib.nlp.readDoc(text).entities().out()',
  },
  ours('names', 'extractEntities', 'lib.extractEntities(text)'),
  {
    task: 'dates',
    name: 'chrono-node fr',
    module: 'chrono-node',
    call: `lib.fr.parse(text, new Date('${REF}'))`,
  },
  ours('dates', 'extractDates', `lib.extractDates(text, { referenceDate: '${REF}' })`),
  ours('topics', 'tagTopics', 'lib.tagTopics(text)'),
  ours('summary', 'summarize', 'lib.summarize(text)'),
  ours('everything', 'analyze', `lib.analyze({ body: text, publishedAt: '${REF}' })`),
];

/** An ES module body that loads `s` into `lib` (wink-nlp needs its model). */
function loader(s: System, depeche: string): string {
  if (s.module === 'depeche') return `const lib = await import(${JSON.stringify(depeche)});`;
  if (s.module === 'wink-nlp') {
    return `const w = (await import('wink-nlp')).default; const m = (await import('wink-eng-lite-web-model')).default; const lib = { nlp: w(m) };`;
  }
  return `const lib = await import('${s.module}');`;
}

/**
 * A plain-node ES module (no tsx: loaders would skew memory and can break some packages' ESM builds)
 * that loads one system, measures its items per CPU second on the texts in `textsFile` for at least
 * 1.5 s, and prints `{ perSec, peak }` (peak = max RSS of the process, bytes).
 */
function childScript(s: System, textsFile: string): string {
  return `${loader(s, distIndex)}
const { readFileSync } = await import('node:fs');
const texts = JSON.parse(readFileSync(${JSON.stringify(textsFile)}, 'utf8'));
const fn = (text) => (${s.call});
for (const t of texts.slice(0, 20)) fn(t);
let done = 0;
const c0 = process.cpuUsage();
const t0 = performance.now();
do {
  for (const t of texts) fn(t);
  done += texts.length;
} while (performance.now() - t0 < 1500);
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ perSec: (done / ((c.user + c.system) / 1000)) * 1000, peak: process.resourceUsage().maxRSS * 1024 }));`;
}

const COUNT = 200;
const texts = newsTexts(COUNT);
const tokensPer = texts.reduce((n, t) => n + createDoc(t).tokens.length, 0) / texts.length;
// the flagship article when ../shared/data is there, else a Wikinews fixture
const flagship =
  readFlagship() ?? readFileSync(join(root, 'fixtures', 'wikinews-exoplanetes-nasa-2017-02-23.txt'), 'utf8');
const api = (await import('../src/index.js')) as Record<string, unknown>;
const hasDist = existsSync(distIndex);

function coldStart(s: System): string {
  if (s.module === 'depeche' && !hasDist) return 'no dist/';
  const script = `const t0 = performance.now();\n${loader(s, distIndex)}\nconst text = ${JSON.stringify(flagship)};\n(${s.call});\nconsole.log(performance.now() - t0);`;
  const ms: number[] = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    if (r.status !== 0) return `failed: ${r.stderr.split('\n')[0]}`;
    ms.push(Number(r.stdout.trim()));
  }
  return `${fmt(ms.sort((a, b) => a - b)[1])} ms`;
}

// Baseline memory: a child that loads the texts and runs a no-op.
const baseline = spawnSync(process.execPath, ['-e', 'console.log(process.resourceUsage().maxRSS * 1024)'], {
  encoding: 'utf8',
});
const nodeRss = Number(baseline.stdout.trim());

// Everything printed is also written to docs/measurements/peers-speed.md at the end.
const printed: string[] = [];
const print = console.log.bind(console);
console.log = (...parts: unknown[]) => {
  print(...parts);
  printed.push(parts.map(String).join(' '));
};
console.log(
  `Same ${COUNT} French news articles for every system (${fmt(tokensPer)} depeche tokens per article), one core.`,
);
console.log(
  `Load average ${fmt(loadavg()[0], 1)}: rates are per CPU second of each child; cold starts are wall clock.`,
);
console.log(
  'tokens/s = depeche tokens of the texts / time; peak RSS = whole child process; cold start = import + first call.\n',
);
const header = ['task', 'system', 'tokens/s', 'articles/s', 'peak RSS', 'cold start'];
const rows: string[][] = [];
const textsFile = join(mkdtempSync(join(tmpdir(), 'depeche-peers-')), 'texts.json');
writeFileSync(textsFile, JSON.stringify(texts));
for (const s of SYSTEMS) {
  if (s.needs && api[s.needs] === undefined) {
    rows.push([s.task, s.name, '(not in this version)', '', '', '']);
    continue;
  }
  if (s.module === 'depeche' && !hasDist) {
    rows.push([s.task, s.name, '(run npm run build first)', '', '', '']);
    continue;
  }
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', childScript(s, textsFile)], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    rows.push([
      s.task,
      s.name,
      `failed: ${r.stderr.split('\n').find((l) => l.trim()) ?? ''}`.slice(0, 60),
      '',
      '',
      '',
    ]);
    continue;
  }
  const { perSec, peak } = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as {
    perSec: number;
    peak: number;
  };
  rows.push([
    s.task,
    s.name,
    fmt(perSec * tokensPer),
    fmt(perSec, 1),
    `${fmt(peak / 1024 / 1024)} MB`,
    coldStart(s),
  ]);
}
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
const line = (r: string[]) =>
  r.map((x, c) => (c >= 2 ? x.padStart(widths[c]) : x.padEnd(widths[c]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
rmSync(dirname(textsFile), { recursive: true, force: true });
console.log(
  `\n(an empty node process peaks at ${fmt(nodeRss / 1024 / 1024)} MB RSS; each child also holds the 200 texts)`,
);
console.log = print;
// headline rows for the README: each stage's tokens/s per CPU second beside its peers
const rate = (name: string) => rows.find((r) => r[1] === name)?.[2] ?? 'n/a';
const speed = (task: string, ours: string, peers: string[]) => ({
  what: `Speed, ${task}: tokens/s per CPU second, one core`,
  depeche: rate(ours),
  peers: peers.map((p) => `${p} ${rate(p)}`).join('; '),
});
recordMeasurement(
  'peers-speed',
  'npm run build && npx tsx bench/peers.bench.ts',
  ['```text', ...printed, '```'].join('\n'),
  'Speed and memory beside the JavaScript peers (each system in its own process)',
  [
    speed('language', 'depeche detectLanguage', ['franc', 'eld (medium)']),
    speed('names', 'depeche extractEntities', ['compromise (en)', 'fr-compromise']),
    speed('dates', 'depeche extractDates', ['chrono-node fr']),
    speed('analyze() (everything)', 'depeche analyze', []),
  ],
);
