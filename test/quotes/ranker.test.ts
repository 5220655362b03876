/**
 * The speaker ranker (src/quotes/ranker.ts): the candidates it lists for a direct quotation, their features, and
 * what switching it on changes. The weights here are written for each test (the learned ones live in
 * data/quotes/speaker-ranker.json and are measured by scripts/train/quotes-ranker.ts, not here).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  collectSpeakerCandidates,
  type RankItem,
  rankerActive,
  useSpeakerRanker,
} from '../../src/quotes/ranker.js';
import type { Quote } from '../../src/quotes/types.js';
import { quotes } from './speaker-table.js';

/** The candidates of every direct quotation of `text`, and the rules' quotations. */
function candidates(text: string): { items: RankItem[]; quotes: readonly Quote[] } {
  let got: { items: RankItem[]; quotes: readonly Quote[] } = { items: [], quotes: [] };
  collectSpeakerCandidates((items, qs) => {
    got = { items, quotes: qs };
  });
  try {
    quotes(text);
  } finally {
    collectSpeakerCandidates(undefined);
  }
  return got;
}

const TWO =
  'Anne Durand a pris la parole devant les élus. Paul Girard est resté silencieux. « Nous irons jusqu’au bout », a-t-elle déclaré.';

afterEach(() => useSpeakerRanker(undefined));

describe('speaker candidates', () => {
  it('lists the rules’ speaker first, then nobody, then the persons named near the quotation', () => {
    const { items, quotes: qs } = candidates(TWO);
    expect(items).toHaveLength(1);
    const [rule, none, ...alts] = items[0].candidates;
    expect(rule.source).toBe('rule');
    expect(rule.speaker).toEqual(qs[items[0].quote].speaker);
    expect(none).toMatchObject({ source: 'null', speaker: null });
    expect(alts.map((c) => c.source)).toEqual(alts.map(() => 'alt'));
    // the rules give "elle" to Anne Durand; the other person named is the alternative, on the same pronoun
    expect(rule.speaker?.entity).toBe('Anne Durand');
    expect(alts.map((c) => c.speaker?.entity)).toEqual(['Paul Girard']);
    expect(alts[0].speaker?.text).toBe('elle');
  });

  it('describes each candidate by where it stands and how the rules resolved the quotation', () => {
    const { items } = candidates(TWO);
    const [rule, , alt] = items[0].candidates;
    expect(rule.features).toContain('r:kind=pron');
    expect(rule.features).toContain('r:cue');
    // Anne Durand: subject two sentences back, the second person back; Paul Girard: subject of the sentence before
    expect(rule.features).toEqual(expect.arrayContaining(['p:sb=2', 'p:subj-b2', 'p:rankb=1']));
    expect(alt.features).toContain('a:kind=pron');
    expect(alt.features).toEqual(expect.arrayContaining(['p:sb=1', 'p:subj-b1', 'p:rankb=0']));
    // "elle" and a man: the gender disagrees
    expect(alt.features).toContain('p:disagree');
    expect(rule.features).toContain('p:agree');
  });

  it('leaves a description the rules linked to them: no other person competes with it', () => {
    const text =
      'Rémy Heitz, procureur de Paris, a parlé. Me Eric Morain, avocat de la famille, a répondu. « Nous irons jusqu’au bout », a déclaré le procureur.';
    const { items } = candidates(text);
    expect(items[0].candidates[0].speaker?.entity).toBe('Rémy Heitz');
    expect(items[0].candidates.map((c) => c.source)).toEqual(['rule', 'null']);
  });

  it('builds no candidate while the ranker is off and nobody collects them', () => {
    expect(rankerActive()).toBe(false);
    useSpeakerRanker({ 'a:bias': 1 });
    expect(rankerActive()).toBe(true);
    useSpeakerRanker(undefined);
    expect(rankerActive()).toBe(false);
  });
});

describe('work', () => {
  it('grows with the text, not with its square: ten times the text, about ten times the features', () => {
    const first = ['Anne', 'Paul', 'Marie', 'Jean', 'Claire', 'Louis', 'Sophie', 'Marc'];
    const last = [
      'Durand',
      'Girard',
      'Morel',
      'Lefèvre',
      'Garnier',
      'Rousseau',
      'Blanc',
      'Fournier',
      'Chevalier',
    ];
    const unit = (i: number) =>
      `${first[i % first.length]} ${last[i % last.length]} a pris la parole. « Nous irons jusqu’au bout », a-t-il dit. « Rien ne change », a-t-elle ajouté. `;
    const featuresOf = (n: number) => {
      let text = '';
      for (let i = 0; i < n; i++) text += unit(i);
      const { items } = candidates(text);
      expect(items.length).toBe(2 * n);
      return items.reduce((a, it) => a + it.candidates.reduce((b, c) => b + c.features.length, 0), 0);
    };
    const small = featuresOf(40);
    const large = featuresOf(400);
    expect(large / small).toBeGreaterThan(8);
    expect(large / small).toBeLessThan(12);
  });
});

describe('switching the ranker on', () => {
  it('keeps the rules’ speakers with weights that favour nobody else (ties go to the rules)', () => {
    const before = quotes(TWO).map((q) => q.speaker);
    useSpeakerRanker({ 'p:type=PER': 1 });
    expect(quotes(TWO).map((q) => q.speaker)).toEqual(before);
  });

  it('takes the best-scoring candidate: the other person, or nobody', () => {
    useSpeakerRanker({ 'a:bias': 2 });
    expect(quotes(TWO)[0].speaker?.entity).toBe('Paul Girard');
    useSpeakerRanker({ 'n:bias': 2 });
    expect(quotes(TWO)[0].speaker).toBeNull();
  });

  it('gives speakers whose spans are the text, whatever the weights', () => {
    const texts = [
      TWO,
      '« Nous tiendrons », a déclaré le ministre de l’Intérieur Christophe Castaner. Le gouvernement a réagi. « Rien ne change », a affirmé Édouard Philippe. « On verra », a-t-il ajouté.',
      'La SNCF a réagi. « Le trafic reprendra demain », indique-t-elle. Selon Marie Dupont, « rien n’est sûr ».',
    ];
    const names = ['a:bias', 'n:bias', 'r:bias', 'p:sb=0', 'p:sb=1', 'p:agree', 'p:type=ORG', 'p:subj-b1'];
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), {
          minLength: names.length,
          maxLength: names.length,
        }),
        (text, ws) => {
          useSpeakerRanker(Object.fromEntries(names.map((n, i) => [n, ws[i]])));
          for (const q of quotes(text)) {
            expect(text.slice(q.start, q.end)).toBe(q.text);
            if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
          }
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });
});
