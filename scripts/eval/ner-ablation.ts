/**
 * Ablation of the refine stage (src/ner/refine.ts): WiNER-fr dev micro F1 (exact spans) and
 * newsgold-dev dev-240 strict F1 (entity sets), with all rules, with none, and without each rule in turn.
 * Development only: the locked newsgold articles are never read here.
 *
 *   npx tsx scripts/eval/ner-ablation.ts
 *   npx tsx scripts/eval/ner-ablation.ts --only orgSuffix,miscToOrg    all rules, then without each listed one
 */
import { fromBase64 } from '../../src/lang/base64.js';
import { nerModelBase64 } from '../../src/lang/fr/generated/ner-model.js';
import { decodeModel } from '../../src/ner/model.js';
import { refineConfig } from '../../src/ner/refine.js';
import { evaluate, loadWiner } from '../lib/ner-lib.js';
import { articleText, depecheSets, loadNewsgold, lockedIds, scoreSets } from '../lib/ner-newsgold.js';
import { sharedPath } from '../lib/shared-data.js';

const model = decodeModel(fromBase64(nerModelBase64));
const winer = loadWiner(sharedPath('ner', 'winer-fr', 'dev.jsonl'));
const all = loadNewsgold();
const locked = lockedIds(all);
const dev = all.filter((a) => !locked.has(a.id));
const oi = process.argv.indexOf('--only');
const only = oi > 0 ? process.argv[oi + 1].split(',') : undefined;
const keys = (Object.keys(refineConfig) as (keyof typeof refineConfig)[]).filter(
  (k) => !only || only.includes(k),
);

function measure(name: string): void {
  const w = evaluate(winer, model).micro.f1;
  const s = scoreSets(
    dev.map((a) => depecheSets(articleText(a))),
    dev.map((a) => a.gold),
    false,
  );
  const f = (x: number) => (x * 100).toFixed(1).padStart(6);
  console.log(
    `${name.padEnd(22)} WiNER dev ${f(w)}   newsgold dev240 ${f(s.micro.f1)}  PER ${f(s.byType.PER.f1)} ORG ${f(s.byType.ORG.f1)} LOC ${f(s.byType.LOC.f1)}`,
  );
}

measure('all rules');
for (const k of keys) {
  refineConfig[k] = false;
  measure(`without ${k}`);
  refineConfig[k] = true;
}
if (!only) {
  for (const k of keys) refineConfig[k] = false;
  measure('no rule');
}
