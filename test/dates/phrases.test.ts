/**
 * Table-driven date phrases (test/dates/phrases.tsv): sentence, reference date, the expected mentions as
 * `text=value` (or `text=value/TYPE` to check the TIMEX3 type too) in text order, `;`-separated; an empty
 * third column is a false-positive case (nothing may be found). A case is added by adding a line, without
 * writing TypeScript. A `\n` in a sentence stands for a line break.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';

const rows = readFileSync(join(import.meta.dirname, 'phrases.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => {
    const [sentence, ref, expected = ''] = l.split('\t');
    // "\n" in a sentence is a line break (a title above its dateline)
    return { sentence: sentence.replaceAll('\\n', '\n'), ref, expected: expected.trim() };
  });

const TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);

/** "text=value/TYPE" -> [text, value, type?] */
function parseMention(cell: string): [string, string, string | undefined] {
  const eq = cell.indexOf('=');
  const text = cell.slice(0, eq);
  let value = cell.slice(eq + 1);
  const slash = value.lastIndexOf('/');
  let type: string | undefined;
  if (slash > 0 && TYPES.has(value.slice(slash + 1))) {
    type = value.slice(slash + 1);
    value = value.slice(0, slash);
  }
  return [text, value, type];
}

describe('date phrases (test/dates/phrases.tsv)', () => {
  it('has its cases, false positives included', () => {
    expect(rows.length).toBeGreaterThan(250);
    expect(rows.filter((r) => r.expected === '').length).toBeGreaterThan(30);
  });
  it.each(rows)('$sentence ($ref)', ({ sentence, ref, expected }) => {
    const want = expected === '' ? [] : expected.split(' ; ').map(parseMention);
    const got = extractDates(sentence, { referenceDate: ref });
    expect(got.map((m) => `${m.text}=${m.value}`)).toEqual(want.map(([t, v]) => `${t}=${v}`));
    want.forEach(([, , type], k) => {
      if (type) expect(got[k].type).toBe(type);
    });
  });
});
