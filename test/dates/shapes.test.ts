/**
 * JIT hygiene of the date scanner: every candidate's meaning has one object shape (fullSem), so that the
 * code after the scanner sees one map; and the copy reads exactly as the rule's literal did.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateAt, Scanner, type Sem, scannerTokens } from '../../src/dates/scan/index.js';
import { fullSem } from '../../src/dates/scan/types.js';
import { createDoc } from '../../src/doc/index.js';
import { tokenTable } from '../../src/doc/table.js';

const TEXTS = [
  'Le sommet s’ouvre lundi 24 novembre à 14 h 30, pendant quatre jours, et se termine le 28.',
  "Il y a trois ans, en 2019-2020, puis l'été dernier et cet hiver, les années 80 revenaient.",
  'Au XXe siècle, à Noël, la semaine prochaine, dans deux semaines, hier soir vers 20 heures.',
  'Début mars 2025, le premier trimestre, chaque lundi, mi-juillet, à la fin du mois de juin.',
];

function meanings(text: string): Sem[] {
  const doc = createDoc(text);
  const sc = new Scanner(scannerTokens(doc.text, tokenTable(doc)), doc.text);
  const out: Sem[] = [];
  for (let i = 0; i < sc.n; i++) {
    const c = candidateAt(sc, i);
    if (c) out.push(c.sem);
  }
  return out;
}

describe('date meanings: one shape', () => {
  it('every candidate of varied texts has the same keys in the same order', () => {
    const all = TEXTS.flatMap(meanings);
    expect(all.length).toBeGreaterThan(15);
    const kinds = new Set(all.map((s) => s.k));
    expect(kinds.size).toBeGreaterThan(6); // many kinds of meaning, one shape
    const keys = Object.keys(all[0]).join(',');
    for (const s of all) expect(Object.keys(s).join(',')).toBe(keys);
  });

  it('fullSem reads as the literal: same value for its fields, undefined for the others', () => {
    const value = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(undefined));
    const literal = fc.dictionary(
      fc.constantFrom(
        'y',
        'm',
        'd',
        'wd',
        'dir',
        'hour',
        'minute',
        'part',
        'n',
        'unit',
        'value',
        'type',
        's',
      ),
      value,
    );
    fc.assert(
      fc.property(fc.constantFrom('cal', 'rel', 'wd', 'unit', 'dur', 'season'), literal, (k, fields) => {
        const lit = { k, ...fields } as unknown as Sem;
        const full = fullSem(lit) as unknown as Record<string, unknown>;
        const src = lit as unknown as Record<string, unknown>;
        for (const key of Object.keys(full)) expect(full[key]).toBe(src[key]);
        for (const key of Object.keys(src)) expect(key in full).toBe(true);
      }),
    );
  });
});
