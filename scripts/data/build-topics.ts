/**
 * Compiles the topic taxonomy and the French cue lists into src/lang/fr/generated/topics.ts.
 *
 *   npx tsx scripts/data/build-topics.ts          (reads data/topics/ and ../shared/data/topics/iptc)
 *   npx tsx scripts/data/build-topics.ts --check  (fails when the generated module is out of date)
 *
 * Sources: data/topics/taxonomy.tsv (our selection: ids, parents, corrected labels) and
 * data/topics/cues/<id>.txt (cue phrases); IPTC Media Topics 2023-10-24 (CC BY 4.0) for codes, labels and
 * definitions. Every code is checked against IPTC, and each parent must be an IPTC ancestor of its child.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../../src/doc/index.js';
import { requireShared, sharedPath } from '../lib/shared-data.js';

const root = join(import.meta.dirname, '..', '..');
const dataDir = join(root, 'data', 'topics');
const outFile = join(root, 'src', 'lang', 'fr', 'generated', 'topics.ts');

interface IptcRow {
  qcode: string;
  broader: string | null;
  retired: string | null;
  prefLabel_fr: string | null;
  prefLabel_en: string | null;
  definition_en: string | null;
}

interface Row {
  id: string;
  iptc: string | null;
  parent: string | null;
  fr: string;
  en: string;
  definition: string;
}

/** One parsed cue line: `phrase | weight flags` (flags: `need`, `unless=a,b`). */
export interface CueLine {
  phrase: string;
  weight: number;
  need: boolean;
  unless: string[];
}

export function parseCue(line: string, where: string): CueLine {
  const [phraseRaw, restRaw = ''] = line.split('|');
  const phrase = phraseRaw.trim().toLowerCase().normalize('NFC');
  if (phrase === '') throw new Error(`${where}: empty cue`);
  let weight = 1;
  let need = false;
  let unless: string[] = [];
  for (const part of restRaw.trim().split(/\s+/)) {
    if (part === '') continue;
    if (/^\d+(?:\.\d+)?$/.test(part)) weight = Number(part);
    else if (part === 'need') need = true;
    else if (part.startsWith('unless=')) unless = part.slice(7).split(',');
    else throw new Error(`${where}: unknown flag "${part}"`);
  }
  return { phrase, weight, need, unless };
}

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function main(): void {
  if (!requireShared('build-topics', 'topics', 'iptc', 'mediatopic_2023-10-24.jsonl')) return;
  const iptc = new Map<string, IptcRow>();
  for (const line of readFileSync(sharedPath('topics', 'iptc', 'mediatopic_2023-10-24.jsonl'), 'utf8').split(
    '\n',
  )) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as IptcRow;
    iptc.set(r.qcode, r);
  }
  const ancestors = (code: string): string[] => {
    const out: string[] = [];
    let cur = iptc.get(code)?.broader ?? null;
    while (cur !== null && out.length < 10) {
      out.push(cur);
      cur = iptc.get(cur)?.broader ?? null;
    }
    return out;
  };

  const rows: Row[] = [];
  const byId = new Map<string, Row>();
  for (const line of readFileSync(join(dataDir, 'taxonomy.tsv'), 'utf8').split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [id, code, parent, fr, en] = line.split('\t').map((c) => (c ?? '').trim());
    if (!/^[a-z0-9-]+$/.test(id)) throw new Error(`taxonomy: bad id "${id}"`);
    if (byId.has(id)) throw new Error(`taxonomy: duplicate id "${id}"`);
    const iptcCode = code === '-' || code === '' ? null : code;
    let frLabel = fr ?? '';
    let enLabel = en ?? '';
    let definition = '';
    if (iptcCode !== null) {
      const r = iptc.get(iptcCode);
      if (r === undefined) throw new Error(`taxonomy: ${id}: unknown IPTC code ${iptcCode}`);
      if (r.retired) throw new Error(`taxonomy: ${id}: IPTC code ${iptcCode} is retired`);
      if (frLabel === '') frLabel = r.prefLabel_fr ?? '';
      if (enLabel === '') enLabel = r.prefLabel_en ?? '';
      definition = r.definition_en ?? '';
    }
    if (frLabel === '' || enLabel === '') throw new Error(`taxonomy: ${id}: a label is missing`);
    const row: Row = { id, iptc: iptcCode, parent: parent || null, fr: frLabel, en: enLabel, definition };
    rows.push(row);
    byId.set(id, row);
  }
  // Parents exist, come first, and agree with IPTC's hierarchy.
  for (const row of rows) {
    if (row.parent === null) {
      if (row.iptc === null || iptc.get(row.iptc)?.broader !== null) {
        throw new Error(`taxonomy: ${row.id} has no parent but is not an IPTC top level`);
      }
      continue;
    }
    const parent = byId.get(row.parent);
    if (parent === undefined) throw new Error(`taxonomy: ${row.id}: unknown parent ${row.parent}`);
    if (row.iptc !== null && parent.iptc !== null && !ancestors(row.iptc).includes(parent.iptc)) {
      throw new Error(`taxonomy: ${row.id}: ${parent.iptc} is not an IPTC ancestor of ${row.iptc}`);
    }
  }

  // Cues.
  const index = new Map(rows.map((r, i) => [r.id, i]));
  const cues: [number, string, number, number, number[]][] = [];
  const files = readdirSync(join(dataDir, 'cues')).filter((f) => f.endsWith('.txt'));
  for (const f of files.sort()) {
    const id = f.replace(/\.txt$/, '');
    const t = index.get(id);
    if (t === undefined) throw new Error(`cues/${f}: no topic "${id}" in taxonomy.tsv`);
    const seen = new Set<string>();
    for (const line of readLines(join(dataDir, 'cues', f))) {
      const c = parseCue(line, `cues/${f}`);
      if (seen.has(c.phrase)) throw new Error(`cues/${f}: "${c.phrase}" twice`);
      seen.add(c.phrase);
      if (createDoc(c.phrase).tokens.length === 0) throw new Error(`cues/${f}: "${c.phrase}" has no token`);
      const unless = c.unless.map((u) => {
        const k = index.get(u);
        if (k === undefined) throw new Error(`cues/${f}: unless=${u}: unknown topic`);
        return k;
      });
      cues.push([t, c.phrase, c.weight, c.need ? 1 : 0, unless]);
    }
  }
  for (const r of rows) {
    if (!cues.some((c) => c[0] === index.get(r.id))) console.warn(`warning: topic ${r.id} has no cue`);
  }

  // actors (data/topics/actors/<class>.txt): role nouns (or, with @places, foreign states) per actor class
  const actors: [string, string[], number, string[]][] = [];
  const codes = new Set(rows.map((r) => r.iptc).filter((c): c is string => c !== null));
  for (const f of readdirSync(join(dataDir, 'actors'))
    .filter((x) => x.endsWith('.txt'))
    .sort()) {
    let subjects: string[] = [];
    let places = 0;
    const phrases: string[] = [];
    for (const line of readLines(join(dataDir, 'actors', f))) {
      if (line.startsWith('@subjects ')) subjects = line.slice(10).trim().split(/\s+/);
      else if (line === '@places') places = 1;
      else if (line.startsWith('@')) throw new Error(`actors/${f}: unknown directive "${line}"`);
      else {
        if (phrases.includes(line)) throw new Error(`actors/${f}: "${line}" twice`);
        for (const part of line.split('|'))
          if (createDoc(part.trim()).tokens.length === 0)
            throw new Error(`actors/${f}: "${line}" has no token`);
        phrases.push(line);
      }
    }
    if (subjects.length === 0) throw new Error(`actors/${f}: no @subjects line`);
    for (const c of subjects) if (!codes.has(c)) throw new Error(`actors/${f}: ${c} is no topic's IPTC code`);
    actors.push([f.replace(/\.txt$/, ''), subjects, places, phrases]);
  }

  const lines = [
    '// Generated by scripts/data/build-topics.ts from data/topics/ and IPTC Media Topics (CC BY 4.0).',
    '// Do not edit: edit data/topics/taxonomy.tsv, data/topics/cues/*.txt or data/topics/actors/*.txt and run npx tsx scripts/data/build-topics.ts.',
    '',
    '/** Taxonomy rows: [id, IPTC code or null, parent index or -1, French label, English label, IPTC definition]. */',
    `export const topicRows: readonly (readonly [string, string | null, number, string, string, string])[] = ${JSON.stringify(
      rows.map((r) => [
        r.id,
        r.iptc,
        r.parent === null ? -1 : (index.get(r.parent) ?? -1),
        r.fr,
        r.en,
        r.definition,
      ]),
    )};`,
    '',
    '/** Cues: [topic index, phrase, weight, needs other evidence (1/0), topics whose context suppresses it]. */',
    `export const topicCues: readonly (readonly [number, string, number, number, readonly number[]])[] = ${JSON.stringify(cues)};`,
    '',
    '/** Actor classes: [class, IPTC codes of the subjects it supports, 1 = a list of foreign states (else role nouns), phrases]. */',
    `export const topicActors: readonly (readonly [string, readonly string[], number, readonly string[]])[] = ${JSON.stringify(actors)};`,
    '',
  ];
  const content = lines.join('\n');
  if (process.argv.includes('--check')) {
    const cur = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
    if (cur !== content) {
      console.error(
        'src/lang/fr/generated/topics.ts is out of date: run npx tsx scripts/data/build-topics.ts',
      );
      process.exit(1);
    }
    console.log('topics.ts is up to date');
    return;
  }
  writeFileSync(outFile, content);
  console.log(`${rows.length} topics, ${cues.length} cues -> src/lang/fr/generated/topics.ts`);
}

main();
