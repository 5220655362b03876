import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { createDoc } from '../../src/doc/index.js';

/** Monday 24 November 2025 (ISO week 48). */
const REF = '2025-11-24';

// The phrase tables (sentence, reference date, expected mentions) are data: test/dates/phrases.tsv,
// read by test/dates/phrases.test.ts.

describe('extractDates: contract and shape', () => {
  it('offsets slice the input exactly, sorted by start', () => {
    const text = 'Hier soir, vers 21 h 45, puis lundi 24 novembre à 14 h 30, et chaque année depuis 1998.';
    const ms = extractDates(text, { referenceDate: REF });
    expect(ms.length).toBeGreaterThan(3);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (let k = 1; k < ms.length; k++) expect(ms[k].start).toBeGreaterThanOrEqual(ms[k - 1].end);
  });
  it('accepts a Doc and gives the same result', () => {
    const text = 'Il est arrivé hier, il repart le 3 décembre.';
    expect(extractDates(createDoc(text), { referenceDate: REF })).toEqual(
      extractDates(text, { referenceDate: REF }),
    );
  });
  it('accepts a Date reference (read in UTC)', () => {
    expect(extractDates('hier', { referenceDate: new Date(Date.UTC(2025, 10, 24, 9)) })[0].value).toBe(
      '2025-11-23',
    );
  });
  it('without a reference date, relative values stay unresolved and say so', () => {
    const [h] = extractDates('Il est arrivé hier.');
    expect(h.value).toBe('XXXX-XX-XX');
    expect(h.rule).toMatch(/:unresolved$/);
    expect(extractDates('Il viendra lundi prochain.')[0].value).toBe('XXXX-WXX-1');
    expect(extractDates('Il a été élu le 3 mars.')[0].value).toBe('XXXX-03-03');
    const [abs] = extractDates('Le 24 novembre 2025.');
    expect(abs.value).toBe('2025-11-24');
    expect(abs.rule).not.toMatch(/unresolved/);
  });
  it('gives ranges for periods and intervals', () => {
    const week = extractDates('cette semaine', { referenceDate: REF })[0];
    expect(week.range).toEqual({ start: '2025-11-24', end: '2025-11-30' });
    const fin = extractDates('fin novembre', { referenceDate: REF })[0];
    expect(fin.value).toBe('2025-11');
    expect(fin.range).toEqual({ start: '2025-11-21', end: '2025-11-30' });
    const [a, b] = extractDates('du 24 au 27 novembre', { referenceDate: REF });
    expect(a.range).toEqual({ start: '2025-11-24', end: '2025-11-27' });
    expect(b.range).toEqual(a.range);
    const summer = extractDates('l’été 2024', { referenceDate: REF })[0];
    expect(summer.range).toEqual({ start: '2024-06-21', end: '2024-09-21' });
    const span = extractDates('les trois derniers mois', { referenceDate: REF })[0];
    expect(span).toMatchObject({
      type: 'DURATION',
      value: 'P3M',
      range: { start: '2025-08-01', end: '2025-10-31' },
    });
  });
  it('empty text gives nothing; wrong types throw TypeError', () => {
    expect(extractDates('', { referenceDate: REF })).toEqual([]);
    expect(extractDates('   ')).toEqual([]);
    expect(() => extractDates(42 as unknown as string)).toThrow(TypeError);
    expect(() => extractDates(null as unknown as string)).toThrow(/extractDates\(\)/);
    expect(() => extractDates('hier', 'x' as unknown as object)).toThrow(TypeError);
  });
  it('an invalid reference date throws a RangeError naming it (test/dates/reference.test.ts has the contract)', () => {
    expect(() => extractDates('hier', { referenceDate: 'pas une date' })).toThrow(
      /extractDates\(\) referenceDate "pas une date" is not an ISO 8601 date/,
    );
  });
});
