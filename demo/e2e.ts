/**
 * `npm run test:e2e`: builds the demo, serves demo/dist on a localhost port, opens it in headless Debian
 * Chromium (playwright-core, /usr/bin/chromium), pastes the flagship article and checks the highlights,
 * the entity lists, the summary, and that every mark covers exactly its span of the text; then the layout:
 * at 1400×1000 the annotated text sits beside the results and every result section starts above the fold,
 * each entity type has its own colour and a visible label, dates are listed once, and neither 1400 nor
 * 390 px wide scrolls sideways. Saves screenshots at both widths to demo/dist/e2e-1400x1000.png and
 * demo/dist/e2e-390.png (CI artefacts). Exit code 0 when every check passes.
 * Install the browser with `apt-get install -y chromium` (CHROMIUM=/path overrides the path).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { FLAGSHIP_MISSING, readFlagship } from '../fixtures/flagship.js';

const root = join(import.meta.dirname, '..');
const site = join(root, 'demo', 'dist');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const flagship = readFlagship();
if (flagship === undefined) {
  // its checks are written for the flagship article, whose text is not in the repository
  console.error(`e2e: skipped, ${FLAGSHIP_MISSING}`);
  process.exit(0);
}
const article: string = flagship;

if (!existsSync(join(site, 'index.html'))) {
  console.error('e2e: demo/dist is missing: run npm run demo:build first');
  process.exit(1);
}
if (!existsSync(executablePath)) {
  console.error(`e2e: no browser at ${executablePath}: apt-get install -y chromium (or set CHROMIUM)`);
  process.exit(1);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(site, path === '/' ? 'index.html' : path);
  if (!file.startsWith(site) || !existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const failures: string[] = [];
function check(name: string, ok: boolean, detail = ''): void {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
  if (!ok) failures.push(name);
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 20_000 });
  check('the page loads the browser bundle', true);

  // Paste the article (a real paste event into the textarea), set the publication date, analyse.
  await page.fill('#date', '2025-11-25');
  await page.focus('#input');
  await page.evaluate((text) => {
    const ta = document.getElementById('input') as HTMLTextAreaElement;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const ev = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (ta.dispatchEvent(ev)) {
      ta.value = text; // the default action of a paste
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, article);
  await page.click('#run');
  await page.waitForSelector('#output[data-state="done"]', { timeout: 20_000 });
  check('the analysis runs', true, await page.textContent('#stats').then((s) => s ?? ''));

  const marks = await page.$$eval('#highlighted mark', (ms) =>
    ms.map((m) => ({
      type: m.getAttribute('data-type') ?? '',
      start: Number(m.getAttribute('data-start')),
      end: Number(m.getAttribute('data-end')),
      text: m.textContent ?? '',
    })),
  );
  const shown = await page.$eval('#highlighted', (d) => d.textContent ?? '');
  check('the annotated text is the article, untouched', shown === article);
  check(
    'every highlight covers exactly its span of the text',
    marks.length > 0 && marks.every((m) => article.slice(m.start, m.end) === m.text),
    `${marks.length} highlights`,
  );
  const of = (type: string) => new Set(marks.filter((m) => m.type === type).map((m) => m.text));
  const per = of('PER');
  const people = [
    'Abdellatif Hammouchi',
    'Ahmed Naser Al-Raisi',
    'Abdelouafi Laftit',
    'Nasser Bourita',
    'Fouzi Lekjaa',
    'Valdecy Urquiza',
  ];
  const foundPeople = people.filter((p) => per.has(p));
  check(
    'people are highlighted as PER',
    foundPeople.length >= 5,
    `${foundPeople.length}/${people.length}: ${[...per].join(', ')}`,
  );
  const org = of('ORG');
  check('DGSN and DGST are highlighted as ORG', org.has('DGSN') && org.has('DGST'), [...org].join(', '));
  check('Marrakech is highlighted as LOC', of('LOC').has('Marrakech'), [...of('LOC')].join(', '));
  const colours = await page.$$eval(
    '#highlighted mark[data-type="PER"], #highlighted mark[data-type="LOC"]',
    (ms) => ms.map((m) => `${m.getAttribute('data-type')}:${getComputedStyle(m).backgroundColor}`),
  );
  check('types are shown in distinct colours', new Set(colours.map((c) => c.split(':')[1])).size >= 2);
  const groups = await page.$$eval('#entities ul.groups li', (lis) => lis.map((li) => li.textContent ?? ''));
  check(
    'the entity list groups mentions',
    groups.some((g) => g.includes('Abdellatif Hammouchi')),
    `${groups.length} entities`,
  );
  const summary = (await page.textContent('#summary')) ?? '';
  check('a summary is shown', summary.length > 40, summary.slice(0, 80));
  const dates = (await page.textContent('#dates')) ?? '';
  const topics = (await page.textContent('#topics')) ?? '';
  if (!dates.includes('absente'))
    check('dates show their values', /2025-11-24/.test(dates), dates.slice(0, 120));
  else console.log('  (dates stage not in this build)');
  if (!topics.includes('absente'))
    check('topics are shown with scores', /0\.\d\d/.test(topics), topics.slice(0, 120));
  else console.log('  (topics stage not in this build)');
  check('no errors in the page', errors.length === 0, errors.join(' | '));

  // Layout at 1400×1000, before any scrolling: text beside the results, every result section above the fold.
  await page.evaluate(() => window.scrollTo(0, 0));
  // (no named functions inside evaluate(): tsx would wrap them in a helper the page does not have)
  const layout = await page.evaluate(() => {
    const [text, results, ...boxes] = [
      '#highlighted',
      '#results-pane',
      '#summary-box',
      '#topics-box',
      '#entities-box',
      '#dates-box',
    ].map((s) => {
      const r = (document.querySelector(s) as HTMLElement).getBoundingClientRect();
      return { s, left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
    });
    return {
      text,
      results,
      boxes,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      innerHeight: window.innerHeight,
    };
  });
  check(
    'wide: the annotated text is beside the results',
    layout.text.right <= layout.results.left &&
      layout.text.top < layout.results.bottom &&
      layout.results.top < layout.text.bottom,
    `text ${Math.round(layout.text.left)}–${Math.round(layout.text.right)} px, results from ${Math.round(layout.results.left)} px`,
  );
  check(
    'wide: the annotated text starts above the fold',
    layout.text.top + 100 <= layout.innerHeight,
    `top ${Math.round(layout.text.top)} px`,
  );
  const below = layout.boxes.filter((b) => b.top + 60 > layout.innerHeight || b.width < 150);
  check(
    'wide: every result section (summary, topics, entities, dates) starts above the fold',
    below.length === 0,
    layout.boxes.map((b) => `${b.s} ${Math.round(b.top)} px`).join(', '),
  );
  check(
    'wide: no horizontal scroll',
    layout.scrollWidth <= layout.innerWidth,
    `${layout.scrollWidth} / ${layout.innerWidth}`,
  );
  const palette = await page.evaluate(() => {
    const out: Record<string, { bg: string; label: string }> = {};
    for (const m of document.querySelectorAll<HTMLElement>('#highlighted mark')) {
      const type = m.dataset.type ?? '';
      if (out[type]) continue;
      out[type] = {
        bg: getComputedStyle(m).backgroundColor,
        label: getComputedStyle(m, '::after').content.replace(/"/g, ''),
      };
    }
    return out;
  });
  const kinds = Object.keys(palette);
  check(
    'each highlighted type has its own colour',
    kinds.length >= 4 && new Set(kinds.map((k) => palette[k].bg)).size === kinds.length,
    kinds.map((k) => `${k} ${palette[k].bg}`).join(', '),
  );
  check(
    'each highlight carries its type as a label (colour is not the only cue)',
    kinds.every((k) => palette[k].label === k),
    kinds.map((k) => `${k}: ${palette[k].label}`).join(', '),
  );
  const dateLists = await page.evaluate(() => ({
    tables: document.querySelectorAll('#dates-table').length,
    inEntities: document.querySelectorAll('#entities [data-type="DATE"]').length,
    rows: document.querySelectorAll('#dates-table tr').length - 1,
    marks: document.querySelectorAll('#highlighted mark[data-type="DATE"]').length,
  }));
  check(
    'dates are listed once (the dates table, not among the entities)',
    dateLists.tables === 1 && dateLists.inEntities === 0 && dateLists.rows >= dateLists.marks,
    `${dateLists.rows} rows, ${dateLists.marks} date highlights, ${dateLists.inEntities} in the entity list`,
  );
  const wide = join(site, 'e2e-1400x1000.png');
  const wideShot = await page.screenshot({ path: wide });
  check('1400×1000 screenshot saved', wideShot.length > 50_000, `${wide} (${wideShot.length} bytes)`);

  const firstPer = page.locator('#highlighted mark[data-type="PER"]').first();
  const box = await firstPer.boundingBox();
  check(
    'highlights are visible on screen',
    (await firstPer.isVisible()) && box !== null && box.width > 20 && box.height > 8,
  );
  const markShot = await firstPer.screenshot();
  const textShot = await page.locator('#highlighted').screenshot();
  check(
    'the screenshots render (non-empty images)',
    markShot.length > 500 && textShot.length > 20_000,
    `${markShot.length} B, ${textShot.length} B`,
  );

  // Phone width: one column, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const narrow = await page.evaluate(() => {
    const wider = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((e) => e.id || e.tagName.toLowerCase());
    const text = document.querySelector('#highlighted')?.getBoundingClientRect();
    const results = document.querySelector('#results-pane')?.getBoundingClientRect();
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      wider,
      stacked: text !== undefined && results !== undefined && results.top >= text.bottom,
    };
  });
  check(
    '390 px: no horizontal scroll',
    narrow.scrollWidth <= narrow.innerWidth && narrow.wider.length === 0,
    `${narrow.scrollWidth} / ${narrow.innerWidth}${narrow.wider.length ? `; wider: ${narrow.wider.join(', ')}` : ''}`,
  );
  check('390 px: results below the text (one column)', narrow.stacked);
  const phone = join(site, 'e2e-390.png');
  const phoneShot = await page.screenshot({ path: phone, fullPage: true });
  check('390 px screenshot saved', phoneShot.length > 50_000, `${phone} (${phoneShot.length} bytes)`);
  await page.setViewportSize({ width: 1400, height: 1000 });

  // The sample button fills the form with the fictional sample and analyses it.
  await page.click('#sample');
  await page.waitForFunction(() =>
    document.querySelector('#highlighted')?.textContent?.includes('Sommet européen'),
  );
  const sampleTypes = await page.$$eval('#highlighted mark', (ms) => [
    ...new Set(ms.map((m) => m.getAttribute('data-type'))),
  ]);
  check(
    'the sample article is analysed too',
    sampleTypes.includes('LOC') && sampleTypes.includes('DATE'),
    sampleTypes.join(', '),
  );
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  console.error(`e2e: ${failures.length} check(s) failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('e2e: all checks passed');
