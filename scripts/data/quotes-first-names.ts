/**
 * Mines the grammatical gender French news gives to first names, for the quotation stage's pronoun resolution
 * ("a-t-elle ajouté" goes to a woman named before): data/quotes/first-name-genders.txt.
 *
 *   npx tsx scripts/data/quotes-first-names.ts     then npm run build:data
 *
 * Source: OrangeSum train (CC BY-SA 4.0; the quotation gold set is drawn from valid and WiNER-fr, never train).
 * A first name counts as feminine or masculine each time the text marks the person it opens, right before the
 * name: a title ("Mme Anne Hidalgo", "M. Jean Castex"), a determiner + role noun of data/quotes/roles.txt
 * ("la maire Anne Hidalgo", "le ministre Jean Castex"; the role's own form is not trusted, only the
 * determiner: "la" / "le", "cette" / "ce"), or a participle or adjective in apposition after the name
 * ("Anne Dupont, âgée de 40 ans"). Kept: names seen at least MIN times with at least RATIO of one gender.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type OrangeSumRow, readJsonl, requireShared, sharedPath } from '../lib/shared-data.js';

const MIN = 2;
const RATIO = 0.85;
const root = join(import.meta.dirname, '..', '..');
if (!requireShared('first-name genders', 'news', 'orangesum', 'train.jsonl.gz')) process.exit(0);

const roles = ['roles.txt', 'person-nouns.txt']
  .map((f) => readFileSync(join(root, 'data', 'quotes', f), 'utf8'))
  .join('\n')
  .split('\n')
  .map((l) => l.trim().toLowerCase())
  .filter((l) => l !== '' && !l.startsWith('#'));
const F = ['Mme', 'Madame', 'Mlle', 'Mademoiselle'];
const M = ['M\\.', 'Monsieur'];
const fDet = [
  'la',
  'La',
  'cette',
  'Cette',
  'une',
  "l'ancienne",
  "L'ancienne",
  'la nouvelle',
  'La nouvelle',
  'sa',
  'Sa',
];
const mDet = ['le', 'Le', 'ce', 'Ce', 'un', "l'ancien", "L'ancien", 'le nouveau', 'Le nouveau'];
const fAfter = ['âgée', 'née', 'élue', 'ancienne', 'nouvelle', 'interrogée', 'elle-même'];
const mAfter = ['âgé', 'né', 'élu', 'ancien', 'nouveau', 'interrogé', 'lui-même'];
const NAME =
  "(\\p{Lu}[\\p{Ll}'’-]+(?:-\\p{Lu}[\\p{Ll}]+)?)\\s+(?:(?:de|du|d'|le|la|van|von|ben|el|al)\\s*)?\\p{Lu}[\\p{L}'’-]+";
const role = `(?:${roles.map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
// the role may be followed by a short complement without a comma ("la ministre de la Santé Agnès Buzyn")
const complement = "(?:\\s+(?:de|du|des|d'|de la|de l')\\s*\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{L}+){0,2}?)?";
const patterns: [RegExp, 'f' | 'm'][] = [
  [new RegExp(`(?:^|[^\\p{L}])(?:${F.join('|')})\\s+${NAME}`, 'gu'), 'f'],
  [new RegExp(`(?:^|[^\\p{L}])(?:${M.join('|')})\\s+${NAME}`, 'gu'), 'm'],
  [new RegExp(`(?:^|[^\\p{L}])(?:${fDet.join('|')})\\s*${role}${complement}\\s+${NAME}`, 'gu'), 'f'],
  [new RegExp(`(?:^|[^\\p{L}])(?:${mDet.join('|')})\\s*${role}${complement}\\s+${NAME}`, 'gu'), 'm'],
  // agreement of a participle or adjective in apposition: "Anne Dupont, âgée de 40 ans", "Jean Dupont, élu en 2014"
  [new RegExp(`(?:^|[^\\p{L}])${NAME},\\s+(?:${fAfter.join('|')})[^\\p{L}]`, 'gu'), 'f'],
  [new RegExp(`(?:^|[^\\p{L}])${NAME},\\s+(?:${mAfter.join('|')})[^\\p{L}]`, 'gu'), 'm'],
  // "l'actrice Anne Dupont", "l'animateur Jean Dupont": after the elided article, only a role whose own ending
  // marks the gender (-trice, -euse, -ienne, -ière / -teur, -eur, -ien, -ier)
  [
    new RegExp(
      `(?:^|[^\\p{L}])[lL]['’]\\s*(?:${roles.filter((r) => /(?:trice|euse|ienne|ière)$/.test(r)).join('|')})${complement}\\s+${NAME}`,
      'gu',
    ),
    'f',
  ],
  [
    new RegExp(
      `(?:^|[^\\p{L}])[lL]['’]\\s*(?:${roles.filter((r) => /(?:teur|eur|ien|ier)$/.test(r)).join('|')})${complement}\\s+${NAME}`,
      'gu',
    ),
    'm',
  ],
];

const counts = new Map<string, { f: number; m: number }>();
const rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'train.jsonl.gz'));
for (const r of rows) {
  for (const [re, g] of patterns) {
    for (const m of r.text.matchAll(re)) {
      const name = m[1].toLowerCase().replace(/’/g, "'");
      if (name.length < 2) continue;
      const c = counts.get(name) ?? { f: 0, m: 0 };
      c[g]++;
      counts.set(name, c);
    }
  }
}
// the first names the entity stage mined (data/mined/gazetteers/first-names.txt, also from OrangeSum): a name seen
// rarely must be one of them ("Agir", "Assos" follow "la" + role as party names, not first names)
const known = new Set(
  readFileSync(join(root, 'data', 'mined', 'gazetteers', 'first-names.txt'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.trim().toLowerCase()),
);
// a word that is more often a role, a determiner or a common noun than a first name is no first name
const common = new Set([...roles, 'le', 'la', 'les', 'un', 'une', 'de', 'du', 'des', 'saint', 'sainte']);
const out: string[] = [];
for (const [name, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0], 'fr'))) {
  const n = c.f + c.m;
  if (n < MIN || common.has(name) || !(known.has(name) || n >= 2 * MIN)) continue;
  if (c.f / n >= RATIO) out.push(`f:${name}`);
  else if (c.m / n >= RATIO) out.push(`m:${name}`);
}
const header = [
  '# First names and the grammatical gender French news gives the people they name, for pronoun resolution',
  '# ("a-t-elle ajouté"). Generated by scripts/data/quotes-first-names.ts from OrangeSum train (CC BY-SA 4.0):',
  '# a title or determiner + role right before the name ("Mme", "la ministre", "l\'actrice") or an agreeing apposition after',
  `# it ("X, âgée de"), kept when seen >= ${MIN} times (a known first name of data/mined/gazetteers) or >= ${2 * MIN} times,`,
  `# with >= ${Math.round(RATIO * 100)}% one gender. Do not edit by hand: run the script again. Shared under CC BY-SA 4.0.`,
];
writeFileSync(join(root, 'data', 'quotes', 'first-name-genders.txt'), `${[...header, ...out].join('\n')}\n`);
console.log(
  `${rows.length} articles, ${counts.size} names seen, ${out.length} kept (f ${out.filter((l) => l.startsWith('f')).length}, m ${out.filter((l) => l.startsWith('m')).length})`,
);
