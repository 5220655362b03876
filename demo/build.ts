/**
 * `npm run demo:build`: builds the static demo page into demo/dist/ (index.html, style.css, app.js and
 * depeche.browser.min.js, a minified ESM bundle of src/index.ts built with tsup for the page only; the
 * npm package does not ship it, its `dist/index.js` is already browser-ready ESM). `npm run demo:serve`
 * builds and serves it. No server code.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import ts from 'typescript';

const root = join(import.meta.dirname, '..');
const out = join(root, 'demo', 'dist');
const bundle = join(out, 'depeche.browser.min.js');

await build({
  entry: { 'depeche.browser': join(root, 'src', 'index.ts') },
  outDir: out,
  format: ['esm'],
  platform: 'browser',
  target: 'es2020',
  minify: true,
  clean: true,
  config: false,
  silent: true,
  outExtension: () => ({ js: '.min.js' }),
});

for (const f of ['index.html', 'style.css']) writeFileSync(join(out, f), readFileSync(join(root, 'demo', f)));
const app = ts.transpileModule(readFileSync(join(root, 'demo', 'app.ts'), 'utf8'), {
  compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext },
});
writeFileSync(join(out, 'app.js'), app.outputText);
const kb = (p: string) => `${(statSync(p).size / 1024).toFixed(0)} KB`;
console.log(`demo: built ${out} (app.js ${kb(join(out, 'app.js'))}, depeche.browser.min.js ${kb(bundle)})`);
console.log('demo: serve it with `npm run demo:serve` (or any static server on demo/dist)');
