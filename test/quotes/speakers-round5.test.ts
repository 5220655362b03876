/**
 * Speakers, fifth round: two grammar fixes read from the blind sample of that round (blind-s61), each with rows
 * where it must act (each fails on the code before it) and rows it must leave alone.
 */
import { describe } from 'vitest';
import { type Row, speakerRows } from './speaker-table.js';

const LEAD_CLITIC: Row[] = [
  [
    'an inverted clitic in a lead incise is the subject, not the adverb before it',
    'Le ministre Christophe Castaner était sur RTL. « Il y aura des contrôles », a-t-il expliqué. Néanmoins, a-t-il poursuivi, « l’objectif n’a jamais été de sanctionner les Français ».',
    1,
    'Christophe Castaner',
  ],
  [
    'a feminine clitic in a lead incise: the woman who spoke, not the man named after her',
    'Anne Durand a parlé hier devant Paul Girard. Toutefois, a-t-elle ajouté, « rien n’est encore joué ».',
    0,
    'Anne Durand',
  ],
  [
    'left alone: a lead incise with a named subject',
    'Paul Girard a parlé. Ensuite, a dit Anne Durand, « rien n’est encore joué ».',
    0,
    'Anne Durand',
  ],
];

const GERUND: Row[] = [
  [
    'a gerund aside and its object before the inverted subject',
    '« C’est une plaisanterie ? », s’est exclamée en écarquillant les yeux la ministre.',
    0,
    { text: 'la ministre' },
  ],
  [
    'the same, the subject a role the text ties to a person',
    'Marlène Schiappa était en direct sur Radio Classique. « C’est une plaisanterie ? », s’est exclamée en écarquillant les yeux la secrétaire d’État chargée de l’Égalité.',
    0,
    'Marlène Schiappa',
  ],
  [
    'a gerund without object: the noun phrase after it is the subject (not "souriant le ministre")',
    '« Nous irons jusqu’au bout », a déclaré en souriant le ministre de l’Intérieur.',
    0,
    { text: 'le ministre de l’Intérieur' },
  ],
  [
    'left alone: a clitic subject before the gerund',
    'Paul Girard est arrivé. « Nous irons jusqu’au bout », a-t-il dit en souriant.',
    0,
    'Paul Girard',
  ],
];

describe('speakers, fifth round', () => {
  describe('a lead incise with an inverted clitic', () => {
    speakerRows(LEAD_CLITIC);
  });
  describe('a gerund aside between the incise verb and its subject', () => {
    speakerRows(GERUND);
  });
});
