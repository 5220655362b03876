/**
 * `depeche batch`: streaming JSONL in, JSONL out, analysed on a pool of worker threads (piscina).
 * One output record per input line, in input order; a bad line becomes `{ line, error }`.
 * Ctrl-C stops reading, finishes the lines already sent to the workers, writes them, and exits 130:
 * the output then holds complete records for lines 1..N and nothing else.
 */
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { SingleBar } from 'cli-progress';
import { Piscina } from 'piscina';
import type { AnalyzeOptions } from '../index.js';
import { EXIT } from './exit.js';
import type { BatchTask, LineResult, LineTask } from './record.js';

export interface BatchOptions {
  input: string;
  output?: string;
  concurrency?: number;
  progress: boolean;
  quiet: boolean;
  analyze: AnalyzeOptions;
  /** Publication date for lines without one. */
  defaultPublishedAt?: string;
}

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
  const concurrency = opts.concurrency ?? defaultConcurrency();
  const maxLength = opts.analyze.maxLength ?? 1_000_000;
  // A JSON line may escape characters (\uXXXX): allow generous room before dropping a line unread.
  const lineLimit = maxLength * 6 + 65_536;

  let input: Readable;
  let totalBytes = 0;
  if (opts.input === '-') {
    input = process.stdin;
  } else {
    try {
      const st = statSync(opts.input);
      if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      totalBytes = st.size;
    } catch (e) {
      process.stderr.write(`depeche: cannot read ${opts.input}: ${(e as Error).message}\n`);
      return EXIT.NO_INPUT;
    }
    input = createReadStream(opts.input);
  }
  const out: Writable = opts.output ? createWriteStream(opts.output) : process.stdout;
  let outputFailed: Error | null = null;
  out.on('error', (e) => {
    outputFailed = e;
    stopping = true;
    input.destroy();
  });

  const pool = new Piscina<BatchTask, LineResult[]>({
    filename: workerFile(),
    minThreads: concurrency,
    maxThreads: concurrency,
    idleTimeout: 1000,
  });

  // Progress on stderr, only for people (a TTY) and only when the input size is known.
  const showBar = opts.progress && !opts.quiet && process.stderr.isTTY === true && totalBytes > 0;
  const bar = showBar
    ? new SingleBar({
        stream: process.stderr,
        format: ' {bar} {percentage}% | {records} articles | {rate} articles/s | ETA {eta_formatted}',
        hideCursor: true,
        etaBuffer: 50,
        fps: 5,
        barCompleteChar: '█',
        barIncompleteChar: '░',
      })
    : null;
  const t0 = Date.now();
  bar?.start(totalBytes, 0, { records: 0, rate: '0' });

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
  const done = new Map<number, { results: LineResult[]; bytes: number }>();
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
      if (!out.write(text) && !drain) {
        drain = new Promise<void>((resolve) => out.once('drain', () => resolve())).then(() => {
          drain = null;
        });
      }
    }
    if (bar) {
      const secs = (Date.now() - t0) / 1000;
      bar.update(bytesDone, { records: written, rate: secs > 0 ? (written / secs).toFixed(0) : '0' });
    }
  };

  const inflight = new Set<Promise<void>>();
  const limit = concurrency * 3;
  let seq = 0;
  const submit = async (lines: LineTask[], bytes: number) => {
    const id = seq++;
    const p = pool
      .run({ lines, options: opts.analyze, defaultPublishedAt: opts.defaultPublishedAt })
      .then(
        (results) => done.set(id, { results, bytes }),
        (e: Error) =>
          done.set(id, {
            results: lines.map((l) => ({
              json: JSON.stringify({ line: l.line, error: `internal error: ${e.message}` }),
              error: true,
            })),
            bytes,
          }),
      )
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
  bar?.update(interrupted ? bytesDone : totalBytes, { records: written });
  bar?.stop();
  await pool.destroy();
  process.off('SIGINT', onSigint);
  process.off('SIGTERM', onSigterm);
  if (opts.output) await new Promise<void>((resolve) => out.end(resolve));

  const secs = (Date.now() - t0) / 1000;
  const rate = secs > 0 ? written / secs : 0;
  if (outputFailed) {
    process.stderr.write(`depeche: cannot write output: ${(outputFailed as Error).message}\n`);
    return EXIT.FAILURE;
  }
  if (readError) {
    process.stderr.write(`depeche: error reading ${opts.input}: ${readError.message}\n`);
    return EXIT.NO_INPUT;
  }
  if (!opts.quiet) {
    const where = opts.output ? ` -> ${opts.output}` : '';
    const status = interrupted
      ? `interrupted: wrote ${written} complete records (lines 1-${written})`
      : `${written} records`;
    process.stderr.write(
      `depeche batch: ${status}, ${errors} error record${errors === 1 ? '' : 's'}, ${secs.toFixed(1)} s, ${rate.toFixed(0)} articles/s, ${concurrency} worker${concurrency === 1 ? '' : 's'}${where}\n`,
    );
  }
  if (interrupted) return EXIT.INTERRUPTED;
  return errors > 0 ? EXIT.BAD_INPUT : EXIT.OK;
}
