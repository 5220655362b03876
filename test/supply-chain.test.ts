/**
 * The core (everything in src/ but src/cli/) runs in a browser and makes no network call; no code anywhere
 * evaluates strings or loads modules dynamically; the package has no install scripts and few runtime
 * dependencies.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

interface Finding {
  file: string;
  what: string;
}

const NETWORK = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts']);

function scan(): { core: Finding[]; everywhere: Finding[] } {
  const core: Finding[] = [];
  const everywhere: Finding[] = [];
  for (const file of walk(SRC)) {
    const rel = relative(SRC, file);
    const isCli = rel.startsWith(`cli${sep}`);
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
        const spec =
          node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : '';
        if (
          !isCli &&
          (spec.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'worker_threads'].includes(spec))
        )
          core.push({ file: rel, what: `imports ${spec}` });
      }
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        if (callee.kind === ts.SyntaxKind.ImportKeyword)
          everywhere.push({ file: rel, what: 'dynamic import()' });
        if (ts.isIdentifier(callee) && (callee.text === 'eval' || callee.text === 'require'))
          everywhere.push({ file: rel, what: `${callee.text}()` });
        if (!isCli && ts.isIdentifier(callee) && NETWORK.has(callee.text))
          core.push({ file: rel, what: callee.text });
      }
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
        if (node.expression.text === 'Function') everywhere.push({ file: rel, what: 'new Function' });
        if (!isCli && NETWORK.has(node.expression.text))
          core.push({ file: rel, what: `new ${node.expression.text}` });
      }
      if (
        !isCli &&
        ts.isIdentifier(node) &&
        node.text === 'process' &&
        !ts.isPropertyAccessExpression(node.parent)
      ) {
        // a bare `process` reference (not a property named process)
        core.push({ file: rel, what: 'uses process' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { core, everywhere };
}

describe('supply chain and browser safety', () => {
  const { core, everywhere } = scan();

  it('the core has no Node-only import, network call or process access', () => {
    expect(core).toEqual([]);
  });

  it('no eval, new Function, require() or dynamic import() anywhere in src/', () => {
    expect(everywhere).toEqual([]);
  });

  it('the package has no install scripts and few, pinned runtime dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(pkg.scripts?.[hook]).toBeUndefined();
    const deps = Object.entries<string>(pkg.dependencies ?? {});
    expect(deps.length).toBeLessThanOrEqual(5);
    for (const [, version] of deps) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
