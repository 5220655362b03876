/**
 * Fingerprints of the pipeline's output, to prove that a refactoring changed nothing:
 *  - sha256 of analyze() over the first 500 OrangeSum valid articles (publishedAt = their date)
 *  - sha256 of extractDates() over the French TimeBank dev half (referenceDate = the document's DCT)
 *
 *   npx tsx scripts/output-hashes.ts
 */
import { createHash } from 'node:crypto';
import { analyze } from '../src/analyze/index.js';
import { extractDates } from '../src/dates/index.js';
import { type OrangeSumRow, readJsonl, requireShared, sharedPath } from './shared-data.js';

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
