/**
 * Evaluates extractDates() beside chrono-node's French locale (chrono.fr), in the same run:
 *  1. French TimeBank dev half: TempEval-3 strict / relaxed extent F1 and value F1 (reference = dct), on a
 *     working half and a locked half of its documents (a seeded split by document, see `splitFtib`):
 *     rules are developed on the working half; the locked half is looked at only at milestones
 *  2. Duckling French phrases: right value at the right grain
 *  3. WiNER-fr dev: extent F1 of `Date` and `Hour` spans (overlap and exact)
 *
 *   npm run eval:dates                     both halves, Duckling, WiNER-fr, fixtures
 *   npm run eval:dates -- --working        while developing: the locked half is not scored
 *   npm run eval:dates -- --errors         list our misses (on the working half only)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { type DateMention, extractDates } from '../../src/dates/index.js';
import { scoreTimex, sumTimex, type TimexScores, type TimexSpan } from '../../src/eval/timex.js';
import { extractEntities } from '../../src/ner/index.js';
import { recordMeasurement } from '../lib/measurements.js';
import { readJsonl, requireShared, sharedPath, type WinerDoc } from '../lib/shared-data.js';

const showErrors = process.argv.includes('--errors');
const workingOnly = process.argv.includes('--working');
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

// ---------- chrono as a TIMEX producer ----------
type ChronoResult = ReturnType<typeof chrono.fr.parse>[number];

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** chrono's result as a TIMEX3-like value (components chrono is certain of, local time). */
function chronoValue(r: ChronoResult): { type: string; value: string; grain: string } {
  const c = r.start;
  const d = c.date();
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  if (c.isCertain('hour')) {
    return {
      type: 'TIME',
      value: `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}`,
      grain: c.isCertain('second') ? 'second' : 'minute',
    };
  }
  if (c.isCertain('day') || c.isCertain('weekday')) return { type: 'DATE', value: day, grain: 'day' };
  if (c.isCertain('month')) return { type: 'DATE', value: day.slice(0, 7), grain: 'month' };
  return { type: 'DATE', value: day.slice(0, 4), grain: 'year' };
}

function chronoMentions(text: string, ref: Date): TimexSpan[] {
  return chrono.fr.parse(text, ref).map((r) => {
    const v = chronoValue(r);
    return { start: r.index, end: r.index + r.text.length, type: v.type, value: v.value };
  });
}

function localDate(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso)!;
  return new Date(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 12),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  );
}

function row(name: string, s: TimexScores): string {
  return `  ${name.padEnd(12)} strict P/R/F ${pct(s.strict.precision)} ${pct(s.strict.recall)} ${pct(s.strict.f1)} | relaxed ${pct(s.relaxed.precision)} ${pct(s.relaxed.recall)} ${pct(s.relaxed.f1)} | value F1 ${pct(s.value.f1)} | type F1 ${pct(s.type.f1)}`;
}

// ---------- 1. French TimeBank ----------
interface FtibDoc {
  doc: string;
  dct: string;
  text: string;
  timexes: { start: number; end: number; text: string; type: string; value: string }[];
}

/** FNV-1a of a string: a stable, seeded order of the documents. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The seed of the working/locked split: fixed, so that the locked half stays the same documents. */
const SPLIT_SEED = 'depeche-ftib-2026';

/**
 * Splits the FTiB dev half by document into a working half (rules are developed on it) and a locked
 * half (measured only at milestones): documents ordered by a seeded hash of their id, the first half working.
 */
function splitFtib(docs: FtibDoc[]): { working: FtibDoc[]; locked: FtibDoc[] } {
  const order = [...docs].sort((a, b) => fnv(`${SPLIT_SEED}:${a.doc}`) - fnv(`${SPLIT_SEED}:${b.doc}`));
  const half = Math.ceil(order.length / 2);
  const working = new Set(order.slice(0, half).map((d) => d.doc));
  return { working: docs.filter((d) => working.has(d.doc)), locked: docs.filter((d) => !working.has(d.doc)) };
}

function evalFtib(docs: FtibDoc[], errors: boolean): { ours: TimexScores; chrono: TimexScores } {
  const ours: TimexScores[] = [];
  const theirs: TimexScores[] = [];
  for (const d of docs) {
    const pred = extractDates(d.text, { referenceDate: d.dct });
    const s = scoreTimex(d.timexes, pred);
    ours.push(s);
    theirs.push(scoreTimex(d.timexes, chronoMentions(d.text, localDate(d.dct))));
    if (errors) {
      const key = (x: { start: number; end: number }) => `${x.start}:${x.end}`;
      const pk = new Map(pred.map((p) => [key(p), p]));
      const gk = new Set(d.timexes.map(key));
      for (const g of d.timexes) {
        const p = pk.get(key(g)) ?? pred.find((q) => q.start < g.end && g.start < q.end);
        if (!p) console.log(`  MISS  ${d.dct} [${g.text}] ${g.type} ${g.value}`);
        else if (p.start !== g.start || p.end !== g.end || p.value !== g.value)
          console.log(
            `  DIFF  ${d.dct} gold [${g.text}] ${g.type} ${g.value}  ours [${p.text}] ${p.type} ${p.value} (${p.rule})`,
          );
      }
      for (const p of pred)
        if (!gk.has(key(p)) && !d.timexes.some((g) => g.start < p.end && p.start < g.end))
          console.log(`  FP    ${d.dct} [${p.text}] ${p.type} ${p.value} (${p.rule})`);
    }
  }
  return { ours: sumTimex(ours), chrono: sumTimex(theirs) };
}

// ---------- 2. Duckling phrases ----------
interface DucklingRow {
  phrase: string;
  referenceTime: string;
  kind: 'datetime' | 'datetimeInterval' | 'datetimeOpenInterval';
  grain: 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
  start: string;
  value: string;
  end?: string;
}

const GRAIN_RANK: Record<string, number> = {
  year: 0,
  month: 1,
  week: 2,
  day: 2,
  hour: 3,
  minute: 3,
  second: 3,
};
const GRAIN_LEN: Record<string, number> = {
  year: 4,
  month: 7,
  week: 10,
  day: 10,
  hour: 13,
  minute: 16,
  second: 19,
};

/** A TIMEX3 value or ISO string -> its start instant "YYYY-MM-DDTHH:MM:SS" and grain rank, when concrete. */
function instant(v: string): { iso: string; rank: number } | undefined {
  let m = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(v);
  if (m) {
    // Monday of ISO week
    const y = Number(m[1]);
    const w = Number(m[2]);
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const dow = jan4.getUTCDay() || 7;
    const mon = new Date(jan4.getTime() + ((w - 1) * 7 - (dow - 1)) * 86_400_000);
    return { iso: `${mon.toISOString().slice(0, 10)}T00:00:00`, rank: 2 };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::(\d{2}))?(?::(\d{2}))?/.exec(v);
  if (m) return { iso: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5] ?? '00'}:${m[6] ?? '00'}`, rank: 3 };
  // a day, possibly with a part of the day (2013-02-12TMO)
  m = /^(\d{4})-(\d{2})-(\d{2})(?:T[A-Z]{2})?$/.exec(v);
  if (m) return { iso: `${v.slice(0, 10)}T00:00:00`, rank: 2 };
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return { iso: `${v}-01T00:00:00`, rank: 1 };
  m = /^(\d{4})$/.exec(v);
  if (m) return { iso: `${v}-01-01T00:00:00`, rank: 0 };
  return undefined;
}

/** Expected start of a Duckling row as "YYYY-MM-DDTHH:MM:SS" (Duckling writes month 00 for years). */
function expected(r: DucklingRow): string {
  return r.start.replace(/^(\d{4})-00-/, '$1-01-');
}

/**
 * A row is right when the mention that best answers the phrase (the finest-grained one among those
 * found in it) has a start equal to Duckling's at Duckling's grain, and is itself at least that precise
 * (a day is not right for an hour; "15:00" is right for the hour "15"). For intervals, the start of our
 * `range` is the start; `both` also requires the end to match.
 */
function judge(
  r: DucklingRow,
  cands: { value: string; range?: { start: string; end: string } }[],
): { start: boolean; both: boolean } {
  const need = GRAIN_RANK[r.grain];
  const len = GRAIN_LEN[r.grain];
  const exp = expected(r).slice(0, len);
  let best: { iso: string; rank: number; end?: string } | undefined;
  for (const c of cands) {
    const useRange = r.kind === 'datetimeInterval' && c.range !== undefined;
    const inst = useRange ? instant(c.range!.start) : instant(c.value);
    if (!inst) continue;
    if (!best || inst.rank > best.rank) best = { ...inst, end: c.range?.end };
  }
  if (!best || best.rank < need) return { start: false, both: false };
  const start = best.iso.slice(0, len) === exp;
  let both = start;
  if (start && r.kind === 'datetimeInterval' && r.end) {
    // Duckling's end is exclusive; ours inclusive: compare our end + one grain unit
    both = false;
    if (best.end) {
      const e = instant(best.end);
      if (e) {
        const t = new Date(`${e.iso}Z`).getTime();
        const step =
          r.grain === 'second'
            ? 1000
            : r.grain === 'minute'
              ? 60_000
              : r.grain === 'hour'
                ? 3_600_000
                : 86_400_000;
        const next = new Date(t + (best.end.length > 10 ? 60_000 : 86_400_000)).toISOString().slice(0, 19);
        void step;
        both = next.slice(0, len) === r.end.replace(/^(\d{4})-00-/, '$1-01-').slice(0, len);
      }
    }
  }
  return { start, both };
}

function evalDuckling():
  | {
      ours: number;
      oursBoth: number;
      chrono: number;
      n: number;
      byKind: Map<string, [number, number, number]>;
    }
  | undefined {
  if (!requireShared('Duckling phrases', 'dates', 'duckling-fr.jsonl')) return undefined;
  const rows = readJsonl<DucklingRow>(sharedPath('dates', 'duckling-fr.jsonl'));
  let ours = 0;
  let oursBoth = 0;
  let theirs = 0;
  const byKind = new Map<string, [number, number, number]>();
  for (const r of rows) {
    const ref = r.referenceTime.slice(0, 19);
    const mentions: DateMention[] = extractDates(r.phrase, { referenceDate: ref });
    const j = judge(r, mentions);
    const cres = chrono.fr.parse(r.phrase, localDate(ref), { forwardDate: false });
    const cc = cres.map((x) => {
      const v = chronoValue(x);
      const range = x.end
        ? { start: v.value, end: chronoValue({ ...x, start: x.end } as ChronoResult).value }
        : undefined;
      return { value: v.value, range };
    });
    const jc = judge(r, cc);
    if (j.start) ours++;
    if (j.both || (j.start && r.kind !== 'datetimeInterval')) oursBoth++;
    if (jc.start) theirs++;
    const k = `${r.kind}/${r.grain}`;
    const b = byKind.get(k) ?? [0, 0, 0];
    b[0]++;
    if (j.start) b[1]++;
    if (jc.start) b[2]++;
    byKind.set(k, b);
    if (showErrors && !j.start)
      console.log(
        `  DUCK ${r.phrase} | want ${r.kind} ${r.grain} ${r.value} | ours ${mentions.map((m) => `[${m.text}] ${m.value}${m.range ? ` ${m.range.start}..${m.range.end}` : ''}`).join(' ; ')}`,
      );
  }
  return {
    ours: ours / rows.length,
    oursBoth: oursBoth / rows.length,
    chrono: theirs / rows.length,
    n: rows.length,
    byKind,
  };
}

// ---------- 3. WiNER-fr ----------
interface Prf {
  p: number;
  r: number;
  f: number;
}

function spanPrf(
  gold: { start: number; end: number }[][],
  pred: { start: number; end: number }[][],
  overlap: boolean,
): Prf {
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (let d = 0; d < gold.length; d++) {
    const used = new Uint8Array(gold[d].length);
    np += pred[d].length;
    ng += gold[d].length;
    for (const p of pred[d]) {
      const g = gold[d].findIndex(
        (x, k) =>
          !used[k] && (overlap ? x.start < p.end && p.start < x.end : x.start === p.start && x.end === p.end),
      );
      if (g >= 0) {
        used[g] = 1;
        tp++;
      }
    }
  }
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * WiNER's Date/Hour spans are calendar expressions written with numbers or month names ("25 juillet 2016",
 * "2015", "20 h 15", "XXe siècle"); it leaves out weekdays, "hier", "cet après-midi" and the like. Ours are
 * compared on the same kind: mentions holding a digit, a month name, "siècle", "midi" or "minuit".
 */
const reCalendar =
  /\d|janv|f[ée]v|mars|avril|\bmai\b|juin|juil|ao[uû]t|sept|octo|nove|d[ée]ce|(?<![-\w])midi|minuit|si[èe]cle/i;

/**
 * WiNER-fr is an entity corpus: its Date/Hour spans are entity names, which leave the article or
 * demonstrative out ("[6 mars]", "ce [lundi 6 mars]"), as `extractEntities()`' DATE entities do; the
 * TIMEX3 of `extractDates()` keep it, as TimeML and the French TimeBank do ("[le 6 mars]"). Both are
 * scored; the bars are on the entity layer, the one WiNER annotates.
 */
function evalWiner():
  | { ours: [Prf, Prf]; ents: [Prf, Prf]; oursAll: Prf; chrono: [Prf, Prf]; n: number }
  | undefined {
  if (!requireShared('WiNER-fr', 'ner', 'winer-fr', 'dev.jsonl')) return undefined;
  const docs = readJsonl<WinerDoc>(sharedPath('ner', 'winer-fr', 'dev.jsonl'));
  const gold = docs.map((d) => d.entities.filter((e) => e.label === 'Date' || e.label === 'Hour'));
  const all = docs.map((d) =>
    extractDates(d.text, { referenceDate: d.date }).filter((m) => m.type === 'DATE' || m.type === 'TIME'),
  );
  const ours = all.map((ms) => ms.filter((m) => reCalendar.test(m.text)));
  const ents = docs.map((d) =>
    extractEntities(d.text, { referenceDate: d.date, types: ['DATE'] }).filter((e) =>
      reCalendar.test(e.text),
    ),
  );
  const theirs = docs.map((d) => chronoMentions(d.text, localDate(d.date)));
  if (showErrors) {
    docs.forEach((d, k) => {
      for (const g of gold[k])
        if (!ours[k].some((p) => p.start < g.end && g.start < p.end))
          console.log(
            `  WMISS [${g.text}] ${g.label} …${d.text.slice(Math.max(0, g.start - 50), g.end + 30).replace(/\n/g, ' ')}`,
          );
      for (const g of gold[k]) {
        const p = ours[k].find((q) => q.start < g.end && g.start < q.end);
        if (p && (p.start !== g.start || p.end !== g.end))
          console.log(
            `  WDIFF gold [${g.text}] ours [${p.text}] ${p.value} (${p.rule}) …${d.text.slice(Math.max(0, Math.min(p.start, g.start) - 40), Math.max(p.end, g.end) + 20).replace(/\n/g, ' ')}`,
          );
      }
      for (const p of ours[k])
        if (!gold[k].some((g) => p.start < g.end && g.start < p.end))
          console.log(
            `  WFP [${p.text}] ${p.value} (${p.rule}) …${d.text.slice(Math.max(0, p.start - 40), p.end + 20).replace(/\n/g, ' ')}`,
          );
    });
  }
  return {
    ours: [spanPrf(gold, ours, true), spanPrf(gold, ours, false)],
    ents: [spanPrf(gold, ents, true), spanPrf(gold, ents, false)],
    oursAll: spanPrf(gold, all, true),
    chrono: [spanPrf(gold, theirs, true), spanPrf(gold, theirs, false)],
    n: gold.reduce((a, g) => a + g.length, 0),
  };
}

// ---------- 4. the repository's hand-checked fixtures (real articles, gold by the project) ----------
interface Fixture {
  id: string;
  publishedAt: string;
  gold: { dates: TimexSpan[] };
}

function evalFixtures(): { ours: TimexScores; chrono: TimexScores; n: number } | undefined {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures');
  if (!existsSync(dir)) return undefined;
  const ours: TimexScores[] = [];
  const theirs: TimexScores[] = [];
  let n = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json') && !x.endsWith('.meta.json'))) {
    const fx = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture;
    const txt = join(dir, f.replace(/\.json$/, '.txt'));
    if (!existsSync(txt) || !fx.gold?.dates) continue;
    const text = readFileSync(txt, 'utf8');
    n++;
    const pred = extractDates(text, { referenceDate: fx.publishedAt });
    ours.push(scoreTimex(fx.gold.dates, pred));
    theirs.push(scoreTimex(fx.gold.dates, chronoMentions(text, localDate(fx.publishedAt))));
    if (showErrors) {
      for (const g of fx.gold.dates) {
        const p = pred.find((q) => q.start < g.end && g.start < q.end);
        if (!p) console.log(`  FXMISS ${fx.id} [${text.slice(g.start, g.end)}] ${g.type} ${g.value}`);
        else if (p.start !== g.start || p.end !== g.end || p.value !== g.value)
          console.log(
            `  FXDIFF ${fx.id} gold [${text.slice(g.start, g.end)}] ${g.value}  ours [${p.text}] ${p.value} (${p.rule})`,
          );
      }
      for (const p of pred)
        if (!fx.gold.dates.some((g) => g.start < p.end && p.start < g.end))
          console.log(`  FXFP   ${fx.id} [${p.text}] ${p.type} ${p.value} (${p.rule})`);
    }
  }
  return { ours: sumTimex(ours), chrono: sumTimex(theirs), n };
}

// ---------- report ----------
const md: string[] = [];
const mdRow = (name: string, s: TimexScores) =>
  `| ${name} | ${pct(s.strict.precision)} | ${pct(s.strict.recall)} | ${pct(s.strict.f1)} | ${pct(s.relaxed.f1)} | ${pct(s.value.f1)} | ${pct(s.type.f1)} |`;
if (requireShared('French TimeBank', 'dates', 'ftib-dev.jsonl')) {
  const all = readJsonl<FtibDoc>(sharedPath('dates', 'ftib-dev.jsonl'));
  const { working, locked } = splitFtib(all);
  const w = evalFtib(working, showErrors);
  const halves: [string, FtibDoc[], { ours: TimexScores; chrono: TimexScores }][] = [['working', working, w]];
  if (!workingOnly)
    halves.push(['locked', locked, evalFtib(locked, false)], ['all', all, evalFtib(all, false)]);
  console.log(
    '\nFrench TimeBank dev half, split by document (TempEval-3 scoring; bars on the locked half: strict F1 >= 87, value F1 >= 85)',
  );
  md.push('## French TimeBank dev half (TempEval-3 scoring)', '');
  md.push(
    'Split by document with a fixed seed: rules are developed on the working half, the locked half is measured only at milestones.',
    '',
  );
  md.push(
    '| half / system | strict P | strict R | strict F1 | relaxed F1 | value F1 | type F1 |',
    '|---|---|---|---|---|---|---|',
  );
  for (const [name, docs, r] of halves) {
    console.log(`  ${name} (${docs.length} documents, ${r.ours.gold} TIMEX3)`);
    console.log(row('depeche', r.ours));
    console.log(row('chrono.fr', r.chrono));
    md.push(mdRow(`${name} (${docs.length} docs, ${r.ours.gold} TIMEX3): depeche`, r.ours));
    md.push(mdRow(`${name}: chrono.fr`, r.chrono));
  }
  md.push('');
}
const d = evalDuckling();
if (d) {
  console.log(`\nDuckling French phrases (${d.n}): right value at the right grain (bar >= 85%)`);
  console.log(`  depeche    start ${pct(d.ours)}%   start and end of intervals ${pct(d.oursBoth)}%`);
  console.log(`  chrono.fr  start ${pct(d.chrono)}%`);
  console.log('  by kind/grain (n, depeche, chrono):');
  for (const [k, [n, a, b]] of [...d.byKind].sort())
    console.log(`    ${k.padEnd(28)} ${String(n).padStart(4)} ${pct(a / n)} ${pct(b / n)}`);
  md.push(`## Duckling French phrases (${d.n}): right value at the right grain`, '');
  md.push('| system | start right | start and end of intervals |', '|---|---|---|');
  md.push(`| depeche | ${pct(d.ours)}% | ${pct(d.oursBoth)}% |`, `| chrono.fr | ${pct(d.chrono)}% | |`, '');
}
const w = evalWiner();
if (w) {
  console.log(
    `\nWiNER-fr dev (${w.n} Date/Hour spans; ours restricted to calendar mentions: with a digit or a month name; bars on DATE entities: overlap F1 >= 95, exact >= 82)`,
  );
  const line = (name: string, x: Prf) => `  ${name.padEnd(54)} P ${pct(x.p)}  R ${pct(x.r)}  F1 ${pct(x.f)}`;
  const rows: [string, Prf][] = [
    ['depeche extractEntities DATE overlap', w.ents[0]],
    ['depeche extractEntities DATE exact', w.ents[1]],
    ['depeche extractDates overlap (TimeML extents)', w.ours[0]],
    ['depeche extractDates exact (TimeML extents)', w.ours[1]],
    ['depeche extractDates overlap, all mentions', w.oursAll],
    ['chrono.fr overlap', w.chrono[0]],
    ['chrono.fr exact', w.chrono[1]],
  ];
  md.push(`## WiNER-fr dev: ${w.n} Date/Hour spans (ours: calendar mentions)`, '');
  md.push('| system | P | R | F1 |', '|---|---|---|---|');
  for (const [name, x] of rows) {
    console.log(line(name, x));
    md.push(`| ${name} | ${pct(x.p)} | ${pct(x.r)} | ${pct(x.f)} |`);
  }
  md.push('');
}
const fx = evalFixtures();
if (fx) {
  console.log(
    `\nRepository fixtures (${fx.n} hand-annotated articles, ${fx.ours.gold} TIMEX3; no bar, a held-out check)`,
  );
  console.log(row('depeche', fx.ours));
  console.log(row('chrono.fr', fx.chrono));
  md.push(`## Repository fixtures (${fx.n} articles, ${fx.ours.gold} TIMEX3)`, '');
  md.push(
    '| system | strict P | strict R | strict F1 | relaxed F1 | value F1 | type F1 |',
    '|---|---|---|---|---|---|---|',
  );
  md.push(mdRow('depeche', fx.ours), mdRow('chrono.fr', fx.chrono), '');
}
// the locked half is part of every recorded measurement; a working-only run records nothing
if (!workingOnly)
  recordMeasurement(
    'dates',
    'npm run eval:dates',
    md.join('\n'),
    'Dates: French TimeBank, Duckling, WiNER-fr',
  );
