/**
 * The job-queue commands of `depeche` (Node only, need the optional peer dependency bullmq):
 * `depeche worker` consumes a queue, `depeche enqueue` fills it from JSONL, `depeche results` writes the
 * results back as JSONL in input order. See docs/scaling.md.
 */
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parseArgs } from 'node:util';
import { parsePublishedAt } from '../doc/article.js';
import type { AnalyzeOptions, Article } from '../index.js';
import {
  connectionOptions,
  createWorker,
  type DepecheQueue,
  type EnqueueOptions,
  openQueue,
  type QueueCounts,
} from '../queue/index.js';
import { checkArticle } from '../queue/validate.js';
import { EXIT } from './exit.js';
import { ANALYZE_FLAGS, analyzeOptionsFrom } from './stages.js';

/** The commands this file runs. */
export const QUEUE_COMMANDS = new Set(['worker', 'enqueue', 'results']);

export const QUEUE_HELP = `Job queue (BullMQ on Redis; needs \`npm install bullmq@^5\`; see docs/scaling.md)
  depeche worker --redis <url> --queue <name> [-c n]     analyse the queue's jobs until SIGTERM
  depeche enqueue <in.jsonl | -> --redis <url> --queue <name>   add one JSON article per line
  depeche results --redis <url> --queue <name> [-o out.jsonl]   results as JSONL, in input order

queue options
  --redis <url>          redis://[user:password@]host[:port][/db] (default: $REDIS_URL)
  --queue <name>         queue name (default: depeche)
  -q, --quiet            no progress and no summary on stderr
  --no-progress          no progress line (shown on stderr only when stderr is a terminal)
worker options
  -c, --concurrency <n>  worker threads (default: the available cores)
  --lock-duration <ms>   a job held this long without renewal is handed to another worker (30000)
  --stalled-interval <ms>  how often jobs of dead workers are looked for (30000)
  and the analysis options of analyze and batch (--no-entities, --max-length, --assume-french...)
  SIGTERM / Ctrl-C: take no new job, finish the jobs held, exit 0; a second signal exits at once
  (the jobs held go back to the queue when their lock expires).
enqueue options
  -o, --output <file>    bad-line records { line, id?, error } there (default: standard output)
  --date <YYYY-MM-DD>    publication date of the lines that have no publishedAt
  --max-length <n>       reject articles longer than this (default 1000000)
  --attempts <n>         tries per job for transient failures (default 5; bad articles fail at once)
  Job ids come from the article ids (else from a hash of the article): an article enqueued again is not
  analysed again.
results options
  -o, --output <file>    write JSONL there (default: standard output)
  --no-wait              do not wait for pending jobs (they are counted, not written)
  Output: one record per enqueued article, in input order: { seq, ...analysis }, or
  { seq, id?, error } for a job that failed.
`;

/** A usage error of a queue command (exit code 2). */
class QueueUsageError extends Error {}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  redis: { type: 'string' },
  queue: { type: 'string' },
  output: { type: 'string', short: 'o' },
  concurrency: { type: 'string', short: 'c' },
  'lock-duration': { type: 'string' },
  'stalled-interval': { type: 'string' },
  attempts: { type: 'string' },
  date: { type: 'string' },
  'no-wait': { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  ...ANALYZE_FLAGS,
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** Which options each command takes (the rest are usage errors). */
const ALLOWED: Record<string, ReadonlySet<string>> = {
  worker: new Set(['concurrency', 'lock-duration', 'stalled-interval', ...Object.keys(ANALYZE_FLAGS)]),
  enqueue: new Set(['output', 'date', 'max-length', 'attempts', 'no-progress']),
  results: new Set(['output', 'no-wait', 'no-progress']),
};
const COMMON = new Set(['help', 'redis', 'queue', 'quiet']);

function int(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min)
    throw new QueueUsageError(`--${name} expects an integer >= ${min}, got "${v}"`);
  return Number(v);
}

function analyzeOptions(v: Values): AnalyzeOptions {
  return analyzeOptionsFrom(v, int);
}

/** Where output goes (the process streams by default; tests pass their own). */
export interface QueueIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable;
  env: NodeJS.ProcessEnv;
}

const processIo = (): QueueIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});

/**
 * Runs `depeche worker|enqueue|results` with its arguments (`argv` starts with the command) and resolves
 * to the exit code.
 */
export async function runQueueCommand(argv: string[], io: QueueIo = processIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof QueueUsageError) {
      io.stderr.write(`depeche: ${e.message}\nRun "depeche ${argv[0]} --help" for usage.\n`);
      return EXIT.USAGE;
    }
    const msg = (e as Error)?.message ?? String(e);
    if ((/bullmq/.test(msg) && /install/.test(msg)) || /cannot reach Redis/.test(msg)) {
      io.stderr.write(`depeche: ${msg.replace(/^depeche\/queue: /, '')}\n`);
      return EXIT.FAILURE;
    }
    throw e;
  }
}

async function dispatch(argv: string[], io: QueueIo): Promise<number> {
  const [cmd = '', ...rest] = argv;
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new QueueUsageError((e as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.stdout.write(QUEUE_HELP);
    return EXIT.OK;
  }
  const allowed = ALLOWED[cmd];
  if (!allowed) throw new QueueUsageError(`unknown command "${cmd}"`);
  for (const k of Object.keys(v)) {
    if (!COMMON.has(k) && !allowed.has(k)) throw new QueueUsageError(`--${k} is not a ${cmd} option`);
  }
  const url = v.redis ?? io.env.REDIS_URL;
  if (url === undefined || url === '')
    throw new QueueUsageError(`${cmd} needs --redis <url> (or the REDIS_URL environment variable)`);
  try {
    connectionOptions(url);
  } catch (e) {
    throw new QueueUsageError((e as Error).message.replace(/^depeche\/queue: /, '--redis: '));
  }
  const queue = v.queue ?? 'depeche';
  if (!/^[\w.-]+$/.test(queue))
    throw new QueueUsageError(`--queue expects letters, digits, "_", "." or "-", got "${queue}"`);
  const quiet = v.quiet === true;
  if (cmd === 'enqueue') {
    const [file, extra] = positionals;
    if (file === undefined)
      throw new QueueUsageError('enqueue needs an input file (or - for standard input)');
    if (extra !== undefined) throw new QueueUsageError(`unexpected argument "${extra}"`);
    if (v.date !== undefined) {
      try {
        parsePublishedAt('depeche', v.date);
      } catch {
        throw new QueueUsageError(`--date expects an ISO 8601 date such as 2025-11-25, got "${v.date}"`);
      }
    }
    const opts: EnqueueOptions = {};
    const attempts = int('attempts', v.attempts, 1);
    if (attempts !== undefined) opts.attempts = attempts;
    const max = int('max-length', v['max-length'], 0);
    if (max !== undefined) opts.maxLength = max;
    if (v.date !== undefined) opts.defaultPublishedAt = v.date;
    return cmdEnqueue(file, url, queue, opts, v.output, !quiet && !v['no-progress'], quiet, io);
  }
  if (positionals.length > 0) throw new QueueUsageError(`unexpected argument "${positionals[0]}"`);
  if (cmd === 'worker') {
    return cmdWorker(
      url,
      queue,
      {
        ...analyzeOptions(v),
        ...optional('concurrency', int('concurrency', v.concurrency, 1)),
        ...optional('lockDuration', int('lock-duration', v['lock-duration'], 100)),
        ...optional('stalledInterval', int('stalled-interval', v['stalled-interval'], 100)),
      },
      quiet,
      io,
    );
  }
  return cmdResults(url, queue, v.output, v['no-wait'] !== true, !quiet && !v['no-progress'], quiet, io);
}

function optional<K extends string, T>(key: K, value: T | undefined): { [k in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: T };
}

function where(url: string): string {
  const o = connectionOptions(url);
  return `${o.host}:${o.port}${o.db !== undefined ? `/${o.db}` : ''}`;
}

async function cmdWorker(
  url: string,
  queue: string,
  options: AnalyzeOptions & { concurrency?: number; lockDuration?: number; stalledInterval?: number },
  quiet: boolean,
  io: QueueIo,
): Promise<number> {
  const t0 = Date.now();
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  let signals = 0;
  const onSignal = () => {
    signals++;
    if (signals === 1) stop();
    else {
      io.stderr.write(
        '\ndepeche worker: signalled twice, exiting now (the jobs held go back to the queue when their lock expires)\n',
      );
      process.exit(EXIT.INTERRUPTED);
    }
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  let lastError = '';
  const starting = createWorker({
    connection: url,
    queue,
    ...options,
    onJob: (e) => {
      if (e.error !== undefined && !quiet)
        io.stderr.write(
          `depeche worker: job ${e.jobId} failed${e.final ? '' : ' (will retry)'}: ${e.error}\n`,
        );
    },
    onError: (e) => {
      // One line per distinct error (a Redis outage repeats the same one at every reconnection attempt).
      if (!quiet && e.message !== lastError) io.stderr.write(`depeche worker: ${e.message}\n`);
      lastError = e.message;
    },
  });
  // a signal before the worker is ready (Redis unreachable, say): stop once it is, or at once
  const first = await Promise.race([starting, stopped.then(() => null)]);
  if (first === null) {
    // the Redis client would keep retrying (and the process alive): nothing is held, exit now
    if (!quiet) io.stderr.write('depeche worker: stopped before it was ready\n');
    process.exit(EXIT.INTERRUPTED);
  }
  const worker = first;
  if (!quiet)
    io.stderr.write(
      `depeche worker: ready, queue "${queue}" on ${where(url)}, ${worker.threads} thread${worker.threads === 1 ? '' : 's'}, pid ${process.pid}\n`,
    );
  const cpuReady = process.cpuUsage();
  const tReady = Date.now();
  await stopped;
  if (!quiet)
    io.stderr.write('depeche worker: stopping: finishing the jobs held (signal again to stop now)\n');
  await worker.close();
  process.off('SIGTERM', onSignal);
  process.off('SIGINT', onSignal);
  if (!quiet) {
    const cpu = process.cpuUsage(cpuReady);
    io.stderr.write(
      `depeche worker: stopped; ${worker.stats.completed} completed, ${worker.stats.failed} failed, ${((Date.now() - tReady) / 1000).toFixed(1)} s since ready, cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s since ready (startup ${((tReady - t0) / 1000).toFixed(1)} s)\n`,
    );
  }
  return EXIT.OK;
}

/** One input line: its number, its text (null when too large to keep), its length. */
interface Line {
  line: number;
  text: string | null;
  length: number;
  unterminated: boolean;
}

/** Splits a byte stream into lines (\n or \r\n, a BOM, a last line without newline); huge lines are dropped unread. */
async function* readLines(input: AsyncIterable<Buffer | string>, lineLimit: number): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let oversize = 0;
  let n = 0;
  const make = (text: string | null, length: number, unterminated = false): Line => {
    n++;
    let t = text;
    if (n === 1 && t?.charCodeAt(0) === 0xfeff) t = t.slice(1);
    if (t?.endsWith('\r')) t = t.slice(0, -1);
    return { line: n, text: t, length, unterminated };
  };
  for await (const buf of input) {
    const s = typeof buf === 'string' ? buf : decoder.write(buf);
    let from = 0;
    for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', from)) {
      const piece = s.slice(from, nl);
      if (oversize > 0) yield make(null, oversize + piece.length);
      else {
        const l = pending + piece;
        yield make(l.length > lineLimit ? null : l, l.length);
      }
      pending = '';
      oversize = 0;
      from = nl + 1;
    }
    const rest = s.slice(from);
    if (oversize > 0) oversize += rest.length;
    else if (pending.length + rest.length > lineLimit) {
      oversize = pending.length + rest.length;
      pending = '';
    } else pending += rest;
  }
  const tail = pending + decoder.end();
  if (oversize > 0) yield make(null, oversize + tail.length, true);
  else if (tail !== '') yield make(tail, tail.length, true);
}

/** A line's article, or the error record of a bad line (the same records as `depeche batch`). */
function parseLine(
  l: Line,
  maxLength: number,
  defaultPublishedAt: string | undefined,
): { article: Article } | { error: string; id?: unknown } {
  if (l.text === null)
    return { error: `line too large: ${l.length} characters (the article limit is ${maxLength})` };
  if (l.text.trim() === '') return { error: 'empty line' };
  let value: unknown;
  try {
    value = JSON.parse(l.text);
  } catch (e) {
    const why = (e as Error).message;
    return {
      error: l.unterminated
        ? `truncated last line (no final newline) is not valid JSON: ${why}`
        : `invalid JSON: ${why}`,
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    return { error: `expected a JSON object { title?, body, publishedAt?, id?, url? }, got ${kind}` };
  }
  let article = value as Article;
  if (defaultPublishedAt !== undefined && (article.publishedAt === undefined || article.publishedAt === null))
    article = { ...article, publishedAt: defaultPublishedAt };
  try {
    checkArticle(article, maxLength);
  } catch (e) {
    return { error: (e as Error).message, id: (value as { id?: unknown }).id };
  }
  return { article };
}

async function cmdEnqueue(
  file: string,
  url: string,
  queueName: string,
  options: EnqueueOptions,
  output: string | undefined,
  progress: boolean,
  quiet: boolean,
  io: QueueIo,
): Promise<number> {
  let input: AsyncIterable<Buffer | string>;
  if (file === '-') input = io.stdin;
  else {
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch (e) {
      io.stderr.write(`depeche: cannot read ${file}: ${(e as Error).message}\n`);
      return EXIT.NO_INPUT;
    }
    input = createReadStream(file);
  }
  const maxLength = options.maxLength ?? 1_000_000;
  const out: Writable = output ? createWriteStream(output) : io.stdout;
  const t0 = Date.now();
  const queue: DepecheQueue = await openQueue({ connection: url, queue: queueName });
  const showProgress = progress && io.stderr.isTTY === true;
  let lines = 0;
  let added = 0;
  let duplicates = 0;
  let bad = 0;
  let batch: { line: number; article: Article }[] = [];
  const badRecord = (line: number, error: string, id?: unknown) => {
    bad++;
    const rec: Record<string, unknown> = { line };
    if (typeof id === 'string' || typeof id === 'number') rec.id = id;
    rec.error = error;
    out.write(`${JSON.stringify(rec)}\n`);
  };
  const send = async () => {
    const r = await queue.enqueue(
      batch.map((b) => b.article),
      options,
    );
    added += r.added;
    duplicates += r.duplicates;
    for (const x of r.rejected) badRecord((batch[x.index] as { line: number }).line, x.error, x.id);
    batch = [];
    if (showProgress)
      io.stderr.write(
        `\r depeche enqueue: ${lines} lines, ${added} new jobs, ${duplicates} already queued, ${bad} bad`,
      );
  };
  let readError: Error | null = null;
  try {
    for await (const l of readLines(input, maxLength * 6 + 65_536)) {
      lines = l.line;
      const p = parseLine(l, maxLength, options.defaultPublishedAt);
      if ('error' in p) badRecord(l.line, p.error, p.id);
      else batch.push({ line: l.line, article: p.article });
      if (batch.length >= 500) await send();
    }
  } catch (e) {
    readError = e as Error;
  }
  try {
    if (batch.length > 0) await send();
  } finally {
    await queue.close();
    if (output) await new Promise<void>((resolve) => out.end(resolve));
  }
  if (showProgress) io.stderr.write('\n');
  if (readError) {
    io.stderr.write(`depeche: error reading ${file}: ${readError.message}\n`);
    return EXIT.NO_INPUT;
  }
  if (!quiet) {
    const secs = (Date.now() - t0) / 1000;
    io.stderr.write(
      `depeche enqueue: ${lines} lines, ${added} new jobs, ${duplicates} already in the queue, ${bad} bad line${bad === 1 ? '' : 's'}, ${secs.toFixed(1)} s, queue "${queueName}" on ${where(url)}\n`,
    );
  }
  return bad > 0 ? EXIT.BAD_INPUT : EXIT.OK;
}

async function cmdResults(
  url: string,
  queueName: string,
  output: string | undefined,
  wait: boolean,
  progress: boolean,
  quiet: boolean,
  io: QueueIo,
): Promise<number> {
  const queue = await openQueue({ connection: url, queue: queueName });
  const showProgress = progress && io.stderr.isTTY === true;
  const out: Writable = output ? createWriteStream(output) : io.stdout;
  let written = 0;
  let failed = 0;
  let pending = 0;
  try {
    const total = await queue.size();
    if (wait) {
      await queue.waitUntilDone({
        pollMs: 500,
        onProgress: (c: QueueCounts) => {
          if (showProgress)
            io.stderr.write(
              `\r depeche results: waiting, ${c.completed + c.failed}/${total} done, ${c.active} active, ${c.pending} pending`,
            );
        },
      });
      if (showProgress) io.stderr.write('\n');
    }
    for await (const r of queue.results()) {
      let rec: Record<string, unknown>;
      if (r.state === 'completed') rec = { seq: r.seq, ...r.analysis };
      else if (r.state === 'failed') {
        failed++;
        rec = { seq: r.seq, ...(r.article?.id !== undefined ? { id: r.article.id } : {}), error: r.error };
      } else if (r.state === 'missing') {
        failed++;
        rec = {
          seq: r.seq,
          error: `job ${r.jobId} is not in the queue (removed, or its enqueue was cut short)`,
        };
      } else {
        pending++;
        continue;
      }
      written++;
      if (!out.write(`${JSON.stringify(rec)}\n`))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  } finally {
    await queue.close();
    if (output) await new Promise<void>((resolve) => out.end(resolve));
  }
  if (!quiet) {
    io.stderr.write(
      `depeche results: ${written} records, ${failed} error record${failed === 1 ? '' : 's'}${pending > 0 ? `, ${pending} jobs still pending (not written)` : ''}${output ? ` -> ${output}` : ''}\n`,
    );
  }
  return failed > 0 ? EXIT.BAD_INPUT : EXIT.OK;
}
