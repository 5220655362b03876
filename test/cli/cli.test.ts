import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FLAGSHIP_MISSING, FLAGSHIP_PATH, readFlagship } from '../../fixtures/flagship.js';
import { colourWanted, formatAnalysis, makeStyle } from '../../src/cli/format.js';
import { main } from '../../src/cli/main.js';
import { processLine } from '../../src/cli/record.js';
import { analyze } from '../../src/index.js';
import { BUILT_CLI, BUILT_IS_FRESH, CLI } from '../support/cli.js';

const root = join(import.meta.dirname, '..', '..');
const flagshipText = readFlagship();
const flagship = flagshipText ?? '';
const noFlagship = flagshipText === undefined;
if (noFlagship) console.warn(`cli.test: ${FLAGSHIP_MISSING}; its checks are skipped`);
const dir = mkdtempSync(join(tmpdir(), 'depeche-cli-'));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;

const BUILT = BUILT_CLI;
const FRESH_BUILD = BUILT_IS_FRESH;

function run(args: string[], input?: string, entry: readonly string[] = CLI) {
  const r = spawnSync(process.execPath, [...entry, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('processLine (one JSONL line -> one record)', () => {
  const opts = {};
  const errors: [string, string | null, boolean, RegExp][] = [
    ['invalid JSON', '{bad', false, /^invalid JSON/],
    ['truncated last line', '{"body":"Le mai', true, /^truncated last line \(no final newline\)/],
    ['empty line', '', false, /^empty line$/],
    ['blank line', '  \t', false, /^empty line$/],
    ['an array', '[1,2]', false, /expected a JSON object.*got an array/],
    ['a string', '"texte"', false, /expected a JSON object.*got string/],
    ['null', 'null', false, /got null/],
    ['missing body', '{"title":"x"}', false, /article\.body to be a string, got undefined/],
    ['body a number', '{"body":42}', false, /article\.body to be a string, got number/],
    ['title an object', '{"title":{},"body":"x"}', false, /article\.title/],
    ['bad publishedAt', '{"body":"x","publishedAt":"hier"}', false, /not an ISO 8601 date/],
    ['publishedAt a number', '{"body":"x","publishedAt":3}', false, /publishedAt to be an ISO date string/],
    ['dropped oversized line', null, false, /^line too large: 9000000 characters/],
  ];
  for (const [name, text, unterminated, msg] of errors) {
    it(`error record: ${name}`, () => {
      const r = processLine({ line: 7, text, length: text?.length ?? 9_000_000, unterminated }, opts);
      expect(r.error).toBe(true);
      const rec = JSON.parse(r.json);
      expect(Object.keys(rec).sort()).toEqual(['error', 'line']);
      expect(rec.line).toBe(7);
      expect(rec.error).toMatch(msg);
    });
  }
  it('a body over maxLength is an error record that keeps the id', () => {
    const r = processLine({ line: 3, text: '{"id":"a1","body":"abcdef"}', length: 27 }, { maxLength: 5 });
    expect(JSON.parse(r.json)).toEqual({
      line: 3,
      id: 'a1',
      error: expect.stringMatching(/over the limit of 5/),
    });
  });
  it('a good line is the analysis with its line number first', () => {
    const line = JSON.stringify({
      id: 9,
      title: 'Titre',
      body: 'Le maire a parlé.',
      publishedAt: '2025-11-25',
    });
    const r = processLine({ line: 12, text: line, length: line.length }, opts);
    expect(r.error).toBe(false);
    const rec = JSON.parse(r.json);
    expect(Object.keys(rec).slice(0, 2)).toEqual(['line', 'id']);
    expect(rec).toMatchObject({ line: 12, id: 9, text: 'Titre\n\nLe maire a parlé.' });
    expect(rec.stats.sentences).toBe(2);
  });
  it('a valid last line without a newline is fine', () => {
    const r = processLine({ line: 1, text: '{"body":"Fin."}', length: 15, unterminated: true }, opts);
    expect(r.error).toBe(false);
  });
});

describe('readable output', () => {
  it.skipIf(noFlagship)('prints the counts, without escape codes when colour is off', () => {
    const out = formatAnalysis(analyze(flagship), makeStyle(false));
    expect(out).toContain('3,723 characters');
    expect(out).not.toContain('\u001b[');
  });
  it('uses ANSI colours when on', () => {
    const out = formatAnalysis(analyze('Bonjour.'), makeStyle(true));
    expect(out).toContain('\u001b[');
  });
  const colourCases: [string, boolean | undefined, NodeJS.ProcessEnv, boolean][] = [
    ['a TTY', true, {}, true],
    ['a pipe', false, {}, false],
    ['a TTY with NO_COLOR', true, { NO_COLOR: '1' }, false],
    ['a pipe with FORCE_COLOR', false, { FORCE_COLOR: '1' }, true],
    ['a TTY with FORCE_COLOR=0', undefined, { FORCE_COLOR: '0' }, false],
  ];
  for (const [name, isTTY, env, want] of colourCases) {
    it(`colour on ${name}: ${want}`, () => expect(colourWanted({ isTTY }, env)).toBe(want));
  }
});

/** Runs the command in-process and captures what it prints. */
async function runIn(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (x: string) => (stdout += x), isTTY: false },
    stderr: { write: (x: string) => (stderr += x), isTTY: false },
    env: { NO_COLOR: '1' },
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('depeche command: arguments, analyze (in-process)', () => {
  it('--version and --help exit 0; no command prints the help and exits 2', async () => {
    expect(await runIn(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    const help = await runIn(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('depeche batch [in.jsonl | -]');
    expect(help.stdout).toContain('Exit codes');
    expect((await runIn([])).code).toBe(2);
  });

  const usage: [string[], RegExp][] = [
    [['frobnicate', 'x'], /unknown command "frobnicate"/],
    [['analyze'], /needs an input file/],
    [['analyze', 'a', 'b'], /unexpected argument "b"/],
    [['analyze', 'a', '--bogus'], /unknown option --bogus\n/],
    [['analyze', 'a', '-o', 'x'], /--output is a batch option/],
    [['batch', 'a', '-c', 'zero'], /--concurrency expects an integer >= 1/],
    [['batch', 'a', '-c', '0'], /--concurrency expects an integer >= 1/],
    [['batch', 'a', '--max-length', '-3'], /max-length/],
    [['batch', 'a', '--json'], /--json is an analyze option/],
    [['batch', 'a', '--date', 'hier'], /--date expects an ISO 8601 date/],
    [['analyze', 'a', '--date', '2025-13-01'], /--date expects an ISO 8601 date/],
  ];
  for (const [args, msg] of usage) {
    it(`usage error (exit 2): ${args.join(' ')}`, async () => {
      const r = await runIn(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr).toMatch(/depeche --help/);
    });
  }

  it.skipIf(noFlagship)(
    'analyze: a plain-text file, readable; a missing file or a directory exits 3',
    async () => {
      const file = FLAGSHIP_PATH;
      const r = await runIn(['analyze', file, '--date', '2025-11-25']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/language fr .*3,723 characters · \d+ tokens · \d+ sentences/);
      for (const section of ['Entities', 'Dates', 'Topics', 'Summary']) expect(r.stdout).toContain(section);
      expect(r.stdout).toContain('Abdellatif Hammouchi');
      expect(r.stdout).toMatch(/lundi 24 novembre +2025-11-24 DATE/);
      expect((await runIn(['analyze', file])).stdout).toMatch(/lundi 24 novembre +XXXX-11-24 DATE/);
      const missing = await runIn(['analyze', join(dir, 'nope.txt')]);
      expect(missing.code).toBe(3);
      expect(missing.stderr).toMatch(/cannot read/);
      expect((await runIn(['analyze', dir])).code).toBe(3);
    },
  );

  it('analyze --json: a JSON article file; --no-<stage> switches stages off', async () => {
    const art = {
      id: 'x1',
      title: 'Grève à Lyon',
      body: 'Les bus sont arrêtés depuis lundi.',
      publishedAt: '2025-11-25',
    };
    const f = tmp('article.json', JSON.stringify(art));
    const r = await runIn(['analyze', f, '--json', '--no-topics', '--no-summary']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({
      id: 'x1',
      publishedAt: '2025-11-25',
      text: 'Grève à Lyon\n\nLes bus sont arrêtés depuis lundi.',
    });
    expect(a.topics).toBeNull();
    expect(a.summary).toBeNull();
    expect(a.dates.find((d: { text: string }) => d.text.includes('lundi'))?.value).toBe('2025-11-24');
  });

  it('analyze: bad JSON, a non-object, a missing body, too large a text exit 4', async () => {
    const cases: [string, string[], RegExp][] = [
      ['{"body": "x",', [], /does not parse.*--text/],
      ['[1, 2]', [], /must be an article object/],
      ['{"title":"x"}', [], /article\.body/],
      ['{"body":"x","publishedAt":"hier"}', [], /not an ISO 8601 date/],
      ['Un texte trop long.', ['--max-length', '5'], /limit of 5/],
    ];
    for (const [content, extra, msg] of cases) {
      const r = await runIn([
        'analyze',
        tmp(/^[[{]/.test(content) ? 'bad.json' : 'long.txt', content),
        ...extra,
      ]);
      expect(r.code, content).toBe(4);
      expect(r.stderr).toMatch(msg);
    }
  });

  it('analyze: English text gets down-scored, flagged entities and no topics, unless --assume-french', async () => {
    const en =
      'President Joe Biden met Prime Minister Keir Starmer in Washington on Monday to discuss trade and security.';
    const f = tmp('english.txt', en);
    const gated = JSON.parse((await runIn(['analyze', f, '--json'])).stdout);
    expect(gated.language.lang).toBe('en');
    expect(gated.topics).toEqual([]);
    for (const e of gated.entities) expect(e.score).toBeLessThan(0.5);
    const forced = JSON.parse((await runIn(['analyze', f, '--json', '--assume-french'])).stdout);
    expect(forced.entities.every((e: { foreign?: string }) => e.foreign === undefined)).toBe(true);
  });

  it('analyze --text --title --date: plain text that looks like JSON, with a headline and a date', async () => {
    const f = tmp('brace.txt', '{ pas du JSON } Réunion hier.');
    const r = await runIn(['analyze', f, '--json', '--text', '--title', 'T', '--date', '2025-11-25']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.text).toBe('T\n\n{ pas du JSON } Réunion hier.');
    expect(a.publishedAt).toBe('2025-11-25');
    expect(a.dates.find((d: { text: string }) => d.text === 'hier')?.value).toBe('2025-11-24');
  });
});

describe(`depeche command (a process: ${FRESH_BUILD ? 'dist/cli.js' : 'sources through tsx'})`, () => {
  it('analyze - reads standard input', () => {
    const r = run(['analyze', '-', '--json', '--no-entities'], JSON.stringify({ body: 'Le maire a parlé.' }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ text: 'Le maire a parlé.', entities: null });
  });

  it.skipIf(noFlagship)(
    'batch: one record per line, in input order, error records for bad lines, exit 4',
    () => {
      const good = (i: number) =>
        JSON.stringify({
          id: i,
          title: `Article ${i}`,
          body: flagship.slice(0, 200 + ((i * 97) % 3000)),
          publishedAt: '2025-11-25',
        });
      const lines: string[] = [];
      for (let i = 1; i <= 60; i++) lines.push(good(i));
      lines[9] = '{not json';
      lines[19] = ''; // blank: skipped, no record
      lines[29] = '{"title":"no body"}';
      lines[39] = '{"body":12}';
      lines[49] = '\uFEFF'; // stray BOM mid-file: not JSON
      const input = tmp('in.jsonl', `\uFEFF${lines.join('\r\n')}\n{"body":"coupé`);
      const output = join(dir, 'out.jsonl');
      const r = run(['batch', input, '-o', output, '-c', '2']);
      expect(r.code).toBe(4);
      expect(r.stderr).toMatch(/60 records, 5 error records/);
      const recs = readFileSync(output, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(recs.map((x) => x.line)).toEqual(
        Array.from({ length: 61 }, (_, i) => i + 1).filter((l) => l !== 20),
      );
      const errs = recs.filter((x) => x.error).map((x) => x.line);
      expect(errs).toEqual([10, 30, 40, 50, 61]);
      expect(recs[59].error).toMatch(/truncated last line/);
      for (const rec of recs.filter((x) => !x.error)) {
        expect(rec.id).toBe(rec.line);
        expect(rec.text.startsWith(`Article ${rec.line}\n\n`)).toBe(true);
      }
    },
  );

  it('batch: all good lines from stdin to stdout exit 0; --date dates the lines without publishedAt', () => {
    const input = [
      '{"body":"Un, hier."}',
      '{"body":"Deux, hier.","publishedAt":"2024-03-01"}',
      '{"body":"Trois."}',
    ].join('\n');
    const r = run(['batch', '-', '-q', '-c', '1', '--date', '2025-11-25'], `${input}\n`);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const recs = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(recs.map((x) => x.text)).toEqual(['Un, hier.', 'Deux, hier.', 'Trois.']);
    expect(recs.map((x) => x.publishedAt)).toEqual(['2025-11-25', '2024-03-01', '2025-11-25']);
    expect(recs[0].dates[0].value).toBe('2025-11-24');
    expect(recs[1].dates[0].value).toBe('2024-02-29');
  });

  it('batch: too large a body is an error record; a huge line is dropped unread; the batch goes on', () => {
    const lines = [
      JSON.stringify({ id: 'a', body: 'Court.' }),
      JSON.stringify({ id: 'b', body: 'x'.repeat(500) }),
      JSON.stringify({ id: 'c', body: 'y'.repeat(80_000) }),
      JSON.stringify({ id: 'd', body: 'Fin.' }),
    ];
    const r = run([
      'batch',
      tmp('sizes.jsonl', `${lines.join('\n')}\n`),
      '--max-length',
      '100',
      '-c',
      '1',
      '-q',
    ]);
    expect(r.code).toBe(4);
    const recs = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(recs.map((x) => x.line)).toEqual([1, 2, 3, 4]);
    expect(recs[0].text).toBe('Court.');
    expect(recs[1]).toEqual({ line: 2, id: 'b', error: expect.stringMatching(/over the limit of 100/) });
    expect(recs[2]).toEqual({
      line: 3,
      error: `line too large: ${lines[2].length} characters, dropped unread (lines over 66136 characters are; the article limit is 100)`,
    });
    expect(recs[3].text).toBe('Fin.');
  });

  it.skipIf(noFlagship)(
    'batch: Ctrl-C stops cleanly, with complete records for lines 1..N (exit 130)',
    async () => {
      const output = join(dir, 'interrupted.jsonl');
      const child: ChildProcess = spawn(process.execPath, [...CLI, 'batch', '-', '-o', output, '-c', '1'], {
        cwd: root,
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stdin?.on('error', () => {}); // EPIPE once the child has exited
      child.stderr?.on('data', (d) => {
        stderr += d;
      });
      const line = `${JSON.stringify({ body: flagship })}\n`;
      // Feed lines until some records are written, then interrupt while the input is still open.
      let sent = 0;
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        child.stdin?.write(line);
        sent++;
        await new Promise((r) => setTimeout(r, 20));
        if (existsSync(output) && readFileSync(output, 'utf8').split('\n').length > 3) break;
      }
      child.stdin?.write(line.slice(0, 100)); // a partial line in flight
      const code = await new Promise<number | null>((resolve) => {
        child.on('exit', (c) => resolve(c));
        child.kill('SIGINT');
      });
      expect(code).toBe(130);
      expect(stderr).toMatch(/interrupted: wrote \d+ complete records/);
      const text = readFileSync(output, 'utf8');
      expect(text.endsWith('\n')).toBe(true);
      const recs = text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(recs.length).toBeGreaterThan(0);
      expect(recs.length).toBeLessThanOrEqual(sent);
      expect(recs.map((x) => x.line)).toEqual(Array.from({ length: recs.length }, (_, i) => i + 1));
      expect(recs.every((x) => x.text === flagship)).toBe(true);
    },
  );
});

describe.skipIf(!existsSync(BUILT))('depeche command (built dist/cli.js + dist/worker.js)', () => {
  it('version, analyze and a batch on worker threads', () => {
    expect(run(['--version'], undefined, [BUILT]).stdout).toBe(`${version}\n`);
    expect(run(['analyze', '-'], 'Le maire a parlé.', [BUILT]).stdout).toMatch(/17 characters/);
    const input = tmp('built.jsonl', `${['{"body":"Un."}', 'oops', '{"body":"Trois."}'].join('\n')}\n`);
    const r = run(['batch', input, '-c', '2', '-q'], undefined, [BUILT]);
    expect(r.code).toBe(4);
    const recs = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(recs.map((x) => [x.line, x.error !== undefined])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
  });
});
