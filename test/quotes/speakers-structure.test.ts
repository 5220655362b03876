/**
 * Speakers, seventh round (structure): what is proposed as the speaker and where. Each mechanism is a rule of
 * French news writing (docs/quotes.md, "seventh round: structure"); each block has rows where it must act (they
 * fail on the code before it) and look-alike rows it must leave alone. Sentences of our own, not of the judged
 * articles.
 */
import { describe, expect, it } from 'vitest';
import { check, quotes, type Row, speakerRows } from './speaker-table.js';

const INTERTITLES: Row[] = [
  [
    'a heading glued to the next paragraph repeats words said later: their speaker',
    'La ministre Anne Durand a visité l’usine mardi.« Une année de transition difficile »Les travaux commenceront en mars. « Ce sera une année de transition, et elle sera difficile », a déclaré le maire Paul Girard.',
    0,
    'Paul Girard',
  ],
  [
    'a heading repeats words said earlier, another voice quoted in between: the first speaker',
    '« Nous fermerons trois écoles à la rentrée », a annoncé le maire Paul Girard. « C’est une erreur », a répondu Anne Durand.« Trois écoles fermées à la rentrée »La décision sera votée en juin.',
    2,
    'Paul Girard',
  ],
  [
    'a heading in capitals with another determiner (right before this round too: kept)',
    '« Il y a un besoin urgent de réformer la procédure », a insisté Anne Durand. « Je suis d’accord », a dit Paul Girard. « UN BESOIN URGENT DE RÉFORMER » Le texte arrive au Sénat.',
    2,
    'Anne Durand',
  ],
  [
    'a heading whose words nobody says: nobody (not the last speaker)',
    '« Le chantier commencera en mars », a annoncé Paul Girard.« Un quartier entièrement transformé »Les travaux dureront deux ans et coûteront dix millions.',
    1,
    null,
  ],
  [
    'an exclamation framed by the dashes of the AFP layout',
    '« Cette rue est devenue trop dangereuse pour nos enfants ! », a crié un manifestant devant la mairie. Anne Durand est arrivée ensuite. - « Une rue trop dangereuse ! » - La foule s’est dispersée dans le calme.',
    1,
    { text: 'un manifestant' },
  ],
  [
    'left alone: a quoted sentence closed by its full stop stands for the voice of the context',
    'Paul Girard est monté à la tribune mardi. « Nous ne lâcherons rien. »La salle a longuement applaudi.',
    0,
    'Paul Girard',
  ],
  [
    'left alone: an exclamation outside the dashes is a spoken sentence',
    'Paul Girard est monté à la tribune mardi. « Nous gagnerons ensemble cette bataille ! » La salle a longuement applaudi.',
    0,
    'Paul Girard',
  ],
  [
    'left alone: a quotation followed by its incise',
    'La ministre est arrivée mardi. « Une année de transition », a résumé Anne Durand.',
    0,
    'Anne Durand',
  ],
];

describe('speakers, seventh round: intertitles take the speaker of the words they repeat', () => {
  speakerRows(INTERTITLES);

  it('a quotation followed by an aside between dashes is no heading', () => {
    const text =
      'Paul Girard a présenté son mouvement mardi. « Ce sera un mouvement de citoyens » - ces derniers n’étant pas tous de gauche - qui fera des propositions.';
    const found = quotes(text).filter((q) => q.text.startsWith('Ce sera'));
    expect(found).toHaveLength(1);
    expect(found[0].rule).not.toBe('direct-intertitle');
  });
});

const COLON_LABELS: Row[] = [
  [
    'a label that is the whole sentence and names no one who can speak: nobody',
    '« Le stade sera fermé jusqu’en mars », a indiqué Paul Girard. Autre mesure prévue par le décret : « interdire les rassemblements de plus de dix personnes ».',
    1,
    null,
  ],
  [
    'left alone: a prepositional phrase is an adjunct, never a subject: the voice of the context',
    '« Nous attendons les secours », a dit Anne Durand au téléphone. Pour la première fois depuis des années : « Nous avons peur pour nos enfants ».',
    1,
    'Anne Durand',
  ],
  [
    'a label past a fronted clause names no one: the voice of the context, not the noun phrase',
    'Paul Girard a répondu aux questions des élèves mardi. Puis, au sujet de la pandémie : « Depuis que les humains sont malades, la planète guérit. »',
    0,
    'Paul Girard',
  ],
  [
    'left alone: a role label speaks',
    'Un incendie a détruit la mairie de Lille. Le maire : « C’est un drame pour toute la ville. »',
    0,
    { text: 'Le maire' },
  ],
  [
    'left alone: initials label an interview turn',
    'Paul Girard a reçu Anne Durand pour un entretien. PG : « Pourquoi partez-vous maintenant ? »',
    0,
    'Paul Girard',
  ],
  [
    'left alone: a named label speaks',
    'Le débat a été vif mardi soir. Anne Durand : « Je ne céderai pas sur les retraites. »',
    0,
    'Anne Durand',
  ],
];

describe('speakers, seventh round: a verbless label before a colon speaks only when it can', () => {
  speakerRows(COLON_LABELS);

  it('code left in a page: an identifier and its value are no speaker and no quotation', () => {
    const text =
      'Le débat a été vif mardi soir. new Player({ idVideo: "x468ugd", mediaType: "dm-public video" });';
    const found = quotes(text).filter((q) => q.kind === 'direct');
    expect(found.map((q) => q.text)).toEqual([]);
  });
});

const LEAD_QUOTES: Row[] = [
  [
    'an article opening on a quotation names its speaker in the next sentence, past fronted adjuncts',
    '« Nous rouvrirons les écoles dès le mois de juin. » Lors d’une conférence de presse à Lille, mardi, Anne Durand a annoncé un calendrier.',
    0,
    'Anne Durand',
  ],
  [
    '"Voilà ce qu’a écrit X" right after the opening quotation',
    '« Mes amis ne m’ont pas oublié, c’est le principal. » Voilà ce qu’a écrit Paul Girard mercredi soir sur son compte.',
    0,
    'Paul Girard',
  ],
  [
    'left alone: a person named in a narrative sentence with no speech verb is not said to speak',
    '« Ils arrivent, va te cacher. » Ce matin-là, Paul Girard et Anne Durand viennent de sonner à la porte de l’usine.',
    0,
    null,
  ],
  [
    'left alone: a quotation that does not open the article keeps its context',
    'Anne Durand a reçu les syndicats mardi. « Nous rouvrirons les écoles en juin. » Lors de la réunion, Paul Girard a annoncé un calendrier.',
    0,
    'Anne Durand',
  ],
];

describe('speakers, seventh round: a lead quote is said by the person the next sentence makes speak', () => {
  speakerRows(LEAD_QUOTES);
});

const INCISE_SLOT: Row[] = [
  [
    'complements framed by commas between the incise verb and its subject',
    '« Nous ne pouvons plus rentrer chez nous », a témoigné par téléphone, auprès de l’AFP, Mylène Durand.',
    0,
    'Mylène Durand',
  ],
  [
    'an adverbial group between the auxiliary and the participle',
    'Anne Durand a ouvert la séance. « Il faut que les gens se rendent compte », a par exemple témoigné Paul Girard.',
    0,
    'Paul Girard',
  ],
  [
    'an object pronoun "la" before the incise verb is no determiner',
    'Une cliente se plaint des tables trop proches. « Nous appliquons les règles », la rassure une serveuse.',
    0,
    { text: 'une serveuse' },
  ],
  [
    'a verb of manner of speaking in the incise slot (se plaindre)',
    'Anne Durand a ouvert la séance. « C’est une torture », se plaint Paul Girard.',
    0,
    'Paul Girard',
  ],
  [
    'a verb of attitude in the incise slot (approuver)',
    'Anne Durand a ouvert la séance. « Quel bonheur de revenir ici », approuve Paul Girard.',
    0,
    'Paul Girard',
  ],
  [
    'left alone: "la" before a noun after the comma is the determiner of a new sentence’s subject',
    'Paul Girard est arrivé mardi. « Nous appliquons les règles », la direction du parc l’a confirmé ensuite.',
    0,
    'Paul Girard',
  ],
  [
    'left alone: "par" opening a complement of a verb that is not an incise',
    'Paul Girard a pris la parole. « Nous partirons demain. » Par téléphone, Anne Durand a confirmé le départ.',
    0,
    'Paul Girard',
  ],
];

describe('speakers, seventh round: what may stand between an incise verb and its subject', () => {
  speakerRows(INCISE_SLOT);
});

describe('quotations, seventh round: a title in apposition to the noun of a work is a name', () => {
  const direct = (text: string) =>
    quotes(text)
      .filter((q) => q.kind === 'direct')
      .map((q) => q.text);
  it('past the modifiers of the noun and a comma', () =>
    expect(
      direct(
        'Elle racontera cette période dans une autobiographie parue en 1983, « Jujube ». La suite est connue.',
      ),
    ).toEqual([]));
  it('after a colon', () =>
    expect(
      direct('De ces entretiens est né un livre : « Conversations privées avec le président ».'),
    ).toEqual([]));
  it('left alone: a source noun after "selon" introduces a quotation', () =>
    expect(direct('Selon le journal, « Il est parti sans prévenir personne ». La police enquête.')).toEqual([
      'Il est parti sans prévenir personne',
    ]));
  it('left alone: a verb before the colon introduces a quotation', () =>
    expect(direct('Interrogé par le journal, le ministre a répondu : « Pas question »')).toEqual([
      'Pas question',
    ]));
});

const LATE_INCISE: Row[] = [
  [
    'an incise closing a long sentence attributes the quotation that opens it',
    'Anne Durand est arrivée mardi à la préfecture avec une délégation. « Nous demandons la gratuité des masques » et leur « remboursement par la Sécurité sociale comme pour les tests », parce que « le port du masque est obligatoire » dans plusieurs lieux publics et qu’ils « représentent un coût de deux cents euros par mois pour une famille de quatre personnes », a expliqué Paul Girard à l’AFP.',
    0,
    'Paul Girard',
  ],
  [
    'left alone: an incise of the next sentence does not reach back',
    'Anne Durand est arrivée mardi à la préfecture avec une délégation. « Nous demandons la gratuité des masques. » Les élus ont aussi réclamé des tests gratuits pour toutes les familles, a expliqué Paul Girard à l’AFP.',
    0,
    'Anne Durand',
  ],
];

describe('speakers, seventh round: an incise closing its sentence, however long', () => {
  // (session 13: the writer's words between the marks and the incise make the whole content one mixed
  // quotation, as the gold sets annotate it; its speaker is the incise's)
  it(LATE_INCISE[0][0], () => {
    const text = LATE_INCISE[0][1];
    const [q] = quotes(text);
    expect(q.kind).toBe('mixed');
    expect(q.rule).toBe('mixed-late-incise');
    expect(text.slice(q.start, q.end)).toMatch(
      /^Nous demandons la gratuité des masques » et leur « remboursement/,
    );
    expect(q.speaker?.entity).toBe('Paul Girard');
  });
  speakerRows(LATE_INCISE.slice(1));
});

const MORE_HEADINGS: Row[] = [
  [
    'a heading right after a quotation that ended its sentence',
    'Anne Durand est arrivée. « Je n’ai pas l’intention de partir, cela ne veut rien dire... »« Je reste tant que je suis utile »Sera-t-elle candidate ? « Je reste au gouvernement tant que je me sens utile », a répondu Paul Girard.',
    1,
    'Paul Girard',
  ],
  [
    'a long heading in capitals',
    '« Quand vous aurez des problèmes avec des voisins, on ne viendra pas vous sauver », aurait lancé un policier, selon Paul Girard. Anne Durand a porté plainte. « ON NE VIENDRA PAS VOUS SAUVER QUAND VOUS AUREZ DES PROBLÈMES AVEC LES VOISINS » Les policiers ont été suspendus.',
    1,
    { text: 'un policier' },
  ],
];

describe('speakers, seventh round: more headings', () => {
  speakerRows(MORE_HEADINGS);
});

describe('quotations, seventh round: a quotation that is the subject of the verb after it is a name', () => {
  const direct = (text: string) =>
    quotes(text)
      .filter((q) => q.kind === 'direct')
      .map((q) => q.text);
  it('a title as the subject of a compound verb', () =>
    expect(
      direct('Paul Girard a vendu le costume. « Une odyssée de l’espace » avait été sélectionné aux Oscars.'),
    ).toEqual([]));
  it('a name as the subject of a copula', () =>
    expect(
      direct('Le chef ouvre un lieu. « Des roses et des orties » sera à la fois un restaurant et un bar.'),
    ).toEqual([]));
  it('left alone: an incise without its comma', () =>
    expect(direct('Le chef ouvre un lieu. « Nous ouvrirons en décembre » a déclaré Paul Girard.')).toEqual([
      'Nous ouvrirons en décembre',
    ]));
  it('left alone: an inverted incise with an adverb', () =>
    expect(direct('Le chef ouvre un lieu. « Nous ouvrirons en décembre » a-t-il d’abord lancé.')).toEqual([
      'Nous ouvrirons en décembre',
    ]));
  it('left alone: a quoted subject whose predicate is quoted too and attributed', () =>
    expect(
      direct(
        'L’usine ferme. « Le projet de cessation totale d’activité » est « la seule option » selon la société.',
      ),
    ).toContain('Le projet de cessation totale d’activité'));
});

const LABEL_DETAILS: Row[] = [
  [
    'a role noun in a complement other than "de" does not make a label speak',
    '« Le stade sera fermé jusqu’en mars », a indiqué Paul Girard. Autre possibilité offerte aux maires : « interdire les rassemblements de plus de dix personnes ».',
    1,
    null,
  ],
  [
    'a demonstrative subject points at a thing, not at a speaker',
    'Les policiers sont intervenus mardi à Lille. C’est une voiture garée depuis trois jours portant l’inscription : « Vive la révolution ».',
    0,
    null,
  ],
  [
    'left alone: a "de" complement that can speak makes the label a speaker',
    'Les policiers sont intervenus mardi à Lille. Commentaire d’un témoin de la scène : « Ils sont arrivés très vite. »',
    0,
    { text: 'Commentaire d’un témoin de la scène' },
  ],
];

describe('speakers, seventh round: colon labels, details', () => {
  speakerRows(LABEL_DETAILS);
});

describe('speakers, seventh round: look-alikes found by the fourth blind sample', () => {
  it('a line of dialogue between dashes, followed by its answer, is no heading', () => {
    const text =
      'À Nancy, le ministre Paul Girard a répondu à un enfant qui l’interrogeait. - « Toi t’habites avec le président ? » - « Ouais, on habite tous les deux ensemble ! » Ce dialogue n’est pas passé inaperçu.';
    const found = quotes(text).filter((q) => q.kind === 'direct');
    expect(found.map((q) => q.rule)).not.toContain('direct-intertitle');
  });
  it('a lead quote is not given to a person named as a complement', () =>
    check(
      '« Réflexions, débats, perspectives et analyses » : c’est le nom de la société créée par Paul Girard. L’ancien ministre a lancé le 9 janvier une société, rapporte La Lettre de l’expansion.',
      0,
      null,
    ));
});
