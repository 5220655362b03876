/**
 * Throughput of tagTopics() on real French news (OrangeSum valid, or the fixtures when ../shared is
 * absent), one core. Two figures: from a string (tokenising included) and from a ready Doc (as analyze() does).
 */
import { createDoc } from '../src/doc/index.js';
import { tagTopics } from '../src/topics/index.js';
import { fmt, newsTexts, throughput } from './corpus.js';

const texts = newsTexts(500);
const docs = texts.map((t) => createDoc(t));
const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
tagTopics(texts[0]); // builds the cue index and decodes the learned weights once
const fromText = throughput(texts, (t) => tagTopics(t), 2000);
const fromDoc = throughput(docs, (d) => tagTopics(d), 2000);
const perToken = (perSec: number) => (perSec * tokens) / texts.length;
console.log('tagTopics, one core');
console.log(`  ${texts.length} articles, ${fmt(tokens)} tokens`);
console.log(
  `  from a string: ${fmt(fromText)} articles/s, ${fmt(perToken(fromText))} tokens/s (target >= 200,000)${perToken(fromText) >= 200_000 ? '  PASS' : '  BELOW TARGET'}`,
);
console.log(`  from a Doc:    ${fmt(fromDoc)} articles/s, ${fmt(perToken(fromDoc))} tokens/s`);
