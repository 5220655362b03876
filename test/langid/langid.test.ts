import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc, detectLanguage, LANGID_MIN_LETTERS } from '../../src/index.js';
import { langidGrams } from '../../src/lang/fr/generated/langid-model.js';
import {
  words as featureWords,
  forEachGram,
  gramHash,
  gramHashes,
  MAX_GRAMS_PER_WORD,
} from '../../src/langid/features.js';
import { countFrenchPairs, frenchOnlyFunctionWords } from '../../src/langid/function-words.js';
import { getModel } from '../../src/langid/model.js';

// Sentences written for these tests (not taken from any corpus); the expected language is the one
// each was written in, checked by hand.
const CASES: readonly [string, string, string][] = [
  // French headlines and news sentences
  ['fr headline', 'Réforme des retraites : le gouvernement recule sur l’âge légal', 'fr'],
  ['fr headline 2', 'Incendie à Marseille : trois immeubles évacués dans la nuit', 'fr'],
  ['fr news', "Le Premier ministre a annoncé jeudi soir un plan d'aide de deux milliards d'euros.", 'fr'],
  ['fr news names', 'Selon Jean-Pierre Dupont, maire de Perpignan, les travaux dureront six mois.', 'fr'],
  ['fr question', "Qu'est-ce que les électeurs attendent vraiment de ce scrutin ?", 'fr'],
  ['fr short', 'Il pleut encore sur Paris.', 'fr'],
  ['fr short 2', 'Les prix ont flambé cet été.', 'fr'],
  ['fr with English title', 'Le film « The Last Summer » sort mercredi dans les salles françaises.', 'fr'],
  ['fr cedilla oe', 'Le garçon a reçu un cœur en chocolat pour Noël.', 'fr'],
  ['fr upper case', 'LE TRIBUNAL A RENDU SA DÉCISION CE MATIN', 'fr'],
  // Short French of function words, where thin Occitan/Romanian profiles used to win ("là", "lui")
  ['fr function words', 'Lui, il reste là.', 'fr'],
  ['fr function words 2', 'On a dû partir de là vite.', 'fr'],
  ['fr function words 3', 'Là, on a dit stop.', 'fr'],
  ['fr subject pronouns', 'Tu es sûr de toi ?', 'fr'],
  // Close neighbours, written in each language
  ['ca', 'El govern ha aprovat aquest dijous les noves mesures per a la sequera.', 'ca'],
  ['ca 2', "L'ajuntament de Girona obrirà dues escoles més l'any vinent.", 'ca'],
  ['gl', 'O goberno galego anunciou onte unha nova axuda para as familias.', 'gl'],
  ['gl 2', 'Non hai ningunha razón para pechar a escola da aldea.', 'gl'],
  ['br', "Ar vugale a zo o c'hoari er porzh gant o mignoned.", 'br'],
  ['br 2', 'Brezhoneg a vez komzet e Breizh gant tud yaouank ha kozh.', 'br'],
  ['es', 'El gobierno anunció ayer nuevas medidas para reducir el precio de la luz.', 'es'],
  ['it', 'Il governo ha annunciato ieri nuove misure per ridurre il prezzo della benzina.', 'it'],
  ['pt', 'O governo anunciou ontem novas medidas para reduzir o preço da energia.', 'pt'],
  ['ro', 'Guvernul a anunțat ieri noi măsuri pentru reducerea prețului la energie.', 'ro'],
  ['en', 'The government announced new measures on Thursday to cut energy prices.', 'en'],
  ['de', 'Die Regierung hat am Donnerstag neue Maßnahmen gegen hohe Energiepreise angekündigt.', 'de'],
  ['nl', 'De regering heeft donderdag nieuwe maatregelen aangekondigd tegen de hoge prijzen.', 'nl'],
  ['el', 'Η κυβέρνηση ανακοίνωσε νέα μέτρα για τις τιμές της ενέργειας.', 'el'],
  ['ru', 'Правительство объявило в четверг о новых мерах по снижению цен.', 'ru'],
  // Mixed: mostly French with a quotation in English
  [
    'mixed, mostly fr',
    'Le président américain a déclaré « we will win » devant ses partisans réunis à Phoenix, avant de quitter la salle.',
    'fr',
  ],
  // Undetermined
  ['empty', '', 'und'],
  ['spaces', '   \n\t ', 'und'],
  ['digits only', '2024-05-01 12:00 +33 6 12 34 56 78', 'und'],
  ['punctuation only', '?!… — « » ...', 'und'],
  ['too short', 'Oui.', 'und'],
  ['emoji only', '😀🎉👍', 'und'],
];

describe('detectLanguage: language table', () => {
  it.each(CASES)('%s', (_name, text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });
});

// Sentences of the languages most often taken for French: none may come out as French.
// Occitan is only told from Catalan and Spanish some of the time (see docs/langid.md, Limits), but
// it must never be taken for French.
const NOT_FRENCH: readonly string[] = [
  'Lo conselh municipal a votat una ajuda per las escòlas de la vila.',
  'Los enfants parlan occitan amb lors grands pendent las vacanças.',
  "Els alumnes de l'institut van visitar el museu d'història.",
  'La ciutat ha perdut molts habitants durant els darrers anys.',
  'Aquesta nit plourà a tota la costa i a les comarques de l’interior.',
  'La vila es pichona mas i a totjorn un mercat lo dimenge.',
  'Los joves de la val an organizat una fèsta per la prima.',
  'As eleccións municipais celebraranse o vindeiro mes de maio.',
  'A cidade recibiu moitos visitantes durante o verán.',
  'Ne oa ket aes kavout al labour-se e-kerzh ar bloaz.',
  'Emañ an ti e-kreiz ar gêr, tost d’an iliz.',
  'La escuela del pueblo tiene ahora más alumnos que nunca.',
  'La città è piena di turisti durante tutto il mese di agosto.',
  // "on" is "where" in Catalan and Occitan, Italian "tu" takes clitics: no French subject pair here
  'La vila on la gent viu és petita.',
  'Es la vila on a viscut tota sa vida.',
  "No sé on va el tren d'aquesta nit.",
  'Tu la conosci da molto tempo?',
];

describe('detectLanguage: no false French on close languages', () => {
  it.each(NOT_FRENCH)('%s', (text) => {
    expect(detectLanguage(text).lang).not.toBe('fr');
  });
});

describe('detectLanguage: French news fixtures', () => {
  const dir = join(import.meta.dirname, '..', '..', 'fixtures');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it('has fixtures to read', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files)('%s is French, reliably', (f) => {
    const r = detectLanguage(readFileSync(join(dir, f), 'utf8'));
    expect(r.lang).toBe('fr');
    expect(r.iso6393).toBe('fra');
    expect(r.reliable).toBe(true);
    expect(r.confidence).toBeGreaterThan(0.9);
  });
});

describe('langid French-only evidence', () => {
  it.each([
    [['on', 'est', 'là'], 1],
    [['tu', 'es', 'là', 'ou', 'pas'], 1],
    [['il', "l'a", 'dit', 'et', 'il', 'y', 'est'], 2],
    [['on', 'va', 'où'], 0],
    [['on', 'la', 'gent'], 0],
    [['tu', 'la', 'conosci'], 0],
    [['est', 'on'], 0],
  ] as [string[], number][])('%j holds %i subject pronoun + verb pairs', (words, n) => {
    expect(countFrenchPairs(words)).toBe(n);
  });
  it('French-only function words are in no other list, and count like the French lexicon', () => {
    const only = frenchOnlyFunctionWords();
    for (const w of ['là', 'où', 'ça', 'aux']) expect(only.has(w)).toBe(true);
    for (const w of ['de', 'la', 'a', 'lui', 'on']) expect(only.has(w)).toBe(false);
    for (const w of only) expect(getModel().frenchLexicon.has(w)).toBe(true);
  });
});

describe('detectLanguage: result shape', () => {
  it('gives ISO 639-1 and 639-3 codes, a confidence in 0..1 and ranked candidates', () => {
    const r = detectLanguage(
      'La Commission européenne a présenté mardi sa réforme du marché de l’électricité.',
    );
    expect(r.lang).toBe('fr');
    expect(r.iso6393).toBe('fra');
    expect(r.confidence).toBeGreaterThan(0.5);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.candidates[0]).toMatchObject({ lang: 'fr', iso6393: 'fra' });
    expect(r.candidates[0].score).toBe(r.confidence);
    for (let i = 1; i < r.candidates.length; i++) {
      expect(r.candidates[i].score).toBeLessThanOrEqual(r.candidates[i - 1].score);
    }
    expect(r.candidates.length).toBeLessThanOrEqual(5);
  });

  it("'und' has confidence 0, is not reliable and has no candidates", () => {
    expect(detectLanguage('12 345')).toEqual({
      lang: 'und',
      iso6393: 'und',
      confidence: 0,
      reliable: false,
      candidates: [],
    });
  });

  it('a very short text is not reliable even when it is named', () => {
    const r = detectLanguage('Bonjour Paris');
    expect(r.reliable).toBe(false);
  });

  it('accepts a Doc and gives the same answer as for its text', () => {
    const text = "L'Assemblée nationale a adopté le projet de loi en première lecture.";
    expect(detectLanguage(createDoc(text))).toEqual(detectLanguage(text));
  });

  it('is deterministic', () => {
    const t = 'Une fête de village réunit chaque année plusieurs milliers de personnes.';
    expect(detectLanguage(t)).toEqual(detectLanguage(t));
  });

  it('ignores Unicode normalisation form (NFD accents)', () => {
    const t = 'Les élèves étaient déjà très fatigués après la journée.';
    expect(detectLanguage(t.normalize('NFD'))).toEqual(detectLanguage(t));
  });
});

describe('detectLanguage: options', () => {
  it(`minLetters defaults to ${LANGID_MIN_LETTERS} letters`, () => {
    expect(LANGID_MIN_LETTERS).toBe(10);
    expect(detectLanguage('le chat dort').lang).not.toBe('und'); // 10 letters
    expect(detectLanguage('le chat', {}).lang).toBe('und'); // 6 letters
    expect(detectLanguage('l’été 2024 !').lang).toBe('und'); // 7 letters: digits and punctuation do not count
  });

  it('minLetters can be lowered or raised', () => {
    expect(detectLanguage('les chats', { minLetters: 3 }).lang).toBe('fr');
    expect(detectLanguage('Le chat dort sur le canapé.', { minLetters: 100 }).lang).toBe('und');
  });

  it('only restricts the languages considered (639-1 or 639-3 codes)', () => {
    const text = 'Los enfants parlan occitan amb lors grands pendent las vacanças.';
    const r = detectLanguage(text, { only: ['fr', 'spa'] });
    expect(['fr', 'es']).toContain(r.lang);
    expect(r.candidates.every((c) => c.lang === 'fr' || c.lang === 'es')).toBe(true);
  });

  it('only with no language of the text’s script gives und', () => {
    expect(detectLanguage('Правительство объявило о новых мерах.', { only: ['fr'] }).lang).toBe('und');
  });
});

describe('detectLanguage: input contract', () => {
  const bad: readonly [string, unknown][] = [
    ['number', 42],
    ['null', null],
    ['undefined', undefined],
    ['array', ['texte']],
    ['object', { text: 'pas un Doc' }],
  ];
  it.each(bad)('throws TypeError on %s', (_n, v) => {
    expect(() => detectLanguage(v as string)).toThrow(TypeError);
    expect(() => detectLanguage(v as string)).toThrow(/detectLanguage\(\) expects/);
  });

  it('throws TypeError on bad options', () => {
    expect(() => detectLanguage('texte', 'fr' as never)).toThrow(TypeError);
    expect(() => detectLanguage('texte', { only: 'fr' as never })).toThrow(TypeError);
    expect(() => detectLanguage('texte', { minLetters: 'x' as never })).toThrow(TypeError);
  });

  it('rejects the old option name minLength, naming its replacement', () => {
    expect(() => detectLanguage('texte', { minLength: 3 } as never)).toThrow(/renamed minLetters/);
  });

  it('throws RangeError past maxLength, naming the limit', () => {
    expect(() => detectLanguage('a'.repeat(50), { maxLength: 10 })).toThrow(RangeError);
    expect(() => detectLanguage('a'.repeat(50), { maxLength: 10 })).toThrow(/10/);
  });

  it('reads only the start of a long text (fast on 1 MB)', () => {
    const para =
      'Le conseil municipal se réunira lundi prochain pour voter le budget de la ville, qui prévoit une hausse des dépenses pour les écoles. ';
    const long = para.repeat(8_000);
    expect(long.length).toBeGreaterThan(1_000_000 - 1);
    expect(detectLanguage(long, { maxLength: 2_000_000 }).lang).toBe('fr');
  });

  it('never throws on odd Unicode (lone surrogates, combining marks, emoji sequences)', () => {
    for (const t of [
      '\uD800abc défg hijkl',
      'e\u0301\u0301\u0301 '.repeat(10),
      '👨‍👩‍👧‍👦 famille heureuse à Lyon',
      '\u0000\uFFFF',
    ]) {
      const r = detectLanguage(t);
      expect(typeof r.lang).toBe('string');
    }
  });
});

describe('langid features', () => {
  const words = ['le', "l'homme", "c'hoari", 'être', 'a', 'anticonstitutionnellemen', '中华人民', 'z'];
  it.each(words)('hashed n-grams of %s match the n-gram strings', (w) => {
    const fromStrings: string[] = [];
    forEachGram(w, (g) => fromStrings.push(`${gramHash(g)}:${g.length}`));
    const hashes = new Uint32Array(MAX_GRAMS_PER_WORD);
    const orders = new Uint8Array(MAX_GRAMS_PER_WORD);
    const count = gramHashes(w, hashes, orders);
    const fromHashes = Array.from({ length: count }, (_, i) => `${hashes[i]}:${orders[i]}`);
    expect(fromHashes).toEqual(fromStrings);
    expect(fromStrings.length).toBeGreaterThan(0);
  });

  it('every n-gram of the model is found by its hash', () => {
    const m = getModel();
    const grams = langidGrams.split('\u0001');
    expect(grams.length).toBeGreaterThan(10_000);
    for (const g of grams) expect(m.lookup(gramHash(g))).toBeGreaterThanOrEqual(0);
    expect(m.lookup(gramHash(' zzqx'))).toBe(-1);
  });

  it('pads words and keeps 1- to 5-grams', () => {
    const grams: string[] = [];
    forEachGram('les', (g) => grams.push(g));
    expect(grams).toEqual(expect.arrayContaining([' l', ' le', ' les', ' les ', 'l', 'e', 's', 'es ', 's ']));
    expect(grams).not.toContain(' ');
    expect(grams.every((g) => g.length >= 1 && g.length <= 5)).toBe(true);
  });

  it('splits words on digits and punctuation, keeps inner apostrophes, lower-cases', () => {
    expect(featureWords("L’Élysée a dit: 3 fois «non» aujourd'hui.", 1000).words).toEqual([
      "l'élysée",
      'a',
      'dit',
      'fois',
      'non',
      "aujourd'hui",
    ]);
  });
});

describe('detectLanguage: properties', () => {
  it('never throws on arbitrary strings; results are well formed', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc.string({ unit: 'binary', maxLength: 80 }),
        ),
        (t) => {
          const r = detectLanguage(t);
          expect(r.confidence).toBeGreaterThanOrEqual(0);
          expect(r.confidence).toBeLessThanOrEqual(1);
          const sum = r.candidates.reduce((s, c) => s + c.score, 0);
          expect(sum).toBeLessThanOrEqual(1 + 1e-9);
          if (r.lang === 'und') expect(r.candidates).toEqual([]);
          else expect(r.candidates[0].lang).toBe(r.lang);
        },
      ),
      { numRuns: 300 },
    );
  });
});
