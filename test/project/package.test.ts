/**
 * package.json stays coherent as subpath exports are added: every export with type declarations has a
 * `typesVersions` entry (so TypeScript's node10 resolution, `"moduleResolution": "node"`, finds it), pointing
 * at the CommonJS declarations of that export; every file an export names is built by tsup.config.ts.
 * The packed tarball itself is checked by `npm run check:package` (sizes) and `npm run test:package`
 * (consumers), both run from .ci/run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, Record<string, string>>>;
  typesVersions?: Record<string, Record<string, string[]>>;
  types: string;
  main: string;
  files: string[];
  repository?: { url: string };
  homepage?: string;
  bugs?: { url: string };
  scripts: Record<string, string>;
};

const conditional = Object.entries(pkg.exports).filter(
  (e): e is [string, Record<string, Record<string, string>>] => typeof e[1] === 'object',
);

describe('package.json', () => {
  it('has conditional exports with types for import and require', () => {
    expect(conditional.map(([k]) => k)).toContain('.');
    for (const [key, cond] of conditional) {
      expect(cond.import?.types, key).toMatch(/^\.\/dist\/.+\.d\.ts$/);
      expect(cond.require?.types, key).toMatch(/^\.\/dist\/.+\.d\.cts$/);
    }
  });

  it('maps every typed subpath in typesVersions (node10 resolution)', () => {
    const map = pkg.typesVersions?.['*'] ?? {};
    const subpaths = conditional.map(([k]) => k).filter((k) => k !== '.');
    expect(Object.keys(map).sort()).toEqual(subpaths.map((k) => k.slice(2)).sort());
    for (const [key, cond] of conditional) {
      if (key === '.') expect(pkg.types).toBe(cond.require.types);
      else expect(map[key.slice(2)], key).toEqual([cond.require.types]);
    }
    expect(pkg.main).toBe(conditional.find(([k]) => k === '.')?.[1].require.default);
  });

  it('builds every exported module in tsup.config.ts', () => {
    const config = readFileSync(join(root, 'tsup.config.ts'), 'utf8');
    const library = /const library = \{([^}]*)\}/.exec(config)?.[1] ?? '';
    for (const [key] of conditional) {
      const name = key === '.' ? 'index' : key.slice(2);
      expect(library, `tsup.config.ts library entries should build ${name}`).toMatch(
        new RegExp(`['"]?${name}['"]?\\s*:`),
      );
    }
  });

  it('is installable from git and says where it lives', () => {
    expect(pkg.scripts.prepare).toBe('npm run build');
    const repo = pkg.repository?.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(repo).toMatch(/^https:\/\/github\.com\/[\w-]+\/[\w-]+$/);
    expect(pkg.homepage?.startsWith(repo ?? '?')).toBe(true);
    expect(pkg.bugs?.url).toBe(`${repo}/issues`);
  });
});
