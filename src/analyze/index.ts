import { extractDates } from '../dates/index.js';
import type { DateMention } from '../dates/types.js';
import { type Article, parsePublishedAt, resolveArticle } from '../doc/article.js';
import {
  checkBooleanOption,
  checkNumberOption,
  checkOptions,
  checkText,
  describeValue,
} from '../doc/contract.js';
import { createDoc } from '../doc/create.js';
import { K_NUMBER, K_WORD, tokenTable } from '../doc/table.js';
import type { Doc, TextOptions } from '../doc/types.js';
import { detectLanguage, type LanguageResult } from '../langid/index.js';
import { extractEntities, groupEntities } from '../ner/index.js';
import type { EntityGroup, EntityMention, EntityType } from '../ner/types.js';
import { extractQuotes, type Quote } from '../quotes/index.js';
import { type SummarizeOptions, type Summary, summarize } from '../summarize/index.js';
import { type Topic, type TopicOptions, tagTopics } from '../topics/index.js';
import { foreignLanguage, type GatedEntity, gateEntities } from './language-gate.js';

export type { Article } from '../doc/article.js';
export type { GatedEntity } from './language-gate.js';

/**
 * Names of the stages `analyze()` runs, in order.
 * @example
 * ```ts
 * const a = analyze(text, { timings: true });
 * const slowest = (Object.keys(a.stats.ms ?? {}) as StageName[])[0];
 * ```
 */
/** The entity types `analyze()` gives (dates are in `dates`). */
const NAME_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

export type StageName = 'tokenize' | 'language' | 'entities' | 'dates' | 'topics' | 'summary' | 'quotes';

/**
 * Counts over the analysed text; `ms` only with the `timings` option.
 * @example
 * ```ts
 * analyze('Il pleut. Il vente.').stats;
 * // { characters: 19, tokens: 6, words: 4, sentences: 2, paragraphs: 1 }
 * ```
 */
export interface AnalysisStats {
  /** Length of `text` in UTF-16 code units. */
  characters: number;
  /** Tokens, punctuation included. */
  tokens: number;
  /** Word and number tokens. */
  words: number;
  sentences: number;
  paragraphs: number;
  /**
   * Milliseconds spent in each stage that ran, plus `total`. Present only with `{ timings: true }`,
   * because times differ between runs and would make the result non-deterministic.
   */
  ms?: Partial<Record<StageName | 'total', number>>;
}

/**
 * The value of a stage in {@link Analysis}: `T` when options `O` leave the stage on, `null` when they switch
 * it off with `false`, `T | null` when that is not known from the type of the options.
 * @example
 * ```ts
 * type E = StageValue<{ entities: false }, 'entities', Entity[]>; // null
 * type F = StageValue<{}, 'entities', Entity[]>; // Entity[]
 * ```
 */
export type StageValue<O, K extends string, T> = K extends keyof O
  ? false extends O[K]
    ? [O[K]] extends [false | undefined]
      ? null
      : T | null
    : T
  : T;

/**
 * The result of {@link analyze}. Every offset (`start`, `end`) is a UTF-16 index into `text`.
 * A stage switched off by an option gives `null` (arrays stay arrays when the stage ran and found nothing).
 * This is the shape for any options (every stage may be `null`); `analyze()` returns the narrower
 * {@link AnalysisOf}, where a stage its options leave on is never `null`.
 * The JSON shape is described by `schema/analysis.schema.json` in the package.
 * @example
 * ```ts
 * const a: Analysis = analyze(text, { entities: false }); // a.entities === null
 * const results: Analysis[] = articles.map((x) => analyze(x, options));
 * ```
 */
export interface Analysis {
  /** `article.id`, when given. */
  id?: string | number;
  /** `article.url`, when given. */
  url?: string;
  /** `article.publishedAt` as given (a `Date` becomes an ISO string). */
  publishedAt?: string;
  /** The analysed text: the string input, or `title + "\n\n" + body` (just `body` without a title). */
  text: string;
  /**
   * Language of the text (`lang: 'fr'` for French); `null` when switched off. Another language lowers
   * entity scores and skips topics (see {@link AnalyzeOptions.assumeFrench}); the other stages run whatever it says.
   */
  language: LanguageResult | null;
  /**
   * Named entities (people, organisations, places, other names) in text order; `null` when switched off.
   * Dates are not repeated here as `DATE` entities: they are in `dates`, the one list of dates.
   * In text of another language than French, entities have their score scaled below 0.5 and carry
   * `foreign` (the language code): see {@link AnalyzeOptions.assumeFrench}.
   */
  entities: GatedEntity[] | null;
  /** Each distinct entity once, in order of first mention; `null` when entities are switched off. */
  entityGroups: EntityGroup<EntityMention>[] | null;
  /** Temporal expressions with TIMEX3 values, resolved against `publishedAt`; `null` when switched off. */
  dates: DateMention[] | null;
  /** IPTC Media Topics, best first, with their evidence; `null` when switched off; `[]` for a text in another language. */
  topics: Topic[] | null;
  /** Extractive summary (2 sentences by default); `null` when switched off. */
  summary: Summary | null;
  /**
   * Quotations with their speakers and speech verbs, in text order; `speaker.group` indexes `entityGroups`.
   * `null` when switched off.
   */
  quotes: Quote[] | null;
  stats: AnalysisStats;
}

/**
 * What {@link analyze} returns for options of type `O`: an {@link Analysis} whose stages left on are
 * not `null`, so `analyze(text).entities.length` compiles under `strict`, and a stage switched off with a
 * literal `false` is typed `null`.
 * @example
 * ```ts
 * const a = analyze(text); // AnalysisOf<{}>
 * a.entities.length; // a number: entities is an array
 * const b = analyze(text, { summary: false });
 * b.summary; // null
 * ```
 */
export type AnalysisOf<O extends AnalyzeOptions> = Analysis & {
  language: StageValue<O, 'language', LanguageResult>;
  entities: StageValue<O, 'entities', GatedEntity[]>;
  entityGroups: StageValue<O, 'entities', EntityGroup<EntityMention>[]>;
  dates: StageValue<O, 'dates', DateMention[]>;
  topics: StageValue<O, 'topics', Topic[]>;
  summary: StageValue<O, 'summary', Summary>;
  quotes: StageValue<O, 'quotes', Quote[]>;
};

/**
 * Options of {@link analyze}. Each stage can be switched off with `false`.
 * @example
 * ```ts
 * analyze(article, { summary: false, topics: { limit: 3 }, entities: { types: ['PER', 'ORG'] } });
 * ```
 */
export interface AnalyzeOptions extends TextOptions {
  /** Reference date for relative dates; defaults to `article.publishedAt`. */
  referenceDate?: string | Date;
  /** `false` switches language detection off. */
  language?: boolean;
  /**
   * `false` switches entity recognition off; an object keeps only some `types`. `analyze()` never gives
   * `DATE` entities (the dates are in `dates`); `'DATE'` in `types` is ignored.
   */
  entities?: boolean | { types?: readonly EntityType[] };
  /** `false` switches date extraction off. */
  dates?: boolean;
  /** `false` switches topic tagging off; an object sets `threshold` (default 0.5, calibrated probabilities) or `limit` (default 10). */
  topics?: boolean | TopicOptions;
  /** `false` switches the summary off; an object sets `sentences` (default 2) or `maxWords`. */
  summary?: boolean | Pick<SummarizeOptions, 'sentences' | 'maxWords'>;
  /** `false` switches quotation extraction off. */
  quotes?: boolean;
  /**
   * By default, a text detected as another language (French under 0.25 of the evidence) keeps its
   * entities with scores scaled by 0.45 and flagged `foreign`, and gets no topics; so do entities in
   * passages of another language (a long English quote) of a French text. `true` analyses every text
   * as French. Without language detection (`language: false`) texts are analysed as French too.
   */
  assumeFrench?: boolean;
  /** Adds `stats.ms` (time per stage). Off by default: times make the output non-deterministic. */
  timings?: boolean;
}

/** The options of a call without options: every stage on. */
type NoOptions = Record<never, never>;
/** Stage switches and flags are booleans (or an options object where a stage takes one), checked up front. */
function checkStageOptions(opts: AnalyzeOptions): void {
  for (const k of ['language', 'dates', 'quotes', 'assumeFrench', 'timings'] as const) {
    checkBooleanOption('analyze', k, opts[k]);
  }
  for (const k of ['entities', 'topics', 'summary'] as const) {
    const v: unknown = opts[k];
    if (v === undefined || typeof v === 'boolean') continue;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      throw new TypeError(
        `depeche: analyze() option ${k} must be true, false or an options object, got ${describeValue(v)}`,
      );
    }
  }
  // checked here too: a text in another language skips topic tagging, but a wrong option is still wrong
  if (typeof opts.topics === 'object') {
    checkNumberOption('analyze', 'topics.threshold', opts.topics.threshold, { min: 0, max: 1 });
    checkNumberOption('analyze', 'topics.limit', opts.topics.limit, {
      min: 0,
      integer: true,
      infinite: true,
    });
  }
  if (typeof opts.summary === 'object') {
    checkNumberOption('analyze', 'summary.sentences', opts.summary.sentences, { min: 0, integer: true });
    checkNumberOption('analyze', 'summary.maxWords', opts.summary.maxWords, { min: 0, infinite: true });
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/**
 * Analyses a French news article in one pass: the text is tokenised once into a shared `Doc`, then
 * each stage (language, entities, dates, topics, summary) reads that `Doc`.
 *
 * @param input The text, or an {@link Article} (`{ id?, title?, body, publishedAt?, url? }`); the title and
 *   body are analysed as one text, returned as `text`, and `publishedAt` anchors relative dates.
 * @throws TypeError for a wrong input or option type; RangeError for text beyond `maxLength`
 *   (default 1,000,000) or an unreadable `publishedAt`.
 * @example
 * ```ts
 * import { analyze } from 'depeche';
 * const a = analyze({
 *   title: 'Interpol réunie à Marrakech',
 *   body: "L'Assemblée générale d'Interpol s'est ouverte ce lundi à Marrakech.",
 *   publishedAt: '2025-11-25',
 * });
 * a.stats.sentences; // 2
 * a.text.slice(0, 7); // 'Interpo'
 * ```
 */
export function analyze<const O extends AnalyzeOptions = NoOptions>(
  input: string | Article,
  options?: O,
): AnalysisOf<O> {
  checkOptions('analyze', options);
  const opts: AnalyzeOptions = options ?? {};
  checkStageOptions(opts);
  const article = resolveArticle('analyze', input);
  checkText('analyze', article.text, opts.maxLength);
  if (opts.referenceDate !== undefined) parsePublishedAt('analyze', opts.referenceDate, 'referenceDate');
  const referenceDate = opts.referenceDate ?? article.referenceDate;

  const ms: Partial<Record<StageName | 'total', number>> = {};
  const t0 = now();
  let t = t0;
  const lap = (stage: StageName) => {
    const n = now();
    ms[stage] = Math.round((n - t) * 1000) / 1000;
    t = n;
  };

  const doc: Doc = createDoc(article.text, { maxLength: opts.maxLength });
  lap('tokenize');

  const toks = tokenTable(doc);
  let words = 0;
  for (let i = 0; i < toks.length; i++) if (toks.kind[i] === K_WORD || toks.kind[i] === K_NUMBER) words++;
  const last = doc.sentences[doc.sentences.length - 1];
  const stats: AnalysisStats = {
    characters: doc.text.length,
    tokens: toks.length,
    words,
    sentences: doc.sentences.length,
    paragraphs: last ? last.paragraph + 1 : 0,
  };

  const result = {} as Analysis;
  if (article.id !== undefined) result.id = article.id;
  if (article.url !== undefined) result.url = article.url;
  if (article.publishedAt !== undefined) result.publishedAt = article.publishedAt;
  result.text = doc.text;
  // Stages, each on the shared Doc (keys are set in this order so that JSON output reads top-down).
  if (opts.language === false) result.language = null;
  else {
    result.language = detectLanguage(doc);
    lap('language');
  }
  if (opts.entities === false) {
    result.entities = null;
    result.entityGroups = null;
  } else {
    // No DATE entities: the dates layer is the one list of dates (same spans, values, durations).
    const asked = typeof opts.entities === 'object' ? opts.entities.types : undefined;
    const types = Array.isArray(asked) ? asked.filter((t) => t !== 'DATE') : (asked ?? NAME_TYPES);
    const found = extractEntities(doc, { referenceDate, types });
    const entities =
      result.language === null || opts.assumeFrench === true
        ? found
        : gateEntities(doc, found, foreignLanguage(result.language));
    result.entities = entities;
    result.entityGroups = groupEntities(entities).map((g) => ({
      canonical: g.canonical,
      type: g.type,
      count: g.count,
      start: g.start,
      end: g.end,
      mentions: g.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end })),
    }));
    lap('entities');
  }
  if (opts.dates === false) result.dates = null;
  else {
    result.dates = extractDates(doc, { referenceDate });
    lap('dates');
  }
  if (opts.topics === false) result.topics = null;
  else if (opts.assumeFrench !== true && foreignLanguage(result.language) !== null) result.topics = [];
  else {
    result.topics = tagTopics(doc, typeof opts.topics === 'object' ? opts.topics : undefined);
    lap('topics');
  }
  if (opts.summary === false) result.summary = null;
  else {
    const so = typeof opts.summary === 'object' ? opts.summary : {};
    result.summary = summarize(doc, { sentences: so.sentences, maxWords: so.maxWords });
    lap('summary');
  }
  if (opts.quotes === false) result.quotes = null;
  else {
    // speakers are linked to the entity groups above (same entities, same grouping order)
    result.quotes = extractQuotes(doc, result.entities ? { entities: result.entities } : undefined);
    lap('quotes');
  }
  result.stats = stats;

  if (opts.timings) {
    ms.total = Math.round((now() - t0) * 1000) / 1000;
    stats.ms = ms;
  }
  return result as AnalysisOf<O>;
}
