import { describe, expect, it } from 'vitest';
import { meanRouge, rouge, rougeTokens } from '../../src/eval/index.js';

describe('rougeTokens', () => {
  const table: [string, 'rouge-score' | 'fr', string[]][] = [
    // lowercase, non-[a-z0-9] runs become one space: é, è, ë, ' and punctuation all vanish
    ["L'élève a été puni.", 'rouge-score', ['l', 'l', 've', 'a', 't', 'puni']],
    ["L'été à Noël", 'rouge-score', ['l', 't', 'no', 'l']],
    ['Le 14 juillet 2020, 30,4 %', 'rouge-score', ['le', '14', 'juillet', '2020', '30', '4']],
    ['', 'rouge-score', []],
    [' ... ', 'rouge-score', []],
    // accent-preserving: runs of letters and digits, lowercased
    ["L'élève a été puni.", 'fr', ['l', 'élève', 'a', 'été', 'puni']],
    ["L'ÉTÉ à Noël", 'fr', ['l', 'été', 'à', 'noël']],
    ["Le 14 juillet 2020, c'était", 'fr', ['le', '14', 'juillet', '2020', 'c', 'était']],
    ['', 'fr', []],
  ];
  for (const [text, tok, expected] of table) {
    it(`${tok}: ${JSON.stringify(text)}`, () => expect(rougeTokens(text, tok)).toEqual(expected));
  }
  it('the decomposed and composed forms of é are the same fr token', () => {
    expect(rougeTokens('e\u0301te\u0301', 'fr')).toEqual(['été']);
  });
});

describe('rouge (hand-computed)', () => {
  it('Lin-style example: one inserted word', () => {
    // cand: the cat was found under the bed (7 tokens); ref: the cat was under the bed (6)
    // R1: the 2/2, cat, was, under, bed -> 6 hits; P 6/7, R 6/6, F 2(6/7)(1)/(13/7) = 12/13
    // R2: cand bigrams 6, ref 5; common: the-cat, cat-was, under-the, the-bed = 4; P 4/6, R 4/5, F 8/11
    // RL: LCS = the cat was under the bed = 6; as R1
    const s = rouge('the cat was found under the bed', 'the cat was under the bed');
    expect(s.rouge1.precision).toBeCloseTo(6 / 7, 10);
    expect(s.rouge1.recall).toBe(1);
    expect(s.rouge1.f1).toBeCloseTo(12 / 13, 10);
    expect(s.rouge2.precision).toBeCloseTo(4 / 6, 10);
    expect(s.rouge2.recall).toBeCloseTo(4 / 5, 10);
    expect(s.rouge2.f1).toBeCloseTo(8 / 11, 10);
    expect(s.rougeL.f1).toBeCloseTo(12 / 13, 10);
  });

  it('accents: the two tokenisations differ', () => {
    // rouge-score: cand [l l ve a t puni] (6), ref [l l ve est puni] (5)
    //   R1 hits l×2, ve, puni = 4: P 4/6, R 4/5, F 8/11
    //   R2 cand {l-l, l-ve, ve-a, a-t, t-puni} (5), ref {l-l, l-ve, ve-est, est-puni} (4): 2 hits, F 2(.4)(.5)/.9 = 4/9
    // fr: cand [l élève a été puni] (5), ref [l élève est puni] (4)
    //   R1 hits l, élève, puni = 3: P 3/5, R 3/4, F 2/3
    //   R2 cand 4 bigrams, ref 3, common l-élève: P 1/4, R 1/3, F 2/7
    //   RL: LCS l élève puni = 3 -> as R1
    const cand = "L'élève a été puni.";
    const ref = "L'élève est puni.";
    const a = rouge(cand, ref, { tokenizer: 'rouge-score' });
    expect(a.rouge1.f1).toBeCloseTo(8 / 11, 10);
    expect(a.rouge2.f1).toBeCloseTo(4 / 9, 10);
    const b = rouge(cand, ref, { tokenizer: 'fr' });
    expect(b.rouge1.precision).toBeCloseTo(3 / 5, 10);
    expect(b.rouge1.recall).toBeCloseTo(3 / 4, 10);
    expect(b.rouge1.f1).toBeCloseTo(2 / 3, 10);
    expect(b.rouge2.f1).toBeCloseTo(2 / 7, 10);
    expect(b.rougeL.f1).toBeCloseTo(2 / 3, 10);
  });

  it('summary-level ROUGE-L is the union of LCS hits (Lin 2004, §3.2 example)', () => {
    // r = a b c d e; c1 = a b f g h -> LCS a b; c2 = a c h i e -> LCS a c e; union {a b c e} = 4 hits
    // P 4/10, R 4/5, F 2(.4)(.8)/1.2 = 8/15
    // R1 (sentences ignored): a min(2,1), b, c, e = 4 -> same P/R
    // R2: cand flat a b f g h a c h i e has 9 bigrams, ref 4; common a-b only: P 1/9, R 1/4
    const s = rouge(['a b f g h', 'a c h i e'], 'a b c d e');
    expect(s.rougeL.precision).toBeCloseTo(4 / 10, 10);
    expect(s.rougeL.recall).toBeCloseTo(4 / 5, 10);
    expect(s.rougeL.f1).toBeCloseTo(8 / 15, 10);
    expect(s.rouge1.recall).toBeCloseTo(4 / 5, 10);
    expect(s.rouge2.precision).toBeCloseTo(1 / 9, 10);
    expect(s.rouge2.recall).toBeCloseTo(1 / 4, 10);
    // a string with line breaks is the same list of sentences
    expect(rouge('a b f g h\na c h i e', 'a b c d e')).toEqual(s);
    // as ONE sentence, LCS(a b c d e, a b f g h a c h i e) = a b c e too (4), but it is a different path
    expect(rouge('a b f g h a c h i e', 'a b c d e').rougeL.recall).toBeCloseTo(4 / 5, 10);
  });

  it('summary-level hits are clipped by token counts', () => {
    // ref sentences "a b" and "a c"; cand "a". Each ref sentence's LCS with the cand is {a},
    // but the cand has only one a: 1 hit, not 2. P 1/1, R 1/4, F 2(1)(.25)/1.25 = 0.4
    const s = rouge(['a'], ['a b', 'a c']);
    expect(s.rougeL.precision).toBe(1);
    expect(s.rougeL.recall).toBeCloseTo(1 / 4, 10);
    expect(s.rougeL.f1).toBeCloseTo(0.4, 10);
  });

  it('identical, disjoint and empty texts', () => {
    const same = rouge('Le chat dort.', 'le CHAT dort');
    for (const k of ['rouge1', 'rouge2', 'rougeL'] as const)
      expect(same[k]).toEqual({ precision: 1, recall: 1, f1: 1 });
    const none = rouge('un deux', 'trois quatre');
    for (const k of ['rouge1', 'rouge2', 'rougeL'] as const) expect(none[k].f1).toBe(0);
    const empty = rouge('', 'le chat');
    for (const k of ['rouge1', 'rouge2', 'rougeL'] as const)
      expect(empty[k]).toEqual({ precision: 0, recall: 0, f1: 0 });
    // one word: no bigram on either side -> ROUGE-2 is 0, ROUGE-1 is 1
    expect(rouge('chat', 'chat').rouge2.f1).toBe(0);
    expect(rouge('chat', 'chat').rouge1.f1).toBe(1);
  });

  it('meanRouge is the macro average', () => {
    // doc 1: identical (all 1); doc 2: disjoint (all 0) -> 0.5 everywhere
    const m = meanRouge([rouge('a b', 'a b'), rouge('c', 'd')]);
    expect(m.rouge1.f1).toBe(0.5);
    expect(m.rouge2.precision).toBe(0.5);
    expect(m.rougeL.recall).toBe(0.5);
    expect(meanRouge([]).rouge1.f1).toBe(0);
  });
});
