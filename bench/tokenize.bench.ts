import { createDoc } from '../src/index.js';
import { fmt, newsTexts, throughput } from './corpus.js';

const texts = newsTexts(1000);
const tokens = texts.reduce((n, t) => n + createDoc(t).tokens.length, 0);
const perSec = throughput(texts, (t) => createDoc(t), 2000);
console.log('tokenize + sentences (createDoc), one core');
console.log(`  ${texts.length} articles, ${fmt(tokens)} tokens`);
console.log(
  `  ${fmt(perSec)} articles/s, ${fmt((perSec * tokens) / texts.length)} tokens/s (target >= 1,000,000)`,
);
