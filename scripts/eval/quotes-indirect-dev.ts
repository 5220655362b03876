/**
 * Study aid for indirect and mixed quotations on the development split only (never the locked split nor the
 * held-out sets): every gold indirect / mixed quotation of the 45 dev articles with its cue and the words before
 * it, marked by whether a prediction overlaps it with the same kind, and every predicted indirect quotation
 * matching no gold quotation, with its rule.
 *   npx tsx scripts/eval/quotes-indirect-dev.ts [--kind indirect|mixed]
 */
import { analyze } from '../../src/index.js';
import { articleTexts, fnv, lockedIds, matchSpans, readGold } from '../lib/quotes-lib.js';
import { requireShared } from '../lib/shared-data.js';

if (!requireShared('quotes-indirect-dev', 'news', 'orangesum', 'valid.jsonl.gz')) process.exit(0);
const ki = process.argv.indexOf('--kind');
const kind = ki > 0 ? process.argv[ki + 1] : 'indirect';
const main = readGold();
const locked = lockedIds(main.map((g) => g.id));
const dev = main.filter((g) => !locked.has(g.id));
const texts = articleTexts(dev.map((g) => g.id));
const flat = (s: string) => s.replace(/\s+/g, ' ');
for (const g of dev) {
  const text = texts.get(g.id);
  if (text === undefined || fnv(text) !== g.hash) throw new Error(`${g.id}: text differs`);
  const pred = analyze(text, { topics: false, summary: false, language: false }).quotes ?? [];
  const gq = g.quotes.filter((q) => q.kind === kind);
  const pq = pred.filter((q) => q.kind === kind);
  const m = matchSpans(gq, pq);
  gq.forEach((q, i) => {
    const p = m[i] >= 0 ? pq[m[i]] : undefined;
    const from = Math.min(q.start, q.cue?.start ?? q.start, q.speaker?.start ?? q.start);
    const before = flat(text.slice(Math.max(0, from - 30), q.start));
    const cue = q.cue ? `${text.slice(q.cue.start, q.cue.end)}/${q.cue.lemma}` : '-';
    const ex = p && p.start === q.start && p.end === q.end ? '=' : p ? '~' : ' ';
    const tag = p ? `HIT${ex} ${p.rule}` : 'MISS';
    console.log(`${tag}\t${g.id}\t[${cue}]\t…${before}⟦${flat(text.slice(q.start, q.end)).slice(0, 120)}⟧`);
    if (p && ex === '~') console.log(`\t\t\tours ⟦${flat(p.text).slice(0, 120)}⟧`);
  });
  const used = new Set(m);
  pq.forEach((p, j) => {
    if (used.has(j)) return;
    const before = flat(text.slice(Math.max(0, (p.cue?.start ?? p.start) - 40), p.start));
    console.log(
      `FALSE ${p.rule}\t${g.id}\t[${p.cue?.text ?? '-'}]\t…${before}⟦${flat(p.text).slice(0, 120)}⟧`,
    );
  });
}
