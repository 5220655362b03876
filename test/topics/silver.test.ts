import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// data/topics/silver/: our labels of OrangeSum train articles from two annotation passes (no article text)
const file = join(import.meta.dirname, '..', '..', 'data', 'topics', 'silver', 'labels-train-200.jsonl');
const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { id: string; a: string[]; b: string[]; both: string[]; one: string[] });

describe('silver topic labels (data/topics/silver/labels-train-200.jsonl)', () => {
  it('holds 200 distinct OrangeSum articles, labels only', () => {
    expect(lines.length).toBe(200);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    for (const l of lines) {
      expect(l.id).toMatch(/^orangesum-\d+$/);
      expect(Object.keys(l).sort()).toEqual(['a', 'b', 'both', 'id', 'one']);
    }
  });

  it('splits every code a pass gave into agreed or disputed, never both', () => {
    for (const l of lines) {
      for (const c of [...l.a, ...l.b, ...l.both, ...l.one]) expect(c).toMatch(/^medtop:\d{8}$/);
      expect(l.both.filter((c) => l.one.includes(c))).toEqual([]);
      for (const c of [...l.a, ...l.b]) expect([...l.both, ...l.one]).toContain(c);
      // a code both passes gave as given is agreed
      for (const c of l.a.filter((x) => l.b.includes(x))) expect(l.both).toContain(c);
    }
  });
});
