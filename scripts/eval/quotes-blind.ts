/**
 * A blind judging sheet for two versions of the speaker rules (issue 17): the direct quotations of the same drawn
 * articles as dumped by each version (`scripts/eval/quotes-unlabelled.ts --sample N … --dump FILE`), merged into
 * one list of distinct (quotation, speaker) keys in a seeded random order, without saying which version gave
 * which speaker, for a reader to judge; then the accuracy of each version on the judged sheet.
 *
 *   npx tsx scripts/eval/quotes-blind.ts --a before.jsonl --b after.jsonl --sheet sheet.tsv [--seed 7]
 *       writes the sheet (key, speaker as written, the sentence before, the quotation and the text after: it
 *       holds article text, keep it out of the repository) and prints how many keys it has
 *   npx tsx scripts/eval/quotes-blind.ts --a before.jsonl --b after.jsonl --judged judged.tsv
 *       prints each version's direct speaker accuracy on the judged keys (TSV: key, verdict ok|wrong|unsure) and
 *       the speakers b changed by verdict; --record NAME [--label-a X --label-b Y --note N --title T] writes
 *       docs/measurements/NAME.md
 *   npx tsx scripts/eval/quotes-blind.ts --a before.jsonl --b after.jsonl --changes [--record NAME]
 *       how many speakers version b changed, by the resolution path that gave b's speaker (dumps of the same
 *       articles, e.g. 1,000 unlabelled ones), recorded as docs/measurements/NAME.md with --record
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { shuffle } from '../lib/lexicon-math.js';
import { printAndRecord } from '../lib/measurements.js';

const arg = (name: string, def: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
};
interface Row {
  key: string;
  path: string;
  speaker: string;
  before: string;
  quote: string;
  after: string;
}
const read = (f: string): Row[] =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
const a = read(arg('a', ''));
const b = read(arg('b', ''));
const sheet = arg('sheet', '');
const judgedFile = arg('judged', '');

if (sheet) {
  const byKey = new Map<string, Row>();
  for (const r of [...a, ...b]) if (!byKey.has(r.key)) byKey.set(r.key, r);
  const keys = [...byKey.keys()];
  shuffle(keys, Number(arg('seed', '7')));
  const lines = keys.map((k) => {
    const r = byKey.get(k) as Row;
    return [k, r.speaker, r.before.slice(-220), r.quote, r.after].join('\t');
  });
  writeFileSync(sheet, `${lines.join('\n')}\n`);
  console.log(
    `${keys.length} distinct (quotation, speaker) keys from ${a.length} and ${b.length} quotations`,
  );
}

if (judgedFile) {
  const v = new Map<string, string>();
  for (const line of readFileSync(judgedFile, 'utf8').split('\n')) {
    const [k, x] = line.split('\t');
    if (k && x && !k.startsWith('#')) v.set(k, x);
  }
  const rowsOut: string[] = [];
  for (const [name, rows] of [
    ['a', a],
    ['b', b],
  ] as const) {
    let ok = 0;
    let wrong = 0;
    let none = 0;
    for (const r of rows) {
      const x = v.get(r.key);
      if (x === 'ok') ok++;
      else if (x === 'wrong') wrong++;
      else none++;
    }
    console.log(
      `${name}: ${ok}/${ok + wrong} = ${((100 * ok) / (ok + wrong)).toFixed(1)} (${none} not judged or unsure, of ${rows.length})`,
    );
    const label = (name === 'a' ? arg('label-a', 'a') : arg('label-b', 'b')).replace(/\|/g, '/');
    rowsOut.push(
      `| ${label} | ${ok + wrong} | ${ok} | ${((100 * ok) / (ok + wrong)).toFixed(1)} | ${none} |`,
    );
  }
  // the speakers b changed, by their verdicts before and after
  const before = new Map(a.map((r) => [r.key.split('|')[0], r.key]));
  let fixed = 0;
  let broken = 0;
  let either = 0;
  let changed = 0;
  for (const r of b) {
    const o = before.get(r.key.split('|')[0]);
    if (o === undefined || o === r.key) continue;
    changed++;
    const x = v.get(o);
    const y = v.get(r.key);
    if (x === 'wrong' && y === 'ok') fixed++;
    else if (x === 'ok' && y === 'wrong') broken++;
    else if (x === 'wrong' && y === 'wrong') either++;
  }
  const table = [
    '| version | direct quotations judged | right | accuracy | not judged or unsure |',
    '|---|---|---|---|---|',
    ...rowsOut,
    '',
    `b changed ${changed} speakers: ${fixed} wrong → right, ${broken} right → wrong, ${either} wrong either way.`,
  ].join('\n');
  printAndRecord(
    table,
    arg('record', ''),
    (n) =>
      `npx tsx scripts/eval/quotes-blind.ts --a ${arg('a', '')} --b ${arg('b', '')} --judged ${judgedFile} --label-a "${arg('label-a', 'a')}" --label-b "${arg('label-b', 'b')}" --record ${n}`,
    arg('title', 'Quotations: speakers of two versions judged blind on unlabelled news'),
    `${arg('note', '')}\n\n${table}`,
  );
}

if (process.argv.includes('--changes')) {
  const before = new Map(a.map((r) => [r.key.split('|')[0], r]));
  const byPath = new Map<string, number>();
  let changed = 0;
  let same = 0;
  for (const r of b) {
    const o = before.get(r.key.split('|')[0]);
    if (!o) continue;
    if (o.key === r.key) {
      same++;
      continue;
    }
    changed++;
    byPath.set(r.path, (byPath.get(r.path) ?? 0) + 1);
  }
  const table = [
    `${changed} of ${changed + same} direct speakers changed (quotations found by both versions: ${changed + same} of ${a.length} / ${b.length}).`,
    '',
    '| path of the new speaker | changed speakers |',
    '|---|---|',
    ...[...byPath].sort((x, y) => y[1] - x[1]).map(([p, n]) => `| ${p} | ${n} |`),
  ].join('\n');
  printAndRecord(
    table,
    arg('record', ''),
    (n) =>
      `npx tsx scripts/eval/quotes-blind.ts --a ${arg('a', '')} --b ${arg('b', '')} --changes --record ${n}`,
    'Quotations: speakers a round of rules changed on unlabelled news',
    `${arg('note', '')}\n\n${table}`,
  );
}
