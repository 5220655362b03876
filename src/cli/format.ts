/**
 * Readable terminal output of one analysis: entities grouped by type, dates with values, topics with
 * scores, the summary. Reads the stage fields loosely so that it prints whatever stages ran.
 */
import type { Analysis } from '../index.js';

interface Spanned {
  text: string;
  start: number;
  end: number;
}
interface LooseAnalysis {
  text: string;
  language?: { lang: string; confidence?: number; reliable?: boolean } | null;
  entities?: (Spanned & { type: string; canonical?: string; value?: string })[] | null;
  entityGroups?: { canonical: string; type: string; count: number }[] | null;
  dates?: (Spanned & { type: string; value: string; range?: { start: string; end: string } })[] | null;
  topics?: { id: string; label?: { fr?: string; en?: string }; iptc?: string | null; score: number }[] | null;
  summary?: { text: string } | null;
  quotes?:
    | (Spanned & {
        kind: string;
        speaker: (Spanned & { type: string; entity?: string }) | null;
        cue: { lemma: string } | null;
      })[]
    | null;
  stats: Analysis['stats'];
}

/** ANSI styling, or none. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  type(t: string, s: string): string;
}

const CODES: Record<string, string> = { PER: '36', ORG: '35', LOC: '32', MISC: '33', DATE: '34' };

/** Colours when `on`, identity otherwise. */
export function makeStyle(on: boolean): Style {
  const wrap = (code: string, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
  return {
    bold: (s) => wrap('1', s),
    dim: (s) => wrap('2', s),
    type: (t, s) => wrap(CODES[t] ?? '0', s),
  };
}

/** Whether to colour a stream: a TTY, unless NO_COLOR is set; FORCE_COLOR forces it. */
export function colourWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

const TYPE_NAMES: Record<string, string> = {
  PER: 'People',
  ORG: 'Organisations',
  LOC: 'Places',
  MISC: 'Other names',
  DATE: 'Dates (entities)',
};

function oneLine(s: string, max = 100): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function n(x: number): string {
  return x.toLocaleString('en-US');
}

/** Renders an analysis for people. */
export function formatAnalysis(analysis: Analysis, style: Style): string {
  const a = analysis as unknown as LooseAnalysis;
  const out: string[] = [];
  const s = a.stats;
  const head = [`${n(s.characters)} characters`, `${n(s.tokens)} tokens`, `${n(s.sentences)} sentences`];
  if (a.language) {
    const conf = a.language.confidence !== undefined ? ` ${a.language.confidence.toFixed(2)}` : '';
    head.unshift(
      `language ${style.bold(a.language.lang)}${conf}${a.language.reliable === false ? ' (unreliable)' : ''}`,
    );
  }
  out.push(head.join(style.dim(' · ')));
  if (s.ms) {
    const parts = Object.entries(s.ms).map(([k, v]) => `${k} ${(v ?? 0).toFixed(1)}`);
    out.push(style.dim(`ms: ${parts.join(', ')}`));
  }

  if (a.entityGroups || a.entities) {
    out.push('', style.bold('Entities'));
    const groups =
      a.entityGroups ??
      Object.values(
        (a.entities ?? []).reduce<Record<string, { canonical: string; type: string; count: number }>>(
          (m, e) => {
            const key = `${e.type}\u0000${e.canonical ?? e.text}`;
            m[key] ??= { canonical: e.canonical ?? e.text, type: e.type, count: 0 };
            m[key].count++;
            return m;
          },
          {},
        ),
      );
    if (groups.length === 0) out.push(style.dim('  (none found)'));
    for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
      const g = groups.filter((x) => x.type === type);
      if (g.length === 0) continue;
      const names = g.map(
        (x) => style.type(type, x.canonical) + (x.count > 1 ? style.dim(` ×${x.count}`) : ''),
      );
      out.push(
        `  ${style.type(type, type.padEnd(4))} ${style.dim(TYPE_NAMES[type].padEnd(14))} ${names.join(', ')}`,
      );
    }
  }

  if (a.dates) {
    out.push('', style.bold('Dates'));
    if (a.dates.length === 0) out.push(style.dim('  (none found)'));
    const width = Math.min(32, Math.max(0, ...a.dates.map((d) => oneLine(d.text).length)));
    for (const d of a.dates) {
      const range = d.range ? style.dim(` [${d.range.start} … ${d.range.end}]`) : '';
      out.push(
        `  ${style.type('DATE', oneLine(d.text, 32).padEnd(width))}  ${style.bold(d.value)} ${style.dim(d.type)}${range}`,
      );
    }
  }

  if (a.topics) {
    out.push('', style.bold('Topics'));
    if (a.topics.length === 0) out.push(style.dim('  (none above the threshold)'));
    for (const t of a.topics) {
      const label = t.label?.fr ?? t.id;
      const bar = '█'.repeat(Math.max(1, Math.round(t.score * 10)));
      out.push(
        `  ${t.score.toFixed(2)} ${style.type('ORG', bar.padEnd(10))} ${label}${style.dim(` (${t.id}${t.iptc ? `, ${t.iptc}` : ''})`)}`,
      );
    }
  }

  if (a.summary) {
    out.push('', style.bold('Summary'));
    out.push(`  ${oneLine(a.summary.text, 2000)}`);
  }

  if (a.quotes && a.quotes.length > 0) {
    out.push('', style.bold('Quotes'));
    for (const q of a.quotes) {
      const who = q.speaker
        ? style.type(
            q.speaker.type,
            q.speaker.entity && q.speaker.entity !== q.speaker.text
              ? `${q.speaker.text} (${q.speaker.entity})`
              : q.speaker.text,
          )
        : style.dim('(unattributed)');
      out.push(
        `  ${who}${q.cue ? style.dim(` ${q.cue.lemma}`) : ''}: ${q.kind === 'direct' ? '« ' : ''}${oneLine(q.text, 160)}${q.kind === 'direct' ? ' »' : ''} ${style.dim(q.kind)}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
