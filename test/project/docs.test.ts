/**
 * The documentation as a newcomer meets it: README.md is a front page (<= 300 lines), every page under docs/ is
 * reachable from it through links, every relative link and #anchor resolves, the README's table of figures is
 * the one `npm run docs:readme` builds from docs/measurements/ (no figure copied by hand), and user pages carry
 * no development-log content (run dates, load averages, session or issue numbers).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const readme = join(root, 'README.md');
const read = (p: string) => readFileSync(p, 'utf8');

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? pages(p) : f.endsWith('.md') ? [p] : [];
  });
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(md: string): Set<string> {
  const out = new Set<string>();
  let fence = false;
  for (const line of md.split('\n')) {
    if (line.startsWith('```')) fence = !fence;
    const h = !fence && /^#{1,6} (.+)$/.exec(line);
    if (h) out.add(slug(h[1]));
  }
  return out;
}

/** Relative links of a Markdown file (code blocks skipped): [path, anchor]. */
function links(md: string): [string, string][] {
  const out: [string, string][] = [];
  const text = md.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1];
    if (/^[a-z]+:/.test(target)) continue;
    const [path, anchor = ''] = target.split('#');
    out.push([path, anchor]);
  }
  return out;
}

describe('README.md and docs/', () => {
  const all = [readme, ...pages(join(root, 'docs'))];

  it('README.md is a front page of at most 300 lines', () => {
    expect(read(readme).split('\n').length).toBeLessThanOrEqual(300);
  });

  it('every relative link and anchor resolves', () => {
    const broken: string[] = [];
    for (const file of all) {
      for (const [path, anchor] of links(read(file))) {
        const target = path === '' ? file : resolve(dirname(file), path);
        if (!existsSync(target)) broken.push(`${relative(root, file)} -> ${path}`);
        else if (anchor && statSync(target).isFile() && !anchors(read(target)).has(anchor))
          broken.push(`${relative(root, file)} -> ${path}#${anchor}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every docs/ page is reachable from README.md', () => {
    const seen = new Set<string>([readme]);
    const queue = [readme];
    while (queue.length > 0) {
      const file = queue.pop() as string;
      for (const [path] of links(read(file))) {
        if (path === '') continue;
        const target = resolve(dirname(file), path);
        const found =
          existsSync(target) && statSync(target).isDirectory()
            ? readdirSync(target)
                .filter((f) => f.endsWith('.md'))
                .map((f) => join(target, f))
            : [target];
        for (const t of found)
          if (t.endsWith('.md') && existsSync(t) && !seen.has(t)) {
            seen.add(t);
            queue.push(t);
          }
      }
    }
    const unreachable = all.filter((p) => !seen.has(p)).map((p) => relative(root, p));
    expect(unreachable).toEqual([]);
  });

  it("the README's table of figures is the one built from docs/measurements/ (npm run docs:readme)", () => {
    // run as a script: tests do not import from scripts/ (test/project/architecture.test.ts)
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const r = spawnSync(tsx, [join(root, 'scripts', 'tools', 'readme-table.ts'), '--check'], {
      encoding: 'utf8',
    });
    expect(r.stderr.trim()).toBe('');
    expect(r.status).toBe(0);
  });

  it('user pages carry no development-log content', () => {
    // measurement files are dated on purpose (written by the scripts); CHANGELOG is not a user page
    const user = all.filter((p) => !p.includes(`${join('docs', 'measurements')}`));
    const patterns = [
      /\bsession[- ]\d/i,
      /\bissue \d+/i,
      /\bload average\b/i,
      /\bload ≈/i,
      /\b20\d\d-\d\d-\d\d \d\d:\d\d/,
      /\b\d{1,2} (Nov|Dec|November|December) 20\d\d\b/,
      /\(\d\d:\d\d UTC/,
    ];
    const hits: string[] = [];
    for (const file of user)
      read(file)
        .replace(/```[\s\S]*?```/g, (block) => block.replace(/[^\n]/g, ''))
        .replace(/`[^`\n]*`/g, '``') // inline code is an example (a feed's date format), not a log
        .split('\n')
        .forEach((line, i) => {
          if (patterns.some((p) => p.test(line)))
            hits.push(`${relative(root, file)}:${i + 1}: ${line.slice(0, 90)}`);
        });
    expect(hits).toEqual([]);
  });
});
