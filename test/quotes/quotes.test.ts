/**
 * extractQuotes(): table-driven sentences for each pattern of reported speech, a false-positive table
 * (titles, names, scare quotes), speaker resolution, the flagship article, the analyze() layer and the
 * generated speech-verb forms.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAGSHIP_META_PATH, readFlagship } from '../../fixtures/flagship.js';
import { analyze, createDoc, extractQuotes, type Quote } from '../../src/index.js';
import { inflect } from '../../src/lang/fr/inflect.js';
import { quotes } from './speaker-table.js';

// [sentence, kind, quoted text, speaker text (null: none), cue text (null: none)]
const FOUND: [string, Quote['kind'], string, string | null, string | null][] = [
  [
    '« Nous ne lâcherons rien », a déclaré le ministre.',
    'direct',
    'Nous ne lâcherons rien',
    'le ministre',
    'déclaré',
  ],
  ['« C’est un drame », estime-t-elle.', 'direct', 'C’est un drame', 'elle', 'estime'],
  [
    '« Les tirs venaient des deux côtés » relève le parquet de Dunkerque.',
    'direct',
    'Les tirs venaient des deux côtés',
    'parquet de Dunkerque', // an organisation found by the entity stage: the speaker is its mention
    'relève',
  ],
  ['Le maire : « C’est un drame. »', 'direct', 'C’est un drame.', 'Le maire', null],
  [
    'Le ministre a déclaré : « Nous irons jusqu’au bout. »',
    'direct',
    'Nous irons jusqu’au bout.',
    'Le ministre',
    'déclaré',
  ],
  [
    '« Nous irons, a-t-il dit, jusqu’au bout », prévient le syndicaliste.',
    'direct',
    'Nous irons, a-t-il dit, jusqu’au bout',
    'le syndicaliste',
    'prévient',
  ],
  [
    '« Il m’a dit “jamais” », a raconté la victime.',
    'direct',
    'Il m’a dit “jamais”',
    'la victime',
    'raconté',
  ],
  [
    '"Ça va se faire", aurait assuré un membre influent du parti.',
    'direct',
    'Ça va se faire',
    'un membre influent du parti',
    'assuré',
  ],
  [
    'Comme disent certains experts, “Interpol, c’est un peu le WhatsApp sécurisé de la planète”.',
    'direct',
    'Interpol, c’est un peu le WhatsApp sécurisé de la planète',
    'certains experts',
    'disent',
  ],
  [
    'Selon la préfète, « la situation est sous contrôle ».',
    'direct',
    'la situation est sous contrôle',
    'la préfète',
    'Selon',
  ],
  [
    'Le procureur a affirmé que l’enquête se poursuivait.',
    'indirect',
    'l’enquête se poursuivait',
    'Le procureur',
    'affirmé',
  ],
  [
    'Les enquêteurs pensent que le suspect a fui à l’étranger.',
    'indirect',
    'le suspect a fui à l’étranger',
    'Les enquêteurs',
    'pensent',
  ],
  [
    'Le ministère a indiqué lundi dans un communiqué que les écoles rouvriraient.',
    'indirect',
    'les écoles rouvriraient',
    'Le ministère',
    'indiqué',
  ],
  [
    'Selon la police, trois personnes ont été interpellées.',
    'indirect',
    'trois personnes ont été interpellées',
    'la police',
    'Selon',
  ],
  [
    'Trois personnes ont été interpellées, selon la préfecture.',
    'indirect',
    'Trois personnes ont été interpellées',
    'la préfecture',
    'selon',
  ],
  [
    'D’après les enquêteurs, le feu est parti d’une cuisine.',
    'indirect',
    'le feu est parti d’une cuisine',
    'les enquêteurs',
    'D’après',
  ],
  [
    'Pour le ministre, cette réforme est indispensable au pays.',
    'indirect',
    'cette réforme est indispensable au pays',
    'le ministre',
    'Pour',
  ],
  [
    'La situation est grave, a indiqué la police.',
    'indirect',
    'La situation est grave',
    'la police',
    'indiqué',
  ],
  [
    'Le gouvernement a annoncé sa démission lundi.',
    'indirect',
    'sa démission lundi',
    'Le gouvernement',
    'annoncé',
  ],
  [
    'La Chine promet de fournir 300 000 décodeurs au Burundi.',
    'indirect',
    'de fournir 300 000 décodeurs au Burundi',
    'Chine',
    'promet',
  ],
  ['Il a dit qu’il était « très inquiet ».', 'mixed', 'il était « très inquiet »', 'Il', 'dit'],
  ['Elle a dénoncé une « dérive inacceptable ».', 'mixed', 'une « dérive inacceptable »', 'Elle', 'dénoncé'],
  ['« C’est fini », dit le ministre.', 'direct', 'C’est fini', 'le ministre', 'dit'],
  ['« Tout va bien », déclare son avocat.', 'direct', 'Tout va bien', 'son avocat', 'déclare'],
  [
    '« Tout va bien », a confié à franceinfo une habitante.',
    'direct',
    'Tout va bien',
    'une habitante',
    'confié',
  ],
  ['« Tout va bien », a déclaré mardi le ministre.', 'direct', 'Tout va bien', 'le ministre', 'déclaré'],
  ['« Tout va bien », indique-t-on à Matignon.', 'direct', 'Tout va bien', 'Matignon', 'indique'],
  ['Selon lui, tout va bien.', 'indirect', 'tout va bien', 'lui', 'Selon'],
  [
    'D’après une étude de l’Insee publiée jeudi, le chômage a reculé.',
    'indirect',
    'le chômage a reculé',
    'Insee',
    'D’après',
  ],
  ['Il a expliqué avoir agi par peur.', 'indirect', 'avoir agi par peur', 'Il', 'expliqué'],
  [
    'La direction assure ne pas être au courant.',
    'indirect',
    'ne pas être au courant',
    'La direction',
    'assure',
  ],
  [
    'Le président a de son côté assuré que tout allait bien.',
    'indirect',
    'tout allait bien',
    'Le président',
    'assuré',
  ],
  [
    '« Rien ne bouge », analyse une source proche du dossier.',
    'direct',
    'Rien ne bouge',
    'une source proche du dossier',
    'analyse',
  ],
];

// Quotation marks around something that nobody says: titles, names, scare quotes.
const NOT_QUOTES: string[] = [
  'Le film « Les Intouchables » a attiré 19 millions de spectateurs.',
  'Le mouvement des « gilets jaunes » a commencé en novembre.',
  'Une réforme « historique » a été votée hier.',
  'L’opération « Sentinelle » mobilise 10 000 soldats.',
  'Il a été surnommé « le Boucher » par la presse.',
  'Un focus sera consacré au projet pilote “Notice d’argent”, une initiative contre la fraude.',
  'Elle a lu « Le Petit Prince » à ses enfants.',
  'Le slogan « Liberté, égalité, fraternité » orne les mairies.',
  'Le chanteur a sorti l’album « Racine carrée » en 2013.',
  'Il présente l’émission « Quotidien » sur TMC depuis 2016.',
  'Le hashtag « #MeToo » a été repris partout.',
  'Les « black blocs » ont été repoussés par la police.',
  'Le texte, adopté mardi, prévoit des sanctions.',
  'La décision annoncée lundi a surpris les marchés.',
  'Rappelons que le scrutin aura lieu dimanche.',
  'Les mesures qu’il a annoncées seront appliquées dès lundi.',
  'Il faut dire que la saison a été difficile.',
  'C’est-à-dire que rien ne change.',
  'Il est parti alors que la réunion commençait.',
  'Une analyse que personne ne conteste a été publiée.',
  '« « « « « ” ” " » « “',
];

describe('extractQuotes: patterns of reported speech', () => {
  it.each(FOUND)('%s', (sentence, kind, text, speaker, cue) => {
    const found = quotes(sentence);
    expect(found).toHaveLength(1);
    const [q] = found;
    expect(q.kind).toBe(kind);
    expect(q.text).toBe(text);
    expect(q.speaker?.text ?? null).toBe(speaker);
    expect(q.cue?.text ?? null).toBe(cue);
    expect(sentence.slice(q.start, q.end)).toBe(q.text);
    expect(typeof q.rule).toBe('string');
    expect(q.score).toBeGreaterThan(0);
    expect(q.score).toBeLessThanOrEqual(1);
  });
});

describe('extractQuotes: titles, names and scare quotes are not quotations', () => {
  it.each(NOT_QUOTES)('%s', (sentence) => {
    expect(quotes(sentence)).toEqual([]);
  });
});

describe('extractQuotes: spans and structure', () => {
  it('joins a quotation running over two paragraphs (« at the start of the continuing one)', () => {
    const text = '« Nous sommes prêts.\n« Nous attendons le signal », a assuré le général.';
    const [q, ...rest] = quotes(text);
    expect(rest).toEqual([]);
    expect(q.text).toBe('Nous sommes prêts.\n« Nous attendons le signal');
    expect(q.speaker?.text).toBe('le général');
  });

  it('keeps a quotation with its incise inside as one span', () => {
    const [q] = quotes('« Nous irons, a-t-il dit, jusqu’au bout », répète Jean Dupont.');
    expect(q.text).toBe('Nous irons, a-t-il dit, jusqu’au bout');
  });

  it('keeps the cue lemma of an irregular verb', () => {
    const [q] = quotes('« Tout est prêt », écrit la ministre sur son blog.');
    expect(q.cue).toMatchObject({ text: 'écrit', lemma: 'écrire' });
  });

  it('gives the cue of selon / d’après with its lemma', () => {
    const [q] = quotes('D’après la police, le suspect a été interpellé.');
    expect(q.cue?.lemma).toBe("d'après");
  });

  it('takes a string, a Doc or an article', () => {
    const text = '« Nous irons jusqu’au bout », a déclaré le ministre.';
    expect(extractQuotes(text)).toHaveLength(1);
    expect(extractQuotes(createDoc(text))).toHaveLength(1);
    const [q] = extractQuotes({ title: 'Titre', body: text });
    expect(q.start).toBe('Titre\n\n'.length + 2);
  });

  it('rejects wrong inputs and options with TypeError / RangeError', () => {
    expect(() => extractQuotes(42 as unknown as string)).toThrow(TypeError);
    expect(() => extractQuotes('texte', 'x' as unknown as object)).toThrow(TypeError);
    expect(() => extractQuotes('texte', { entities: 'x' as unknown as [] })).toThrow(TypeError);
    expect(() => extractQuotes('texte', { maxLength: 2 })).toThrow(RangeError);
    expect(extractQuotes('')).toEqual([]);
  });
});

describe('extractQuotes: speakers', () => {
  it('resolves -t-il to the person named before', () => {
    const [q] = quotes('Emmanuel Macron a été élu dimanche. « Je servirai la France », a-t-il promis.');
    expect(q.speaker).toMatchObject({ text: 'il', type: 'PER', entity: 'Emmanuel Macron' });
  });

  it('does not resolve "il" to a person the text calls "la juge"', () => {
    const [q] = quotes(
      'Michel Fourniret a été entendu par la juge Sabine Khéris. « Il est possible que oui », a-t-il répondu.',
    );
    expect(q.speaker).toMatchObject({ text: 'il', entity: 'Michel Fourniret' });
  });

  it('links a role noun to the person it was attached to ("Rémy Heitz, procureur de Paris")', () => {
    const [q] = quotes(
      'Rémy Heitz, procureur de Paris, a pris la parole. Le procureur a ajouté que l’enquête était close.',
    );
    expect(q.speaker).toMatchObject({ text: 'Le procureur', type: 'PER', entity: 'Rémy Heitz' });
  });

  it('keeps an unlinked role as OTHER with the role as text', () => {
    const [q] = quotes('« La situation est grave », a expliqué la procureure.');
    expect(q.speaker).toMatchObject({ text: 'la procureure', type: 'OTHER' });
    expect(q.speaker?.entity).toBeUndefined();
  });

  it('takes the name in an apposition after the role', () => {
    const [q] = quotes('« Rien n’est décidé », a déclaré le ministre de l’Intérieur, Gérald Darmanin.');
    expect(q.speaker).toMatchObject({ text: 'Gérald Darmanin', type: 'PER' });
  });

  // the right answer is not the most recent person: gender from the text rules the nearer one out
  it.each([
    [
      'participle agreement after the name',
      'Claire Morel, interrogée jeudi, a rencontré Paul Girard. « Nous avons avancé », a-t-elle déclaré.',
      'Claire Morel',
    ],
    [
      '"Mme" before the name',
      'Mme Claire Morel a rencontré Paul Girard. « Nous avons avancé », a-t-elle déclaré.',
      'Claire Morel',
    ],
    [
      '"M." before the name, with a woman named after him',
      'M. Paul Girard a rencontré la ministre Claire Morel. « Rien ne presse », a-t-il répondu.',
      'Paul Girard',
    ],
  ])('resolves the pronoun by gender (%s)', (_why, text, entity) => {
    const [q] = quotes(text);
    expect(q.speaker?.entity).toBe(entity);
  });

  it('gives null when the text does not say who speaks', () => {
    const [q] = quotes('« Personne ne sait ce qui va se passer maintenant dans ce quartier. »');
    expect(q.speaker).toBeNull();
  });

  it('gives a quotation without cue the speaker of the quotation before it', () => {
    const found = quotes(
      '« Nous sommes inquiets », a déclaré Anne Durand. « Les salariés attendent des réponses depuis des mois. »',
    );
    expect(found).toHaveLength(2);
    expect(found[1].cue).toBeNull();
    expect(found[1].speaker?.entity).toBe('Anne Durand');
  });
});

describe.skipIf(readFlagship() === undefined)('the flagship article', () => {
  const text = readFlagship() ?? '';
  const notice = text.indexOf('Notice d’argent');

  function check(found: readonly Quote[], base: string): void {
    expect(found).toHaveLength(1);
    const [q] = found;
    expect(q.text).toContain('WhatsApp sécurisé');
    expect(q.kind).toBe('direct');
    expect(q.speaker).toMatchObject({ text: 'certains experts', type: 'OTHER' });
    expect(q.cue).toMatchObject({ text: 'disent', lemma: 'dire' });
    expect(base.slice(q.start, q.end)).toBe(q.text);
    const n = base.indexOf('Notice d’argent');
    for (const x of found) expect(x.end <= n || x.start >= n + 'Notice d’argent'.length).toBe(true);
  }

  it('has exactly one quotation, the WhatsApp one, by "certains experts" (OTHER) with "disent"', () => {
    expect(notice).toBeGreaterThan(0);
    check(quotes(text), text);
    check(extractQuotes(text), text);
  });

  it('analyze() gives the same quotation in its quotes layer', () => {
    const meta = JSON.parse(readFileSync(FLAGSHIP_META_PATH, 'utf8'));
    const body = text.startsWith(meta.title) ? text.slice(meta.title.length).trimStart() : text;
    const a = analyze({ title: meta.title, body, publishedAt: meta.publishedAt });
    check(a.quotes ?? [], a.text);
  });
});

describe('analyze(): quotes layer', () => {
  it('links speaker.group to the entityGroups entry', () => {
    const a = analyze(
      'Abdellatif Hammouchi, patron de la DGSN, a ouvert la séance. « La coopération est notre force », a-t-il ajouté.',
    );
    const [q] = a.quotes ?? [];
    expect(q.speaker?.group).toBeTypeOf('number');
    expect(a.entityGroups?.[q.speaker?.group as number].canonical).toBe('Abdellatif Hammouchi');
  });

  it('is null when switched off, and runs without the entity stage', () => {
    const text = '« Nous irons jusqu’au bout », a déclaré le ministre.';
    expect(analyze(text, { quotes: false }).quotes).toBeNull();
    const a = analyze(text, { entities: false });
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes?.[0].speaker?.group).toBeUndefined();
  });
});

describe('speech verbs: inflections generated from the lemma list', () => {
  const forms = (e: string) => inflect(e).map(([f]) => f);
  it('regular -er verbs with their spelling changes', () => {
    expect(forms('annoncer')).toEqual(
      expect.arrayContaining(['annonce', 'annoncé', 'annonça', 'annonçait', 'annoncent']),
    );
    expect(forms('juger')).toEqual(expect.arrayContaining(['juge', 'jugeait', 'jugé']));
    expect(forms('répéter')).toEqual(expect.arrayContaining(['répète', 'répété', 'répétait']));
    expect(forms('rappeler')).toEqual(expect.arrayContaining(['rappelle', 'rappelé']));
    expect(forms('marteler è')).toEqual(expect.arrayContaining(['martèle', 'martelé']));
    expect(forms('penser')).toEqual(expect.arrayContaining(['pense', 'pensent']));
    expect(forms('penser')).not.toContain('pènse');
  });
  it('irregular verbs by their model', () => {
    expect(forms('dire dire')).toEqual(expect.arrayContaining(['dit', 'disent', 'disait']));
    expect(forms('reconnaître connaitre')).toEqual(expect.arrayContaining(['reconnaît', 'reconnu']));
    expect(forms('soutenir tenir')).toEqual(expect.arrayContaining(['soutient', 'soutenu']));
    expect(forms('répondre rendre')).toEqual(expect.arrayContaining(['répond', 'répondu', 'réponde']));
    expect(inflect("s'exclamer")[0][1]).toBe("s'exclamer");
    expect(() => inflect('dire')).toThrow();
  });
});
