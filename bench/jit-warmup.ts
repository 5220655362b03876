/**
 * JIT warm-up of analyze(): how soon a fresh process reaches steady speed, and how much V8 keeps
 * re-optimising on the way (deoptimisations, TurboFan recompilation on background threads).
 *
 * From the built dist/ (`npm run build` first), a fresh child `node` process runs analyze() over the first
 * 2,800 OrangeSum valid articles (the fixture articles repeated when ../shared/data is absent) and reports,
 * per window of 400 articles:
 *  - the CPU ms per article of the main thread and of all other threads (from /proc/self/task/{tid}/stat,
 *    Linux only; elsewhere only the process total is given). The other threads are mostly concurrent
 *    TurboFan compile jobs (they vanish with --no-concurrent-recompilation), the rest GC helpers;
 *  - in a second, separate child run with `--trace-opt --trace-deopt` (traces slow the run down, so they
 *    are never timed): the deopts, the TurboFan compiles and their compile ms in that window.
 *
 *   npm run build && npx tsx bench/jit-warmup.ts [--articles 2800] [--window 400] [--top 25]
 *
 * `--top N` also prints the functions that still deopt after the first half of the articles, with their
 * reasons (what to fix next). Written to docs/measurements/jit-warmup.md (DEPECHE_RECORD=0 to skip).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { recordMeasurement } from '../scripts/lib/measurements.js';
import { type OrangeSumRow, readJsonl, sharedPath } from '../scripts/lib/shared-data.js';
import { fmt } from './corpus.js';

const root = join(import.meta.dirname, '..');
const distIndex = join(root, 'dist', 'index.js');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const ARTICLES = arg('articles', 2800);
const WINDOW = arg('window', 400);
const TOP = arg('top', 0);

/** The input of one analyze() call, as the job queue would pass it. */
interface Input {
  id?: string;
  title?: string;
  body: string;
  publishedAt?: string;
}

function inputs(count: number): { items: Input[]; source: string } {
  const p = sharedPath('news', 'orangesum', 'valid.jsonl.gz');
  if (existsSync(p)) {
    const rows = readJsonl<OrangeSumRow>(p, count);
    const items = rows.map((r) => ({ id: r.id, title: r.title, body: r.text, publishedAt: r.date }));
    return { items, source: `OrangeSum valid, first ${items.length} articles` };
  }
  console.error('[bench] ../shared/data is missing: running on the fixture articles, repeated');
  const dir = join(root, 'fixtures');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const items: Input[] = [];
  while (items.length < count && texts.length > 0)
    items.push({ body: texts[items.length % texts.length], publishedAt: '2025-11-25' });
  return { items, source: `the ${texts.length} fixture articles, repeated to ${items.length}` };
}

/**
 * The child: plain `node` on dist/, nothing else loaded (no tsx), so that the JIT sees only depeche.
 * argv: dist URL, inputs JSON, window, mode ('time' | 'trace'), trace file (trace mode), rows file.
 * Appends one JSON line per window to the rows file (not stdout: V8 prints some traces there from other
 * threads, which could cut a long row in two).
 */
const CHILD = `
import { appendFileSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
const [distUrl, inputsPath, windowArg, mode, tracePath, rowsPath] = process.argv.slice(2);
const { analyze } = await import(distUrl);
const items = JSON.parse(readFileSync(inputsPath, 'utf8'));
const W = Number(windowArg);
const tick = 100; // USER_HZ on Linux
function threads() {
  let main = 0, others = 0;
  let tids;
  try { tids = readdirSync('/proc/self/task'); } catch { return null; }
  for (const tid of tids) {
    let stat;
    try { stat = readFileSync('/proc/self/task/' + tid + '/stat', 'utf8'); } catch { continue; }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(f[11]) + Number(f[12])) * 1000 / tick;
    if (Number(tid) === process.pid) main += cpu; else others += cpu;
  }
  return { main, others };
}
let fd = -1, pos = 0, carry = '';
function traceLines() {
  if (fd < 0) { try { fd = openSync(tracePath, 'r'); } catch { return []; } }
  const size = fstatSync(fd).size;
  if (size <= pos) return [];
  const buf = Buffer.alloc(size - pos);
  readSync(fd, buf, 0, buf.length, pos);
  pos = size;
  const text = carry + buf.toString('utf8');
  const lines = text.split('\\n');
  carry = lines.pop();
  return lines;
}
let last = threads();
let lastCpu = process.cpuUsage();
for (let s = 0; s < items.length; s += W) {
  const end = Math.min(items.length, s + W);
  for (let i = s; i < end; i++) analyze(items[i]);
  const row = { from: s, to: end };
  if (mode === 'time') {
    const now = threads();
    const c = process.cpuUsage(lastCpu);
    lastCpu = process.cpuUsage();
    row.total = (c.user + c.system) / 1000;
    if (now && last) { row.main = now.main - last.main; row.others = now.others - last.others; }
    last = now;
  } else {
    row.lines = traceLines();
  }
  appendFileSync(rowsPath, JSON.stringify(row) + '\\n');
}
`;

interface TimeRow {
  from: number;
  to: number;
  total: number;
  main?: number;
  others?: number;
}
interface TraceRow {
  from: number;
  to: number;
  lines: string[];
}

function runChild(dir: string, mode: 'time' | 'trace'): string[] {
  const child = join(dir, 'child.mjs');
  const trace = join(dir, 'trace.log');
  const rows = join(dir, `rows-${mode}.jsonl`);
  const flags =
    mode === 'trace'
      ? ['--trace-opt', '--trace-deopt', '--redirect-code-traces', `--redirect-code-traces-to=${trace}`]
      : [];
  const r = spawnSync(
    process.execPath,
    [
      ...flags,
      child,
      pathToFileURL(distIndex).href,
      join(dir, 'inputs.json'),
      String(WINDOW),
      mode,
      trace,
      rows,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  if (r.status !== 0) throw new Error(`child (${mode}) failed: ${r.stderr}`);
  return readFileSync(rows, 'utf8').split('\n').filter(Boolean);
}

/** Deopts, TurboFan compiles and their compile ms in a window of trace lines. */
function traceStats(lines: readonly string[]): { deopts: number; compiles: number; compileMs: number } {
  let deopts = 0;
  let compiles = 0;
  let compileMs = 0;
  for (const l of lines) {
    if (l.startsWith('[bailout (kind:') && l.includes('): begin.')) deopts++;
    const m = /^\[completed compiling .*\(target TURBOFAN\).* - took ([\d.]+), ([\d.]+), ([\d.]+) ms\]/.exec(
      l,
    );
    if (m) {
      compiles++;
      compileMs += Number(m[1]) + Number(m[2]) + Number(m[3]);
    }
  }
  return { deopts, compiles, compileMs };
}

/** Function name and reason of each deopt, counted. */
function deoptReasons(lines: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lines) {
    const m =
      /^\[bailout \(kind: [^,]+, reason: ([^)]*)\): begin\. deoptimizing [^<]*<JSFunction ?([^ >]*)/.exec(l);
    if (!m) continue;
    const key = `${m[2] || '(anonymous)'} — ${m[1]}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

if (!existsSync(distIndex)) {
  console.error('[bench] dist/index.js is missing: run `npm run build` first');
  process.exit(1);
}
const { items, source } = inputs(ARTICLES);
const dir = mkdtempSync(join(tmpdir(), 'depeche-jit-'));
try {
  writeFileSync(join(dir, 'inputs.json'), JSON.stringify(items));
  writeFileSync(join(dir, 'child.mjs'), CHILD);
  const load0 = loadavg()[0];
  const timed = runChild(dir, 'time').map((l) => JSON.parse(l) as TimeRow);
  const load1 = loadavg()[0];
  const traced = runChild(dir, 'trace').map((l) => JSON.parse(l) as TraceRow);

  const perThread = timed.every((r) => r.main !== undefined);
  const lines = [
    `analyze() in a fresh \`node\` process on dist/, article after article: ${source}, windows of ${WINDOW}.`,
    'CPU ms per article (main thread / all other threads, from /proc; other threads are mostly concurrent',
    'TurboFan compiles); deopts and TurboFan compiles counted in a separate run with --trace-opt --trace-deopt.',
    `Load average (1 min) ${load0.toFixed(2)} before the timed run, ${load1.toFixed(2)} after.`,
    '',
    '| articles | main ms/article | other threads ms/article | process ms/article | deopts | TurboFan compiles | compile ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const sum = { main: 0, others: 0, total: 0, deopts: 0, compiles: 0, compileMs: 0 };
  const half = Math.floor(items.length / 2);
  const late = { deopts: 0, compiles: 0, compileMs: 0 };
  const lateLines: string[] = [];
  for (let i = 0; i < timed.length; i++) {
    const t = timed[i];
    const n = t.to - t.from;
    const s = traceStats(traced[i]?.lines ?? []);
    sum.main += t.main ?? 0;
    sum.others += t.others ?? 0;
    sum.total += t.total;
    sum.deopts += s.deopts;
    sum.compiles += s.compiles;
    sum.compileMs += s.compileMs;
    if (t.from >= half) {
      late.deopts += s.deopts;
      late.compiles += s.compiles;
      late.compileMs += s.compileMs;
      lateLines.push(...(traced[i]?.lines ?? []));
    }
    lines.push(
      `| ${t.from}–${t.to} | ${perThread ? fmt((t.main ?? 0) / n, 2) : '–'} | ${perThread ? fmt((t.others ?? 0) / n, 2) : '–'} | ${fmt(t.total / n, 2)} | ${s.deopts} | ${s.compiles} | ${fmt(s.compileMs)} |`,
    );
  }
  const n = items.length;
  lines.push(
    `| **all ${n}** | ${perThread ? fmt(sum.main / n, 2) : '–'} | ${perThread ? fmt(sum.others / n, 2) : '–'} | ${fmt(sum.total / n, 2)} | ${sum.deopts} | ${sum.compiles} | ${fmt(sum.compileMs)} |`,
    '',
    `Total CPU over the ${n} articles: ${fmt(sum.total / 1000, 2)} s` +
      (perThread
        ? ` (main thread ${fmt(sum.main / 1000, 2)} s, other threads ${fmt(sum.others / 1000, 2)} s)`
        : '') +
      `. After article ${half}: ${late.deopts} deopts, ${late.compiles} TurboFan compiles, ${fmt(late.compileMs)} compile ms.`,
  );
  const table = lines.join('\n');
  console.log(table);
  if (TOP > 0) {
    const reasons = [...deoptReasons(lateLines)].sort((a, b) => b[1] - a[1]).slice(0, TOP);
    console.log(`\nDeopts after article ${half}, by function and reason:`);
    for (const [k, c] of reasons) console.log(`${String(c).padStart(4)}  ${k}`);
  }
  const path = recordMeasurement(
    'jit-warmup',
    'npm run build && npx tsx bench/jit-warmup.ts',
    table,
    'JIT warm-up of analyze() in a fresh process',
  );
  if (path) console.error(`[bench] written to ${path}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
