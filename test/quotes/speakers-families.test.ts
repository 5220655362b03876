/**
 * Speakers of direct quotations, one table per family of errors found by reading the output on unlabelled
 * news (issue 17): incise forms, colon introductions, role nouns and the person they describe, pronouns after
 * a subject described by a role, closing marks, intertitles. Sentences are our own. Many rows want someone
 * other than the most recent person named, or null.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from './speaker-table.js';

/** [why, text, index of the quotation, expected speaker: its entity, or { text } for an unlinked mention, or null] */
type Row = [string, string, number, string | { text: string } | null];

/** Index -1: the last quotation, whose speaker must also be linked to no entity. */
function check(text: string, index: number, want: Row[3]): void {
  const found = quotes(text);
  const i = index < 0 ? found.length - 1 : index;
  if (index < 0) expect(found[i]?.speaker?.entity).toBeUndefined();
  expect(found.length).toBeGreaterThan(i);
  const sp = found[i].speaker;
  if (want === null) expect(sp).toBeNull();
  else if (typeof want === 'string') expect(sp?.entity).toBe(want);
  else expect(sp).toMatchObject({ text: want.text });
}

const INCISE_FORMS: Row[] = [
  [
    'an object pronoun before the verb of the incise ("lui a répondu X"): X, not the person quoted before',
    '« Il faut fermer les frontières », a lancé Sophie Marchal. « Nous ne fermerons rien », lui a répondu Paul Girard.',
    1,
    'Paul Girard',
  ],
  [
    '"m’a confié X": the speaker is X',
    '« Je ne regrette rien », m’a confié Hélène Dufour au téléphone.',
    0,
    'Hélène Dufour',
  ],
  [
    '"a t-il ajouté" with the first hyphen missing is an incise with a pronoun (the man, not the woman named last)',
    'Jacques Morel a présenté son plan mardi. Sa rivale Claire Dumas a quitté la salle. « Nous tiendrons nos promesses », a t-il ajouté.',
    0,
    'Jacques Morel',
  ],
  [
    '"s’interroge t-il" with the first hyphen missing after the verb: the man named as the subject before',
    'Sur son compte Twitter, Christian Eckert a malmené Emmanuel Macron. « Il fait donc tout à la fois ? » s’interroge t-il.',
    0,
    'Christian Eckert',
  ],
  [
    'an incise without its comma and with a time complement before the name ("» a assuré ce dimanche X")',
    'Le maire a parlé. - « Je m’engagerai pour lui, mon choix est fait » a assuré ce dimanche François Baroin.',
    0,
    'François Baroin',
  ],
  [
    'a reflexive incise verb ("se souvient X")',
    '« Tout le stock est parti en une semaine », se souvient Marc Vidal, le fondateur de la marque.',
    0,
    'Marc Vidal',
  ],
  [
    'an aside after the incise verb ("souligne de son côté X") is not part of the speaker',
    '« Les radars ne servent à rien », souligne de son côté le président de l’association des usagers Pierre Lemoine.',
    0,
    'Pierre Lemoine',
  ],
  [
    'news incise verbs ("a posté X", "jubile X"): X, not the person quoted before',
    '« Une grande admiration pour elle », a témoigné l’actrice Julie Gayet. « Ton courage est un cadeau », a posté de son côté Marion Cotillard.',
    1,
    'Marion Cotillard',
  ],
  [
    '"a condamné l’un d’entre eux, X": the name in apposition speaks, not the group named before',
    'Des promeneurs jugeaient l’acte absurde. « C’est absurde d’être contre l’histoire », a condamné l’un d’entre eux, Franjo Lucic.',
    0,
    'Franjo Lucic',
  ],
  [
    'an object pronoun in an incise with the impersonal "on" gives no speaker',
    '« La grève est terminée », nous a-t-on indiqué.',
    0,
    null,
  ],
];

const COLON: Row[] = [
  [
    'colon introduction: the subject before the verb speaks, not the object between the verb and the colon',
    'La sénatrice Laurence Morin a décrit un texte insuffisant : « Rien ne protège les victimes ».',
    0,
    'Laurence Morin',
  ],
  [
    'colon introduction after a relative "qui": the antecedent speaks, not the object "pourquoi …"',
    'Emma Ricard, une biologiste du centre, qui a expliqué pourquoi la photo a été publiée : « Il faut que les gens voient cela ».',
    0,
    'Emma Ricard',
  ],
  [
    'colon introduction with an inverted subject and nothing before the verb: the subject after the verb',
    '« Nous avons gagné. » Et d’ajouter le maire : « La ville est sauvée ».',
    1,
    { text: 'le maire' },
  ],
];

const DESCRIPTIONS: Row[] = [
  [
    'a definite description after a named speaker describes that speaker ("le patron du parti")',
    '« Nous voterons contre », a annoncé Olivier Faure. « Le texte est mauvais », a ajouté le patron du parti.',
    1,
    'Olivier Faure',
  ],
  [
    'a role noun with an organisation ("l’ancien animateur de TF1") is a person, not the organisation',
    '« Nous avons une bombe à retardement », a déclaré Nicolas Hulot. « Il faut agir », s’est alarmé l’ancien animateur de TF1.',
    1,
    'Nicolas Hulot',
  ],
  [
    'a description of the other gender is not the speaker just quoted: no link',
    '« Nous voterons contre », a annoncé Olivier Faure. « Le texte est mauvais », a répondu la présidente du groupe.',
    -1,
    { text: 'la présidente du groupe' },
  ],
  [
    'a description whose role the text gave someone else is not the speaker just quoted',
    'L’avocat de la famille, Yves Berthier, a porté plainte. « Il y a un lien direct », a déclaré Me Berthier. « L’enquête le dira », a répondu le procureur.',
    -1,
    { text: 'le procureur' },
  ],
  [
    'an indefinite description ("un témoin") is never linked',
    '« Nous voterons contre », a annoncé Olivier Faure. « J’ai tout vu », raconte un témoin.',
    -1,
    { text: 'un témoin' },
  ],
  [
    'a role linked by the text to a person of the other gender is not that person ("le Premier ministre" ≠ "la ministre du Travail X")',
    'Il a défendu la ministre du Travail Muriel Pénicaud. « Nous n’avons pas su expliquer », a reconnu le Premier ministre.',
    -1,
    { text: 'le Premier ministre' },
  ],
  [
    'a role inside a complement ("l’avocat de la fille de la victime, X") does not take the name: the head role does',
    '« Le lien est direct », a déclaré l’avocat de la fille de la victime, Yacine Bouzrou. « Rien ne change », a répété l’avocat.',
    1,
    'Yacine Bouzrou',
  ],
  [
    'a role before a verb is not attached to the name after the verb ("…, actuel préfet de la région, a annoncé X")',
    'Il sera remplacé par Didier Lallement, actuel préfet de la région, a annoncé Edouard Philippe. « Le préfet partira lundi », a précisé le Premier ministre.',
    1,
    'Edouard Philippe',
  ],
  [
    '"le Premier ministre" is not the person the text called "ministre"',
    '« Nous tiendrons », a déclaré le ministre de l’Intérieur Christophe Castaner. Le gouvernement a réagi. « Rien ne change », a affirmé le Premier ministre.',
    -1,
    { text: 'le Premier ministre' },
  ],
  [
    'a role with a complement is linked only to the holder of that role ("le président de Debout la France" ≠ "le président Emmanuel Macron")',
    'Le président Emmanuel Macron a promulgué la loi. Pour autant, le président de Debout la France n’a pas digéré. « Cette loi est absurde », a tempêté le président de Debout la France.',
    -1,
    { text: 'le président de Debout la France' },
  ],
];

const PRONOUNS: Row[] = [
  [
    'a pronoun after a sentence whose subject is a role noun: the person the role is linked to, not the speaker quoted last',
    '« Le lien est direct », a déclaré l’avocat de la famille, Yacine Bouzrou. « L’enquête dira tout », a réagi le procureur Xavier Tarabeux. L’avocat, qui met en cause la juridiction, a demandé le dépaysement. « C’est bien le projectile », a-t-il insisté.',
    2,
    'Yacine Bouzrou',
  ],
  [
    'a pronoun after an unnamed role subject: the role, not the lawyer named in the subordinate clause',
    'Alors que son défenseur Me Fabrice Giletta soulignait son désarroi, l’enseignant a reconnu les faits. « J’ai bien compris », a-t-il assuré.',
    -1,
    { text: 'il' },
  ],
  [
    'a closing mark after a quoted word inside the sentence does not make the next name a subject',
    'Jean-Luc Mélenchon a « adjuré » Emmanuel Macron de réagir. « Il ne s’agit pas seulement d’un montage financier », a-t-il déclaré.',
    0,
    'Jean-Luc Mélenchon',
  ],
  [
    'a closing mark after an intertitle does: the name after it is the subject',
    '« LES DIRIGEANTS SONT LES PIRES » Jean-Luc Mélenchon s’en est pris au PDG, Jérôme Pécresse. « Quel genre de dirigeant êtes-vous ? », a-t-il demandé.',
    1,
    'Jean-Luc Mélenchon',
  ],
  [
    '"Pour X, « … »": X is the source, and the pronoun after it goes to X',
    'Muriel Pénicaud a critiqué un texte. Pour la première vice-présidente du groupe Marie Lebec, « on a loupé le sujet ». « Je n’ai pas aimé cette expression », a-t-elle déclaré.',
    2,
    'Marie Lebec',
  ],
  [
    '"Pour le président du parti, X, « … »": the name in apposition is the speaker, not the content',
    'Jean Castex a parlé. Pour le président de Debout la France, Nicolas Dupont-Aignan, « la seule sentence doit être le bannissement ». « Ils doivent être déchus », soutient-il.',
    1,
    'Nicolas Dupont-Aignan',
  ],
];

PRONOUNS.push([
  'a name after the role noun phrase opening its sentence is a subject ("Le ministre français des Affaires étrangères X a exclu")',
  'Boris Johnson veut un report. Le ministre français des Affaires étrangères Jean-Yves Le Drian a exclu tout report. « C’est non », a-t-il déclaré.',
  0,
  'Jean-Yves Le Drian',
]);

describe('speakers: definite descriptions and role links', () => {
  it.each(DESCRIPTIONS)('%s', (_why, text, i, want) => check(text, i, want));
});

describe('speakers: pronouns and subjects', () => {
  it.each(PRONOUNS)('%s', (_why, text, i, want) => check(text, i, want));
});

describe('speakers: incise forms', () => {
  it.each(INCISE_FORMS)('%s', (_why, text, i, want) => check(text, i, want));
});

describe('speakers: colon introductions', () => {
  it.each(COLON)('%s', (_why, text, i, want) => check(text, i, want));
});
