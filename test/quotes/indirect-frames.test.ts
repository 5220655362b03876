/**
 * Indirect quotations without "que" and the boundaries of reported clauses (src/quotes/indirect.ts,
 * data/quotes/indirect-frames.txt, content-nouns.txt): sentences of our own, a row per rule that must find the
 * content, and a false-positive table of the look-alikes each rule must leave alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNoneReported } from './reported-table.js';
import { quotes } from './speaker-table.js';

// [sentence, reported content (an indirect quotation with exactly this text), cue text, speaker text (undefined:
// not checked)]
const FOUND: [string, string, string, string | undefined][] = [
  // a content noun as the object of a verb that needs one
  [
    'Le ministre a confirmé sa volonté de réformer le code du travail.',
    'sa volonté de réformer le code du travail',
    'confirmé',
    'Le ministre',
  ],
  // any noun phrase after a verb whose object is the content
  [
    'La syndicaliste dénonce une réforme injuste et brutale.',
    'une réforme injuste et brutale',
    'dénonce',
    'La syndicaliste',
  ],
  [
    'Les manifestants réclament davantage de moyens pour les hôpitaux.',
    'davantage de moyens pour les hôpitaux',
    'réclament',
    'Les manifestants',
  ],
  // a parenthesis between the verb and its content noun
  [
    'Le chef du gouvernement a reconnu, lundi soir, sa responsabilité dans le drame.',
    'sa responsabilité dans le drame',
    'reconnu',
    'Le chef du gouvernement',
  ],
  // de + infinitive, with clitics and negation before the infinitive
  [
    'Le gouvernement promet de baisser les impôts l’an prochain.',
    'de baisser les impôts l’an prochain',
    'promet',
    'Le gouvernement',
  ],
  [
    'La plaignante accuse son ancien patron de l’avoir harcelée pendant des mois.',
    'de l’avoir harcelée pendant des mois',
    'accuse',
    'La plaignante',
  ],
  // a passive accusation with its agent: the agent speaks
  [
    'La ministre, accusée par l’opposition de mentir aux députés, a démissionné.',
    'de mentir aux députés',
    'accusée',
    'l’opposition',
  ],
  // à + a content noun
  [
    'Les syndicats appellent à la grève dans tout le pays.',
    'à la grève dans tout le pays',
    'appellent',
    'Les syndicats',
  ],
  // a bare infinitive clause, after a time complement, with its negation
  [
    'Le joueur a annoncé mardi ne pas vouloir prolonger son contrat.',
    'ne pas vouloir prolonger son contrat',
    'annoncé',
    'Le joueur',
  ],
  [
    'L’ancien président dit assumer pleinement son bilan.',
    'assumer pleinement son bilan',
    'dit',
    'L’ancien président',
  ],
  // "selon X" after a colon, with a noun of counts and models, and after a glued intertitle
  [
    'Les chiffres sont clairs : selon l’Insee, le chômage a baissé de deux points.',
    'le chômage a baissé de deux points',
    'selon',
    'Insee', // the organisation the entity stage finds
  ],
  [
    'Selon ce modèle, les hôpitaux seront saturés dans dix jours.',
    'les hôpitaux seront saturés dans dix jours',
    'Selon',
    'ce modèle',
  ],
  [
    'Une rentrée tendue Selon le rectorat, trois écoles restent fermées.',
    'trois écoles restent fermées',
    'Selon',
    'le rectorat',
  ],
  // after an apposition or a relative clause between commas, the verb still has its subject before it
  [
    'Le suspect, un ingénieur de 46 ans, a avoué lundi avoir mis le feu à la grange.',
    'avoir mis le feu à la grange',
    'avoué',
    'Le suspect',
  ],
  [
    'La voisine, qui a porté plainte en mai, accuse le propriétaire de lui avoir menti.',
    'de lui avoir menti',
    'accuse',
    'La voisine',
  ],
  // after a fronted adjunct and an apposition, an object that reads as one (a possessive content noun)
  [
    'En 2006, Marie Dupont, alors présentatrice du journal, avait annoncé son retrait de l’antenne.',
    'son retrait de l’antenne',
    'annoncé',
    'Marie Dupont',
  ],
  // a short quoted subject is no incise; a year before the object is no part of it
  [
    'Les « gilets jaunes » réclament une baisse des taxes sur le carburant.',
    'une baisse des taxes sur le carburant',
    'réclament',
    undefined, // the speaker before a quoted subject is left to speaker resolution
  ],
  [
    'La chanteuse avait annoncé en 2019 son retrait de la scène.',
    'son retrait de la scène',
    'annoncé',
    'La chanteuse',
  ],
  // "tout", "aucun" open a noun phrase object
  [
    'L’ancien ministre a nié toute implication dans l’affaire.',
    'toute implication dans l’affaire',
    'nié',
    'L’ancien ministre',
  ],
  // "aussi" (also) right before "que" is no comparison
  [
    'Le parquet demande aussi que le prévenu soit jugé pour diffamation.',
    'le prévenu soit jugé pour diffamation',
    'demande',
    'Le parquet',
  ],
  // a name after an incise verb is its subject even when it holds a content noun (L'Opinion)
  [
    'Les prix pourraient augmenter l’an prochain, révèle ce jeudi L’Opinion.',
    'Les prix pourraient augmenter l’an prochain',
    'révèle',
    'L’Opinion',
  ],
  // an incise after a plural source noun
  [
    'Le pont s’est effondré dans la nuit, ont indiqué ces agences.',
    'Le pont s’est effondré dans la nuit',
    'indiqué',
    'ces agences',
  ],
];

describe('indirect quotations: frames of speech verbs and sources', () => {
  for (const [sentence, text, cue, speaker] of FOUND) {
    it(sentence, () => {
      const q = quotes(sentence).find((x) => x.text === text);
      expect(q, JSON.stringify(quotes(sentence).map((x) => x.text))).toBeDefined();
      expect(q?.kind).toBe('indirect');
      expect(q?.cue?.text).toBe(cue);
      if (speaker !== undefined) expect(q?.speaker?.text ?? null).toBe(speaker);
    });
  }
});

// [sentence, the reported clauses it holds, in order]: a clause ends before the next report of the sentence
// and at the comma closing a fronted subordinate
const BOUNDS: [string, string[]][] = [
  [
    'Le préfet a indiqué que la route restait fermée, ajoutant que les secours étaient sur place.',
    ['la route restait fermée', 'les secours étaient sur place'],
  ],
  [
    'La directrice reconnaît que le budget est serré et promet que les classes resteront ouvertes.',
    ['le budget est serré', 'les classes resteront ouvertes'],
  ],
  [
    'Si le président a promis qu’il ne se représenterait pas, ses proches en doutent.',
    ['il ne se représenterait pas'],
  ],
  ['Même si la mairie a annoncé qu’elle paierait, rien n’est signé.', ['elle paierait']],
  [
    'Le collectif demande à la mairie de rouvrir le gymnase et réclame un nouveau calendrier.',
    ['de rouvrir le gymnase', 'un nouveau calendrier'],
  ],
  // an incise's speaker followed by a relative clause or a date ends the content; an incise inside it does not
  [
    'Le conducteur roulait trop vite, a indiqué le parquet, qui a ouvert une enquête.',
    ['Le conducteur roulait trop vite'],
  ],
  ['Les règles seront durcies, a indiqué le maire, vendredi 24 juillet.', ['Les règles seront durcies']],
  [
    'Le conducteur, a indiqué le parquet, roulait trop vite.',
    ['Le conducteur, a indiqué le parquet, roulait trop vite'],
  ],
  // an object goes on past a comma to a quoted fragment of its sentence: one mixed quotation
  [
    'Le président a annoncé la réouverture des écoles, collèges et lycées « de manière obligatoire ».',
    ['la réouverture des écoles, collèges et lycées « de manière obligatoire »'],
  ],
  // "à partir de" is no à + infinitive (not read as a second infinitive); the quoted object is the whole object
  // with its marks, as the guideline spans a mixed quotation (third round, rule indirect-quoted-object)
  ['Les agents menacent de « tout arrêter » à partir de lundi.', ['« tout arrêter » à partir de lundi']],
  [
    'Le candidat a fini sa tournée en appelant à l’union de la gauche après avoir rencontré les maires.',
    ['à l’union de la gauche'],
  ],
];

describe('indirect quotations: where a reported clause ends', () => {
  for (const [sentence, want] of BOUNDS) {
    it(sentence, () => {
      expect(quotes(sentence).map((q) => q.text)).toEqual(want);
    });
  }
});

// sentences with a speech verb (or its look-alike) and no reported content: no indirect quotation at all
const NONE: [string, string][] = [
  ['Le député a confirmé des informations de la presse locale.', 'an object that is no content noun'],
  ['Il faut quelqu’un pour assurer le travail.', 'assurer a task'],
  ['Les supporters ont tenu à saluer sa mémoire.', 'saluer a memory'],
  ['Le maire a appelé les électeurs hier soir.', 'appeler a person'],
  ['Quelques heures après l’annonce du résultat, la ville était en fête.', 'the noun annonce'],
  ['Le concert a été reporté à la demande des organisateurs.', 'the noun demande'],
  ['Il est recommandé d’éviter les grands axes samedi.', 'an impersonal passive: no source'],
  ['Les automobilistes sont invités à partir tôt.', 'a passive without agent'],
  ['Le gouvernement envisage de lever les restrictions.', 'a plan, not speech'],
  ['L’enquête, ouverte en mars, continue son cours.', 'an object after the verb, no inverted subject'],
  ['Beaucoup croient plus à un accident qu’à un attentat.', 'a comparison, not a que-clause'],
  ['Le village s’appellera Saint-Martin à l’état civil.', 'appeler a name'],
  ['Le vaccin a été reconnu par les autorités sanitaires.', 'a passive'],
  ['« On est tous différents », regrette un enfant, interrogé par la radio.', 'an incise after a quotation'],
  [
    '« Nous reviendrons », a annoncé la police.',
    'an incise noun phrase after a comma is the subject, not the object',
  ],
];

describe('indirect quotations: look-alikes that report nothing', () => {
  for (const [sentence, why] of NONE) it(`${why}: ${sentence}`, () => checkNoneReported(sentence));
  it('a subject with "lui" before an incise verb and its object is no content: "Paul Durand, lui, …"', () => {
    const qs = quotes('Paul Durand, lui, a déjà annoncé sa démission.');
    expect(qs.some((q) => q.text.startsWith('Paul Durand'))).toBe(false);
  });
});

// the pieces of the frames and boundaries above, in any order: never a throw, every span valid and in order
const framePieces = fc.constantFrom(
  'Le ministre',
  ' a annoncé ',
  ' accuse ',
  'accusée par ',
  ' la ville ',
  ' de ',
  "l'",
  ' avoir ',
  ' ne pas ',
  ' vouloir partir',
  ', ajoutant que ',
  ' et promet que ',
  'Si ',
  'Même si ',
  ', ',
  ': selon ',
  'Selon ce modèle',
  ' sa démission',
  ' toute implication',
  ' davantage de ',
  ' à partir de ',
  ' en 2019 ',
  ', qui ',
  ' « ',
  ' » ',
  '. ',
  ' lui, ',
  'Les « gilets jaunes » réclament',
  ' rappelle L’Opinion',
);
describe('indirect quotations: hostile orders of the frame pieces', () => {
  it('never throw; spans valid, ordered, non-overlapping', () => {
    fc.assert(
      fc.property(fc.array(framePieces, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const found = quotes(text);
        let last = -1;
        for (const q of found) {
          for (const s of [q, q.speaker, q.cue]) {
            if (s === null) continue;
            expect(s.start >= 0 && s.start < s.end && s.end <= text.length).toBe(true);
            expect(text.slice(s.start, s.end)).toBe(s.text);
          }
          expect(q.start >= last).toBe(true);
          last = q.end;
        }
      }),
      { numRuns: 200 },
    );
  });
});
