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

  it('is shipped for the subjects, read by the second stage, which leaves the rare ones to the plain stage', () => {
    const cal = shippedCalibration();
    const text = textModel();
    expect(cal.text).toBe(true);
    expect(cal.plain).not.toBeNull();
    expect([...text.codes].sort()).toEqual(cal.subjects.map((s) => s.code).sort());
    // TEXT_DECIDES=share:0.01 (the shipped recipe): the text stage decides the subjects at least 1 % of the
    // labelled articles have, the plain stage the others
    const own = cal.textFor ?? [];
    expect(own).toHaveLength(cal.subjects.length);
    cal.subjects.forEach((s, i) => {
      expect(own[i], s.code).toBe(text.shares[text.codeIndex.get(s.code) ?? -1] >= 0.01);
    });
    expect(own.filter(Boolean).length).toBeGreaterThan(20);
    expect(own.some((x) => !x)).toBe(true);
  });

  it('reads the words of a fraud as evidence for fraud and against sport', () => {
    const text = Array.from(
      { length: 10 },
      () =>
        'Les escrocs ont dérobé les économies de retraités avec de faux placements ; la plainte vise une escroquerie.',
    ).join(' ');
    const p = proposeTopics(createDoc(text), 0, true);
    const s = shippedCalibration().subjects;
    const ev = textEvidence(s, p.vector, p.words);
    const at = (code: string) => ev[s.findIndex((x) => x.code === code)];
    expect(at('medtop:20000097')).toBeGreaterThan(1); // fraud
    expect(at('medtop:15000000')).toBeLessThan(0); // sport
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
    // the row kept, then the evidence: 0 for every subject of an article without words (its log-odds are the biases)
    const out = withText(rows, subjects, new Map(), 300);
    expect(out.every((r) => [...r].join(' ') === '1 2 3 0')).toBe(true);
    const sections = Float64Array.of(0.25, 0.5);
    expect([...localFeatures(Float64Array.of(7, 8, 9, 4), sections, 3)]).toEqual([1, 8, 4, 0.25, 0.5]);
    expect([...localFeatures(Float64Array.of(7, 8, 9, 4), sections)]).toEqual([1, 8, 0.25, 0.5]);
  });

  const probs = (text: string, m: Calibration) => {
    const p = proposeTopics(createDoc(text), 0, true);
    return subjectProbabilities(p.scores, p.words, m, p.vector);
  };
  const long = Array.from({ length: 40 }, () => 'La police enquête sur une escroquerie en ligne.').join(' ');
  const short = 'La police enquête sur une escroquerie en ligne.';

  it('blends the plain stage in for short texts only, and lets it decide the subjects textFor gives it', () => {
    const base = shippedCalibration();
    const plain = base.plain;
    if (!plain) throw new Error('the shipped second stage has a plain part');
    const own = base.textFor ?? [];
    // the same second stage with a plain part whose bias is 2 lower
    const lower: Calibration = { ...base, plain: { ...plain, bias: plain.bias - 2 } };
    const a = probs(long, base);
    const b = probs(long, lower);
    for (let i = 0; i < a.length; i++) {
      // 320 words: fully trusted, so the plain part counts only for the subjects it decides
      if (own[i]) expect(b[i]).toBeCloseTo(a[i], 10);
      else expect(b[i]).toBeLessThan(a[i]);
    }
    // a short text: the plain part is blended into every subject
    const c = probs(short, base);
    const d = probs(short, lower);
    for (let i = 0; i < c.length; i++) expect(d[i]).toBeLessThan(c[i]);
    // textFor null: the text stage decides every subject of a long text
    const e = probs(long, { ...base, textFor: null });
    const f = probs(long, { ...lower, textFor: null });
    for (let i = 0; i < e.length; i++) expect(f[i]).toBeCloseTo(e[i], 10);
  });

  it('stacks the two stages where told: the log-odds become a z_text + b z_plain + c', () => {
    const base: Calibration = { ...shippedCalibration(), textFor: null, stack: null };
    const logit = (p: number) => Math.log(p / (1 - p));
    const zt = probs(long, base);
    const zp = probs(long, { ...base, textFor: base.subjects.map(() => false) });
    const s = probs(long, { ...base, stack: [0.5, 0.25, -1] });
    let checked = 0;
    for (let i = 0; i < s.length; i++) {
      if (Math.min(zt[i], zp[i], 1 - zt[i], 1 - zp[i]) < 1e-6) continue;
      expect(logit(s[i])).toBeCloseTo(0.5 * logit(zt[i]) + 0.25 * logit(zp[i]) - 1, 6);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});
