import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFlagship } from '../../fixtures/flagship.js';
import { createDoc } from '../../src/doc/index.js';
import { type Summary, summarize } from '../../src/summarize/index.js';
import { candidates } from '../../src/summarize/material.js';

// Four ordinary news sentences (written for these tests).
const LEAD = [
  'Le gouvernement a annoncé mardi une hausse de 5 % du budget de la justice pour 2021.',
  'Cette enveloppe doit financer le recrutement de 1 500 magistrats et greffiers supplémentaires.',
  'Les syndicats de magistrats ont salué un effort inédit, tout en réclamant un calendrier précis.',
  "Le texte sera examiné à l'Assemblée nationale au mois d'octobre.",
];

/** Every summary offset slices the analysed text to the sentence text, in article order. */
function checkInvariants(analysed: string, s: Summary): void {
  let last = -1;
  for (const x of s.sentences) {
    expect(analysed.slice(x.start, x.end)).toBe(x.text);
    expect(x.start).toBeGreaterThanOrEqual(last); // glued paragraphs: a sentence may start where the last ended
    expect(x.score).toBeGreaterThan(0);
    expect(x.score).toBeLessThanOrEqual(1);
    last = x.end;
  }
  expect(s.text).toBe(s.sentences.map((x) => x.text).join(' '));
  const doc = createDoc(analysed);
  for (const x of s.sentences) {
    const sent = doc.sentences[x.index];
    expect(sent.start).toBeLessThanOrEqual(x.start);
    expect(sent.end).toBe(x.end);
  }
}

const flagshipText = readFlagship();
const noFlagship = flagshipText === undefined;

describe('summarize: non-material never chosen', () => {
  // [what, line placed in the article, where]
  const table: [string, string, 'start' | 'middle' | 'end'][] = [
    ['byline', 'Par Jean-Pierre Martin', 'start'],
    ['byline with agency', 'Par Marie Dupont avec AFP', 'start'],
    ['dated byline', 'Publié le 12 mars 2021 à 14h05', 'start'],
    ['update line', 'Mis à jour le 12/03/2021 à 15:10.', 'start'],
    ['writer line of a news site', 'Rédigé par la rédaction le Mardi 25 Novembre 2025', 'start'],
    ['photo credit', 'Photo : Ludovic Marin / AFP', 'middle'],
    ['photo credit with ©', '© AFP / Thomas Samson', 'middle'],
    ['credit line', 'Crédit photo : Maxppp', 'middle'],
    ['caption with credit', "Le ministre à l'Élysée, le 3 mars 2021. LUDOVIC MARIN / AFP", 'middle'],
    ['caption with credit first', "AFP / Thomas Samson. Le ministre à l'Élysée, le 3 mars 2021.", 'middle'],
    ['cross-link', 'Lire aussi : Budget 2021, ce qui change pour vous', 'middle'],
    ['cross-link, capitals', 'LIRE AUSSI - Justice : les chiffres clés', 'middle'],
    ['see also', 'À lire aussi : la réforme expliquée en cinq points.', 'middle'],
    ['intertitle in capitals', 'UN EFFORT SANS PRÉCÉDENT ?', 'middle'],
    ['intertitle between dashes', '- Un calendrier serré -', 'middle'],
    ['intertitle without punctuation', 'Un calendrier serré', 'middle'],
    ['footer: same section', 'Dans la même rubrique', 'end'],
    ['footer: author page', 'En savoir plus sur cet auteur', 'end'],
    ['footer: copyright', '© AFP', 'end'],
    ['footer: source', 'Source : AFP.', 'end'],
    ['newsletter', 'Abonnez-vous à notre newsletter pour ne rien manquer.', 'end'],
  ];
  for (const [what, line, where] of table) {
    it(`${what}: ${JSON.stringify(line)}`, () => {
      const parts =
        where === 'start'
          ? [line, LEAD.join(' ')]
          : where === 'middle'
            ? [LEAD.slice(0, 2).join(' '), line, LEAD.slice(2).join(' ')]
            : [LEAD.join(' '), line];
      const text = parts.join('\n\n');
      const s = summarize(text, { sentences: 50 });
      checkInvariants(text, s);
      for (const x of s.sentences) expect(x.text).not.toContain(line.slice(0, 12));
      // the ordinary sentences are all still there
      expect(s.sentences.map((x) => x.text)).toEqual(LEAD);
    });
  }

  it('everything after a footer marker is excluded (related headlines)', () => {
    const text = `${LEAD.join(' ')}\n\nDans la même rubrique\n\nLa SNCF annonce une grève lundi. Un séisme frappe le Japon.`;
    const s = summarize(text, { sentences: 50 });
    expect(s.sentences.map((x) => x.text)).toEqual(LEAD);
  });

  it('a dateline is trimmed off the sentence, offsets stay exact', () => {
    const text = `PARIS (AFP) - ${LEAD[0]} ${LEAD.slice(1).join(' ')}`;
    const s = summarize(text, { sentences: 50 });
    checkInvariants(text, s);
    expect(s.sentences[0].text).toBe(LEAD[0]);
    expect(s.sentences[0].start).toBe('PARIS (AFP) - '.length);
  });

  it('a glued AFP intertitle is trimmed off the sentence that follows it', () => {
    const text = `${LEAD[0]} ${LEAD[1]}- "Le début du combat" -${LEAD[2]} ${LEAD[3]}`;
    const s = summarize(text, { sentences: 50 });
    checkInvariants(text, s);
    expect(s.sentences.map((x) => x.text)).toEqual(LEAD);
  });

  it('the title of { title, body } is never chosen, and offsets refer to title + "\\n\\n" + body', () => {
    const title = 'Le budget de la justice augmente de 5 % en 2021.';
    const body = LEAD.join(' ');
    const s = summarize({ title, body }, { sentences: 50 });
    checkInvariants(`${title}\n\n${body}`, s);
    expect(s.sentences.map((x) => x.text)).toEqual(LEAD);
    expect(s.sentences[0].start).toBe(title.length + 2);
  });

  // false positives: ordinary sentences that look like boilerplate at first sight
  const keep: string[] = [
    'Par ailleurs, le ministre a promis une loi de programmation avant la fin de l’année.',
    'Crédit Agricole a annoncé une hausse de 12 % de son bénéfice au troisième trimestre.',
    'Partager les données des patients reste interdit sans leur accord, rappelle la Cnil.',
    'Source de tensions, la réforme divise la majorité depuis des mois.',
    'Vidéos et photos de l’incident ont largement circulé sur les réseaux sociaux.',
    "Lire un livre par semaine, c'est l'objectif fixé par le ministère aux collégiens.",
    'Selon l’AFP, trois personnes ont été interpellées dans la nuit de lundi à mardi.',
    'Le président a répondu : « Nous ne reculerons pas. »',
  ];
  for (const line of keep) {
    it(`kept as material: ${JSON.stringify(line.slice(0, 40))}`, () => {
      const text = `${LEAD.slice(0, 2).join(' ')} ${line} ${LEAD.slice(2).join(' ')}`;
      const doc = createDoc(text);
      const c = candidates(doc).find((x) => doc.sentences[x.index].text === line);
      expect(c).toBeDefined();
      expect(c?.excluded).toBeNull();
    });
  }
});

describe('summarize: short input returns itself', () => {
  const table: string[] = [
    'Le Parlement a adopté la loi.',
    'Un seul titre sans point',
    '« Nous ne lâcherons rien », a déclaré le secrétaire général de la CGT.',
    '  Le Parlement a adopté la loi.  ',
    'Par Jean Dupont',
  ];
  for (const text of table) {
    it(JSON.stringify(text), () => {
      const s = summarize(text);
      expect(s.sentences).toHaveLength(1);
      expect(s.text).toBe(text.trim());
      checkInvariants(text, s);
      expect(s.sentences[0].index).toBe(0);
    });
  }
  it('a body of one sentence under a title returns the body sentence', () => {
    const s = summarize({ title: 'Loi adoptée', body: 'Le Parlement a adopté la loi.' });
    expect(s.text).toBe('Le Parlement a adopté la loi.');
    expect(s.sentences[0].start).toBe('Loi adoptée\n\n'.length);
  });
  for (const text of ['', '   ', '\n\n']) {
    it(`empty: ${JSON.stringify(text)}`, () => expect(summarize(text)).toEqual({ text: '', sentences: [] }));
  }
  it('empty body with a title', () =>
    expect(summarize({ title: 'Titre', body: '' })).toEqual({ text: '', sentences: [] }));
});

describe('summarize: contract', () => {
  it('throws TypeError on bad input types', () => {
    for (const bad of [
      undefined,
      null,
      42,
      [],
      Symbol('x'),
      { title: 'x' },
      { body: 3 },
      { body: 'x', title: 3 },
    ]) {
      expect(() => summarize(bad as never)).toThrow(TypeError);
    }
    expect(() => summarize(42 as never)).toThrow('depeche: summarize() expects a string, got number');
  });
  it('throws RangeError on bad options and over-long text', () => {
    for (const bad of [{ sentences: -1 }, { sentences: 1.5 }, { sentences: Number.NaN }, { maxWords: -3 }]) {
      expect(() => summarize(LEAD.join(' '), bad)).toThrow(RangeError);
    }
    expect(() => summarize('abcdef', { maxLength: 5 })).toThrow(/limit of 5/);
    expect(() => summarize(LEAD.join(' '), 3 as never)).toThrow(TypeError);
  });
  it('defaults to 2 sentences, honours sentences and maxWords', () => {
    const text = LEAD.join(' ');
    expect(summarize(text).sentences).toHaveLength(2);
    expect(summarize(text, { sentences: 1 }).sentences).toHaveLength(1);
    expect(summarize(text, { sentences: 3 }).sentences).toHaveLength(3);
    expect(summarize(text, { sentences: 0 })).toEqual({ text: '', sentences: [] });
    // the shortest sentence has 12 words (the last one): under 12 words nothing fits
    expect(summarize(text, { maxWords: 11 }).sentences).toHaveLength(0);
    const budget = summarize(text, { sentences: 4, maxWords: 30 });
    const words = budget.sentences.reduce(
      (n, x) => n + (x.text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length,
      0,
    );
    expect(budget.sentences.length).toBeGreaterThan(0);
    expect(words).toBeLessThanOrEqual(30 + 2);
  });
  it.skipIf(noFlagship)('a Doc gives the same summary as its text, and runs are deterministic', () => {
    const text = flagshipText ?? '';
    const a = summarize(text);
    expect(summarize(createDoc(text))).toEqual(a);
    expect(summarize(text)).toEqual(a);
    checkInvariants(text, a);
    expect(a.sentences).toHaveLength(2);
  });
});

describe('summarize: fixtures', () => {
  it.skipIf(noFlagship)('the Interpol article: headlines and the byline line are skipped', () => {
    const text = flagshipText ?? '';
    const s = summarize(text, { sentences: 100 });
    checkInvariants(text, s);
    const chosen = s.sentences.map((x) => x.text);
    expect(chosen).not.toContain('Ouverture à Marrakech de la 93e Assemblée générale d’Interpol');
    expect(chosen).not.toContain('La planète Police débarque à Marrakech pour un sommet explosif');
    expect(chosen.some((x) => x.startsWith('Rédigé par'))).toBe(false);
    expect(chosen).toContain(
      'Marrakech est, depuis ce lundi 24 novembre, le centre nerveux de la sécurité mondiale.',
    );
  });
});

describe('summarize: offsets invariant on every fixture', () => {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it('has fixtures to check', () => expect(files.length).toBeGreaterThan(0));
  for (const f of files) {
    it(f, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const n of [1, 2, 3, 5]) {
        const s = summarize(text, { sentences: n });
        checkInvariants(text, s);
        expect(s.sentences.length).toBeLessThanOrEqual(n);
        expect(s.sentences.length).toBeGreaterThan(0);
      }
      // as { title, body }: the first line is the title
      const cut = text.indexOf('\n');
      if (cut > 0) {
        const title = text.slice(0, cut);
        const body = text.slice(cut + 1).replace(/^\s+/, '');
        const s = summarize({ title, body });
        checkInvariants(`${title}\n\n${body}`, s);
        for (const x of s.sentences) expect(x.start).toBeGreaterThanOrEqual(title.length + 2);
      }
    });
  }
});

describe('candidates: reasons', () => {
  const table: [string, string][] = [
    ['Par Jean Dupont', 'byline'],
    ['© AFP', 'credit'],
    ['Lire aussi : la réforme en cinq points', 'boilerplate'],
    ['QUELS SONT LES SYMPTÔMES ?', 'caps'],
    ['Un calendrier serré', 'headline'],
    ['Il a dit.', 'short'],
    ['Dans la même rubrique', 'footer'],
  ];
  for (const [line, reason] of table) {
    it(`${reason}: ${JSON.stringify(line)}`, () => {
      const text = `${LEAD[0]}\n\n${line}\n\n${LEAD[1]}`;
      const doc = createDoc(text);
      const c = candidates(doc).find((x) => doc.sentences[x.index].text === line);
      expect(c?.excluded).toBe(reason);
    });
  }
});
