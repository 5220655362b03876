/**
 * Indirect and mixed quotations of the third indirect round (src/quotes/indirect.ts, data/quotes/
 * indirect-incise-tails.txt, indirect-object-particles.txt, selon-documents.txt, indirect-act-verbs.txt): spans as
 * the guideline draws them (docs/quotes-guidelines.md: a mixed quotation is the whole reported content, its quoted
 * fragment and marks inside), incises closed by the medium of the statement, sources after a sentence adverbial.
 * Sentences of our own: a table of rows that must give one quotation with its exact span, kind, rule and cue, and a
 * table of look-alikes that must not.
 */
import { describe, expect, it } from 'vitest';
import { checkFound, type FoundRow } from './reported-table.js';
import { quotes } from './speaker-table.js';

const FOUND: FoundRow[] = [
  // a speech verb whose object holds a quoted fragment: the whole object, marks included
  [
    'La maire a salué la « bonne nouvelle » de la réouverture du marché couvert.',
    'la « bonne nouvelle » de la réouverture du marché couvert',
    'mixed',
    'indirect-quoted-object',
    'salué',
    'La maire',
  ],
  [
    "Le syndicat a dénoncé un « passage en force » du conseil d'administration.",
    "un « passage en force » du conseil d'administration",
    'mixed',
    // dénoncer takes any noun phrase (indirect-frames.txt): the object rule spans it the same way
    'indirect-object',
    'dénoncé',
    'Le syndicat',
  ],
  [
    "L'entraîneur a reconnu le « manque de rigueur » de ses joueurs en défense.",
    'le « manque de rigueur » de ses joueurs en défense',
    'mixed',
    'indirect-quoted-object',
    'reconnu',
    "L'entraîneur",
  ],
  // … past its particle ("plaider pour", "qualifier de")
  [
    'La présidente de la région a plaidé pour « plus de trains régionaux » entre les deux villes.',
    '« plus de trains régionaux » entre les deux villes',
    'mixed',
    'indirect-quoted-object',
    'plaidé',
    undefined,
  ],
  // … with a date between the verb and the object
  [
    'Le collectif a salué mercredi la « victoire » des habitants du quartier.',
    'la « victoire » des habitants du quartier',
    'mixed',
    'indirect-quoted-object',
    'salué',
    'Le collectif',
  ],
  // … after the subject's apposition between commas
  [
    'Marie Dupont, archéologue au musée de la ville, a salué cette découverte « stupéfiante » pour la région.',
    'cette découverte « stupéfiante » pour la région',
    'mixed',
    'indirect-quoted-object',
    'salué',
    undefined,
  ],
  // faire état de: a report
  [
    'Une expertise psychologique a fait état d’un « processus dégénératif » chez le suspect.',
    'un « processus dégénératif » chez le suspect',
    'mixed',
    'indirect-act',
    'fait',
    undefined,
  ],
  // "Pour X, de <affiliation>, …": the affiliation is the source's, not the opinion
  [
    'Pour Richard Bates, de l’université de St Andrews, cette découverte change notre regard sur le passé.',
    'cette découverte change notre regard sur le passé',
    'indirect',
    'pour',
    'Pour',
    undefined,
  ],
  // an incise after a quoted predicate: the whole clause from its subject
  [
    'Les riverains « en ont assez du bruit des camions », a expliqué le président de l’association.',
    'Les riverains « en ont assez du bruit des camions »',
    'mixed',
    'indirect-incise',
    'expliqué',
    'le président de l’association',
  ],
  [
    "C'est « tout à fait envisageable », a répondu la ministre.",
    "C'est « tout à fait envisageable »",
    'mixed',
    'indirect-incise',
    'répondu',
    'la ministre',
  ],
  // an incise closed by the medium of the statement
  [
    'Les travaux reprendront en septembre, a précisé la mairie dans un communiqué.',
    'Les travaux reprendront en septembre',
    'indirect',
    'indirect-incise',
    'précisé',
    'la mairie',
  ],
  [
    "Le chantier a pris six mois de retard, a indiqué le promoteur à l'AFP mardi.",
    'Le chantier a pris six mois de retard',
    'indirect',
    'indirect-incise',
    'indiqué',
    'le promoteur',
  ],
  [
    'Ses proches « sont soulagés et remercient les secouristes », ont-ils écrit sur Facebook.',
    'Ses proches « sont soulagés et remercient les secouristes »',
    'mixed',
    'indirect-incise',
    'écrit',
    undefined,
  ],
  // an apposition to the incise's speaker or to the source is no more content
  [
    'Les agriculteurs ont bloqué la route pour « demander une évacuation du site », a déclaré Alain Pouget, président du syndicat.',
    'Les agriculteurs ont bloqué la route pour « demander une évacuation du site »',
    'mixed',
    'indirect-incise',
    'déclaré',
    undefined,
  ],
  [
    'Il lui est reproché des publications sur Facebook, selon son avocat, Me Djamel Aissiouane.',
    'Il lui est reproché des publications sur Facebook',
    'indirect',
    'source',
    'selon',
    undefined,
  ],
  // selon after a sentence adverbial: the content after the source
  [
    'Désormais, selon un décret publié lundi, les bars pourront rouvrir leurs terrasses.',
    'les bars pourront rouvrir leurs terrasses',
    'indirect',
    'source',
    'selon',
    undefined,
  ],
  [
    'Par ailleurs, selon le quotidien régional, le maire aurait renoncé à se représenter.',
    'le maire aurait renoncé à se représenter',
    'indirect',
    'source',
    'selon',
    'le quotidien régional',
  ],
  // a fronted source and a trailing incise: two cues of one clause, which ends before the incise (the selon rule
  // and the incise rule give the same span; the first kept is the source)
  [
    'Selon le préfet, la situation était « sous contrôle », a-t-il ajouté devant les élus.',
    'la situation était « sous contrôle »',
    'mixed',
    'source',
    'Selon',
    'le préfet',
  ],
  // a que-clause or a selon clause ends before a trailing incise
  [
    'La piscine rouvrira en juin selon le maire, a précisé son adjoint devant la presse.',
    'La piscine rouvrira en juin',
    'indirect',
    'source',
    'selon',
    'le maire',
  ],
  [
    'Le maire a affirmé que la piscine rouvrirait en juin, a-t-il précisé devant la presse.',
    'la piscine rouvrirait en juin',
    'indirect',
    'indirect-que',
    'affirmé',
    'Le maire',
  ],
  // comme le rapporte X after a sentence adverbial
  [
    "Or, comme le rapporte le journal, la décision n'a pas fait l'unanimité au conseil.",
    "la décision n'a pas fait l'unanimité au conseil",
    'indirect',
    'comme',
    'rapporte',
    'le journal',
  ],
  // a link opening the sentence is the writer's; a comma after que is no content
  [
    'Mais la réunion ne se tiendra pas cette semaine, a déclaré le porte-parole du parti.',
    'la réunion ne se tiendra pas cette semaine',
    'indirect',
    'indirect-incise',
    'déclaré',
    'le porte-parole du parti',
  ],
  [
    'Plusieurs élus ont affirmé que, pour eux, le budget devait être revu.',
    'pour eux, le budget devait être revu',
    'indirect',
    'indirect-que',
    'affirmé',
    'Plusieurs élus',
  ],
  // a sentence glued to the next by the source text ends the que-clause
  [
    'Le maire a regretté que la ville perde ses « talents ».« Nous allons tout faire pour les garder », a-t-il ajouté.',
    'la ville perde ses « talents »',
    'mixed',
    'indirect-que',
    'regretté',
    'Le maire',
  ],
  // a relative clause on the object's last noun belongs to the content, to the end of the sentence
  [
    'Le groupe assure réutiliser son plastique dans ses usines, dont les principales sont en Hongrie, en Chine et au Mexique.',
    'réutiliser son plastique dans ses usines, dont les principales sont en Hongrie, en Chine et au Mexique',
    'indirect',
    'indirect-object',
    'assure',
    'Le groupe',
  ],
  // a participle after a comma with a quoted object (after the blind check)
  [
    'Le rectorat assume la décision, évoquant « une sanction modérée » pour la directrice.',
    '« une sanction modérée » pour la directrice',
    'mixed',
    'indirect-quoted-object',
    'évoquant',
    undefined,
  ],
  // a verb that tells a person, then que (after the blind check)
  [
    'Le sénateur a averti Cédric Villani qu’une exclusion serait probable sans son soutien.',
    'une exclusion serait probable sans son soutien',
    'indirect',
    'indirect-que',
    'averti',
    'Le sénateur',
  ],
  [
    'La préfecture a prévenu les agriculteurs que la route resterait fermée jusqu’à lundi.',
    'la route resterait fermée jusqu’à lundi',
    'indirect',
    'indirect-que',
    'prévenu',
    'La préfecture',
  ],
  // exclure de + infinitive
  [
    "Le Premier ministre n'a pas exclu de fermer les frontières avec le pays voisin.",
    'fermer les frontières avec le pays voisin',
    'indirect',
    'indirect-act',
    'exclu',
    'Le Premier ministre',
  ],
];

describe('indirect quotations, third round: spans, incises, sources', () => {
  for (const row of FOUND) it(`${row[3]}: ${row[0]}`, () => checkFound(row));
});

// look-alikes: [sentence, what must not be found (a rule id: no quotation of that rule; a text: no quotation with
// that exact text), why]
const NOT: [string, string, string][] = [
  // quoted object: a title, a name, a passive, a negation, a whole utterance
  [
    'Le ministre a présenté le film « Les Misérables » aux lycéens.',
    'indirect-quoted-object',
    'a title noun before the marks',
  ],
  ['Le club a salué « Le Parisien » pour son enquête.', 'indirect-quoted-object', 'a name in marks'],
  [
    'Le port du masque, jugé « inutile » par les autorités en mars, est devenu obligatoire.',
    'indirect-quoted-object',
    'a passive participle',
  ],
  ["Le maire n'a pas dénoncé la « décision » du préfet.", 'indirect-quoted-object', 'a negated speech verb'],
  [
    'Le capitaine a lancé « Nous irons jusqu’au bout » avant le match.',
    'indirect-quoted-object',
    'a whole utterance after the verb is a direct quotation',
  ],
  // quoted predicate: an adjunct before the marks, a speech verb of its own, a name
  [
    'Selon lui, « la saison est terminée », a-t-il ajouté.',
    'Selon lui, « la saison est terminée »',
    'an adjunct alone before the marks: a direct quotation with two cues',
  ],
  [
    'Il a lancé « on ne lâchera rien », a rapporté le quotidien.',
    'Il a lancé « on ne lâchera rien »',
    'a speech verb before the marks',
  ],
  [
    'Léa sera absente de « L’Émission politique », a précisé la chaîne.',
    'indirect-quoted-object',
    'a title in marks is no quoted predicate (the incise may report the sentence, not as a quoted predicate)',
  ],
  // incise tail: an object after the verb, an infinitive after an adverb
  [
    'Le géant danois, installé à Billund, assure déjà réutiliser son plastique dans ses usines, a-t-on appris.',
    'Le géant danois, installé à Billund',
    'an infinitive after an adverb: no inverted subject',
  ],
  // the content goes on after an incise when a verb follows, not only an apposition
  [
    'Le conducteur, a indiqué le parquet, roulait beaucoup trop vite.',
    'Le conducteur',
    'content resumed after the incise: not cut at the incise',
  ],
  // a relative clause ends before a new report
  [
    'Le maire a dénoncé la fermeture de la gare, qui dessert trois villages, ajoutant que la région devait agir.',
    'la fermeture de la gare, qui dessert trois villages, ajoutant que la région devait agir',
    'the relative clause stops before a participle of speech',
  ],
  // "Pour X, de nombreux …": a subject, not an affiliation
  [
    'Pour le maire, de nombreux commerces restent fermés le dimanche.',
    'restent fermés le dimanche',
    'de + a plural subject with its verb is no affiliation',
  ],
  // a subject and its verb before d'après are no sentence adverbial (after the blind check)
  [
    "Ils recherchent, d'après le journal, un homme qui a volé une caisse sur le tarmac.",
    'un homme qui a volé une caisse sur le tarmac',
    'a clause before the source: the whole sentence is the content',
  ],
  // a link and its comma before a whole quotation: a direct quotation, not a quoted predicate (after the blind check)
  [
    'Pourtant, « ça se passe mal », estime le président de l’association.',
    'Pourtant, « ça se passe mal »',
    'the link is the writer’s',
  ],
  // a thing after the verb: que is a relative pronoun
  [
    'Le groupe assure le service que ses clients attendent depuis des mois.',
    'ses clients attendent depuis des mois',
    'assurer + a thing: no person told',
  ],
  // sentence adverbial: a subject is none
  [
    'Le maire, selon le quotidien, aurait renoncé à se représenter.',
    'aurait renoncé à se représenter',
    'a subject before selon: the whole sentence is the content',
  ],
  // c'est à dire que
  [
    "Le mois a été moins ensoleillé que la normale, c'est à dire que la moyenne sur trente ans.",
    'la moyenne sur trente ans',
    "c'est à dire que: a gloss",
  ],
  // a link is skipped only before the clause's words
  ['Et, selon le maire, rien ne change.', 'Et, selon le maire, rien ne change', 'a link before a comma'],
  // exclure without de + infinitive
  ['Le joueur a été exclu du club après la bagarre.', 'indirect-act', 'exclu du club: no infinitive'],
];

describe('indirect quotations, third round: look-alikes', () => {
  for (const [sentence, not, why] of NOT) {
    it(`${why}: ${sentence}`, () => {
      const all = quotes(sentence);
      const bad = all.filter((q) => q.rule === not || q.text === not);
      expect(bad, JSON.stringify(all.map((x) => [x.text, x.kind, x.rule]))).toEqual([]);
    });
  }
});
