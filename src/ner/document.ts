/**
 * Document-level consistency: the same name keeps one type throughout an article (vote weighted by
 * the model's margins), a person's surname used alone is that person, and a name tagged somewhere is
 * tagged at its other, untagged occurrences too.
 */
import { tokenTable as docTokens, K_WORD } from '../doc/table.js';
import type { Doc } from '../doc/types.js';
import { months } from '../lang/fr/generated/ner-cues.js';
import type { TokenTable } from './features.js';
import type { TokenMention } from './pipeline.js';

const PER = 0;
/** Below this margin (in units of the model's temperature), a MISC acronym is re-typed ORG. */
const acronymMargin = 1;
const MONTHS = new Set(months);

/** Switches for measuring each pass. @internal */
export const documentPassConfig = {
  vote: true,
  surname: true,
  propagate: true,
  acronym: true,
  parenthesis: true,
};

const ACRONYM = /^\p{Lu}{2,6}$/u;
const MISC = 3;
const ORG = 1;

function key(doc: Doc, m: TokenMention): string {
  let s = '';
  const norms = docTokens(doc).norm;
  for (let i = m.first; i <= m.last; i++) s += (i > m.first ? ' ' : '') + norms[i];
  return s;
}

function isCap(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return s[0] !== s[0].toLowerCase();
}

/** Applies the document-level passes to the model's mentions. @internal */
export function documentPass(doc: Doc, table: TokenTable, mentions: TokenMention[], tau = 1): TokenMention[] {
  const toks = docTokens(doc);
  // Never a person: a month or weekday name alone.
  mentions = mentions.filter(
    (m) => !(m.type === PER && m.first === m.last && MONTHS.has(table.lowers[m.first])),
  );
  if (mentions.length === 0) return mentions;
  // 0. A bare acronym is an organisation far more often than anything else in news (about 9 to 1 in
  //    WiNER-fr): a MISC acronym the model is unsure of becomes ORG.
  if (documentPassConfig.acronym) {
    for (const m of mentions) {
      if (
        m.type === MISC &&
        m.first === m.last &&
        m.margin < acronymMargin * tau &&
        ACRONYM.test(toks.norm[m.first])
      )
        m.type = ORG;
    }
  }
  // 1. One type per surface form.
  if (documentPassConfig.vote) {
    const votes = new Map<string, Float64Array>();
    for (const m of mentions) {
      const k = key(doc, m);
      let v = votes.get(k);
      if (!v) votes.set(k, (v = new Float64Array(4)));
      v[m.type] += Math.max(m.margin, 0.01);
    }
    for (const m of mentions) {
      const v = votes.get(key(doc, m))!;
      let best = m.type;
      for (let t = 0; t < 4; t++) if (v[t] > v[best]) best = t;
      m.type = best;
    }
  }
  // 1b. "Parti d'action nationaliste (MHP)": an acronym in parentheses right after a name abbreviates
  //     it and takes its type; after a person it is the person's party or employer (ORG).
  if (documentPassConfig.parenthesis) mentions = parenthesisedAcronyms(doc, mentions);
  const tagged = new Uint8Array(toks.length);
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) tagged[i] = 1;
  // 2. Surnames of full names: a single capitalised token equal to the last word of a PER mention.
  const names = new Map<string, { type: number; len: number; margin: number }>();
  if (documentPassConfig.surname) {
    for (const m of mentions) {
      if (m.type !== PER || m.last === m.first || m.margin < tau * 2.2) continue;
      const last = toks.norm[m.last];
      if (last.length >= 3 && isCap(last) && !ACRONYM.test(last) && !names.has(last)) {
        names.set(last, { type: PER, len: 1, margin: m.margin / (m.last - m.first + 1) });
      }
    }
    for (const m of mentions) {
      if (m.first !== m.last || m.type === PER) continue;
      const full = names.get(toks.norm[m.first]);
      if (full && m.margin < full.margin) m.type = PER;
    }
  }
  // 3. Names tagged somewhere: their untagged occurrences.
  if (documentPassConfig.propagate) {
    for (const m of mentions) {
      const k = key(doc, m);
      if (!names.has(k) && isCap(k))
        names.set(k, { type: m.type, len: m.last - m.first + 1, margin: m.margin });
    }
  }
  if (names.size === 0) return mentions;
  const added: TokenMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (tagged[i] || !isCap(toks.norm[i])) continue;
    // longest name starting here
    let best: { type: number; len: number; margin: number } | undefined;
    let s = '';
    for (let len = 1; len <= 6 && i + len <= toks.length; len++) {
      const j = i + len - 1;
      if (tagged[j]) break;
      s += (len > 1 ? ' ' : '') + toks.norm[j];
      const hit = names.get(s);
      if (hit && hit.len === len) best = hit;
    }
    if (!best) continue;
    // do not extend into a longer capitalised run the model left alone
    const after = i + best.len;
    if (after < toks.length && !tagged[after] && isCap(toks.norm[after]) && toks.kind[after] === K_WORD)
      continue;
    if (
      i > 0 &&
      !tagged[i - 1] &&
      isCap(toks.norm[i - 1]) &&
      toks.kind[i - 1] === K_WORD &&
      !table.sentStart[i + 1]
    )
      continue;
    added.push({ first: i, last: i + best.len - 1, type: best.type, margin: best.margin });
    for (let j = i; j < after; j++) tagged[j] = 1;
    i = after - 1;
  }
  if (added.length === 0) return mentions;
  return mentions.concat(added).sort((a, b) => a.first - b.first);
}

const ABBREVIATION = /^(?:\p{Lu}[\p{Lu}\p{Ll}\d&-]{1,9})$/u;

/** Whether a token looks like an abbreviation: starts upper case, at least half of its letters upper case. */
function isAbbreviation(w: string): boolean {
  if (!ABBREVIATION.test(w)) return false;
  let up = 0;
  let letters = 0;
  for (const ch of w) {
    const lo = ch.toLowerCase();
    if (lo === ch.toUpperCase()) continue;
    letters++;
    if (ch !== lo) up++;
  }
  return letters >= 2 && up * 2 >= letters;
}

function parenthesisedAcronyms(doc: Doc, mentions: TokenMention[]): TokenMention[] {
  const toks = docTokens(doc);
  const byFirst = new Map<number, TokenMention>();
  for (const m of mentions) byFirst.set(m.first, m);
  const added: TokenMention[] = [];
  for (const m of mentions) {
    const a = m.last + 2;
    if (a + 1 >= toks.length || toks.text[m.last + 1] !== '(' || toks.text[a + 1] !== ')') continue;
    if (!isAbbreviation(toks.norm[a])) continue;
    const type = m.type === PER ? ORG : m.type;
    const there = byFirst.get(a);
    if (there) {
      if (there.last === a && there.type !== type && there.margin < m.margin) there.type = type;
      continue;
    }
    added.push({ first: a, last: a, type, margin: m.margin / (m.last - m.first + 1) });
  }
  if (added.length === 0) return mentions;
  return mentions.concat(added).sort((x, y) => x.first - y.first);
}
