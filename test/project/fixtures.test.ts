/**
 * Golden fixtures: real French articles with hand-checked gold (fixtures/*.json, built from
 * fixtures/annotations/*.ann by scripts/data/make-fixtures.ts). Part 1 validates every fixture file; part 2 runs
 * each stage that src/index.ts exports at run time on every fixture, prints every miss and false alarm, and
 * holds the per-fixture floors below. Stages not exported yet are skipped visibly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLAGSHIP_ID, FLAGSHIP_MISSING, readFlagship } from '../../fixtures/flagship.js';
import { FLAGSHIP_MUST_FIND } from '../../fixtures/flagship-checklist.js';
import { type LabeledSpan, scoreSpans } from '../../src/eval/spans.js';
import * as depeche from '../../src/index.js';
import { topicTaxonomy as topics } from '../../src/index.js';

/**
 * Minimum scores per fixture (raise them as the stages improve).
 * - entities: micro-F1, exact span match, types PER/ORG/LOC/MISC (DATE entities are scored under dates);
 * - dates: F1 on extents with overlap matching, type ignored (values are printed beside);
 * - topics: share of the gold topic ids found among the top 5 predicted topics and their parents.
 */
// Set about ten points under the scores measured when every stage had landed (entities 0.75-1.0 but for
// Ariane, dates 0.91-1.0), so that a regression fails while retraining noise does not.
const DEFAULT_FLOOR = { entities: 0.65, dates: 0.8, topics: 0.5 } as const;
type Floor = { entities: number; dates: number; topics: number };
const FLOORS: Record<string, Floor> = {
  'interpol-marrakech-2025-11-25': { ...DEFAULT_FLOOR },
  'wikinews-aix-les-bains-couteau-2016-05-03': { ...DEFAULT_FLOOR },
  'wikinews-macron-elu-2017-05-07': { ...DEFAULT_FLOOR },
  'wikinews-maroc-union-africaine-2017-01-31': { ...DEFAULT_FLOOR },
  'wikinews-bolt-100m-rio-2016-08-15': { ...DEFAULT_FLOOR },
  'wikinews-croissance-nulle-2016-07-29': { ...DEFAULT_FLOOR },
  'wikinews-exoplanetes-nasa-2017-02-23': { ...DEFAULT_FLOOR },
  'wikinews-carrie-fisher-2016-12-27': { ...DEFAULT_FLOOR },
  'wikinews-cyberattaque-mondiale-2017-05-13': { ...DEFAULT_FLOOR },
  'orangesum-retraites-philippe-2020-01-10': { ...DEFAULT_FLOOR },
  'orangesum-marseille-etudiante-2019-03-18': { ...DEFAULT_FLOOR },
  'orangesum-alain-cocq-2020-09-09': { ...DEFAULT_FLOOR },
  'orangesum-mory-kante-2020-05-22': { ...DEFAULT_FLOOR },
  // product-heavy (launcher, satellites, spacecraft = MISC): NER scores 0.22 here (a known weakness on products)
  'orangesum-ariane-5-report-2020-08-13': { ...DEFAULT_FLOOR, entities: 0.15 },
  'orangesum-cyberattaque-francetv-2020-06-26': { ...DEFAULT_FLOOR },
  'orangesum-barrage-nil-2020-08-10': { ...DEFAULT_FLOOR },
  'orangesum-arnaque-offres-emploi-2018-03-12': { ...DEFAULT_FLOOR },
  'orangesum-modem-emplois-fictifs-2017-09-14': { ...DEFAULT_FLOOR },
  'orangesum-france-belgique-philippe-2018-07-08': { ...DEFAULT_FLOOR },
};

/**
 * Issue 8's bar on the flagship article: these names found with their type, and no word wrongly tagged PER.
 * Asserted on every run.
 */

const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures');
const ENTITY_TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);
const DATE_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);
/** Topic ids of the shipped taxonomy (`topics`), so gold can only name topics that exist. */
const TOPIC_IDS = new Set(topics.map((t) => t.id));
/** TimeML TIMEX3 values: dates (with X for unknown digits), weeks, seasons, times, durations, refs. */
const TIMEX3_VALUE =
  /^(?:(?:\d{4}|XXXX|\d{3}X|\d{2}XX|\d{2}|\d{3})(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|DT))?|(?:\d{4}|XXXX)-W(?:\d{2}|XX)(?:-WE)?|(?:\d{4}|XXXX)-(?:SP|SU|FA|WI|Q[1-4]|H[12])|P(?=[\dXT])(?:(?:\d+(?:[.,]\d+)?|X)[YMWD])*(?:T(?:(?:\d+(?:[.,]\d+)?|X)[HMS])+)?|(?:PRESENT|PAST|FUTURE)_REF)$/;

interface GoldSpan {
  text: string;
  start: number;
  end: number;
  type: string;
  value?: string;
}
interface Fixture {
  id: string;
  title: string;
  publishedAt: string;
  source: string;
  url: string | null;
  licence: string;
  credit: string;
  gold: { entities: GoldSpan[]; dates: GoldSpan[]; topics: string[] };
}

/** A fixture's text: beside its gold, or, for the flagship (licence not stated), from ../shared/data. */
function fixtureText(id: string): string | undefined {
  const txt = join(FIXTURES_DIR, `${id}.txt`);
  if (existsSync(txt)) return readFileSync(txt, 'utf8');
  return id === FLAGSHIP_ID ? readFlagship() : undefined;
}

const fixtures: { fx: Fixture; text: string }[] = [];
for (const f of readdirSync(FIXTURES_DIR)
  .filter((n) => n.endsWith('.json') && !n.endsWith('.meta.json'))
  .sort()) {
  const fx = JSON.parse(readFileSync(join(FIXTURES_DIR, f), 'utf8')) as Fixture;
  const text = fixtureText(fx.id);
  if (text === undefined) console.warn(`[fixtures] ${fx.id}: skipped, ${FLAGSHIP_MISSING}`);
  else fixtures.push({ fx, text });
}

function checkSpans(text: string, spans: GoldSpan[], types: Set<string>, what: string): void {
  let prevEnd = -1;
  for (const s of spans) {
    const at = `${what} "${s.text}" at ${s.start}`;
    expect(Number.isInteger(s.start) && Number.isInteger(s.end), at).toBe(true);
    expect(s.start < s.end && s.end <= text.length, at).toBe(true);
    expect(text.slice(s.start, s.end), at).toBe(s.text);
    expect(types.has(s.type), `${at}: type ${s.type}`).toBe(true);
    expect(s.text.trim(), `${at}: untrimmed`).toBe(s.text);
    expect(/^[\p{L}\p{N}]/u.test(s.text) && /[\p{L}\p{N}.)"]$/u.test(s.text), `${at}: edges`).toBe(true);
    // sorted, no duplicates, no overlaps (outermost wins)
    expect(s.start >= prevEnd, `${at}: unsorted or overlapping`).toBe(true);
    prevEnd = s.end;
  }
}

describe('fixture files', () => {
  it('hold at least 12 articles, each listed in the floors table', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    for (const { fx } of fixtures) expect(FLOORS[fx.id], `${fx.id} missing from FLOORS`).toBeDefined();
  });

  it('every hand annotation file has been compiled', () => {
    const annDir = join(FIXTURES_DIR, 'annotations');
    for (const f of readdirSync(annDir).filter((n) => n.endsWith('.ann'))) {
      const draft = /^@status draft/m.test(readFileSync(join(annDir, f), 'utf8'));
      if (!draft) expect(existsSync(join(FIXTURES_DIR, f.replace(/\.ann$/, '.json'))), f).toBe(true);
    }
  });

  for (const { fx, text } of fixtures) {
    describe(fx.id, () => {
      it('has its metadata: source, licence, credit, publication date', () => {
        expect(fx.id).toMatch(/^[a-z0-9-]+$/);
        for (const k of ['title', 'source', 'licence', 'credit'] as const) {
          expect(typeof fx[k] === 'string' && fx[k].length > 0, k).toBe(true);
        }
        expect(fx.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(fx.publishedAt))).toBe(false);
        // the analysed text is title + "\n\n" + body
        expect(text.startsWith(`${fx.title}\n\n`)).toBe(true);
      });

      it('has entity spans that slice exactly, with valid types, sorted, without overlaps', () => {
        expect(fx.gold.entities.length).toBeGreaterThan(0);
        checkSpans(text, fx.gold.entities, ENTITY_TYPES, 'entity');
      });

      it('has date spans that slice exactly, with TIMEX3 types and values', () => {
        expect(fx.gold.dates.length).toBeGreaterThan(0);
        checkSpans(text, fx.gold.dates, DATE_TYPES, 'date');
        for (const d of fx.gold.dates) expect(d.value ?? '', `value of "${d.text}"`).toMatch(TIMEX3_VALUE);
      });

      it('has known topic ids, without duplicates', () => {
        expect(fx.gold.topics.length).toBeGreaterThan(0);
        expect(new Set(fx.gold.topics).size).toBe(fx.gold.topics.length);
        for (const t of fx.gold.topics) expect(TOPIC_IDS.has(t), t).toBe(true);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------------------
// Stages: run what src/index.ts exports now; skip the rest visibly.

type AnyFn = (input: unknown, options?: unknown) => unknown;
const mod = depeche as unknown as Record<string, unknown>;
const stage = (name: string): AnyFn | undefined =>
  typeof mod[name] === 'function' ? (mod[name] as AnyFn) : undefined;

interface PredSpan extends LabeledSpan {
  text?: string;
  value?: string;
}
interface PredTopic {
  id: string;
  parents?: string[];
  score?: number;
}

const show = (text: string, s: { start: number; end: number; type: string; value?: string }) =>
  `${s.type} "${text.slice(s.start, s.end)}" [${s.start},${s.end}]${s.value ? ` = ${s.value}` : ''}`;

function report(
  id: string,
  what: string,
  text: string,
  gold: GoldSpan[],
  pred: PredSpan[],
  opts: { mode: 'exact' | 'overlap'; ignoreType?: boolean },
): number {
  const s = scoreSpans(gold, pred, opts);
  const lines = [
    `[fixtures] ${id} ${what}: F1 ${s.micro.f1.toFixed(3)} (tp ${s.micro.tp}, fp ${s.micro.fp}, fn ${s.micro.fn})`,
  ];
  const same = (a: LabeledSpan, b: LabeledSpan) =>
    (opts.ignoreType || a.type === b.type) &&
    (opts.mode === 'exact' ? a.start === b.start && a.end === b.end : a.start < b.end && b.start < a.end);
  for (const g of gold) {
    const p = pred.find((x) => same(g, x));
    if (!p) lines.push(`  miss        ${show(text, g)}`);
    else if (g.value !== undefined && p.value !== g.value)
      lines.push(
        `  wrong value ${show(text, g)}, got "${text.slice(p.start, p.end)}" = ${p.value ?? '(none)'}`,
      );
  }
  for (const p of pred) if (!gold.some((g) => same(g, p))) lines.push(`  false alarm ${show(text, p)}`);
  console.log(lines.join('\n'));
  return s.micro.f1;
}

function topicRecall(id: string, gold: string[], pred: PredTopic[]): number {
  const top = [...pred].sort((a, b) => (b.score ?? 0) - (a.score ?? 0)).slice(0, 5);
  const found = new Set(top.flatMap((t) => [t.id, ...(t.parents ?? [])]));
  const hit = gold.filter((g) => found.has(g));
  console.log(
    `[fixtures] ${id} topics: ${hit.length}/${gold.length} gold in top 5 [${top.map((t) => `${t.id} ${(t.score ?? 0).toFixed(2)}`).join(', ')}]` +
      `; missed: ${gold.filter((g) => !found.has(g)).join(' ') || 'none'}`,
  );
  return gold.length === 0 ? 1 : hit.length / gold.length;
}

const onlyNames = (xs: PredSpan[]) => xs.filter((e) => ENTITY_TYPES.has(e.type));
const body = (fx: Fixture, text: string) => text.slice(fx.title.length + 2);

describe('stages on the fixtures', () => {
  const extractEntities = stage('extractEntities');
  const extractDates = stage('extractDates');
  const tagTopics = stage('tagTopics');
  const analyze = stage('analyze');

  describe.skipIf(!extractEntities)('extractEntities()', () => {
    for (const { fx, text } of fixtures) {
      it(`${fx.id}: entity F1 >= ${FLOORS[fx.id]?.entities}`, () => {
        const pred = onlyNames(extractEntities!(text, { referenceDate: fx.publishedAt }) as PredSpan[]);
        const f1 = report(fx.id, 'entities', text, fx.gold.entities, pred, { mode: 'exact' });
        expect(f1).toBeGreaterThanOrEqual(FLOORS[fx.id].entities);
      });
    }
  });

  describe.skipIf(!extractDates)('extractDates()', () => {
    for (const { fx, text } of fixtures) {
      it(`${fx.id}: date extent F1 >= ${FLOORS[fx.id]?.dates}`, () => {
        const pred = extractDates!(text, { referenceDate: fx.publishedAt }) as PredSpan[];
        const f1 = report(fx.id, 'dates', text, fx.gold.dates, pred, { mode: 'overlap', ignoreType: true });
        expect(f1).toBeGreaterThanOrEqual(FLOORS[fx.id].dates);
      });
    }
  });

  describe.skipIf(!tagTopics)('tagTopics()', () => {
    for (const { fx, text } of fixtures) {
      it(`${fx.id}: topic recall in top 5 >= ${FLOORS[fx.id]?.topics}`, () => {
        const pred = tagTopics!({ title: fx.title, body: body(fx, text) }) as PredTopic[];
        expect(topicRecall(fx.id, fx.gold.topics, pred)).toBeGreaterThanOrEqual(FLOORS[fx.id].topics);
      });
    }
  });

  describe.skipIf(!analyze)('analyze()', () => {
    for (const { fx, text } of fixtures) {
      it(`${fx.id}: every stage above its floor through analyze()`, () => {
        const r = analyze!({
          id: fx.id,
          title: fx.title,
          body: body(fx, text),
          publishedAt: fx.publishedAt,
        }) as {
          text?: string;
          entities?: PredSpan[];
          dates?: PredSpan[];
          topics?: PredTopic[];
        };
        if (r.text !== undefined) expect(r.text).toBe(text);
        const absent = (['entities', 'dates', 'topics'] as const).filter((k) => !Array.isArray(r[k]));
        if (absent.length > 0)
          console.log(`[fixtures] ${fx.id}: analyze() gives no ${absent.join(', ')} yet`);
        if (r.entities) {
          const f1 = report(fx.id, 'analyze entities', text, fx.gold.entities, onlyNames(r.entities), {
            mode: 'exact',
          });
          expect(f1).toBeGreaterThanOrEqual(FLOORS[fx.id].entities);
        }
        if (r.dates) {
          const f1 = report(fx.id, 'analyze dates', text, fx.gold.dates, r.dates, {
            mode: 'overlap',
            ignoreType: true,
          });
          expect(f1).toBeGreaterThanOrEqual(FLOORS[fx.id].dates);
        }
        if (r.topics) {
          expect(topicRecall(fx.id, fx.gold.topics, r.topics)).toBeGreaterThanOrEqual(FLOORS[fx.id].topics);
        }
      });
    }
  });

  const flagship = fixtures.find((f) => f.fx.id === FLAGSHIP_ID);
  const flagshipBar = () => {
    const { fx, text } = flagship!;
    const pred = onlyNames(extractEntities!(text, { referenceDate: fx.publishedAt }) as PredSpan[]);
    const missing = FLAGSHIP_MUST_FIND.filter(
      ([name, type]) => !pred.some((p) => p.type === type && text.slice(p.start, p.end) === name),
    ).map(([name, type]) => `${type} ${name}`);
    const goldPer = fx.gold.entities.filter((g) => g.type === 'PER');
    const wrongPer = pred
      .filter((p) => p.type === 'PER' && !goldPer.some((g) => g.start === p.start && g.end === p.end))
      .map((p) => `"${text.slice(p.start, p.end)}" [${p.start}]`);
    console.log(
      `[fixtures] issue 8 flagship bar: missing ${missing.join(', ') || 'none'}; wrongly PER ${wrongPer.join(', ') || 'none'}`,
    );
    return { missing, wrongPer };
  };
  describe.skipIf(!extractEntities || !flagship)('issue 8 flagship bar', () => {
    it('all seven people and the key names found, no word wrongly tagged PER', () => {
      const r = flagshipBar();
      expect(r.missing).toEqual([]);
      expect(r.wrongPer).toEqual([]);
    });
  });

  it('reports which stages ran', () => {
    const missing = ['extractEntities', 'extractDates', 'tagTopics', 'analyze'].filter((n) => !stage(n));
    if (missing.length > 0) console.log(`[fixtures] not exported yet, skipped: ${missing.join(', ')}`);
    expect(fixtures.length).toBeGreaterThan(0);
  });
});
