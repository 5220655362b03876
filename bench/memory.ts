/**
 * Memory of a long-running analysis thread: a fresh child `node --expose-gc` process on dist/ runs analyze()
 * over N OrangeSum articles (train, then valid; the fixture articles repeated when ../shared/data is
 * absent) and, every K articles, forces a full garbage collection and reads the V8 heap in use and the
 * process's resident set. The heap after a full collection is what the process keeps: the model tables
 * loaded once, and the per-word memos of the NER stage (bounded, see src/ner/word-cache.ts). A worker
 * thread of `depeche worker` or `depeche batch` holds about the same.
 *
 *   npm run build && npx tsx bench/memory.ts [--articles 24000] [--every 2000]
 *
 * Written to docs/measurements/memory.md (DEPECHE_RECORD=0 to skip).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { recordMeasurement } from '../scripts/lib/measurements.js';
import { type OrangeSumRow, readJsonl, sharedPath } from '../scripts/lib/shared-data.js';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '24000' },
    every: { type: 'string', default: '2000' },
  },
});
const N = Number(values.articles);
const EVERY = Number(values.every);
const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) {
  console.error('[bench/memory] dist/ is missing: run `npm run build` first');
  process.exit(1);
}

function inputs(): { items: { title?: string; body: string }[]; source: string } {
  const rows: OrangeSumRow[] = [];
  for (const split of ['train', 'valid']) {
    const p = sharedPath('news', 'orangesum', `${split}.jsonl.gz`);
    if (existsSync(p) && rows.length < N) rows.push(...readJsonl<OrangeSumRow>(p, N - rows.length));
  }
  if (rows.length > 0)
    return {
      items: rows.map((r) => ({ title: r.title, body: r.text })),
      source: `${rows.length.toLocaleString('en')} OrangeSum articles (train, then valid)`,
    };
  console.error(
    '[bench/memory] ../shared/data is missing: the fixture articles repeated (few distinct words)',
  );
  const dir = join(root, 'fixtures');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  return {
    items: Array.from({ length: N }, (_, i) => ({ body: texts[i % texts.length] })),
    source: `the ${texts.length} fixture articles repeated to ${N}`,
  };
}

const CHILD = `
import { readFileSync } from 'node:fs';
const [distUrl, inputsPath, everyArg] = process.argv.slice(2);
const { analyze } = await import(distUrl);
// the articles stay in one Buffer (outside the V8 heap), parsed one at a time, so that the heap holds
// only what depeche keeps; the buffer's size is taken out of the resident set below
const buf = readFileSync(inputsPath);
const ends = [];
for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) ends.push(i);
const every = Number(everyArg);
const mb = (x) => Math.round(x / 1048576);
const row = (articles) => {
  globalThis.gc();
  const m = process.memoryUsage();
  console.log(JSON.stringify({ articles, heap: mb(m.heapUsed), rss: mb(m.rss - buf.length) }));
};
row(0);
for (let i = 0, start = 0; i < ends.length; start = ends[i] + 1, i++) {
  analyze(JSON.parse(buf.toString('utf8', start, ends[i])));
  if ((i + 1) % every === 0 || i + 1 === ends.length) row(i + 1);
}
`;

const { items, source } = inputs();
const tmp = mkdtempSync(join(tmpdir(), 'depeche-mem-'));
const inputsPath = join(tmp, 'inputs.jsonl');
writeFileSync(inputsPath, `${items.map((x) => JSON.stringify(x)).join('\n')}\n`);
const child = join(tmp, 'child.mjs');
writeFileSync(child, CHILD);
const r = spawnSync(
  process.execPath,
  ['--expose-gc', child, pathToFileURL(dist).href, inputsPath, String(EVERY)],
  { encoding: 'utf8', maxBuffer: 1 << 26 },
);
rmSync(tmp, { recursive: true, force: true });
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(1);
}
const rows = r.stdout
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { articles: number; heap: number; rss: number });
const table = [
  '| articles analysed | V8 heap after a full GC (MB) | resident set, without the input file (MB) |',
  '|---:|---:|---:|',
  ...rows.map((x) => `| ${x.articles.toLocaleString('en')} | ${x.heap} | ${x.rss} |`),
].join('\n');
const peak = Math.max(...rows.map((x) => x.heap));
const md = [
  `analyze() with default options in one fresh process, article after article: ${source}. The articles are read from one buffer outside the V8 heap, one at a time. Row 0 is after loading depeche, before its first call (which decodes the models).`,
  '',
  table,
  '',
  `Largest heap after a full collection: ${peak} MB. The per-word memos of the NER stage hold at most 2 × 32,768 word forms (src/ner/word-cache.ts), so the heap levels off once the articles have brought about 65,000 distinct word forms; the resident set also holds code, the V8 young generation and freed pages not yet returned to the system.`,
].join('\n');
console.log(md);
if (process.env.DEPECHE_RECORD !== '0')
  recordMeasurement(
    'memory',
    `npm run build && npx tsx bench/memory.ts --articles ${N} --every ${EVERY}`,
    md,
    'Memory of a long-running analysis thread',
  );
