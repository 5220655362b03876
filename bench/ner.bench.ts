/**
 * extractEntities() speed on real French news (one core), beside compromise and fr-compromise; model
 * size on disk and gzipped; import + first call in a fresh child process. Writes
 * docs/measurements/ner-bench.md with what it printed.
 *
 *   npm run bench          (every bench)
 *   npx tsx bench/ner.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const SAMPLE =
  "Le ministre de l'Intérieur Abdelouafi Laftit a reçu à Rabat le secrétaire général d'Interpol, Valdecy Urquiza.";

async function cold(): Promise<void> {
  const t0 = performance.now();
  const mod = (await import(process.argv[3] ?? '../src/ner/index.js')) as {
    extractEntities: (t: string) => unknown[];
  };
  const t1 = performance.now();
  mod.extractEntities(SAMPLE);
  const t2 = performance.now();
  console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1 }));
}

function measureCold(args: string[], plain = false): { importMs: number; firstCallMs: number } | null {
  const r = spawnSync(process.execPath, plain ? args : [...args, '--cold'], {
    cwd: root,
    encoding: 'utf8',
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line);
  } catch {
    console.error(r.stderr);
    return null;
  }
}

async function main(): Promise<void> {
  const { createDoc } = await import('../src/doc/index.js');
  const { extractEntities } = await import('../src/ner/index.js');
  const { fmt, newsTexts, throughput } = await import('./corpus.js');
  const nlp = (await import('compromise')).default as unknown as (t: string) => {
    people(): { json(): unknown };
  };
  // tsconfig maps 'fr-compromise' to a declaration file (type-checking); load its ES build by path.
  const frNlp = (
    (await import(
      pathToFileURL(join(root, 'node_modules', 'fr-compromise', 'builds', 'fr-compromise.mjs')).href
    )) as {
      default: typeof nlp;
    }
  ).default;

  const texts = newsTexts(300);
  const docs = texts.map((t) => createDoc(t));
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  const words = docs.reduce((n, d) => n + d.tokens.filter((t) => t.kind === 'word').length, 0);
  console.log(`extractEntities, one core: ${texts.length} OrangeSum articles, ${fmt(tokens)} tokens`);
  const row = (name: string, perSec: number, note = '') =>
    console.log(
      `  ${name.padEnd(34)} ${fmt((perSec * tokens) / texts.length).padStart(10)} tokens/s ${fmt(perSec, 1).padStart(8)} articles/s ${note}`,
    );
  // Steady state: one untimed pass over every article first (JIT tiers, word caches), so the first
  // row measured is not penalised for warming up the process.
  for (const t of texts) extractEntities(t);
  // Wall clock moves with the machine's load; CPU time of the process (GC threads included) less so.
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const perSec = throughput(texts, (t) => extractEntities(t), 3000);
  const cpu = process.cpuUsage(cpu0);
  const cpuShare = (cpu.user + cpu.system) / 1000 / (performance.now() - wall0);
  row(
    'depeche extractEntities (string)',
    perSec,
    `(target >= 100,000 tokens/s; ${fmt((perSec * tokens) / texts.length / cpuShare)} per CPU second)`,
  );
  row(
    'depeche extractEntities (Doc)',
    throughput(docs, (d) => extractEntities(d), 3000),
    '(tokenisation excluded)',
  );
  row(
    'depeche names only (string)',
    throughput(texts, (t) => extractEntities(t, { types: ['PER', 'ORG', 'LOC', 'MISC'] }), 3000),
    '(extractDates skipped)',
  );
  const few = texts.slice(0, 40);
  const fewTokens = docs.slice(0, 40).reduce((n, d) => n + d.tokens.length, 0);
  const peer = (name: string, fn: (t: string) => unknown) => {
    const ps = throughput(few, fn, 3000);
    console.log(
      `  ${name.padEnd(34)} ${fmt((ps * fewTokens) / few.length).padStart(10)} tokens/s ${fmt(ps, 1).padStart(8)} articles/s`,
    );
  };
  peer('compromise people/places/orgs', (t) => {
    const d = nlp(t) as unknown as Record<string, () => { json(): unknown }>;
    d.people().json();
    d.places().json();
    d.organizations().json();
  });
  peer('fr-compromise people/places/orgs', (t) => {
    const d = frNlp(t) as unknown as Record<string, () => { json(): unknown }>;
    d.people().json();
    d.places().json();
    d.organizations().json();
  });
  void words;

  const modelPath = join(root, 'src', 'lang', 'fr', 'generated', 'ner-model.ts');
  const raw = readFileSync(modelPath);
  console.log(
    `\nModel src/lang/fr/generated/ner-model.ts: ${(statSync(modelPath).size / 1e6).toFixed(2)} MB on disk (target <= 8), ${(gzipSync(raw).length / 1e6).toFixed(2)} MB gzipped (target <= 3)`,
  );

  const src = measureCold(['--import', 'tsx', join(root, 'bench', 'ner.bench.ts')]);
  if (src)
    console.log(
      `Import + first call, fresh process, from source via tsx: import ${src.importMs.toFixed(0)} ms + first call ${src.firstCallMs.toFixed(0)} ms = ${(src.importMs + src.firstCallMs).toFixed(0)} ms (target <= 300; includes tsx transpiling)`,
    );
  // The way users load it: one bundled ES module (esbuild, as tsup does), run by plain node.
  const { buildSync } = await import('esbuild');
  const out = join(mkdtempSync(join(tmpdir(), 'depeche-ner-')), 'ner.mjs');
  buildSync({
    entryPoints: [join(root, 'src', 'ner', 'index.ts')],
    bundle: true,
    format: 'esm',
    outfile: out,
    logLevel: 'error',
  });
  const runs: { importMs: number; firstCallMs: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const code = `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(out).href)}); const t1 = performance.now(); m.extractEntities(${JSON.stringify(SAMPLE)}); const t2 = performance.now(); console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1 }));`;
    const r = measureCold(['--input-type=module', '-e', code], true);
    if (r) runs.push(r);
  }
  if (runs.length) {
    const best = runs.reduce((a, b) => (a.importMs + a.firstCallMs <= b.importMs + b.firstCallMs ? a : b));
    console.log(
      `Import + first call, fresh process, bundled ES module (${(statSync(out).size / 1e6).toFixed(1)} MB), best of ${runs.length}: import ${best.importMs.toFixed(0)} ms + first call ${best.firstCallMs.toFixed(0)} ms = ${(best.importMs + best.firstCallMs).toFixed(0)} ms (target <= 300)`,
    );
  }
  const dist = join(root, 'dist', 'index.js');
  if (existsSync(dist)) {
    const built = measureCold([
      '--import',
      'tsx',
      join(root, 'bench', 'ner.bench.ts'),
      pathToFileURL(dist).href,
    ]);
    if (built)
      console.log(
        `Import + first call, fresh process, built dist/index.js: import ${built.importMs.toFixed(0)} ms + first call ${built.firstCallMs.toFixed(0)} ms = ${(built.importMs + built.firstCallMs).toFixed(0)} ms (whole library; dist may predate this model: npm run build)`,
      );
  }
}

if (process.argv.includes('--cold')) {
  // argv: [node, script, (module url)?, --cold]
  if (process.argv[3] === '--cold') process.argv.splice(3, 1);
  await cold();
} else {
  // Keep what is printed for docs/measurements/ner-bench.md (figures written by the script, never by hand).
  const lines: string[] = [];
  const print = console.log;
  console.log = (...a: unknown[]) => {
    lines.push(a.map(String).join(' '));
    print(...a);
  };
  await main();
  console.log = print;
  const { recordMeasurement } = await import('../scripts/lib/measurements.js');
  const { loadavg } = await import('node:os');
  recordMeasurement(
    'ner-bench',
    'npx tsx bench/ner.bench.ts',
    `Shared machine: load ${loadavg()[0].toFixed(1)} at the end of the run; prefer the per-CPU-second rate.\n\n\`\`\`\n${lines.join('\n')}\n\`\`\``,
    'Entity extraction: speed beside compromise and fr-compromise, model size, import + first call',
  );
}
