import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/index.js';
import { knnLift, shippedCalibration, subjectProbabilities } from '../../src/topics/calibrate.js';
import { type KnnVector, knnPool, knnShares, knnVector } from '../../src/topics/knn.js';
import { proposeTopics } from '../../src/topics/score.js';

const v = (s: string): KnnVector => {
  const m = new Map<string, number>();
  for (const w of s.split(' ')) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
};

// three subjects: 0 crime-like, 1 sport-like, 2 rare
const POOL = [
  { text: 'escroc arnaque plainte police victime', y: [1, 0, 0] },
  { text: 'escroc banque virement plainte enquête', y: [1, 0, 1] },
  { text: 'match but joueur stade victoire', y: [0, 1, 0] },
  { text: 'match entraîneur joueur saison club', y: [0, 1, 0] },
];
const pool = knnPool(
  POOL.map((p) => v(p.text)),
  POOL.map((p) => p.y),
);

describe('neighbour pool (knn.ts)', () => {
  it('gives the base rate of each subject as prior', () => {
    expect([...pool.prior]).toEqual([0.5, 0.5, 0.25]);
  });

  it('shares follow the nearest articles', () => {
    const s = knnShares(v('arnaque escroc victime plainte'), pool, 3, 2, 2);
    expect(s[0]).toBeGreaterThan(0.9);
    expect(s[1]).toBe(0);
    const t = knnShares(v('joueur match stade'), pool, 3, 2, 2);
    expect(t[1]).toBeGreaterThan(0.9);
    expect(t[0]).toBe(0);
  });

  it('leaves out the article itself, by index and when identical', () => {
    const byIndex = knnShares(v(POOL[1].text), pool, 3, 1, 1, 1);
    expect(byIndex[2]).toBe(0); // its only neighbour left is article 0, without subject 2
    const identical = knnShares(v(POOL[1].text), pool, 3, 1, 1);
    expect(identical[2]).toBe(0); // the copy of article 1 (cosine 1) is not its own neighbour
  });

  it('an article sharing no word with the pool gets the base rate, hence no lift', () => {
    const s = knnShares(v('météo orage pluie'), pool, 3, 2, 2, -1, 0.1);
    expect([...s]).toEqual([...pool.prior]);
    const lift = knnLift(v('météo orage pluie'), { k: 2, power: 2, shrink: 0.1, gate: true, pool }, 3);
    expect([...lift]).toEqual([0, 0, 0]);
  });

  it('shares lie in [0, 1] and lifts are never negative (property)', () => {
    const words = ['escroc', 'arnaque', 'match', 'joueur', 'plainte', 'club', 'banque', 'pluie'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), fc.nat(5), (ws, k) => {
        const q = v(ws.join(' '));
        const s = knnShares(q, pool, 3, k, 2, -1, 0.1);
        const l = knnLift(q, { k, power: 2, shrink: 0.1, gate: true, pool }, 3);
        return [...s].every((x) => x >= 0 && x <= 1 + 1e-12) && [...l].every((x) => x >= 0);
      }),
    );
  });

  it('weights title and lead words up', () => {
    const doc = createDoc(
      'Escroquerie au faux conseiller\n\nUne escroquerie. Une autre phrase. Encore une escroquerie.',
    );
    const q = knnVector(doc, [2, 1, 1, 0]);
    // title 3 + lead 2 + later 1
    expect([...q.values()].some((n) => n === 6)).toBe(true);
  });
});

describe('shipped neighbour lift', () => {
  it('has a pool of annotated articles and a positive weight', () => {
    const knn = shippedCalibration().knn;
    expect(knn).not.toBeNull();
    expect(knn?.pool.size).toBeGreaterThanOrEqual(100);
    expect(knn?.weight).toBeGreaterThan(0);
  });

  it('only raises subjects: probabilities with the lift are never below those without it', () => {
    // the lift acts on the first pass; the co-occurrence pass after it weighs subjects against each other
    const model = { ...shippedCalibration(), chain: null };
    const text =
      'Une vaste escroquerie au faux placement démantelée\n\nLes enquêteurs de la police judiciaire ont interpellé cinq personnes soupçonnées d’avoir escroqué des centaines d’épargnants.';
    const props = proposeTopics(createDoc(text), text.indexOf('\n'), true);
    const words = props.words;
    const withLift = subjectProbabilities(props.scores, words, model, props.vector);
    const without = subjectProbabilities(props.scores, words, { ...model, knn: null }, props.vector);
    for (let i = 0; i < withLift.length; i++) expect(withLift[i]).toBeGreaterThanOrEqual(without[i]);
  });
});
