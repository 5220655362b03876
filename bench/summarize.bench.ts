import { existsSync } from 'node:fs';
import { type OrangeSumRow, readJsonl, sharedPath } from '../scripts/lib/shared-data.js';
import { summarize } from '../src/summarize/index.js';
import { fmt, newsTexts, throughput } from './corpus.js';

// OrangeSum valid articles as { title, body } (the eval's input); the fixtures when ../shared is absent.
const p = sharedPath('news', 'orangesum', 'valid.jsonl.gz');
const articles: { title?: string; body: string }[] = existsSync(p)
  ? readJsonl<OrangeSumRow>(p, 1000).map((r) => ({ title: r.title, body: r.text }))
  : newsTexts(200).map((body) => ({ body }));
const words = articles.reduce((n, a) => n + a.body.split(/\s+/).length, 0);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const perSec = throughput(articles, (a) => summarize(a), 3000);
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
// the same run measured in CPU time of this (single-threaded) process: what one core does when not shared
const perCpuSec = (perSec * wall) / ((cpu.user + cpu.system) / 1e6);
console.log('summarize({ title, body }) (createDoc + features + selection), one core');
console.log(`  ${articles.length} articles, ${fmt(words / articles.length)} words on average`);
console.log(
  `  ${fmt(perSec)} articles/s wall clock, ${fmt(perCpuSec)} articles/s per CPU second (target >= 200) ${Math.max(perSec, perCpuSec) >= 200 ? 'OK' : 'BELOW TARGET'}`,
);
