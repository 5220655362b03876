/**
 * Speakers of direct quotations: the families of errors found on the third issue-17 unlabelled sample
 * (OrangeSum train, seed 41, judged before any change), one table per rule written for them. Sentences are our
 * own. Many rows want someone other than the most recent person named, or an unlinked mention, or null; the
 * last rows of each table are the cases the rule must leave alone.
 */
import { describe } from 'vitest';
import { type Row, speakerRows } from './speaker-table.js';

const NAMED_LATER: Row[] = [
  [
    'an article opening on « … », a-t-il dit: the pronoun is the man named later as a speaker',
    '« Je suis favorable à cette proposition », a-t-il dit lundi. « Il est légitime d’y réfléchir », a-t-il ajouté. Le chef de l’État veut un référendum. La réforme divise les juristes. Le Sénat reste prudent. « La rédaction menace nos libertés », a commenté M. Paul Girard.',
    0,
    'Paul Girard',
  ],
  [
    'the second pronoun of the chain too, not only the first',
    '« Je suis favorable à cette proposition », a-t-il dit lundi. « Il est légitime d’y réfléchir », a-t-il ajouté. Le chef de l’État veut un référendum. La réforme divise les juristes. Le Sénat reste prudent. « La rédaction menace nos libertés », a commenté M. Paul Girard.',
    1,
    'Paul Girard',
  ],
  [
    'not a woman named later for "il": the pronoun stays unresolved',
    '« Je suis favorable à cette proposition », a-t-il dit lundi. La réforme divise. « La rédaction menace nos libertés », a commenté Mme Claire Morel.',
    0,
    { text: 'il' },
  ],
  [
    'not when a person was quoted before the pronoun: that speaker is its antecedent, not the one named later',
    '« Nous allons voter », a déclaré Paul Girard. « Il est légitime d’y réfléchir », a-t-il ajouté. « La rédaction menace nos libertés », a commenté Marc Dubois.',
    1,
    'Paul Girard',
  ],
  [
    'not a person quoted far later (more than eight sentences): the pronoun stays unresolved',
    '« Je suis favorable à cette proposition », a-t-il dit. La réforme divise. Les députés hésitent. Le Sénat attend. Les syndicats protestent. Le patronat se tait. Les sondages varient. La presse commente. Le calendrier glisse. « La rédaction menace nos libertés », a commenté M. Paul Girard.',
    0,
    { text: 'il' },
  ],
];

const SUBJECT_LATER: Row[] = [
  [
    'an opening pronoun chain with no named speaker after it: the person then named as a subject',
    '« Tu sais pourquoi papa était parti ? », demande-t-il à sa fille. « C’était dur », ajoute-t-il. « Ils sont cinq dans une chambre », ajoute-t-il. « Il y avait des rats. » Paul Girard a été remis en liberté jeudi.',
    0,
    'Paul Girard',
  ],
  [
    'not a woman named as the subject for "il"',
    '« Tu sais pourquoi papa était parti ? », demande-t-il à sa fille. Mme Claire Morel a été remise en liberté jeudi.',
    0,
    { text: 'il' },
  ],
  [
    'a medium quoted between the pronouns does not break the chain; the man named later as a speaker',
    '« Je me permets de répondre », a-t-il dit. « La situation est grave », écrit Le Monde. « C’est ce qui me révolte le plus », déplore-t-il. Le Sénat débat. La presse commente. Le calendrier glisse. « Il faut agir », a conclu M. Paul Girard.',
    2,
    'Paul Girard',
  ],
];

const SECOND_ROLE: Row[] = [
  [
    'a former office of the person just quoted ("l’ancienne ministre" after the region president)',
    'La présidente de la région, Claire Morel, veut rassurer. « Nous proposons un retour progressif », précise l’ancienne ministre.',
    0,
    'Claire Morel',
  ],
  [
    'an occupation that adds to an office ("la finaliste de la présidentielle" after the party president)',
    '« Ce régime fait peur », a écrit la présidente du parti, Claire Morel. « Jusqu’où vont-ils aller ? », a aussi tweeté la finaliste de la présidentielle.',
    1,
    'Claire Morel',
  ],
  [
    'an occupation linked by a bare apposition ("Lucas, jeune graphiste de l’entreprise … se souvient le graphiste")',
    'Lucas Martin, jeune graphiste de l’entreprise, se cache. « Mon cœur s’est arrêté de battre », se souvient le graphiste.',
    0,
    'Lucas Martin',
  ],
  [
    'another office is another person ("le procureur" after the lawyer just quoted): unlinked',
    '« Mon client est innocent », a déclaré l’avocat Paul Girard. « Les preuves sont accablantes », a répondu le procureur.',
    1,
    { text: 'le procureur' },
  ],
  [
    'an occupation that the text gave someone else is not the speaker just quoted',
    'L’architecte Marc Dubois veut une flèche à l’identique. « Il faut avancer », a déclaré Paul Girard. « Je restaure ce qui existe », a répliqué l’architecte.',
    1,
    'Marc Dubois',
  ],
];

const MANDATES: Row[] = [
  [
    'an elected mandate of the party president just quoted ("la députée du Pas-de-Calais")',
    '« Ce statut d’alerte ne me surprend pas », a déclaré la présidente du parti, Claire Morel. « Je ne polémiquerai pas là-dessus », a ajouté la députée du Pas-de-Calais.',
    1,
    'Claire Morel',
  ],
  [
    'not when the text gave the mandate to someone else: that person',
    'Le député du Nord Marc Dubois est présent. « Ce statut d’alerte ne me surprend pas », a déclaré la présidente du parti, Claire Morel. « Je ne polémiquerai pas », a ajouté le député.',
    1,
    'Marc Dubois',
  ],
];

const LAST_SPEAKER: Row[] = [
  [
    'the person quoted four sentences back when nobody else was named since',
    '« Ce régime commence à faire peur », a écrit Claire Morel. L’ordonnance a été rendue le 11 septembre. Elle vise un examen psychiatrique. Le parquet de Nanterre n’a pas commenté. « Je croyais avoir eu droit à tout », a aussi tweeté la candidate.',
    1,
    'Claire Morel',
  ],
  [
    'not over another person named since: the description stays unlinked',
    '« Ce régime commence à faire peur », a écrit Claire Morel. La juge Anne Petit a ordonné un examen. Cet examen vise à vérifier sa santé. L’affaire fait grand bruit. « Je croyais avoir eu droit à tout », a aussi tweeté la candidate.',
    1,
    { text: 'la candidate' },
  ],
  [
    'not over an organisation quoted since ("…, écrit Libération. « … », conclut l’auteur")',
    '« On a interrogé les seules personnes présentes », a expliqué Paul Girard. « Il reste une solution », écrit de son côté Libération. « La préfecture a installé une caméra », conclut l’auteur.',
    2,
    { text: 'l’auteur' },
  ],
];

const MEDIUM: Row[] = [
  [
    'a definite medium noun describes the medium quoted last ("…, note le Canard enchaîné. « … », conclut le journal")',
    '« Contourner l’interdit est un jeu d’enfant », note encore Libération. « Sans quoi cette conversation n’aurait pu être écoutée », conclut le journal.',
    1,
    'Libération',
  ],
  [
    'with an adjective or a complement ("ajoute le média en ligne", "nuance la chaîne d’information")',
    '« Les taux ont été relevés dans des écoles », affirme Mediapart. « Seul fait référence le seuil de 70 microgrammes », ajoute le média en ligne.',
    1,
    'Mediapart',
  ],
  [
    'not a person quoted last: the medium noun stays an unlinked organisation',
    '« Les taux ont été relevés », affirme Paul Girard. « Seul fait référence le seuil de 70 microgrammes », ajoute le journal.',
    1,
    { text: 'le journal' },
  ],
];

const ORG_NAME: Row[] = [
  [
    'a name right after an organisation noun names the organisation ("le groupe Pierre"; a guard: the entity stage may read the name as a person)',
    '« Les ventes ont bondi de 150 % », indique le groupe Pierre.',
    0,
    { text: 'le groupe Pierre', type: 'ORG' },
  ],
  [
    'a person after the role noun still speaks ("le ministre Paul Girard")',
    '« Les ventes ont bondi de 150 % », indique le ministre Paul Girard.',
    0,
    'Paul Girard',
  ],
];

const CUES: Row[] = [
  [
    '"a riposté X": riposter is a speech verb; not the speaker quoted before',
    '« Il a menti à la presse », a écrit Claire Morel. « Il n’y a aucun danger », a riposté Paul Girard.',
    1,
    'Paul Girard',
  ],
  [
    '"a notamment twitté une internaute": an indefinite speaker, not the medium named before',
    'Le mot-clé est populaire, souligne Libération. « Internet, nous devons trouver cet homme », a notamment twitté une internaute.',
    0,
    { text: 'une internaute' },
  ],
];

const ORDINALS: Row[] = [
  [
    '"la première" is the first of the pair just coordinated, not the man quoted last',
    '« Nous avons tout respecté », a déclaré Paul Girard. Le débat oppose sur Twitter Claire Morel et le maire. « Il a menti à la presse », a écrit la première.',
    1,
    'Claire Morel',
  ],
  [
    '"le second" is the second name of the pair',
    'Le débat oppose Claire Morel et Paul Girard. « Je maintiens tout », a répondu le second.',
    0,
    'Paul Girard',
  ],
  [
    'no pair before: "le premier" stays an unlinked mention',
    'Le débat fait rage à Lyon. « Je maintiens tout », a répondu le premier.',
    0,
    { text: 'le premier' },
  ],
];

const MEDIUM_NEXT: Row[] = [
  [
    'a medium described before it is named as the next speaker ("dénonce le journal satirique. « … », note encore Libération")',
    'Le journal publie un procès-verbal. « Adieu la protection des sources », dénonce le journal satirique. « Contourner l’interdit est un jeu d’enfant », note encore Libération.',
    0,
    'Libération',
  ],
  [
    'not a medium named two sentences further on: the description stays unlinked',
    'Le journal publie un procès-verbal. « Adieu la protection des sources », dénonce le journal satirique. Le procès est prévu en novembre. La défense conteste. « Contourner l’interdit est un jeu d’enfant », note encore Libération.',
    0,
    { text: 'le journal satirique' },
  ],
];

const FIRST_NAMES: Row[] = [
  [
    'a first name spelt without its accent has its gender ("Valerie"): "a-t-il dit" is the prefect, not her',
    '« Les bars fermeront à 22 heures », a déclaré le préfet Paul Girard. « Le facteur est revenu à 1,04 », a précisé Valerie Denux. « Il faudra voir en fonction des chiffres », a-t-il dit.',
    2,
    'Paul Girard',
  ],
];

const APPOSITIONS: Row[] = [
  [
    'a colon introduction after a name and its bare-noun apposition ("X, capitaine des pompiers :"): the person',
    'Le feu couve depuis lundi. Marc Dubois, capitaine des pompiers de la ville : « Nous espérons que l’avion aura un bon impact. »',
    0,
    'Marc Dubois',
  ],
  [
    'a name in apposition after a place complement ("l’adversaire des Ceccaldi à Puteaux, X")',
    'Le maire est mort jeudi. « Un sacré personnage », a commenté l’adversaire politique principal des Ceccaldi à Puteaux, Marc Dubois.',
    0,
    'Marc Dubois',
  ],
  [
    'a colon introduction by a role noun phrase with its determiner stays the role',
    'Le feu couve depuis lundi. Le capitaine des pompiers de la ville : « Nous espérons que l’avion aura un bon impact. »',
    0,
    { text: 'Le capitaine des pompiers de la ville' },
  ],
];

const AGENT: Row[] = [
  [
    'a name after "par" is an agent, not a subject: "déclare-t-il" is the man quoted before, not the founder',
    '« Il faut refonder notre légitimité », a dit Paul Girard. Il dirige la maison créée il y a 350 ans par Louis Martin. « Réformer l’Opéra est une vieille ambition », déclare-t-il.',
    1,
    'Paul Girard',
  ],
];

const MEDIUM_INTRODUCED: Row[] = [
  [
    'a medium introduced by its noun and an unrecognised name is that one: no link to an agency quoted in between',
    'Des substances indésirables persistent, déplore le magazine 60 millions de consommateurs. L’Anses avait recommandé « d’améliorer la qualité de ces produits ». « Trois ans après, nous avons vérifié », indique le magazine.',
    0,
    { text: 'le magazine' },
  ],
];

const COLON_CLAUSE: Row[] = [
  [
    'a colon introduction by a clause: its subject speaks ("X y est aussi allée de son coup de gueule :")',
    '« Il est peu probable qu’on gagne », a déploré un participant. La secrétaire d’État à l’Égalité entre les femmes et les hommes Claire Morel y est aussi allée de son coup de gueule : « Ne comptez plus sur moi. »',
    1,
    'Claire Morel',
  ],
  [
    'a subject role noun phrase before a reflexive verb ("le jeune conducteur s’en prend à une policière :")',
    'Les policiers le ramènent au commissariat. Alors qu’il est ramené, le jeune conducteur s’en prend à une policière : « T’es contente ! »',
    0,
    { text: 'le jeune conducteur' },
  ],
];

const MORE_APPOSITIONS: Row[] = [
  [
    'a name after a noun phrase, "et" and a second role with its complement ("son collègue et secrétaire du syndicat FO, X")',
    '« En 24 ans, c’est la première fois », confie son collègue et secrétaire interrégional du syndicat FO, Paul Girard.',
    0,
    'Paul Girard',
  ],
];

const COPULA: Row[] = [
  [
    'the subject of a copula is described, not speaking: "confie-t-il" is the director, not the friend he defends',
    'Le réalisateur Paul Girard prend la défense de Marc Dubois. Pour lui, Marc Dubois est victime d’une machination. « Son mode de vie est le même que celui des autres dirigeants », confie-t-il.',
    0,
    'Paul Girard',
  ],
];

const DESCRIPTIONS: Row[] = [
  [
    '"celui qui …" refers like "il": the man quoted before, not the woman named since',
    '« Nous ne lâcherons pas les salariés », a déclaré Paul Girard. La ministre Claire Morel est attendue lundi. « On ne lâchera rien », a martelé celui qui promet de sauver l’usine.',
    1,
    'Paul Girard',
  ],
  [
    '"le spécialiste" linked by apposition ("Paul Girard, spécialiste en maladies infectieuses")',
    'Une véritable épidémie, déplore le professeur Paul Girard, spécialiste en maladies infectieuses. « On peut en mourir », assure le professeur. « Certains de nos patients y étaient », assure le spécialiste.',
    1,
    'Paul Girard',
  ],
  [
    'an indefinite member of a named organisation is an unlinked person, not the organisation',
    '« Cet incident montre le problème », déplore un membre du syndicat Alliance Police Nationale.',
    0,
    { text: 'un membre du syndicat Alliance Police Nationale', type: 'OTHER' },
  ],
];

const IMPERSONAL: Row[] = [
  [
    'an impersonal passive ("est-il expliqué sur le site"): nobody, not the man named before',
    'La boutique vend des objets de Paul Girard. « Le prochain chantier est celui de la salle des fêtes », est-il également expliqué sur le site.',
    0,
    null,
  ],
  [
    'a reflexive verb is no impersonal passive ("s’est-il souvenu"): the man quoted before',
    '« Vous répondiez par des attaques rapides », a dit Paul Girard. « Un bijou de football », s’est-il souvenu.',
    1,
    'Paul Girard',
  ],
];

const TABLES: [string, Row[]][] = [
  ['pronouns named later (cataphora at the opening of an article)', NAMED_LATER],
  ['an opening pronoun chain and the subject named after it', SUBJECT_LATER],
  ['a second role of the person just quoted', SECOND_ROLE],
  ['elected mandates of the person just quoted', MANDATES],
  ['the person quoted last, further back', LAST_SPEAKER],
  ['media described by a noun', MEDIUM],
  ['an organisation noun and its name', ORG_NAME],
  ['speech verbs', CUES],
  ['ordinals of a pair', ORDINALS],
  ['a medium named as the next speaker', MEDIUM_NEXT],
  ['first names without their accents', FIRST_NAMES],
  ['names in apposition', APPOSITIONS],
  ['agents after par', AGENT],
  ['a medium introduced by its noun', MEDIUM_INTRODUCED],
  ['colon introductions by a clause', COLON_CLAUSE],
  ['a name after a second role', MORE_APPOSITIONS],
  ['subjects of a copula', COPULA],
  ['demonstratives, specialists and members', DESCRIPTIONS],
  ['impersonal passives', IMPERSONAL],
];

for (const [name, rows] of TABLES)
  describe(`session-7 speakers: ${name}`, () => {
    speakerRows(rows);
  });
