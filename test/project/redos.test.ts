/**
 * Every regular expression in src/ is checked by the recheck ReDoS analyser: none may be super-linear.
 * Regular expressions built at run time (new RegExp with a computed pattern) are listed, and each must be
 * in ALLOWED_DYNAMIC with the reason it is safe.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** file:line of `new RegExp(nonLiteral)` calls that are known to be safe, with why. */
const ALLOWED_DYNAMIC: Record<string, string> = {};

interface Found {
  where: string;
  source: string;
  flags: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.ts') && !p.includes(`${join('lang', 'fr', 'generated')}`)) out.push(p);
  }
  return out;
}

/** Regular expressions of one source file: literals (and RegExp calls with literal patterns), and RegExp calls built at run time. */
function collectFrom(file: string, code: string, literals: Found[] = [], dynamic: string[] = []) {
  {
    const sf = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true);
    const where = (node: ts.Node) =>
      `${relative(SRC, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        literals.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          literals.push({
            where: where(node),
            source: pattern.text,
            flags: flags ? (flags as ts.StringLiteral).text : '',
          });
        } else if (pattern && !(ts.isIdentifier(pattern) || ts.isPropertyAccessExpression(pattern))) {
          dynamic.push(where(node));
        } else if (pattern) {
          dynamic.push(where(node));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, dynamic };
}

function collect(): { literals: Found[]; dynamic: string[] } {
  const literals: Found[] = [];
  const dynamic: string[] = [];
  for (const file of walk(SRC)) collectFrom(file, readFileSync(file, 'utf8'), literals, dynamic);
  return { literals, dynamic };
}

const { literals, dynamic } = collect();

describe('ReDoS: regular expressions in src/', () => {
  it('finds the regular expressions to check', () => {
    expect(literals.length).toBeGreaterThan(5);
  });

  it('the collector finds literals, literal RegExp calls and run-time patterns', () => {
    const f = join(SRC, 'x.ts');
    const r = collectFrom(
      f,
      "const a = /ab+c/giu; const b = new RegExp('x|y', 'g'); const c = RegExp(words.join('|')); const d = new RegExp(src);",
    );
    expect(r.literals.map((l) => [l.source, l.flags])).toEqual([
      ['ab+c', 'giu'],
      ['x|y', 'g'],
    ]);
    expect(r.dynamic).toEqual(['x.ts:1', 'x.ts:1']);
  });

  it('recheck flags the classic catastrophic patterns and passes linear ones', async () => {
    for (const bad of ['^(a+)+$', '^(a|a)*$', '^(\\w+\\s?)*$', '(x+x+)+y'])
      expect((await check(bad, '', { timeout: 10_000 })).status, bad).toBe('vulnerable');
    for (const good of ['^\\p{Lu}[\\p{Lu}\\d.&-]{1,9}$', '[\\s\\u00a0]+', '^(\\d{4})-(\\d{2})-(\\d{2})$'])
      expect((await check(good, 'u', { timeout: 10_000 })).status, good).toBe('safe');
  }, 60_000);

  it('has no run-time-built regular expression outside the reviewed list', () => {
    expect(dynamic.filter((w) => !(w in ALLOWED_DYNAMIC))).toEqual([]);
  });

  it(
    'none is super-linear (recheck)',
    async () => {
      const bad: string[] = [];
      for (const r of literals) {
        const d = await check(r.source, r.flags.replace('g', ''), { timeout: 10_000 });
        if (d.status === 'vulnerable') {
          bad.push(`${r.where} /${r.source}/${r.flags}: ${d.complexity.summary}, attack ${d.attack.pattern}`);
        } else if (d.status === 'unknown') {
          bad.push(`${r.where} /${r.source}/${r.flags}: could not be decided (${d.error.kind})`);
        }
      }
      expect(bad).toEqual([]);
    },
    5 * 60_000,
  );
});
