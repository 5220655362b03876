/**
 * A memo of per-word values whose memory stays bounded however long a process runs: two generations of
 * at most `generation` entries each. New entries go to the young generation; when it is full it becomes
 * the old one and the previous old generation is dropped. A value found in the old generation is moved to
 * the young one, so the words of every article (the frequent ones) are never recomputed, while the long
 * tail of rare words (names, typos) comes and goes. A worker that analyses millions of articles holds at
 * most `2 × generation` entries; a plain map held every word form it ever saw (about 160,000 after 24,000
 * news articles, and still growing).
 * @internal
 */
export class WordCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly generation: number) {}

  /** The value of `key`, or undefined. */
  get(key: string): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined || this.old.size === 0) return v;
    const o = this.old.get(key);
    if (o !== undefined) this.set(key, o);
    return o;
  }

  /** Stores `value` for `key` in the young generation (which may turn it into the old one first). */
  set(key: string, value: V): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** Entries held, both generations (a word moved from the old one counts twice until it is dropped). */
  get size(): number {
    return this.young.size + this.old.size;
  }
}
