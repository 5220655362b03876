/**
 * `npm run test:package`: the tarball as a user gets it. Packs the package (needs `npm run build` first),
 * installs the .tgz into a scratch project outside the repository (so nothing resolves from the repo's own
 * node_modules), then runs four consumers against it, each with assertions, and the `depeche` bin:
 *
 * - ESM (`import`), with `depeche/eval` and the JSON Schema subpath;
 * - CommonJS (`require`);
 * - TypeScript with `"moduleResolution": "node"` (node10) and `module: commonjs`, `strict`;
 * - TypeScript with `"module": "nodenext"`, `strict`, in a `"type": "module"` project.
 *
 * The TypeScript consumers check that `analyze(x).entities.length` compiles, that a stage switched off is
 * typed `null` (`@ts-expect-error`), that every subpath resolves, and compile the declarations without
 * `skipLibCheck`. Offline: the install uses --prefer-offline (the runtime dependencies are in the npm cache).
 * Exit 1 on any failure. Run from .ci/run; `--keep` leaves the scratch project for inspection.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const keep = process.argv.includes('--keep');
const dir = mkdtempSync(join(tmpdir(), 'depeche-consumer-'));

function run(cmd: string, args: string[], cwd: string, input?: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}

const ARTICLE = {
  title: 'Emmanuel Macron reçoit Olaf Scholz à Paris',
  body: "Le président Emmanuel Macron a reçu mardi à l'Élysée le chancelier allemand Olaf Scholz. Les deux dirigeants ont parlé de l'Union européenne et de l'Ukraine.",
  publishedAt: '2024-03-05',
};

const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

const ESM = `import assert from 'node:assert/strict';
import { analyze, detectLanguage, topicTaxonomy, extractDates } from 'depeche';
import { scoreSpans, rouge } from 'depeche/eval';
import schema from 'depeche/schema/analysis.schema.json' with { type: 'json' };
const a = analyze(${JSON.stringify(ARTICLE)});
assert.equal(a.language.lang, 'fr');
assert.ok(a.entities.some((e) => e.text === 'Olaf Scholz' && e.type === 'PER'), 'entities');
for (const e of a.entities) assert.equal(a.text.slice(e.start, e.end), e.text);
assert.ok(a.dates.some((d) => d.value === '2024-03-05'), 'dates');
assert.ok(a.summary.sentences.length > 0);
assert.ok(topicTaxonomy.length > 17);
assert.equal(detectLanguage('Le gouvernement a annoncé de nouvelles mesures.').lang, 'fr');
assert.equal(extractDates('hier', { referenceDate: '2024-03-05' })[0].value, '2024-03-04');
assert.equal(typeof scoreSpans, 'function');
assert.equal(typeof rouge, 'function');
assert.equal(schema.type, 'object');
console.log('esm ok');
`;

const CJS = `const assert = require('node:assert/strict');
const { analyze, groupEntities, extractEntities } = require('depeche');
const { scoreTimex } = require('depeche/eval');
const { version } = require('depeche/package.json');
const schema = require('depeche/schema/analysis.schema.json');
const a = analyze(${JSON.stringify(ARTICLE)});
assert.ok(a.entities.length > 0);
assert.ok(a.entityGroups.some((g) => g.canonical === 'Emmanuel Macron'));
assert.ok(groupEntities(extractEntities('Emmanuel Macron, puis Macron.')).length >= 1);
assert.equal(typeof scoreTimex, 'function');
assert.match(version, /^\\d+\\.\\d+\\.\\d+/);
assert.equal(schema.type, 'object');
console.log('cjs ok');
`;

// Same source for both TypeScript consumers (ESM syntax; node10 compiles it to CommonJS).
const TS = `import { analyze, type Analysis, type AnalyzeOptions, type EntityGroup, type EntityMention } from 'depeche';
import { scoreSpans, type SpanScores } from 'depeche/eval';

const a = analyze(${JSON.stringify(ARTICLE)});
const count: number = a.entities.length; // strict: entities is not null with default options
const groups: EntityGroup<EntityMention>[] = a.entityGroups;
const lang: string = a.language.lang;
const off = analyze('Texte.', { entities: false });
function neverCalled(): number {
  // @ts-expect-error a stage switched off is typed null
  return off.entities.length;
}
const opts: AnalyzeOptions = { summary: false };
const any: Analysis = analyze('Texte.', opts);
const s: SpanScores = scoreSpans([], []);
if (count < 1 || groups.length < 1 || lang !== 'fr' || any.summary !== null || typeof neverCalled !== 'function') {
  throw new Error('unexpected analysis');
}
console.log('ts ok', typeof s);
`;

const tsconfig = (module: string, moduleResolution: string) =>
  JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        target: 'es2022',
        lib: ['es2022', 'dom'],
        module,
        moduleResolution,
        types: [],
        skipLibCheck: false,
        outDir: 'out',
      },
      include: ['index.ts'],
    },
    null,
    2,
  );

try {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as { filename: string }[];
  write(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }));
  run(
    'npm',
    ['install', `./${packed.filename}`, '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'],
    dir,
  );

  write(join(dir, 'esm.mjs'), ESM);
  write(join(dir, 'cjs.cjs'), CJS);
  process.stdout.write(run('node', ['esm.mjs'], dir));
  process.stdout.write(run('node', ['cjs.cjs'], dir));

  for (const [name, module, resolution, type] of [
    ['ts-node10', 'commonjs', 'node', 'commonjs'],
    ['ts-nodenext', 'nodenext', 'nodenext', 'module'],
  ] as const) {
    const d = join(dir, name);
    write(join(d, 'package.json'), JSON.stringify({ private: true, type }));
    write(join(d, 'tsconfig.json'), tsconfig(module, resolution));
    write(join(d, 'index.ts'), TS);
    run('node', [tsc, '-p', '.'], d);
    process.stdout.write(`${name}: compiled (strict, ${module}/${resolution}); `);
    process.stdout.write(run('node', [join('out', 'index.js')], d));
  }

  const bin = join(dir, 'node_modules', '.bin', 'depeche');
  const version = run(bin, ['--version'], dir).trim();
  const out = JSON.parse(run(bin, ['analyze', '--json', '-'], dir, JSON.stringify(ARTICLE)));
  if (!Array.isArray(out.entities) || out.entities.length === 0) throw new Error('bin: no entities');
  console.log(`bin ok (depeche --version: ${version}; analyze - --json: ${out.entities.length} entities)`);
  console.log(`test:package: ok (${packed.filename} installed in a scratch project)`);
} catch (e) {
  console.error(`test:package: FAILED\n${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  if (keep) console.log(`scratch project kept: ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
