import { FLAGSHIP_ID, FLAGSHIP_MISSING, flagshipPublishedAt, readFlagship } from '../../fixtures/flagship.js';
import { colourWanted, formatAnalysis, makeStyle } from '../../src/cli/format.js';
import { analyze } from '../../src/index.js';

const id = FLAGSHIP_ID;
const body = readFlagship();
const publishedAt = flagshipPublishedAt();
if (body === undefined || publishedAt === undefined) {
  console.error(`npm run demo: ${FLAGSHIP_MISSING}`);
  process.exit(1);
}
const meta = { publishedAt };

const t0 = performance.now();
const result = analyze({ id, body, publishedAt: meta.publishedAt }, { timings: true });
const ms = performance.now() - t0;

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const style = makeStyle(colourWanted(process.stdout, process.env));
  console.log(
    style.bold(`depeche: analyze() on ../shared/data/articles/${id}.txt (published ${meta.publishedAt})`),
  );
  console.log(style.dim(`(the text starts: "${body.slice(0, 70).replace(/\s+/g, ' ')}…")\n`));
  process.stdout.write(formatAnalysis(result, style));
  console.log(
    style.dim(
      `\nFirst call, models included: ${ms.toFixed(0)} ms. Try: npx depeche analyze <file> (after npm run build)`,
    ),
  );
}
