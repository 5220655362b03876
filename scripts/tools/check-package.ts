/**
 * `npm run check:package`: what `npm pack` would publish, checked against the size bars (packed <= 5 MB,
 * unpacked <= 15 MB), with no sourcemap and no JavaScript file that no export or bin reaches except the
 * shared chunks; then `publint --strict` and `attw` with every resolution profile (node10, node16 from CJS
 * and ESM, bundler) on the packed tarball. Needs a build (`npm run build`); packs with `--ignore-scripts` so
 * that `prepare` does not rebuild. Exit 1 when anything fails. Run from .ci/run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const MB = 1_000_000;
const BARS = { packed: 5 * MB, unpacked: 15 * MB };

interface PackFile {
  path: string;
  size: number;
}
const [info] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
) as { size: number; unpackedSize: number; files: PackFile[] }[];

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const targets = new Set<string>();
const walk = (v: unknown): void => {
  if (typeof v === 'string') targets.add(v.replace(/^\.\//, ''));
  else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
};
walk(pkg.exports);
walk(pkg.bin);

const problems: string[] = [];
if (info.size > BARS.packed) problems.push(`packed ${info.size} bytes > ${BARS.packed}`);
if (info.unpackedSize > BARS.unpacked)
  problems.push(`unpacked ${info.unpackedSize} bytes > ${BARS.unpacked}`);
for (const f of info.files) {
  if (f.path.endsWith('.map')) problems.push(`sourcemap shipped: ${f.path}`);
  const js = /\.(c|m)?js$/.test(f.path) && f.path.startsWith('dist/');
  // shared chunks (from code splitting) and the CLI's worker threads are reached through other files
  if (js && !targets.has(f.path) && !/^dist\/(chunk-[\w-]+|[\w-]*(worker|thread))\.(c|m)?js$/.test(f.path))
    problems.push(`JavaScript file no export reaches: ${f.path}`);
}
for (const t of targets)
  if (!info.files.some((f) => f.path === t)) problems.push(`export target missing from the tarball: ${t}`);

const mb = (n: number) => `${(n / MB).toFixed(2)} MB`;
const big = [...info.files].sort((a, b) => b.size - a.size).slice(0, 6);
console.log(
  `npm pack: ${info.files.length} files, packed ${mb(info.size)} (bar 5 MB), unpacked ${mb(info.unpackedSize)} (bar 15 MB)`,
);
for (const f of big) console.log(`  ${mb(f.size).padStart(9)}  ${f.path}`);

// publint (strict: warnings fail) and Are The Types Wrong, all profiles, on the real tarball.
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const tmp = mkdtempSync(join(tmpdir(), 'depeche-pack-'));
try {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as { filename: string }[];
  for (const [name, args] of [
    ['publint', ['--strict', '--pack', 'npm']],
    ['attw', [join(tmp, packed.filename), '--format', 'table-flipped']],
  ] as const) {
    const r = spawnSync(bin(name), [...args], { cwd: root, encoding: 'utf8' });
    console.log(`${name} ${args.join(' ')}: exit ${r.status}`);
    if (r.status !== 0) {
      process.stdout.write(r.stdout + r.stderr);
      problems.push(`${name} failed`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (problems.length > 0) {
  for (const p of problems) console.error(`check:package: ${p}`);
  process.exit(1);
}
console.log('check:package: ok (sizes, publint --strict, attw node10/node16/bundler)');
