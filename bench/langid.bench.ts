/**
 * detectLanguage() throughput on real French news (OrangeSum valid, or the fixtures when
 * ../shared is absent): whole articles and their first 200 characters, beside franc, franc-min and
 * eld on the same texts. Also the one-off cost of decoding the model on first use.
 * Target: at least franc's speed (eld, a flat lookup table, is the fastest peer).
 */
import { eld } from 'eld/large';
import { franc } from 'franc';
import { franc as francMin } from 'franc-min';
import { detectLanguage } from '../src/langid/index.js';
import { fmt, newsTexts, throughput } from './corpus.js';

const t0 = performance.now();
detectLanguage('Premier appel : le modèle est décodé ici.');
const coldMs = performance.now() - t0;

const articles = newsTexts(300);
const snippets = articles.map((t) => t.slice(0, 200));
const chars = articles.reduce((s, t) => s + t.length, 0) / articles.length;

const systems: [string, (t: string) => unknown][] = [
  ['depeche', (t) => detectLanguage(t)],
  ['franc', (t) => franc(t)],
  ['franc-min', (t) => francMin(t)],
  ['eld', (t) => eld.detect(t)],
];

console.log(`detectLanguage: first call (model decode) ${coldMs.toFixed(1)} ms`);
console.log(`${articles.length} news articles, ${fmt(chars)} characters on average\n`);
console.log('system      | articles/s | first-200-char snippets/s');
for (const [name, fn] of systems) {
  const a = throughput(articles, fn, 1500);
  const s = throughput(snippets, fn, 1500);
  console.log(`${name.padEnd(11)} | ${fmt(a).padStart(10)} | ${fmt(s).padStart(10)}`);
}
console.log("\ntarget (depeche): at least franc's speed; eld is the fastest peer");
