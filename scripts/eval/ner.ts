import { FLAGSHIP_PATH } from '../../fixtures/flagship.js';
/**
 * NER evaluation: exact span match over PER/ORG/LOC/MISC on WiNER-fr dev, ours beside compromise and
 * fr-compromise (people/places/organizations) on the same documents; the flagship article's checklist;
 * the entity sets of newsgold-dev (OrangeSum articles, another publisher: per article, fullest form,
 * strict and lenient, per type, the protocol of its README) on the 240 development articles, beside the
 * same peers; with --locked, also on the 60 locked articles (measured at milestones only) and all 300;
 * and, with --cv, 5-fold cross-validation by document on WiNER-fr train (retrains 5 models).
 * When the shipped model is trained on newsgold-dev too (NER_CONFIG.newsgoldRepeat > 0), its newsgold
 * tables are marked as seen in training, and --cv adds what measures it: 5-fold cross-validation by
 * article over the 240 development articles and over all 300 (each fold model trained on WiNER-fr train
 * and the other folds' articles), and with --locked the 60 locked articles scored by the model trained
 * on the 240; the WiNER-fr cross-validation then trains each fold with the 300 articles added.
 * Fold models are cached in NER_CV_CACHE (scripts/train/ner-newsgold-fold.ts trains them one at a
 * time); NER_CV_SEEDS (default: the shipped number of seeds) sets the perceptrons per fold model.
 * Writes docs/measurements/ner.md with the tables it printed.
 *
 *   npm run eval:ner
 *   npm run eval:ner -- --locked
 *   NER_CV_CACHE=/tmp/ner-cv npm run eval:ner -- --locked --cv
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { FLAGSHIP_MUST_FIND } from '../../fixtures/flagship-checklist.js';
import type { LabeledSpan } from '../../src/eval/spans.js';
import { type SpanScores, scoreSpans } from '../../src/eval/spans.js';
import { fromBase64 } from '../../src/lang/base64.js';
import { nerModelBase64 } from '../../src/lang/fr/generated/ner-model.js';
import { groupEntities } from '../../src/ner/group.js';
import { extractEntities } from '../../src/ner/index.js';
import { decodeModel, encodeModel } from '../../src/ner/model.js';
import { recordMeasurement } from '../lib/measurements.js';
import { NER_CONFIG } from '../lib/ner-config.js';
import { type GroupCounts, groupCounts, groupRow, groupTableHead, sumCounts } from '../lib/ner-groups.js';
import { extractWith, FOLDS, jobModel, newsgoldCv, newsgoldParts } from '../lib/ner-indomain.js';
import { evaluate, loadWiner, type NerDoc, printTable, trainNerModel } from '../lib/ner-lib.js';
import {
  articleText,
  depecheSets,
  type EntitySets,
  type GoldArticle,
  loadNewsgold,
  lockedIds,
  scoreSets,
  setTable,
} from '../lib/ner-newsgold.js';
import { requireShared, sharedPath } from '../lib/shared-data.js';

/** Markdown kept for docs/measurements/ner.md. */
const md: string[] = [];

function spanTableMd(title: string, systems: { name: string; s: SpanScores }[]): string {
  const types = ['PER', 'ORG', 'LOC', 'MISC'];
  const cell = (x: { precision: number; recall: number; f1: number } | undefined) =>
    x
      ? `${(x.precision * 100).toFixed(1)} / ${(x.recall * 100).toFixed(1)} / **${(x.f1 * 100).toFixed(1)}**`
      : '-';
  return [
    `**${title}** (P / R / F1)`,
    '',
    `| system | ${types.join(' | ')} | micro |`,
    `|---|${types.map(() => '---').join('|')}|---|`,
    ...systems.map(
      (r) => `| ${r.name} | ${types.map((t) => cell(r.s.byType[t])).join(' | ')} | ${cell(r.s.micro)} |`,
    ),
  ].join('\n');
}

function printBoth(title: string, systems: { name: string; s: SpanScores }[]): void {
  printTable(title, systems);
  md.push(spanTableMd(title, systems));
}

/** Distinct names per type from a compromise-style library (people/places/organizations). */
function peerSets(lib: Nlp, text: string): EntitySets {
  const out: EntitySets = { PER: [], ORG: [], LOC: [] };
  for (const s of peerSpans(lib, text)) {
    const t = s.type as keyof EntitySets;
    const name = text.slice(s.start, s.end);
    if (!out[t].includes(name)) out[t].push(name);
  }
  return out;
}

function newsgold(locked: boolean): void {
  if (!requireShared('eval-ner', 'newsgold-dev', 'gold.jsonl')) return;
  const all = loadNewsgold();
  const lock = lockedIds(all);
  const parts: [string, GoldArticle[]][] = [['dev', all.filter((a) => !lock.has(a.id))]];
  if (locked) {
    parts.push(['locked', all.filter((a) => lock.has(a.id))]);
    parts.push(['all', all]);
  }
  for (const [name, arts] of parts) {
    const golds = arts.map((a) => a.gold);
    const texts = arts.map(articleText);
    const systems: [string, EntitySets[]][] = [
      ['depeche', texts.map((t) => depecheSets(t))],
      ['compromise', texts.map((t) => peerSets(nlp as unknown as Nlp, t))],
      ['fr-compromise', texts.map((t) => peerSets(frNlp as unknown as Nlp, t))],
    ];
    const seen =
      NER_CONFIG.newsgoldRepeat > 0
        ? ' — depeche trained on these articles: not a measure, see the CV tables'
        : '';
    for (const lenient of [false, true]) {
      const title = `newsgold-dev ${name} (${arts.length} articles: ${arts.filter((a) => a.split === 'valid').length} valid, ${arts.filter((a) => a.split === 'train').length} train), entity sets, ${lenient ? 'lenient' : 'strict'}${seen}`;
      const table = setTable(
        title,
        systems.map(([n, preds]) => ({ name: n, s: scoreSets(preds, golds, lenient) })),
      );
      console.log(`\n${table}`);
      md.push(table);
    }
  }
  const seen = NER_CONFIG.newsgoldRepeat > 0 ? ' (depeche trained on these articles: see the CV table)' : '';
  const rows = parts.map(([name, arts]) => {
    const c = sumCounts(
      arts.map((a) =>
        groupCounts(
          a.id,
          groupEntities(extractEntities(articleText(a), { types: ['PER', 'ORG', 'LOC', 'MISC'] })),
          a.gold,
        ),
      ),
    );
    return groupRow(`depeche, newsgold-dev ${name} (${arts.length})`, c);
  });
  const table = `${groupTableHead(`groupEntities(), one group per real entity${seen}`)}\n${rows.join('\n')}`;
  console.log(`\n${table}`);
  md.push(table);
}

/** Split and merge counts of `arts`, each grouped from the mentions `extract` gives. */
function groupsOf(
  arts: readonly GoldArticle[],
  extract: (t: string) => ReturnType<typeof extractEntities>,
): GroupCounts[] {
  return arts.map((a) => groupCounts(a.id, groupEntities(extract(articleText(a))), a.gold));
}

/** Perceptrons per fold model (NER_CV_SEEDS, default the shipped configuration's). */
const cvSeeds = Number(process.env.NER_CV_SEEDS ?? NER_CONFIG.seeds.length);

/** The in-domain cross-validation tables (see the header). */
function newsgoldCrossValidation(locked: boolean): void {
  if (!requireShared('eval-ner', 'newsgold-dev', 'gold.jsonl')) return;
  const repeat = NER_CONFIG.newsgoldRepeat;
  const cache = process.env.NER_CV_CACHE;
  const log = (m: string) => console.log(`  ${m}`);
  const rows: { name: string; part: string; s: (lenient: boolean) => ReturnType<typeof scoreSets> }[] = [];
  for (const part of ['dev', 'all'] as const) {
    const { preds, golds } = newsgoldCv(part, repeat, cvSeeds, cache, log);
    rows.push({ name: `depeche, ${FOLDS}-fold CV by article`, part, s: (l) => scoreSets(preds, golds, l) });
  }
  if (locked) {
    const { locked: arts } = newsgoldParts();
    const extract = extractWith(
      jobModel({ part: 'dev', fold: 0, winerFold: 0, repeat, seeds: cvSeeds }, cache, log),
    );
    const preds = arts.map((a) => depecheSets(articleText(a), extract));
    rows.push({
      name: 'depeche trained on the 240',
      part: 'locked',
      s: (l) =>
        scoreSets(
          preds,
          arts.map((a) => a.gold),
          l,
        ),
    });
  }
  const groupRows: string[] = [];
  {
    const { dev } = newsgoldParts();
    const counts: GroupCounts[] = new Array(dev.length);
    for (let k = 1; k <= FOLDS; k++) {
      const extract = extractWith(
        jobModel({ part: 'dev', fold: k, winerFold: 0, repeat, seeds: cvSeeds }, cache, log),
      );
      const fold = dev.filter((_, i) => i % FOLDS === k - 1);
      groupsOf(fold, extract).forEach((c, j) => {
        counts[j * FOLDS + k - 1] = c;
      });
    }
    groupRows.push(groupRow(`newsgold-dev dev (240), ${FOLDS}-fold CV by article`, sumCounts(counts)));
  }
  if (locked) {
    const { locked: arts } = newsgoldParts();
    const extract = extractWith(
      jobModel({ part: 'dev', fold: 0, winerFold: 0, repeat, seeds: cvSeeds }, cache, log),
    );
    groupRows.push(
      groupRow('newsgold-dev locked (60), trained on the 240', sumCounts(groupsOf(arts, extract))),
    );
  }
  const groupTable = `${groupTableHead(`groupEntities(), one group per real entity, ${cvSeeds} perceptron${cvSeeds > 1 ? 's' : ''} per model`)}\n${groupRows.join('\n')}`;
  console.log(`\n${groupTable}`);
  md.push(groupTable);
  for (const lenient of [false, true]) {
    for (const r of rows) {
      const n = r.part === 'dev' ? 240 : r.part === 'all' ? 300 : 60;
      const title = `newsgold-dev ${r.part} (${n} articles), WiNER-fr train + newsgold-dev articles x${repeat} (partial labels), ${cvSeeds} perceptron${cvSeeds > 1 ? 's' : ''} per model, entity sets, ${lenient ? 'lenient' : 'strict'}`;
      const table = setTable(title, [{ name: r.name, s: r.s(lenient) }]);
      console.log(`\n${table}`);
      md.push(table);
    }
  }
}

type Nlp = (
  text: string,
) => Record<string, () => { json: (o: object) => { offset: { start: number; length: number } }[] }>;

/** Spans of a compromise-style library (people/places/organizations → PER/LOC/ORG). */
function peerSpans(lib: Nlp, text: string): LabeledSpan[] {
  const d = lib(text);
  const out: LabeledSpan[] = [];
  for (const [method, type] of [
    ['people', 'PER'],
    ['places', 'LOC'],
    ['organizations', 'ORG'],
  ] as const) {
    if (typeof d[method] !== 'function') continue;
    for (const m of d[method]().json({ offset: true })) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (end > start && /[\s.,;:!?»"')]/.test(text[end - 1])) end--;
      while (start < end && /[\s«"(]/.test(text[start])) start++;
      if (end > start) out.push({ start, end, type });
    }
  }
  return out;
}

function scoreSystem(docs: readonly NerDoc[], predict: (text: string) => LabeledSpan[]): SpanScores {
  const gold: LabeledSpan[] = [];
  const pred: LabeledSpan[] = [];
  let offset = 0;
  for (const d of docs) {
    for (const g of d.gold) gold.push({ ...g, start: g.start + offset, end: g.end + offset });
    for (const p of predict(d.doc.text)) pred.push({ ...p, start: p.start + offset, end: p.end + offset });
    offset += d.doc.text.length + 1;
  }
  return scoreSpans(gold, pred);
}

function ours(text: string): LabeledSpan[] {
  return extractEntities(text, { types: ['PER', 'ORG', 'LOC', 'MISC'] });
}

function flagship(): void {
  const text = readFileSync(FLAGSHIP_PATH, 'utf8');
  const ents = extractEntities(text);
  const want = FLAGSHIP_MUST_FIND;
  console.log('\nFlagship article (../shared/data/articles/interpol-marrakech-2025-11-25.txt)');
  let found = 0;
  for (const [name, type] of want) {
    const hit = ents.some((e) => e.text === name && e.type === type);
    const other = ents.find((e) => e.text === name);
    if (hit) found++;
    console.log(
      `  ${hit ? 'ok     ' : 'MISSING'} ${type} ${name}${!hit && other ? ` (tagged ${other.type})` : ''}`,
    );
  }
  const wantPer = new Set(want.filter((w) => w[1] === 'PER').map((w) => w[0]));
  const extraPer = ents.filter((e) => e.type === 'PER' && !wantPer.has(e.text));
  console.log(
    `  ${found}/${want.length} found; PER mentions outside the seven names: ${extraPer.map((e) => e.text).join(', ') || 'none'}`,
  );
}

/**
 * The repository's hand-checked fixtures (fixtures/*.json with gold entities): OrangeSum articles are
 * later news (2017-2020) from another publisher than the training data, so they show how the model
 * carries over. Wikinews fixtures may come from WiNER-fr train and are shown apart.
 */
function fixtureTables(): void {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures');
  const groups: Record<string, { text: string; gold: LabeledSpan[] }[]> = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json') && !x.endsWith('.meta.json'))) {
    const id = f.replace(/\.json$/, '');
    let txt: string;
    try {
      txt = readFileSync(join(dir, `${id}.txt`), 'utf8');
    } catch {
      continue;
    }
    const j = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { gold?: { entities?: LabeledSpan[] } };
    const gold = (j.gold?.entities ?? []).filter((e) => ['PER', 'ORG', 'LOC', 'MISC'].includes(e.type));
    if (gold.length === 0) continue;
    const group = id.startsWith('orangesum-')
      ? 'OrangeSum (later news, other publisher)'
      : id.startsWith('wikinews-')
        ? 'Wikinews'
        : 'flagship';
    (groups[group] ??= []).push({ text: txt, gold });
  }
  for (const [name, docs] of Object.entries(groups)) {
    const score = (predict: (t: string) => LabeledSpan[]) => {
      const gold: LabeledSpan[] = [];
      const pred: LabeledSpan[] = [];
      let offset = 0;
      for (const d of docs) {
        for (const g of d.gold) gold.push({ start: g.start + offset, end: g.end + offset, type: g.type });
        for (const p of predict(d.text))
          pred.push({ start: p.start + offset, end: p.end + offset, type: p.type });
        offset += d.text.length + 1;
      }
      return scoreSpans(gold, pred);
    };
    const n = docs.reduce((a, d) => a + d.gold.length, 0);
    printTable(`Fixtures, ${name}: ${docs.length} articles, ${n} gold entities, exact span match`, [
      { name: 'depeche', s: score(ours) },
      { name: 'compromise', s: score((t) => peerSpans(nlp as unknown as Nlp, t)) },
      { name: 'fr-compromise', s: score((t) => peerSpans(frNlp as unknown as Nlp, t)) },
    ]);
  }
}

function crossValidation(train: NerDoc[], folds = 5): void {
  console.log(
    `\n${folds}-fold cross-validation by document on WiNER-fr train (${JSON.stringify(NER_CONFIG)})`,
  );
  const parts: SpanScores[] = [];
  const modelOnly: SpanScores[] = [];
  for (let k = 0; k < folds; k++) {
    const tr = train.filter((_, i) => i % folds !== k);
    const te = train.filter((_, i) => i % folds === k);
    // NER_CV_CACHE=<dir>: fold models are kept there and reused, so that changes after the model (the
    // document passes, the refine stage) are measured again without retraining
    const cache = process.env.NER_CV_CACHE;
    const file = cache ? join(cache, `fold-${k + 1}-of-${folds}.bin`) : '';
    let bytes: Uint8Array;
    if (NER_CONFIG.newsgoldRepeat > 0 || cvSeeds !== NER_CONFIG.seeds.length) {
      // the shipped training set: this fold's WiNER-fr train, plus the 300 newsgold-dev articles
      const repeat = NER_CONFIG.newsgoldRepeat;
      bytes = jobModel(
        { part: repeat > 0 ? 'all' : 'none', fold: 0, winerFold: k + 1, repeat, seeds: cvSeeds },
        cache,
      );
    } else if (cache && existsSync(file)) bytes = new Uint8Array(readFileSync(file));
    else {
      bytes = encodeModel(trainNerModel(tr));
      if (cache) {
        mkdirSync(cache, { recursive: true });
        writeFileSync(file, bytes);
      }
    }
    const m = decodeModel(bytes);
    const s = evaluate(te, m);
    const raw = evaluate(te, m, undefined, { refine: false });
    parts.push(s);
    modelOnly.push(raw);
    console.log(
      `  fold ${k + 1}: micro F1 ${(s.micro.f1 * 100).toFixed(2)} (model and document passes only, without the refine stage: ${(raw.micro.f1 * 100).toFixed(2)})`,
    );
  }
  // Pool the counts of every fold.
  const pooledOf = (ps: SpanScores[]): SpanScores => {
    const out: SpanScores = { micro: pool(ps.map((p) => p.micro)), byType: {} };
    for (const t of ['PER', 'ORG', 'LOC', 'MISC'])
      out.byType[t] = pool(ps.map((p) => p.byType[t]).filter((x) => x !== undefined));
    return out;
  };
  const extra =
    NER_CONFIG.newsgoldRepeat > 0 ? ' (each fold also trained on the 300 newsgold-dev articles)' : '';
  printBoth(
    `WiNER-fr train, 5-fold CV by document, pooled over folds${extra}, ${cvSeeds} perceptron${cvSeeds > 1 ? 's' : ''} per model`,
    [
      { name: 'depeche (CV)', s: pooledOf(parts) },
      { name: 'depeche without refine stage (CV)', s: pooledOf(modelOnly) },
    ],
  );
}

function pool(xs: { tp: number; fp: number; fn: number }[]) {
  const tp = xs.reduce((a, x) => a + x.tp, 0);
  const fp = xs.reduce((a, x) => a + x.fp, 0);
  const fn = xs.reduce((a, x) => a + x.fn, 0);
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

// tsconfig maps 'fr-compromise' to a declaration file for type-checking, which tsx would also follow
// at run time: load the package's ES build by path instead.
const frNlp = (
  (await import(
    pathToFileURL(
      join(import.meta.dirname, '..', '..', 'node_modules', 'fr-compromise', 'builds', 'fr-compromise.mjs'),
    ).href
  )) as { default: unknown }
).default;

function main(): void {
  flagship();
  fixtureTables();
  if (!requireShared('eval-ner', 'ner', 'winer-fr', 'dev.jsonl')) return;
  const dev = loadWiner(sharedPath('ner', 'winer-fr', 'dev.jsonl'));
  const nGold = dev.reduce((a, d) => a + d.gold.length, 0);
  const t0 = performance.now();
  const s = scoreSystem(dev, ours);
  const ms = performance.now() - t0;
  const devModel = decodeModel(fromBase64(nerModelBase64));
  printBoth(`WiNER-fr dev: ${dev.length} documents, ${nGold} gold entities, exact span match`, [
    { name: 'depeche', s },
    { name: 'depeche without refine stage', s: evaluate(dev, devModel, undefined, { refine: false }) },
    { name: 'compromise', s: scoreSystem(dev, (t) => peerSpans(nlp as unknown as Nlp, t)) },
    { name: 'fr-compromise', s: scoreSystem(dev, (t) => peerSpans(frNlp as unknown as Nlp, t)) },
  ]);
  console.log(
    `(depeche: ${ms.toFixed(0)} ms for the dev set, model load included; MISC has no peer equivalent)`,
  );
  newsgold(process.argv.includes('--locked'));
  if (process.argv.includes('--cv')) {
    if (NER_CONFIG.newsgoldRepeat > 0) newsgoldCrossValidation(process.argv.includes('--locked'));
    crossValidation(loadWiner(sharedPath('ner', 'winer-fr', 'train.jsonl')));
  }
  const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
  const name = ['ner', ...flags.map((f) => f.slice(2))].join('-');
  recordMeasurement(
    name,
    `npm run eval:ner${flags.length ? ` -- ${flags.join(' ')}` : ''}`,
    md.join('\n\n'),
    'Named entities: WiNER-fr dev (exact spans) and newsgold-dev (entity sets)',
  );
}

main();
