/**
 * Table-driven date phrases (test/dates-phrases.tsv): sentence, reference date, the expected mentions as
 * `text=value` in text order. A case is added by adding a line, without writing TypeScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/dates/index.js';

const rows = readFileSync(join(import.meta.dirname, 'dates-phrases.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => {
    const [sentence, ref, expected = ''] = l.split('\t');
    return { sentence, ref, expected: expected.trim() };
  });

describe('date phrases (test/dates-phrases.tsv)', () => {
  it('has its cases', () => expect(rows.length).toBeGreaterThan(30));
  it.each(rows)('$sentence ($ref)', ({ sentence, ref, expected }) => {
    const got = extractDates(sentence, { referenceDate: ref })
      .map((m) => `${m.text}=${m.value}`)
      .join(' ; ');
    expect(got).toBe(expected);
  });
});
