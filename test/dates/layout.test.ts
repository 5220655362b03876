/**
 * The layout of the date stage (issue 16): one file per family of patterns, small files, every rule id
 * made in one file, French word lists as data (data/dates/*.txt), never inline and never twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../src/dates/scan/index.js';

const root = join(import.meta.dirname, '..', '..');
const dateDir = join(root, 'src', 'dates');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

describe('date stage layout', () => {
  const files = sources(dateDir);

  it('has no source file over 400 lines', () => {
    const long = files
      .map((f) => [f.slice(root.length + 1), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 400);
    expect(long).toEqual([]);
  });

  it('makes every rule id in exactly one file of src/dates/scan/', () => {
    const where = new Map<string, Set<string>>();
    for (const f of sources(join(dateDir, 'scan'))) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:emit|withTime)\([^;]*?,\s*'([a-z0-9+-]+)',?\s*\)/g)) {
        if (!where.has(m[1])) where.set(m[1], new Set());
        where.get(m[1])!.add(f.slice(dateDir.length + 1));
      }
    }
    expect(where.size).toBeGreaterThan(40);
    const shared = [...where].filter(([, fs]) => fs.size > 1).map(([r, fs]) => `${r}: ${[...fs].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('defines no French word set inline (they are data/dates/*.txt lists)', () => {
    const inline = files.filter((f) => /new Set(?:<string>)?\(\[\s*['"]/.test(readFileSync(f, 'utf8')));
    expect(inline.map((f) => f.slice(root.length + 1))).toEqual([]);
  });

  it('has no two data/dates lists with the same words', () => {
    const dir = join(root, 'data', 'dates');
    const seen = new Map<string, string>();
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const words = readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .sort()
        .join('\n');
      expect(seen.get(words), `${f} repeats ${seen.get(words)}`).toBeUndefined();
      seen.set(words, f);
    }
  });

  it('asks the families in one visible order, each with rules', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(10);
    for (const f of FAMILIES) expect(f.rules.length).toBeGreaterThan(0);
  });
});
