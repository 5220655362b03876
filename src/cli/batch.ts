/**
 * `depeche batch`: streaming JSONL in, JSONL out, analysed on a pool of worker threads (piscina).
 * One output record per input line, in input order; a bad line becomes `{ line, error }`.
 * Ctrl-C stops reading, finishes the lines already sent to the workers, writes them, and exits 130:
 * the output then holds complete records for lines 1..N and nothing else.
 */
import { createReadStream, createWriteStream, fstatSync, openSync, type Stats, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { SingleBar } from 'cli-progress';
import { Piscina } from 'piscina';
import type { AnalyzeOptions } from '../index.js';
import { EXIT } from './exit.js';
import { type BatchTask, type LineResult, type LineTask, lineLimit as maxLineLength } from './record.js';

export interface BatchOptions {
  input: string;
  output?: string;
  concurrency?: number;
  progress: boolean;
  quiet: boolean;
  analyze: AnalyzeOptions;
  /** Publication date for lines without one. */
  defaultPublishedAt?: string;
  /** Leave `text` out of the records (offsets still refer to the input text). */
  noText?: boolean;
  /** Heap limit of each worker thread in MB (a line needing more gets an error record). */
  workerMemoryMb?: number;
  /** Where messages go (default: process.stderr). */
  stderr?: { write(s: string): unknown };
}

/** A stream settles: resolves on `event`, on 'error' or on 'close', whichever comes first (never hangs). */
function settled(stream: Writable, event: 'drain' | 'finish'): Promise<void> {
  if (stream.destroyed || stream.writableFinished) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.off(event, done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on(event, done);
    stream.on('error', done);
    stream.on('close', done);
  });
}

/** The text of the ETA field: '--' until something is done, then minutes and seconds left. */
export function etaText(done: number, total: number, secs: number): string {
  if (!(done > 0) || !(secs > 0) || !(total > done)) return done >= total && total > 0 ? '0s' : '--';
  const left = Math.round(((total - done) * secs) / done);
  if (!Number.isFinite(left)) return '--';
  return left >= 60 ? `${Math.floor(left / 60)}m${String(left % 60).padStart(2, '0')}s` : `${left}s`;
}

/** The progress bar on `stream` (a terminal): bytes of input done, records, rate and ETA. */
export function progressBar(stream: NodeJS.WritableStream): SingleBar {
  return new SingleBar({
    stream,
    format: ' {bar} {percentage}% | {records} articles | {rate} articles/s | ETA {etaText}',
    hideCursor: true,
    fps: 5,
    barCompleteChar: '█',
    barIncompleteChar: '░',
  });
}

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

/** Lines per worker task, and characters per task, before a chunk is sent. */
const CHUNK_LINES = 16;
const CHUNK_CHARS = 256_000;

function workerFile(): string {
  // dist/cli.js runs dist/worker.js; the sources (through tsx) run src/cli/worker.ts.
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./worker${ext}`, import.meta.url).href;
}

/** Default worker count: the machine's available parallelism. */
export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

/** Runs a batch; resolves to the exit code. */
export async function runBatch(opts: BatchOptions): Promise<number> {
  const stderr = opts.stderr ?? process.stderr;
  const cores = defaultConcurrency();
  let concurrency = opts.concurrency ?? cores;
  if (concurrency > cores) {
    stderr.write(
      `depeche: --concurrency ${concurrency} is more than the ${cores} available core${cores === 1 ? '' : 's'}; using ${cores}\n`,
    );
    concurrency = cores;
  }
  const maxLength = opts.analyze.maxLength ?? 1_000_000;
  // A JSON line may escape characters (\uXXXX): allow generous room before dropping a line unread.
  const lineLimit = maxLineLength(maxLength);

  let inputStat: Stats | null = null;
  let totalBytes = 0;
  if (opts.input !== '-') {
    try {
      inputStat = statSync(opts.input);
      if (!inputStat.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      totalBytes = inputStat.size;
    } catch (e) {
      stderr.write(`depeche: cannot read ${opts.input}: ${(e as Error).message}\n`);
      return EXIT.NO_INPUT;
    }
  }
  // The output file: never one of the inputs (opening it would truncate it), created before any work.
  let outFd: number | null = null;
  if (opts.output) {
    let outStat: Stats | null = null;
    try {
      outStat = statSync(opts.output);
    } catch {
      // does not exist yet
    }
    const stdinStat = opts.input === '-' ? fstatOrNull(0) : null;
    const clash = outStat && [inputStat, stdinStat].some((s) => s?.isFile() && sameFile(s, outStat));
    if (clash) {
      stderr.write(
        `depeche: the output ${opts.output} is the input file; refusing to overwrite it (choose another -o)\nRun "depeche --help" for usage.\n`,
      );
      return EXIT.USAGE;
    }
    try {
      outFd = openSync(opts.output, 'w');
    } catch (e) {
      stderr.write(`depeche: cannot write ${opts.output}: ${(e as Error).message}\n`);
      return EXIT.NO_INPUT;
    }
  }
  const input: Readable = opts.input === '-' ? process.stdin : createReadStream(opts.input);
  const out: Writable = outFd !== null ? createWriteStream('', { fd: outFd }) : process.stdout;
  let outputFailed: (Error & { code?: string }) | null = null;
  out.on('error', (e) => {
    outputFailed ??= e;
    stopping = true;
    input.destroy();
  });

  const pool = new Piscina<BatchTask, LineResult[]>({
    filename: workerFile(),
    minThreads: concurrency,
    maxThreads: concurrency,
    idleTimeout: 1000,
    ...(opts.workerMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: opts.workerMemoryMb } } : {}),
  });

  // Progress on stderr, only for people (a TTY) and only when the input size is known.
  const showBar = opts.progress && !opts.quiet && process.stderr.isTTY === true && totalBytes > 0;
  const bar = showBar ? progressBar(process.stderr) : null;
  const t0 = Date.now();
  bar?.start(totalBytes, 0, { records: 0, rate: '0', etaText: '--' });

  let stopping = false;
  let interrupted = false;
  const onSigint = () => {
    if (interrupted) {
      process.stderr.write('\ndepeche: interrupted twice, exiting now\n');
      process.exit(EXIT.INTERRUPTED);
    }
    interrupted = true;
    stopping = true;
    input.destroy();
  };
  const onSigterm = () => onSigint();
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigterm);

  // Ordered output: task results are written as soon as all earlier tasks are written.
  const done = new Map<number, { results: LineResult[]; bytes: number; last: number }>();
  let lastLineWritten = 0;
  let nextToWrite = 0;
  let written = 0;
  let errors = 0;
  let bytesDone = 0;
  let drain: Promise<void> | null = null;
  const flush = () => {
    for (let d = done.get(nextToWrite); d !== undefined; d = done.get(nextToWrite)) {
      done.delete(nextToWrite++);
      if (outputFailed) continue;
      let text = '';
      for (const r of d.results) {
        text += `${r.json}\n`;
        if (r.error) errors++;
      }
      written += d.results.length;
      bytesDone += d.bytes;
      lastLineWritten = d.last;
      if (text !== '' && !out.write(text) && !drain) {
        drain = settled(out, 'drain').then(() => {
          drain = null;
        });
      }
    }
    if (bar) {
      const secs = (Date.now() - t0) / 1000;
      bar.update(bytesDone, {
        records: written,
        rate: secs > 0 ? (written / secs).toFixed(0) : '0',
        etaText: etaText(bytesDone, totalBytes, secs),
      });
    }
  };

  const inflight = new Set<Promise<void>>();
  const limit = concurrency * 3;
  let seq = 0;
  const task = (lines: LineTask[]): BatchTask => ({
    lines,
    options: opts.analyze,
    defaultPublishedAt: opts.defaultPublishedAt,
    noText: opts.noText,
  });
  // A chunk whose worker died (out of memory, crash) costs only the line that killed it: each line is
  // run again alone on a fresh worker; a line that fails alone gets its own error record, with its id.
  const runIsolated = async (lines: LineTask[]): Promise<LineResult[]> => {
    try {
      return await pool.run(task(lines));
    } catch (e) {
      if (lines.length > 1) {
        const parts = await Promise.all(lines.map((l) => runIsolated([l])));
        return parts.flat();
      }
      return [crashRecord(lines[0], e as Error)];
    }
  };
  const submit = async (lines: LineTask[], bytes: number) => {
    const id = seq++;
    const p = runIsolated(lines)
      .then((results) => done.set(id, { results, bytes, last: lines[lines.length - 1].line }))
      .then(flush);
    inflight.add(p);
    const forget = () => inflight.delete(p);
    p.then(forget, forget);
    // Bound both the work in flight and the finished chunks held back behind a slow earlier one.
    while (inflight.size >= limit || (inflight.size > 0 && seq - nextToWrite >= limit * 4)) {
      await Promise.race(inflight);
    }
    if (drain) await drain;
  };

  // Line splitting over raw chunks: handles \n and \r\n, a BOM, huge lines (dropped unread) and a last
  // line without a newline.
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let pendingBytes = 0;
  let oversize = 0; // >0: the current line is too large; counts its characters and keeps none
  let lineNo = 0;
  let chunk: LineTask[] = [];
  let chunkChars = 0;
  let chunkBytes = 0;
  const pushLine = async (text: string | null, length: number, bytes: number, unterminated = false) => {
    lineNo++;
    if (lineNo === 1 && text?.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text?.endsWith('\r')) text = text.slice(0, -1);
    if (text !== null && isBlank(text)) {
      // JSON Lines readers skip blank lines: no record, but the line numbers still count them
      chunkBytes += bytes;
      return;
    }
    const task: LineTask = { line: lineNo, text, length };
    if (unterminated) task.unterminated = true;
    chunk.push(task);
    chunkChars += text?.length ?? 0;
    chunkBytes += bytes;
    if (chunk.length >= CHUNK_LINES || chunkChars >= CHUNK_CHARS) {
      const c = chunk;
      const b = chunkBytes;
      chunk = [];
      chunkChars = 0;
      chunkBytes = 0;
      await submit(c, b);
    }
  };

  let readError: Error | null = null;
  try {
    for await (const buf of input as AsyncIterable<Buffer | string>) {
      if (stopping) break;
      const s = typeof buf === 'string' ? buf : decoder.write(buf);
      const bufBytes = typeof buf === 'string' ? Buffer.byteLength(buf) : buf.length;
      let from = 0;
      let consumed = 0;
      for (let nl = s.indexOf('\n', from); nl !== -1; nl = s.indexOf('\n', from)) {
        const piece = s.slice(from, nl);
        const pieceBytes = Buffer.byteLength(piece) + 1;
        consumed += pieceBytes;
        if (oversize > 0) {
          await pushLine(null, oversize + piece.length, pendingBytes + pieceBytes);
        } else {
          const line = pending + piece;
          await pushLine(line.length > lineLimit ? null : line, line.length, pendingBytes + pieceBytes);
        }
        pending = '';
        pendingBytes = 0;
        oversize = 0;
        from = nl + 1;
        if (stopping) break;
      }
      if (stopping) break;
      const rest = s.slice(from);
      pendingBytes += bufBytes - consumed;
      if (oversize > 0) oversize += rest.length;
      else if (pending.length + rest.length > lineLimit) {
        oversize = pending.length + rest.length;
        pending = '';
      } else pending += rest;
    }
  } catch (e) {
    if (!stopping) readError = e as Error;
  }
  if (!stopping && !readError) {
    const tail = pending + decoder.end();
    if (oversize > 0) await pushLine(null, oversize + tail.length, pendingBytes, true);
    else if (tail !== '') await pushLine(tail, tail.length, pendingBytes, true);
  }
  if (chunk.length > 0 && !interrupted && !outputFailed) await submit(chunk, chunkBytes);

  await Promise.all(inflight);
  flush();
  if (drain) await drain;
  bar?.update(interrupted ? bytesDone : totalBytes, { records: written, etaText: '0s' });
  bar?.stop();
  await pool.destroy();
  process.off('SIGINT', onSigint);
  process.off('SIGTERM', onSigterm);
  if (outFd !== null && !out.destroyed) {
    const finished = settled(out, 'finish');
    out.end();
    await finished;
  }

  const secs = (Date.now() - t0) / 1000;
  const rate = secs > 0 ? written / secs : 0;
  const failed = outputFailed as (Error & { code?: string }) | null;
  if (failed) {
    // the reader went away (| head): stop quietly; anything else (disk full, I/O error) is said
    if (failed.code === 'EPIPE') return EXIT.PIPE;
    stderr.write(
      `depeche: cannot write ${opts.output ?? 'standard output'}: ${failed.message}; the records written before it are complete\n`,
    );
    return EXIT.FAILURE;
  }
  if (readError) {
    stderr.write(`depeche: error reading ${opts.input}: ${readError.message}\n`);
    return EXIT.NO_INPUT;
  }
  if (!opts.quiet) {
    const where = opts.output ? ` -> ${opts.output}` : '';
    const status = interrupted
      ? `interrupted: wrote ${written} complete records (input lines 1-${lastLineWritten})`
      : `${written} records`;
    stderr.write(
      `depeche batch: ${status}, ${errors} error record${errors === 1 ? '' : 's'}, ${secs.toFixed(1)} s, ${rate.toFixed(0)} articles/s, ${concurrency} worker${concurrency === 1 ? '' : 's'}${where}\n`,
    );
  }
  if (interrupted) return EXIT.INTERRUPTED;
  return errors > 0 ? EXIT.BAD_INPUT : EXIT.OK;
}

function fstatOrNull(fd: number): Stats | null {
  try {
    return fstatSync(fd);
  } catch {
    return null;
  }
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** The error record of a line whose worker died twice (once with its chunk, once alone). */
function crashRecord(l: LineTask, e: Error & { code?: string }): LineResult {
  const rec: Record<string, unknown> = { line: l.line };
  const id = idOf(l.text);
  if (id !== undefined) rec.id = id;
  const oom = e.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory/i.test(e.message);
  rec.error = oom
    ? `out of memory: the worker analysing this line ran out of memory (${e.message})`
    : `internal error: the worker analysing this line stopped (${e.message})`;
  return { json: JSON.stringify(rec), error: true };
}

/** The id of a JSON line, if it has a string or finite number id. */
function idOf(text: string | null): string | number | undefined {
  if (text === null) return undefined;
  try {
    const v = JSON.parse(text) as { id?: unknown };
    const id = typeof v === 'object' && v !== null ? v.id : undefined;
    if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) return id;
  } catch {
    // not JSON: no id
  }
  return undefined;
}
