/**
 * analyze() tokenises once: every stage reads the same Doc. Counts calls to the tokenizer's scanner and to
 * createDoc through module mocks that wrap the real functions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readFlagship } from '../../fixtures/flagship.js';

const calls = vi.hoisted(() => ({ createDoc: 0, scanTokens: 0 }));

vi.mock('../../src/doc/create.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/doc/create.js')>();
  return {
    ...mod,
    createDoc: (...args: Parameters<typeof mod.createDoc>) => {
      calls.createDoc++;
      return mod.createDoc(...args);
    },
  };
});
vi.mock('../../src/tokenize/tokenizer.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/tokenize/tokenizer.js')>();
  return {
    ...mod,
    scanTokens: (...args: Parameters<typeof mod.scanTokens>) => {
      calls.scanTokens++;
      return mod.scanTokens(...args);
    },
  };
});

const { analyze } = await import('../../src/index.js');
// a long real article: the flagship when ../shared/data is there, else a Wikinews fixture
const body =
  readFlagship() ??
  readFileSync(
    join(import.meta.dirname, '..', '..', 'fixtures', 'wikinews-exoplanetes-nasa-2017-02-23.txt'),
    'utf8',
  );

describe('analyze() shares one tokenisation', () => {
  it('the mocks see direct calls (sanity check)', async () => {
    const { createDoc } = await import('../../src/index.js');
    calls.createDoc = 0;
    calls.scanTokens = 0;
    createDoc('Un texte.');
    expect(calls).toEqual({ createDoc: 1, scanTokens: 1 });
  });
  it('tokenises the article once for all stages', () => {
    analyze('Les stages chargent leurs modèles au premier appel (qui peut tokeniser leurs listes).');
    calls.createDoc = 0;
    calls.scanTokens = 0;
    const a = analyze({ title: 'Interpol à Marrakech', body, publishedAt: '2025-11-25' });
    expect(a.entities?.length).toBeGreaterThan(0);
    expect(a.dates?.length).toBeGreaterThan(0);
    expect(a.topics?.length).toBeGreaterThan(0);
    expect(a.summary?.sentences.length).toBeGreaterThan(0);
    expect(a.language?.lang).toBe('fr');
    expect(calls).toEqual({ createDoc: 1, scanTokens: 1 });
  });
});
