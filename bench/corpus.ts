/**
 * Text for benchmarks: real French news from ../shared/data/news/orangesum (valid split), or the
 * fixture articles when the shared corpora are absent (said on stderr).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type OrangeSumRow, readJsonl, sharedPath } from '../scripts/lib/shared-data.js';

/** Up to `count` French news articles (title + body as one text). */
export function newsTexts(count = 500): string[] {
  const p = sharedPath('news', 'orangesum', 'valid.jsonl.gz');
  if (existsSync(p)) {
    return readJsonl<OrangeSumRow>(p, count).map((r) => `${r.title}\n\n${r.text}`);
  }
  console.error('[bench] ../shared/data is missing: benchmarking on the fixture articles instead');
  const dir = join(import.meta.dirname, '..', 'fixtures');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const out: string[] = [];
  while (out.length < count && texts.length > 0) out.push(texts[out.length % texts.length]);
  return out;
}

/** Runs `fn` over `items` repeatedly for at least `minMs` and returns items per second. */
export function throughput<T>(items: readonly T[], fn: (item: T) => unknown, minMs = 1000): number {
  for (let i = 0; i < Math.min(items.length, 20); i++) fn(items[i]); // warm up
  let done = 0;
  const t0 = performance.now();
  let dt = 0;
  do {
    for (const it of items) fn(it);
    done += items.length;
    dt = performance.now() - t0;
  } while (dt < minMs);
  return (done / dt) * 1000;
}

/** Formats a number with thousands separators. */
export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** The median of `xs` (the mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
