/**
 * The reference-date contract (issue 14 / issue 19 item 7): every function reads `referenceDate` /
 * `publishedAt` with one parser and throws the same RangeError naming the argument it got; the result never
 * depends on the machine's time zone.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { extractDates } from '../../src/dates/index.js';
import { extractEntities } from '../../src/ner/index.js';

const TEXT = 'Il est arrivé hier.';
const hier = (ref: string | Date) => extractDates(TEXT, { referenceDate: ref })[0]?.value;

const INVALID: [string, string | Date][] = [
  ['a French day/month/year', '25/11/2025'],
  ['a word', 'bad'],
  ['an empty string', ''],
  ['30 February', '2025-02-30'],
  ['month 13', '2025-13-01'],
  ['a year before 1000', '0999-01-01'],
  ['24:30', '2025-11-25T24:30'],
  ['an RFC 2822 date with a bad month', 'Tue, 25 Foo 2025 10:00:00 +0100'],
  ['an invalid Date', new Date(Number.NaN)],
  ['a Date in year 10000', new Date(Date.UTC(10000, 0, 1))],
];

/** The message without the function's name, which is the only part allowed to differ. */
function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RangeError);
    return (e as Error).message.replace(/^depeche: \w+\(\) /, '');
  }
  throw new Error('did not throw');
}

describe('reference date: invalid values throw one RangeError naming the argument', () => {
  it.each(INVALID)('%s', (_, bad) => {
    const fromDates = messageOf(() => extractDates(TEXT, { referenceDate: bad }));
    const fromEntities = messageOf(() => extractEntities(TEXT, { referenceDate: bad, types: ['PER'] }));
    const fromAnalyzeOption = messageOf(() => analyze(TEXT, { referenceDate: bad }));
    const fromArticle = messageOf(() => analyze({ body: TEXT, publishedAt: bad }));
    expect(fromDates).toMatch(/^referenceDate /);
    expect(fromEntities).toBe(fromDates);
    expect(fromAnalyzeOption).toBe(fromDates);
    expect(fromArticle).toBe(fromDates.replace(/^referenceDate/, 'publishedAt'));
  });

  it('says why an impossible date is impossible', () => {
    expect(() => extractDates(TEXT, { referenceDate: '2025-02-30' })).toThrow(/2025-02 has 28 days/);
    expect(() => extractDates(TEXT, { referenceDate: '0999-01-01' })).toThrow(/outside 1000–9999/);
  });

  it('throws a TypeError for another type, naming the argument', () => {
    expect(() => extractDates(TEXT, { referenceDate: 20251125 as unknown as string })).toThrow(
      /extractDates\(\) expects referenceDate to be an ISO date string \(or RFC 2822\) or a Date, got number/,
    );
    expect(() => analyze({ body: TEXT, publishedAt: {} as unknown as string })).toThrow(TypeError);
  });
});

describe('reference date: accepted forms', () => {
  it.each([
    ['ISO day', '2025-11-25', '2025-11-24'],
    ['ISO with Z', '2025-11-25T10:00:00Z', '2025-11-24'],
    ['ISO with offset: the written day is kept', '2025-11-25T23:30:00-05:00', '2025-11-24'],
    ['ISO with offset and fraction', '2025-11-25T00:10:00.123+01:00', '2025-11-24'],
    ['RFC 2822', 'Tue, 25 Nov 2025 10:00:00 +0100', '2025-11-24'],
    ['RFC 2822 without weekday and seconds', '25 Nov 2025 10:00 GMT', '2025-11-24'],
    ['RFC 2822 day only', '25 Nov 2025', '2025-11-24'],
  ])('%s', (_, ref, expected) => {
    expect(hier(ref)).toBe(expected);
    expect(analyze({ body: TEXT, publishedAt: ref }).dates?.[0].value).toBe(expected);
  });

  it('reads a Date as an instant in UTC', () => {
    expect(hier(new Date('2025-11-25T23:30:00Z'))).toBe('2025-11-24');
    // 00:30 in Paris on the 25th is 23:30 UTC on the 24th: the UTC day counts
    expect(hier(new Date('2025-11-25T00:30:00+01:00'))).toBe('2025-11-23');
  });
});

describe('reference date: independent of the machine time zone', () => {
  // Node reads TZ when it starts: each zone runs in its own process, on the same inputs
  const src = pathToFileURL(join(import.meta.dirname, '..', '..', 'src')).href;
  const code = `
    import { extractDates } from '${src}/dates/index.ts';
    import { analyze } from '${src}/analyze/index.ts';
    const refs = ['2025-11-25', '2025-11-25T23:30:00-05:00', 'Tue, 25 Nov 2025 00:10:00 +1300',
      new Date('2025-11-25T23:30:00Z'), new Date('2025-12-31T23:59:00Z'), new Date('2025-11-25T00:30:00+01:00')];
    const out = refs.map((r) => [extractDates('Il est arrivé hier.', { referenceDate: r })[0].value,
      analyze({ body: 'Il est arrivé hier.', publishedAt: r }).dates[0].value].join(','));
    for (const bad of ['2025-02-30', '25/11/2025', new Date(NaN)]) {
      try { extractDates('hier', { referenceDate: bad }); out.push('accepted'); }
      catch (e) { out.push(e.constructor.name + ': ' + e.message); }
    }
    console.log(JSON.stringify({ offset: new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset(), out }));`;
  const inZone = (tz: string) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as { offset: number; out: string[] };
  };
  it('gives the same values and errors under UTC, Pacific/Apia, Europe/Paris, America/Los_Angeles', () => {
    const utc = inZone('UTC');
    expect(utc.out.slice(0, 6)).toEqual([
      '2025-11-24,2025-11-24',
      '2025-11-24,2025-11-24',
      '2025-11-24,2025-11-24',
      '2025-11-24,2025-11-24',
      '2025-12-30,2025-12-30',
      '2025-11-23,2025-11-23',
    ]);
    expect(utc.out.slice(6).every((e) => e.startsWith('RangeError: '))).toBe(true);
    for (const [tz, offset] of [
      ['Pacific/Apia', -780],
      ['Europe/Paris', -60],
      ['America/Los_Angeles', 480],
    ] as const) {
      const r = inZone(tz);
      expect(r.offset).toBe(offset); // the zone really is another one
      expect(r.out).toEqual(utc.out);
    }
  }, 30_000);
});

describe('reference date: properties', () => {
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const day = fc
    .record({
      y: fc.integer({ min: 1000, max: 9999 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .filter(({ y, m, d }) => d <= new Date(Date.UTC(y, m, 0)).getUTCDate());
  const clock = fc.record({ h: fc.integer({ min: 0, max: 23 }), mi: fc.integer({ min: 0, max: 59 }) });
  const offset = fc.constantFrom('', 'Z', '+01:00', '-05:00', '+1300', '+05:30');

  it('an ISO day, with any clock time and offset, and its RFC 2822 spelling give the same values', () => {
    fc.assert(
      fc.property(day, clock, offset, ({ y, m, d }, { h, mi }, off) => {
        const iso = `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}${off}`;
        const rfc = `${d} ${MON[m - 1]} ${y} ${pad(h)}:${pad(mi)} ${off === '' || off === 'Z' ? 'GMT' : off.replace(':', '')}`;
        const a = extractDates('hier et demain', { referenceDate: iso }).map((x) => x.value);
        const b = extractDates('hier et demain', { referenceDate: rfc }).map((x) => x.value);
        const dayOnly = extractDates('hier et demain', { referenceDate: iso.slice(0, 10) }).map(
          (x) => x.value,
        );
        expect(a).toEqual(b);
        expect(a).toEqual(dayOnly); // the written day is kept, whatever the offset
      }),
      { numRuns: 200 },
    );
  });

  it('an impossible day of the month always throws a RangeError naming referenceDate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 9 }),
        (y, m, extra) => {
          const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
          const bad = `${pad(y, 4)}-${pad(m)}-${pad(Math.min(99, last + extra))}`;
          expect(() => extractDates('hier', { referenceDate: bad })).toThrow(
            /referenceDate "[^"]+" is not an ISO 8601 date/,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
