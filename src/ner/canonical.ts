/**
 * Canonical names: the fullest form a mention refers to in the same text. A person's surname (or
 * first-name + surname) alone points to the longest earlier-or-later full name ending with it; an
 * acronym points to its expansion when the text links them ("Direction générale de la sûreté
 * nationale (DGSN)") or when its letters are the initials of an organisation named in the text.
 */

import { firstAtOrAfter } from '../doc/spans.js';
import { acronyms as minedAcronyms } from '../lang/fr/generated/mined-ner.js';
import { aliases, articleNames, orgSuffixes } from '../lang/fr/generated/ner.js';
import type { Entity } from './types.js';

const ARTICLE_NAMES = new Set(articleNames.map((n) => n.normalize('NFC').replace(/’/g, "'").toLowerCase()));

const SMALL = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'en',
  'pour',
  'à',
  'au',
  'aux',
  'sur',
  'of',
  'the',
  'and',
  'for',
]);

function words(s: string): string[] {
  // a loop, not .filter(): the array's element kind then does not depend on whether optimised code or the
  // builtin made it (a change deopted assignCanonical)
  const out: string[] = [];
  for (const w of s.split(/[\s\u00a0]+/)) if (w.length > 0) out.push(w);
  return out;
}

/**
 * Names whose leading article belongs to the name ("Le Monde", "La Rochelle", "Les Républicains"), by
 * a closed test: the article is capitalised and the text names the entity with that capitalised article
 * after a word that does not end a sentence, or the name is a known one (hand list, data/ner).
 */
const ARTICLE = /^(?:(Les|Le|La|L['’])|(les|le|la|l['’]))(?:(?<=['’])|[\s\u00a0]+)(?=\S)/u;

/**
 * Drops a leading article followed by a space ("la Commission" → "Commission") or an elided one
 * ("l'ONU"): never inside a word ("Lactalis", "Laval", "Landes", "Lego" stay whole, "Les Républicains"
 * is not read as "Le" + "s Républicains"). A capitalised article is kept when the name is known to
 * carry it or when the text shows it capitalised inside a sentence. @internal
 */
export function stripArticle(s: string, text = ''): string {
  const m = ARTICLE.exec(s);
  if (!m) return s;
  const rest = s.slice(m[0].length);
  if (m[1] !== undefined) {
    if (ARTICLE_NAMES.has(s.normalize('NFC').replace(/’/g, "'").toLowerCase())) return s;
    if (text !== '' && capitalisedInside(text, s)) return s;
  }
  return rest;
}

/** Whether `name` occurs in `text` after a lowercase word or a comma (not at a sentence start). */
function capitalisedInside(text: string, name: string): boolean {
  let from = 0;
  for (;;) {
    const i = text.indexOf(name, from);
    if (i < 0) return false;
    from = i + 1;
    const before = text.slice(Math.max(0, i - 3), i);
    if (/(?:\p{Ll}|,|\d)[\s\u00a0]+$/u.test(before)) {
      const after = text[i + name.length];
      if (after === undefined || !/[\p{L}\p{N}]/u.test(after)) return true;
    }
  }
}

const TITLE =
  /^(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Mgr|Dr|Pr|Monsieur|Madame|Mademoiselle|Maître)[\s\u00a0]+(?=\p{Lu})/u;

/** A person's name without a leading civility or title ("Mme Chikirou" → "Chikirou"). @internal */
export function stripTitle(s: string): string {
  const m = TITLE.exec(s);
  return m ? s.slice(m[0].length) : s;
}

/**
 * Known aliases (data/ner/aliases.txt, then the acronym pairs mined from OrangeSum in
 * data/mined/ner/acronyms.txt): lowercase form -> the row's forms, fullest first.
 */
let aliasIndex: Map<string, string[]> | undefined;
function aliasRow(name: string): string[] | undefined {
  if (!aliasIndex) {
    aliasIndex = new Map();
    for (const line of aliases) {
      const forms = line.split(' | ').map((f) => f.trim());
      for (const f of forms) aliasIndex.set(f.toLowerCase(), forms);
    }
    // mined acronym pairs (data/mined/ner/acronyms.txt) where the hand list says nothing
    for (const line of minedAcronyms) {
      const forms = line.split(' | ').map((f) => f.trim());
      if (forms.some((f) => aliasIndex!.has(f.toLowerCase()))) continue;
      for (const f of forms) aliasIndex.set(f.toLowerCase(), forms);
    }
  }
  return aliasIndex.get(name.toLowerCase());
}

/** Initials of an expansion's significant words ("Direction générale de la sûreté nationale" → "DGSN"). */
export function initials(expansion: string): string {
  let out = '';
  for (const raw of words(expansion)) {
    for (const part of raw.split(/['’-]/)) {
      if (part === '' || SMALL.has(part.toLowerCase()) || part.length === 1) continue;
      out += part[0].toUpperCase();
    }
  }
  return out;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d.&-]{1,9}$/u;

function isAcronym(s: string): boolean {
  return ACRONYM.test(s);
}

/** The longest short form (in words) looked up for a person's full name: keeps the index linear in size. */
const TAIL_WORDS = 8;

/** Fills `canonical` on every mention (in place) and returns the array. @internal */
export function assignCanonical(text: string, ents: Entity[]): Entity[] {
  // 1. Acronym <-> expansion linked by parentheses: "X (ACR)" or "ACR (X)".
  const acro = new Map<string, string>();
  for (let i = 0; i + 1 < ents.length; i++) {
    const a = ents[i];
    const b = ents[i + 1];
    const between = text.slice(a.end, b.start);
    if (!/^\s*\($/.test(between) || text[b.end] !== ')') continue;
    const [long, short] = isAcronym(b.text) ? [a, b] : isAcronym(a.text) ? [b, a] : [null, null];
    if (!long || !short || long.type === 'PER' || long.text.length <= short.text.length) continue;
    acro.set(short.text, stripArticle(long.text, text));
  }
  // 2. Acronyms matching the initials of an organisation named in the text.
  const orgByInitials = new Map<string, string>();
  const allInitials = new Map<string, string>();
  for (const e of ents) {
    if (e.type !== 'ORG' && e.type !== 'MISC' && e.type !== 'LOC') continue;
    const w = words(e.text);
    if (w.length < 2) continue;
    const bare = stripArticle(e.text, text);
    const ini = initials(bare);
    if (ini.length >= 2 && !orgByInitials.has(ini)) orgByInitials.set(ini, bare);
    // every word's initial, small words too: "Journal du dimanche" (JDD)
    let all = '';
    for (const x of words(bare)) if (/^\p{L}/u.test(x)) all += x[0].toUpperCase();
    if (all.length >= 3 && all !== ini && !orgByInitials.has(all)) allInitials.set(all, bare);
    // with a capitalised article: "Les Républicains" (LR)
    const withArticle = initials(
      e.text.replace(/^(L[ae]s?|L['’])\s*/u, (a) => `${a.trim().replace(/['’]$/, '')}x `),
    );
    if (/^L/.test(e.text) && withArticle.length >= 2 && !orgByInitials.has(withArticle))
      orgByInitials.set(withArticle, bare);
  }
  // 3. People: full names by their last word(s).
  // Each distinct full name once (in order of first mention), indexed so that every mention is resolved
  // with lookups rather than a scan of all the names (linear on texts with thousands of mentions).
  const people: { text: string; words: string[] }[] = [];
  const seenPeople = new Set<string>();
  for (const e of ents) {
    if (e.type !== 'PER') continue;
    const name = stripTitle(e.text);
    if (seenPeople.has(name)) continue;
    seenPeople.add(name);
    const pw = words(name);
    if (pw.length >= 2) people.push({ text: name, words: pw });
  }
  // where each tail's full names are mentioned (in text order), for surnames shared by two people
  const tailOcc = new Map<string, { start: number; name: string }[]>();
  for (const e of ents) {
    if (e.type !== 'PER') continue;
    const pw = words(stripTitle(e.text));
    if (pw.length < 2) continue;
    const name = pw.join(' ');
    for (let k = 1; k < pw.length && k <= TAIL_WORDS; k++) {
      const tail = pw.slice(pw.length - k).join(' ');
      const list = tailOcc.get(tail);
      if (list) list.push({ start: e.start, name });
      else tailOcc.set(tail, [{ start: e.start, name }]);
    }
  }
  // full names by their first word, for a first name used alone ("Laeticia" → "Laeticia Hallyday")
  const byHead = new Map<string, Set<string>>();
  // the distinct full names ending with each proper tail: a surname shared by two people is ambiguous
  const tailNames = new Map<string, Set<string>>();
  for (const p of people) {
    const pw = p.words;
    if (/^\p{Lu}\p{Ll}+$/u.test(pw[0])) {
      const set = byHead.get(pw[0]);
      if (set) set.add(p.text);
      else byHead.set(pw[0], new Set([p.text]));
    }
    for (let k = 1; k < pw.length && k <= TAIL_WORDS; k++) {
      const tail = pw.slice(pw.length - k).join(' ');
      const set = tailNames.get(tail);
      if (set) set.add(p.text);
      else tailNames.set(tail, new Set([p.text]));
    }
  }
  // full names by word count and last word, for names given with initials
  const byShape = new Map<string, { text: string; words: string[] }[]>();
  for (const p of people) {
    const pw = p.words;
    const lastWord = pw[pw.length - 1];
    // under its last word, and under that word's initial ("E. M." for "Emmanuel Macron")
    for (const shape of [`${pw.length} ${lastWord}`, `${pw.length} ${lastWord[0]}.`]) {
      const list = byShape.get(shape);
      if (list) list.push(p);
      else byShape.set(shape, [p]);
    }
  }
  for (const e of ents) {
    if (e.type === 'DATE') continue;
    const t = e.text;
    if (e.type === 'PER') {
      const name = stripTitle(t);
      const w = words(name);
      let best = name;
      // a particle capitalised at a sentence start stands for the lowercase one ("De Rugy" for
      // "François de Rugy")
      const particle = w.length >= 2 && /^(?:De|Du|Des|D['’]|Van|Von|Le|La)$/u.test(w[0]);
      let tail = w.join(' ');
      if (particle && !tailNames.has(tail)) {
        const low = [w[0].toLowerCase(), ...w.slice(1)].join(' ');
        if (tailNames.has(low)) tail = low;
      }
      const full =
        w.length <= TAIL_WORDS ? nearestFullName(tailNames.get(tail), tailOcc.get(tail), e.start) : undefined;
      if (full !== undefined && full.length > best.length) best = full;
      // "Laeticia" -> "Laeticia Hallyday": a first name alone, when one full name starts with it and
      // no full name ends with it
      if (best === name && w.length === 1 && !tailNames.has(name)) {
        const heads = byHead.get(name);
        if (heads && heads.size === 1) best = [...heads][0];
      }
      // "E. Macron" -> "Emmanuel Macron": initials standing for the full name's first names.
      const last = w[w.length - 1];
      if (best === name && w.length >= 2 && /^\p{Lu}\.$/u.test(w[0])) {
        for (const p of byShape.get(`${w.length} ${last}`) ?? []) {
          const pw = p.words;
          if (pw.length !== w.length || p.text.length <= best.length) continue;
          let ok = true;
          for (let k = 0; k < w.length && ok; k++) {
            ok = /^\p{Lu}\.$/u.test(w[k]) ? pw[k][0] === w[k][0] && pw[k].length > 2 : pw[k] === w[k];
          }
          if (ok) best = p.text;
        }
      }
      e.canonical = best;
      continue;
    }
    const bareAcr = isAcronym(t) ? t.replace(/[.-]/g, '') : '';
    const linked =
      acro.get(t) ?? (bareAcr ? (orgByInitials.get(bareAcr) ?? allInitials.get(bareAcr)) : undefined);
    if (linked) {
      e.canonical = linked;
      continue;
    }
    // An expansion that has an acronym keeps its own text; others drop a leading article.
    e.canonical = stripArticle(t, text);
  }
  // 4. Known aliases (ONU / Nations unies / Organisation des Nations unies): the fullest form the text
  //    names, for every mention of the same type.
  const present = new Map<string, Set<string>>();
  for (const e of ents) {
    if (e.type === 'PER' || e.type === 'DATE' || e.canonical === undefined) continue;
    const row = aliasRow(e.canonical);
    if (!row) continue;
    const k = `${e.type}\u0000${row[0]}`;
    const set = present.get(k);
    if (set) set.add(e.canonical.toLowerCase());
    else present.set(k, new Set([e.canonical.toLowerCase()]));
  }
  if (present.size > 0) {
    for (const e of ents) {
      if (e.type === 'PER' || e.type === 'DATE' || e.canonical === undefined) continue;
      const row = aliasRow(e.canonical);
      if (!row) continue;
      const seen = present.get(`${e.type}\u0000${row[0]}`)!;
      const fullest = row.find((f) => seen.has(f.toLowerCase()));
      if (fullest !== undefined && fullest.toLowerCase() !== e.canonical.toLowerCase()) {
        // keep the text's own spelling when it wrote the fullest form
        const own = ents.find(
          (x) => x.type === e.type && x.canonical?.toLowerCase() === fullest.toLowerCase(),
        );
        e.canonical = own?.canonical ?? fullest;
      }
    }
  }
  shortForms(ents);
  return ents;
}

/** A leading article written as part of a name ("Le Figaro", "L'Opinion"), and the rest. */
const NAME_ARTICLE = /^(?:Les|Le|La|L['’])[\s\u00a0]*(?<=['’]|[\s\u00a0])/u;

const ORG_SUFFIXES = new Set(orgSuffixes);
const CONNECTOR = /^(?:de|du|des|d['’])$/u;

/**
 * Whether the words of `w` after the first `k` complete the name they start rather than name another
 * entity: an adjective ("Arabie saoudite", "Parlement britannique"), "et …" ("ministère de l'Économie et
 * des Finances"), a complement after two words or more ("Université américaine de Paris"), or company
 * heads ("Epic Games", "Bentley Motors"); not a place or a branch ("Afrique du Sud", "Facebook France",
 * "McLaren Special Operations").
 */
function extendsName(w: readonly string[], k: number): boolean {
  const next = w[k];
  if (next === 'et') return true;
  if (CONNECTOR.test(next)) return k >= 2;
  if (/^\p{Ll}/u.test(next)) return !SMALL.has(next);
  for (let j = k; j < w.length; j++) if (!ORG_SUFFIXES.has(w[j])) return false;
  return true;
}

/**
 * 5. Short forms of a fuller name of the same type (not people) named in the same text take the fuller
 * name: the name without its article ("Figaro", "Républicains" for "Le Figaro", "Les Républicains"),
 * and the leading words of exactly one longer name ("Epic" for "Epic Games", "Arabie" for "Arabie
 * saoudite", "ministère de l'Économie" for "ministère de l'Économie et des Finances") when the rest
 * completes the name ({@link extendsName}). A prefix shared by two longer names stays as it is.
 */
function shortForms(ents: Entity[]): void {
  const withArticle = new Map<string, string>();
  const byPrefix = new Map<string, Set<string>>();
  const key = (type: string, s: string) =>
    `${type}\u0000${s.normalize('NFC').replace(/’/g, "'").toLowerCase()}`;
  for (const e of ents) {
    if (e.type === 'PER' || e.type === 'DATE' || e.canonical === undefined) continue;
    const c = e.canonical;
    const m = NAME_ARTICLE.exec(c);
    if (m && m[0].length < c.length) {
      const k = key(e.type, c.slice(m[0].length));
      if (!withArticle.has(k)) withArticle.set(k, c);
    }
    const w = words(c);
    for (let k = 1; k < w.length; k++) {
      if (!extendsName(w, k)) continue;
      const pk = key(e.type, w.slice(0, k).join(' '));
      const set = byPrefix.get(pk);
      if (set) set.add(c.toLowerCase());
      else byPrefix.set(pk, new Set([c.toLowerCase()]));
    }
  }
  if (withArticle.size === 0 && byPrefix.size === 0) return;
  const spelled = new Map<string, string>();
  for (const e of ents) if (e.canonical !== undefined) spelled.set(e.canonical.toLowerCase(), e.canonical);
  const resolve = (type: string, c: string): string => {
    const longer = byPrefix.get(key(type, c));
    if (longer && longer.size === 1) c = spelled.get([...longer][0]) ?? c;
    return withArticle.get(key(type, c)) ?? c;
  };
  for (const e of ents) {
    if (e.type === 'PER' || e.type === 'DATE' || e.canonical === undefined) continue;
    e.canonical = resolve(e.type, e.canonical);
  }
}

/**
 * The full name a surname (or any tail of a name) stands for: the only one when one full name ends with
 * it, else the nearest one mentioned before (then after) the mention, so that two people sharing a
 * surname stay two people.
 */
function nearestFullName(
  names: Set<string> | undefined,
  occ: readonly { start: number; name: string }[] | undefined,
  at: number,
): string | undefined {
  if (!names || names.size === 0) return undefined;
  if (names.size === 1 || !occ || occ.length === 0) return [...names][0];
  // the last occurrence before `at` (occ is in text order), else the first one
  const lo = firstAtOrAfter(occ, at);
  return lo > 0 ? occ[lo - 1].name : occ[0].name;
}
