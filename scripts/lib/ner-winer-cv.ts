/**
 * The WiNER-fr 5-fold cross-validation by document shared by the per-rule and per-head refine evaluations
 * (scripts/eval/ner-refine-cv.ts, ner-heads-cv.ts): each fold's documents with the model trained without
 * them (cached under `cache`), and the CV predictions and gold as `doc\tstart\tend\ttype` keys.
 */
import type { LabeledSpan } from '../../src/eval/spans.js';
import { decodeModel, type NerModel } from '../../src/ner/model.js';
import { runNer } from '../../src/ner/pipeline.js';
import { FOLDS, jobModel } from './ner-indomain.js';
import { loadWiner, type NerDoc } from './ner-lib.js';
import { sharedPath } from './shared-data.js';

export interface WinerCv {
  /** WiNER-fr train, every document. */
  train: NerDoc[];
  folds: { docs: NerDoc[]; model: NerModel }[];
}

/** The folds of WiNER-fr train, each with its fold model (trained or read from `cache`). */
export function winerCv(repeat: number, seeds: number, cache: string | undefined): WinerCv {
  const train = loadWiner(sharedPath('ner', 'winer-fr', 'train.jsonl'));
  const folds: WinerCv['folds'] = [];
  for (let k = 1; k <= FOLDS; k++)
    folds.push({
      docs: train.filter((_, i) => i % FOLDS === k - 1),
      model: decodeModel(jobModel({ part: 'all', fold: 0, winerFold: k, repeat, seeds }, cache, console.log)),
    });
  return { train, folds };
}

/** The key a mention is scored by. */
export const winerKey = (d: string, s: LabeledSpan) => `${d}\t${s.start}\t${s.end}\t${s.type}`;

/** Every fold's predictions on its own documents, as keys (run again at each call: the refine rules may change). */
export function winerPreds(cv: WinerCv): Set<string> {
  const out = new Set<string>();
  for (const f of cv.folds)
    for (const d of f.docs) for (const e of runNer(d.doc, f.model)) out.add(winerKey(d.id, e));
  return out;
}
