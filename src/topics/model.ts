/**
 * Runtime of the learned part: one logistic regression per OrangeSum desk section over stem keys,
 * decoded once from the generated artefact (Int8 weights + key table).
 */

import { fromBase64 } from '../lang/base64.js';
import {
  topicModelClasses,
  topicModelIgnored,
  topicModelTitleWeight,
} from '../lang/fr/generated/topics-model.js';

export interface LearnedClass {
  /** Topic id the section is a weak label for. */
  readonly topic: string;
  readonly section: string;
  readonly bias: number;
}

export interface LearnedModel {
  readonly classes: readonly LearnedClass[];
  /** key → flat list of [class index, weight, class index, weight, ...]. */
  readonly weights: ReadonlyMap<string, readonly number[]>;
  readonly ignored: ReadonlySet<string>;
  readonly titleWeight: number;
}

let model: LearnedModel | null = null;

/** The decoded model (built on first use). */
export function learnedModel(): LearnedModel {
  if (model !== null) return model;
  const weights = new Map<string, number[]>();
  const classes: LearnedClass[] = [];
  topicModelClasses.forEach(([topic, section, bias, scale, keys, b64], c) => {
    classes.push({ topic, section, bias });
    const q = new Int8Array(fromBase64(b64).buffer);
    keys.split(' ').forEach((k, i) => {
      if (q[i] === 0) return;
      let list = weights.get(k);
      if (list === undefined) {
        list = [];
        weights.set(k, list);
      }
      list.push(c, q[i] * scale);
    });
  });
  model = { classes, weights, ignored: new Set(topicModelIgnored), titleWeight: topicModelTitleWeight };
  return model;
}
