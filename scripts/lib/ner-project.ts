/**
 * In-domain training signal from newsgold-dev: each article's gold sets (distinct PER/ORG/LOC strings,
 * fullest form) projected onto their mentions as **partial labels** for the perceptron
 * (scripts/lib/ner-lib.ts trains on the best tag path that agrees with the known labels).
 *
 * - Every occurrence of a gold string is labelled with its type (case-insensitive on tokens, with the
 *   leading article the protocol drops — "Le Parisien" also matches "Parisien" after "du"), longest
 *   first, never overlapping; then the last word of a person's full name alone ("Macron" for "Emmanuel
 *   Macron"). A gold string that starts with a capital, found in lowercase, is left unlabelled.
 * - A string that the gold gives two types in one article is left unlabelled.
 * - An occurrence glued to a capitalised word the gold does not name ("Paris" in "Paris Match") is left
 *   unlabelled: the gold does not say what that longer name is.
 * - Other tokens are outside any name (O), except capitalised words (a name the gold sets do not cover:
 *   events, works, products, the protocol has no MISC) and the small words and numbers joining them,
 *   which stay unlabelled; a sentence-initial capitalised common word ("Selon", "Mais") is O. As the sets
 *   are complete for people, organisations and places, such a capitalised word may only be MISC or O,
 *   unless it is a word of a gold string or the initials of a gold organisation or place (a variant the
 *   sets do not list: "Emmanuel" alone, "PS").
 *
 * Only the gold of the article itself is read. Used under cross-validation by article only (see
 * scripts/train/ner-newsgold-fold.ts), and for the shipped model trained on all 300 articles.
 */
import { createDoc } from '../../src/doc/index.js';
import type { Token } from '../../src/doc/types.js';
import { commonWords } from '../../src/lang/fr/generated/mined-ner.js';
import { RUN_JOIN } from '../../src/ner/features.js';
import { NER_TYPES, tagId } from '../../src/ner/model.js';
import type { NerDoc } from './ner-lib.js';
import { articleText, type GoldArticle, SET_TYPES } from './ner-newsgold.js';

/** Words that may join a gold name's words: the model's name-run joiners, and the hyphen. */
const JOINERS: ReadonlySet<string> = new Set([...RUN_JOIN, '-']);
const LEADING_ARTICLE = /^(?:l'|la |le |les )/i;
const COMMON = new Set(commonWords);
/** Value of `known` for a token that may be MISC or O but no person, organisation or place. */
export const NOT_PER_ORG_LOC = 2;

function isCap(s: string): boolean {
  const c = s[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

interface Pattern {
  words: string[];
  type: number;
  capFirst: boolean;
}

function lowerWords(s: string): string[] {
  return createDoc(s).tokens.map((t) => t.norm.toLowerCase());
}

/** The projection of one article: tokens, BILOU tags where known, and the mask of known tokens. */
export function projectArticle(a: GoldArticle): NerDoc & { known: Uint8Array } {
  const doc = createDoc(articleText(a));
  const toks = doc.tokens;
  const n = toks.length;
  const lower = toks.map((t) => t.norm.toLowerCase());
  // patterns of the article's gold strings, by key; a key given two types is ambiguous
  const full = new Map<string, Pattern>();
  const ambiguous = new Set<string>();
  const add = (map: Map<string, Pattern>, form: string, type: number): void => {
    const words = lowerWords(form);
    if (words.length === 0) return;
    const key = words.join(' ');
    const old = map.get(key);
    if (old && old.type !== type) ambiguous.add(key);
    else if (!old) map.set(key, { words, type, capFirst: isCap(form.trim()) });
  };
  for (const t of SET_TYPES) {
    const type = NER_TYPES.indexOf(t);
    for (const g of a.gold[t]) {
      const form = g.normalize('NFC').replace(/[’‘]/g, "'").trim();
      add(full, form, type);
      const bare = form.replace(LEADING_ARTICLE, '');
      if (bare !== form && bare !== '') add(full, bare, type);
    }
  }
  const surnames = new Map<string, Pattern>();
  for (const g of a.gold.PER) {
    const words = lowerWords(g);
    const last = createDoc(g).tokens.at(-1);
    if (words.length < 2 || !last || !isCap(last.norm) || last.norm.length < 3) continue;
    add(surnames, last.norm, 0);
  }
  for (const k of ambiguous) {
    full.delete(k);
    surnames.delete(k);
  }
  for (const k of surnames.keys()) if (full.has(k) && full.get(k)?.type !== 0) surnames.delete(k);
  const byFirst = (map: Map<string, Pattern>) => {
    const out = new Map<string, Pattern[]>();
    for (const p of map.values()) {
      const l = out.get(p.words[0]) ?? [];
      l.push(p);
      out.set(p.words[0], l);
    }
    for (const l of out.values()) l.sort((x, y) => y.words.length - x.words.length);
    return out;
  };
  const tags = new Uint8Array(n);
  const known = new Uint8Array(n);
  const covered = new Uint8Array(n); // 1 labelled, 2 left unlabelled on purpose
  const sameSentence = (i: number, j: number) => toks[i].sentence === toks[j].sentence;
  const capWord = (t: Token) => t.kind === 'word' && isCap(t.norm);
  const sentenceStart = (i: number) => i === 0 || !sameSentence(i - 1, i);
  for (const index of [byFirst(full), byFirst(surnames)]) {
    for (let i = 0; i < n; i++) {
      if (covered[i]) continue;
      const cands = index.get(lower[i]);
      if (!cands) continue;
      const p = cands.find(
        (c) => i + c.words.length <= n && c.words.every((w, k) => lower[i + k] === w && !covered[i + k]),
      );
      if (!p) continue;
      const last = i + p.words.length - 1;
      // a capitalised gold string written in lowercase here ("les services secrets"): unlabelled
      const glued =
        (p.capFirst && !isCap(toks[i].norm)) ||
        (last + 1 < n && !covered[last + 1] && sameSentence(last, last + 1) && capWord(toks[last + 1])) ||
        (i > 0 && !covered[i - 1] && sameSentence(i - 1, i) && capWord(toks[i - 1]) && !sentenceStart(i - 1));
      for (let k = i; k <= last; k++) covered[k] = glued ? 2 : 1;
      if (!glued) {
        if (i === last) tags[i] = tagId(p.type, 4);
        else {
          tags[i] = tagId(p.type, 1);
          for (let k = i + 1; k < last; k++) tags[k] = tagId(p.type, 2);
          tags[last] = tagId(p.type, 3);
        }
        for (let k = i; k <= last; k++) known[k] = 1;
      }
      i = last;
    }
  }
  // the rest: O, except capitalised words the gold does not name and what joins them
  const open = (i: number) =>
    i >= 0 &&
    i < n &&
    !covered[i] &&
    capWord(toks[i]) &&
    !(sentenceStart(i) && COMMON.has(lower[i]) && !(i + 1 < n && capWord(toks[i + 1])));
  // words of the gold strings, and initials of its organisations and places: the variants the sets do
  // not list ("Emmanuel" alone, "PS" for "Parti socialiste")
  const goldWords = new Set<string>();
  const goldInitials = new Set<string>();
  for (const t of SET_TYPES)
    for (const g of a.gold[t]) {
      const ws = createDoc(g).tokens.filter((x) => x.kind === 'word' || x.kind === 'number');
      for (const w of ws) goldWords.add(w.norm.toLowerCase());
      if (t !== 'PER')
        goldInitials.add(
          ws
            .filter((w) => isCap(w.norm))
            .map((w) => w.norm[0])
            .join('')
            .toLowerCase(),
        );
    }
  for (let i = 0; i < n; i++) {
    if (covered[i]) continue;
    if (open(i)) {
      // a capitalised word the gold sets do not name is no person, organisation or place (the sets are
      // complete for these types): only MISC or O, unless it may be a variant of a gold name
      const variant =
        goldWords.has(lower[i]) || goldInitials.has(lower[i].replace(/[.&-]/g, '')) || covered[i] === 2;
      if (!variant) known[i] = NOT_PER_ORG_LOC;
      continue;
    }
    const t = toks[i];
    if (JOINERS.has(lower[i]) || t.kind === 'number') {
      const prevOpen = i > 0 && sameSentence(i - 1, i) && (open(i - 1) || covered[i - 1] === 2);
      const nextOpen = i + 1 < n && sameSentence(i, i + 1) && (open(i + 1) || covered[i + 1] === 2);
      if ((prevOpen && (nextOpen || t.kind === 'number')) || (t.kind === 'number' && nextOpen)) continue;
      // "Coupe de la Ligue": two joiners in a row between open words
      if (prevOpen && i + 2 < n && JOINERS.has(lower[i + 1]) && open(i + 2)) continue;
      if (nextOpen && i > 1 && JOINERS.has(lower[i - 1]) && open(i - 2)) continue;
    }
    known[i] = 1; // tags[i] stays 0 (O)
  }
  return { id: a.id, doc, gold: [], tags, known, misaligned: 0 };
}
