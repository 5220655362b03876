/**
 * Speakers of direct quotations from the discourse around them: gender agreement after a pronoun, quotation
 * chains, a speaker introduced as the subject right before a quotation without cue, a quotation opening the
 * article attributed by the sentence after it, and null when the text does not say. In many rows the right
 * answer is not the most recent person named.
 */
import { describe, expect, it } from 'vitest';
import { FIRST_NAME_GENDER } from '../../src/quotes/lexicon.js';
import { quotes } from './speaker-table.js';

/** [why, text, index of the quotation, expected speaker: its entity, or { text } for an unlinked mention, or null] */
type Row = [string, string, number, string | { text: string } | null];

const GENDER: Row[] = [
  [
    'first name: "a-t-elle" skips the man named last, in subject position',
    'Agnès Dupuis a reçu les syndicats lundi. Marc Lefort était absent. « Nous avons avancé », a-t-elle ajouté.',
    0,
    'Agnès Dupuis',
  ],
  [
    'first name: "a-t-il" skips the woman named last, in subject position',
    'Marc Lefort a reçu les syndicats lundi. Agnès Dupuis était absente. « Nous avons avancé », a-t-il ajouté.',
    0,
    'Marc Lefort',
  ],
  [
    'agreement after "être": "s’est dite"',
    'Camille Rivet s’est dite inquiète lundi. M. Dominique Arnal n’a pas répondu. « Rien n’est prêt », a-t-elle expliqué.',
    0,
    'Camille Rivet',
  ],
  [
    'a chain of speakers: the pronoun goes back past a man quoted in between',
    '« Le budget est tenu », a déclaré Anne Durand. « Il ne l’est pas », a répondu Paul Girard. « Les chiffres sont publics », a-t-elle ajouté.',
    2,
    'Anne Durand',
  ],
  [
    '"selon elle" goes to the woman, not to the man named as a subject after her',
    'Isabelle Roux a déjeuné mardi à Lyon. Thomas Berger était présent. « Rien n’est réglé », selon elle.',
    0,
    'Isabelle Roux',
  ],
  [
    'a compound first name takes the gender of its first part',
    'Jean-Noël Guérin était absent lundi. Martine Vial a pris la parole. Jean-Noël Guérin a répondu plus tard. « Nous verrons », a-t-elle conclu.',
    0,
    'Martine Vial',
  ],
  [
    'a person named by the first name alone ("Brigitte, 56 ans") is not "il"',
    'Paul Girard a rencontré les riverains. « Je suis restée chez moi », explique Brigitte, 56 ans. « Les trottoirs sont noirs », ajoute-t-il.',
    1,
    'Paul Girard',
  ],
  [
    '"cette dernière" is the last woman named, not the last person',
    'Anne Durand a rencontré Paul Girard lundi. « Nous verrons », a répondu cette dernière.',
    0,
    'Anne Durand',
  ],
  [
    '"ce dernier" is the last man named, even as an object',
    'Anne Durand a rencontré Paul Girard lundi. « Rien ne presse », a déclaré ce dernier.',
    0,
    'Paul Girard',
  ],
  [
    'a role the text genders ("la ministre") is not "il"',
    'Pierre Vidal a reçu la ministre. « Nous verrons », a déclaré la ministre. « Je reste prudent », a-t-il répondu.',
    1,
    'Pierre Vidal',
  ],
];

const DISCOURSE: Row[] = [
  [
    'a quotation chain: consecutive quotations without cue keep their speaker',
    '« Nous sommes inquiets », a déclaré Anne Durand. « Les salariés attendent des réponses. » « Personne ne nous écoute. »',
    2,
    'Anne Durand',
  ],
  [
    'a person named as an object does not break the chain',
    '« Nous sommes inquiets », a déclaré Anne Durand. Elle a longuement critiqué Paul Girard devant les salariés. « Les salariés attendent des réponses depuis des mois. »',
    1,
    'Anne Durand',
  ],
  [
    'a person introduced as the subject right before a quotation without cue takes over',
    '« Nous sommes inquiets », a déclaré Anne Durand. Paul Girard a pris la parole après elle. « Les salariés attendent des réponses depuis des mois. »',
    1,
    'Paul Girard',
  ],
  [
    'a name in apposition to the role opening the sentence is its subject ("Leur avocat, Me X, a …")',
    '« Nous avons une pensée pour la famille », a conclu Joachim De Araujo. Leur avocat, Me Fabien Rajon, a ensuite pris la parole. « Nous avons perdu six mois », a-t-il insisté.',
    1,
    'Fabien Rajon',
  ],
  [
    'a name after "par" is an agent, not the subject that takes over',
    '« Nous sommes inquiets », a déclaré Anne Durand. Elle a été critiquée par Paul Girard. « Les salariés attendent des réponses depuis des mois. »',
    1,
    'Anne Durand',
  ],
  [
    'a quotation opening the article: the subject of the sentence after it',
    '« Pourquoi cacher les choses ? À force de les cacher, on devient suspect. » Invité de la radio mercredi, le ministre de l’Écologie n’a pas esquivé la question.',
    0,
    { text: 'le ministre de l’Écologie' },
  ],
  [
    'a person described by a copula ("X est pour elle …") does not take over the chain',
    '« De Gaulle était de France », soutient Marine Le Pen. M. Macron est pour la candidate le symbole de la soumission. « Pour de Gaulle, la capitale était Paris, pour lui c’est Bruxelles. »',
    1,
    'Marine Le Pen',
  ],
  [
    'an unresolved pronoun gives way to the person named after it',
    '« J’ai pu respirer toute une journée », est-il écrit sur le compte Instagram d’Alexeï Navalny. « Je le recommande », a-t-il plaisanté.',
    1,
    'Alexeï Navalny',
  ],
  [
    'a quotation opening the article: the subject stops at its auxiliary',
    '« Killian était en larmes, il bégayait. » L’avocate du chauffard a évoqué mardi l’état de son client.',
    0,
    { text: 'L’avocate du chauffard' },
  ],
  [
    'a quotation opening the article: null when the sentence after it names nobody',
    '« Personne ne sait ce qui va se passer maintenant dans ce quartier. » La pluie tombait sur la ville depuis des heures.',
    0,
    null,
  ],
];

const MIXED: Row[] = [
  [
    'a quoted fragment takes the role noun phrase opening its sentence, not the person named before',
    '« Nous gagnerons », a déclaré Anne Hidalgo. L’ancienne ministre de la Santé veut « remettre sur le marché des milliers de logements vacants ».',
    1,
    { text: 'L’ancienne ministre de la Santé' },
  ],
  [
    'a quoted fragment takes the person opening its sentence',
    '« Nous gagnerons », a déclaré Anne Hidalgo. Agnès Buzyn refuse pour sa part le « tout vélo qui exclut les plus âgés ».',
    1,
    'Agnès Buzyn',
  ],
];

const INTERTITLES: Row[] = [
  [
    'an intertitle glued to the next paragraph takes no incise from the sentences after it',
    '« Il s’enferme dans son bureau et il bachote comme un étudiant », a expliqué son entourage. « Il bachote comme un étudiant »Le président a cependant répété, lors de son discours, qu’il irait jusqu’au bout, a rappelé Jean Dupont.',
    1,
    { text: 'son entourage' },
  ],
];

const INCISES: Row[] = [
  [
    'a named speaker in an incise inside the marks',
    '« Écoutez, il y avait un choix entre quatre personnalités, a expliqué Richard Ferrand devant les caméras. Le choix s’est porté sur moi. »',
    0,
    'Richard Ferrand',
  ],
  [
    'a long complement between the verb and the speaker, then the name in apposition',
    '« Il va falloir faire un effort », a écrit sur son compte Twitter l’ancienne ministre du Droit des femmes, Laurence Rossignol.',
    0,
    'Laurence Rossignol',
  ],
  [
    'a short quoted name inside the noun phrase before the apposition',
    '« Donner son nom, c’est la désigner comme cible », a affirmé l’avocat de « Christelle », Me Eric Morain.',
    0,
    'Eric Morain',
  ],
  [
    'an apposition naming someone else ("X, colistière de Y, a jugé") leaves the speaker X',
    'Stacey Abrams, autre colistière potentielle de Joe Biden, a jugé dimanche « légitime » la colère des manifestants.',
    0,
    'Stacey Abrams',
  ],
  [
    'a role noun coordinated with the person’s name',
    '« C’est problématique », a déploré sa collègue et candidate au perchoir Mathilde Panot.',
    0,
    'Mathilde Panot',
  ],
  [
    'a demonstrative speaker ("cette femme")',
    '« Nous sommes là », aurait expliqué cette femme.',
    0,
    { text: 'cette femme' },
  ],
  [
    'a demonstrative time complement is not the speaker ("ce matin")',
    '« Nous sommes là », a déclaré ce matin le ministre.',
    0,
    { text: 'le ministre' },
  ],
  [
    '"peut-on lire dans": the written source speaks',
    'La gare a fermé. « Le site restera fermé jusqu’à nouvel ordre », peut-on lire dans un communiqué de la SNCF.',
    0,
    'SNCF',
  ],
  [
    'an incise verb of news reporting ("a justifié")',
    '« Il serait contre-productif d’arrêter le train en pleine voie », a justifié Jean Castex.',
    0,
    'Jean Castex',
  ],
];

function check(text: string, i: number, want: Row[3]): void {
  const found = quotes(text);
  expect(found.length).toBeGreaterThan(i);
  const sp = found[i].speaker;
  if (want === null) expect(sp).toBeNull();
  else if (typeof want === 'string') expect(sp?.entity).toBe(want);
  else expect(sp).toMatchObject({ text: want.text });
}

describe('speakers: gender agreement chooses among recent persons', () => {
  it.each(GENDER)('%s', (_why, text, i, want) => check(text, i, want));
});

describe('speakers: discourse (chains, subjects, the sentence after)', () => {
  it.each(DISCOURSE)('%s', (_why, text, i, want) => check(text, i, want));
});

describe('speakers: quoted fragments (mixed)', () => {
  it.each(MIXED)('%s', (_why, text, i, want) => check(text, i, want));
});

describe('speakers: intertitles', () => {
  it.each(INTERTITLES)('%s', (_why, text, i, want) => check(text, i, want));
});

describe('speakers: incises', () => {
  it.each(INCISES)('%s', (_why, text, i, want) => check(text, i, want));
});

describe('first-name genders (data/quotes/first-name-genders.txt)', () => {
  it('holds common names of both genders and no role nouns or determiners', () => {
    expect(FIRST_NAME_GENDER.get('agnès')).toBe('f');
    expect(FIRST_NAME_GENDER.get('jean')).toBe('m');
    expect(FIRST_NAME_GENDER.size).toBeGreaterThan(200);
    for (const w of ['la', 'le', 'ministre', 'président', 'une'])
      expect(FIRST_NAME_GENDER.has(w)).toBe(false);
  });
});
