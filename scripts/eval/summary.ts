/**
 * Evaluates summarize() on OrangeSum valid (articles with an abstract), with { sentences: 2 }, beside
 * LEAD-1/2/3, a TextRank baseline and the extractive oracle, all in the same run, in both tokenisations.
 *
 *   npm run eval:summary [-- --limit N]
 *
 * ROUGE-1/2 and summary-level ROUGE-L (sentences of the candidate and of the reference as units), F1,
 * macro-averaged over articles. Baselines see the body only; ours gets { title, body } (the title is never
 * extracted, it only helps ranking).
 */
import { createDoc } from '../../src/doc/index.js';
import {
  meanRouge,
  type RougeScores,
  type RougeTokenizer,
  rouge,
  rougeTokens,
} from '../../src/eval/rouge.js';
import { summarize } from '../../src/summarize/index.js';
import { recordMeasurement } from '../lib/measurements.js';
import { type OrangeSumRow, readJsonl, requireShared, sharedPath } from '../lib/shared-data.js';

const args = process.argv.slice(2);
const limitArg = args.indexOf('--limit');
const LIMIT = limitArg >= 0 ? Number(args[limitArg + 1]) : Number.POSITIVE_INFINITY;

if (!requireShared('eval-summary', 'news', 'orangesum', 'valid.jsonl.gz')) process.exit(0);

const rows = readJsonl<OrangeSumRow>(sharedPath('news', 'orangesum', 'valid.jsonl.gz'))
  .filter((r) => r.abstract && r.abstract.trim() !== '' && r.text.trim() !== '')
  .slice(0, LIMIT);

/** TextRank (Mihalcea & Tarau 2004): PageRank over sentences, edges = word overlap / (log|a| + log|b|). */
function textRank(sents: readonly string[], k: number): number[] {
  const n = sents.length;
  if (n <= k) return sents.map((_, i) => i);
  const bags = sents.map((s) => rougeTokens(s, 'fr'));
  const sets = bags.map((b) => new Set(b));
  const w: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (bags[i].length < 2 || bags[j].length < 2) continue;
      let overlap = 0;
      for (const t of sets[i]) if (sets[j].has(t)) overlap++;
      const v = overlap / (Math.log(bags[i].length) + Math.log(bags[j].length));
      w[i][j] = v;
      w[j][i] = v;
    }
  }
  const out = w.map((r) => r.reduce((a, b) => a + b, 0));
  let pr = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < 50; it++) {
    const next = new Array<number>(n).fill((1 - 0.85) / n);
    for (let j = 0; j < n; j++) {
      if (out[j] === 0) continue;
      for (let i = 0; i < n; i++) if (w[j][i] > 0) next[i] += (0.85 * pr[j] * w[j][i]) / out[j];
    }
    pr = next;
  }
  return pr
    .map((v, i) => [v, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, k)
    .map((x) => x[1])
    .sort((a, b) => a - b);
}

/** Best pair of sentences for the reference (mean ROUGE-1/2/L F1, rouge-score tokens), over the top 12 singles. */
function oracle(sents: readonly string[], reference: string): number[] {
  const sum = (r: RougeScores) => r.rouge1.f1 + r.rouge2.f1 + r.rougeL.f1;
  const singles = sents
    .map((s, i) => [sum(rouge(s, reference)), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, 12)
    .map((x) => x[1]);
  if (sents.length < 2) return sents.map((_, i) => i);
  let best: number[] = [];
  let bestScore = -1;
  for (let a = 0; a < singles.length; a++) {
    for (let b = a + 1; b < singles.length; b++) {
      const pair = [singles[a], singles[b]].sort((x, y) => x - y);
      const v = sum(
        rouge(
          pair.map((i) => sents[i]),
          reference,
        ),
      );
      if (v > bestScore) {
        bestScore = v;
        best = pair;
      }
    }
  }
  return best;
}

const systems = ['LEAD-1', 'LEAD-2', 'LEAD-3', 'TextRank-2', 'depeche (ours)', 'oracle-2'] as const;
type System = (typeof systems)[number];
const tokenizers: RougeTokenizer[] = ['rouge-score', 'fr'];
const scores = new Map<string, RougeScores[]>();
const words = new Map<System, number>();
const plainL = new Map<System, number>();
const add = (sys: System, tok: RougeTokenizer, r: RougeScores) => {
  const key = `${sys}|${tok}`;
  if (!scores.has(key)) scores.set(key, []);
  scores.get(key)!.push(r);
};

const t0 = performance.now();
let oursMs = 0;
for (const row of rows) {
  const body = createDoc(row.text);
  const sents = body.sentences.map((s) => s.text);
  const t1 = performance.now();
  const ours = summarize({ title: row.title, body: row.text }, { sentences: 2 });
  oursMs += performance.now() - t1;
  const picks: Record<System, string[]> = {
    'LEAD-1': sents.slice(0, 1),
    'LEAD-2': sents.slice(0, 2),
    'LEAD-3': sents.slice(0, 3),
    'TextRank-2': textRank(sents, 2).map((i) => sents[i]),
    'depeche (ours)': ours.sentences.map((s) => s.text),
    'oracle-2': oracle(sents, row.abstract!).map((i) => sents[i]),
  };
  for (const sys of systems) {
    words.set(sys, (words.get(sys) ?? 0) + rougeTokens(picks[sys].join(' '), 'fr').length);
    for (const tok of tokenizers) add(sys, tok, rouge(picks[sys], row.abstract!, { tokenizer: tok }));
    // plain (not summary-level) ROUGE-L: the summary as one unit, as rouge-score's rougeL computes it
    plainL.set(sys, (plainL.get(sys) ?? 0) + rouge(picks[sys].join(' '), row.abstract!).rougeL.f1);
  }
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
// Everything printed below is also written to docs/measurements/summary.md at the end.
const printed: string[] = [];
const print = console.log.bind(console);
console.log = (...parts: unknown[]) => {
  print(...parts);
  printed.push(parts.map(String).join(' '));
};
console.log(
  `OrangeSum valid: ${rows.length} articles with an abstract; { sentences: 2 }; F1 x 100 (macro); ROUGE-L summary-level`,
);
console.log(
  `${'system'.padEnd(16)} | ${'rouge-score: R1     R2     RL'.padEnd(30)} | ${'fr: R1     R2     RL'.padEnd(23)} | words | RL plain (rouge-score)`,
);
console.log('-'.repeat(110));
const mean = (sys: System, tok: RougeTokenizer) => meanRouge(scores.get(`${sys}|${tok}`) ?? []);
for (const sys of systems) {
  const a = mean(sys, 'rouge-score');
  const b = mean(sys, 'fr');
  console.log(
    `${sys.padEnd(16)} | ${pct(a.rouge1.f1)} ${pct(a.rouge2.f1)} ${pct(a.rougeL.f1)}`.padEnd(50) +
      `| ${pct(b.rouge1.f1)} ${pct(b.rouge2.f1)} ${pct(b.rougeL.f1)}   | ${((words.get(sys) ?? 0) / rows.length).toFixed(1).padStart(5)} | ${pct((plainL.get(sys) ?? 0) / rows.length)}`,
  );
}
console.log('-'.repeat(110));
console.log(
  'published (test set, rouge-score; their ROUGE-L compares with "RL plain"): LEAD-1 22.4/7.1/15.6, LEAD-2 28.7/10.1/18.2, TextRank 26.2/7.2/16.7',
);
let pass = true;
for (const tok of tokenizers) {
  const o = mean('depeche (ours)', tok);
  const l = mean('LEAD-2', tok);
  const d = (k: 'rouge1' | 'rouge2' | 'rougeL') => 100 * (o[k].f1 - l[k].f1);
  const ok = d('rouge1') > 0 && d('rouge2') > 0 && d('rougeL') > 0;
  pass &&= ok;
  console.log(
    `ours - LEAD-2 (${tok}): R1 ${d('rouge1').toFixed(2)}  R2 ${d('rouge2').toFixed(2)}  RL ${d('rougeL').toFixed(2)}  -> ${ok ? 'above' : 'NOT above'} LEAD-2; RL target +1.5 ${d('rougeL') >= 1.5 ? 'met' : 'missed'}`,
  );
  console.log(
    `  ours ROUGE-L P/R (${tok}): ${pct(o.rougeL.precision)} / ${pct(o.rougeL.recall)}   LEAD-2: ${pct(l.rougeL.precision)} / ${pct(l.rougeL.recall)}`,
  );
}
console.log(
  `RL plain (rouge-score), ours - LEAD-2: ${((100 * ((plainL.get('depeche (ours)') ?? 0) - (plainL.get('LEAD-2') ?? 0))) / rows.length).toFixed(2)}`,
);
console.log(
  `bar (all of ROUGE-1/2/L above LEAD-2 in both tokenisations): ${pass ? 'PASS' : 'FAIL'}; summarize() ${((rows.length / oursMs) * 1000).toFixed(0)} articles/s here (run ${((performance.now() - t0) / 1000).toFixed(0)} s)`,
);
console.log = print;
{
  const f = (sys: System) => {
    const m = mean(sys, 'rouge-score');
    return `${pct(m.rouge1.f1).trim()} / ${pct(m.rouge2.f1).trim()} / ${pct(m.rougeL.f1).trim()}`;
  };
  recordMeasurement(
    'summary',
    'npm run eval:summary',
    ['```text', ...printed.map((l) => l.replace(/; summarize\(\) .*$/, '')), '```'].join('\n'),
    'Extractive summaries: ROUGE on OrangeSum valid beside LEAD and TextRank',
    [
      {
        what: `Summary, OrangeSum valid (${rows.length} articles), ROUGE-1 / 2 / L F1`,
        depeche: f('depeche (ours)'),
        peers: `LEAD-2 ${f('LEAD-2')}; TextRank-2 ${f('TextRank-2')}`,
      },
    ],
  );
}
