import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/dates/index.js';
import { createDoc } from '../src/doc/index.js';

/** Monday 24 November 2025 (ISO week 48). */
const REF = '2025-11-24';

/** [sentence, expected mentions as [text, value] or [text, value, type]] with REF as reference. */
type Row = [string, [string, string, string?][]];

const absolute: Row[] = [
  ['Le sommet s’est tenu le 24 novembre 2025.', [['le 24 novembre 2025', '2025-11-24', 'DATE']]],
  ['Il arrivera lundi 24 novembre.', [['lundi 24 novembre', '2025-11-24']]],
  ['La loi entre en vigueur le 1er mars.', [['le 1er mars', '2026-03-01']]],
  ['Publié le 24/11/2025.', [['le 24/11/2025', '2025-11-24']]],
  [
    'Mis à jour le 24.11.25 à 14h30.',
    [
      ['le 24.11.25', '2025-11-24', 'DATE'],
      ['14h30', '2025-11-24T14:30', 'TIME'],
    ],
  ],
  ['Le chômage a baissé en novembre 2025.', [['novembre 2025', '2025-11']]],
  ['Les élections auront lieu en 2026.', [['2026', '2026']]],
  ['L’édition 2025 du salon a attiré du monde.', [['2025', '2025']]],
  ['Le XXe siècle a été marqué par deux guerres.', [['Le XXe siècle', '19']]],
  ['Elle vit au XXIe siècle.', [['XXIe siècle', '20']]],
  ['Dans les années 1990, la ville a changé.', [['les années 1990', '199']]],
  ['Le tube des années 80 revient.', [['années 80', '198']]],
  ['Il a visité la ville durant l’été 2024.', [['l’été 2024', '2024-SU']]],
  ['La municipalité a ouvert l’école dès octobre 98.', [['octobre 98', '1998-10']]],
  ['Le dispositif existe depuis 1998.', [['1998', '1998']]],
  ['Ils se sont mariés le 1er mai 1962.', [['le 1er mai 1962', '1962-05-01']]],
  ['Il est né le 21 janvier 1913 à Cintrey.', [['le 21 janvier 1913', '1913-01-21']]],
  ['Le texte a été adopté le 2013-03-01.', [['le 2013-03-01', '2013-03-01']]],
  ['Le match se jouera le trente et un décembre.', [['le trente et un décembre', '2025-12-31']]],
  ['Rendez-vous le premier mars.', [['le premier mars', '2026-03-01']]],
  ['Le chantier se termine à la fin de l’année 2026.', [['la fin de l’année 2026', '2026']]],
  ['Le PIB a progressé au troisième trimestre.', [['troisième trimestre', '2025-Q3']]],
  ['Les ventes ont chuté au premier trimestre 2024.', [['premier trimestre 2024', '2024-Q1']]],
  [
    'Le plan sera lancé au premier semestre de l’année prochaine.',
    [['premier semestre de l’année prochaine', '2026-H1']],
  ],
  ['La présidentielle de 2027 approche.', [['2027', '2027']]],
  ['Les soldes ont commencé début novembre.', [['début novembre', '2025-11']]],
  ['Il a neigé mi-novembre.', [['mi-novembre', '2025-11']]],
  ['Le texte sera voté fin novembre.', [['fin novembre', '2025-11']]],
];

const relative: Row[] = [
  ['Le ministre a parlé ce lundi.', [['ce lundi', '2025-11-24']]],
  ['Il a démissionné lundi dernier.', [['lundi dernier', '2025-11-17']]],
  ['Il viendra lundi prochain.', [['lundi prochain', '2025-12-01']]],
  ['Ils sont en grève depuis ce lundi.', [['ce lundi', '2025-11-24']]],
  ['Il rentre aujourd’hui.', [['aujourd’hui', '2025-11-24']]],
  ['Il est arrivé hier.', [['hier', '2025-11-23']]],
  ['Elle est partie avant-hier.', [['avant-hier', '2025-11-22']]],
  ['Le verdict tombera demain.', [['demain', '2025-11-25']]],
  ['Il reviendra après-demain.', [['après-demain', '2025-11-26']]],
  ['Le président a parlé ce matin.', [['ce matin', '2025-11-24TMO', 'TIME']]],
  ['Il a été interpellé hier soir.', [['hier soir', '2025-11-23TEV', 'TIME']]],
  ['Ils ont manifesté hier après-midi.', [['hier après-midi', '2025-11-23TAF', 'TIME']]],
  ['Il partira demain matin.', [['demain matin', '2025-11-25TMO', 'TIME']]],
  ['La réunion se tient cet après-midi.', [['cet après-midi', '2025-11-24TAF', 'TIME']]],
  ['Le projet a été présenté cette semaine.', [['cette semaine', '2025-W48']]],
  ['Le festival aura lieu ce week-end.', [['ce week-end', '2025-W48-WE']]],
  ['Les prix ont augmenté le mois dernier.', [['le mois dernier', '2025-10']]],
  ['Il se représentera l’an prochain.', [['l’an prochain', '2026']]],
  ['Cette année, la récolte est bonne.', [['Cette année', '2025']]],
  ['Il est mort il y a trois jours.', [['il y a trois jours', '2025-11-21']]],
  ['Le texte sera voté dans deux semaines.', [['dans deux semaines', '2025-12-08']]],
  ['Il avait été élu le 3 mars dernier.', [['le 3 mars dernier', '2025-03-03']]],
  ['Il a été arrêté vendredi.', [['vendredi', '2025-11-21']]],
  ['Le vote aura lieu jeudi.', [['jeudi', '2025-11-27']]],
  ['Il a démissionné la semaine dernière.', [['la semaine dernière', '2025-W47']]],
  ['Le plan sera dévoilé la semaine prochaine.', [['la semaine prochaine', '2025-W49']]],
  ['Les ventes ont chuté l’année dernière.', [['l’année dernière', '2024']]],
  ['Il pleuvait dimanche dernier.', [['dimanche dernier', '2025-11-23']]],
  ['Le salon ouvrira samedi prochain.', [['samedi prochain', '2025-11-29']]],
  ['La réunion est fixée mardi de la semaine prochaine.', [['mardi de la semaine prochaine', '2025-12-02']]],
  ['Il a quitté le club il y a deux ans.', [['il y a deux ans', '2023']]],
  ['Les résultats seront connus dans trois mois.', [['dans trois mois', '2026-02-24']]],
  ['Il avait été élu le 3 mars.', [['le 3 mars', '2025-03-03']]],
  ['Le verdict sera rendu le 15 décembre.', [['le 15 décembre', '2025-12-15']]],
  ['Le prix a été décerné en septembre dernier.', [['septembre dernier', '2025-09']]],
  ['Le traité sera signé en juin prochain.', [['juin prochain', '2026-06']]],
  ['Il a été nommé en janvier.', [['janvier', '2025-01']]],
  ['Le texte sera examiné en janvier.', [['janvier', '2026-01']]],
  ['Il fera beau l’été prochain, dit-il.', [['l’été prochain', '2026-SU']]],
  ['Les ventes ont bondi l’été dernier.', [['l’été dernier', '2025-SU']]],
  ['Le tarif change le mois prochain.', [['le mois prochain', '2025-12']]],
  ['Il sera jugé à Noël.', [['Noël', '2025-12-25']]],
  [
    'Le sommet s’est tenu le 3 mars 2024. La veille, les ministres avaient préparé le texte.',
    [
      ['le 3 mars 2024', '2024-03-03'],
      ['La veille', '2024-03-02'],
    ],
  ],
  ['Il a quitté la ville il y a quelques années.', [['quelques années', 'PXY', 'DURATION']]],
  ['Les résultats seront connus dans quelques jours.', [['quelques jours', 'PXD', 'DURATION']]],
];

const times: Row[] = [
  ['La réunion commence à 14h30.', [['14h30', '2025-11-24T14:30', 'TIME']]],
  ['La réunion commence à 14 h 30.', [['14 h 30', '2025-11-24T14:30']]],
  [
    'Il a été blessé mardi vers 21 h 45.',
    [
      ['mardi', '2025-11-18'],
      ['21 h 45', '2025-11-18T21:45'],
    ],
  ],
  ['Rendez-vous à midi.', [['midi', '2025-11-24T12:00']]],
  ['Il est arrivé vers 8 heures.', [['8 heures', '2025-11-24T08:00']]],
  ['L’explosion a eu lieu à 10 h (heure locale).', [['10 h (heure locale)', '2025-11-24T10:00']]],
  ['Départ à 15:30.', [['15:30', '2025-11-24T15:30']]],
  ['Les portes ferment à minuit.', [['minuit', '2025-11-24T00:00']]],
  [
    'Le sommet s’ouvre lundi 24 novembre 2025 à 14 h 30.',
    [
      ['lundi 24 novembre 2025', '2025-11-24'],
      ['14 h 30', '2025-11-24T14:30'],
    ],
  ],
  ['Hier à 10 h, les syndicats se sont réunis.', [['Hier à 10 h', '2025-11-23T10:00']]],
  ['Il partira demain à 8h.', [['demain à 8h', '2025-11-25T08:00']]],
  ['Le lancement a eu lieu à 18 h 30 GMT.', [['18 h 30 GMT', '2025-11-24T18:30']]],
  ['Le dîner est à 8 heures du soir.', [['8 heures du soir', '2025-11-24T20:00']]],
  ['On se retrouve à midi et demi.', [['midi et demi', '2025-11-24T12:30']]],
  [
    'Le musée est ouvert de 9 à 17 heures.',
    [
      ['9', '2025-11-24T09:00'],
      ['17 heures', '2025-11-24T17:00'],
    ],
  ],
  [
    'Le bal a lieu samedi 29 novembre, de 18 h à 23 h.',
    [
      ['samedi 29 novembre', '2025-11-29'],
      ['18 h', '2025-11-29T18:00'],
      ['23 h', '2025-11-29T23:00'],
    ],
  ],
  ['Il viendra à 3 heures cet après-midi.', [['3 heures cet après-midi', '2025-11-24T15:00']]],
  ['Il est arrivé à 9H45 ce matin.', [['9H45 ce matin', '2025-11-24T09:45']]],
  ['Le musée ferme ce 27 décembre.', [['ce 27 décembre', '2025-12-27']]],
  ['Il est rentré à 2h20 du matin.', [['2h20 du matin', '2025-11-24T02:20']]],
  ['Ils se sont vus pendant le déjeuner.', [['le déjeuner', '2025-11-24TMI']]],
  [
    'Dans la nuit du 4 au 5 novembre, un incendie a ravagé la forêt.',
    [
      ['la nuit', '2025-11-04TNI'],
      ['4', '2025-11-04'],
      ['5 novembre', '2025-11-05'],
    ],
  ],
];

const durations: Row[] = [
  ['Ils ont marché pendant quatre jours.', [['quatre jours', 'P4D', 'DURATION']]],
  ['Il vit à Lyon depuis trois ans.', [['trois ans', 'P3Y']]],
  ['Il devance son coéquipier de 30,4 secondes.', [['30,4 secondes', 'PT30.4S']]],
  ['Le chantier a duré vingt-deux jours.', [['vingt-deux jours', 'P22D']]],
  ['Il a fallu une trentaine de jours.', [['une trentaine de jours', 'P30D']]],
  ['Les travaux dureront environ deux mois.', [['environ deux mois', 'P2M']]],
  ['Il le cherche depuis plusieurs années.', [['plusieurs années', 'PXY']]],
  ['Le régiment totalise dix-huit mois de présence.', [['dix-huit mois', 'P18M']]],
  ['Le local sert depuis un quart de siècle.', [['un quart de siècle', 'P25Y']]],
  ['Le débat a duré pendant une heure et demie.', [['une heure et demie', 'PT1H30M']]],
  ['Il a été gardé à vue pendant 48 heures.', [['48 heures', 'PT48H']]],
  ['Le TGV a été retardé de quinze minutes.', [['quinze minutes', 'PT15M']]],
  ['Ces derniers jours, il a paru fatigué.', [['Ces derniers jours', 'PXD']]],
  ['Il défend un quinquennat de cohérence.', [['quinquennat', 'P5Y']]],
  ['Il a été condamné à deux ans et demi de prison.', [['deux ans et demi', 'P2.5Y']]],
  ['Le chantier a pris vingt et un jours.', [['vingt et un jours', 'P21D']]],
  ['Il a plu toute la journée.', [['toute la journée', 'P1D']]],
  ['Le musée couvre 4.500 ans d’histoire.', [['4.500 ans', 'P4500Y']]],
  ['Il a été condamné à six mois de prison.', [['six mois', 'P6M']]],
  ['Les automobilistes subissent 2 h 15 d’attente.', [['2 h 15', 'PT2H15M', 'DURATION']]],
  ['La fusée a volé 2 mn 14 secondes.', [['2 mn 14 secondes', 'PT2M14S']]],
  ['Il a passé trois ans et six mois en prison.', [['trois ans et six mois', 'P3Y6M']]],
  ['La guérison prend 7 à 10 jours.', [['7 à 10 jours', 'PXD']]],
  ['Bolt a gagné en 9"81.', [['9"81', 'PT9.81S']]],
  ['Les deux derniers trimestres ont déçu.', [['Les deux derniers trimestres', 'P6M']]],
];

const intervals: Row[] = [
  [
    'Le salon se tient du 24 au 27 novembre.',
    [
      ['24', '2025-11-24'],
      ['27 novembre', '2025-11-27'],
    ],
  ],
  [
    'Les faits se sont produits entre 2019 et 2021.',
    [
      ['2019', '2019'],
      ['2021', '2021'],
    ],
  ],
  ['L’exposition dure jusqu’au 27 novembre.', [['27 novembre', '2025-11-27']]],
  [
    'La saison 2019-2020 a été annulée.',
    [
      ['2019', '2019'],
      ['2020', '2020'],
    ],
  ],
  [
    'Pour cette saison 2002/2003, rien ne change.',
    [
      ['2002', '2002'],
      ['2003', '2003'],
    ],
  ],
  [
    'Le scrutin aura lieu les 6 et 13 avril prochains.',
    [
      ['les 6', '2026-04-06'],
      ['13 avril prochains', '2026-04-13'],
    ],
  ],
  [
    'La gare sera fermée du mercredi 3 décembre au samedi 6 décembre inclus.',
    [
      ['mercredi 3 décembre', '2025-12-03'],
      ['samedi 6 décembre', '2025-12-06'],
    ],
  ],
];

const sets: Row[] = [
  ['Le festival revient chaque année.', [['chaque année', 'P1Y', 'SET']]],
  ['Le marché se tient tous les lundis.', [['tous les lundis', 'XXXX-WXX-1', 'SET']]],
  ['Il publie quotidiennement.', [['quotidiennement', 'P1D', 'SET']]],
  ['Le scrutin a lieu tous les deux ans.', [['tous les deux ans', 'P2Y']]],
  ['Ils se réunissent chaque semaine.', [['chaque semaine', 'P1W']]],
  ['Une réunion hebdomadaire est prévue.', [['hebdomadaire', 'P1W']]],
  ['Il gagne 1 000 euros par an.', [['an', 'P1Y', 'SET']]],
  ['Il court tous les jours.', [['tous les jours', 'P1D']]],
  ['La bibliothèque ouvre uniquement le mercredi.', [['le mercredi', 'XXXX-WXX-3', 'SET']]],
];

const vague: Row[] = [
  ['Il est actuellement en prison.', [['actuellement', 'PRESENT_REF']]],
  ['Il a récemment démissionné.', [['récemment', 'PAST_REF']]],
  ['Les règles sont désormais plus strictes.', [['désormais', 'PRESENT_REF']]],
  ['Le texte sera bientôt voté.', [['bientôt', 'FUTURE_REF']]],
  ['Des explosions nocturnes ont réveillé le quartier.', [['nocturnes', 'TNI', 'TIME']]],
  ['Pour l’heure, rien n’est décidé.', [['Pour l’heure', 'PRESENT_REF']]],
  ['Les prix vont grimper dans les années à venir.', [['les années à venir', 'FUTURE_REF']]],
  ['Ils entreront dans la nouvelle année avec espoir.', [['la nouvelle année', '2026']]],
  ['La nécropole remonte à l’époque gréco-romaine.', [['l’époque gréco-romaine', 'PAST_REF']]],
];

const typography: Row[] = [
  ['Il rentre aujourd’hui.', [['aujourd’hui', '2025-11-24']]],
  ['Il se représentera l’an prochain.', [['l’an prochain', '2026']]],
  ['Le vote a eu lieu le 24\u00a0novembre\u00a02025.', [['le 24\u00a0novembre\u00a02025', '2025-11-24']]],
  ['La séance reprend à 14\u202fh\u202f30.', [['14\u202fh\u202f30', '2025-11-24T14:30']]],
  ['LUNDI 24 NOVEMBRE 2025 : LE SOMMET S’OUVRE', [['LUNDI 24 NOVEMBRE 2025', '2025-11-24']]],
  ['RETOUR SUR L’ÉTÉ 2024', [['L’ÉTÉ 2024', '2024-SU']]],
  ['CE QUI S’EST PASSÉ HIER SOIR', [['HIER SOIR', '2025-11-23TEV']]],
  ['CHRONOLOGIE : EN MARS 2020, LE CONFINEMENT', [['MARS 2020', '2020-03']]],
];

/** Other reference dates: Tuesday 12 February 2013 (the Duckling convention) and others. */
const otherRefs: [string, string, [string, string][]][] = [
  ['2013-02-12', 'lundi prochain', [['lundi prochain', '2013-02-18']]],
  ['2013-02-12', 'mercredi prochain', [['mercredi prochain', '2013-02-13']]],
  ['2013-02-12', 'la première quinzaine d’avril', [['la première quinzaine d’avril', '2013-04']]],
  ['2013-02-12', 'le dernier jour d’octobre 2015', [['le dernier jour d’octobre 2015', '2015-10-31']]],
  ['2013-02-12', 'la première semaine d’octobre 2014', [['la première semaine d’octobre 2014', '2014-W41']]],
  ['2013-02-12', 'il y a trois semaines', [['il y a trois semaines', '2013-01-22']]],
  ['2013-02-12', 'fin mars', [['fin mars', '2013-03']]],
  ['2013-02-12', 'mercredi 13 février', [['mercredi 13 février', '2013-02-13']]],
  [
    '2013-02-12',
    'le 2 mars à 5h',
    [
      ['le 2 mars', '2013-03-02'],
      ['5h', '2013-03-02T05:00'],
    ],
  ],
  ['2013-02-12', 'la semaine dernière', [['la semaine dernière', '2013-W06']]],
  ['2013-02-12', 'lundi en huit', [['lundi en huit', '2013-02-25']]],
  ['2013-02-12', 'dimanche de la semaine dernière', [['dimanche de la semaine dernière', '2013-02-10']]],
  ['1999-05-20', 'Il y est décédé hier matin.', [['hier matin', '1999-05-19TMO']]],
  ['2003-02-04', 'Ils se sont rendus ce week-end à Saint-Gervais.', [['ce week-end', '2003-W05-WE']]],
  ['2002-02-09', 'Les attentats du 11 septembre ont mis un coup de frein.', [['11 septembre', '2001-09-11']]],
  ['2024-02-29', 'l’an prochain', [['l’an prochain', '2025']]],
  ['2020-12-31', 'Il arrivera demain.', [['demain', '2021-01-01']]],
  ['2020-05-21', 'Le texte sera adopté avant l’été.', [['l’été', '2020-SU']]],
  [
    '2019-12-23',
    'Des grèves sont prévues « lundi et mardi », a indiqué le syndicat.',
    [
      ['lundi', '2019-12-23'],
      ['mardi', '2019-12-24'],
    ],
  ],
  ['2020-05-08', 'Le festival, qui devait démarrer le 20 juin, est annulé.', [['le 20 juin', '2020-06-20']]],
  ['2018-12-28', 'Il faudrait, d’ici le 2 janvier, tout modifier.', [['le 2 janvier', '2019-01-02']]],
  ['2020-08-11', 'Une plage évacuée dans la hâte mardi', [['mardi', '2020-08-11']]],
  ['2016-01-02', 'Des violences ont eu lieu après le Nouvel An.', [['le Nouvel An', '2016-01-01']]],
  ['2020-01-10', 'La journée d’aujourd’hui sera décisive.', [['La journée d’aujourd’hui', '2020-01-10']]],
  [
    '2016-05-03',
    'Le drame a eu lieu le 4 mai 2015. Au lendemain du drame, la ville pleurait.',
    [
      ['le 4 mai 2015', '2015-05-04'],
      ['lendemain', '2015-05-05'],
    ],
  ],
  [
    '2016-07-14',
    'Trois jours de deuil les 16, 17 et 18 juillet.',
    [
      ['Trois jours', 'P3D'],
      ['les 16', '2016-07-16'],
      ['17', '2016-07-17'],
      ['18 juillet', '2016-07-18'],
    ],
  ],
  ['2016-02-07', 'Mise à jour à 19:15 (UTC).', [['19:15 (UTC)', '2016-02-07T19:15']]],
  ['2016-03-24', 'Le Festival d’Avignon 2016 s’ouvre.', [['2016', '2016']]],
  ['2016-03-24', 'Il travaille dès 2017 au ministère.', [['2017', '2017']]],
  ['2020-05-15', '« L’inflation devrait atteindre 53 % en 2020 », a-t-il ajouté.', [['2020', '2020']]],
  ['2020-05-15', 'L’inflation devrait atteindre 53% en 2020", a-t-il ajouté.', [['2020', '2020']]],
  ['2020-05-21', 'Il est resté là-bas depuis l’hiver.', [['l’hiver', '2019-WI']]],
  ['2021-01-01', 'La semaine dernière, il neigeait.', [['La semaine dernière', '2020-W52']]],
];

const tables = { absolute, relative, times, durations, intervals, sets, vague, typography };

function pairs(text: string, ref: string | undefined): [string, string, string][] {
  return extractDates(text, ref === undefined ? {} : { referenceDate: ref }).map((m) => [
    m.text,
    m.value,
    m.type,
  ]);
}

describe('extractDates: phrase tables (reference Monday 24 November 2025)', () => {
  for (const [name, rows] of Object.entries(tables)) {
    describe(name, () => {
      for (const [text, expected] of rows) {
        it(text, () => {
          const got = pairs(text, REF);
          expect(got.map(([t, v]) => [t, v])).toEqual(expected.map(([t, v]) => [t, v]));
          expected.forEach(([, , type], k) => {
            if (type) expect(got[k][2]).toBe(type);
          });
        });
      }
    });
  }
  describe('other reference dates', () => {
    for (const [ref, text, expected] of otherRefs) {
      it(`${text} (${ref})`, () => {
        expect(pairs(text, ref).map(([t, v]) => [t, v])).toEqual(expected);
      });
    }
  });
});

describe('extractDates: no false dates', () => {
  const falsePositives: string[] = [
    'Le PSG s’est imposé 1-0 face à Lyon.',
    'Le score final est de 3-2 après prolongation.',
    'Appelez le 06 12 34 56 78 pour réserver.',
    'Tél. : 01 45 67 89 10.',
    'Il a pris la mer avec son père.',
    'Le mar. et le mer. sont des abréviations.',
    'Lun Zhang, chercheur, a publié son étude.',
    'Voir page 12 et page 2015 du rapport.',
    'Le téléviseur coûte 2025 euros.',
    'Les 2000 manifestants ont défilé.',
    'Il y avait 1500 personnes dans la salle.',
    'Le robot Perseverance a atterri sur Mars.',
    'Mars est la quatrième planète du système solaire.',
    'Mai Thi a remporté le tournoi.',
    'Un homme de 45 ans a été interpellé.',
    'Il a 38 ans.',
    'Le prix est de 14,99 € seulement.',
    'Le numéro 2024 de la revue est paru.',
    'Le quotidien Libération a publié une enquête.',
    'Le Boeing 737 et l’Airbus A320 ont atterri.',
    'L’article 1er de la Constitution est clair.',
    'Il a marqué à la 90e minute.',
    'Les moins de 17 ans sont exclus.',
    'Il habite au 10, rue Paul-Bert.',
    'La Seconde Guerre mondiale a fait des millions de morts.',
    'Les consignes ont été passées aux agents.',
    'Le Printemps marseillais a remporté la mairie.',
    'Perez (0/3), Gilbert (7/12) et Ruiz (1/6) ont marqué.',
    'Il l’a confié au Journal du Dimanche.',
    'Il a acheté un écran de 55" pour le salon.',
    'Les 18-34 ans sont les plus touchés.',
    'Une seconde journée de comparutions a commencé.',
    'Le site 20 Minutes a publié l’information.',
    'Le ratio est de 1/3 seulement.',
    'Le projet est évalué entre 15 et 18 millions d’euros.',
    'La jeune fille, âgée d’environ 16 ans, est hospitalisée.',
    'Il est mort à 97 ans.',
  ];
  for (const text of falsePositives) {
    it(text, () => {
      expect(extractDates(text, { referenceDate: REF })).toEqual([]);
    });
  }
});

describe('extractDates: contract and shape', () => {
  it('offsets slice the input exactly, sorted by start', () => {
    const text = 'Hier soir, vers 21 h 45, puis lundi 24 novembre à 14 h 30, et chaque année depuis 1998.';
    const ms = extractDates(text, { referenceDate: REF });
    expect(ms.length).toBeGreaterThan(3);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (let k = 1; k < ms.length; k++) expect(ms[k].start).toBeGreaterThanOrEqual(ms[k - 1].end);
  });
  it('accepts a Doc and gives the same result', () => {
    const text = 'Il est arrivé hier, il repart le 3 décembre.';
    expect(extractDates(createDoc(text), { referenceDate: REF })).toEqual(
      extractDates(text, { referenceDate: REF }),
    );
  });
  it('accepts a Date reference (read in UTC)', () => {
    expect(extractDates('hier', { referenceDate: new Date(Date.UTC(2025, 10, 24, 9)) })[0].value).toBe(
      '2025-11-23',
    );
  });
  it('without a reference date, relative values stay unresolved and say so', () => {
    const [h] = extractDates('Il est arrivé hier.');
    expect(h.value).toBe('XXXX-XX-XX');
    expect(h.rule).toMatch(/:unresolved$/);
    expect(extractDates('Il viendra lundi prochain.')[0].value).toBe('XXXX-WXX-1');
    expect(extractDates('Il a été élu le 3 mars.')[0].value).toBe('XXXX-03-03');
    const [abs] = extractDates('Le 24 novembre 2025.');
    expect(abs.value).toBe('2025-11-24');
    expect(abs.rule).not.toMatch(/unresolved/);
  });
  it('gives ranges for periods and intervals', () => {
    const week = extractDates('cette semaine', { referenceDate: REF })[0];
    expect(week.range).toEqual({ start: '2025-11-24', end: '2025-11-30' });
    const fin = extractDates('fin novembre', { referenceDate: REF })[0];
    expect(fin.value).toBe('2025-11');
    expect(fin.range).toEqual({ start: '2025-11-21', end: '2025-11-30' });
    const [a, b] = extractDates('du 24 au 27 novembre', { referenceDate: REF });
    expect(a.range).toEqual({ start: '2025-11-24', end: '2025-11-27' });
    expect(b.range).toEqual(a.range);
    const summer = extractDates('l’été 2024', { referenceDate: REF })[0];
    expect(summer.range).toEqual({ start: '2024-06-21', end: '2024-09-21' });
    const span = extractDates('les trois derniers mois', { referenceDate: REF })[0];
    expect(span).toMatchObject({
      type: 'DURATION',
      value: 'P3M',
      range: { start: '2025-08-01', end: '2025-10-31' },
    });
  });
  it('empty text gives nothing; wrong types throw TypeError', () => {
    expect(extractDates('', { referenceDate: REF })).toEqual([]);
    expect(extractDates('   ')).toEqual([]);
    expect(() => extractDates(42 as unknown as string)).toThrow(TypeError);
    expect(() => extractDates(null as unknown as string)).toThrow(/extractDates\(\)/);
    expect(() => extractDates('hier', 'x' as unknown as object)).toThrow(TypeError);
  });
  it('an invalid reference date throws a RangeError naming it (test/dates-reference.test.ts has the contract)', () => {
    expect(() => extractDates('hier', { referenceDate: 'pas une date' })).toThrow(
      /extractDates\(\) referenceDate "pas une date" is not an ISO 8601 date/,
    );
  });
});
