/** Worker-thread entry of `depeche batch` (built to dist/worker.js): analyses one chunk of lines. */
import { type BatchTask, type LineResult, processChunk } from './record.js';

export default function work(task: BatchTask): LineResult[] {
  return processChunk(task);
}
