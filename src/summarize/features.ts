import { K_NUMBER, K_PUNCT, K_WORD, tokenTable } from '../doc/table.js';
import type { Doc } from '../doc/types.js';
import { anaphoraStarts, connectives, reportCues, timeCues } from '../lang/fr/generated/summarize.js';
import type { Candidate } from './material.js';

/** Inverse document frequencies: known words, and the value for any other word. */
export interface Idf {
  get(word: string): number | undefined;
  unknown: number;
  /** Index of a known word in the vocabulary (for lexical weights). */
  id(word: string): number | undefined;
}

/** Names of the sentence features, in the order of the vectors {@link sentenceFeatures} returns. */
export const FEATURES = [
  'pos0',
  'pos1',
  'pos2',
  'pos3',
  'logPos',
  'relPos',
  'para0',
  'para1',
  'logPara',
  'firstInPara',
  'logLen',
  'len<10',
  'len10-17',
  'len17-25',
  'len25-35',
  'len35-50',
  'len>50',
  'centrality',
  'centralityRank0',
  'centralityRank1',
  'leadSim',
  'titleRecall',
  'titlePrecision',
  'titleRecall*pos0',
  'titleCosine',
  'numDensity',
  'capDensity',
  'quoteStart',
  'quoteShare',
  'question',
  'exclamation',
  'colon',
  'parenthesis',
  'connectiveStart',
  'anaphoraStart',
  'reportCue',
  'timeCue',
  'firstPerson',
  'pos0*shortDoc',
  'pos0*longDoc',
] as const;

const STOP_FIRST_PERSON = new Set([
  'je',
  "j'",
  'nous',
  'me',
  "m'",
  'moi',
  'mon',
  'ma',
  'mes',
  'notre',
  'nos',
]);
const CONNECTIVES = new Set(connectives);
const ANAPHORA = new Set(anaphoraStarts);

interface Phrases {
  single: Set<string>;
  multi: string[][];
}
function phrases(list: readonly string[]): Phrases {
  const single = new Set<string>();
  const multi: string[][] = [];
  for (const p of list) {
    const parts = p.split(' ');
    if (parts.length === 1) single.add(p);
    else multi.push(parts);
  }
  return { single, multi };
}
const REPORT = phrases(reportCues);
const TIME = phrases(timeCues);

function hasPhrase(words: readonly string[], ph: Phrases): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (ph.single.has(w)) return true;
    for (const m of ph.multi) {
      if (m[0] !== w || i + m.length > words.length) continue;
      let ok = true;
      for (let j = 1; j < m.length && ok; j++) ok = words[i + j] === m[j];
      if (ok) return true;
    }
  }
  return false;
}

/** A sparse TF-IDF vector: term ids (ascending, per-document numbering), weights, and the norm. */
export interface Vec {
  ids: Int32Array;
  w: Float64Array;
  norm: number;
}

/** Lowercased word and number tokens of a span of tokens. */
export function termsOf(doc: Doc, tokenStart: number, tokenEnd: number): string[] {
  const out: string[] = [];
  const tb = tokenTable(doc);
  for (let k = tokenStart; k < tokenEnd; k++) {
    const kind = tb.kind[k];
    if (kind === K_WORD || kind === K_NUMBER) out.push(tb.norm[k].toLowerCase());
  }
  return out;
}

/** Numbers the terms of one document, and remembers their IDF. */
class Interner {
  private readonly ids = new Map<string, number>();
  readonly idfs: number[] = [];
  constructor(private readonly idf: Idf) {}
  id(term: string): number {
    let k = this.ids.get(term);
    if (k === undefined) {
      k = this.idfs.length;
      this.ids.set(term, k);
      this.idfs.push(this.idf.get(term) ?? this.idf.unknown);
    }
    return k;
  }
}

/** TF-IDF vector of term ids. */
function vectorOfIds(termIds: Int32Array, idfs: readonly number[]): Vec {
  const sorted = termIds.slice().sort();
  const ids: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const k = sorted[i];
    if (ids.length > 0 && ids[ids.length - 1] === k) w[w.length - 1] += idfs[k];
    else {
      ids.push(k);
      w.push(idfs[k]);
    }
  }
  let n = 0;
  for (const v of w) n += v * v;
  return { ids: Int32Array.from(ids), w: Float64Array.from(w), norm: Math.sqrt(n) };
}

/** Cosine similarity of two TF-IDF vectors (of the same document). */
export function cosine(a: Vec, b: Vec): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let i = 0;
  let j = 0;
  let dot = 0;
  const na = a.ids.length;
  const nb = b.ids.length;
  while (i < na && j < nb) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) {
      dot += a.w[i++] * b.w[j++];
    } else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

/** What the features of one document need: the material sentences, their terms and vectors. */
export interface DocFeatures {
  /** The material candidates, in article order. */
  material: Candidate[];
  /** One feature vector per material candidate (length `FEATURES.length`). */
  rows: Float64Array[];
  /** TF-IDF vector per material candidate (for redundancy control). */
  vectors: Vec[];
  /** Distinct vocabulary indices of the words of each material candidate (lexical features). */
  lexical: Int32Array[];
}

function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c < 0xc0) return false;
  const ch = text[0];
  return ch !== ch.toLowerCase();
}

function lenBucket(words: number): number {
  if (words < 10) return 0;
  if (words < 17) return 1;
  if (words < 25) return 2;
  if (words < 35) return 3;
  if (words < 50) return 4;
  return 5;
}

/**
 * Feature vectors of the material sentences of a document: position (in the article, in paragraphs),
 * length, TF-IDF centrality, overlap with the title, density of numbers and capitalised words, quotes,
 * questions, cue phrases (connectives, anaphora, reporting verbs, recency words).
 */
export function sentenceFeatures(
  doc: Doc,
  all: readonly Candidate[],
  titleTerms: readonly string[],
  idf: Idf,
): DocFeatures {
  const tb = tokenTable(doc);
  const material = all.filter((c) => c.excluded === null);
  const m = material.length;
  // nothing to rank: the empty arrays below would have another element kind than usual and deopt the code
  if (m === 0) return { material, rows: [], vectors: [], lexical: [] };
  // arrays filled in loops, not made by .map(): those change element kind depending on whether the
  // optimised code or the builtin made them, and each change deopted this function
  const interner = new Interner(idf);
  const terms: string[][] = [];
  const termIds: Int32Array[] = [];
  for (let p = 0; p < m; p++) {
    const ws = termsOf(doc, material[p].tokenStart, material[p].tokenEnd);
    const ids = new Int32Array(ws.length);
    for (let j = 0; j < ws.length; j++) ids[j] = interner.id(ws[j]);
    terms.push(ws);
    termIds.push(ids);
  }
  const titleIds = new Int32Array(titleTerms.length);
  for (let j = 0; j < titleTerms.length; j++) titleIds[j] = interner.id(titleTerms[j]);
  const vectors: Vec[] = [];
  for (let p = 0; p < m; p++) vectors.push(vectorOfIds(termIds[p], interner.idfs));
  let total = 0;
  for (const t of termIds) total += t.length;
  const every = new Int32Array(total);
  total = 0;
  for (const t of termIds) {
    every.set(t, total);
    total += t.length;
  }
  const centroid = vectorOfIds(every, interner.idfs);
  // cosine with the centroid through a dense copy of it: linear in the text (a merge with the centroid,
  // which holds every term of the text, would cost the vocabulary size for each sentence)
  const dense = new Float64Array(interner.idfs.length);
  for (let j = 0; j < centroid.ids.length; j++) dense[centroid.ids[j]] = centroid.w[j];
  // a typed array: one element kind whether the values are all 0 or not
  const central = new Float64Array(m);
  for (let p = 0; p < m; p++) {
    const v = vectors[p];
    if (v.norm === 0 || centroid.norm === 0) continue;
    let dot = 0;
    for (let j = 0; j < v.ids.length; j++) dot += v.w[j] * dense[v.ids[j]];
    central[p] = dot / (v.norm * centroid.norm);
  }
  const order: number[] = [];
  for (let p = 0; p < m; p++) order.push(p);
  order.sort((a, b) => central[b] - central[a] || a - b);
  const rank = new Int32Array(m);
  for (let r = 0; r < m; r++) rank[order[r]] = r;
  const titleSet = new Set<string>();
  for (const w of titleTerms) if ((idf.get(w) ?? idf.unknown) > 2.5) titleSet.add(w);
  const titleVec = vectorOfIds(titleIds, interner.idfs);
  const rows: Float64Array[] = [];
  let paraOrdinal = -1;
  let lastPara = -1;
  const F = FEATURES.length;
  for (let p = 0; p < m; p++) {
    const c = material[p];
    const f = new Float64Array(F);
    const firstInPara = c.paragraph !== lastPara;
    if (firstInPara) {
      paraOrdinal++;
      lastPara = c.paragraph;
    }
    const words = terms[p];
    const n = Math.max(1, words.length);
    let i = 0;
    f[i++] = p === 0 ? 1 : 0;
    f[i++] = p === 1 ? 1 : 0;
    f[i++] = p === 2 ? 1 : 0;
    f[i++] = p === 3 ? 1 : 0;
    f[i++] = Math.log1p(p);
    f[i++] = m > 1 ? p / (m - 1) : 0;
    f[i++] = paraOrdinal === 0 ? 1 : 0;
    f[i++] = paraOrdinal === 1 ? 1 : 0;
    f[i++] = Math.log1p(paraOrdinal);
    f[i++] = firstInPara ? 1 : 0;
    f[i++] = Math.log1p(c.words);
    const b = lenBucket(c.words);
    for (let k = 0; k < 6; k++) f[i++] = b === k ? 1 : 0;
    f[i++] = central[p];
    f[i++] = rank[p] === 0 ? 1 : 0;
    f[i++] = rank[p] === 1 ? 1 : 0;
    f[i++] = p === 0 ? 1 : cosine(vectors[p], vectors[0]);
    // title overlap (content words of the title, i.e. not among the most frequent words)
    let inTitle = 0;
    const seen = new Set<string>();
    for (const w of words) {
      if (titleSet.has(w) && !seen.has(w)) {
        seen.add(w);
        inTitle++;
      }
    }
    const tr = titleSet.size ? inTitle / titleSet.size : 0;
    f[i++] = tr;
    f[i++] = inTitle / n;
    f[i++] = p === 0 ? tr : 0;
    f[i++] = cosine(vectors[p], titleVec);
    // token-level surface features
    let nums = 0;
    let caps = 0;
    let quoted = 0;
    let inQuote = false;
    let firstPerson = false;
    let colon = false;
    let paren = false;
    let quoteStart = false;
    let lastPunct = '';
    let wordIndex = 0;
    for (let k = c.tokenStart; k < c.tokenEnd; k++) {
      const kind = tb.kind[k];
      const norm = tb.norm[k];
      if (kind === K_PUNCT) {
        if (norm === '"') {
          inQuote = !inQuote;
          if (k === c.tokenStart) quoteStart = true;
        } else if (norm === ':') colon = true;
        else if (norm === '(') paren = true;
        lastPunct = norm;
        continue;
      }
      if (kind === K_NUMBER) nums++;
      if (kind === K_WORD) {
        if (wordIndex > 0 && lastPunct !== '"' && startsUpper(tb.text[k])) caps++;
      }
      if (inQuote) quoted++;
      wordIndex++;
      lastPunct = '';
    }
    f[i++] = nums / n;
    f[i++] = caps / n;
    f[i++] = quoteStart ? 1 : 0;
    f[i++] = quoted / n;
    let endTok = c.tokenEnd - 1;
    while (endTok > c.tokenStart && tb.norm[endTok] === '"') endTok--;
    const end = tb.norm[endTok];
    f[i++] = end === '?' ? 1 : 0;
    f[i++] = end === '!' ? 1 : 0;
    f[i++] = colon ? 1 : 0;
    f[i++] = paren ? 1 : 0;
    for (const w of words) if (STOP_FIRST_PERSON.has(w)) firstPerson = true;
    const w0 = words[0] ?? '';
    f[i++] = CONNECTIVES.has(w0) || (words.length > 1 && CONNECTIVES.has(`${w0} ${words[1]}`)) ? 1 : 0;
    f[i++] = ANAPHORA.has(w0) ? 1 : 0;
    f[i++] = hasPhrase(words, REPORT) ? 1 : 0;
    f[i++] = hasPhrase(words, TIME) ? 1 : 0;
    f[i++] = firstPerson ? 1 : 0;
    f[i++] = p === 0 && m <= 8 ? 1 : 0;
    f[i++] = p === 0 && m >= 20 ? 1 : 0;
    rows.push(f);
  }
  const lexical: Int32Array[] = [];
  for (let p = 0; p < m; p++) {
    const ids = new Set<number>();
    for (const w of terms[p]) {
      const k = idf.id(w);
      if (k !== undefined) ids.add(k);
    }
    lexical.push(Int32Array.from(ids));
  }
  return { material, rows, vectors, lexical };
}
