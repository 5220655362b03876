/**
 * Step 1 of `scripts/train-lexicon.ts`: tokenises the raw OrangeSum news (titles and bodies) with our own
 * tokenizer and turns it into one integer stream, cached under /tmp/lexicon/ so that later steps (clusters,
 * gazetteer mining) and re-runs skip the tokenisation.
 *
 * Stream: one type id per token, `BOUNDARY` (-1) between sentences (and between documents).
 * Types are `token.norm` with case kept; numbers become `<NUM>`, URLs, e-mails, mentions and hashtags `<URL>`.
 * Type ids are frequency ranks (0 = most frequent; ties broken by code-unit order), so the output is
 * deterministic.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../../src/doc/create.js';
import { tokenizerConfig } from '../../src/tokenize/tokenizer.js';
import { type OrangeSumRow, readJsonl, sharedPath } from './shared-data.js';

/** Where intermediate results are cached. */
export const CACHE_DIR = process.env.LEXICON_CACHE ?? '/tmp/lexicon';
/** Sentence / document boundary in the stream. */
export const BOUNDARY = -1;
/** Bump when the tokenizer or this file changes what the stream holds. */
const VERSION = 'corpus-v1';

export interface Corpus {
  /** Type strings, by frequency rank. */
  types: string[];
  /** Token count of each type. */
  counts: Int32Array;
  /** The token stream (type ids, `BOUNDARY` between sentences). */
  stream: Int32Array;
  /** Number of documents read. */
  documents: number;
}

/** The OrangeSum files that feed the lexicon. */
export const NEWS_FILES = ['train.jsonl.gz', 'valid.jsonl.gz'].map((f) => sharedPath('news', 'orangesum', f));

function mapToken(kind: string, norm: string): string {
  if (kind === 'number') return '<NUM>';
  if (kind === 'url' || kind === 'email' || kind === 'mention' || kind === 'hashtag') return '<URL>';
  return norm;
}

function cacheKey(): string {
  return [VERSION, ...NEWS_FILES.map((f) => `${statSync(f).size}:${Math.floor(statSync(f).mtimeMs)}`)].join(
    '|',
  );
}

/** Loads the cached stream, or tokenises the corpus and caches it. */
export function loadCorpus(log: (s: string) => void = console.log): Corpus {
  mkdirSync(CACHE_DIR, { recursive: true });
  const metaPath = join(CACHE_DIR, 'corpus.json');
  const binPath = join(CACHE_DIR, 'corpus.bin');
  const key = cacheKey();
  if (existsSync(metaPath) && existsSync(binPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as {
      key: string;
      types: string[];
      counts: number[];
      documents: number;
    };
    if (meta.key === key) {
      const buf = readFileSync(binPath);
      const stream = new Int32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
      log(`corpus: cached ${stream.length} stream items, ${meta.types.length} types (${binPath})`);
      return { types: meta.types, counts: Int32Array.from(meta.counts), stream, documents: meta.documents };
    }
  }
  const t0 = performance.now();
  const ids = new Map<string, number>();
  const typeList: string[] = [];
  const countList: number[] = [];
  let stream = new Int32Array(1 << 24);
  let n = 0;
  const push = (v: number): void => {
    if (n === stream.length) {
      const bigger = new Int32Array(stream.length * 2);
      bigger.set(stream);
      stream = bigger;
    }
    stream[n++] = v;
  };
  let documents = 0;
  for (const file of NEWS_FILES) {
    for (const row of readJsonl<OrangeSumRow>(file)) {
      documents++;
      for (const text of [row.title, row.text]) {
        if (!text) continue;
        // The committed lexicon was built before paragraphs glued without a space were split (issue 13):
        // the stream keeps that tokenisation so that `npm run train` rebuilds it byte for byte. A
        // lexicon rebuilt with the split moved the 64-clusters enough to fail a sanity test.
        tokenizerConfig.splitGlue = false;
        const doc = createDoc(text, { maxLength: 10_000_000 });
        tokenizerConfig.splitGlue = true;
        for (const s of doc.sentences) {
          for (let i = s.tokenStart; i < s.tokenEnd; i++) {
            const t = doc.tokens[i];
            const type = mapToken(t.kind, t.norm);
            let id = ids.get(type);
            if (id === undefined) {
              id = typeList.length;
              ids.set(type, id);
              typeList.push(type);
              countList.push(0);
            }
            countList[id]++;
            push(id);
          }
          push(BOUNDARY);
        }
      }
    }
  }
  // Renumber types by frequency rank.
  const order = typeList.map((_, i) => i);
  order.sort((a, b) => countList[b] - countList[a] || (typeList[a] < typeList[b] ? -1 : 1));
  const rank = new Int32Array(typeList.length);
  order.forEach((old, r) => {
    rank[old] = r;
  });
  const out = stream.slice(0, n);
  for (let i = 0; i < n; i++) if (out[i] !== BOUNDARY) out[i] = rank[out[i]];
  const types = order.map((i) => typeList[i]);
  const counts = Int32Array.from(order.map((i) => countList[i]));
  writeFileSync(binPath, new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
  writeFileSync(metaPath, JSON.stringify({ key, types, counts: [...counts], documents }));
  log(
    `corpus: tokenised ${documents} documents, ${n} stream items, ${types.length} types in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return { types, counts, stream: out, documents };
}
