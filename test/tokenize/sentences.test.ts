import { describe, expect, it } from 'vitest';
import { readFlagship } from '../../fixtures/flagship.js';
import { createDoc, sentences } from '../../src/index.js';

const split = (s: string) => sentences(s).map((x) => x.text);

/** [input, expected sentences] */
const cases: [string, string[]][] = [
  ['Il pleut. Il vente.', ['Il pleut.', 'Il vente.']],
  ['M. Dupont est arrivé. Mme Martin aussi.', ['M. Dupont est arrivé.', 'Mme Martin aussi.']],
  ['Le Dr. Martin et St. Louis.', ['Le Dr. Martin et St. Louis.']],
  ['Il vit aux U.S.A. depuis 2010.', ['Il vit aux U.S.A. depuis 2010.']],
  ['En 52 av. J.-C. la Gaule tombe.', ['En 52 av. J.-C. la Gaule tombe.']],
  ['J. K. Rowling écrit.', ['J. K. Rowling écrit.']],
  ['Des pommes, des poires, etc. Le reste suit.', ['Des pommes, des poires, etc.', 'Le reste suit.']],
  ['Des pommes, etc. et des poires.', ['Des pommes, etc. et des poires.']],
  ['Le 3 janv. 2020 il part.', ['Le 3 janv. 2020 il part.']],
  ['Vraiment ? Oui !', ['Vraiment ?', 'Oui !']],
  ['« Quelle horreur ! » s’est-il exclamé.', ['« Quelle horreur ! » s’est-il exclamé.']],
  ['Il a dit : « C’est fini. » Puis il est parti.', ['Il a dit : « C’est fini. »', 'Puis il est parti.']],
  ['« C’est fini », a-t-il dit. La salle applaudit.', ['« C’est fini », a-t-il dit.', 'La salle applaudit.']],
  ['Il hésite... Puis il part.', ['Il hésite...', 'Puis il part.']],
  ['Il hésite… puis il part.', ['Il hésite… puis il part.']],
  ['Le score est de 3,5. Il gagne.', ['Le score est de 3,5.', 'Il gagne.']],
  [
    'Il est né en 1950. 20 ans plus tard, il revient.',
    ['Il est né en 1950.', '20 ans plus tard, il revient.'],
  ],
  [
    'Titre du jour\nPar Jean Dupont\n\nLe texte commence ici.',
    ['Titre du jour', 'Par Jean Dupont', 'Le texte commence ici.'],
  ],
  ['Une ligne coupée\nau milieu de la phrase.', ['Une ligne coupée\nau milieu de la phrase.']],
  ['Le relief pyrénéen.Alors que la neige tombe.', ['Le relief pyrénéen.', 'Alors que la neige tombe.']],
  ['Il parlait sur Europe 1Pour François, rien.', ['Il parlait sur Europe 1', 'Pour François, rien.']],
  ['Photo Guillaume MussoOn dit oui.', ['Photo Guillaume Musso', 'On dit oui.']],
  ['Il utilise YouTube et WhatsApp.', ['Il utilise YouTube et WhatsApp.']],
  ['Voir www.example.fr. Merci.', ['Voir www.example.fr.', 'Merci.']],
  ['Il a 3 ans.\r\nElle en a 4.', ['Il a 3 ans.', 'Elle en a 4.']],
  ['Pas de ponctuation finale', ['Pas de ponctuation finale']],
];

const flagshipText = readFlagship();
const noFlagship = flagshipText === undefined;

describe('sentences', () => {
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => expect(split(input)).toEqual(expected));
  }

  it('numbers paragraphs: line breaks and glued paragraphs start new ones', () => {
    const s = sentences('Titre\n\nUn. Deux.\nTrois.Quatre.');
    expect(s.map((x) => [x.text, x.paragraph])).toEqual([
      ['Titre', 0],
      ['Un.', 1],
      ['Deux.', 1],
      ['Trois.', 2],
      ['Quatre.', 3],
    ]);
  });

  it('links tokens and sentences both ways', () => {
    const doc = createDoc('Il pleut. « Il vente ! » dit-il.\n\nFin.');
    for (const [i, s] of doc.sentences.entries()) {
      expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      expect(doc.tokens[s.tokenStart].start).toBe(s.start);
      expect(doc.tokens[s.tokenEnd - 1].end).toBe(s.end);
      for (let k = s.tokenStart; k < s.tokenEnd; k++) expect(doc.tokens[k].sentence).toBe(i);
    }
    expect(doc.sentences.at(-1)?.tokenEnd).toBe(doc.tokens.length);
  });

  it.skipIf(noFlagship)('splits the flagship article into its headline, byline and sentences', () => {
    const text = flagshipText ?? '';
    const s = split(text);
    expect(s[0]).toBe('Ouverture à Marrakech de la 93e Assemblée générale d’Interpol');
    expect(s[1]).toBe('Rédigé par le Mardi 25 Novembre 2025');
    expect(s[2]).toBe(
      'Marrakech est, depuis ce lundi 24 novembre, le centre nerveux de la sécurité mondiale.',
    );
    // no sentence starts with a lowercase letter or ends after a title abbreviation
    for (const x of s) {
      expect(x[0]).not.toMatch(/\p{Ll}/u);
      expect(x).not.toMatch(/\b(?:M|Mme|Dr)\.$/);
    }
  });
});
