/**
 * One job's analysis, in an analysis thread: {@link work} analyses the article and serialises the analysis
 * to JSON here, in the thread, once: that text is the job's return value, stored without being parsed or
 * serialised again (see ./json-result.ts). It never throws: the outcome says whether a failure is
 * permanent (the article can never be analysed) or may pass on a retry.
 */
import { type AnalyzeOptions, analyze } from '../index.js';

/** One article and the worker's analysis options. @internal */
export interface ThreadTask {
  article: unknown;
  options: AnalyzeOptions;
}

/** The analysis as JSON text (`JSON.stringify(analyze(article, options))`), or why there is none. @internal */
export type ThreadOutcome = { ok: true; json: string } | { ok: false; permanent: boolean; message: string };

export default function work(task: ThreadTask): ThreadOutcome {
  try {
    return { ok: true, json: JSON.stringify(analyze(task.article as { body: string }, task.options)) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    // analyze() throws TypeError / RangeError for inputs it rejects: retrying cannot help.
    const permanent = err instanceof TypeError || err instanceof RangeError;
    const message = err.message.replace(/^depeche: /, '');
    return { ok: false, permanent, message: permanent ? message : `internal error: ${message}` };
  }
}
