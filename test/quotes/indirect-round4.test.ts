/**
 * Indirect quotations of the fourth indirect round (src/quotes/indirect.ts, data/quotes/
 * indirect-source-adjectives.txt, selon-documents.txt): speech verbs that "faire" makes causative before "que"
 * ("fait valoir que", "faisant remarquer que"), a source named by an adjective saying which one ("selon la même
 * source"), a date between commas before an infinitive content ("a annoncé, jeudi 28 mai, vouloir …"), findings of
 * a bailiff or an audit as documents. Sentences of our own: rows that must give one quotation with its exact span,
 * kind, rule and cue, and look-alikes that must report nothing.
 */
import { describe, expect, it } from 'vitest';
import { checkFound, checkNoneReported, type FoundRow } from './reported-table.js';
import { quotes } from './speaker-table.js';

const FOUND: FoundRow[] = [
  // faire + valoir / remarquer / savoir / observer + que, at any tense, and as a participle after a comma
  [
    'Le ministre fait valoir que la réforme des retraites est nécessaire.',
    'la réforme des retraites est nécessaire',
    'indirect',
    'indirect-que',
    'valoir',
    'Le ministre',
  ],
  [
    "La syndicaliste faisait remarquer que les salaires n'avaient pas bougé depuis dix ans.",
    "les salaires n'avaient pas bougé depuis dix ans",
    'indirect',
    'indirect-que',
    'remarquer',
    'La syndicaliste',
  ],
  [
    'Le club fait savoir à ses supporters que le match se jouera à huis clos.',
    'le match se jouera à huis clos',
    'indirect',
    'indirect-que',
    'savoir',
    'Le club',
  ],
  // the first report ends before the participle, which opens a second one
  [
    'La préfecture a assuré que la situation était calme, faisant valoir que les renforts étaient arrivés.',
    'la situation était calme',
    'indirect',
    'indirect-que',
    'assuré',
    'La préfecture',
  ],
  [
    'La préfecture a assuré que la situation était calme, faisant valoir que les renforts étaient arrivés.',
    'les renforts étaient arrivés',
    'indirect',
    'indirect-que',
    'valoir',
    undefined,
  ],
  // a source phrase whose head follows "même", "seule", "seconde"
  [
    'Le navire est toujours bloqué sur le récif, selon la même source.',
    'Le navire est toujours bloqué sur le récif',
    'indirect',
    'source',
    'selon',
    'la même source',
  ],
  [
    "D'après une seconde source policière, le suspect a été interpellé dans la nuit.",
    'le suspect a été interpellé dans la nuit',
    'indirect',
    'source',
    "D'après",
    undefined,
  ],
  // a date between commas before the infinitive content
  [
    'Le maire a annoncé, jeudi 28 mai, vouloir briguer un troisième mandat.',
    'vouloir briguer un troisième mandat',
    'indirect',
    'indirect-object',
    'annoncé',
    'Le maire',
  ],
  [
    "La sénatrice avait annoncé, lundi, s'allier avec les écologistes pour le second tour.",
    "s'allier avec les écologistes pour le second tour",
    'indirect',
    'indirect-object',
    'annoncé',
    'La sénatrice',
  ],
  // a bailiff's finding or an audit as the document of "selon"
  [
    "Selon un constat d'huissier dressé en janvier, les locataires ont quitté les lieux.",
    'les locataires ont quitté les lieux',
    'indirect',
    'source',
    'Selon',
    undefined,
  ],
  [
    'Selon un audit commandé par la région, la ligne perd deux millions par an.',
    'la ligne perd deux millions par an',
    'indirect',
    'source',
    'Selon',
    undefined,
  ],
];

const LOOK_ALIKES = [
  // "faire" without a speech infinitive, or with a noun phrase, reports nothing
  'La loi fait que les élus sont responsables de leurs comptes.',
  'Cette retraitée fait valoir ses droits devant le tribunal.',
  'Le ministre fait construire une nouvelle école à Lille.',
  // "même" before a noun that is no source
  'Le même jour, selon la même procédure, les élus ont voté le budget.',
  'Ils ont mangé ensemble, selon le même rituel que chaque année.',
  // a date between commas before a noun phrase or a subject, not an infinitive
  'Le conseil a voté, jeudi 28 mai, le budget de la ville.',
  'La réunion a eu lieu, lundi, dans la salle des fêtes.',
];

describe('indirect quotations, fourth round: causatives, which source, dates between commas, findings', () => {
  it.each(FOUND)('%s → %s', (...row) => checkFound(row as FoundRow));
  it.each(LOOK_ALIKES)('no report: %s', (s) => checkNoneReported(s));
});

const FOUND_ADVERBIAL: FoundRow[] = [
  // a fixed adverbial phrase between the verb and its object or infinitive (indirect-adverbial-phrases.txt)
  [
    "La ministre a annoncé sur place la création d'un fonds d'urgence.",
    "la création d'un fonds d'urgence",
    'indirect',
    'indirect-object',
    'annoncé',
    'La ministre',
  ],
  [
    'Les distributeurs ont admis les uns après les autres avoir vendu des boîtes rappelées.',
    'avoir vendu des boîtes rappelées',
    'indirect',
    'indirect-object',
    'admis',
    'Les distributeurs',
  ],
  [
    'Le président a exprimé à nouveau son soutien aux soignants.',
    'son soutien aux soignants',
    'indirect',
    'indirect-object',
    'exprimé',
    'Le président',
  ],
  // "la question de" as the content of a speech act (content-nouns.txt)
  [
    'Le préfet a également évoqué la question des suies après l’incendie.',
    'la question des suies après l’incendie',
    'indirect',
    'indirect-object',
    'évoqué',
    'Le préfet',
  ],
];

const LOOK_ALIKES_ADVERBIAL = [
  // the phrase before a noun that is no content, or after a verb that is no speech
  'Le maire a salué à nouveau les bénévoles de la commune.',
  'Les pompiers sont restés sur place une partie de la nuit.',
  'Il a confirmé sur place des informations du Parisien.',
  // "question" as the object of a verb that is no speech
  "Le conseil a étudié la question des transports pendant l'été.",
  // a question with the subject inverted before the participle asks whether it was said
  'A-t-il déjà évoqué cette question avec le président, lui demande le journaliste ?',
  'Le maire a-t-il annoncé sa candidature aux élections ?',
];

describe('indirect quotations, fourth round: adverbial phrases before the content, "la question de"', () => {
  it.each(FOUND_ADVERBIAL)('%s → %s', (...row) => checkFound(row as FoundRow));
  it.each(LOOK_ALIKES_ADVERBIAL)('no report: %s', (s) => checkNoneReported(s));
});

const FOUND_INCISE: FoundRow[] = [
  // verbs that report only as an incise with an inverted subject (indirect-incise-verbs.txt)
  [
    "L'absentéisme sera important parmi les collégiens, anticipe le secrétaire général du syndicat.",
    "L'absentéisme sera important parmi les collégiens",
    'indirect',
    'indirect-incise',
    'anticipe',
    'le secrétaire général du syndicat',
  ],
  [
    "La facture atteindrait deux milliards d'euros, chiffre la Cour des comptes.",
    "La facture atteindrait deux milliards d'euros",
    'indirect',
    'indirect-incise',
    'chiffre',
    undefined,
  ],
  [
    'Le chômage devrait reculer en 2022, anticipe-t-elle.',
    'Le chômage devrait reculer en 2022',
    'indirect',
    'indirect-incise',
    'anticipe',
    'elle',
  ],
];

const LOOK_ALIKES_INCISE = [
  // the same verbs with an object, or a coordinated verb with its object
  'La loi anticipe une hausse des prix de l’énergie.',
  'Il pointe du doigt les retards, évalue les dégâts et repart vers la mairie.',
  'Les habitants, inquiets, calculent leurs pertes depuis la crue.',
  "L'expert a visité la maison, évalue les travaux à faire.",
];

describe('indirect quotations, fourth round: verbs that report only as an incise', () => {
  it.each(FOUND_INCISE)('%s → %s', (...row) => checkFound(row as FoundRow));
  it.each(LOOK_ALIKES_INCISE)('no report: %s', (s) => checkNoneReported(s));
});

const FOUND_LATE: FoundRow[] = [
  // a colon after an object naming a statement (indirect-colon-nouns.txt)
  [
    'Le président réaffirme la position officielle : la France ne paie pas de rançon pour ses otages.',
    'la France ne paie pas de rançon pour ses otages',
    'indirect',
    'indirect-colon',
    'réaffirme',
    undefined,
  ],
  [
    "La préfecture a rappelé les consignes : ne pas sortir et rester à l'écoute de la radio.",
    "ne pas sortir et rester à l'écoute de la radio",
    'indirect',
    'indirect-colon',
    'rappelé',
    'La préfecture',
  ],
  // "Pour X," after an intertitle glued to the sentence
  [
    'Tout est à nouveau sale. - Des eaux verdâtres -Pour lui, les chalutiers sont responsables de cette pollution.',
    'les chalutiers sont responsables de cette pollution',
    'indirect',
    'pour',
    'Pour',
    'lui',
  ],
  // a verb that is speech only in its phrase: the quoted object after the phrase
  [
    'Le syndicat met en garde contre « une casse sociale » dans le secteur.',
    '« une casse sociale » dans le secteur',
    'mixed',
    'indirect-quoted-object',
    'met',
    'Le syndicat',
  ],
];

const LOOK_ALIKES_LATE = [
  // a colon after an object that names no statement
  'Le maire a confirmé le programme : trois concerts et un feu d’artifice sur le port.',
  // "Pour" with its capital in a title, and a time phrase after an intertitle
  'Les spectateurs ont découvert le documentaire Pour Sama, réalisé par une journaliste syrienne.',
  'Une rencontre décisive Pour la première fois, les deux dirigeants se sont serré la main.',
];

describe('indirect quotations, fourth round (after the blind check): colons after a statement, glued "Pour", phrases', () => {
  it.each(FOUND_LATE)('%s → %s', (...row) => checkFound(row as FoundRow));
  // none of these rules reads them (the object rule may still read "a confirmé le programme")
  it.each(LOOK_ALIKES_LATE)('not read by these rules: %s', (s) => {
    const found = quotes(s).filter((q) =>
      ['indirect-colon', 'pour', 'indirect-quoted-object'].includes(q.rule),
    );
    expect(found).toEqual([]);
  });
});

const FOUND_AGREEMENT: FoundRow[] = [
  // a plural verb with a plural or coordinated inverted subject stays an incise
  [
    'Le suspect a été interpellé, ont indiqué une source policière et le parquet.',
    'Le suspect a été interpellé',
    'indirect',
    'indirect-incise',
    'indiqué',
    undefined,
  ],
  [
    'Le suspect a été interpellé, précisent les deux groupes dans un communiqué.',
    'Le suspect a été interpellé',
    'indirect',
    'indirect-incise',
    'précisent',
    'les deux groupes',
  ],
  [
    'Au total, 119 personnes ont été arrêtées, ont indiqué le ministère américain et Europol dans un communiqué.',
    'Au total, 119 personnes ont été arrêtées',
    'indirect',
    'indirect-incise',
    'indiqué',
    undefined,
  ],
  // singulars in -ent ("prévient", "dément") are no plurals
  [
    'La circulation sera très perturbée, prévient la RATP ce mardi.',
    'La circulation sera très perturbée',
    'indirect',
    'indirect-incise',
    'prévient',
    undefined,
  ],
  [
    'Le projet est abandonné, dément le ministère.',
    'Le projet est abandonné',
    'indirect',
    'indirect-incise',
    'dément',
    'le ministère',
  ],
  // an infinitive after a modal and "à" is still a report
  [
    'Il a tenu à préciser que rien ne changerait.',
    'rien ne changerait',
    'indirect',
    'indirect-que',
    'préciser',
    'Il',
  ],
];

const LOOK_ALIKES_AGREEMENT = [
  // a plural verb before a singular noun phrase: its object, not its subject
  'Des jantes noires de 18 pouces abritant des étriers rouges, complètent l’ensemble aux côtés d’un marquage spécifique.',
  // a direct quotation whose closing mark is missing, with its incise
  '« Il faut une augmentation du Smic, tous ceux qu’on a applaudi sont payés comme avant, a jugé le syndicaliste.',
  // the writer's aside
  'À noter que les deux affaires pourraient être frappées de prescription.',
  'À rappeler que la loi interdit ces pratiques depuis 2015.',
];

describe('indirect quotations, fourth round: agreement of an incise, the writer’s aside', () => {
  it.each(FOUND_AGREEMENT)('%s → %s', (...row) => checkFound(row as FoundRow));
  it.each(LOOK_ALIKES_AGREEMENT)('no report: %s', (s) => checkNoneReported(s));
});

const FOUND_HOLDERS: FoundRow[] = [
  // people named by their stance hold the opinion of "Pour X," and "selon X" (indirect-opinion-holders.txt)
  [
    'Pour ses détracteurs, la réforme est injuste et brutale.',
    'la réforme est injuste et brutale',
    'indirect',
    'pour',
    'Pour',
    'ses détracteurs',
  ],
  [
    'Selon ses partisans, le président a tenu ses promesses.',
    'le président a tenu ses promesses',
    'indirect',
    'source',
    'Selon',
    'ses partisans',
  ],
  [
    'Pour ses alliés, le député est un homme discret.',
    'le député est un homme discret',
    'indirect',
    'pour',
    'Pour',
    'ses alliés',
  ],
];

describe('indirect quotations, fourth round: opinion holders named by their stance', () => {
  it.each(FOUND_HOLDERS)('%s → %s', (...row) => checkFound(row as FoundRow));
  // friends and fans are as often those a thing is done for: not opinion holders
  it.each([
    'Pour ses amis, il a organisé une grande fête dans son jardin.',
    'Pour les fans, le concert a été reporté à la semaine prochaine.',
  ])('not an opinion: %s', (s) => {
    expect(quotes(s).filter((q) => q.rule === 'pour')).toEqual([]);
  });
});
