/**
 * `npm run demo`: analyses the bundled example article (fixtures/interpol-marrakech-2025-11-25.txt,
 * published 2025-11-25) and prints what every stage found. `npm run demo -- --json` prints the JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { colourWanted, formatAnalysis, makeStyle } from '../../src/cli/format.js';
import { analyze } from '../../src/index.js';

const id = 'interpol-marrakech-2025-11-25';
const dir = join(import.meta.dirname, '..', '..', 'fixtures');
const body = readFileSync(join(dir, `${id}.txt`), 'utf8');
const meta = JSON.parse(readFileSync(join(dir, `${id}.meta.json`), 'utf8')) as { publishedAt: string };

const t0 = performance.now();
const result = analyze({ id, body, publishedAt: meta.publishedAt }, { timings: true });
const ms = performance.now() - t0;

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const style = makeStyle(colourWanted(process.stdout, process.env));
  console.log(style.bold(`depeche: analyze() on fixtures/${id}.txt (published ${meta.publishedAt})`));
  console.log(style.dim(`(the text starts: "${body.slice(0, 70).replace(/\s+/g, ' ')}…")\n`));
  process.stdout.write(formatAnalysis(result, style));
  console.log(
    style.dim(
      `\nFirst call, models included: ${ms.toFixed(0)} ms. Try: npx depeche analyze <file> (after npm run build)`,
    ),
  );
}
