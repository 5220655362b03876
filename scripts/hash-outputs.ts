/**
 * A hash of analyze() over the fixture articles and OrangeSum articles (valid split), and of
 * createDoc() tokens: run it before and after a performance change to check outputs are identical.
 * Usage: tsx scripts/hash-outputs.ts [count]   (default 300 OrangeSum articles)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsTexts } from '../bench/corpus.js';
import { analyze, createDoc } from '../src/index.js';

const count = Number(process.argv[2] ?? 300);
const dir = join(import.meta.dirname, '..', 'fixtures');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
texts.push(...newsTexts(count));
const hAnalyze = createHash('sha256');
const hTokens = createHash('sha256');
for (const t of texts) {
  hAnalyze.update(JSON.stringify(analyze({ body: t, publishedAt: '2025-11-25' })));
  hTokens.update(JSON.stringify(createDoc(t)));
}
console.log(`${texts.length} texts`);
console.log(`analyze  ${hAnalyze.digest('hex')}`);
console.log(`createDoc ${hTokens.digest('hex')}`);
