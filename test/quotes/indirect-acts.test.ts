/**
 * Indirect quotations of the ninth round (src/quotes/indirect.ts, data/quotes/indirect-frames.txt,
 * indirect-act-verbs.txt, not-colon-verbs.txt): fixed phrases of speech acts, indirect questions, calls,
 * accusations, colon introductions without marks and incises the earlier rules missed. Sentences of our own: a row
 * per frame that must find the content (with its rule, so that each frame is tested where it fires), and a
 * false-positive table of the look-alikes each frame must leave alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFound, checkNoneReported, type FoundRow } from './reported-table.js';
import { quotes } from './speaker-table.js';

const FOUND: FoundRow[] = [
  // fixed phrases: a verb of indirect-act-verbs.txt with its particle
  [
    'La directrice a fait part de son inquiétude après la fermeture du service.',
    'son inquiétude après la fermeture du service',
    'indirect',
    'indirect-act',
    'fait',
    'La directrice',
  ],
  [
    "Les deux maires se sont engagés à rouvrir la piscine avant l'été.",
    "rouvrir la piscine avant l'été",
    'indirect',
    'indirect-act',
    'engagés',
    'Les deux maires',
  ],
  [
    'Le médecin de famille a mis en garde contre une automédication excessive.',
    'une automédication excessive',
    'indirect',
    'indirect-act',
    'mis',
    'Le médecin de famille',
  ],
  [
    'Plusieurs chercheurs ont mis en doute la fiabilité de ces tests rapides.',
    'la fiabilité de ces tests rapides',
    'indirect',
    'indirect-act',
    'mis',
    'Plusieurs chercheurs',
  ],
  [
    'Les locataires se plaignent du bruit des travaux depuis des mois.',
    'du bruit des travaux depuis des mois',
    'indirect',
    'indirect-act',
    'plaignent',
    'Les locataires',
  ],
  [
    'Le club a présenté ses excuses aux supporters lésés.',
    'ses excuses aux supporters lésés',
    'indirect',
    'indirect-act',
    'présenté',
    'Le club',
  ],
  // fixed phrases of speech verbs
  [
    "L'entraîneur a insisté sur la nécessité de rester concentré.",
    'la nécessité de rester concentré',
    'indirect',
    'indirect-act',
    'insisté',
    undefined,
  ],
  [
    'Les élus de la région plaident pour une meilleure desserte ferroviaire.',
    'une meilleure desserte ferroviaire',
    'indirect',
    'indirect-act',
    'plaident',
    'Les élus de la région',
  ],
  [
    'La fédération a plaidé en faveur d’un calendrier allégé.',
    'un calendrier allégé',
    'indirect',
    'indirect-act',
    'plaidé',
    'La fédération',
  ],
  [
    'Les riverains s’interrogent sur le coût réel du chantier.',
    'le coût réel du chantier',
    'indirect',
    'indirect-act',
    'interrogent',
    'Les riverains',
  ],
  [
    'La commune s’est félicitée de la baisse des accidents sur la rocade.',
    'la baisse des accidents sur la rocade',
    'indirect',
    'indirect-act',
    'félicitée',
    'La commune',
  ],
  // indirect questions
  [
    'Les parents se demandent si la cantine rouvrira à la rentrée.',
    'si la cantine rouvrira à la rentrée',
    'indirect',
    'indirect-question',
    'demandent',
    'Les parents',
  ],
  [
    "La sénatrice a demandé pourquoi l'appel d'offres avait été annulé.",
    "pourquoi l'appel d'offres avait été annulé",
    'indirect',
    'indirect-question',
    'demandé',
    'La sénatrice',
  ],
  [
    'Le chef de chantier a expliqué comment les piliers seraient renforcés.',
    'comment les piliers seraient renforcés',
    'indirect',
    'indirect-question',
    'expliqué',
    'Le chef de chantier',
  ],
  // calls and accusations
  [
    'La préfète a appelé les automobilistes à la plus grande vigilance.',
    'à la plus grande vigilance',
    'indirect',
    'indirect-call',
    'appelé',
    'La préfète',
  ],
  [
    'Le syndicat accuse la direction de mépris envers les salariés.',
    'de mépris envers les salariés',
    'indirect',
    'indirect-charge',
    'accuse',
    'Le syndicat',
  ],
  [
    "L'entraîneur a été accusé de harcèlement par deux anciennes joueuses.",
    'de harcèlement',
    'indirect',
    'indirect-charge',
    'accusé',
    'deux anciennes joueuses',
  ],
  [
    'Le maire a qualifié le projet de démesuré.',
    'de démesuré',
    'indirect',
    'indirect-charge',
    'qualifié',
    'Le maire',
  ],
  // after an apposition between commas the verb is the main clause's, not an incise: its infinitive is the content
  [
    'Tous, joints par la radio, disent connaître un voisin malade.',
    'connaître un voisin malade',
    'indirect',
    'indirect-object',
    'disent',
    undefined,
  ],
  // a participle about an incise's speaker; a document as a source
  [
    'Les loyers ont augmenté de 4 % en un an, indique une étude du site Seloger publiée lundi et relayée par Les Echos.',
    'Les loyers ont augmenté de 4 % en un an',
    'indirect',
    'indirect-incise',
    'indique',
    undefined,
  ],
  [
    'Le suspect avait repéré les lieux la veille, selon une vidéo saisie par les enquêteurs.',
    'Le suspect avait repéré les lieux la veille',
    'indirect',
    'source',
    'selon',
    undefined,
  ],
  // coordinated speakers of an incise; a clause with an apposition before an incise
  [
    'Le suspect a été placé en garde à vue, ont indiqué une source policière et le parquet.',
    'Le suspect a été placé en garde à vue',
    'indirect',
    'indirect-incise',
    'indiqué',
    undefined,
  ],
  [
    'Ce produit, mélangé à de l’eau, devient toxique, rapporte Le Monde.',
    'Ce produit, mélangé à de l’eau, devient toxique',
    'indirect',
    'indirect-incise',
    'rapporte',
    undefined,
  ],
  // a relative source: "un rapport selon lequel …"
  [
    'La presse locale cite un rapport selon lequel la nappe phréatique a baissé de moitié.',
    'la nappe phréatique a baissé de moitié',
    'indirect',
    'source-relative',
    'selon',
    'un rapport',
  ],
  // a colon introduction without quotation marks
  [
    'Le maire a tranché : les marchés resteront ouverts tout le mois.',
    'les marchés resteront ouverts tout le mois',
    'indirect',
    'indirect-colon',
    'tranché',
    'Le maire',
  ],
  [
    'La réforme est prête, a précisé la ministre : le texte sera présenté en juin au Parlement.',
    'le texte sera présenté en juin au Parlement',
    'indirect',
    'indirect-colon',
    'précisé',
    undefined,
  ],
  // an attribute after "se dire" / "se déclarer", "se prononcer pour"
  [
    'La gardienne se dit prête à reprendre la compétition en mars.',
    'prête à reprendre la compétition en mars',
    'indirect',
    'indirect-attribute',
    'dit',
    'La gardienne',
  ],
  [
    'La commission s’est prononcée pour un report de la réforme.',
    'un report de la réforme',
    'indirect',
    'indirect-act',
    'prononcée',
    'La commission',
  ],
  // a noun-phrase object: exprimer, lancer un appel, an addressee before the object
  [
    'Les commerçants ont exprimé leur lassitude après six mois de travaux.',
    'leur lassitude après six mois de travaux',
    'indirect',
    'indirect-object',
    'exprimé',
    'Les commerçants',
  ],
  [
    'La mairie a lancé un appel à témoins après l’incendie du gymnase.',
    'un appel à témoins après l’incendie du gymnase',
    'indirect',
    'indirect-act',
    'lancé',
    'La mairie',
  ],
  [
    'La ministre a promis aux enseignants une revalorisation dès janvier.',
    'une revalorisation dès janvier',
    'indirect',
    'indirect-object',
    'promis',
    'La ministre',
  ],
  // a figure as the object; requérir, officialiser, alerter sur; an addressee before an infinitive
  [
    'La direction a évoqué 450 suppressions de postes d’ici à 2025.',
    '450 suppressions de postes d’ici à 2025',
    'indirect',
    'indirect-object',
    'évoqué',
    'La direction',
  ],
  [
    'L’avocate générale a requis huit ans de prison contre le prévenu.',
    'huit ans de prison contre le prévenu',
    'indirect',
    'indirect-object',
    'requis',
    undefined,
  ],
  [
    'Le club a officialisé mardi l’arrivée de son nouvel attaquant.',
    'l’arrivée de son nouvel attaquant',
    'indirect',
    'indirect-object',
    'officialisé',
    'Le club',
  ],
  [
    'Les pédiatres alertent sur la hausse des cas de bronchiolite.',
    'la hausse des cas de bronchiolite',
    'indirect',
    'indirect-act',
    'alertent',
    'Les pédiatres',
  ],
  [
    'Le chanteur a confié au Parisien vouloir arrêter la scène.',
    'vouloir arrêter la scène',
    'indirect',
    'indirect-object',
    'confié',
    'Le chanteur',
  ],
  // "Pour X, <apposition>, …" and "Aux yeux de X, …"
  [
    'Pour Jeanne Martin, infirmière depuis vingt ans, la pénurie de personnel est dramatique.',
    'la pénurie de personnel est dramatique',
    'indirect',
    'pour',
    'Pour',
    'Jeanne Martin',
  ],
  [
    'Aux yeux du procureur, ces faits relèvent de la cour d’assises.',
    'ces faits relèvent de la cour d’assises',
    'indirect',
    'pour',
    'yeux',
    undefined,
  ],
  // incises the earlier rules missed: a date after the speaker, a short quoted word, a fronted date before comme
  [
    'Le festival sera annulé cette année, rapporte Ouest-France jeudi 4 mars.',
    'Le festival sera annulé cette année',
    'indirect',
    'indirect-incise',
    'rapporte',
    'Ouest-France',
  ],
  [
    'Le stade a été « entièrement » évacué dans le calme, a indiqué la préfecture.',
    'Le stade a été « entièrement » évacué dans le calme',
    'mixed',
    'indirect-incise',
    'indiqué',
    'la préfecture',
  ],
  [
    'Mardi soir, comme le rapporte Le Télégramme, le conseil municipal a voté le budget.',
    'le conseil municipal a voté le budget',
    'indirect',
    'comme',
    'rapporte',
    undefined,
  ],
];

describe('indirect quotations: speech acts, questions, calls, accusations, colons', () => {
  for (const row of FOUND) it(`${row[3]}: ${row[0]}`, () => checkFound(row));
});

// sentences with a look-alike of each frame and no reported content: no indirect or mixed quotation at all
const NONE: [string, string][] = [
  ['Le boulanger fait part égale entre les deux associations.', 'faire part without "de"'],
  ['Il a mis en garde son vélo au sous-sol.', '"mettre en garde" without "contre"'],
  ['Le ministre présente son budget mercredi.', 'présenter without excuses'],
  ['La journaliste l’interrogera sur sa carrière dimanche.', 'interroger X sur: not s’interroger'],
  ['Cette piste s’est révélée être une impasse.', 'a pronominal speech verb (turned out)'],
  [
    'La hausse des prix s’explique par la sécheresse : les récoltes ont chuté de moitié.',
    'a pronominal passive before a colon',
  ],
  ['Le ministre n’a pas précisé quelles mesures seraient prises.', 'a negated question'],
  ['La police a accusé le frère de la victime.', 'an accusation without a charge'],
  ['Le village s’appelle Saint-Jean à la mairie.', 'a reflexive appeler is a name'],
  ['Un second voyage est particulièrement critiqué : une visite au bord du lac.', 'a passive before a colon'],
  ['Le chiffre est très alarmant : la moitié des lacs sont à sec.', 'an adjective after être'],
  [
    'Il l’avait promis pendant la campagne : le député reverse la moitié de son salaire.',
    'an object clitic before a colon',
  ],
  [
    'Le budget est réparti en deux tranches : la première en mars, la seconde en juin.',
    'a noun in -s (tranches)',
  ],
  ['Le nombre de malades a poursuivi sa baisse : il atteint 300 ce jeudi.', 'poursuivre: no speech'],
  ['Tout le monde s’en souvient : la finale avait été interrompue.', 'se souvenir: no speech'],
  [
    '« Nous irons jusqu’au bout », s’est félicité de son côté le président du club.',
    'de son côté is an aside',
  ],
  [
    'Les électeurs se disant proches de la droite sont plus nombreux.',
    'a participle describing a noun (a poll)',
  ],
  ['Ce qui se dit dans les couloirs reste confidentiel.', 'se dire + a preposition: no attribute'],
  ['Un incendie s’est déclaré tôt ce matin dans un entrepôt.', 'se déclarer: a fire breaks out'],
  ['Le porte-parole, s’exprimant chaque matin devant la presse, reste discret.', 's’exprimer has no object'],
  ['Le comité a été mis en place selon le calendrier prévu.', 'selon without a relative pronoun'],
  ['Le conseil a été convoqué dans les délais selon la loi en vigueur.', 'selon + a law: no source'],
  ['Le constructeur a rappelé 2019 exemplaires défectueux.', 'rappeler + a figure: no figure frame'],
  [
    'Le ministre pense déjà aux mesures à prendre par la suite.',
    'a thing is no addressee before an infinitive',
  ],
];

describe('indirect quotations: look-alikes of the new frames', () => {
  for (const [sentence, why] of NONE) it(`${why}: ${sentence}`, () => checkNoneReported(sentence));
});

describe('indirect quotations: hostile orders of the new frame pieces', () => {
  const pieces = [
    'a fait part de',
    "s'est engagé à",
    'mis en garde contre',
    'se demandent si',
    'a appelé les élus à',
    'accuse le maire de',
    'a tranché :',
    ', rapporte Le Monde mardi 3 juin',
    'comme le rapporte X,',
    'la',
    'réforme',
    '« injuste »',
    ':',
    ',',
    '.',
    'de',
    'à',
    'par',
  ];
  it('never throw; spans valid, ordered by start', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const qs = quotes(text);
        let last = -1;
        for (const q of qs) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(q.start).toBeGreaterThanOrEqual(last);
          last = q.start;
        }
      }),
      { numRuns: 200 },
    );
  });
});
