import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/index.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

/** [input, expected token texts] — written by hand from French typographic usage. */
const cases: [string, string[]][] = [
  // elisions, straight and typographic apostrophes
  ["l'État", ["l'", 'État']],
  ['l’ONU', ['l’', 'ONU']],
  ["d'Interpol", ["d'", 'Interpol']],
  ['qu’il', ['qu’', 'il']],
  ["jusqu'au bout", ["jusqu'", 'au', 'bout']],
  ["lorsqu'elle", ["lorsqu'", 'elle']],
  ["puisqu'on", ["puisqu'", 'on']],
  ["J'ai vu", ["J'", 'ai', 'vu']],
  ["c'est", ["c'", 'est']],
  ["n'importe", ["n'", 'importe']],
  ["s'il", ["s'", 'il']],
  ["L'Élysée", ["L'", 'Élysée']],
  ["presqu'île", ["presqu'île"]],
  ['la presqu’île de Crozon', ['la', 'presqu’île', 'de', 'Crozon']],
  ["aujourd'hui", ["aujourd'hui"]],
  ['aujourd’hui', ['aujourd’hui']],
  ["quelqu'un", ["quelqu'un"]],
  ["O'Brien", ["O'Brien"]],
  ["l'« affaire »", ["l'", '«', 'affaire', '»']],
  // hyphens, names and inversions
  ['Jean-Pierre', ['Jean-Pierre']],
  ['Saint-Étienne', ['Saint-Étienne']],
  ['Al-Raisi', ['Al-Raisi']],
  ['peut-être', ['peut-être']],
  ['a-t-il', ['a', '-t-il']],
  ['Va-t-elle', ['Va', '-t-elle']],
  ['dit-il', ['dit', '-il']],
  ['Peut-on', ['Peut', '-on']],
  ['Est-ce', ['Est', '-ce']],
  ['donne-le-moi', ['donne', '-le', '-moi']],
  ['rendez-vous', ['rendez-vous']],
  ['Aix-les-Bains', ['Aix-les-Bains']],
  ['COVID-19', ['COVID-19']],
  ['sud-est', ['sud-est']],
  // abbreviations and initials
  ['M. Dupont', ['M.', 'Dupont']],
  ['Mme Martin', ['Mme', 'Martin']],
  ['MM. Durand et Petit', ['MM.', 'Durand', 'et', 'Petit']],
  ['Dr. House', ['Dr.', 'House']],
  ['St. Louis', ['St.', 'Louis']],
  ['des pommes, etc.', ['des', 'pommes', ',', 'etc.']],
  ['le 3 janv. 2020', ['le', '3', 'janv.', '2020']],
  ['n° 5', ['n°', '5']],
  ['N°12', ['N°', '12']],
  ['52 av. J.-C.', ['52', 'av.', 'J.-C.']],
  ['les U.S.A.', ['les', 'U.S.A.']],
  ['J. K. Rowling', ['J.', 'K.', 'Rowling']],
  // numbers
  ['1 000 euros', ['1 000', 'euros']],
  ['1\u00a0000\u00a0000', ['1\u00a0000\u00a0000']],
  ['12\u202f500 manifestants', ['12\u202f500', 'manifestants']],
  ['30,4 secondes', ['30,4', 'secondes']],
  ['3.5 %', ['3.5', '%']],
  ['le 1er mars', ['le', '1er', 'mars']],
  ['le XXe siècle', ['le', 'XXe', 'siècle']],
  ['la 3e place', ['la', '3e', 'place']],
  ['la 93e Assemblée', ['la', '93e', 'Assemblée']],
  ['en 2019 2 000 morts', ['en', '2019', '2 000', 'morts']],
  ['14h30', ['14h30']],
  ['14 h 30', ['14', 'h', '30']],
  ['24/11/2025', ['24', '/', '11', '/', '2025']],
  ['score de 1-0', ['score', 'de', '1-0']],
  ['1 500 000 €', ['1 500 000', '€']],
  // quotes, punctuation
  ['« Bonjour »', ['«', 'Bonjour', '»']],
  ['«\u00a0Bonjour\u00a0»', ['«', 'Bonjour', '»']],
  ['“Hello”', ['“', 'Hello', '”']],
  ['Attendez...', ['Attendez', '...']],
  ['Attendez…', ['Attendez', '…']],
  ['Quoi ?!', ['Quoi', '?!']],
  ['(AFP)', ['(', 'AFP', ')']],
  ['Paris : la fin', ['Paris', ':', 'la', 'fin']],
  // web
  ['voir https://www.example.fr/a?b=1.', ['voir', 'https://www.example.fr/a?b=1', '.']],
  ['sur www.lemonde.fr, lire', ['sur', 'www.lemonde.fr', ',', 'lire']],
  ['écrire à jean.dupont@example.fr.', ['écrire', 'à', 'jean.dupont@example.fr', '.']],
  ['@Interpol_HQ a dit', ['@Interpol_HQ', 'a', 'dit']],
  ['#JO2024 !', ['#JO2024', '!']],
  // glued paragraphs, emoji, odd characters
  ['pyrénéen.Alors que', ['pyrénéen', '.', 'Alors', 'que']],
  // glued without a full stop (OrangeSum): after a digit, after a lowercase letter; known mixed-case names stay
  ['par Europe 1Pour François', ['par', 'Europe', '1', 'Pour', 'François']],
  ['Guillaume MussoOn raconte', ['Guillaume', 'Musso', 'On', 'raconte']],
  ['le Front nationalFlorian Philippot', ['le', 'Front', 'national', 'Florian', 'Philippot']],
  ['en FranceLa police', ['en', 'France', 'La', 'police']],
  ['OpenStreetMap, WannaCry, ObamaCare', ['OpenStreetMap', ',', 'WannaCry', ',', 'ObamaCare']],
  ['sur YouTube, WhatsApp et LinkedIn', ['sur', 'YouTube', ',', 'WhatsApp', 'et', 'LinkedIn']],
  ['iPhone, McLaren, DiCaprio, MoDem', ['iPhone', ',', 'McLaren', ',', 'DiCaprio', ',', 'MoDem']],
  ['la 4G, la 2CV, un 4x4, 10Mo', ['la', '4G', ',', 'la', '2CV', ',', 'un', '4x4', ',', '10Mo']],
  ['bravo 👍🏽 !', ['bravo', '👍🏽', '!']],
  ['👨‍👩‍👧 famille', ['👨‍👩‍👧', 'famille']],
  ['cafe\u0301', ['cafe\u0301']],
  ['a\u0000b', ['a', 'b']],
];

describe('tokenize: French hard cases', () => {
  it(`has at least 60 cases (${cases.length})`, () => expect(cases.length).toBeGreaterThanOrEqual(60));
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => expect(texts(input)).toEqual(expected));
  }
});

describe('tokenize: kinds and norms', () => {
  const one = (s: string) => tokenize(s)[0];
  it.each([
    ['1 000', 'number', '1000'],
    ['1\u202f000', 'number', '1000'],
    ['30,4', 'number', '30,4'],
    ['l’', 'word', "l'"],
    ['aujourd’hui', 'word', "aujourd'hui"],
    ['«', 'punct', '"'],
    ['»', 'punct', '"'],
    ['…', 'punct', '...'],
    ['—', 'punct', '—'],
    ['–', 'punct', '—'],
    ['https://a.fr', 'url', 'https://a.fr'],
    ['a@b.fr', 'email', 'a@b.fr'],
    ['@x', 'mention', '@x'],
    ['#x', 'hashtag', '#x'],
    ['€', 'symbol', '€'],
    ['Paris', 'word', 'Paris'],
  ])('%s is %s with norm %s', (input, kind, norm) => {
    const t = one(input);
    expect(t.kind).toBe(kind);
    expect(t.norm).toBe(norm);
  });

  it('keeps exact offsets on a mixed sentence', () => {
    const text = '«\u00a0L’ONU\u00a0», a-t-il dit le 1er mars à 14h30 — 1\u00a0000 € !';
    for (const t of tokenize(text)) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});
