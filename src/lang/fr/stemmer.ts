/**
 * A French stemmer following the Snowball "french" algorithm (M. Porter), written for depeche.
 * It folds inflected forms together (`escroquerie`/`escroqueries`, `criminel`/`criminels`/`criminelle`)
 * so that topic cues match whatever the morphology. Input is one lower-cased word.
 */

const VOWELS = new Set('aeiouyâàëéêèïîôûù');

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWELS.has(c);
}

/** Marks u, i, y that act as consonants with upper case, as Snowball does. */
function prelude(word: string): string {
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if ((c === 'u' || c === 'i') && isVowel(prev) && isVowel(next)) {
      chars[i] = c.toUpperCase();
    } else if (c === 'y' && (isVowel(prev) || isVowel(next))) {
      chars[i] = 'Y';
    } else if (c === 'u' && prev === 'q') {
      chars[i] = 'U';
    } else if (c === 'ë' && prev !== undefined) {
      // Snowball 2: ë after a letter becomes He, ï becomes Hi (kept apart from plain e / i).
      chars[i] = 'He';
    } else if (c === 'ï' && prev !== undefined) {
      chars[i] = 'Hi';
    }
  }
  return chars.join('');
}

/** Start indices of the regions RV, R1, R2. */
function regions(w: string): { rv: number; r1: number; r2: number } {
  const n = w.length;
  let rv = n;
  if (n >= 2 && ((isVowel(w[0]) && isVowel(w[1])) || /^(?:par|col|tap)/.test(w))) {
    rv = Math.min(n, 3);
  } else {
    for (let i = 1; i < n; i++) {
      if (isVowel(w[i])) {
        rv = i + 1;
        break;
      }
    }
  }
  const after = (from: number): number => {
    for (let i = from + 1; i < n; i++) {
      if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
    }
    return n;
  };
  const r1 = after(0);
  const r2 = r1 < n ? after(r1) : n;
  return { rv, r1, r2 };
}

/** Longest suffix of `w` in `list` (sorted longest first), or ''. */
function longest(w: string, list: readonly string[]): string {
  for (const s of list) if (w.endsWith(s)) return s;
  return '';
}

const byLength = (a: string, b: string) => b.length - a.length;
const S1_A = ['ance', 'iqUe', 'isme', 'able', 'iste', 'eux', 'ances', 'iqUes', 'ismes', 'ables', 'istes'];
const S1_ATEUR = ['atrice', 'ateur', 'ation', 'atrices', 'ateurs', 'ations'];
const S1_LOGIE = ['logie', 'logies'];
const S1_USION = ['usion', 'ution', 'usions', 'utions'];
const S1_ENCE = ['ence', 'ences'];
const S1_EMENT = ['ement', 'ements'];
const S1_ITE = ['ité', 'ités'];
const S1_IF = ['if', 'ive', 'ifs', 'ives'];
const S1_EUSE = ['euse', 'euses'];
const S1_ISSEMENT = ['issement', 'issements'];
const S1_MENT = ['ment', 'ments'];
const STEP1 = [
  ...S1_A,
  ...S1_ATEUR,
  ...S1_LOGIE,
  ...S1_USION,
  ...S1_ENCE,
  ...S1_EMENT,
  ...S1_ITE,
  ...S1_IF,
  'eaux',
  'aux',
  'oux',
  ...S1_EUSE,
  ...S1_ISSEMENT,
  'amment',
  'emment',
  ...S1_MENT,
].sort(byLength);
const STEP2A = [
  'îmes',
  'ît',
  'îtes',
  'i',
  'ie',
  'ies',
  'ir',
  'ira',
  'irai',
  'iraIent',
  'irais',
  'irait',
  'iras',
  'irent',
  'irez',
  'iriez',
  'irions',
  'irons',
  'iront',
  'is',
  'issaIent',
  'issais',
  'issait',
  'issant',
  'issante',
  'issantes',
  'issants',
  'isse',
  'issent',
  'isses',
  'issez',
  'issiez',
  'issions',
  'issons',
  'it',
].sort(byLength);
const STEP2B_E = [
  'é',
  'ée',
  'ées',
  'és',
  'èrent',
  'er',
  'era',
  'erai',
  'eraIent',
  'erais',
  'erait',
  'eras',
  'erez',
  'eriez',
  'erions',
  'erons',
  'eront',
  'ez',
  'iez',
];
const STEP2B_A = [
  'âmes',
  'ât',
  'âtes',
  'a',
  'ai',
  'aIent',
  'ais',
  'ait',
  'ant',
  'ante',
  'antes',
  'ants',
  'as',
  'asse',
  'assent',
  'asses',
  'assiez',
  'assions',
  'aise',
  'aises',
];
const STEP2B = ['ions', ...STEP2B_E, ...STEP2B_A].sort(byLength);
const STEP4 = ['ion', 'ier', 'ière', 'Ier', 'Ière', 'e', 'He'].sort(byLength);

const inSet = (list: readonly string[]) => new Set(list);
const SET = {
  a: inSet(S1_A),
  ateur: inSet(S1_ATEUR),
  logie: inSet(S1_LOGIE),
  usion: inSet(S1_USION),
  ence: inSet(S1_ENCE),
  ement: inSet(S1_EMENT),
  ite: inSet(S1_ITE),
  if: inSet(S1_IF),
  euse: inSet(S1_EUSE),
  issement: inSet(S1_ISSEMENT),
  ment: inSet(S1_MENT),
  b_e: inSet(STEP2B_E),
  b_a: inSet(STEP2B_A),
};

/** Step 1: standard suffixes. Returns the new word and whether a suffix went, and whether step 2a may run. */
function step1(
  w: string,
  rv: number,
  r1: number,
  r2: number,
): { w: string; changed: boolean; verb: boolean } {
  const s = longest(w, STEP1);
  if (s === '') return { w, changed: false, verb: true };
  const at = w.length - s.length;
  const stem = w.slice(0, at);
  const no = { w, changed: false, verb: true };
  if (SET.a.has(s)) return at >= r2 ? { w: stem, changed: true, verb: false } : no;
  if (SET.ateur.has(s)) {
    if (at < r2) return no;
    if (stem.endsWith('ic')) {
      return { w: at - 2 >= r2 ? stem.slice(0, -2) : `${stem.slice(0, -2)}iqU`, changed: true, verb: false };
    }
    return { w: stem, changed: true, verb: false };
  }
  if (SET.logie.has(s)) return at >= r2 ? { w: `${stem}log`, changed: true, verb: false } : no;
  if (SET.usion.has(s)) return at >= r2 ? { w: `${stem}u`, changed: true, verb: false } : no;
  if (SET.ence.has(s)) return at >= r2 ? { w: `${stem}ent`, changed: true, verb: false } : no;
  if (SET.ement.has(s)) {
    if (at < rv) return no;
    let x = stem;
    if (x.endsWith('iv') && at - 2 >= r2) {
      x = x.slice(0, -2);
      if (x.endsWith('at') && at - 4 >= r2) x = x.slice(0, -2);
    } else if (x.endsWith('eus')) {
      if (at - 3 >= r2) x = x.slice(0, -3);
      else if (at - 3 >= r1) x = `${x.slice(0, -3)}eux`;
    } else if ((x.endsWith('abl') && at - 3 >= r2) || (x.endsWith('iqU') && at - 3 >= r2)) {
      x = x.slice(0, -3);
    } else if ((x.endsWith('ièr') || x.endsWith('Ièr')) && at - 3 >= rv) {
      x = `${x.slice(0, -3)}i`;
    }
    return { w: x, changed: true, verb: false };
  }
  if (SET.ite.has(s)) {
    if (at < r2) return no;
    let x = stem;
    if (x.endsWith('abil')) x = at - 4 >= r2 ? x.slice(0, -4) : `${x.slice(0, -4)}abl`;
    else if (x.endsWith('ic')) x = at - 2 >= r2 ? x.slice(0, -2) : `${x.slice(0, -2)}iqU`;
    else if (x.endsWith('iv') && at - 2 >= r2) x = x.slice(0, -2);
    return { w: x, changed: true, verb: false };
  }
  if (SET.if.has(s)) {
    if (at < r2) return no;
    let x = stem;
    if (x.endsWith('at') && at - 2 >= r2) {
      x = x.slice(0, -2);
      if (x.endsWith('ic')) x = at - 4 >= r2 ? x.slice(0, -2) : `${x.slice(0, -2)}iqU`;
    }
    return { w: x, changed: true, verb: false };
  }
  if (s === 'oux') {
    // Later Snowball refinement: bijoux, genoux, choux -> bijou, genou, chou.
    return 'bhjlnp'.includes(stem[stem.length - 1] ?? '')
      ? { w: `${stem}ou`, changed: true, verb: false }
      : no;
  }
  if (s === 'eaux') return { w: `${stem}eau`, changed: true, verb: false };
  if (s === 'aux') return at >= r1 ? { w: `${stem}al`, changed: true, verb: false } : no;
  if (SET.euse.has(s)) {
    if (at >= r2) return { w: stem, changed: true, verb: false };
    if (at >= r1) return { w: `${stem}eux`, changed: true, verb: false };
    return no;
  }
  if (SET.issement.has(s)) {
    return at >= r1 && !isVowel(stem[stem.length - 1]) ? { w: stem, changed: true, verb: false } : no;
  }
  if (s === 'amment') return at >= rv ? { w: `${stem}ant`, changed: true, verb: true } : no;
  if (s === 'emment') return at >= rv ? { w: `${stem}ent`, changed: true, verb: true } : no;
  if (SET.ment.has(s)) {
    return at >= rv && isVowel(stem[stem.length - 1]) && at - 1 >= rv
      ? { w: stem, changed: true, verb: true }
      : no;
  }
  return no;
}

function step2a(w: string, rv: number): string | null {
  for (const s of STEP2A) {
    if (!w.endsWith(s)) continue;
    const at = w.length - s.length;
    if (at < rv) continue;
    const prev = w[at - 1];
    if (at - 1 >= rv && prev !== undefined && !isVowel(prev) && prev !== 'H') return w.slice(0, at);
    return null;
  }
  return null;
}

function step2b(w: string, rv: number, r2: number): string | null {
  for (const s of STEP2B) {
    if (!w.endsWith(s)) continue;
    const at = w.length - s.length;
    if (at < rv) continue;
    if (s === 'ions') return at >= r2 ? w.slice(0, at) : null;
    if (SET.b_e.has(s)) return w.slice(0, at);
    if (SET.b_a.has(s)) {
      const x = w.slice(0, at);
      return x.endsWith('e') && at - 1 >= rv ? x.slice(0, -1) : x;
    }
  }
  return null;
}

function step4(w: string, rv: number, r2: number): string {
  let x = w;
  if (x.endsWith('s')) {
    const prev = x[x.length - 2];
    if (prev !== undefined && (x.endsWith('His') || !'aiouès'.includes(prev))) x = x.slice(0, -1);
  }
  // The suffix is searched inside RV only: the longest one that starts there.
  let s = '';
  for (const cand of STEP4) {
    if (x.endsWith(cand) && x.length - cand.length >= rv) {
      s = cand;
      break;
    }
  }
  if (s === '') return x;
  const at = x.length - s.length;
  if (s === 'ion') return at >= r2 && (x[at - 1] === 's' || x[at - 1] === 't') ? x.slice(0, at) : x;
  if (s === 'e') return x.slice(0, at);
  if (s === 'He') return x.slice(at - 2, at) === 'gu' ? x.slice(0, at) : x;
  return `${x.slice(0, at)}i`; // ier, ière, Ier, Ière
}

function undouble(w: string): string {
  if (
    w.endsWith('enn') ||
    w.endsWith('onn') ||
    w.endsWith('ett') ||
    w.endsWith('ell') ||
    w.endsWith('eill')
  ) {
    return w.slice(0, -1);
  }
  return w;
}

function unaccent(w: string): string {
  let i = w.length - 1;
  while (i >= 0 && !isVowel(w[i])) i--;
  if (i < w.length - 1 && i >= 0 && (w[i] === 'é' || w[i] === 'è'))
    return `${w.slice(0, i)}e${w.slice(i + 1)}`;
  return w;
}

/**
 * Stems one French word (lower-case it first). Follows the Snowball French algorithm.
 *
 * @example
 * ```ts
 * stemFr('escroqueries') === stemFr('escroquerie'); // true
 * stemFr('criminelles') === stemFr('criminel');     // true
 * ```
 */
export function stemFr(word: string): string {
  if (word.length <= 2) return word;
  let w = prelude(word);
  const { rv, r1, r2 } = regions(w);
  const s1 = step1(w, rv, r1, r2);
  let changed = s1.changed;
  w = s1.w;
  if (!s1.changed || s1.verb) {
    const a = step2a(w, rv);
    if (a !== null) {
      w = a;
      changed = true;
    } else {
      const b = step2b(w, rv, r2);
      if (b !== null) {
        w = b;
        changed = true;
      }
    }
  }
  if (changed) {
    if (w.endsWith('Y')) w = `${w.slice(0, -1)}i`;
    else if (w.endsWith('ç')) w = `${w.slice(0, -1)}c`;
  } else {
    w = step4(w, rv, r2);
  }
  w = unaccent(undouble(w));
  return w.replace(/He/g, 'ë').replace(/Hi/g, 'ï').replace(/H/g, '').toLowerCase();
}
