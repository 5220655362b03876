import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/index.js';
import { actorSignals, actorTables } from '../../src/topics/actors.js';
import {
  chainFeatures,
  type Subject,
  shippedCalibration,
  subjectProbabilities,
  subjectTree,
} from '../../src/topics/calibrate.js';
import { proposeTopics } from '../../src/topics/score.js';

const TITLE = 2.5;
/** Signals of `title\n\nbody` with the first stage's weights: title 2.5, the next two sentences 1.5, then 1. */
function signals(text: string): Record<string, { title: number; prominence: number }> {
  const doc = createDoc(text);
  const w = Float64Array.from(doc.sentences, (_, i) => (i === 0 ? TITLE : i <= 2 ? 1.5 : 1));
  const s = actorSignals(doc, w, TITLE);
  return Object.fromEntries(
    actorTables().classes.map((c, i) => [c.name, { title: s[2 * i], prominence: s[2 * i + 1] }]),
  );
}

describe('actor signals', () => {
  // [text, class, in title, prominence (before ln(1 + x)), note]
  const table: [string, string, number, number, string][] = [
    [
      'Jeanne Martin promet des moyens\n\nLa ministre de la Santé Jeanne Martin a parlé jeudi. Martin insiste.',
      'government',
      1,
      TITLE + 1.5 + 1.5,
      'role, portfolio, then the name; the surname counted wherever it occurs',
    ],
    [
      'Paul Durand dénonce un complot\n\nPaul Durand, PDG de Fabrix, a parlé.',
      'business',
      1,
      TITLE + 1.5 + 1.5,
      'name in apposition before its role (Durand), and the company after it (Fabrix)',
    ],
    [
      'Une enseigne se défend\n\nL’enseigne Vendimax conteste. Vendimax a fait appel.',
      'business',
      0,
      1.5 + 1.5,
      'a company form before a brand name',
    ],
    ['Le député Marc Leroy réélu\n\nIl a gagné.', 'politics', 1, TITLE, 'role and name in the title'],
    [
      'Un avocat parle\n\nL’avocat de la famille a parlé. Il demande une enquête.',
      'judiciary',
      0,
      0,
      'a role without a name makes no actor',
    ],
    [
      'Le ministre parle.\n\nIl a parlé. Puis il est parti.',
      'government',
      0,
      0,
      'a role followed by the end of the sentence makes no actor',
    ],
    [
      'Un maire dans la rue\n\nLe maire, très en colère, a parlé.',
      'government',
      0,
      0,
      'a lower-case apposition is no name',
    ],
  ];
  it.each(table)('%s → %s', (text, cls, title, prominence) => {
    const s = signals(text)[cls];
    expect(s.title).toBe(title);
    expect(s.prominence).toBeCloseTo(Math.log1p(prominence), 9);
  });

  it('counts distinct foreign states, by name, seat or demonym', () => {
    const s = signals(
      'Tensions entre Moscou et Ankara\n\nLa Russie et la Turquie s’opposent. Le président russe répond.',
    ).foreign;
    expect(s.title).toBe(1);
    expect(s.prominence).toBeCloseTo(Math.log1p(2), 9); // Russia (Moscou, Russie, russe) and Turkey
    expect(signals('Un fait divers à Lyon\n\nUn homme a été arrêté.').foreign).toEqual({
      title: 0,
      prominence: 0,
    });
  });

  it('every class supports at least one subject code and has phrases', () => {
    for (const c of actorTables().classes) expect(c.subjects.length).toBeGreaterThan(0);
    expect(actorTables().byFirst.size).toBeGreaterThan(50);
  });

  it('signals are finite and non-negative whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const doc = createDoc(text);
        const s = actorSignals(doc, new Float64Array(doc.sentences.length).fill(1), TITLE);
        return s.every((x) => Number.isFinite(x) && x >= 0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('co-occurrence pass', () => {
  // a toy hierarchy: 0 covers topics 1 and 2; 1 is judged by topic 1, 2 by topic 2; 3 stands apart
  const subjects: Subject[] = [
    { code: 'a', own: [0], below: [0, 1, 2] },
    { code: 'a1', own: [1], below: [1] },
    { code: 'a2', own: [2], below: [2] },
    { code: 'b', own: [3], below: [3] },
  ];
  it('reads the hierarchy from the topics the subjects cover', () => {
    const tree = subjectTree(subjects);
    expect([...tree.parent]).toEqual([-1, 0, 0, -1]);
    expect(tree.children).toEqual([[1, 2], [], [], []]);
    expect([...tree.related[1]]).toEqual([0]);
    expect([...tree.related[0]].sort()).toEqual([1, 2]);
  });
  // [subject, probabilities, parent p, child max p, other max p]
  const rows: [number, number[], number, number, number][] = [
    [0, [0.6, 0.2, 0.7, 0.1], 0, 0.7, 0.1],
    [1, [0.6, 0.2, 0.7, 0.1], 0.6, 0, 0.7],
    [3, [0.6, 0.2, 0.7, 0.1], 0, 0, 0.7],
  ];
  it.each(rows)('subject %i of %j', (i, p, parent, child, other) => {
    const f = chainFeatures(subjectTree(subjects), p, i);
    expect(f.x[0]).toBeCloseTo(Math.log(p[i] / (1 - p[i])), 9);
    expect([f.x[1], f.x[2], f.x[3]]).toEqual([parent, child, other]);
    expect([...f.local]).toEqual([parent, child]);
  });

  it('an identity pass (weight 1 on the logit, nothing else) leaves the probabilities unchanged', () => {
    const base = { ...shippedCalibration(), chain: null };
    const n = base.subjects.length;
    const identity = {
      ...base,
      chain: { weights: [1, 0, 0, 0], bias: 0, local: Array.from({ length: n }, () => [0, 0]) },
    };
    const text =
      'Le ministre de l’Intérieur Paul Durand annonce une réforme de la police\n\nPaul Durand a présenté jeudi son plan aux syndicats de policiers.';
    const props = proposeTopics(createDoc(text), text.indexOf('\n'), true);
    const p0 = subjectProbabilities(props.scores, props.words, base, props.vector, props.actors);
    const p1 = subjectProbabilities(props.scores, props.words, identity, props.vector, props.actors);
    for (let i = 0; i < n; i++) expect(p1[i]).toBeCloseTo(p0[i], 2); // the logit is clipped at 0.001 / 0.999
    // a pass that weighs the parent up raises a child-bearing subject's children, never out of [0, 1]
    const parentUp = {
      ...base,
      chain: { weights: [1, 3, 0, 0], bias: 0, local: Array.from({ length: n }, () => [0, 0]) },
    };
    const p2 = subjectProbabilities(props.scores, props.words, parentUp, props.vector, props.actors);
    const tree = subjectTree(base.subjects);
    for (let i = 0; i < n; i++) {
      expect(p2[i] >= 0 && p2[i] <= 1).toBe(true);
      if (tree.parent[i] >= 0 && p0[tree.parent[i]] > 0.01) expect(p2[i]).toBeGreaterThan(p0[i]);
    }
  });
});
