/**
 * Speakers, seventh round (salience): which person a pronoun or a definite description in an incise continues.
 * French news grammar, not article strings: a reply's dative clitic names the one spoken to; a subject
 * introduced after the last quotation is the topic a description continues; an adjective qualifies an office
 * like a complement; a role noun inside a complement ("la décision du ministre X") makes no subject; a subject
 * may follow an adjunct fronted with its comma; a mandate with its own complement may re-describe a person who
 * holds another role; a description opening an article before any name refers to the person named next as a
 * subject. Each block has rows where the mechanism must act (they fail on the code before it) and
 * look-alike rows it must leave alone. Sentences of our own, not of the judged articles.
 */
import { describe, it } from 'vitest';
import { check, type Row } from './speaker-table.js';

const DATIVE: Row[] = [
  [
    '"lui a-t-il répondu": the one spoken to (quoted just before) is not the one answering',
    '« Je ne veux pas de ce poste », a affirmé Pierre Lagarde. « Le pays a besoin de toi », a insisté Jean ' +
      'Morel. « Alors je viendrai », lui a-t-il répondu.',
    2,
    'Pierre Lagarde',
  ],
  [
    '"il lui répond" with the pronoun before the clitic',
    '« Je ne veux pas de ce poste », a affirmé Pierre Lagarde. « Le pays a besoin de toi », a insisté Jean ' +
      'Morel. Il lui répond : « Alors je viendrai. »',
    2,
    'Pierre Lagarde',
  ],
  [
    'left alone: no dative, the pronoun continues the last speaker',
    '« Je ne veux pas de ce poste », a affirmé Pierre Lagarde. « Le pays a besoin de toi », a insisté Jean ' +
      'Morel. « Il faut agir vite », a-t-il ajouté.',
    2,
    'Jean Morel',
  ],
  [
    'left alone: "leur" is a group spoken to (the journalists), not the person quoted before',
    '« Il n’y a pas eu d’excuses », a déclaré Paul Girard à des journalistes de la radio. Il les a reçus chez ' +
      'lui. « Rien n’a changé », leur a-t-il raconté.',
    1,
    'Paul Girard',
  ],
];

const NEW_SUBJECT: Row[] = [
  [
    'a person made subject after the last quotation is the topic the description continues',
    '« Il a menti », a dénoncé Marc Dubois sur Europe 1. Dans un entretien à la radio suisse, Paul Girard a ' +
      'vivement réagi à ces propos. « Je n’ai jamais menti », a lâché l’ancien animateur.',
    1,
    'Paul Girard',
  ],
  [
    '… and the pronoun after the description follows it',
    '« Il a menti », a dénoncé Marc Dubois sur Europe 1. Dans un entretien à la radio suisse, Paul Girard a ' +
      'vivement réagi à ces propos. « Je n’ai jamais menti », a lâché l’ancien animateur. « C’est abject », ' +
      'a-t-il estimé.',
    2,
    'Paul Girard',
  ],
  [
    'left alone: a subject named before the last quotation does not take over from the person quoted since',
    'Paul Girard a vivement réagi à ces propos. « Il a menti », a dénoncé Marc Dubois sur Europe 1. « Je le ' +
      'maintiens », a ajouté l’ancien animateur.',
    1,
    'Marc Dubois',
  ],
  [
    'left alone: a description linked by its role to someone else keeps that link',
    '« Il a menti », a dénoncé l’avocat Marc Dubois. Dans la soirée, Claire Morel a rejeté la demande. « Nous ' +
      'ferons appel », a déclaré l’avocat.',
    1,
    'Marc Dubois',
  ],
];

const QUALIFIER: Row[] = [
  [
    '"le président américain" is not the one introduced as "le président X" when the subject is another',
    'Donald Trump est monté au créneau contre la France en dénonçant la stupidité du président Emmanuel Macron. ' +
      '« Nous allons répondre », a tweeté le président américain.',
    0,
    'Donald Trump',
  ],
  [
    'left alone: the one introduced as "le président X" and subject of the sentence before',
    'Le président Emmanuel Macron a reçu les maires à l’Élysée. « Nous allons répondre », a déclaré le ' +
      'président français.',
    0,
    'Emmanuel Macron',
  ],
  [
    'left alone: a link with the same adjective holds ("le président américain Joe Biden")',
    'Le président américain Joe Biden a appelé Emmanuel Macron mardi. Le chef de l’État a décroché. « Nous ' +
      'sommes alliés », a déclaré le président américain.',
    0,
    'Joe Biden',
  ],
];

const ROLE_COMPLEMENT: Row[] = [
  [
    '"la décision du ministre X": a name after a role in a complement is no subject',
    'Marc Dubois a critiqué la décision du ministre Paul Girard. « C’est une erreur », a-t-il estimé.',
    0,
    'Marc Dubois',
  ],
  [
    'left alone: "le ministre X" opening the sentence is its subject',
    'Le ministre Paul Girard a critiqué la décision de Marc Dubois. « C’est une erreur », a-t-il estimé.',
    0,
    'Paul Girard',
  ],
];

const FRONTED: Row[] = [
  [
    'a role subject with its name after a long fronted adjunct',
    '« Les radars ne servent à rien », a estimé Christophe Martin. Dans les colonnes du Parisien vendredi 1er ' +
      'novembre, le délégué interministériel Paul Girard annonce de nouveaux radars. « Nous en avons installé ' +
      'deux cents », détaille-t-il.',
    1,
    'Paul Girard',
  ],
  [
    'left alone: an adjunct with a verb is no fronted circumstance ("Après avoir reçu …,")',
    'Après avoir reçu le délégué interministériel Paul Girard, le ministre Christophe Martin a annoncé de ' +
      'nouveaux radars. « Nous en avons installé deux cents », détaille-t-il.',
    0,
    'Christophe Martin',
  ],
];

const SECOND_MANDATE: Row[] = [
  [
    '"le député de Seine-et-Marne" re-describes the party leader when no one else holds that seat',
    'Le député LR Marc Dubois a critiqué la réforme. Olivier Faure, premier secrétaire du PS, a taxé le ' +
      'président de « faussaire ». « Le projet est pavé de bonnes intentions », écrit le député de Seine-et-Marne.',
    0,
    'Olivier Faure',
  ],
  [
    'left alone: the seat with that complement belongs to someone else',
    'Le député de Seine-et-Marne Marc Dubois a critiqué la réforme. Olivier Faure, premier secrétaire du PS, a ' +
      'répondu. « Le projet est pavé de bonnes intentions », écrit le député de Seine-et-Marne.',
    0,
    'Marc Dubois',
  ],
];

const NAMED_NEXT: Row[] = [
  [
    'a lead that describes before it names: the person named next as a subject',
    '« Nous construirons de nouvelles places », a déclaré la ministre de la Justice à la télévision. Nicole ' +
      'Martin a présenté mardi son projet aux syndicats.',
    0,
    'Nicole Martin',
  ],
  [
    '… with a demonstrative description',
    '« J’ai eu très peur, j’ai crié », raconte cette femme au Parisien. Marie Lenoir a quitté l’hôpital le ' +
      'lendemain.',
    0,
    'Marie Lenoir',
  ],
  [
    '… named as the inverted subject of an incise ("…, estime X")',
    '« Nous allons changer la loi », a annoncé le ministre de l’Intérieur à la télévision. Le texte sera débattu ' +
      'en février, estime Paul Girard.',
    0,
    'Paul Girard',
  ],
  [
    'left alone: an inverted subject of the other gender',
    '« Nous allons changer la loi », a annoncé la ministre de l’Intérieur à la télévision. Le texte sera débattu ' +
      'en février, estime Paul Girard.',
    0,
    { text: 'la ministre de l’Intérieur' },
  ],
  [
    'left alone: a person named before the description (it refers back, not forward)',
    'Paul Girard a visité la prison lundi. « Nous construirons de nouvelles places », a déclaré la ministre de ' +
      'la Justice. Nicole Martin a présenté mardi son projet aux syndicats.',
    0,
    { text: 'la ministre de la Justice' },
  ],
  [
    'left alone: the person the quotation talks about is not its speaker',
    '« Jacques Hébert nous a quittés », a rappelé le chef de l’État dans un communiqué. Jacques Hébert a ' +
      'combattu en Afrique.',
    0,
    { text: 'le chef de l’État' },
  ],
  [
    'left alone: a person named next with another office',
    '« Nous tiendrons », a déclaré le chef de l’État mardi. Le Premier ministre Jean Castex a réuni les ' +
      'ministres.',
    0,
    { text: 'le chef de l’État' },
  ],
];

const COMPOUND_PAST: Row[] = [
  [
    '"X est monté au créneau" is an action in the compound past, X the subject a pronoun continues',
    '« La taxe est légale », a déclaré Bruno Martin. Le lendemain, Donald Trump est monté au créneau contre la ' +
      'taxe. « Ce n’est pas juste », a-t-il asséné.',
    1,
    'Donald Trump',
  ],
  [
    'left alone: "X est responsable" describes X, the pronoun continues the speaker',
    '« La taxe est légale », a déclaré Bruno Martin. Pour lui, Donald Trump est responsable de la crise. « Ce ' +
      'n’est pas juste », a-t-il ajouté.',
    1,
    'Bruno Martin',
  ],
];

const NOUN_LINK: Row[] = [
  [
    'a description by the common noun the person was introduced with ("le cascadeur X … le cascadeur")',
    'Jeudi soir, le cascadeur Paul Girard a sauté du pont de Tancarville. La foule applaudissait. « J’ai eu ' +
      'très peur », a reconnu le cascadeur.',
    0,
    'Paul Girard',
  ],
  [
    '… with a complement and a comma before the name ("le chorégraphe du duo, X")',
    'Le chorégraphe du duo, Kevin Martin, prépare la répétition. Les consignes ont changé. « Tout doit passer ' +
      'par écrit », expliquait le chorégraphe à la presse.',
    0,
    'Kevin Martin',
  ],
  [
    'left alone: a noun the person was not introduced with stays unlinked',
    'Jeudi soir, l’humoriste Paul Girard est monté sur scène à Lille. Les spectateurs riaient. « Nous ' +
      'n’avons rien vu venir », a raconté le technicien.',
    0,
    { text: 'le technicien' },
  ],
];

const AGE: Row[] = [
  [
    'an age is no office complement: "le maire de 60 ans" is the mayor introduced before',
    'Le maire Paul Girard a inauguré la salle. Les habitants étaient nombreux. « C’est un grand jour », a ' +
      'déclaré le maire de 60 ans.',
    0,
    'Paul Girard',
  ],
  [
    'left alone: a place complement is another office ("le maire de Lyon")',
    'Le maire Paul Girard a inauguré la salle. Les habitants étaient nombreux. « C’est un grand jour », a ' +
      'déclaré le maire de Lyon.',
    0,
    { text: 'le maire de Lyon' },
  ],
];

const PARENTHESIS: Row[] = [
  [
    'a subject whose name is followed by its party in parentheses and a clitic ("X (Union centriste) y a vu")',
    '« Je cherche à comprendre cet amendement », a commenté Jérôme Durand. Le rapporteur Loïc Martin (Union ' +
      'centriste) y a vu une clarification. « Cet amendement est nécessaire », a-t-il ajouté.',
    1,
    'Loïc Martin',
  ],
  [
    'left alone: a name in parentheses after the subject is no subject',
    '« Je cherche à comprendre cet amendement », a commenté Jérôme Durand. Le texte (défendu par Loïc Martin) ' +
      'a été adopté. « Cet amendement est nécessaire », a-t-il ajouté.',
    1,
    'Jérôme Durand',
  ],
];

const APPOSED: Row[] = [
  [
    'a role description with the name in apposition right after it ("selon le directeur de l’OMS, X")',
    'La situation reste grave en Europe, selon le directeur des urgences de l’OMS, Michael Rey. « Les écoles ' +
      'doivent rester ouvertes », a-t-il ajouté.',
    0,
    'Michael Rey',
  ],
  [
    '… with a title before the name ("a annoncé le ministre, le Dr X")',
    '« Nous avons enregistré un nouveau cas », a annoncé le ministre, le Dr Paul Longa, mardi.',
    0,
    'Paul Longa',
  ],
  [
    'left alone: a name after a participle is an agent, not an apposition ("l’animateur, missionné par X")',
    '« Combien allez-vous m’en redonner ? », a plaisanté l’animateur, missionné par Emmanuel Macron.',
    0,
    { text: 'l’animateur' },
  ],
];

describe.each([
  ['a dative clitic names the one spoken to', DATIVE],
  ['a subject introduced after the last quotation is the topic', NEW_SUBJECT],
  ['an adjective qualifies an office', QUALIFIER],
  ['a role in a complement makes no subject', ROLE_COMPLEMENT],
  ['a subject after a fronted adjunct', FRONTED],
  ['a mandate with its complement re-describes', SECOND_MANDATE],
  ['a description before any name is named next', NAMED_NEXT],
  ['a compound past is no copula', COMPOUND_PAST],
  ['a description by the noun a person was introduced with', NOUN_LINK],
  ['an age is no office complement', AGE],
  ['a subject past a parenthesis', PARENTHESIS],
  ['a name apposed to a description', APPOSED],
])('speakers, salience: %s', (_name, rows) => {
  it.each(rows)('%s', (_why, text, index, want) => check(text, index, want));
});
