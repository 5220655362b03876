/**
 * Diagnostic for the word clusters (not part of `npm run eval`): how much a word's cluster tells about
 * its entity label in WiNER-fr (train + dev, read from ../shared/data/ner/winer-fr/*.conll; nothing from it
 * is shipped). Over capitalised tokens not at the start of a sentence, it prints the conditional entropy
 * H(label | cluster) in bits (lower is better; H(label) is the no-information baseline) and the accuracy of
 * predicting each token's label by the majority label of its cluster, estimated on train and measured on
 * dev. Unknown words form one extra cluster.
 *
 *   tsx scripts/eval/lexicon-eval.ts       (after npm run train)
 */
import { readFileSync } from 'node:fs';
import {
  CLUSTER_LEVELS,
  clusterOf,
  FIRST_NAME,
  gazetteerFlags,
  ORG,
  PLACE,
  SURNAME,
} from '../../src/lexicon/index.js';
import { requireShared, sharedPath } from '../lib/shared-data.js';

interface Tok {
  word: string;
  label: string;
  initial: boolean;
}

function readConll(path: string): Tok[] {
  const out: Tok[] = [];
  let initial = true;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      initial = true;
      continue;
    }
    const [word, tag] = line.split('\t');
    out.push({ word: word.replace(/[’]/g, "'"), label: tag === 'O' ? 'O' : tag.slice(2), initial });
    initial = false;
  }
  return out;
}

const reCap = /^\p{Lu}/u;

/** Capitalised, non-initial tokens of WiNER-fr train and dev. */
export function winerTokens(): { train: Tok[]; dev: Tok[] } | null {
  if (!requireShared('lexicon-eval', 'ner', 'winer-fr', 'train.conll')) return null;
  const pick = (f: string) =>
    readConll(sharedPath('ner', 'winer-fr', f)).filter((t) => !t.initial && reCap.test(t.word));
  return { train: pick('train.conll'), dev: pick('dev.conll') };
}

function entropy(counts: Map<string, number>, total: number): number {
  let h = 0;
  for (const c of counts.values()) if (c > 0) h -= (c / total) * Math.log2(c / total);
  return h;
}

/** H(label | key) and majority-label accuracy (train → dev) for one keying of tokens. */
export function quality(
  data: { train: Tok[]; dev: Tok[] },
  key: (w: string) => number | string,
): { h: number; acc: number; coverage: number } {
  const all = [...data.train, ...data.dev];
  const byKey = new Map<number | string, Map<string, number>>();
  const add = (m: Map<number | string, Map<string, number>>, t: Tok): void => {
    const k = key(t.word);
    if (!m.has(k)) m.set(k, new Map());
    const c = m.get(k) as Map<string, number>;
    c.set(t.label, (c.get(t.label) ?? 0) + 1);
  };
  for (const t of all) add(byKey, t);
  let h = 0;
  for (const c of byKey.values()) {
    const n = [...c.values()].reduce((a, b) => a + b, 0);
    h += (n / all.length) * entropy(c, n);
  }
  const trainKey = new Map<number | string, Map<string, number>>();
  for (const t of data.train) add(trainKey, t);
  let right = 0;
  let known = 0;
  for (const t of data.dev) {
    const k = key(t.word);
    if (k !== -1) known++;
    const c = trainKey.get(k);
    const best = c ? [...c.entries()].sort((a, b) => b[1] - a[1])[0][0] : 'O';
    if (best === t.label) right++;
  }
  return { h, acc: right / data.dev.length, coverage: known / data.dev.length };
}

function main(): void {
  const data = winerTokens();
  if (!data) return;
  const labels = new Map<string, number>();
  const all = [...data.train, ...data.dev];
  for (const t of all) labels.set(t.label, (labels.get(t.label) ?? 0) + 1);
  console.log(
    `${all.length} capitalised non-initial tokens; H(label) = ${entropy(labels, all.length).toFixed(3)} bits`,
  );
  console.log('keying              H(label|key)  dev acc  coverage');
  const row = (name: string, q: { h: number; acc: number; coverage: number }) =>
    console.log(
      `${name.padEnd(20)}${q.h.toFixed(3).padStart(12)}${q.acc.toFixed(3).padStart(9)}${q.coverage.toFixed(3).padStart(10)}`,
    );
  for (const level of CLUSTER_LEVELS)
    row(
      `cluster ${level}`,
      quality(data, (w) => clusterOf(w, level)),
    );
  row(
    'gazetteer flags',
    quality(data, (w) => gazetteerFlags(w) || -1),
  );
  row(
    'word form (oracle)',
    quality(data, (w) => w),
  );
  console.log('\ngazetteer flag vs WiNER-fr label (same tokens, train + dev): token precision / recall');
  const flagged: [string, number, string][] = [
    ['FIRST_NAME', FIRST_NAME, 'PER'],
    ['SURNAME', SURNAME, 'PER'],
    ['PLACE', PLACE, 'LOC'],
    ['ORG', ORG, 'ORG'],
  ];
  for (const [name, flag, label] of flagged) {
    let hit = 0;
    let right = 0;
    let gold = 0;
    for (const t of all) {
      const on = (gazetteerFlags(t.word) & flag) !== 0;
      if (on) hit++;
      if (on && t.label === label) right++;
      if (t.label === label) gold++;
    }
    console.log(
      `${name.padEnd(11)} -> ${label}: precision ${(right / hit).toFixed(3)} (${right}/${hit}), recall ${(right / gold).toFixed(3)} of ${gold}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
