/**
 * Evaluates detectLanguage() beside franc, franc-min, eld (and cld when it is installed and built)
 * on the langid dev sets (EVALUATION ONLY: nothing is trained or tuned on them automatically).
 *
 * Prints, per length bucket (<20, 20-50, 50-150, 150+ characters, from the text's length):
 * "is it French?" precision and recall, accuracy over all languages, false "French" on the four
 * languages the targets name (Catalan, Occitan, Breton, Galician), then what each system wrongly
 * calls French, and what French ours misses. Then French recall on French news the model never read:
 * OrangeSum valid headlines and WiNER-fr (Wikinews) dev sentences.
 *
 * Usage: npm run eval:langid   (set LANGID_CLD=/path/to/node_modules/cld to add cld).
 */
import { createRequire } from 'node:module';
import { eld } from 'eld/large';
import { franc } from 'franc';
import { franc as francMin } from 'franc-min';
import { detectLanguage } from '../../src/langid/index.js';
import { sentences } from '../../src/tokenize/index.js';
import { recordMeasurement } from '../lib/measurements.js';
import {
  type OrangeSumRow,
  readJsonl,
  requireShared,
  sharedPath,
  type WinerDoc,
} from '../lib/shared-data.js';

interface Row {
  text: string;
  lang: string;
  bucket: string;
  source: string;
}

type System = { name: string; detect: (text: string) => string };

/** ISO 639-1 -> 639-3 for eld (and cld) answers; the dev set uses 639-3 (nob, cmn…). */
const ISO1TO3: Record<string, string> = {
  fr: 'fra',
  en: 'eng',
  de: 'deu',
  nl: 'nld',
  lb: 'ltz',
  ca: 'cat',
  oc: 'oci',
  gl: 'glg',
  es: 'spa',
  pt: 'por',
  it: 'ita',
  ro: 'ron',
  br: 'bre',
  cy: 'cym',
  ga: 'gle',
  eu: 'eus',
  sv: 'swe',
  no: 'nob',
  nb: 'nob',
  nn: 'nno',
  da: 'dan',
  is: 'isl',
  fi: 'fin',
  et: 'est',
  hu: 'hun',
  cs: 'ces',
  sk: 'slk',
  pl: 'pol',
  sl: 'slv',
  hr: 'hrv',
  lt: 'lit',
  lv: 'lav',
  tr: 'tur',
  af: 'afr',
  id: 'ind',
  vi: 'vie',
  ru: 'rus',
  uk: 'ukr',
  bg: 'bul',
  sr: 'srp',
  el: 'ell',
  ar: 'ara',
  fa: 'fas',
  he: 'heb',
  hi: 'hin',
  zh: 'cmn',
  ja: 'jpn',
  ko: 'kor',
  th: 'tha',
};

function bucketOf(text: string): string {
  const n = text.length;
  if (n < 20) return '<20';
  if (n < 50) return '20-50';
  if (n < 150) return '50-150';
  return '150+';
}
const BUCKETS = ['<20', '20-50', '50-150', '150+'];
const WATCH = ['cat', 'oci', 'bre', 'glg'];

function systems(quiet = false): System[] {
  const out: System[] = [
    { name: 'depeche', detect: (t) => detectLanguage(t).iso6393 },
    { name: 'franc', detect: (t) => franc(t) },
    { name: 'franc-min', detect: (t) => francMin(t) },
    {
      name: 'eld',
      detect: (t) => {
        const l = eld.detect(t).language;
        return l ? (ISO1TO3[l] ?? l) : 'und';
      },
    },
  ];
  const cldPath = process.env.LANGID_CLD;
  if (cldPath) {
    try {
      const cld = createRequire(import.meta.url)(cldPath) as {
        detect: (t: string, o?: object) => Promise<{ languages: { code: string }[] }>;
        detectSync?: unknown;
      };
      if (!quiet) console.log(`cld loaded from ${cldPath}`);
      out.push({ name: 'cld', detect: () => 'und' });
      (out[out.length - 1] as System & { cld: typeof cld }).cld = cld;
    } catch (e) {
      console.log(`cld not available (${(e as Error).message.split('\n')[0]}): skipped`);
    }
  } else if (!quiet) {
    console.log('cld: skipped (the npm package `cld` needs a native build; set LANGID_CLD to a built copy)');
  }
  return out;
}

async function predictAll(sys: System, rows: Row[]): Promise<string[]> {
  const cld = (
    sys as System & { cld?: { detect: (t: string) => Promise<{ languages: { code: string }[] }> } }
  ).cld;
  if (!cld) return rows.map((r) => sys.detect(r.text));
  const out: string[] = [];
  for (const r of rows) {
    try {
      const res = await cld.detect(r.text);
      const c = res.languages[0]?.code ?? 'und';
      out.push(ISO1TO3[c] ?? c);
    } catch {
      out.push('und'); // cld throws when it cannot decide
    }
  }
  return out;
}

function pct(num: number, den: number): string {
  return den === 0 ? '   -  ' : `${((100 * num) / den).toFixed(1).padStart(5)} `;
}

async function main(): Promise<void> {
  const files = ['ud_cc0_langid-dev.jsonl', 'ud_cc0_langid_short_prefix-dev.jsonl'];
  if (!files.every((f) => requireShared('eval-langid', 'langid', f))) return;
  const rows = files.flatMap((f) => readJsonl<Row>(sharedPath('langid', f)));
  const buckets = rows.map((r) => bucketOf(r.text));
  console.log(
    `${rows.length} texts (${files.join(' + ')}), ${rows.filter((r) => r.lang === 'fra').length} French`,
  );

  const results: { name: string; pred: string[]; ms: number }[] = [];
  for (const s of systems()) {
    const t0 = performance.now();
    const pred = await predictAll(s, rows);
    results.push({ name: s.name, pred, ms: performance.now() - t0 });
  }

  for (const b of BUCKETS) {
    const idx = rows.map((_, i) => i).filter((i) => buckets[i] === b);
    const nFr = idx.filter((i) => rows[i].lang === 'fra').length;
    console.log(`\n## ${b} characters: ${idx.length} texts, ${nFr} French`);
    console.log('system      | FR prec | FR rec | accuracy (all langs) | false FR on cat/oci/bre/glg');
    for (const r of results) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      let ok = 0;
      let watch = 0;
      for (const i of idx) {
        const gold = rows[i].lang;
        const p = r.pred[i];
        if (p === gold) ok++;
        if (p === 'fra' && gold === 'fra') tp++;
        else if (p === 'fra') {
          fp++;
          if (WATCH.includes(gold)) watch++;
        } else if (gold === 'fra') fn++;
      }
      console.log(
        `${r.name.padEnd(11)} | ${pct(tp, tp + fp)}  | ${pct(tp, tp + fn)} | ${pct(ok, idx.length)}               | ${watch}`,
      );
    }
  }

  // Locked split: half of the dev texts (by a hash of the text) are never looked at while tuning;
  // both halves are printed at milestones, the locked one as the honest estimate.
  console.log('\n## depeche by half of the dev set (working: tuned on; locked: measured at milestones only)');
  console.log('half     | bucket | texts | FR | FR prec | FR rec | false FR on cat/oci/bre/glg');
  for (const half of ['working', 'locked'] as const) {
    for (const b of BUCKETS) {
      const idx = rows.map((_, i) => i).filter((i) => buckets[i] === b && halfOf(rows[i].text) === half);
      const c = frenchCounts(idx, rows, results[0].pred);
      console.log(
        `${half.padEnd(8)} | ${b.padEnd(6)} | ${String(idx.length).padStart(5)} | ${String(c.tp + c.fn).padStart(3)} | ${pct(c.tp, c.tp + c.fp)}  | ${pct(c.tp, c.tp + c.fn)} | ${c.watch}`,
      );
    }
  }

  console.log('\n## Wrongly called French (gold language: count), all buckets');
  for (const r of results) {
    const conf = new Map<string, number>();
    rows.forEach((row, i) => {
      if (r.pred[i] === 'fra' && row.lang !== 'fra') conf.set(row.lang, (conf.get(row.lang) ?? 0) + 1);
    });
    const s = [...conf].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l}:${n}`);
    console.log(`${r.name.padEnd(11)} ${s.join(' ') || '(none)'}`);
  }
  const ours = results[0];
  const missed = new Map<string, number>();
  rows.forEach((row, i) => {
    if (row.lang === 'fra' && ours.pred[i] !== 'fra') {
      const k = `${buckets[i]}->${ours.pred[i]}`;
      missed.set(k, (missed.get(k) ?? 0) + 1);
    }
  });
  console.log('\n## depeche `reliable` flag: share of texts flagged, accuracy on them (all languages)');
  for (const b of BUCKETS) {
    const idx = rows.map((_, i) => i).filter((i) => buckets[i] === b);
    const flagged = idx.filter((i) => detectLanguage(rows[i].text).reliable);
    const ok = flagged.filter((i) => ours.pred[i] === rows[i].lang).length;
    console.log(
      `${b.padEnd(7)} flagged ${pct(flagged.length, idx.length)}%  accuracy when flagged ${pct(ok, flagged.length)}%`,
    );
  }
  console.log(`\n## French that depeche misses (bucket->answer: count)`);
  console.log(
    [...missed]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k}:${n}`)
      .join(' ') || '(none)',
  );
  if (process.env.LANGID_SHOW) {
    rows.forEach((row, i) => {
      const isFr = row.lang === 'fra';
      if (isFr !== (ours.pred[i] === 'fra') && buckets[i] !== '<20')
        console.log(`  ${row.lang}->${ours.pred[i]}  ${JSON.stringify(row.text.slice(0, 100))}`);
    });
  }
  console.log('\n## Time for all texts');
  for (const r of results) console.log(`${r.name.padEnd(11)} ${r.ms.toFixed(0)} ms`);
  const names = results.map((r) => r.name);
  if (requireShared('eval-langid (headlines)', 'news', 'orangesum', 'valid.jsonl.gz')) {
    const rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'valid.jsonl.gz'));
    const texts = rows.flatMap((r) => [r.title, (r.abstract ?? '').split('. ')[0]]).filter((t) => t);
    await frenchRecall(`OrangeSum valid headlines + first abstract sentences (held out)`, texts, names);
  }
  if (requireShared('eval-langid (Wikinews)', 'ner', 'winer-fr', 'dev.jsonl')) {
    const docs = readJsonl<WinerDoc>(sharedPath('ner', 'winer-fr', 'dev.jsonl'));
    const texts = docs.flatMap((d) => sentences(d.text).map((x) => x.text));
    await frenchRecall('WiNER-fr dev sentences (Wikinews, another publisher)', texts, names);
  }
}

/** The half of the dev set a text belongs to: FNV-1a of its text, low bit (fixed, independent of order). */
function halfOf(text: string): 'working' | 'locked' {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2 === 0 ? 'working' : 'locked';
}

/** French true/false positives and false negatives over some rows, and false French on the watched languages. */
function frenchCounts(idx: readonly number[], rows: readonly Row[], pred: readonly string[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let watch = 0;
  for (const i of idx) {
    const gold = rows[i].lang;
    if (pred[i] === 'fra' && gold === 'fra') tp++;
    else if (pred[i] === 'fra') {
      fp++;
      if (WATCH.includes(gold)) watch++;
    } else if (gold === 'fra') fn++;
  }
  return { tp, fp, fn, watch };
}

/** French recall by length bucket on French texts that the model never read. */
async function frenchRecall(title: string, texts: string[], names: string[]): Promise<void> {
  console.log(`\n## French recall on ${title}: ${texts.length} texts`);
  console.log(`system      | ${BUCKETS.map((b) => b.padStart(14)).join(' | ')}`);
  for (const s of systems(true).filter((x) => names.includes(x.name))) {
    const pred = await predictAll(
      s,
      texts.map((text) => ({ text, lang: 'fra', bucket: '', source: '' })),
    );
    const cells = BUCKETS.map((b) => {
      const idx = texts.map((_, i) => i).filter((i) => bucketOf(texts[i]) === b);
      const ok = idx.filter((i) => pred[i] === 'fra').length;
      return `${pct(ok, idx.length)}(${idx.length})`.padStart(14);
    });
    console.log(`${s.name.padEnd(11)} | ${cells.join(' | ')}`);
  }
}

// Everything printed is also kept, to be written to docs/measurements/langid.md at the end.
const printed: string[] = [];
const print = console.log.bind(console);
console.log = (...parts: unknown[]) => {
  print(...parts);
  printed.push(parts.map(String).join(' '));
};
await main();
console.log = print;
if (printed.length > 0) {
  // headline rows for the README: French precision / recall by length, beside franc and eld
  const lines = printed.flatMap((l) => l.split('\n'));
  const cells = (section: string, system: string): string[] | null => {
    const at = lines.findIndex((l) => l.startsWith(`## ${section} `));
    const line = at < 0 ? undefined : lines.slice(at + 1).find((l) => l.startsWith(`${system.padEnd(11)} |`));
    return line ? line.split('|').map((c) => c.trim()) : null;
  };
  const pr = (section: string, system: string) => {
    const c = cells(section, system);
    return c ? `${c[1]} / ${c[2]}` : 'n/a';
  };
  const headline = ['<20', '20-50'].map((b) => ({
    what: `Language, "is it French?" precision / recall, ${b} characters`,
    depeche: pr(b, 'depeche'),
    peers: `franc ${pr(b, 'franc')}; eld ${pr(b, 'eld')}`,
  }));
  recordMeasurement(
    'langid',
    'npm run eval:langid',
    ['```text', ...printed, '```'].join('\n'),
    'Language identification: "is it French?" beside franc, franc-min and eld',
    headline,
  );
}
