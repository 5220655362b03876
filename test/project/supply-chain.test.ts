/**
 * The core (everything in src/ but src/cli/) runs in a browser and makes no network call; no code anywhere
 * evaluates strings or loads modules dynamically; the package has no install scripts and few runtime
 * dependencies.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
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

const NETWORK = new Set([
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'importScripts',
  'sendBeacon',
  'Worker',
  'SharedWorker',
  'RTCPeerConnection',
]);

/** `f` for `f(...)`, `globalThis.f(...)`, `window.f(...)`, `navigator.f(...)`. */
function calleeName(e: ts.Expression): string | undefined {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  if (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression))
    return e.argumentExpression.text;
  return undefined;
}

/** Findings in one source file (`rel`: its path under src/, which tells the CLI from the core). */
function scanSource(
  rel: string,
  code: string,
  core: Finding[] = [],
  everywhere: Finding[] = [],
): { core: Finding[]; everywhere: Finding[] } {
  // src/cli/ and src/queue/ are the Node-only parts (the `depeche` command and the `depeche/queue` export)
  const isCli = rel.startsWith(`cli${sep}`) || rel.startsWith(`queue${sep}`);
  {
    const sf = ts.createSourceFile(rel, code, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
        // the core bundles nothing from npm: every import is one of our own modules
        const spec =
          node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : '';
        if (!isCli && spec !== '' && !spec.startsWith('.')) core.push({ file: rel, what: `imports ${spec}` });
      }
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = calleeName(callee);
        // one exception: the optional peer dependency bullmq, by its literal name, in src/queue/bullmq.ts
        const arg = node.arguments[0];
        const optionalPeer =
          rel === `queue${sep}bullmq.ts` &&
          arg !== undefined &&
          ts.isStringLiteral(arg) &&
          arg.text === 'bullmq';
        if (callee.kind === ts.SyntaxKind.ImportKeyword && !optionalPeer)
          everywhere.push({ file: rel, what: 'dynamic import()' });
        if (name === 'eval' || name === 'require' || name === 'Function')
          everywhere.push({ file: rel, what: `${name}()` });
        // timers given a string evaluate it
        if (
          (name === 'setTimeout' || name === 'setInterval') &&
          node.arguments[0] !== undefined &&
          !ts.isArrowFunction(node.arguments[0]) &&
          !ts.isFunctionExpression(node.arguments[0]) &&
          !ts.isIdentifier(node.arguments[0])
        )
          everywhere.push({ file: rel, what: `${name}() with a string` });
        if (!isCli && name !== undefined && NETWORK.has(name)) core.push({ file: rel, what: name });
      }
      if (ts.isNewExpression(node)) {
        const name = calleeName(node.expression);
        if (name === 'Function') everywhere.push({ file: rel, what: 'new Function' });
        if (!isCli && name !== undefined && NETWORK.has(name)) core.push({ file: rel, what: `new ${name}` });
      }
      if (
        !isCli &&
        ts.isIdentifier(node) &&
        node.text === 'process' &&
        !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) &&
        !(ts.isPropertyAssignment(node.parent) && node.parent.name === node) &&
        !(ts.isPropertySignature(node.parent) && node.parent.name === node) &&
        !(ts.isMethodDeclaration(node.parent) && node.parent.name === node)
      ) {
        // the global `process` (process.env, process.exit…), not a property named process
        core.push({ file: rel, what: 'uses process' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { core, everywhere };
}

function scan(): { core: Finding[]; everywhere: Finding[] } {
  const core: Finding[] = [];
  const everywhere: Finding[] = [];
  for (const file of walk(SRC)) scanSource(relative(SRC, file), readFileSync(file, 'utf8'), core, everywhere);
  return { core, everywhere };
}

describe('supply chain and browser safety', () => {
  const { core, everywhere } = scan();

  it('the scanner sees what it looks for (and leaves alone what is safe)', () => {
    const core = `ner${sep}x.ts`;
    const cli = `cli${sep}x.ts`;
    const flagged: [string, string, 'core' | 'everywhere'][] = [
      [core, "import { readFileSync } from 'node:fs';", 'core'],
      [core, "import x from 'lodash';", 'core'],
      [core, "export { y } from 'some-package';", 'core'],
      [core, "fetch('https://example.org');", 'core'],
      [core, "globalThis.fetch('https://example.org');", 'core'],
      [core, "navigator.sendBeacon('/x', d);", 'core'],
      [core, "new WebSocket('wss://x');", 'core'],
      [core, 'const e = process.env.X;', 'core'],
      [cli, "eval('1+1');", 'everywhere'],
      [cli, "globalThis.eval('1+1');", 'everywhere'],
      [cli, "new Function('return 1');", 'everywhere'],
      [cli, "Function('return 1')();", 'everywhere'],
      [cli, "const m = require('x');", 'everywhere'],
      [cli, "await import('x');", 'everywhere'],
      [cli, "setTimeout('alert(1)', 10);", 'everywhere'],
      [`queue${sep}bullmq.ts`, 'await import(name);', 'everywhere'],
      [`queue${sep}bullmq.ts`, "await import('ioredis');", 'everywhere'],
      [`queue${sep}index.ts`, "await import('bullmq');", 'everywhere'],
      [core, "await import('bullmq');", 'everywhere'],
    ];
    for (const [rel, code, where] of flagged)
      expect(scanSource(rel, code)[where].length, code).toBeGreaterThan(0);
    const safe: [string, string][] = [
      [core, "import { a } from './a.js';"],
      [core, 'const o = { process: 1 }; o.process;'],
      [core, 'setTimeout(() => {}, 10);'],
      [cli, "import { readFileSync } from 'node:fs';"],
      [cli, "fetch('https://example.org');"],
      [`queue${sep}index.ts`, "import { Piscina } from 'piscina';"],
      [`queue${sep}bullmq.ts`, "await import('bullmq');"],
    ];
    for (const [rel, code] of safe) {
      const r = scanSource(rel, code);
      expect([...r.core, ...r.everywhere], code).toEqual([]);
    }
  });

  it('the core has no Node-only import, network call or process access', () => {
    expect(core).toEqual([]);
  });

  it('no eval, new Function, require() or dynamic import() anywhere in src/', () => {
    expect(everywhere).toEqual([]);
  });

  it('the runtime dependency tree (package-lock.json) is small, pinned by integrity hashes, permissively licensed, without install scripts', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    const entries = Object.entries<Record<string, unknown>>(lock.packages).filter(
      ([path, p]) => path !== '' && p.dev !== true && p.devOptional !== true,
    );
    expect(entries.length).toBeLessThanOrEqual(30);
    const LICENCES = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD']);
    const bad: string[] = [];
    for (const [path, p] of entries) {
      if (p.link === true) continue;
      if (typeof p.version !== 'string') bad.push(`${path}: no version`);
      // the lockfile may leave out `resolved` (then the configured registry is used); when present, npm's
      if (p.resolved !== undefined && !String(p.resolved).startsWith('https://registry.npmjs.org/'))
        bad.push(`${path}: resolved ${String(p.resolved)}`);
      if (typeof p.integrity !== 'string' || !p.integrity.startsWith('sha512-'))
        bad.push(`${path}: no sha512`);
      if (p.hasInstallScript === true) bad.push(`${path}: install script`);
      if (!LICENCES.has(String(p.license))) bad.push(`${path}: licence ${String(p.license)}`);
    }
    expect(bad).toEqual([]);
    // the lockfile holds exactly the pinned versions of the direct runtime dependencies
    for (const [name, version] of Object.entries<string>(pkg.dependencies ?? {}))
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
  });

  it('docs/hostile.md lists every runtime dependency with its licence', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const doc = readFileSync(join(ROOT, 'docs', 'hostile.md'), 'utf8');
    for (const name of Object.keys(pkg.dependencies ?? {})) {
      const dep = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
      const row = doc.split('\n').find((l) => l.includes(`\`${name}\``));
      expect(row, name).toBeDefined();
      expect(row).toContain(dep.version);
      expect(row).toContain(dep.license);
    }
  });

  it('the package has no install scripts and few, pinned runtime dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const hook of ['preinstall', 'install', 'postinstall']) expect(pkg.scripts?.[hook]).toBeUndefined();
    // `prepare` never runs for users installing the published tarball; it runs only for installs from git
    // (where dist/ must be built) and in the repository itself, and it may only build.
    expect(pkg.scripts?.prepare).toBe('npm run build');
    expect(pkg.scripts?.build).toBe('tsup');
    const deps = Object.entries<string>(pkg.dependencies ?? {});
    expect(deps.length).toBeLessThanOrEqual(5);
    for (const [, version] of deps) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
