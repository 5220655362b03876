/**
 * Throughput of tagTopics() on real French news (OrangeSum valid, or the fixtures when ../shared is
 * absent), one core. Two inputs: a string (tokenising included) and a ready Doc (as analyze() passes it).
 * Wall-clock figures suffer when the machine is shared, so the CPU time of this process is shown too.
 */
import { createDoc } from '../src/doc/index.js';
import { tagTopics } from '../src/topics/index.js';
import { fmt, newsTexts } from './corpus.js';

const TARGET = 200_000;
const texts = newsTexts(500);
const docs = texts.map((t) => createDoc(t));
const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
for (const t of texts.slice(0, 50)) tagTopics(t); // builds the cue index, decodes the weights, warms up

function measure<T>(items: readonly T[], fn: (x: T) => unknown, minMs = 3000): { wall: number; cpu: number } {
  let done = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  do {
    for (const it of items) fn(it);
    done += items.length;
  } while (performance.now() - t0 < minMs);
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  const perArticle = tokens / items.length;
  return { wall: (done * perArticle) / wall, cpu: (done * perArticle) / cpu };
}

const s = measure(texts, (t) => tagTopics(t));
const d = measure(docs, (x) => tagTopics(x));
const verdict = (x: number) => (x >= TARGET ? 'PASS' : 'BELOW TARGET');
console.log('tagTopics, one core');
console.log(`  ${texts.length} articles, ${fmt(tokens)} tokens`);
console.log(
  `  from a string: ${fmt(s.wall)} tokens/s wall, ${fmt(s.cpu)} tokens per CPU-second (target >= ${fmt(TARGET)}: ${verdict(s.cpu)})`,
);
console.log(`  from a Doc:    ${fmt(d.wall)} tokens/s wall, ${fmt(d.cpu)} tokens per CPU-second`);
