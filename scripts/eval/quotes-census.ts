/**
 * Error census of direct-quotation speakers on the judged unlabelled samples (issue 17, sixth round): runs the
 * current code on the articles of each judged sample of `data/quotes/unlabelled/`, looks every (quotation,
 * speaker) key up in the union of the judged files, and counts the wrong speakers by family. The fine family is
 * the judge's (third column of the judged files); each is put in one of six classes that say what a fix needs:
 *
 * - `no-candidate`: the right speaker is not proposed at all (a noun phrase read as a speaker that is none, an
 *   incise form or verb the cues miss, a name the entity stage misses, an organisation described by a noun);
 * - `role-not-tied`: a role or description proposed but not tied to the person or organisation the text names;
 * - `pronoun-wrong`: a pronoun given to the wrong person, or left unresolved;
 * - `wrong-candidate`: another mention chosen where the right one is near (chains, subjects, colon introductions);
 * - `null-when-said`: `null` where the text says who speaks;
 * - `said-when-not`: a speaker given where the text says nobody (intertitles, unattributed words).
 *
 *   npx tsx scripts/eval/quotes-census.ts [--version COMMIT] [--samples s61,s53c] [--list] [--unjudged] [--record [--name N]]
 *
 * Prints, per sample, the current accuracy on judged keys and the wrong ones by class and family; `--list` adds
 * every wrong key with its family and note (no article text: keys, speakers and the judge's notes only);
 * `--record` writes docs/measurements/quotes-census.md.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as current from '../../src/index.js';
import { recordMeasurement } from '../lib/measurements.js';
import { GOLD_DIR } from '../lib/quotes-lib.js';
import { type OrangeSumRow, readJsonl, sharedPath } from '../lib/shared-data.js';
import { versionPath } from '../lib/versions.js';

const arg = (name: string, def: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
};
const DIR = join(GOLD_DIR, '..', 'unlabelled');

/** The judged samples a census may read (never the locked or fresh sets): name → file listing its articles. */
const SAMPLES: Record<string, string> = {
  s241: 'judged-blind-s241.tsv',
  s239: 'judged-blind-s239.tsv',
  s233: 'judged-blind-s233.tsv',
  s229: 'judged-blind-s229.tsv',
  s223: 'judged-blind-s223.tsv',
  s213: 'judged-blind-s213.tsv',
  s212: 'judged-blind-s212.tsv',
  s211: 'judged-blind-s211.tsv',
  s89: 'judged-blind-s89.tsv',
  s79: 'judged-blind-s79.tsv',
  s73: 'judged-blind-s73.tsv',
  s61: 'judged-blind-s61.tsv',
  s53c: 'judged-blind-s53c.tsv',
  s53b: 'judged-blind-s53b.tsv',
  s53: 'judged-s53-before.tsv',
  s41c: 'judged-blind-s41c.tsv',
  s41b: 'judged-blind-s41b.tsv',
  s41: 'judged-s41-before.tsv',
  s23b: 'judged-blind-s23b.tsv',
  s23: 'judged-s23-before.tsv',
  s17to19: 'judged.tsv',
};

interface Verdict {
  verdict: string;
  family: string;
  note: string;
}

/** Every judged key of every speaker file (a later file with a family fills one without). */
function verdicts(): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  for (const f of readdirSync(DIR).sort()) {
    if (!/^judged.*\.tsv$/.test(f)) continue;
    for (const line of readFileSync(join(DIR, f), 'utf8').split('\n')) {
      const [key, verdict, family = '', note = ''] = line.split('\t');
      if (!key || !verdict || key.startsWith('#') || (verdict !== 'ok' && verdict !== 'wrong')) continue;
      const old = out.get(key);
      if (!old || (!old.family && family))
        out.set(key, { verdict, family: family.trim(), note: note.trim() });
    }
  }
  return out;
}

const CLASSES: [RegExp, string][] = [
  [/^(pron|impersonal|source-pronoun)/, 'pronoun-wrong'],
  [/^(role-unlinked-org|org-unlinked|medium|org-wrong|source-wrong-org)/, 'no-candidate'],
  [/^(role|A role|H role|np-unlinked|ordinal|initials)/, 'role-not-tied'],
  [
    /^(np-garbage|incise|cue-missed|name-missed|np-missed|inner-incise|F |G |late-incise|np-span|on-source)/,
    'no-candidate',
  ],
  [/^(context-next|context-new|J speaker after)/, 'null-when-said'],
  [/^(intertitle|I intertitle|no-speaker-null|passive-null)/, 'said-when-not'],
  [
    /^(colon|E colon|context|np-entity-inside|np-complement|np-person|org-inside|D ORG|plural|J|C|B|np-subordinate|name-before|source)/,
    'wrong-candidate',
  ],
];
const classOf = (family: string, speaker: string): string => {
  if (!family || family === 'wrong' || family === 'A')
    return speaker === 'null' ? 'null-when-said' : 'unsorted';
  for (const [re, c] of CLASSES) if (re.test(family)) return c;
  return 'unsorted';
};

// --version COMMIT: the census of an earlier commit's code (its src/ exported once, see scripts/lib/versions.ts)
const version = arg('version', '');
const { analyze } = (version ? await import(versionPath(version)) : current) as typeof current;
const show = arg('show', '');
const wanted = arg('samples', Object.keys(SAMPLES).join(',')).split(',');
const v = verdicts();
const byId = new Map<string, OrangeSumRow>();
for (const split of ['valid', 'train'])
  for (const r of readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', `${split}.jsonl.gz`)))
    byId.set(r.id, r);

const out: string[] = [];
const total = new Map<string, number>();
const totalFam = new Map<string, number>();
const summary: string[] = [
  '| sample | direct quotations | judged | right | accuracy | wrong | not judged (speaker new since) |',
  '|---|---|---|---|---|---|---|',
];
const list: string[] = [];
for (const name of wanted) {
  const file = SAMPLES[name];
  const ids = new Set<string>();
  for (const line of readFileSync(join(DIR, file), 'utf8').split('\n'))
    if (line && !line.startsWith('#')) ids.add(line.split(':')[0]);
  let n = 0;
  let ok = 0;
  let wrong = 0;
  let none = 0;
  const fam = new Map<string, number>();
  for (const id of ids) {
    const r = byId.get(id);
    if (!r) continue;
    const a = analyze(r.text, { topics: false, summary: false, language: false });
    for (const q of a.quotes ?? []) {
      if (q.kind !== 'direct') continue;
      n++;
      const sp = q.speaker;
      const who = sp === null ? 'null' : (sp.entity ?? sp.text);
      const key = `${id}:${q.start}-${q.end}|${who}`;
      const x = v.get(key);
      if (!x) {
        none++;
        // --unjudged: the speakers no judged file holds, with the text around them, for judging (article text:
        // print to a scratch file, never into the repository)
        if (process.argv.includes('--unjudged'))
          console.error(
            `${name}\t${key}\t${sp ? `${sp.text} (${sp.type})` : 'null'}\t…${r.text.slice(Math.max(0, q.start - 300), q.start).replace(/\s+/g, ' ')} [[${q.text.slice(0, 80)}…]] ${r.text.slice(q.end, q.end + 150).replace(/\s+/g, ' ')}`,
          );
        continue;
      }
      if (x.verdict === 'ok') {
        ok++;
        continue;
      }
      wrong++;
      const c = classOf(x.family, who);
      // --show REGEX: the wrong speakers whose family matches, with the text around them (article text: print
      // to a scratch file, never into the repository)
      if (show && new RegExp(show).test(x.family))
        console.error(
          `${name}\t${key}\t${x.family}\t${x.note}\t…${r.text.slice(Math.max(0, q.start - 400), q.start).replace(/\s+/g, ' ')} [[${q.text.slice(0, 80)}…]] ${r.text.slice(q.end, q.end + 200).replace(/\s+/g, ' ')}`,
        );
      const f = `${c} / ${x.family || '(no family)'}`;
      fam.set(f, (fam.get(f) ?? 0) + 1);
      totalFam.set(f, (totalFam.get(f) ?? 0) + 1);
      total.set(c, (total.get(c) ?? 0) + 1);
      list.push(`| ${name} | ${key} | ${c} | ${x.family} | ${x.note.replace(/\|/g, '/')} |`);
    }
  }
  summary.push(
    `| ${name} | ${n} | ${ok + wrong} | ${ok} | ${ok + wrong ? ((100 * ok) / (ok + wrong)).toFixed(1) : '-'} | ${wrong} | ${none} |`,
  );
}
out.push(...summary, '', '| class of error | wrong speakers, all samples |', '|---|---|');
for (const [c, k] of [...total].sort((a, b) => b[1] - a[1])) out.push(`| ${c} | ${k} |`);
out.push('', '| class / judged family | wrong speakers, all samples |', '|---|---|');
for (const [f, k] of [...totalFam].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
  out.push(`| ${f} | ${k} |`);
if (process.argv.includes('--list'))
  out.push('', "| sample | key | class | family | judge's note |", '|---|---|---|---|---|', ...list);
const table = out.join('\n');
console.log(table);
if (process.argv.includes('--record'))
  recordMeasurement(
    arg('name', 'quotes-census'),
    `npx tsx scripts/eval/quotes-census.ts${version ? ` --version ${version}` : ''}${arg('samples', '') ? ` --samples ${arg('samples', '')}` : ''} --list --record${arg('name', '') ? ` --name ${arg('name', '')}` : ''}${arg('note', '') ? ` --note "${arg('note', '')}"` : ''}`,
    `${arg('note', '')}Wrong speakers of direct quotations of the current code on the judged unlabelled samples (one reader, docs/quotes-guidelines.md): each key of the current output looked up in the union of data/quotes/unlabelled/judged*.tsv; a speaker no judged file holds (new since the sample was judged) is not counted. Classes say what a fix needs (see the script's header); the family is the judge's.\n\n${table}`,
    'Quotations: census of direct-speaker errors on the judged samples',
  );
