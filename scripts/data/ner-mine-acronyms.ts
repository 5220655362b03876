/**
 * Mines acronym ↔ expansion pairs ("Organisation mondiale de la santé (OMS)", "l'OMS (Organisation
 * mondiale de la santé)") from the unlabelled OrangeSum train articles (CC BY-SA 4.0), the 300
 * newsgold-dev articles left out. A pair is an acronym in parentheses right after the words whose
 * initials spell it (content words, or every word), or the other way round; it is kept when at least
 * MIN_DOCS articles write it and its expansion is the one most articles give for that acronym (two
 * thirds of them at least). `canonical` then links an acronym and its expansion, or the expansion's
 * trailing name ("Nations unies"), in a text that does not write them side by side ("l'ONU … les
 * Nations unies").
 * Writes data/mined/ner/acronyms.txt (generated, never edited by hand; wrong pairs go in
 * data/ner/exclude/acronyms-mined.lst); `npm run build:data` compiles it.
 *
 *   npx tsx scripts/data/ner-mine-acronyms.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsgoldIds, readJsonl, requireShared, sharedPath } from '../lib/shared-data.js';

const MIN_DOCS = 3;
const SMALL = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', 'pour', 'à', 'au', 'aux', 'sur']);
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,7}$/u;

/** Initials of `words`: every word's, and the content words' (elided articles and prepositions out). */
function initials(words: readonly string[]): [string, string] {
  let all = '';
  let content = '';
  for (const raw of words) {
    for (const part of raw.split(/['’-]/)) {
      if (part === '' || !/^\p{L}/u.test(part)) continue;
      const c = part[0].toUpperCase();
      all += c;
      if (!SMALL.has(part.toLowerCase()) && part.length > 1) content += c;
    }
  }
  return [all, content];
}

/** The shortest run of words ending `before` (capitalised first word) whose initials spell `acr`. */
function expansionBefore(before: string, acr: string): string | undefined {
  const words = before
    .replace(/’/g, "'")
    .split(/\s+/)
    .filter((w) => w !== '');
  for (let k = 1; k <= Math.min(words.length, 16); k++) {
    const run = words.slice(words.length - k);
    // an elided article or preposition glued to the first word ("l'Organisation") is not part of it
    run[0] = run[0].replace(/^(?:l|d)'/iu, '');
    if (!/^\p{Lu}/u.test(run[0])) continue;
    if (run.some((w) => /[.,;:!?()«»"]/.test(w))) return undefined;
    const [all, content] = initials(run);
    if (content === acr || all === acr) return run.join(' ');
    if (all.length > acr.length + 4) return undefined;
  }
  return undefined;
}

function main(): void {
  if (!requireShared('ner-mine-acronyms', 'news', 'orangesum', 'train.jsonl.gz')) return;
  const held = newsgoldIds();
  const docs = readJsonl<{ id: string; text: string; title: string }>(
    sharedPath('news', 'orangesum', 'train.jsonl.gz'),
  ).filter((d) => !held.has(d.id));
  /** acronym -> expansion (lowercase key) -> [spelling counts, articles] */
  const pairs = new Map<string, Map<string, { spellings: Map<string, number>; docs: number }>>();
  const acrDocs = new Map<string, number>();
  for (const d of docs) {
    const text = `${d.title}\n${d.text}`;
    const seen = new Map<string, string>();
    // "Expansion (ACR)"
    for (const m of text.matchAll(/\(([\p{Lu}&]{2,8})\)/gu)) {
      const acr = m[1];
      if (!ACRONYM.test(acr)) continue;
      const exp = expansionBefore(text.slice(Math.max(0, m.index - 200), m.index), acr);
      if (exp) seen.set(`${acr}\u0000${exp}`, exp);
    }
    // "ACR (Expansion)"
    for (const m of text.matchAll(/(?<![\p{L}\p{N}])([\p{Lu}&]{2,8})\s\(([^()]{4,160})\)/gu)) {
      const acr = m[1];
      if (!ACRONYM.test(acr)) continue;
      const inner = m[2].trim();
      const words = inner.split(/\s+/);
      if (!/^\p{Lu}/u.test(words[0])) continue;
      const [all, content] = initials(words);
      if (content === acr || all === acr) seen.set(`${acr}\u0000${inner}`, inner);
    }
    const acrs = new Set<string>();
    for (const [k, exp] of seen) {
      const acr = k.slice(0, k.indexOf('\u0000'));
      acrs.add(acr);
      let byExp = pairs.get(acr);
      if (!byExp) pairs.set(acr, (byExp = new Map()));
      const key = exp.toLowerCase();
      let e = byExp.get(key);
      if (!e) byExp.set(key, (e = { spellings: new Map(), docs: 0 }));
      e.docs++;
      e.spellings.set(exp, (e.spellings.get(exp) ?? 0) + 1);
    }
    for (const a of acrs) acrDocs.set(a, (acrDocs.get(a) ?? 0) + 1);
  }
  const excludePath = join(import.meta.dirname, '..', '..', 'data', 'ner', 'exclude', 'acronyms-mined.lst');
  const exclude = new Set(
    existsSync(excludePath)
      ? readFileSync(excludePath, 'utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l && !l.startsWith('#'))
      : [],
  );
  const rows: string[] = [];
  for (const [acr, byExp] of pairs) {
    const best = [...byExp.values()].sort((a, b) => b.docs - a.docs)[0];
    if (best.docs < MIN_DOCS || best.docs * 3 < (acrDocs.get(acr) ?? 0) * 2) continue;
    // the spelling most articles use
    const spelling = [...best.spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    const row = `${spelling} | ${acr}`;
    if (!exclude.has(row) && !exclude.has(acr)) rows.push(row);
  }
  rows.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const head = [
    `# Acronym and expansion pairs mined from ${docs.length} OrangeSum train articles (CC BY-SA 4.0; newsgold-dev`,
    `# articles left out): "Expansion (ACR)" or "ACR (Expansion)" where the initials spell the acronym, in at least`,
    `# ${MIN_DOCS} articles, the expansion most of them give. Generated by scripts/data/ner-mine-acronyms.ts: do not`,
    '# edit by hand; put wrong pairs (or acronyms) in data/ner/exclude/acronyms-mined.lst and run the script again.',
  ];
  const out = join(import.meta.dirname, '..', '..', 'data', 'mined', 'ner', 'acronyms.txt');
  writeFileSync(out, `${[...head, ...rows].join('\n')}\n`);
  console.log(`${rows.length} pairs (of ${pairs.size} acronyms) -> ${out}`);
}

main();
