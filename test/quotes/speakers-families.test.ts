/**
 * Speakers of direct quotations, one table per family of errors found by reading the output on unlabelled
 * news (issue 17): incise forms, colon introductions, role nouns and the person they describe, pronouns after
 * a subject described by a role, closing marks, intertitles. Sentences are our own. Many rows want someone
 * other than the most recent person named, or null.
 */
import { describe, expect, it } from 'vitest';
import { createDoc, extractEntities, extractQuotes, type Quote } from '../../src/index.js';

function quotes(text: string): Quote[] {
  const doc = createDoc(text);
  return extractQuotes(doc, { entities: extractEntities(doc) });
}

/** [why, text, index of the quotation, expected speaker: its entity, or { text } for an unlinked mention, or null] */
type Row = [string, string, number, string | { text: string } | null];

function check(text: string, i: number, want: Row[3]): void {
  const found = quotes(text);
  expect(found.length).toBeGreaterThan(i);
  const sp = found[i].speaker;
  if (want === null) expect(sp).toBeNull();
  else if (typeof want === 'string') expect(sp?.entity).toBe(want);
  else expect(sp).toMatchObject({ text: want.text });
}

const INCISE_FORMS: Row[] = [
  [
    'an object pronoun before the verb of the incise ("lui a répondu X"): X, not the person quoted before',
    '« Il faut fermer les frontières », a lancé Sophie Marchal. « Nous ne fermerons rien », lui a répondu Paul Girard.',
    1,
    'Paul Girard',
  ],
  [
    '"m’a confié X": the speaker is X',
    '« Je ne regrette rien », m’a confié Hélène Dufour au téléphone.',
    0,
    'Hélène Dufour',
  ],
  [
    '"a t-il ajouté" with the first hyphen missing is an incise with a pronoun (the man, not the woman named last)',
    'Jacques Morel a présenté son plan mardi. Sa rivale Claire Dumas a quitté la salle. « Nous tiendrons nos promesses », a t-il ajouté.',
    0,
    'Jacques Morel',
  ],
  [
    'a reflexive incise verb ("se souvient X")',
    '« Tout le stock est parti en une semaine », se souvient Marc Vidal, le fondateur de la marque.',
    0,
    'Marc Vidal',
  ],
  [
    'an aside after the incise verb ("souligne de son côté X") is not part of the speaker',
    '« Les radars ne servent à rien », souligne de son côté le président de l’association des usagers Pierre Lemoine.',
    0,
    'Pierre Lemoine',
  ],
  [
    'an object pronoun in an incise with the impersonal "on" gives no speaker',
    '« La grève est terminée », nous a-t-on indiqué.',
    0,
    null,
  ],
];

const COLON: Row[] = [
  [
    'colon introduction: the subject before the verb speaks, not the object between the verb and the colon',
    'La sénatrice Laurence Morin a décrit un texte insuffisant : « Rien ne protège les victimes ».',
    0,
    'Laurence Morin',
  ],
  [
    'colon introduction after a relative "qui": the antecedent speaks, not the object "pourquoi …"',
    'Emma Ricard, une biologiste du centre, qui a expliqué pourquoi la photo a été publiée : « Il faut que les gens voient cela ».',
    0,
    'Emma Ricard',
  ],
  [
    'colon introduction with an inverted subject and nothing before the verb: the subject after the verb',
    '« Nous avons gagné. » Et d’ajouter le maire : « La ville est sauvée ».',
    1,
    { text: 'le maire' },
  ],
];

describe('speakers: incise forms', () => {
  it.each(INCISE_FORMS)('%s', (_why, text, i, want) => check(text, i, want));
});

describe('speakers: colon introductions', () => {
  it.each(COLON)('%s', (_why, text, i, want) => check(text, i, want));
});
