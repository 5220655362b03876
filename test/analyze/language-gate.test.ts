/**
 * Non-French and mixed input (issue 7): analyze() names the language, returns what it can, and never
 * gives the French entity model's output a high score on text of another language. The behaviour
 * (docs/hostile.md): a text in another language keeps its entities with scores scaled below 0.5 and
 * flagged `foreign`, and gets no topics; entities in foreign passages of a French text (long English
 * quotes) are scaled and flagged the same way; `assumeFrench: true` turns this off.
 * The paragraphs below were written for this test (news-like, with people and places).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyze } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schema', 'analysis.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const ENGLISH = `LONDON — Prime Minister Keir Starmer met President Emmanuel Macron in Downing Street on Tuesday to discuss the war in Ukraine and the future of the English Channel crossings. The two leaders agreed to set up a joint task force with the European Commission, according to a statement released by the Foreign Office.

Speaking to reporters after the meeting, Mr Starmer said the talks had been "frank and constructive". Opposition leader Kemi Badenoch criticised the deal, arguing that it would cost British taxpayers more than £500 million over three years. The Home Secretary, Yvette Cooper, is expected to present the details to the House of Commons next week.`;

const SPANISH = `MADRID — El presidente del Gobierno, Pedro Sánchez, se reunió este martes en el Palacio de la Moncloa con el primer ministro de Portugal, Luís Montenegro, para abordar la crisis migratoria en el Mediterráneo. Ambos dirigentes acordaron reforzar la cooperación entre la Guardia Civil y la policía portuguesa en la frontera.

Según fuentes del Ministerio de Asuntos Exteriores, el encuentro sirvió también para preparar la próxima cumbre de la Unión Europea en Bruselas. La vicepresidenta Yolanda Díaz criticó la falta de transparencia del acuerdo y pidió que el texto se debata en el Congreso de los Diputados antes de fin de año.`;

const ARABIC = `القاهرة - استقبل الرئيس المصري عبد الفتاح السيسي يوم الثلاثاء في قصر الاتحادية وزير الخارجية الفرنسي جان نويل بارو، لبحث الأوضاع في قطاع غزة والسودان. وأكد الجانبان أهمية التوصل إلى وقف دائم لإطلاق النار وإيصال المساعدات الإنسانية إلى السكان.

وقال المتحدث باسم الرئاسة المصرية إن اللقاء تناول أيضا التعاون الاقتصادي بين البلدين، ولا سيما في مجالات الطاقة والنقل. ومن المقرر أن يتوجه الوزير الفرنسي بعد ذلك إلى عمّان للقاء العاهل الأردني الملك عبد الله الثاني.`;

const CHINESE = `新华社北京11月25日电 国家主席习近平25日在人民大会堂会见来访的法国总统马克龙。两国元首就中法关系以及乌克兰危机等共同关心的国际和地区问题深入交换了意见。

习近平指出，中方愿同法方一道，加强在航空航天、核能和农业等领域的合作。马克龙表示，法国欢迎更多中国企业到法国投资，并期待明年在巴黎举办的中法经济论坛取得积极成果。外交部长王毅参加了会见。`;

const QUOTE_1 =
  'We are not going to keep paying for the defence of Europe while our friends refuse to spend what they promised. Germany has to do much more, and frankly the Chancellor knows it. We will see what happens at the summit in The Hague next month.';
const QUOTE_2 =
  'I told the President that Germany will meet its commitments. We have already increased our defence budget, and we will keep working with our American friends and with NATO.';
const FRENCH_WITH_ENGLISH = `Le président américain a reçu lundi à la Maison Blanche le chancelier allemand Friedrich Merz, pour un entretien consacré à l'aide militaire à l'Ukraine et aux droits de douane. La rencontre, prévue de longue date, s'est tenue dans un climat tendu après les déclarations du vice-président sur l'Otan.

Devant la presse, le locataire de la Maison Blanche s'est montré offensif : « ${QUOTE_1} »

Friedrich Merz a répondu en anglais, sur un ton plus mesuré : « ${QUOTE_2} »

À Berlin, le ministre de la Défense Boris Pistorius a salué un échange « franc » et rappelé que l'Allemagne consacrerait 3,5 % de son PIB à la défense d'ici à 2029.`;

type Ent = NonNullable<Analysis['entities']>[number];
const named = (a: Analysis): Ent[] => (a.entities ?? []).filter((e) => e.type !== 'DATE');

function checkShape(a: Analysis): void {
  validate(JSON.parse(JSON.stringify(a)));
  expect(validate.errors ?? [], 'schema errors').toEqual([]);
  for (const e of a.entities ?? []) expect(a.text.slice(e.start, e.end)).toBe(e.text);
  expect(a.stats.characters).toBe(a.text.length);
  expect(a.stats.words).toBeGreaterThan(5); // Chinese: a run of ideographs is one token
  expect(a.summary).not.toBeNull();
  expect(a.dates).not.toBeNull();
}

/** The foreign-text contract: every model entity below 0.5 and flagged with the language; no topics. */
function checkForeign(a: Analysis, lang: string): void {
  for (const e of named(a)) {
    expect(e.score, e.text).toBeLessThan(0.5);
    expect(e.foreign, e.text).toBe(lang);
  }
  expect(a.topics).toEqual([]);
}

const article = (body: string) => ({ body, publishedAt: '2025-11-25' });

describe('analyze() on text in another language than French', () => {
  it('English news: language en; the names found are kept, all below 0.5 and flagged; no topics', () => {
    const a = analyze(article(ENGLISH));
    checkShape(a);
    expect(a.language?.lang).toBe('en');
    expect(a.language?.reliable).toBe(true);
    checkForeign(a, 'en');
    const found = named(a).map((e) => e.text);
    const people = ['Keir Starmer', 'Emmanuel Macron', 'Kemi Badenoch', 'Yvette Cooper'];
    expect(people.filter((p) => found.some((f) => f.includes(p))).length).toBeGreaterThanOrEqual(3);
    expect(a.summary?.sentences.length).toBeGreaterThan(0);
  });

  it('Spanish news: language es; entities below 0.5 and flagged; no topics; a summary', () => {
    const a = analyze(article(SPANISH));
    checkShape(a);
    expect(a.language?.lang).toBe('es');
    checkForeign(a, 'es');
    expect(named(a).length).toBeGreaterThan(0);
    expect(a.summary?.sentences.length).toBeGreaterThan(0);
  });

  it('Arabic news: language ar; no high-scored entity; no topics; a summary in Arabic', () => {
    const a = analyze(article(ARABIC));
    checkShape(a);
    expect(a.language?.lang).toBe('ar');
    checkForeign(a, 'ar');
    expect(a.summary?.sentences.length).toBeGreaterThan(0);
    expect(a.summary?.text).toMatch(/\p{Script=Arabic}/u);
  });

  it('Chinese news: a CJK language, not French; no high-scored entity; no topics', () => {
    const a = analyze(article(CHINESE));
    checkShape(a);
    // The detector calls this Simplified Chinese paragraph Japanese (reported); it must not be French.
    expect(['zh', 'ja']).toContain(a.language?.lang);
    checkForeign(a, a.language?.lang ?? '');
    // Years and digits still resolve as dates where the French grammar reads them; nothing is invented.
    for (const d of a.dates ?? []) expect(a.text.slice(d.start, d.end)).toBe(d.text);
  });

  it('French with long English quotes: language fr; French names keep their scores, quoted English ones are scaled and flagged', () => {
    const a = analyze(article(FRENCH_WITH_ENGLISH));
    checkShape(a);
    expect(a.language?.lang).toBe('fr');
    const quotes = [QUOTE_1, QUOTE_2].map((q) => {
      const start = a.text.indexOf(q);
      return { start, end: start + q.length };
    });
    const inQuote = (e: Ent) => quotes.some((q) => q.start <= e.start && e.end <= q.end);
    const quoted = named(a).filter(inQuote);
    const french = named(a).filter((e) => !inQuote(e));
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    for (const e of quoted) {
      expect(e.score, e.text).toBeLessThan(0.5);
      expect(e.foreign, e.text).toBe('en');
    }
    for (const e of french) expect(e.foreign, e.text).toBeUndefined();
    const merz = french.find((e) => e.text === 'Friedrich Merz');
    const pistorius = french.find((e) => e.text === 'Boris Pistorius');
    expect(merz?.score).toBeGreaterThan(0.5);
    expect(pistorius?.score).toBeGreaterThan(0.5);
    expect(a.topics?.length).toBeGreaterThan(0); // a French text: topics are computed
  });
});

describe('analyze() language gate: switches and false positives', () => {
  it('assumeFrench: true analyses foreign text as French (original scores, topics computed)', () => {
    const gated = analyze(article(ENGLISH));
    const forced = analyze(article(ENGLISH), { assumeFrench: true });
    expect(forced.entities?.length).toBe(gated.entities?.length);
    for (const e of named(forced)) expect(e.foreign).toBeUndefined();
    expect(Math.max(...named(forced).map((e) => e.score))).toBeGreaterThan(0.5);
    // scaled, not re-ranked: each gated score is the forced one times 0.45 (to 3 decimals)
    named(gated).forEach((e, i) => {
      expect(e.score).toBeCloseTo(named(forced)[i].score * 0.45, 2);
    });
    expect(Array.isArray(forced.topics)).toBe(true);
  });

  it('language: false analyses the text as French (nothing detected, nothing gated)', () => {
    const a = analyze(article(SPANISH), { language: false });
    expect(a.language).toBeNull();
    expect(named(a).every((e) => e.foreign === undefined)).toBe(true);
    expect(a.topics).not.toBeNull();
  });

  const frenchWithEnglishNames: string[] = [
    "Selon le New York Times, le président Joe Biden a reçu mardi le Premier ministre britannique à la Maison Blanche pour parler de l'Ukraine.",
    'La série The Crown, diffusée sur Netflix, a remporté trois prix lors de la cérémonie des Emmy Awards à Los Angeles.',
    'Le groupe The Rolling Stones jouera au Stade de France le 12 juillet, a annoncé son producteur Live Nation.',
    "L'entreprise Procter and Gamble a annoncé la fermeture de son usine d'Amiens, selon le Financial Times.",
    'Le slogan « Make America Great Again » a été repris par les partisans du candidat républicain en Floride.',
    "Le rapport « State of the Climate », publié par l'agence américaine NOAA, confirme une année record.",
  ];
  for (const text of frenchWithEnglishNames) {
    it(`French with English names and titles is not gated: ${text.slice(0, 40)}…`, () => {
      const a = analyze(text);
      expect(a.language?.lang).toBe('fr');
      expect(named(a).filter((e) => e.foreign !== undefined)).toEqual([]);
      expect(a.topics).not.toBeNull();
    });
  }

  it('every French fixture article is analysed as French: no entity flagged foreign', () => {
    const dir = join(root, 'fixtures');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const a = analyze(readFileSync(join(dir, f), 'utf8'));
      expect(a.language?.lang, f).toBe('fr');
      expect(
        named(a)
          .filter((e) => e.foreign !== undefined)
          .map((e) => e.text),
        f,
      ).toEqual([]);
    }
  });
});
