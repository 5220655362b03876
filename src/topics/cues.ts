/** The cue lists compiled once into lookup tables for the first stage. */
import { createDoc } from '../doc/index.js';
import { tokenTable } from '../doc/table.js';
import { topicCues, topicRows } from '../lang/fr/generated/topics.js';
import { surfaceKeys, tokenKeys, wordKey } from './keys.js';
import { learnedModel } from './model.js';
import { topicIndex } from './taxonomy.js';

export interface CompiledCue {
  topic: number;
  keys: readonly string[];
  weight: number;
  need: boolean;
  unless: readonly number[];
}

export interface Compiled {
  byFirst: Map<string, CompiledCue[]>;
  hasExact: boolean;
  negations: Set<string>;
  /** learned class index → topic index */
  classTopic: number[];
  /** parent index of each topic (-1 for a top level), its top level, and topics deepest first */
  parent: number[];
  top: number[];
  deepestFirst: number[];
}

let compiled: Compiled | null = null;

/** The compiled cue tables and taxonomy structure (built on first use). @internal */
export function compile(): Compiled {
  if (compiled !== null) return compiled;
  const byFirst = new Map<string, CompiledCue[]>();
  for (const [topic, phrase, weight, need, unless] of topicCues) {
    // `=phrase`: matched on the accent-folded surface forms, not on stems (names, acronyms: =nasa).
    const exact = phrase.startsWith('=');
    const toks = tokenTable(createDoc(exact ? phrase.slice(1) : phrase));
    const keys = (
      exact ? surfaceKeys(toks).map((k) => (k === null ? null : `=${k}`)) : tokenKeys(toks)
    ).filter((k): k is string => k !== null);
    if (keys.length === 0) continue;
    const cue: CompiledCue = { topic, keys, weight, need: need === 1, unless };
    const list = byFirst.get(keys[0]);
    if (list === undefined) byFirst.set(keys[0], [cue]);
    else list.push(cue);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const negations = new Set(['pas', 'aucun', 'aucune', 'sans', 'jamais', 'ni', 'non', 'nul'].map(wordKey));
  const classTopic = learnedModel().classes.map((c) => {
    const t = topicIndex.get(c.topic);
    if (t === undefined) throw new Error(`depeche: learned class for unknown topic ${c.topic}`);
    return t;
  });
  const hasExact = [...byFirst.keys()].some((k) => k.startsWith('='));
  const parent = topicRows.map((r) => r[2]);
  const depth = parent.map((_, i) => {
    let d = 0;
    for (let p = parent[i]; p >= 0; p = parent[p]) d++;
    return d;
  });
  const top = parent.map((_, i) => {
    let t = i;
    while (parent[t] >= 0) t = parent[t];
    return t;
  });
  const deepestFirst = parent.map((_, i) => i).sort((a, b) => depth[b] - depth[a]);
  compiled = { byFirst, hasExact, negations, classTopic, parent, top, deepestFirst };
  return compiled;
}
