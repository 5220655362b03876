/**
 * The training sets of the NER model with in-domain signal: WiNER-fr train plus newsgold-dev articles
 * projected as partial labels (scripts/lib/ner-project.ts), each of their sentences seen `repeat` times
 * per epoch. Cross-validation by article: article i of a part is in fold i % 5 (same order as
 * `loadNewsgold()`), and fold models are cached by name so that the evaluation (scripts/eval/ner.ts
 * --cv) and the fold trainer (scripts/train/ner-newsgold-fold.ts) share them.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../../src/doc/index.js';
import { assignCanonical } from '../../src/ner/canonical.js';
import { decodeModel, encodeModel } from '../../src/ner/model.js';
import { runNer } from '../../src/ner/pipeline.js';
import type { Entity } from '../../src/ner/types.js';
import { NER_CONFIG } from './ner-config.js';
import { loadWiner, type NerDoc, trainNerModel } from './ner-lib.js';
import {
  articleText,
  depecheSets,
  type EntitySets,
  type GoldArticle,
  loadNewsgold,
  lockedIds,
} from './ner-newsgold.js';
import { projectArticle } from './ner-project.js';
import { sharedPath } from './shared-data.js';

export const FOLDS = 5;

/** The parts of newsgold-dev: the 240 development articles, the 60 locked ones, all 300. */
export function newsgoldParts(): { dev: GoldArticle[]; locked: GoldArticle[]; all: GoldArticle[] } {
  const all = loadNewsgold();
  const lock = lockedIds(all);
  return { dev: all.filter((a) => !lock.has(a.id)), locked: all.filter((a) => lock.has(a.id)), all };
}

/** Projected articles, oversampled `repeat` times. */
export function projected(arts: readonly GoldArticle[], repeat: number): NerDoc[] {
  return arts.map((a) => ({ ...projectArticle(a), repeat }));
}

/**
 * A training job: WiNER-fr train (all, or without WiNER fold `winerFold`) plus the articles of `part`
 * (without newsgold fold `fold` when given). Its cache file name says all of it.
 */
export interface Job {
  part: 'dev' | 'all' | 'none';
  /** 1..5: leave this newsgold fold out; 0: train on the whole part. */
  fold: number;
  /** 1..5: leave this WiNER-fr fold out (WiNER-fr cross-validation); 0: all of WiNER-fr train. */
  winerFold: number;
  repeat: number;
  seeds: number;
}

export function jobName(j: Job): string {
  return `ng2-${j.part}-f${j.fold}-w${j.winerFold}-r${j.repeat}-s${j.seeds}.bin`;
}

/** The training documents of a job. */
export function jobDocs(j: Job): NerDoc[] {
  const winer = loadWiner(sharedPath('ner', 'winer-fr', 'train.jsonl')).filter(
    (_, i) => j.winerFold === 0 || i % FOLDS !== j.winerFold - 1,
  );
  if (j.part === 'none') return winer;
  const parts = newsgoldParts();
  const arts = (j.part === 'dev' ? parts.dev : parts.all).filter(
    (_, i) => j.fold === 0 || i % FOLDS !== j.fold - 1,
  );
  return [...winer, ...projected(arts, j.repeat)];
}

/** Trains a job's model (or reads it from the cache directory `cache`). */
export function jobModel(j: Job, cache: string | undefined, log?: (m: string) => void): Uint8Array {
  const file = cache ? join(cache, jobName(j)) : '';
  if (cache && existsSync(file)) return new Uint8Array(readFileSync(file));
  const t0 = performance.now();
  const bytes = encodeModel(
    trainNerModel(jobDocs(j), undefined, { seeds: NER_CONFIG.seeds.slice(0, j.seeds) }),
  );
  log?.(`trained ${jobName(j)} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  if (cache) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(`${file}.tmp`, bytes);
    renameSync(`${file}.tmp`, file);
  }
  return bytes;
}

/** `extractEntities()` without dates, with another model: what depecheSets() needs. */
export function extractWith(bytes: Uint8Array): (text: string) => Entity[] {
  const model = decodeModel(bytes);
  return (text) => {
    const doc = createDoc(text);
    const ents = runNer(doc, model);
    assignCanonical(doc.text, ents);
    return ents.sort((a, b) => a.start - b.start || b.end - a.end);
  };
}

/**
 * 5-fold cross-validation by article over `part`: each article is scored by the model trained on
 * WiNER-fr train and the part's other folds. Returns predicted and gold sets in article order.
 */
export function newsgoldCv(
  part: 'dev' | 'all',
  repeat: number,
  seeds: number,
  cache: string | undefined,
  log?: (m: string) => void,
): { preds: EntitySets[]; golds: EntitySets[] } {
  const parts = newsgoldParts();
  const arts = part === 'dev' ? parts.dev : parts.all;
  const preds: EntitySets[] = new Array(arts.length);
  for (let k = 1; k <= FOLDS; k++) {
    const extract = extractWith(jobModel({ part, fold: k, winerFold: 0, repeat, seeds }, cache, log));
    arts.forEach((a, i) => {
      if (i % FOLDS === k - 1) preds[i] = depecheSets(articleText(a), extract);
    });
  }
  return { preds, golds: arts.map((a) => a.gold) };
}
