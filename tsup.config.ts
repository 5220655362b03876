import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', eval: 'src/eval/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/index.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
  },
  {
    // depeche/queue (Node only): bullmq is an optional peer dependency, loaded on first use.
    entry: { queue: 'src/queue/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    platform: 'node',
    target: 'node20',
    shims: true,
    external: ['bullmq'],
  },
  {
    // the worker threads of depeche/queue and of `depeche worker`
    entry: { 'queue-thread': 'src/queue/thread.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
  },
  {
    entry: { 'depeche.browser': 'src/index.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2020',
    minify: true,
    outExtension: () => ({ js: '.min.js' }),
  },
]);
