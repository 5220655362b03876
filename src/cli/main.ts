/**
 * The `depeche` command's logic: argument parsing and the `analyze` command; `batch` lives in ./batch.ts.
 * `main(argv, io)` returns the exit code and never exits the process itself (./index.ts does).
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { parsePublishedAt } from '../doc/article.js';
import { type AnalyzeOptions, type Article, analyze } from '../index.js';
import { defaultConcurrency, runBatch } from './batch.js';
import { EXIT } from './exit.js';
import { colourWanted, formatAnalysis, makeStyle } from './format.js';
import { QUEUE_COMMANDS, runQueueCommand } from './queue-commands.js';
import { ANALYZE_FLAGS, analyzeOptionsFrom } from './stages.js';

const HELP = `depeche ${pkg.version}: French news articles to structured data

Usage
  depeche analyze [file | -]      analyse one article (plain text, or a JSON article)
  depeche batch [in.jsonl | -]    analyse one JSON article per line, in parallel, as JSONL
  Without a file (or with -), the input is read from standard input when it is not a terminal.
  depeche worker | enqueue | results   job queue on Redis (depeche worker --help)
  depeche --help | --version

A JSON article is { "title"?, "body", "publishedAt"?, "id"?, "url"? }; publishedAt (ISO 8601)
anchors relative dates. Title and body are analysed as one text: title + "\\n\\n" + body.

analyze options
  --json                 print the analysis as JSON (default: readable text, coloured on a TTY)
  --text                 read the input as plain text even if it looks like JSON
  --title <title>        headline for a plain-text input
  --date <YYYY-MM-DD>    publication date (reference for relative dates); overrides publishedAt

batch options
  -o, --output <file>    write JSONL there (default: standard output); never one of the inputs
  -c, --concurrency <n>  worker threads (default and maximum: ${defaultConcurrency()}, the available cores)
  --worker-memory <MB>   heap limit of each worker: a line that needs more gets an error record
  --no-progress          no progress bar (it is shown on stderr only when stderr is a terminal)
  -q, --quiet            no progress bar and no final summary on stderr
  --date <YYYY-MM-DD>    publication date of the lines that have no publishedAt
  Output: one record per input line, in input order: the analysis plus "line", or
  { "line", "id"?, "error" } for a bad line (invalid JSON, no body, wrong types, too large,
  truncated last line). Blank lines are skipped (no record; "line" still counts them).
  A line that crashes its worker (e.g. out of memory) is retried alone once, then gets an error
  record; the other lines of its chunk are re-run. Ctrl-C stops cleanly: the records written
  are complete and in order, none is missing before the last one.

options for both
  --no-language --no-entities --no-dates --no-topics --no-summary --no-quotes   switch stages off (null)
  --max-length <n>       largest article in characters (default 1000000); in batch, a line over
                         6 x n + 65,536 characters is dropped unread (JSON may escape characters)
  --no-text              leave the text out of the output (offsets still refer to the input text,
                         i.e. title + "\n\n" + body)
  --timings              add stats.ms (time per stage; makes output non-deterministic)
  --assume-french        analyse every text as French (by default, entities in another language
                         get scores below 0.5 and a "foreign" flag, and such texts get no topics)

Exit codes
  0  success            2  usage error            4  bad input (analyze), or error records (batch)
  1  unexpected error, or the output cannot be written (disk full, I/O error)
  3  input cannot be read, or the output file cannot be created
  130  interrupted (Ctrl-C / SIGTERM)
  141  the reader of the output went away (e.g. | head): output stops quietly
`;

/** A usage error: the message is printed with a hint, and the exit code is 2. */
export class UsageError extends Error {}

/** Where output goes (the process streams by default; tests pass their own). */
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Standard input: read when no file is named and it is not a terminal (absent: never read implicitly). */
  stdin?: { isTTY?: boolean };
}

const processIo: Io = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdin: process.stdin,
};

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  text: { type: 'boolean' },
  title: { type: 'string' },
  date: { type: 'string' },
  output: { type: 'string', short: 'o' },
  concurrency: { type: 'string', short: 'c' },
  'no-progress': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'no-text': { type: 'boolean' },
  'worker-memory': { type: 'string' },
  ...ANALYZE_FLAGS,
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function positiveInt(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min)
    throw new UsageError(`--${name} expects an integer >= ${min}, got "${v}"`);
  return Number(v);
}

/** Edit distance between two short strings (for "did you mean"). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** parseArgs' errors said plainly: the option named, and the closest known option suggested. */
function argumentError(e: Error & { code?: string }, argv: string[]): string {
  const quoted = /'(-[^' ]*)/.exec(e.message)?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted !== undefined) {
    const bare = quoted.replace(/^-+/, '');
    const eq = bare.indexOf('=');
    const name = eq === -1 ? bare : bare.slice(0, eq);
    let best = '';
    let bestD = 3;
    for (const known of Object.keys(OPTIONS)) {
      const d = distance(name, known);
      if (d < bestD) {
        best = known;
        bestD = d;
      }
    }
    return `unknown option ${quoted}${best ? ` (did you mean --${best}?)` : ''}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted !== undefined) {
    if (/argument missing/.test(e.message)) return `option ${quoted} needs a value`;
    if (/does not take an argument/.test(e.message)) return `option ${quoted} takes no value`;
  }
  return `${e.message} (arguments: ${argv.join(' ')})`;
}

function analyzeOptions(v: Values): AnalyzeOptions {
  return analyzeOptionsFrom(v, positiveInt);
}

function readInput(file: string, maxLength: number): string {
  if (file !== '-') {
    const st = statSync(file);
    if (!st.isFile()) throw Object.assign(new Error(`${file} is not a file`), { code: 'EISDIR' });
    // UTF-8 takes at least one byte per character: a file this large is over the limit for sure.
    if (st.size > maxLength * 4 + 65_536) {
      throw new RangeError(`${file} is ${st.size} bytes, over the limit of ${maxLength} characters`);
    }
  }
  return readFileSync(file === '-' ? 0 : file, 'utf8').replace(/^\uFEFF/, '');
}

function cmdAnalyze(file: string, v: Values, io: Io): number {
  const options = analyzeOptions(v);
  let raw: string;
  try {
    raw = readInput(file, options.maxLength ?? 1_000_000);
  } catch (e) {
    if (e instanceof RangeError) {
      io.stderr.write(`depeche: ${e.message}\n`);
      return EXIT.BAD_INPUT;
    }
    io.stderr.write(
      `depeche: cannot read ${file === '-' ? 'standard input' : file}: ${(e as Error).message}\n`,
    );
    return EXIT.NO_INPUT;
  }
  let input: string | Article = raw;
  const looksJson = !v.text && (/^\s*\{/.test(raw) || file.endsWith('.json'));
  if (looksJson) {
    try {
      input = JSON.parse(raw) as Article;
    } catch (e) {
      io.stderr.write(
        `depeche: ${file} looks like JSON but does not parse (${(e as Error).message}); use --text to read it as plain text\n`,
      );
      return EXIT.BAD_INPUT;
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      io.stderr.write('depeche: a JSON input must be an article object { title?, body, publishedAt? }\n');
      return EXIT.BAD_INPUT;
    }
    if (v.title !== undefined) input = { ...input, title: v.title };
  } else if (v.title !== undefined) {
    input = { title: v.title, body: raw };
  }
  if (v.date !== undefined) {
    input =
      typeof input === 'string' ? { body: input, publishedAt: v.date } : { ...input, publishedAt: v.date };
  }

  let result: ReturnType<typeof analyze>;
  try {
    result = analyze(input, options);
  } catch (e) {
    if (e instanceof TypeError || e instanceof RangeError) {
      io.stderr.write(`${e.message}\n`);
      return EXIT.BAD_INPUT;
    }
    throw e;
  }
  if (v['no-text']) {
    const { text: _text, ...rest } = result;
    result = rest as typeof result;
  }
  if (v.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout.write(formatAnalysis(result, makeStyle(colourWanted(io.stdout, io.env))));
  return EXIT.OK;
}

/**
 * Runs the command line `argv` (without `node` and the script) and resolves to the exit code.
 * Usage errors are reported on `io.stderr` with exit code 2.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`depeche: ${e.message}\nRun "depeche --help" for usage.\n`);
      return EXIT.USAGE;
    }
    throw e;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  if (QUEUE_COMMANDS.has(argv[0] ?? '')) return runQueueCommand(argv);
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(argumentError(e as Error & { code?: string }, argv));
  }
  const { values: v, positionals } = parsed;
  if (v.version) {
    io.stdout.write(`${pkg.version}\n`);
    return EXIT.OK;
  }
  const [cmd, named, ...extra] = positionals;
  if (v.help || cmd === 'help' || cmd === undefined) {
    io.stdout.write(HELP);
    return cmd === undefined && !v.help ? EXIT.USAGE : EXIT.OK;
  }
  if (cmd !== 'analyze' && cmd !== 'batch') throw new UsageError(`unknown command "${cmd}"`);
  if (v.date !== undefined) {
    try {
      parsePublishedAt('depeche', v.date);
    } catch {
      throw new UsageError(`--date expects an ISO 8601 date such as 2025-11-25, got "${v.date}"`);
    }
  }
  // `cat f | depeche analyze`: no file named and standard input is not a terminal -> read it
  const file = named ?? (io.stdin !== undefined && io.stdin.isTTY !== true ? '-' : undefined);
  if (file === undefined) throw new UsageError(`${cmd} needs an input file (or - for standard input)`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (cmd === 'analyze') {
    for (const k of ['output', 'concurrency', 'worker-memory'] as const) {
      if (v[k] !== undefined) throw new UsageError(`--${k} is a batch option`);
    }
    return cmdAnalyze(file, v, io);
  }
  for (const k of ['json', 'text', 'title'] as const) {
    if (v[k] !== undefined) throw new UsageError(`--${k} is an analyze option`);
  }
  const concurrency = positiveInt('concurrency', v.concurrency, 1);
  const workerMemory = positiveInt('worker-memory', v['worker-memory'], 16);
  return runBatch({
    input: file,
    output: v.output,
    concurrency,
    progress: !v['no-progress'],
    quiet: v.quiet === true,
    analyze: analyzeOptions(v),
    defaultPublishedAt: v.date,
    noText: v['no-text'] === true,
    workerMemoryMb: workerMemory,
    stderr: io.stderr,
  });
}
