/**
 * The import rules of docs/ARCHITECTURE.md, checked on the source files themselves:
 * - the core (everything under src/ but cli/ and queue/) runs in a browser: no `node:` module, no
 *   Node built-in, no third-party package;
 * - a stage never imports the pipeline (analyze/), the CLI, the queue or the public index;
 * - generated modules import nothing but the shared base64 decoder;
 * - nothing in src/ or test/ imports from scripts/ (scripts are tools, not library code);
 * - French folding (diacritics removed) is written once, in src/lang/fr/fold.ts, and every stage imports it.
 * Imports are read from the code, not from comments (TSDoc examples mention `depeche`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (/\.(ts|mts|cts)$/.test(name)) out.push(p);
  }
  return out;
}

/** Specifiers of static imports/re-exports and dynamic `import()` calls, comments removed first. */
function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]/g))
    out.push(m[1]);
  for (const m of code.matchAll(/(?:^|[;\s])import\s*['"]([^'"]+)['"]/g)) out.push(m[1]);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]);
  return out;
}

/** The top folder of a src/ file (`ner`, `cli`…), or `index` for src/index.ts. */
function areaOf(file: string): string {
  const rel = relative(join(root, 'src'), file).split(/[\\/]/);
  return rel.length === 1 ? rel[0].replace(/\.ts$/, '') : rel[0];
}

const NODE_ONLY = new Set(['cli', 'queue']);
const PIPELINE = new Set(['analyze', 'cli', 'queue', 'index']);
const builtins = new Set(builtinModules);
const srcFiles = filesUnder(join(root, 'src'));
const testFiles = filesUnder(join(root, 'test'));

interface Edge {
  from: string;
  spec: string;
  target: string | null;
}

function edges(files: string[]): Edge[] {
  return files.flatMap((file) =>
    importsOf(readFileSync(file, 'utf8')).map((spec) => ({
      from: relative(root, file),
      spec,
      target: spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)) : null,
    })),
  );
}

describe('import rules (docs/ARCHITECTURE.md)', () => {
  const src = edges(srcFiles);

  it('reads imports from code, not from comments', () => {
    const sample = [
      "/** @example import { analyze } from 'depeche'; */",
      "import { a } from './a.js';",
      "export { b } from '../b.js';",
      "import type { C } from './c.js';",
      "// import x from 'node:fs';",
      "const m = await import('node:os');",
    ].join('\n');
    expect(importsOf(sample)).toEqual(['./a.js', '../b.js', './c.js', 'node:os']);
  });

  it('the core imports no Node module and no package', () => {
    const bad = src
      .filter((e) => !NODE_ONLY.has(areaOf(join(root, e.from))))
      .filter((e) => e.target === null)
      .map((e) => `${e.from} -> ${e.spec}`);
    expect(bad).toEqual([]);
  });

  it('Node built-ins are imported with the node: prefix, and only in cli/ and queue/', () => {
    const bare = src.filter((e) => builtins.has(e.spec)).map((e) => `${e.from} -> ${e.spec}`);
    expect(bare).toEqual([]);
  });

  it('no stage imports the pipeline, the CLI, the queue or the public index', () => {
    const bad = src
      .filter((e) => e.target?.startsWith('src/'))
      .filter((e) => {
        const from = areaOf(join(root, e.from));
        const to = areaOf(join(root, e.target as string));
        if (from === 'cli' || from === 'queue' || from === 'index') return false;
        if (from === 'analyze') return to === 'cli' || to === 'queue' || to === 'index';
        return PIPELINE.has(to);
      })
      .map((e) => `${e.from} -> ${e.spec}`);
    expect(bad).toEqual([]);
  });

  it('generated modules import nothing but the base64 decoder', () => {
    const bad = src
      .filter((e) => e.from.includes('/generated/'))
      .filter((e) => e.target !== 'src/lang/base64.js')
      .map((e) => `${e.from} -> ${e.spec}`);
    expect(bad).toEqual([]);
  });

  it('nothing in src/ or test/ imports from scripts/', () => {
    const bad = [...src, ...edges(testFiles)]
      .filter((e) => e.target?.startsWith('scripts/'))
      .map((e) => `${e.from} -> ${e.spec}`);
    expect(bad).toEqual([]);
  });

  it('removes diacritics in one place only: src/lang/fr/fold.ts', () => {
    const folding = srcFiles
      .filter((f) => !f.includes(`${join('lang', 'fr', 'generated')}`))
      .filter((f) => /normalize\(\s*['"]NF[KC]?D['"]\s*\)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(folding).toEqual([join('src', 'lang', 'fr', 'fold.ts')]);
  });

  it('finds the files it checks', () => {
    expect(srcFiles.length).toBeGreaterThan(40);
    expect(src.length).toBeGreaterThan(100);
  });
});
