/**
 * The subject text model (src/topics/text.ts) alone on newsgold-dev: a code is returned when its text
 * probability reaches the threshold (IPTC ancestors added on both sides, the README protocol). The model
 * is fitted on our labels of OrangeSum train articles only (never on newsgold-dev), so every newsgold-dev
 * article is out of sample for it. Diagnostic: what the words alone tell, before the second stage.
 *
 *   npx tsx scripts/eval/topics-text.ts [--thresholds 0.3,0.4,0.5]
 */
import { createDoc } from '../../src/doc/index.js';
import { proposeTopics } from '../../src/topics/score.js';
import { textLogits, textModel } from '../../src/topics/text.js';
import { loadGold, prf, splits } from '../lib/topics-gold.js';

function main(): void {
  const g = loadGold();
  if (g === null) process.exit(1);
  const m = textModel();
  if (m.codes.length === 0) {
    console.error('topics-text: the text model is empty (run npx tsx scripts/train/fit-topics-text.ts)');
    process.exit(1);
  }
  const i = process.argv.indexOf('--thresholds');
  const ths = (i > 0 ? process.argv[i + 1] : '0.3,0.4,0.5').split(',').map(Number);
  const { locked } = splits(g.articles);
  const probs = g.articles.map((a) => {
    const doc = createDoc(`${a.title}\n\n${a.text}`);
    const v = proposeTopics(doc, a.title.length, true, false).vector ?? new Map();
    const z = textLogits(v, m);
    return { a, p: Array.from(z, (x) => 1 / (1 + Math.exp(-x))) };
  });
  for (const th of ths) {
    for (const part of ['dev 240', 'locked 60', 'all 300'] as const) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      let n = 0;
      for (const { a, p } of probs) {
        const isLocked = locked.has(a.id);
        if ((part === 'dev 240' && isLocked) || (part === 'locked 60' && !isLocked)) continue;
        n++;
        let pred = m.codes.filter((_, j) => p[j] >= th);
        if (pred.length === 0) pred = [m.codes[p.indexOf(Math.max(...p))]];
        const closed = new Set(pred.flatMap(g.closure));
        for (const c of closed)
          if (a.gold.has(c)) tp++;
          else fp++;
        for (const c of a.gold) if (!closed.has(c)) fn++;
      }
      const s = prf(tp, fp, fn);
      console.log(
        `threshold ${th} ${part.padEnd(9)} (${n}): P ${(100 * s.p).toFixed(1)} R ${(100 * s.r).toFixed(1)} F1 ${(100 * s.f).toFixed(1)}`,
      );
    }
  }
}

main();
