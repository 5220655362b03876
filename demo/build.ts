/**
 * `npm run demo:build`: builds the static demo page into demo/dist/ (index.html, style.css, app.js and the
 * browser bundle dist/depeche.browser.min.js). Runs the package build first when the bundle is missing or
 * older than the sources. Serve demo/dist with any static server (no server code).
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const root = join(import.meta.dirname, '..');
const bundle = join(root, 'dist', 'depeche.browser.min.js');
const out = join(root, 'demo', 'dist');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest(join(root, 'src'))) {
  console.log('demo: the browser bundle is missing or stale, running the package build (tsup)…');
  const r = spawnSync('npx', ['tsup'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

mkdirSync(out, { recursive: true });
copyFileSync(bundle, join(out, 'depeche.browser.min.js'));
for (const f of ['index.html', 'style.css']) copyFileSync(join(root, 'demo', f), join(out, f));
const app = ts.transpileModule(readFileSync(join(root, 'demo', 'app.ts'), 'utf8'), {
  compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext },
});
writeFileSync(join(out, 'app.js'), app.outputText);
const kb = (p: string) => `${(statSync(p).size / 1024).toFixed(0)} KB`;
console.log(`demo: built ${out} (app.js ${kb(join(out, 'app.js'))}, depeche.browser.min.js ${kb(bundle)})`);
console.log(
  'demo: serve it with any static server, e.g. npx vite preview --outDir demo/dist, or python3 -m http.server -d demo/dist',
);
