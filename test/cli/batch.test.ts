/**
 * Batch safety (issue 7): `depeche batch` fed a JSONL file full of broken lines writes exactly one record per
 * input line, in input order: the analysis for a good line, `{ line, error }` (plus `id` when it could be
 * read) for a bad one. Nothing is dropped, nothing is merged, the batch never stops early.
 * Runs the CLI from source (tsx) and, when `npm run build` is newer than the sources (as in CI), the
 * built dist/cli.js too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_CLI, BUILT_IS_FRESH, SOURCE_CLI } from '../support/cli.js';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'depeche-batch-safety-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = SOURCE_CLI;
const BUILT = BUILT_CLI;
const builtIsFresh = BUILT_IS_FRESH;

function run(entry: readonly string[], args: string[], input?: Buffer) {
  const r = spawnSync(process.execPath, [...entry, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const body = (i: number) =>
  `Le maire de Lyon, Grégory Doucet, a présenté lundi le budget ${i} de la ville devant le conseil municipal.`;
const good = (i: number) => JSON.stringify({ id: `ok${i}`, body: body(i), publishedAt: '2025-11-25' });

/**
 * Each input line as raw bytes (no line break), what it is, and the error expected (null: a good record;
 * 'skip': no record, as JSON Lines readers skip blank lines).
 */
const LINES: [string, Buffer, RegExp | null | 'skip'][] = [
  ['good', Buffer.from(good(1)), null],
  ['invalid JSON', Buffer.from('{"body": "Le maire'), /^invalid JSON/],
  ['empty line', Buffer.from(''), 'skip'],
  ['blank line', Buffer.from(' \t '), 'skip'],
  ['body a number', Buffer.from('{"id":"n","body":42}'), /article\.body to be a string, got number/],
  ['body an array', Buffer.from('{"body":["a","b"]}'), /article\.body to be a string, got an array/],
  ['body null', Buffer.from('{"body":null}'), /article\.body to be a string, got null/],
  ['no body', Buffer.from('{"title":"Un titre"}'), /article\.body to be a string, got undefined/],
  ['array line', Buffer.from('[{"body":"Le maire a parlé."}]'), /expected a JSON object.*got an array/],
  ['null line', Buffer.from('null'), /expected a JSON object.*got null/],
  ['number line', Buffer.from('42'), /expected a JSON object.*got number/],
  ['string line', Buffer.from('"Le maire a parlé."'), /expected a JSON object.*got string/],
  ['title an object', Buffer.from('{"title":{"a":1},"body":"x"}'), /article\.title/],
  ['bad publishedAt', Buffer.from('{"body":"x","publishedAt":"hier"}'), /not an ISO 8601 date/],
  ['good after CRLF', Buffer.from(`${good(2)}\r`), null],
  // over the 1,000,000-character article limit but small enough to read: a RangeError record with the id
  [
    'body over the size limit',
    Buffer.from(JSON.stringify({ id: 'big', body: 'a'.repeat(1_000_001) })),
    /over the limit of 1000000/,
  ],
  // far over any article: dropped unread, its length reported
  ['huge line', Buffer.from(`{"body":"${'b'.repeat(7_000_000)}"}`), /^line too large: 7000011 characters/],
  ['good after huge', Buffer.from(good(3)), null],
  // odd but valid: NUL, lone surrogates, bidi controls and emoji escaped in JSON, invalid UTF-8 bytes raw
  [
    'odd characters',
    Buffer.from(JSON.stringify({ body: `Le\u0000 maire\ud800 \u202eparle 👨‍👩‍👧 ici.` })),
    null,
  ],
  [
    'invalid UTF-8',
    Buffer.concat([Buffer.from('{"body":"Le maire '), Buffer.from([0xff, 0xc3]), Buffer.from(' a parlé."}')]),
    null,
  ],
  ['good', Buffer.from(good(4)), null],
  // the file ends inside a record, without a newline
  [
    'truncated last line',
    Buffer.from('{"id":"cut","body":"Le maire de Ly'),
    /^truncated last line \(no final newline\)/,
  ],
];
const INPUT = Buffer.concat(
  LINES.flatMap(([, b], i) => (i < LINES.length - 1 ? [b, Buffer.from('\n')] : [b])),
);

function checkRecords(stdout: string): void {
  const out = stdout.endsWith('\n') ? stdout.slice(0, -1) : stdout;
  const recs = out.split('\n').map((l) => JSON.parse(l));
  const kept = LINES.map((l, i) => [i + 1, l] as const).filter(([, [, , e]]) => e !== 'skip');
  expect(recs.length).toBe(kept.length);
  expect(recs.map((r) => r.line)).toEqual(kept.map(([n]) => n));
  const byLine = new Map(recs.map((r) => [r.line as number, r]));
  const atLine = (line: number) => byLine.get(line);
  kept.forEach(([line, [what, , error]], i) => {
    const rec = recs[i];
    if (error === null) {
      expect(rec.error, `line ${line} (${what})`).toBeUndefined();
      expect(typeof rec.text, what).toBe('string');
      expect(Array.isArray(rec.entities), what).toBe(true);
    } else {
      expect(Object.keys(rec).sort(), what).toEqual(
        rec.id === undefined ? ['error', 'line'] : ['error', 'id', 'line'],
      );
      expect(rec.error, `line ${line} (${what})`).toMatch(error as RegExp);
    }
  });
  // good lines are the right articles, in their places
  for (const [line, n] of [
    [1, 1],
    [15, 2],
    [18, 3],
    [21, 4],
  ]) {
    expect(atLine(line)?.id).toBe(`ok${n}`);
    expect(atLine(line)?.text).toBe(body(n));
  }
  expect(atLine(16)?.id).toBe('big'); // an error record keeps the id when the line could be read
  expect(atLine(5)?.id).toBe('n');
  expect(atLine(19)?.text).toBe('Le\u0000 maire\ud800 \u202eparle 👨‍👩‍👧 ici.');
  expect(atLine(20)?.text).toMatch(/^Le maire \ufffd+ a parlé\.$/);
}

const ERRORS = LINES.filter(([, , e]) => e !== null && e !== 'skip').length;
const RECORDS = LINES.filter(([, , e]) => e !== 'skip').length;

describe('depeche batch on hostile JSONL: one record per input line, in order', () => {
  const entries: [string, readonly string[]][] = [['source', SOURCE]];
  if (builtIsFresh) entries.push(['built dist/cli.js', [BUILT]]);

  for (const [name, entry] of entries) {
    it(`${name}: a file with broken, empty, huge, wrongly typed and truncated lines (2 workers)`, () => {
      const input = join(dir, `hostile-${entry.length}.jsonl`);
      writeFileSync(input, INPUT);
      const output = join(dir, `out-${entry.length}.jsonl`);
      const r = run(entry, ['batch', input, '-o', output, '-c', '2']);
      expect(r.code).toBe(4); // some error records
      expect(r.stderr).toContain(`${RECORDS} records, ${ERRORS} error records`);
      checkRecords(readFileSync(output, 'utf8'));
    }, 120_000);
  }

  it('source: the same lines on standard input, to standard output (1 worker)', () => {
    const r = run(SOURCE, ['batch', '-', '-q', '-c', '1'], INPUT);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe('');
    checkRecords(r.stdout);
  }, 120_000);
});
