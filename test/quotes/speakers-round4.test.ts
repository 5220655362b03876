/**
 * Speakers of direct quotations: the error families of the fourth round's unlabelled sample (OrangeSum train,
 * seed 53, judged before any change) and of the previous round's blind sample, one table per rule. Sentences are
 * our own. Many rows want someone other than the most recent person named, or an unlinked mention, or null; the
 * last rows of each table are the cases the rule must leave alone.
 */
import { describe } from 'vitest';
import { type Row, speakerRows } from './speaker-table.js';

const LONG =
  '« Cela fait des années. Contre les uns. Contre les autres. Contre tout. Contre rien. Voilà. Ça suffit »';

const NARRATIVE: Row[] = [
  [
    'the sentences of a long quotation do not push the subject named just before it out of reach',
    `Le politologue Paul Girard, membre du parti, a nuancé ces propos. ${LONG}, a-t-il jugé samedi.`,
    0,
    'Paul Girard',
  ],
  [
    'nor the speaker quoted before the long quotation, for a pronoun after it (not the man named inside it)',
    `« Nous irons jusqu'au bout », a déclaré Paul Girard. ${LONG.replace('les uns', 'Marc Dubois')}, a-t-il ajouté.`,
    1,
    'Paul Girard',
  ],
  [
    'a person named seven narrative sentences before is still out of reach: the pronoun stays unresolved',
    'Paul Girard est arrivé lundi. La réforme divise. Les députés hésitent. Le Sénat attend. Les syndicats protestent. Le patronat se tait. Les sondages varient. « Il faut agir », a-t-il dit.',
    0,
    { text: 'il' },
  ],
];

const OTHER_ANTECEDENT: Row[] = [
  [
    'a pronoun does not refer to a thing quoted before ("l\'information"): the woman named as its subject',
    "« La cérémonie aura lieu lundi », a confirmé l'information. La cérémonie se tiendra là où vit Claire Morel. « Ça a été horrible », s'était-elle souvenue.",
    1,
    'Claire Morel',
  ],
  [
    'an unlinked person description ("un témoin") is still the antecedent of "il"',
    "« Nous avons vu le feu », raconte un témoin. « C'était terrible », ajoute-t-il.",
    1,
    { text: 'il' },
  ],
  [
    'and a role noun description ("l\'avocat")',
    "Le procès a repris lundi. « Mon client est innocent », a plaidé l'avocat. « Il n'était pas là », a-t-il ajouté.",
    1,
    { text: 'il' },
  ],
];

const COLON_CLAUSE: Row[] = [
  [
    'a colon introduction with no speech verb: the person the clause names, not the last speaker',
    "« Macron, c'est le Clemenceau de 1906 », lance un collaborateur. La stratégie semble validée par la récente attaque de Paul Girard, sur BFMTV : « Je n'ai pas compris ce choix ».",
    1,
    'Paul Girard',
  ],
  [
    'a charge "de Zemmour" closing a dialogue: Zemmour',
    '« Vous ne pouvez pas dire cela », a lancé Paul Girard. Les dialogues se sont terminés par une nouvelle charge de Marc Dubois : « Les soldats sont des guerriers ».',
    1,
    'Marc Dubois',
  ],
  [
    'a colon clause naming nobody keeps the context: the speaker before ("Et de conclure")',
    "« Nous irons jusqu'au bout », a déclaré Paul Girard. Et de conclure : « Rien ne nous arrêtera ».",
    1,
    'Paul Girard',
  ],
];

const APPOSITION_CHAIN: Row[] = [
  [
    'a role whose name comes after a second apposition: the name, not the man quoted before',
    "« C'est frustrant », a déploré le communiste Paul Girard. « Sortons du règlement de temps en temps », a suggéré le président du groupe MoDem, deuxième pilier de la majorité, Marc Dubois.",
    1,
    'Marc Dubois',
  ],
  [
    'the same after "et" + a second role',
    '« Le vote par internet existe », a dit Paul Girard. « Nous appelons le gouvernement à agir », a déclaré pour sa part le maire de Nancy, et président du Mouvement radical, Laurent Hénart.',
    1,
    'Laurent Hénart',
  ],
  [
    'not a person named after a complement ("aux côtés de son homologue, X"): the role, unlinked',
    '« Nous signerons demain », a expliqué le ministre, aux côtés de son homologue, Paul Girard.',
    0,
    { text: 'le ministre' },
  ],
];

const DESCRIPTION: Row[] = [
  [
    'an occupation describes the person just quoted even when she holds an office ("directrice du Média")',
    "Les propos de Claire Morel, directrice du Média, font polémique. « Cette phrase est inaudible », a-t-elle écrit. « Ces gens ne se battent pas loyalement », s'est indignée la journaliste sur Twitter.",
    1,
    'Claire Morel',
  ],
  [
    '"l\'édile" describes the mayor the text just named as a source, not the man quoted before him',
    "« C'est un privilège », dit Paul Girard, forgeron. Le projet est un « élément consubstantiel » aux habitants, selon son maire Marc Dubois. « Tout l'intérêt de ce projet est d'en faire un projet participatif », estime l'édile.",
    1,
    'Marc Dubois',
  ],
  [
    'an office is still not given to a person holding another one: "le procureur" after the lawyer stays unlinked',
    '« Mon client est innocent », a plaidé Paul Girard, avocat de la famille. « Les faits sont graves », a répondu le procureur.',
    1,
    { text: 'le procureur' },
  ],
  [
    'nor an occupation another person holds: "la journaliste" named for someone else',
    'La journaliste Anne Durand a enquêté. « Cette phrase est inaudible », a écrit Claire Morel, directrice du Média. « Ces gens ne se battent pas loyalement », a répondu la journaliste.',
    1,
    'Anne Durand',
  ],
];

const INTERTITLE: Row[] = [
  [
    'an intertitle in capitals repeating a quotation with another determiner: the speaker of that quotation',
    '« Le débat est clos », a dit Paul Girard. « UN BESOIN URGENT DE RÉFORMER LA PROCÉDURE » Pour Claire Morel, « ces débats montrent le besoin urgent de réformer la procédure », a-t-elle tweeté.',
    1,
    'Claire Morel',
  ],
];

const INITIALS: Row[] = [
  [
    'a transcript by initials: the person named before with those initials, not the last speaker',
    'Patrick Cohen a attaqué : « Vous ne pouvez pas dire cela, Marc Dubois ». Marc Dubois : « Mais vous non plus ». PC : « Sûrement pas vous ». MD : « Mais si ».',
    2,
    'Patrick Cohen',
  ],
  [
    'the other speaker of the transcript',
    'Patrick Cohen a attaqué : « Vous ne pouvez pas dire cela, Marc Dubois ». Marc Dubois : « Mais vous non plus ». PC : « Sûrement pas vous ». MD : « Mais si ».',
    3,
    'Marc Dubois',
  ],
  [
    'initials two people share name nobody: the mention, unlinked',
    'Paul Chevalier et Pierre Colin sont arrivés. PC : « Nous sommes là ».',
    0,
    { text: 'PC' },
  ],
];

const ONE_PERSON_NAMED: Row[] = [
  [
    'a description after the one person the sentence before names, not as a subject: that person',
    "C'est un Jean Dupont méconnaissable qui était à la radio vendredi. « Je me suis fait aider », a expliqué le chef.",
    0,
    'Jean Dupont',
  ],
  [
    'a description after the one person named in the sentence before, in any position: that person',
    "Le gouvernement va devoir répondre, a estimé lundi Ségolène Royal. « Là, il y a un vrai danger, a déclaré l'ancienne ministre. Il faut faire attention »",
    0,
    'Ségolène Royal',
  ],
  [
    'not when the determiner tells a gender the person is not known to have: unlinked',
    'Le concert a été annulé, a annoncé lundi Elijah Blue. « Je suis désolée », a déclaré la chanteuse.',
    0,
    { text: 'la chanteuse' },
  ],
  [
    'not when another person is named between: unlinked',
    "La visite de Paul Girard chez Ségolène Royal a surpris. « Il y a un vrai danger », a déclaré l'ancienne ministre.",
    0,
    { text: "l'ancienne ministre" },
  ],
];

const AFTER_BLIND: Row[] = [
  [
    'a role before a verb gives no gender to the name after it ("la ministre rappelle qu\'Emmanuel Macron"): "elle" is the minister',
    "Agnès Buzyn s'attaque à la réforme. La ministre rappelle qu'Emmanuel Macron avait promis de ne rien toucher. « Mettre fin à l'universalité décevrait les Français », écrit-elle.",
    0,
    'Agnès Buzyn',
  ],
  [
    'a colon clause opening on its verb is no noun phrase ("a balayé cette rivale :"): the subject before it',
    "Alexandre Loukachenko dirige le pays depuis 1994. Le président, jamais avare de déclarations, a balayé cette rivale : « Notre société n'est pas prête ».",
    0,
    'Alexandre Loukachenko',
  ],
  [
    'nor a time complement ("pas pour cette fois :"): the person the sentence is about',
    'Alors Paul Girard, candidat ? Pour le moment pas pour cette fois : « Je ne peux pas dire ce qui se passera ».',
    0,
    'Paul Girard',
  ],
];

describe('speakers, fourth round', () => {
  for (const [name, rows] of [
    ['sentences inside a quotation do not count in the windows', NARRATIVE],
    ['a pronoun refers to a person description, not a thing', OTHER_ANTECEDENT],
    ['a colon clause names its speaker', COLON_CLAUSE],
    ['a name after a second apposition', APPOSITION_CHAIN],
    ['occupations and press descriptions of a person', DESCRIPTION],
    ['an intertitle takes the speaker of the quotation it repeats', INTERTITLE],
    ['initials in a transcript', INITIALS],
    ['the one person named just before', ONE_PERSON_NAMED],
    ['fixes after the first blind sample', AFTER_BLIND],
  ] as const)
    describe(name, () => {
      speakerRows(rows);
    });
});
