/**
 * The demo page: runs depeche's analyze() from the browser bundle on the pasted article and shows
 * entities highlighted by type, dates with values, topics with scores and the summary.
 * Built into demo/dist/app.js by demo/build.ts (type-stripped only).
 */

interface Spanned {
  text: string;
  start: number;
  end: number;
}
interface Result {
  text: string;
  language?: { lang: string; confidence?: number } | null;
  entities?: (Spanned & { type: string; score?: number; canonical?: string; value?: string })[] | null;
  entityGroups?: { canonical: string; type: string; count: number }[] | null;
  dates?: (Spanned & { type: string; value: string; range?: { start: string; end: string } })[] | null;
  topics?: { id: string; label?: { fr?: string; en?: string }; iptc?: string | null; score: number }[] | null;
  summary?: { text: string; sentences: (Spanned & { index: number; score: number })[] } | null;
  quotes?:
    | (Spanned & {
        kind: string;
        speaker: (Spanned & { type: string; entity?: string }) | null;
        cue: { lemma: string } | null;
      })[]
    | null;
  stats: { characters: number; tokens: number; sentences: number; ms?: Record<string, number> };
}
interface Lib {
  analyze(
    input: { title?: string; body: string; publishedAt?: string },
    options?: { timings?: boolean },
  ): Result;
}

const NAME_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const TYPE_LABELS: Record<string, string> = {
  PER: 'Personnes',
  ORG: 'Organisations',
  LOC: 'Lieux',
  MISC: 'Autres noms',
  DATE: 'Dates',
};

const SAMPLE_TITLE = 'Lyon accueille le Sommet européen de la mobilité urbaine';
const SAMPLE = `Lyon, 11 mars 2025 – La maire de Lyon, Hélène Marchand, a ouvert mardi matin le Sommet européen de la mobilité urbaine, qui réunit jusqu'à jeudi des élus de quarante villes. La Commission européenne doit y présenter un plan de 2 milliards d'euros pour les transports publics.

« Nos rues doivent redevenir des lieux de vie », a déclaré l'élue devant des délégations venues de Barcelone, de Milan et de Berlin. Le ministre des Transports, Paul Girard, rejoindra les débats mercredi.

Selon la Métropole de Lyon, la fréquentation du tramway a progressé de 12 % depuis janvier 2024. Les syndicats de la SNCF ont toutefois appelé à la grève le 20 mars prochain, et l'association Lyon à vélo réclame depuis trois ans de nouvelles pistes cyclables.`;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function tag(type: string): HTMLElement {
  return el('span', { class: 'tag', 'data-type': type }, type);
}

function unavailable(box: HTMLElement, what: string): void {
  box.replaceChildren(el('p', { class: 'muted' }, `${what} : étape absente de cette version.`));
}

/**
 * The text with non-overlapping marks: names from `entities`, dates from `dates` (the one list of dates; a
 * DATE entity, which older builds also gave, is left out so that each date is shown once).
 */
function renderHighlighted(r: Result): void {
  type Mark = Spanned & { kind: 'ent' | 'date'; type: string; title: string };
  const marks: Mark[] = [];
  for (const e of r.entities ?? []) {
    if (e.type === 'DATE') continue;
    const title = `${TYPE_LABELS[e.type] ?? e.type}${e.canonical && e.canonical !== e.text ? ` → ${e.canonical}` : ''}${e.value ? ` = ${e.value}` : ''}`;
    marks.push({ ...e, kind: 'ent', title });
  }
  for (const d of r.dates ?? [])
    marks.push({ ...d, kind: 'date', type: 'DATE', title: `${d.type} = ${d.value}` });
  marks.sort((a, b) => a.start - b.start || (a.kind === 'ent' ? -1 : 1) || b.end - a.end);
  const box = $('highlighted');
  const parts: Node[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue; // overlaps a mark already placed
    if (m.start > at) parts.push(document.createTextNode(r.text.slice(at, m.start)));
    const mark = el('mark', {
      class: m.kind === 'ent' ? 'ent' : 'date',
      'data-type': m.type,
      'data-start': String(m.start),
      'data-end': String(m.end),
      title: m.title,
    });
    mark.textContent = r.text.slice(m.start, m.end);
    parts.push(mark);
    at = m.end;
  }
  parts.push(document.createTextNode(r.text.slice(at)));
  box.replaceChildren(...parts);
}

function renderEntities(r: Result): void {
  const box = $('entities');
  if (r.entityGroups === undefined) {
    unavailable(box, 'Entités');
    return;
  }
  if (r.entityGroups === null || !r.entityGroups.some((g) => g.type !== 'DATE')) {
    box.replaceChildren(el('p', { class: 'muted' }, 'Aucune entité trouvée.'));
    return;
  }
  const nodes: Node[] = [];
  for (const type of NAME_TYPES) {
    const groups = r.entityGroups.filter((g) => g.type === type);
    if (groups.length === 0) continue;
    const ul = el('ul', { class: 'groups', 'data-type': type });
    for (const g of groups) {
      const li = el('li');
      li.append(tag(type), document.createTextNode(g.canonical));
      if (g.count > 1) li.append(el('span', { class: 'count' }, ` ×${g.count}`));
      ul.append(li);
    }
    nodes.push(el('h3', {}, TYPE_LABELS[type]), ul);
  }
  box.replaceChildren(...nodes);
}

function renderDates(r: Result): void {
  const box = $('dates');
  if (r.dates === undefined) {
    unavailable(box, 'Dates');
    return;
  }
  const rows = r.dates ?? [];
  if (rows.length === 0) {
    box.replaceChildren(el('p', { class: 'muted' }, 'Aucune date trouvée.'));
    return;
  }
  const table = el('table', { id: 'dates-table' });
  const head = el('tr');
  head.append(el('th', {}, 'Expression'), el('th', {}, 'Valeur (TIMEX3)'), el('th', {}, 'Type'));
  table.append(head);
  for (const d of rows) {
    const tr = el('tr');
    const value = el('td');
    value.append(el('code', {}, d.value));
    const range = d.range;
    if (range) value.append(el('span', { class: 'count' }, ` (${range.start} … ${range.end})`));
    tr.append(el('td', {}, d.text), value, el('td', {}, d.type));
    table.append(tr);
  }
  box.replaceChildren(table);
}

function renderTopics(r: Result): void {
  const box = $('topics');
  if (r.topics === undefined) {
    unavailable(box, 'Thèmes');
    return;
  }
  if (r.topics === null || r.topics.length === 0) {
    box.replaceChildren(el('p', { class: 'muted' }, 'Aucun thème au-dessus du seuil.'));
    return;
  }
  const table = el('table', { id: 'topics-table' });
  for (const t of r.topics) {
    const tr = el('tr');
    const bar = el('span', { class: 'bar', style: `width:${Math.round(t.score * 80)}px` });
    const score = el('td');
    score.append(bar, document.createTextNode(` ${t.score.toFixed(2)}`));
    const label = el('td', {}, t.label?.fr ?? t.id);
    label.append(el('span', { class: 'count' }, ` ${t.iptc ?? t.id}`));
    tr.append(score, label);
    table.append(tr);
  }
  box.replaceChildren(table);
}

function renderSummary(r: Result): void {
  const box = $('summary');
  if (r.summary === undefined) {
    unavailable(box, 'Résumé');
    return;
  }
  box.replaceChildren(el('p', { id: 'summary-text' }, r.summary?.text || '(texte trop court)'));
}

/** Quotations with their speakers: who (linked entity), the speech verb, what. */
function renderQuotes(r: Result): void {
  const box = $('quotes');
  if (r.quotes === undefined) {
    unavailable(box, 'Citations');
    return;
  }
  if (r.quotes === null || r.quotes.length === 0) {
    box.replaceChildren(el('p', { class: 'muted' }, 'Aucune citation.'));
    return;
  }
  const list = el('ul', { id: 'quotes-list' });
  for (const q of r.quotes) {
    const li = el('li', { 'data-kind': q.kind });
    const sp = q.speaker;
    const who = sp
      ? sp.entity && sp.entity !== sp.text
        ? `${sp.text} (${sp.entity})`
        : sp.text
      : 'source non dite';
    li.append(
      sp
        ? el('span', { class: 'tag', 'data-type': sp.type === 'OTHER' ? 'MISC' : sp.type }, sp.type)
        : document.createTextNode(''),
    );
    li.append(el('strong', {}, ` ${who}`), document.createTextNode(q.cue ? ` — ${q.cue.lemma} : ` : ' : '));
    li.append(el('q', {}, q.text), el('span', { class: 'muted' }, ` (${q.kind})`));
    list.append(li);
  }
  box.replaceChildren(list);
}

function render(r: Result): void {
  const s = r.stats;
  const lang = r.language ? `langue ${r.language.lang} · ` : '';
  const ms = s.ms?.total !== undefined ? ` · ${s.ms.total.toFixed(0)} ms` : '';
  $('stats').textContent =
    `${lang}${s.characters} caractères · ${s.tokens} mots et signes · ${s.sentences} phrases${ms}`;
  const legend = $('legend');
  legend.replaceChildren(
    ...[...NAME_TYPES, 'DATE'].map((t) => {
      const item = el('span');
      item.append(tag(t), document.createTextNode(TYPE_LABELS[t]));
      return item;
    }),
  );
  renderHighlighted(r);
  renderEntities(r);
  renderDates(r);
  renderTopics(r);
  renderSummary(r);
  renderQuotes(r);
}

async function main(): Promise<void> {
  const status = $('status');
  const output = $('output');
  let lib: Lib;
  try {
    lib = (await import('./depeche.browser.min.js' as string)) as Lib;
  } catch (e) {
    status.textContent = `Impossible de charger la bibliothèque : ${(e as Error).message}`;
    return;
  }
  const input = $<HTMLTextAreaElement>('input');
  const title = $<HTMLInputElement>('title');
  const date = $<HTMLInputElement>('date');
  date.value = new Date().toISOString().slice(0, 10);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    // a click (or the sample) analyses now: drop a pending analysis from typing, which would redraw later
    clearTimeout(timer);
    const body = input.value;
    if (body.trim() === '') {
      output.dataset.state = 'empty';
      status.textContent = 'Collez un article, puis « Analyser ».';
      return;
    }
    try {
      const result = lib.analyze(
        { title: title.value || undefined, body, publishedAt: date.value || undefined },
        { timings: true },
      );
      render(result);
      output.dataset.state = 'done';
      status.textContent = 'Analyse terminée.';
    } catch (e) {
      output.dataset.state = 'error';
      status.textContent = `Erreur : ${(e as Error).message}`;
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 400);
  });
  $('run').addEventListener('click', run);
  $('sample').addEventListener('click', () => {
    title.value = SAMPLE_TITLE;
    date.value = '2025-03-11';
    input.value = SAMPLE;
    run();
  });
  $('clear').addEventListener('click', () => {
    title.value = '';
    input.value = '';
    run();
  });
  status.textContent = 'Prêt : collez un article ou essayez l’exemple.';
  document.body.dataset.ready = '1';
}

void main();
