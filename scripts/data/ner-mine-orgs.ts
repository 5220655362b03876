/**
 * Mines organisation names (companies, media, parties, unions, associations) from the unlabelled
 * OrangeSum articles (CC BY-SA 4.0): the capitalised run right after a type noun ("la société Lactalis",
 * "le quotidien Le Parisien", "la chaîne BFMTV", "le parti Les Républicains", "l'association SOS
 * Racisme"). A name is kept when it follows such a noun in at least MIN_DOCS articles and is never seen
 * as a person ("M. X", "Mme X", a known first name before it). The articles of newsgold-dev are left
 * out, so that its figures measure names mined from other articles.
 * Writes data/mined/ner/organisations.txt (generated, never edited by hand; wrong entries go in
 * data/ner/exclude/organisations-mined.lst); `npm run build:data` compiles it.
 *
 *   npx tsx scripts/data/ner-mine-orgs.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstNames, places } from '../../src/lang/fr/generated/mined-gazetteers.js';
import { newsgoldIds, readJsonl, requireShared, sharedPath } from '../lib/shared-data.js';

const MIN_DOCS = 3;
/** Type nouns after which a capitalised run names an organisation. */
const CUES = [
  'société',
  'groupe',
  'entreprise',
  'firme',
  'constructeur',
  'géant',
  'marque',
  'enseigne',
  'laboratoire',
  'laboratoires',
  'banque',
  'assureur',
  'opérateur',
  'compagnie',
  'start-up',
  'distributeur',
  'fabricant',
  'éditeur',
  'cabinet',
  'institut',
  'quotidien',
  'hebdomadaire',
  'magazine',
  'mensuel',
  'journal',
  'chaîne',
  'radio',
  'site',
  'réseau social',
  'plateforme',
  'application',
  'parti',
  'mouvement',
  'syndicat',
  'association',
  'ONG',
  'fondation',
  'collectif',
  'agence',
  'filiale',
  'sondage',
  'institut de sondage',
  'baromètre',
  'chaîne de télévision',
  'chaîne de magasins',
  "site d'information",
  'messagerie',
  'moteur de recherche',
  'confédération',
  'fédération',
  'club',
  'compagnie aérienne',
  'groupe pharmaceutique',
  'géant américain',
  'géant chinois',
];
const DETERMINERS =
  "(?:le|la|les|l'|du|au|aux|des|de la|de l'|par le|par la|sur le|sur la|un|une|ce|cette|son|sa)";
const WORD = "(?:\\p{Lu}[\\p{L}\\p{N}&+'’.-]*|\\p{N}+)";
const JOIN = "(?:\\s(?:de|du|des|d'|la|le|et|en|sans)\\s?|\\s)";
const NAME = `${WORD}(?:${JOIN}${WORD}){0,4}`;
const CUE_RE = new RegExp(
  `(?<![\\p{L}])${DETERMINERS}\\s?(?:${CUES.join('|')})(?:\\s(?:américain|américaine|français|française|britannique|allemand|allemande|japonais|chinois|italien|italienne|suisse|espagnol|belge|russe|pharmaceutique|automobile|aérien|aérienne|pétrolier|pétrolière|informatique|numérique|public|publique|privé|privée|régional|régionale|national|nationale|satirique|économique|local|locale|sportif|spécialisé|spécialisée|en ligne|d'information|d'informations|de presse|de télévision|de distribution|d'extrême droite|d'extrême gauche|de gauche|de droite|anti-corruption)){0,2}\\s(${NAME})`,
  'gu',
);
const PERSON_RE = new RegExp(`(?:\\b(?:M\\.|Mme|MM\\.|Dr|Me)\\s)(${NAME})`, 'gu');
/** Trailing words that end a name run but are not part of it ("Lactalis En", "Le Monde Selon"). */
const STOP_TAIL = new Set([
  'Le',
  'La',
  'Les',
  'En',
  'Un',
  'Une',
  'Il',
  'Elle',
  'Mais',
  'Et',
  'De',
  'Du',
  'Des',
]);

function clean(name: string): string {
  // a full stop before a capital or a space ends the name ("Le Monde.Selon", "Save The Children. Fin")
  const cut = name.replace(/’/g, "'").replace(/\.(?:\p{Lu}|\s).*$/u, '');
  let words = cut.replace(/[.,'-]+$/u, '').split(/\s+/);
  while (words.length > 1 && STOP_TAIL.has(words[words.length - 1])) words = words.slice(0, -1);
  while (words.length > 1 && /^(?:de|du|des|d'|la|le|et|en|sur|pour|sans)$/.test(words[words.length - 1]))
    words = words.slice(0, -1);
  return words.join(' ').replace(/\s+d'\s*/g, " d'");
}

function main(): void {
  if (!requireShared('ner-mine-orgs', 'news', 'orangesum', 'train.jsonl.gz')) return;
  const held = newsgoldIds();
  const docs = readJsonl<{ id: string; text: string; title: string }>(
    sharedPath('news', 'orangesum', 'train.jsonl.gz'),
  ).filter((d) => !held.has(d.id));
  const FIRST = new Set(firstNames);
  const PLACES = new Set(places);
  // how often each word is written in lowercase and capitalised (single-word names must be names)
  const lowerCount = new Map<string, number>();
  const capCount = new Map<string, number>();
  const orgDocs = new Map<string, number>();
  const person = new Set<string>();
  for (const d of docs) {
    const text = `${d.title}\n${d.text}`;
    const seen = new Set<string>();
    for (const m of text.matchAll(CUE_RE)) {
      const name = clean(m[1]);
      if (name.length < 2 || /^\p{N}+$/u.test(name)) continue;
      seen.add(name);
    }
    for (const s of seen) orgDocs.set(s, (orgDocs.get(s) ?? 0) + 1);
    for (const m of text.matchAll(PERSON_RE)) person.add(clean(m[1]));
    for (const m of d.text.matchAll(/(?<![\p{L}\p{N}])\p{L}[\p{L}-]*/gu)) {
      const w = m[0];
      const lo = w.toLowerCase();
      if (w === lo) lowerCount.set(lo, (lowerCount.get(lo) ?? 0) + 1);
      else capCount.set(lo, (capCount.get(lo) ?? 0) + 1);
    }
  }
  const excludePath = join(
    import.meta.dirname,
    '..',
    '..',
    'data',
    'ner',
    'exclude',
    'organisations-mined.lst',
  );
  const exclude = new Set(
    existsSync(excludePath)
      ? readFileSync(excludePath, 'utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l && !l.startsWith('#'))
      : [],
  );
  const names = [...orgDocs]
    .filter(([name, n]) => {
      if (n < MIN_DOCS || exclude.has(name) || person.has(name) || PLACES.has(name)) return false;
      if (!name.includes(' ')) {
        // a single word: mostly capitalised in the corpus, and not an article
        const lo = name.toLowerCase();
        if (name.length < 2 || /^(?:le|la|les|l'|en|un|une)$/.test(lo)) return false;
        if ((lowerCount.get(lo) ?? 0) >= (capCount.get(lo) ?? 0)) return false;
      }
      const first = name.split(' ')[0];
      // a first name then another capitalised word is a person ("la société de Jean Dupont" aside)
      if (FIRST.has(first) && name.includes(' ')) return false;
      return true;
    })
    .map(([name]) => name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const head = [
    `# Organisations mined from ${docs.length} OrangeSum train articles (CC BY-SA 4.0; newsgold-dev articles left out):`,
    `# capitalised runs after a type noun ("la société X", "le quotidien X", "le parti X") in at least ${MIN_DOCS}`,
    '# articles, never seen as a person. Generated by scripts/data/ner-mine-orgs.ts: do not edit by hand; put wrong',
    '# entries in data/ner/exclude/organisations-mined.lst and run the script again.',
  ];
  const out = join(import.meta.dirname, '..', '..', 'data', 'mined', 'ner', 'organisations.txt');
  writeFileSync(out, `${[...head, ...names].join('\n')}\n`);
  console.log(`${names.length} organisations (of ${orgDocs.size} candidates) -> ${out}`);
}

main();
