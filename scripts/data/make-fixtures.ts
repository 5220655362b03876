/**
 * Builds the golden fixtures in fixtures/ (Node only).
 *
 *   tsx scripts/data/make-fixtures.ts extract   copies the source texts listed in FIXTURE_SOURCES (fixtures/sources.ts) from ../shared/data into
 *                                          fixtures/<id>.txt and writes a draft fixtures/annotations/<id>.ann
 *                                          (only when the .ann does not exist yet; WiNER drafts start from the
 *                                          corpus spans, which are then checked and corrected by hand)
 *   tsx scripts/data/make-fixtures.ts table     prints the markdown table of fixtures/README.md
 *   tsx scripts/data/make-fixtures.ts build     compiles every fixtures/annotations/<id>.ann (hand-written gold)
 *                                          into fixtures/<id>.json with exact UTF-16 offsets; needs no corpus
 *
 * .ann format (one annotation a line, `#` comments):
 *   @key value            metadata: title, publishedAt, source, url, licence, credit, note, topics (space-separated);
 *                         `@status draft` marks a file not yet checked (build skips it)
 *   TYPE | text           every whole-word occurrence of `text` (apostrophes ' and ’ match each other)
 *   TYPE | text | value   a date with its TIMEX3 value
 *   ... | @2,3            only the 2nd and 3rd occurrences (1-based), for repeated strings
 * Entity types: PER ORG LOC MISC. Date types: DATE TIME DURATION SET.
 * A span inside another span of the same kind (entities or dates) is dropped: outermost wins.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_SOURCES } from '../../fixtures/sources.js';
import {
  type OrangeSumRow,
  readJsonl,
  requireShared,
  sharedPath,
  type WinerDoc,
} from '../lib/shared-data.js';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures');
const ANN = join(FIX, 'annotations');

const WINER_LICENCE = 'CC BY 2.5 (Wikinews text); CC BY 4.0 (WiNER-fr annotations)';
const WINER_CREDIT =
  'Wikinews contributors (fr.wikinews.org), CC BY 2.5; document and draft entity spans from the WiNER-fr corpus, CC BY 4.0. Gold annotations re-checked by hand for depeche.';
const ORANGESUM_LICENCE = 'CC BY-SA 4.0';
const ORANGESUM_CREDIT =
  'OrangeSum (Kamal Eddine, Tixier, Vazirgiannis: BARThez, EMNLP 2021), CC BY-SA 4.0; article text from actu.orange.fr as distributed in OrangeSum. Annotations by depeche, CC BY-SA 4.0.';

const WINER_MAP: Record<string, string> = {
  Person: 'PER',
  Organization: 'ORG',
  Location: 'LOC',
  Event: 'MISC',
  Product: 'MISC',
  Date: 'DATE',
  Hour: 'TIME',
};

function extract(): void {
  if (!requireShared('make-fixtures', 'ner', 'winer-fr', 'train.jsonl')) return;
  if (!requireShared('make-fixtures', 'news', 'orangesum', 'valid.jsonl.gz')) return;
  const winer = new Map(
    readJsonl<WinerDoc>(sharedPath('ner', 'winer-fr', 'train.jsonl')).map((d) => [d.id, d] as const),
  );
  const orange = new Map(
    readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'valid.jsonl.gz')).map((d) => [d.id, d] as const),
  );
  mkdirSync(ANN, { recursive: true });
  for (const [id, corpus, srcId] of FIXTURE_SOURCES) {
    const lines: string[] = [];
    let text: string;
    if (corpus === 'winer') {
      const d = winer.get(srcId);
      if (!d) throw new Error(`WiNER document ${srcId} not found`);
      text = d.text;
      lines.push(
        `@title ${text.slice(0, text.indexOf('\n\n'))}`,
        `@publishedAt ${d.date}`,
        `@source Wikinews via WiNER-fr train, document ${srcId}`,
        `@url ${d.url}`,
        `@licence ${WINER_LICENCE}`,
        `@credit ${WINER_CREDIT}`,
        '@topics ',
        '@status draft',
        '# draft from the WiNER-fr spans (outermost wins): CHECK every line by reading',
      );
      const spans = d.entities
        .filter(
          (e) =>
            !d.entities.some(
              (o) => o !== e && o.start <= e.start && e.end <= o.end && o.end - o.start > e.end - e.start,
            ),
        )
        .sort((a, b) => a.start - b.start);
      const seen = new Set<string>();
      for (const e of spans) {
        const type = WINER_MAP[e.label] ?? e.label;
        const key = `${type} | ${e.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        lines.push(type === 'DATE' || type === 'TIME' ? `${key} | ?` : key);
      }
    } else {
      const d = orange.get(srcId);
      if (!d) throw new Error(`OrangeSum article ${srcId} not found`);
      text = `${d.title.trim()}\n\n${d.text.trim()}`;
      lines.push(
        `@title ${d.title.trim()}`,
        `@publishedAt ${d.date ?? ''}`,
        `@source OrangeSum valid, article ${srcId} (actu.orange.fr, section ${d.category})`,
        `@url ${d.url}`,
        `@licence ${ORANGESUM_LICENCE}`,
        `@credit ${ORANGESUM_CREDIT}`,
        '@topics ',
        '@status draft',
      );
    }
    writeFileSync(join(FIX, `${id}.txt`), text);
    const annPath = join(ANN, `${id}.ann`);
    if (!existsSync(annPath)) writeFileSync(annPath, `${lines.join('\n')}\n`);
    console.log(`${id}: ${text.length} characters`);
  }
}

const ENTITY_TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);
const DATE_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);

interface Ann {
  text: string;
  start: number;
  end: number;
  type: string;
  value?: string;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const fold = (s: string) => s.replace(/\u2019/g, "'");

/** All whole-word occurrences of `needle` in `hay` (apostrophe-folded). */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  const h = fold(hay);
  const n = fold(needle);
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
    if (!isWordChar(h[i - 1]) && !isWordChar(h[i + n.length])) out.push(i);
  }
  return out;
}

/** Drops spans nested in a longer span of the same kind; throws on crossing spans. */
function outermost(spans: Ann[], id: string): Ann[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Ann[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end <= last.end) continue;
      throw new Error(`${id}: crossing spans "${last.text}" and "${s.text}" at ${s.start}`);
    }
    out.push(s);
  }
  return out;
}

function build(): void {
  for (const f of readdirSync(ANN)
    .filter((n) => n.endsWith('.ann'))
    .sort()) {
    const id = f.slice(0, -4);
    const text = readFileSync(join(FIX, `${id}.txt`), 'utf8');
    const source = readFileSync(join(ANN, f), 'utf8');
    if (/^@status draft/m.test(source)) {
      console.log(`${id}: draft, skipped`);
      continue;
    }
    const meta: Record<string, string> = {};
    const entities: Ann[] = [];
    const dates: Ann[] = [];
    for (const [n, raw] of source.split('\n').entries()) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      if (line.startsWith('@')) {
        const sp = line.indexOf(' ');
        meta[sp < 0 ? line.slice(1) : line.slice(1, sp)] = sp < 0 ? '' : line.slice(sp + 1).trim();
        continue;
      }
      const parts = line.split(' | ').map((p) => p.trim());
      const [type, needle] = parts;
      let value: string | undefined;
      let pick: number[] | undefined;
      for (const p of parts.slice(2)) {
        if (p.startsWith('@')) pick = p.slice(1).split(',').map(Number);
        else if (p !== '') value = p;
      }
      const where = `${f}:${n + 1}`;
      if (!ENTITY_TYPES.has(type) && !DATE_TYPES.has(type)) throw new Error(`${where}: bad type ${type}`);
      if (DATE_TYPES.has(type) && (!value || value === '?')) throw new Error(`${where}: date without value`);
      const found = occurrences(text, needle);
      if (found.length === 0) throw new Error(`${where}: "${needle}" not found`);
      const chosen = pick ? pick.map((k) => found[k - 1]) : found;
      if (chosen.some((x) => x === undefined)) throw new Error(`${where}: occurrence out of range`);
      for (const start of chosen) {
        const end = start + needle.length;
        const a: Ann = { text: text.slice(start, end), start, end, type };
        if (DATE_TYPES.has(type)) dates.push({ ...a, value });
        else entities.push(a);
      }
    }
    const ents = outermost(entities, id);
    const dts = outermost(dates, id);
    const old = existsSync(join(FIX, `${id}.meta.json`))
      ? (JSON.parse(readFileSync(join(FIX, `${id}.meta.json`), 'utf8')) as Record<string, string>)
      : {};
    const json = {
      id,
      title: meta.title ?? old.title,
      publishedAt: meta.publishedAt ?? old.publishedAt,
      language: 'fr',
      source: meta.source,
      url: meta.url ?? null,
      licence: meta.licence,
      credit: meta.credit,
      ...(meta.note || old.note ? { note: meta.note ?? old.note } : {}),
      gold: {
        entities: ents,
        dates: dts,
        topics: (meta.topics ?? '').split(/\s+/).filter(Boolean),
      },
    };
    writeFileSync(join(FIX, `${id}.json`), `${JSON.stringify(json, null, 2)}\n`);
    console.log(`${id}: ${ents.length} entities, ${dts.length} dates, topics ${json.gold.topics.join(' ')}`);
    if (process.argv.includes('--show')) {
      for (const a of [...ents, ...dts].sort((x, y) => x.start - y.start)) {
        const ctx = `${text.slice(Math.max(0, a.start - 25), a.start)}[${a.text}]${text.slice(a.end, a.end + 15)}`;
        console.log(`  ${a.type.padEnd(8)} ${(a.value ?? '').padEnd(12)} ${ctx.replace(/\n/g, '⏎')}`);
      }
    }
  }
}

/** Prints the markdown table of fixtures for fixtures/README.md. */
function table(): void {
  const rows = readdirSync(FIX)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.meta.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(FIX, f), 'utf8')));
  console.log('| id | source | licence | published | topics | entities (PER/ORG/LOC/MISC) | dates |');
  console.log('|---|---|---|---|---|---|---|');
  let ents = 0;
  let dts = 0;
  for (const r of rows) {
    const e: Ann[] = r.gold.entities;
    const by = ['PER', 'ORG', 'LOC', 'MISC'].map((t) => e.filter((x) => x.type === t).length).join('/');
    const src: string = r.source;
    const source = src.startsWith('Wikinews')
      ? `Wikinews (WiNER-fr train ${src.split('document ')[1]})`
      : src.startsWith('OrangeSum')
        ? `OrangeSum valid ${src.match(/orangesum-\d+/)?.[0]}, ${src.match(/section ([^)]+)/)?.[1]}`
        : 'flagship article (publisher not stated)';
    const licence = r.licence.startsWith('CC BY 2.5')
      ? 'CC BY 2.5 + CC BY 4.0'
      : r.licence.startsWith('unknown')
        ? 'unknown, fixture only'
        : r.licence;
    console.log(
      `| \`${r.id}\` | ${source} | ${licence} | ${r.publishedAt} | ${r.gold.topics.join(', ')} | ${e.length} (${by}) | ${r.gold.dates.length} |`,
    );
    ents += e.length;
    dts += r.gold.dates.length;
  }
  console.log(`\n${rows.length} articles, ${ents} entity mentions, ${dts} temporal expressions.`);
}

const cmd = process.argv[2];
if (cmd === 'extract') extract();
else if (cmd === 'build') build();
else if (cmd === 'table') table();
else console.error('usage: tsx scripts/data/make-fixtures.ts extract | build [--show] | table');
