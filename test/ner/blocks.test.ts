/**
 * The entity model's features, emission rows and Viterbi decoding are computed a block of tokens at a
 * time (memory: issue 19). These tests check that the blocks change nothing: the hashes, the scores and
 * the tags are bit for bit those of one pass over the whole document, on texts longer than a block, with
 * many sentences and with one sentence of thousands of tokens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../src/index.js';
import { fromBase64 } from '../../src/lang/base64.js';
import { nerModelBase64 } from '../../src/lang/fr/generated/ner-model.js';
import {
  BOS_INFO,
  EOS_INFO,
  extractFeatures,
  featureContext,
  fillFeatures,
  NEIGHBOUR_SLICES,
  wordHashes,
} from '../../src/ner/features.js';
import { lexiconFeatures } from '../../src/ner/lexicon-features.js';
import { addEmission, decodeModel, emissions, viterbi } from '../../src/ner/model.js';
import { decodeTags, documentEmissions, EmissionRows } from '../../src/ner/pipeline.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const model = decodeModel(fromBase64(nerModelBase64));
const articles = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(fixtures, f), 'utf8'));

/**
 * Texts of more than one block: the fixtures one after the other, twice (about 9,000 tokens: the flagship
 * article, read from ../shared, is no longer among them), and all of that as one sentence.
 */
const long = [...articles, ...articles].join('\n\n');
const oneSentence = long.replace(/[.!?…\n]/g, ',');
const docs: [string, Doc][] = [
  ['fixtures glued', createDoc(long)],
  ['one long sentence', createDoc(oneSentence)],
  ['one token', createDoc('Paris')],
  ['short', createDoc('Le 3 mai, M. Dupont. Puis ?')],
];

describe('entity features and decoding by blocks', () => {
  it('the test texts span several blocks', () => {
    expect(docs[0][1].tokens.length).toBeGreaterThan(5000);
    expect(docs[1][1].sentences.length).toBeLessThan(5);
    expect(Math.max(...docs[1][1].sentences.map((s) => s.tokenEnd - s.tokenStart))).toBeGreaterThan(3000);
  });

  it.each(docs)('%s: hashes filled by uneven blocks equal one pass', (_name, doc) => {
    for (const contextOnly of [true, false]) {
      const whole = extractFeatures(doc, lexiconFeatures, model.gazetteer, contextOnly);
      const ctx = featureContext(doc, lexiconFeatures, model.gazetteer, contextOnly);
      const n = doc.tokens.length;
      const got = new Uint32Array(n * ctx.stride);
      // blocks of 1, 7, 300, 1 ... tokens
      const sizes = [1, 7, 300];
      for (let from = 0, k = 0; from < n; k++) {
        const to = Math.min(n, from + sizes[k % sizes.length]);
        const block = new Uint32Array((to - from) * ctx.stride);
        fillFeatures(ctx, from, to, block);
        got.set(block, from * ctx.stride);
        from = to;
      }
      expect(ctx.stride).toBe(whole.stride);
      expect(Buffer.from(got.buffer).equals(Buffer.from(whole.feats.buffer))).toBe(true);
    }
  });

  it.each(docs)('%s: emission rows equal the whole-document sums, bit for bit', (_name, doc) => {
    // what the run time computed before blocks: context features of every token at once, then the
    // word-form sums of the token and its neighbours
    const n = doc.tokens.length;
    const T = model.numTags;
    const { feats, stride, table } = extractFeatures(doc, lexiconFeatures, model.gazetteer, true);
    const want = emissions(model, feats, stride, n);
    const sums = (w: (typeof table.words)[number]) => {
      const out = new Float32Array((1 + NEIGHBOUR_SLICES.length) * T);
      const own = wordHashes(w, lexiconFeatures);
      addEmission(model, own, 0, own.length, out, 0);
      NEIGHBOUR_SLICES.forEach(([from, to], k) => {
        addEmission(model, w.nb, from, to, out, (k + 1) * T);
      });
      return out;
    };
    const vec = table.words.map(sums);
    const bos = sums(BOS_INFO);
    const eos = sums(EOS_INFO);
    for (let i = 0; i < n; i++) {
      const p1 = i >= 1 ? vec[i - 1] : bos;
      const n1 = i + 1 < n ? vec[i + 1] : eos;
      for (let t = 0; t < T; t++) want[i * T + t] += vec[i][t] + p1[T + t] + n1[2 * T + t];
    }
    const got = documentEmissions(doc, model, lexiconFeatures).em;
    expect(Buffer.from(got.buffer).equals(Buffer.from(want.buffer))).toBe(true);
  });

  it.each(docs)('%s: streamed Viterbi gives the tags of viterbi() over each sentence', (_name, doc) => {
    const n = doc.tokens.length;
    const T = model.numTags;
    const { em } = documentEmissions(doc, model, lexiconFeatures);
    const want = new Uint8Array(n);
    let from = 0;
    for (const s of doc.sentences) {
      const to = Math.min(s.tokenEnd, n);
      if (to <= from) continue;
      want.set(viterbi(model, em.subarray(from * T, to * T), to - from), from);
      from = to;
    }
    const got = decodeTags(doc, model, new EmissionRows(doc, model, lexiconFeatures));
    expect(Array.from(got)).toEqual(Array.from(want));
    if (n > 100) expect(got.some((t) => t !== 0)).toBe(true); // names were found: the check is not vacuous
  });
});
