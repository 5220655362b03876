/**
 * Quotations, session 13: families read from the errors of the earlier held-out sets (locked, fresh–fresh3),
 * which that session retired as held-out sets. Each block has rows where the rule must act (they fail on the
 * code before it) and look-alike rows it must leave alone. Sentences of our own, not of the gold articles.
 */
import { describe, expect, it } from 'vitest';
import { inflect } from '../../src/lang/fr/inflect.js';
import { quotes, type Row, speakerRows } from './speaker-table.js';

const OPEN = 'La réunion s’est tenue mardi à Lille devant une centaine de personnes.\n\n';

const LONG_ROLE: Row[] = [
  [
    'a name closing a role phrase past an "auprès de" complement and coordinated adjectives',
    `${OPEN}« Réparer coûtera moins cher que remplacer », a déclaré la secrétaire d’État auprès du ministre de la Transition écologique et solidaire Claire Martin lors d’un déplacement.`,
    0,
    'Claire Martin',
  ],
  [
    'a name after a parenthesised acronym closing a role phrase of ten words',
    `${OPEN}« Les plages resteront ouvertes tout l’été », a déclaré le président du syndicat mixte de gestion des plages du littoral landais (SMPLL) Paul Girard, par ailleurs maire de Messanges.`,
    0,
    'Paul Girard',
  ],
  [
    'a name after a party and its acronym',
    `${OPEN}« Ce gouvernement n’écoute personne », a dénoncé la députée La France insoumise (LFI) Anne Durand sur le réseau social.`,
    0,
    'Anne Durand',
  ],
  [
    'left alone: a name governed by "de" is a complement, not the holder of the role',
    `${OPEN}« Nous irons jusqu’au bout », a déclaré l’avocat de la famille de Paul Girard devant le tribunal.`,
    0,
    { text: 'l’avocat de la famille de Paul Girard' },
  ],
  [
    'left alone: a relative clause between the role and the name',
    `${OPEN}« Nous irons jusqu’au bout », a déclaré le président du club qui recevait Paul Girard.`,
    0,
    { text: 'le président du club' },
  ],
];

const NO_COMMA: Row[] = [
  [
    'an incise glued to the closing mark, past a weekday: "» s’interrogeait dimanche l’ancien ministre X"',
    'Le débat a repris lundi à l’Assemblée. « Je voudrais savoir d’où vient cet argent » s’interrogeait dimanche l’ancien ministre de l’Éducation Paul Girard.',
    0,
    'Paul Girard',
  ],
  [
    'an incise glued to the closing mark, past an adverb: "» déplorait également X"',
    'Le débat a repris lundi à l’Assemblée. « Une grande opération clientéliste a commencé » déplorait également le président du groupe centriste.',
    0,
    { text: 'le président du groupe centriste' },
  ],
];

const KIN: Row[] = [
  [
    '"le chef du parquet" describes the prosecutor just quoted',
    'Le procureur de Paris Paul Girard a donné une conférence de presse mercredi. « Des témoins ont entendu des cris », a-t-il indiqué. « La menace est toujours réelle », a déclaré le chef du parquet antiterroriste.',
    1,
    'Paul Girard',
  ],
];

const MANNER: Row[] = [
  [
    'a verb of manner in an incise: "», calme la directrice de l’Ehpad, X"',
    `${OPEN}« Il faut rester humble, tout peut basculer », calme la directrice de l’Ehpad, Anne Durand, à la radio.`,
    0,
    'Anne Durand',
  ],
  [
    '"sourit-il" (sourire, conjugated like rire)',
    'Paul Girard a pris la parole. « Je n’ai pas changé d’avis », sourit-il.',
    0,
    'Paul Girard',
  ],
];

const CHAIN: Row[] = [
  [
    'a person named after a long prepositional adjunct opens the sentence before a quotation without cue: a new subject, not the medium quoted before',
    'Paul Girard était l’invité de la radio. « Un vaccin prend des années », a-t-il dit. Comme le souligne Radio Centre, cette date est hypothétique. Au sujet de cette fameuse course au vaccin, Anne Durand souhaite une forme d’émulation entre laboratoires. « Il faudra produire des milliards de doses, c’est une course à plusieurs gagnants » Après un accord, des doses ont été commandées.',
    1,
    'Anne Durand',
  ],
];

const LATTER: Row[] = [
  [
    '"celui-ci" in an incise is the last man named (the latter), not the last speaker',
    'Anne Durand a écrit à Paul Girard. « Je n’ai pas besoin de ce conseil », a répondu celui-ci.',
    0,
    'Paul Girard',
  ],
  [
    'a narrative infinitive after its subject and an aside: "Et celui-ci, visiblement agacé, de lui répondre :"',
    'Anne Durand a conseillé à Paul Girard de « rester ferme ». Et celui-ci, visiblement agacé, de lui répondre ce jeudi : « Je n’ai jamais cédé à personne, ni hier ni aujourd’hui. »',
    0,
    'Paul Girard',
  ],
  [
    '"celle-ci" takes the last woman named',
    'Paul Girard a écrit à Anne Durand. « Je n’ai pas besoin de ce conseil », a répondu celle-ci.',
    0,
    'Anne Durand',
  ],
];

const OPENING: Row[] = [
  [
    'a quotation opening the text, then a colon and an organisation as subject',
    '« L’accès au crédit immobilier sera maintenu, sans le moindre doute » : la Banque de France s’est montrée rassurante lundi.',
    0,
    'Banque de France',
  ],
  [
    'an incise without its comma, with an aside before its subject: "» a crié, à l’antenne, X"',
    'Un policier a tiré sur une équipe de télévision.« On me tire dessus ! » a crié, à l’antenne, Anne Durand, de la chaîne locale.',
    0,
    'Anne Durand',
  ],
];

const DEV2: Row[] = [
  [
    'the subject of a clause reported by a speech verb is no antecedent for a pronoun ("rappeler que X « … »")',
    'Le comédien Paul Girard a pris la parole pour rappeler que Victor Hugo « n’avait pas appris l’arabe à l’école ». Il s’était même présenté aux élections. « Je n’aurais jamais dû la soutenir », a-t-il confié au journal.',
    0,
    'Paul Girard',
  ],
  [
    'left alone: a subject after "alors que" is still an antecedent',
    'Anne Durand a parlé la première. Alors que Paul Girard arrivait à la tribune, la salle s’est tue. « Je n’ai rien à cacher », a-t-il lancé.',
    0,
    'Paul Girard',
  ],
  [
    '"on" with "de source …": the source speaks ("précise-t-on de source proche de l’enquête")',
    'Elle a été arrêtée mercredi soir. « La passagère a été placée en garde à vue », précise-t-on de source proche de l’enquête.',
    0,
    { text: 'source proche de l’enquête', type: 'OTHER' },
  ],
  [
    'a noun phrase the writer quotes is the incise’s speaker, not a quotation ("explique « un important macroniste »")',
    'Le président préférait un vote mercredi. « Il y a un couac entre le président et le Premier ministre », explique « un important macroniste » au journal.',
    0,
    { text: 'un important macroniste', type: 'OTHER' },
  ],
  [
    'a name after its determiner is a noun phrase even when it spells a verb ("la Poste", not "poster")',
    'Les sommes sont disponibles. Comme le souligne la Poste, « plus de la moitié des foyers sont clients de la banque ».',
    0,
    'Poste',
  ],
  [
    'a role noun phrase describing another person opens the sentence before a quotation without cue: that person, not the last speaker',
    'Le réalisateur Paul Girard tournait un film. L’acteur Marc Lenoir a rejoint un parti. « Je le regrette », a-t-il confié jeudi. Le réalisateur et humoriste a préféré tourner la scène avec un autre acteur. « Le risque, c’était qu’il devienne député. »',
    1,
    'Paul Girard',
  ],
];

const DEV3: Row[] = [
  [
    '"», pour X, …" after a quotation: X holds the opinion, as with "selon"',
    'Les associations attaquent la loi. « Abroger la pénalisation du client, ce serait favoriser la loi du plus fort », pour le Mouvement du Nid, favorable à la loi.',
    0,
    'Mouvement du Nid',
  ],
  [
    'a parenthesised acronym before the comma of an apposition ("… Reporters sans frontières (RSF), X")',
    'La branche locale accuse l’armée. « Nous continuons de penser qu’il a été enlevé », estime le responsable du bureau Afrique de Reporters sans frontières (RSF), Paul Girard, interrogé par l’AFP.',
    0,
    'Paul Girard',
  ],
  [
    '"sous couvert d’anonymat" between an incise verb and its subject',
    'Le journaliste a disparu. « On est sûr qu’il a été enlevé par les militaires », affirme sous couvert d’anonymat un de ses collègues.',
    0,
    { text: 'un de ses collègues', type: 'OTHER' },
  ],
  [
    'a chain of subject pronouns: "il" goes where the chain starts, not to a man named in its complements',
    'La pandémie prive Paul Girard de ses meetings. À la traîne dans les sondages, il est tenté d’utiliser sa fonction. Coincé à Paris, il multiplie les interviews pour dire le mal qu’il pense de Marc Lenoir, accusé d’être devenu un radical. « Marc a été entraîné à gauche toute », a-t-il assuré mercredi.',
    0,
    'Paul Girard',
  ],
  [
    'left alone: with no chain of subject pronouns, the man named before is the antecedent',
    'Anne Durand a longuement parlé à Paul Girard mardi. « Je ne suis pas d’accord avec elle », a-t-il répondu.',
    0,
    'Paul Girard',
  ],
  [
    'a long relative apposition holding a quoted name between the subject and its verb ("Les contestataires, dont … « gilets jaunes », ont scandé « … »")',
    'Trois manifestants ont été interpellés, selon la préfecture de police. Les contestataires, dont des syndicalistes et certains se réclamant des « gilets jaunes », ont scandé « On ira jusqu’au retrait » devant le siège.',
    0,
    { text: 'Les contestataires' },
  ],
  [
    '"peut-on lire dans X" right after the closing mark, without its comma',
    'Sa direction a publié un communiqué mardi. « L’association intervient pour préciser que son nom est utilisé sans accord » peut-on lire dans ce communiqué.',
    0,
    { text: 'ce communiqué' },
  ],
  [
    'an apposition of more than fifteen tokens between a name and its verb ("X, le patron de Google dont le groupe …, s’est déclaré « déçu »")',
    'Le président veut réserver ces emplois aux Américains. Paul Girard, le patron de la société dont le groupe est l’un des grands bénéficiaires des visas de travail, s’est déclaré « déçu » par cette annonce. « L’immigration a immensément contribué au succès économique du pays », a-t-il écrit.',
    0,
    'Paul Girard',
  ],
  [
    'a description with a dative clitic ("Le chercheur lui répond :") answers the person quoted last: not that person',
    'Anne Durand, directrice de recherche, est interrogée sur le vaccin. Invité en plateau, Paul Girard, chef de service, lui demande alors : « Ne devrait-on pas faire cette étude ailleurs ? » Le chercheur lui répond sans ciller : « Vous avez raison, nous y réfléchissons déjà. »',
    1,
    { text: 'Le chercheur' },
  ],
  [
    'a prepositional locution before a colon is an adjunct, not the speaker ("…, suite à The Voice Kids :")',
    'Paul Girard rejoint le jury. Le jeune homme estime avoir un bagage important, suite à Radio Centre : « Après treize ans de carrière, je commence à avoir des cartes. »',
    0,
    'Paul Girard',
  ],
];

describe('session 13: speakers', () => {
  describe('dev3 families', () => {
    speakerRows(DEV3);
    it('a participle used as a noun after its determiner is the subject ("Le prévenu écrit « … »")', () => {
      const [q] = quotes(
        'Le tribunal a jugé l’affaire mardi. Le prévenu écrit alors en commentaire « tout cela finira mal pour vous ».',
      );
      expect(q.speaker?.text).toBe('Le prévenu');
    });
  });
  describe('dev2 families', () => {
    speakerRows(DEV2);
  });
  describe('the latter ("celui-ci"), narrative infinitives after their subject', () => {
    speakerRows(LATTER);
  });
  describe('openings and asides', () => {
    speakerRows(OPENING);
  });
  describe('quotation chains', () => {
    speakerRows(CHAIN);
  });
  describe('verbs of a manner of speaking in an incise', () => {
    speakerRows(MANNER);
    it('conjugates sourire like rire', () => {
      const forms = inflect('sourire rire').map(([f]) => f);
      expect(forms).toEqual(expect.arrayContaining(['sourit', 'sourient', 'souriait', 'souri']));
      expect(forms).not.toContain('sourut');
    });
  });
  describe('a name closing a long role phrase without a comma', () => {
    speakerRows(LONG_ROLE);
  });
  describe('an incise without its comma, past adverbs and time complements', () => {
    speakerRows(NO_COMMA);
  });
  describe('broader roles', () => {
    speakerRows(KIN);
  });
});

describe('session 13: kinds', () => {
  it('"était l’invité de X" is no incise: "l’" after an auxiliary is a determiner, not an object pronoun', () => {
    expect(
      quotes(
        'Ce mercredi, le président de Sanofi, Paul Girard, était l’invité de la radio. Il a parlé du vaccin.',
      ),
    ).toEqual([]);
  });
  it('the writer’s words between a quotation and a late incise make one mixed quotation', () => {
    const text =
      'Une rencontre s’est tenue lundi soir. « L’idée, c’était de se parler et de trouver une issue » et de voir s’il existe des solutions, a expliqué le député Paul Girard.';
    const [q] = quotes(text);
    expect(q.kind).toBe('mixed');
    expect(q.rule).toBe('mixed-late-incise');
    expect(text.slice(q.start, q.end)).toBe(
      'L’idée, c’était de se parler et de trouver une issue » et de voir s’il existe des solutions',
    );
    expect(q.speaker?.entity).toBe('Paul Girard');
  });
  it('left alone: a late incise right after the closing mark keeps a direct quotation', () => {
    const text =
      'Une rencontre s’est tenue lundi soir. « L’idée, c’était de se parler et de trouver une issue », a expliqué le député Paul Girard.';
    const [q] = quotes(text);
    expect(q.kind).toBe('direct');
    expect(q.speaker?.entity).toBe('Paul Girard');
  });
  it('a whole utterance after a fronted adjunct and its comma is direct', () => {
    const [q] = quotes(
      'La marque a rompu ses contrats. En ce qui concerne le chanteur, « nous ne prolongerons pas son contrat », a indiqué un porte-parole.',
    );
    expect(q.kind).toBe('direct');
    expect(q.speaker?.text).toBe('un porte-parole');
  });
  it('a whole utterance right after a glued intertitle is direct', () => {
    const [, q] = quotes(
      'La directrice a écrit aux parents. « C’est assez surréaliste »« C’est assez surréaliste. La directrice a reconnu son erreur », déplore une syndicaliste.',
    );
    expect(q.kind).toBe('direct');
    expect(q.speaker?.text).toBe('une syndicaliste');
  });
  it('left alone: a fragment after a noun phrase and its comma stays mixed', () => {
    const qs = quotes(
      'La réforme divise. La question des retraites, « ciment de tous les mécontentements du pays », a estimé Paul Girard.',
    );
    // one mixed quotation, the noun phrase and its quoted apposition, attributed by the incise
    expect(qs.map((q) => q.kind)).toEqual(['mixed']);
    expect(qs[0].text.startsWith('La question des retraites, « ciment')).toBe(true);
    expect(qs[0].speaker?.entity).toBe('Paul Girard');
  });
});
