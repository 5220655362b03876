/**
 * Development view of newsgold-dev: scores and error lists on the 240 dev articles only (the locked
 * 60 are never shown here). `npx tsx scripts/eval/ner-newsgold-dev.ts [--errors ORG]`.
 */
import {
  articleText,
  depecheSets,
  type EntitySets,
  loadNewsgold,
  lockedIds,
  matchSets,
  normaliseEntity,
  SET_TYPES,
  scoreSets,
  setTable,
} from '../lib/ner-newsgold.js';

const all = loadNewsgold();
const locked = lockedIds(all);
const dev = all.filter((a) => !locked.has(a.id));
const preds: EntitySets[] = dev.map((a) => depecheSets(articleText(a)));
const golds = dev.map((a) => a.gold);
console.log(
  setTable(`newsgold-dev, dev ${dev.length} articles, strict`, [
    { name: 'depeche', s: scoreSets(preds, golds, false) },
  ]),
);
console.log(
  setTable(`newsgold-dev, dev ${dev.length} articles, lenient`, [
    { name: 'depeche', s: scoreSets(preds, golds, true) },
  ]),
);
const ei = process.argv.indexOf('--errors');
if (ei > 0) {
  const type = process.argv[ei + 1] as (typeof SET_TYPES)[number];
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  for (let i = 0; i < dev.length; i++) {
    const p = new Set(preds[i][type].map(normaliseEntity));
    const g = new Set(golds[i][type].map(normaliseEntity));
    const other = new Map<string, string>();
    for (const t of SET_TYPES) if (t !== type) for (const x of preds[i][t]) other.set(normaliseEntity(x), t);
    for (const x of preds[i][type]) if (!g.has(normaliseEntity(x))) fp.set(x, (fp.get(x) ?? 0) + 1);
    for (const x of golds[i][type]) {
      const n = normaliseEntity(x);
      if (!p.has(n)) {
        const k = `${x}${other.has(n) ? ` [as ${other.get(n)}]` : ''}`;
        fn.set(k, (fn.get(k) ?? 0) + 1);
      }
    }
    void matchSets;
  }
  const show = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k}${v > 1 ? ` ×${v}` : ''}`)
      .join(' | ');
  console.log(`\nFALSE POSITIVES ${type} (${fp.size}):\n${show(fp)}`);
  console.log(`\nMISSED ${type} (${fn.size}):\n${show(fn)}`);
}
