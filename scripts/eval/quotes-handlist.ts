/**
 * Recall of indirect and mixed quotations on unlabelled news, against a list made by hand: every indirect or
 * mixed quotation of a few OrangeSum **train** articles (in no gold or held-out set, no earlier judged sample,
 * not in newsgold-dev), listed under docs/quotes-guidelines.md before the code's output is looked at.
 *
 *   npx tsx scripts/eval/quotes-handlist.ts --draw --seed 97 --n 26 --read /tmp/FILE.txt
 *       draws the articles (at least two pairs of quotation marks and 1,200 to 6,000 characters, like the
 *       held-out sets) in a seeded order and writes their text for reading, without any prediction. The file
 *       holds article text: keep it out of the repository.
 *   npx tsx scripts/eval/quotes-handlist.ts --list data/quotes/unlabelled/handlist-s97.tsv [--impl A,B]
 *       [--labels "before,after"] [--misses] [--bounds] [--half tune|held|both] [--record NAME]
 *       scores each version (a path to an index.ts or a commit, exported with git archive) against the list:
 *       recall of listed quotations (a predicted indirect or mixed quotation overlapping it), per kind, and the
 *       precision of predicted indirect quotations (overlapping a listed one), exact-span agreement (--bounds
 *       prints the found ones whose span differs), on the two halves of the list:
 *       `tune` (rules were written looking at its misses) and `held` (never looked at while tuning), split by
 *       document with a seeded hash of the article id.
 *
 *   npx tsx scripts/eval/quotes-handlist.ts --rules --after 100 --n 1000 --impl A,B [--read FILE] [--judged F.tsv]
 *       every rule's firing on the articles at positions 100-1099 of the same seeded order: the predicted
 *       indirect and mixed quotations version B adds or loses against version A, by rule; --read writes up to
 *       --per (8) added ones per rule, shuffled, with their sentence, for judging by hand; --judged gives each
 *       rule's precision on the judged ones (TSV: key, ok|wrong, rule, note; a note starting "span ok" says the
 *       span also has the guideline's extent); an added span overlapping one of version A is counted re-spanned.
 *   npx tsx scripts/eval/quotes-handlist.ts --blind [--mixed] --after 26 --n 26 --impl A,B --read FILE
 *       the blind check: the predicted indirect (and with --mixed, mixed) quotations of both versions on the
 *       articles at positions 26-51, de-duplicated and shuffled together (the version is not shown); the judged
 *       file (TSV: key, ok|wrong, family, note; a note starting "span ok" when the span also has the guideline's
 *       extent) is scored with the same arguments and --score FILE.tsv [--record NAME] (indirect only: also
 *       scripts/eval/quotes-indirect-sample.ts --score FILE.tsv --impl A,B).
 *   The positions are disjoint, and the order repeats: the files of this seed's own work (names holding
 *   `-s<seed>`) are not excluded from it. Judged files added later by other work shift the order: --write-ids FILE
 *   keeps a draw's article ids and --ids FILE repeats a measurement on them.
 *
 * List format (TSV, `#` comments): `id, kind (indirect | mixed), cue, family, span`; the span is the exact
 * text of the quotation's content (its first occurrence in the article; add words to make it unique), offsets
 * are computed here. An article with nothing to list has one row `id, none`.
 */

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shuffle } from '../lib/lexicon-math.js';
import { printAndRecord, recordMeasurement } from '../lib/measurements.js';
import { fnv, GOLD_DIR, readGold, spanContext } from '../lib/quotes-lib.js';
import { newsgoldIds, type OrangeSumRow, readJsonl, requireShared, sharedPath } from '../lib/shared-data.js';
import { versionPath } from '../lib/versions.js';

const arg = (name: string, def: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
};
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

if (!requireShared('OrangeSum', 'news', 'orangesum', 'train.jsonl.gz')) process.exit(1);
const TRAIN = sharedPath('news', 'orangesum', 'train.jsonl.gz');
const UNLABELLED = join(GOLD_DIR, '..', 'unlabelled');

/** The half of the list an article belongs to, by a seeded hash of its id. */
export const half = (id: string): 'tune' | 'held' =>
  Number.parseInt(fnv(`depeche-handlist-${id}`).slice(-2), 16) % 2 === 0 ? 'tune' : 'held';

const pairs = (text: string): number =>
  (text.match(/[«“]/g) ?? []).length + Math.floor((text.match(/"/g) ?? []).length / 2);

const pct = (a: number, b: number) => (b > 0 ? ((100 * a) / b).toFixed(1) : '-');
const seed = Number(arg('seed', '97'));
/**
 * The articles at positions [after, after + n) of the seeded order of eligible articles; with --ids FILE, the
 * articles listed there instead (one id a line), so that a draw stays reproducible when later judged samples, whose
 * ids the order excludes, are added to data/quotes/unlabelled/. --write-ids FILE writes the drawn ids.
 */
function draw(after: number, n: number): OrangeSumRow[] {
  const idsFile = arg('ids', '');
  if (idsFile) {
    const want = readFileSync(idsFile, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    const byId = new Map(readJsonl<OrangeSumRow>(TRAIN).map((r) => [r.id, r]));
    return want.map((id) => byId.get(id)).filter((r): r is OrangeSumRow => r !== undefined);
  }
  const rows0 = drawOrder(after, n);
  const out = arg('write-ids', '');
  if (out)
    writeFileSync(
      out,
      `# article ids at positions ${after}-${after + rows0.length - 1} of the seed-${seed} order of scripts/eval/quotes-handlist.ts, written when drawn (--write-ids): pass them with --ids to repeat a measurement on the same articles\n${rows0.map((r) => r.id).join('\n')}\n`,
    );
  return rows0;
}
function drawOrder(after: number, n: number): OrangeSumRow[] {
  const seen = newsgoldIds();
  for (const set of readdirSync(join(GOLD_DIR, '..'), { withFileTypes: true })) {
    if (!set.isDirectory()) continue;
    const dir = join(GOLD_DIR, '..', set.name);
    for (const f of readdirSync(dir))
      if (!f.includes(`-s${seed}`))
        for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/orangesum-\d+/g)) seen.add(m[0]);
  }
  for (const g of readGold()) seen.add(g.id.replace(/^[^:]+:/, ''));
  const rows = readJsonl<OrangeSumRow>(TRAIN).filter(
    (r) => !seen.has(r.id) && pairs(r.text) >= 2 && r.text.length >= 1200 && r.text.length <= 6000,
  );
  shuffle(rows, seed);
  console.error(`${rows.length} eligible articles (${seen.size} ids excluded)`);
  return rows.slice(after, after + n);
}

if (flag('draw')) {
  const picked = draw(Number(arg('after', '0')), Number(arg('n', '26')));
  const out = picked.map((r) => `=== ${r.id} (${half(r.id)})\n${r.text}`).join('\n\n');
  writeFileSync(arg('read', join(tmpdir(), 'handlist.txt')), `${out}\n`);
  console.log(picked.map((r) => r.id).join(' '));
  process.exit(0);
}

type Analyze = (
  text: string,
  o: object,
) => { quotes: { start: number; end: number; kind: string; rule: string; text: string }[] | null };

const impls = arg('impl', 'src/index.ts')
  .split(',')
  .filter((f) => f !== '');
const labels = arg('labels', '')
  .split(',')
  .filter((l) => l !== '');

type Pred = { key: string; id: string; start: number; end: number; kind: string; rule: string; v: number[] };
/** The predicted indirect and mixed quotations of every version on `rows` (indirect only with `indirectOnly`). */
async function predict(rows: OrangeSumRow[], indirectOnly: boolean): Promise<Map<string, Pred>> {
  const out = new Map<string, Pred>();
  for (const [v, impl] of impls.entries()) {
    const analyze = (await import(versionPath(impl))).analyze as Analyze;
    for (const r of rows)
      for (const q of analyze(r.text, { topics: false, summary: false, language: false }).quotes ?? []) {
        if (q.kind !== 'indirect' && (indirectOnly || q.kind !== 'mixed')) continue;
        const key = `${r.id}:${q.start}-${q.end}`;
        const p = out.get(key);
        if (p) p.v.push(v);
        else out.set(key, { key, id: r.id, start: q.start, end: q.end, kind: q.kind, rule: q.rule, v: [v] });
      }
  }
  return out;
}
function readTsv(file: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  if (file && existsSync(file))
    for (const l of readFileSync(file, 'utf8').split('\n'))
      if (l.trim() !== '' && !l.startsWith('#')) m.set(l.split('\t')[0], l.split('\t'));
  return m;
}

if (flag('rules')) {
  const rows = draw(Number(arg('after', '100')), Number(arg('n', '1000')));
  const text = new Map(rows.map((r) => [r.id, r.text]));
  const preds = await predict(rows, false);
  const added = new Map<string, Pred[]>();
  const lost = new Map<string, number>();
  for (const p of preds.values()) {
    if (p.v.length === 2) continue;
    if (p.v[0] === 1) added.set(p.rule, [...(added.get(p.rule) ?? []), p]);
    else lost.set(p.rule, (lost.get(p.rule) ?? 0) + 1);
  }
  const judged = readTsv(arg('judged', ''));
  // an added span overlapping a span of version A re-spans a quotation A had found; else it is a new one
  const ofA = new Map<string, Pred[]>();
  for (const p of preds.values()) if (p.v[0] === 0) ofA.set(p.id, [...(ofA.get(p.id) ?? []), p]);
  const respan = (p: Pred) => (ofA.get(p.id) ?? []).some((q) => q.start < p.end && p.start < q.end);
  const lines: string[] = [];
  const table: string[] = [];
  const rules = [...new Set([...added.keys(), ...lost.keys()])].sort();
  for (const rule of rules) {
    const add = shuffle([...(added.get(rule) ?? [])], seed);
    const j = add.filter((p) => judged.has(p.key));
    const ok = j.filter((p) => judged.get(p.key)?.[1] === 'ok').length;
    // the judged spans that are also right to the guideline's extent (note starting "span ok")
    const exact = j.filter((p) => (judged.get(p.key)?.[3] ?? '').startsWith('span ok')).length;
    const re = add.filter(respan).length;
    table.push(
      `| ${rule} | ${add.length} (${add.length - re} new, ${re} re-spanned) | ${lost.get(rule) ?? 0} | ${j.length ? `${pct(ok, j.length)} (${ok}/${j.length})` : '-'} | ${j.length ? `${pct(exact, j.length)} (${exact}/${j.length})` : '-'} |`,
    );
    for (const p of add.slice(0, Number(arg('per', '8'))))
      lines.push(
        `${p.key}\t\t${rule}\t${respan(p) ? 're-span' : 'new'}\n    ${spanContext(text.get(p.id) ?? '', p.start, p.end)}`,
      );
  }
  if (arg('read', '')) writeFileSync(arg('read', ''), `${shuffle(lines, seed + 1).join('\n')}\n`);
  const md = [
    `Indirect and mixed quotations that ${labels[1] ?? impls[1]} adds or loses against ${labels[0] ?? impls[0]} on ${rows.length} unlabelled OrangeSum train articles (positions ${arg('after', '100')}+ of the seed-${seed} order), by rule; precision of the added ones judged by hand on a sample (${arg('judged', '-').replace(/.*\/data\//, 'data/')}: ok when the span overlaps a real indirect or mixed quotation; span right when it also has the guideline's extent). Re-spanned: an added span overlapping one of the first version (the same quotation, spanned anew).`,
    '',
    '| rule | added | lost | added: judged precision % | added: judged span right % |',
    '|---|---|---|---|---|',
    ...table,
  ].join('\n');
  printAndRecord(
    md,
    arg('record', ''),
    (n) =>
      `npx tsx scripts/eval/quotes-handlist.ts --seed ${seed} --rules --after ${arg('after', '100')} --n ${arg('n', '1000')}${arg('ids', '') ? ` --ids ${arg('ids', '')}` : ''} --impl ${impls.join(',')}${labels.length ? ` --labels "${labels.join(',')}"` : ''} --judged ${arg('judged', '')} --record ${n}`,
    'Indirect quotations: what each rule adds on unlabelled news',
  );
  process.exit(0);
}

if (flag('blind') && !arg('score', '')) {
  const rows = draw(Number(arg('after', '26')), Number(arg('n', '26')));
  const text = new Map(rows.map((r) => [r.id, r.text]));
  const preds = shuffle([...(await predict(rows, !flag('mixed'))).values()], seed + 2);
  writeFileSync(
    arg('read', join(tmpdir(), 'blind.txt')),
    `${preds.map((p) => `${p.key}\t\t\t\n    ${spanContext(text.get(p.id) ?? '', p.start, p.end)}`).join('\n')}\n`,
  );
  console.log(
    `${preds.length} predicted indirect${flag('mixed') ? ' and mixed' : ''} quotations of ${impls.length} versions on ${rows.length} articles`,
  );
  process.exit(0);
}

if (flag('blind')) {
  // the judged blind sheet: precision of each version (a verdict belongs to a span whatever version gave it), per
  // kind, and how many of its judged real spans also have the guideline's extent (note "span ok")
  const rows = draw(Number(arg('after', '26')), Number(arg('n', '26')));
  const preds = [...(await predict(rows, !flag('mixed'))).values()];
  const judged = readTsv(arg('score', ''));
  const table: string[] = [];
  for (const [v, impl] of impls.entries())
    for (const kind of flag('mixed') ? ['indirect', 'mixed', 'both'] : ['indirect']) {
      const mine = preds.filter((p) => p.v.includes(v) && (kind === 'both' || p.kind === kind));
      const j = mine.filter((p) => judged.has(p.key) && judged.get(p.key)?.[1] !== '');
      const ok = j.filter((p) => judged.get(p.key)?.[1] === 'ok');
      const right = ok.filter((p) => (judged.get(p.key)?.[3] ?? '').startsWith('span ok')).length;
      table.push(
        `| ${labels[v] ?? impl} | ${kind} | ${mine.length} | ${mine.length - j.length} | **${pct(ok.length, j.length)}** (${ok.length}/${j.length}) | ${pct(right, ok.length)} (${right}/${ok.length}) |`,
      );
    }
  const md = [
    `Blind check: the predicted indirect${flag('mixed') ? ' and mixed' : ''} quotations of ${impls.length} versions on ${rows.length} unlabelled OrangeSum train articles (positions ${arg('after', '26')}-${Number(arg('after', '26')) + rows.length - 1} of the seed-${seed} order), de-duplicated and shuffled together, judged by hand without knowing the version (${arg('score', '').replace(/.*\/data\//, 'data/')}): precision = spans overlapping a real indirect or mixed quotation of the guideline; span right = real ones that also have its extent.`,
    '',
    '| version | kind | predicted | unjudged | precision % | span right % |',
    '|---|---|---|---|---|---|',
    ...table,
  ].join('\n');
  printAndRecord(
    md,
    arg('record', ''),
    (n) =>
      `npx tsx scripts/eval/quotes-handlist.ts --seed ${seed} --blind${flag('mixed') ? ' --mixed' : ''} --after ${arg('after', '26')} --n ${arg('n', '26')}${arg('ids', '') ? ` --ids ${arg('ids', '')}` : ''} --impl ${impls.join(',')}${labels.length ? ` --labels "${labels.join(',')}"` : ''} --score ${arg('score', '')} --record ${n}`,
    'Indirect and mixed quotations: blind precision on unlabelled news',
  );
  process.exit(0);
}

interface Listed {
  id: string;
  kind: string;
  cue: string;
  family: string;
  start: number;
  end: number;
}

const listFile = arg('list', join(UNLABELLED, 'handlist-s97.tsv'));
const rowsOf = readFileSync(listFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => l.split('\t'));
const ids = [...new Set(rowsOf.map((c) => c[0]))];
const texts = new Map<string, string>();
const want = new Set(ids);
for (const r of readJsonl<OrangeSumRow>(TRAIN)) if (want.has(r.id)) texts.set(r.id, r.text);

const listed: Listed[] = [];
let bad = 0;
for (const c of rowsOf) {
  if (c[1] === 'none') continue;
  const text = texts.get(c[0]) ?? '';
  const span = c[4] ?? '';
  const at = text.indexOf(span);
  if (!span || at < 0) {
    console.error(`not found in ${c[0]}: ${span}`);
    bad++;
    continue;
  }
  listed.push({ id: c[0], kind: c[1], cue: c[2], family: c[3] ?? '', start: at, end: at + span.length });
}
if (bad) process.exit(1);

const over = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) > Math.max(a.start, b.start);

const table: string[] = [];
for (const [v, impl] of impls.entries()) {
  const analyze = (await import(versionPath(impl))).analyze as Analyze;
  const preds = new Map<string, { start: number; end: number; kind: string; rule: string }[]>();
  for (const id of ids)
    preds.set(
      id,
      (analyze(texts.get(id) ?? '', { topics: false, summary: false, language: false }).quotes ?? []).filter(
        (q) => q.kind === 'indirect' || q.kind === 'mixed',
      ),
    );
  for (const h of ['tune', 'held', 'all'] as const) {
    const inHalf = (id: string) => h === 'all' || half(id) === h;
    const L = listed.filter((l) => inHalf(l.id));
    const found = L.filter((l) => (preds.get(l.id) ?? []).some((p) => over(p, l)));
    const byKind = (k: string) => {
      const n = L.filter((l) => l.kind === k).length;
      const f = found.filter((l) => l.kind === k).length;
      // the same kind too (what the gold scorer's per-kind figures ask)
      const s = L.filter(
        (l) => l.kind === k && (preds.get(l.id) ?? []).some((p) => p.kind === k && over(p, l)),
      ).length;
      return `${pct(f, n)} (${f}/${n}); ${pct(s, n)}`;
    };
    const P = ids
      .filter(inHalf)
      .flatMap((id) => (preds.get(id) ?? []).filter((p) => p.kind === 'indirect').map((p) => ({ id, ...p })));
    const ok = P.filter((p) => listed.some((l) => l.id === p.id && over(p, l)));
    const docs = ids.filter(inHalf).length;
    // exact span: a predicted indirect or mixed quotation with the listed offsets
    const exact = L.filter((l) =>
      (preds.get(l.id) ?? []).some((p) => p.start === l.start && p.end === l.end),
    );
    table.push(
      `| ${labels[v] ?? impl} | ${h} (${docs} articles) | **${pct(found.length, L.length)}** (${found.length}/${L.length}) | ${byKind('indirect')} | ${byKind('mixed')} | **${pct(ok.length, P.length)}** (${ok.length}/${P.length}) | ${pct(exact.length, L.length)} (${exact.length}/${L.length}) |`,
    );
    if (flag('bounds') && h !== 'all' && (h === arg('half', 'tune') || arg('half', '') === 'both'))
      for (const l of found.filter((x) => !exact.includes(x))) {
        const t = texts.get(l.id) ?? '';
        for (const p of (preds.get(l.id) ?? []).filter((q) => over(q, l)))
          console.log(
            `BOUND ${h} ${l.id} [${l.kind}] fam=${l.family} ${p.rule}\n  want: ${t.slice(l.start, l.end)}\n  got:  ${t.slice(p.start, p.end)}`,
          );
      }
    if (flag('misses') && h !== 'all' && (h === arg('half', 'tune') || arg('half', '') === 'both')) {
      for (const l of L.filter((x) => !found.includes(x)))
        console.log(
          `MISS ${h} ${l.id} [${l.kind}] cue=${l.cue} fam=${l.family}: ${(texts.get(l.id) ?? '').slice(l.start, l.end)}`,
        );
      for (const p of P.filter((x) => !ok.includes(x)))
        console.log(`FALSE ${h} ${p.id} ${p.rule}: ${(texts.get(p.id) ?? '').slice(p.start, p.end)}`);
    }
  }
}
const md = [
  `Indirect and mixed quotations listed by hand in ${ids.length} unlabelled OrangeSum train articles (${listFile.replace(/.*\/data\//, 'data/')}; ${listed.length} quotations). Recall: a listed quotation overlapped by a predicted indirect or mixed one; precision: predicted indirect quotations overlapping a listed one; exact span: a listed quotation with a predicted indirect or mixed one at its very offsets. \`tune\`: the half whose misses were read while writing rules; \`held\`: the other half, never read.`,
  '',
  '| version | half | recall % | indirect recall; same kind | mixed recall; same kind | indirect precision % | exact span % |',
  '|---|---|---|---|---|---|---|',
  ...table,
].join('\n');
console.log(md);
const name = arg('record', '');
if (name)
  recordMeasurement(
    name,
    `npx tsx scripts/eval/quotes-handlist.ts --list ${listFile} --impl ${impls.join(',')}${labels.length ? ` --labels "${labels.join(',')}"` : ''} --record ${name}`,
    md,
    'Indirect quotations: recall against a hand list on unlabelled news',
  );
