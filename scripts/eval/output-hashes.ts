/**
 * Fingerprints of the pipeline's output, to prove that a refactoring changed nothing:
 *  - sha256 of analyze() over the first 500 OrangeSum valid articles (publishedAt = their date)
 *  - sha256 of extractDates() over the French TimeBank dev half (referenceDate = the document's DCT)
 *  - sha256 of createDoc() and of analyze() over the fixture articles (no ../shared needed), for
 *    performance changes to the tokenizer
 *
 *   npx tsx scripts/eval/output-hashes.ts
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze/index.js';
import { extractDates } from '../../src/dates/index.js';
import { createDoc } from '../../src/doc/index.js';
import { type OrangeSumRow, readJsonl, requireShared, sharedPath } from '../lib/shared-data.js';

function sha(parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\n');
  return h.digest('hex');
}

if (requireShared('OrangeSum valid', 'news', 'orangesum', 'valid.jsonl.gz')) {
  const rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'valid.jsonl.gz'), 500);
  const out = rows.map((r) =>
    JSON.stringify(analyze({ id: r.id, title: r.title, body: r.text, publishedAt: r.date })),
  );
  console.log(`analyze()      OrangeSum valid, first ${rows.length}: ${sha(out)}`);
}
if (requireShared('French TimeBank', 'dates', 'ftib-dev.jsonl')) {
  const docs = readJsonl<{ doc: string; dct: string; text: string }>(sharedPath('dates', 'ftib-dev.jsonl'));
  const out = docs.map((d) => JSON.stringify(extractDates(d.text, { referenceDate: d.dct })));
  console.log(`extractDates() French TimeBank dev, ${docs.length} documents: ${sha(out)}`);
}

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const texts = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(fixtures, f), 'utf8'));
console.log(
  `createDoc()    fixtures, ${texts.length} texts: ${sha(texts.map((t) => JSON.stringify(createDoc(t))))}`,
);
console.log(
  `analyze()      fixtures, ${texts.length} texts: ${sha(texts.map((t) => JSON.stringify(analyze({ body: t, publishedAt: '2025-11-25' }))))}`,
);
