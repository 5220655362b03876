/**
 * No stage needs the Doc's Token objects: analyze() and every public stage given a Doc read its token
 * table, never `doc.tokens`. createDoc is wrapped (module mock) so that every Doc it makes counts the reads
 * of its lazy `tokens` property; the counter must stay at 0 through a whole analysis.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const reads = vi.hoisted(() => ({ tokens: 0, docs: 0 }));

vi.mock('../../src/doc/create.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/doc/create.js')>();
  return {
    ...mod,
    createDoc: (...args: Parameters<typeof mod.createDoc>) => {
      const doc = mod.createDoc(...args);
      const lazy = Object.getOwnPropertyDescriptor(doc, 'tokens');
      if (lazy?.get === undefined) throw new Error('createDoc() made its tokens up front');
      reads.docs++;
      Object.defineProperty(doc, 'tokens', {
        get() {
          reads.tokens++;
          return lazy.get?.call(doc);
        },
        set: lazy.set,
        enumerable: true,
        configurable: true,
      });
      return doc;
    },
  };
});

const lib = await import('../../src/index.js');
const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const articles = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(fixtures, f), 'utf8'));

describe('the stages never build the Token objects of a Doc', () => {
  it('the wrapper counts a read (sanity check)', () => {
    reads.tokens = 0;
    const doc = lib.createDoc('Il pleut sur Paris.');
    expect(reads.tokens).toBe(0);
    expect(doc.tokens.length).toBe(5);
    expect(reads.tokens).toBe(1);
  });

  it('analyze() on every fixture article, every stage on, reads no doc.tokens', () => {
    reads.tokens = 0;
    reads.docs = 0;
    for (const body of articles) {
      const a = lib.analyze({ title: 'Un titre', body, publishedAt: '2025-11-25' }, { quotes: true });
      expect(a.stats.tokens).toBeGreaterThan(0);
    }
    expect(reads.docs).toBeGreaterThanOrEqual(articles.length);
    expect(reads.tokens).toBe(0);
  });

  it('analyze() on hostile shapes (quotes, brackets, initials, clitics, number ranges) reads no doc.tokens', () => {
    reads.tokens = 0;
    const shapes = [
      '« '.repeat(500),
      '( ) '.repeat(500),
      'A. '.repeat(500),
      'a-t-il '.repeat(300),
      'du 3-5 mars 2019-2020, de 9h30-11h00 '.repeat(30),
      '"Je viens", a dit M. Dupont. '.repeat(50),
    ];
    for (const s of shapes) lib.analyze(s, { quotes: true });
    expect(reads.tokens).toBe(0);
  });

  it('each public stage given a Doc reads no doc.tokens', () => {
    const body = articles[0];
    const doc = lib.createDoc(body);
    reads.tokens = 0;
    const entities = lib.extractEntities(doc, { referenceDate: '2025-11-25' });
    lib.groupEntities(entities);
    lib.extractDates(doc, { referenceDate: '2025-11-25' });
    lib.tagTopics(doc);
    lib.summarize(doc);
    lib.detectLanguage(doc);
    lib.extractQuotes(doc, { entities });
    expect(lib.isDoc(doc)).toBe(true);
    expect(reads.tokens).toBe(0);
  });
});
