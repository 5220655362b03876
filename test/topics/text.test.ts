import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/index.js';
import {
  type Calibration,
  localFeatures,
  shippedCalibration,
  subjectProbabilities,
  textEvidence,
  textTrust,
  withText,
} from '../../src/topics/calibrate.js';
import { proposeTopics } from '../../src/topics/score.js';
import { type TextModel, textLogits, textModel } from '../../src/topics/text.js';

const model: TextModel = {
  codes: ['medtop:A', 'medtop:B'],
  codeIndex: new Map([
    ['medtop:A', 0],
    ['medtop:B', 1],
  ]),
  biases: Float64Array.of(-2, -1),
  shares: Float64Array.of(0.02, 0.1),
  weights: new Map([
    ['escroc', [0, 3]],
    ['match', [1, 2, 0, -1]],
  ]),
};

describe('subject text model (text.ts)', () => {
  it('scores log(1 + count) features, L2-normalised over the article', () => {
    const v = new Map([
      ['escroc', 3],
      ['match', 1],
      ['inconnu', 2],
    ]);
    const norm = Math.sqrt(Math.log1p(3) ** 2 + Math.log1p(1) ** 2 + Math.log1p(2) ** 2);
    const z = textLogits(v, model);
    expect(z[0]).toBeCloseTo(-2 + (3 * Math.log1p(3)) / norm - Math.log1p(1) / norm, 10);
    expect(z[1]).toBeCloseTo(-1 + (2 * Math.log1p(1)) / norm, 10);
  });

  it('gives the biases for an article without words', () => {
    expect([...textLogits(new Map(), model)]).toEqual([-2, -1]);
  });

  it('is empty as shipped, and the shipped second stage does not read it (docs/topics.md)', () => {
    expect(textModel().codes).toEqual([]);
    expect(shippedCalibration().text ?? false).toBe(false);
    const s = shippedCalibration().subjects;
    expect([...textEvidence(s, new Map([['escroc', 4]]), 500)].every((x) => x === 0)).toBe(true);
  });
});

describe('text evidence in the second stage (calibrate.ts)', () => {
  it('trusts the words in proportion to the square root of the length, fully from 200 words', () => {
    expect(textTrust(0)).toBe(0);
    expect(textTrust(50)).toBeCloseTo(0.5, 10);
    expect(textTrust(200)).toBe(1);
    expect(textTrust(5000)).toBe(1);
  });

  it("gives each subject the words' log-odds minus its bias, clipped at 8 and scaled by the trust", () => {
    const subjects = [
      { code: 'medtop:B', own: [], below: [] },
      { code: 'medtop:Z', own: [], below: [] },
      { code: 'medtop:A', own: [], below: [] },
    ];
    // log-odds given: A at bias + 20 (clipped to +8), B at bias - 0.5; Z is not scored by the model
    const logits = Float64Array.of(-2 + 20, -1 - 0.5);
    expect([...textEvidence(subjects, undefined, 200, logits, model)]).toEqual([-0.5, 0, 8]);
    // 50 words: trusted by half
    expect([...textEvidence(subjects, undefined, 50, logits, model)]).toEqual([-0.25, 0, 4]);
    // from the words themselves when no log-odds are given: "escroc" alone raises A only
    const ev = textEvidence(subjects, new Map([['escroc', 1]]), 200, undefined, model);
    expect(ev[2]).toBeCloseTo(3, 10);
    expect(ev[0]).toBe(0);
  });

  it('appends one column to each row, and the local features read it where told', () => {
    const subjects = shippedCalibration().subjects;
    const rows = subjects.map(() => Float64Array.of(1, 2, 3));
    const out = withText(rows, subjects, new Map([['escroc', 4]]), 300);
    // the row kept, then the evidence: 0 for every subject with the shipped (empty) text model
    expect(out.every((r) => [...r].join(' ') === '1 2 3 0')).toBe(true);
    const sections = Float64Array.of(0.25, 0.5);
    expect([...localFeatures(Float64Array.of(7, 8, 9, 4), sections, 3)]).toEqual([1, 8, 4, 0.25, 0.5]);
    expect([...localFeatures(Float64Array.of(7, 8, 9, 4), sections)]).toEqual([1, 8, 0.25, 0.5]);
  });

  it('blends the model without text in for short texts only', () => {
    const base = shippedCalibration();
    // the same second stage with a text column (weight 5; the evidence is 0 with the empty shipped text model)
    // and, for short texts, a plain part whose bias is 2 lower
    const withTextColumn: Calibration = {
      ...base,
      text: true,
      weights: [...base.weights, 5],
      local: base.local.map((l) => [l[0], l[1], 0, ...l.slice(2)]),
      plain: {
        weights: base.weights,
        bias: base.bias - 2,
        local: base.local,
        knnWeight: base.knn?.weight ?? 0,
      },
    };
    const probs = (text: string, m: Calibration) => {
      const p = proposeTopics(createDoc(text), 0, true);
      return subjectProbabilities(p.scores, p.words, m, p.vector);
    };
    const long = Array.from({ length: 40 }, () => 'La police enquête sur une escroquerie en ligne.').join(
      ' ',
    );
    const a = probs(long, base);
    const b = probs(long, withTextColumn);
    for (let i = 0; i < a.length; i++) expect(b[i]).toBeCloseTo(a[i], 10);
    const short = 'La police enquête sur une escroquerie en ligne.';
    const c = probs(short, base);
    const d = probs(short, withTextColumn);
    for (let i = 0; i < c.length; i++) expect(d[i]).toBeLessThan(c[i]);
    // textFor: a subject the text stage does not decide takes the plain part's probability, whatever the length
    const odd = base.subjects.map((_, i) => i % 2 === 0);
    const e = probs(long, { ...withTextColumn, textFor: odd });
    const plainOnly = probs(long, { ...withTextColumn, text: true, textFor: odd.map(() => false) });
    for (let i = 0; i < e.length; i++) {
      if (odd[i]) expect(e[i]).toBeCloseTo(a[i], 10);
      else {
        expect(e[i]).toBeCloseTo(plainOnly[i], 10);
        expect(e[i]).toBeLessThan(a[i]);
      }
    }
  });
});
