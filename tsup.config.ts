import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/**
 * The package build. Each model (several MB of base64 in src/lang/fr/generated) must be shipped once per
 * module format: the entry points of a format are built together with code splitting, so they share one
 * chunk instead of each bundling its own copy. No sourcemaps: they would embed the model sources again.
 *
 * - `library`: public entry points, ESM and CommonJS with type declarations. A new subpath export goes here
 *   (and in package.json `exports` and `typesVersions`; test/project/package.test.ts checks they agree).
 * - `nodeOnly`: the CLI and worker threads, ESM only, sharing the ESM library chunks.
 *
 * The ESM build is platform-neutral code (no `node:` import outside the CLI), so bundlers and browsers use
 * `dist/index.js` directly; there is no separate browser bundle (the demo builds its own).
 */
const library = { index: 'src/index.ts', eval: 'src/eval/index.ts', queue: 'src/queue/index.ts' };
const nodeOnly = {
  cli: 'src/cli/index.ts',
  worker: 'src/cli/worker.ts',
  // the worker threads of depeche/queue and of `depeche worker`
  'queue-thread': 'src/queue/thread.ts',
};

const common = {
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  splitting: true,
  minify: false,
  // depeche/queue: bullmq is an optional peer dependency, loaded on first use
  external: ['bullmq'] as string[],
  // French text in the models (word lists, gazetteers) kept as UTF-8 instead of \xE9 / \u2019 escapes: about
  // 0.25 MB less per format, same strings at run time
  esbuildOptions(options: { charset?: string }) {
    options.charset = 'utf8';
  },
} as const;

export default defineConfig([
  {
    ...common,
    entry: { ...library, ...nodeOnly },
    format: ['esm'],
    dts: { entry: library },
    clean: true,
    async onSuccess() {
      // The bin needs a shebang; a banner would put it on every file.
      const cli = 'dist/cli.js';
      const js = readFileSync(cli, 'utf8');
      if (!js.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${js}`);
      chmodSync(cli, 0o755);
    },
  },
  {
    ...common,
    entry: library,
    format: ['cjs'],
    shims: true, // import.meta.url in depeche/queue (it locates its thread file)
    dts: { entry: library },
  },
]);
