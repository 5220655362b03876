/**
 * extractDates() throughput beside chrono-node's French locale (chrono.fr) on the same news articles.
 * Target: ours >= half of chrono's articles/s. Both from a raw string (ours includes tokenisation);
 * "from a Doc" shows the cost when analyze() has already tokenised the text.
 */
import * as chrono from 'chrono-node';
import { extractDates } from '../src/dates/index.js';
import { createDoc } from '../src/doc/index.js';
import { fmt, newsTexts, throughput } from './corpus.js';

const texts = newsTexts(300);
const ref = new Date(Date.UTC(2020, 0, 15));
const chars = texts.reduce((n, t) => n + t.length, 0);
const docs = texts.map((t) => createDoc(t));

// three rounds, interleaved, best of each (the machine is shared; the first round also warms the JIT)
let ours = 0;
let oursDoc = 0;
let theirs = 0;
for (let round = 0; round < 3; round++) {
  theirs = Math.max(
    theirs,
    throughput(texts, (t) => chrono.fr.parse(t, ref), 1500),
  );
  ours = Math.max(
    ours,
    throughput(texts, (t) => extractDates(t, { referenceDate: ref }), 1500),
  );
  oursDoc = Math.max(
    oursDoc,
    throughput(docs, (d) => extractDates(d, { referenceDate: ref }), 1500),
  );
}
const found = texts.reduce((n, t) => n + extractDates(t, { referenceDate: ref }).length, 0);
const foundChrono = texts.reduce((n, t) => n + chrono.fr.parse(t, ref).length, 0);

console.log(
  `extractDates vs chrono.fr, one core, ${texts.length} news articles (${fmt(chars / texts.length)} chars each)`,
);
console.log(`  depeche   ${fmt(ours).padStart(8)} articles/s  (${fmt(found)} mentions)`);
console.log(`  depeche   ${fmt(oursDoc).padStart(8)} articles/s  from a ready Doc`);
console.log(`  chrono.fr ${fmt(theirs).padStart(8)} articles/s  (${fmt(foundChrono)} mentions)`);
console.log(
  `  ratio ${fmt(ours / theirs, 2)} (target >= 0.50): ${ours / theirs >= 0.5 ? 'OK' : 'BELOW TARGET'}`,
);
