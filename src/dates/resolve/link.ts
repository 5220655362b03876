/** Refining and merging: clock + part of day, interval endpoints, the discourse anchor of bare times, shared ranges. @internal */
import { daysInMonth, pad, type RefTime, type Ymd } from '../calendar.js';
import { INTERVAL_CONNECTORS } from '../lexicon.js';
import type { Cand, Scanner, Sem } from '../scan/index.js';
import { fullSem } from '../scan/types.js';
import type { DateMention } from '../types.js';
import { needsAnchor, resolve } from './anchoring.js';
import { type Tense, tenseAt } from './tense.js';
import type { Resolved } from './values.js';

/** Links interval endpoints ("du 24 au 27 novembre", "de 18 h à 23 h", "entre 2019 et 2021"). */
export function linkIntervals(sc: Scanner, cands: Cand[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let x = 0; x + 1 < cands.length; x++) {
    const a = cands[x];
    const b = cands[x + 1];
    const gap = b.s - a.e;
    if (gap < 0 || gap > 2) continue;
    const c = sc.f(a.e);
    const c2 = gap === 2 ? sc.f(a.e + 1) : '';
    const opener = sc.f(a.s - 1);
    if (gap === 0) continue;
    if (!INTERVAL_CONNECTORS.has(c)) continue;
    if (gap === 2 && !(c === "jusqu'" || c2 === 'le' || c2 === 'la' || c2 === 'au')) continue;
    const sa = a.sem;
    const sb = b.sem;
    const bothCal = sa.k === 'cal' && sb.k === 'cal';
    const bothTime = sa.k === 'time' && sb.k === 'time';
    if (!bothCal && !bothTime) continue;
    const opens =
      ['du', 'de', "d'", 'entre', 'les', 'le', 'depuis'].includes(opener) ||
      c === '-' ||
      c === '/' ||
      a.rule === 'day-of-interval';
    if (!opens) continue;
    if (c === 'et' && opener !== 'entre' && opener !== 'les' && a.rule !== 'day-of-interval') continue;
    if (sa.k === 'cal' && sb.k === 'cal') {
      if (sa.d !== undefined && sa.m === undefined && sb.m !== undefined) {
        sa.m = sb.m;
        if (sb.y !== undefined) sa.y = sb.y;
        if (sb.dir !== undefined) sa.dir = sb.dir;
      } else if (
        sa.m !== undefined &&
        sa.y === undefined &&
        sb.y !== undefined &&
        (sa.d !== undefined) === (sb.d !== undefined)
      ) {
        sa.y = sb.y;
      }
      if (sa.d !== undefined && sa.m === undefined) continue;
    }
    pairs.push([x, x + 1]);
  }
  return pairs;
}

/** Builds the final mentions: resolves everything, anchors bare times, shares interval ranges. */
export function finish(text: string, sc: Scanner, cands: Cand[], ref: RefTime | undefined): DateMention[] {
  // "à 3 heures cet après-midi", "8 heures ce soir": the part of the day sets the half of the clock
  for (let x = 0; x + 1 < cands.length; x++) {
    const a = cands[x].sem;
    const b = cands[x + 1].sem;
    if (a.k !== 'time' || cands[x + 1].s - cands[x].e > 1) continue;
    const part =
      b.k === 'part' ? b.part : b.k === 'rel' || b.k === 'wd' || b.k === 'cal' ? b.part : undefined;
    if (part && (part.code === 'AF' || part.code === 'EV') && a.hour < 12) a.hour += 12;
    // "9H45 ce matin", "8 heures demain soir": one expression
    const days =
      b.k === 'part'
        ? b.days
        : b.k === 'rel' && b.part && !b.narrative && b.hour === undefined
          ? b.days
          : undefined;
    if (days !== undefined && cands[x + 1].s === cands[x].e) {
      // built like Scanner.emit() builds every candidate (a spread copy would be an object of another shape)
      cands[x] = {
        s: cands[x].s,
        e: cands[x + 1].e,
        start: cands[x].start,
        end: cands[x + 1].end,
        sem: fullSem({ k: 'rel', days, hour: a.hour, minute: a.minute }),
        rule: 'clock+part',
      };
      cands.splice(x + 1, 1);
    }
  }
  const pairs = linkIntervals(sc, cands);
  const res: (Resolved | undefined)[] = new Array(cands.length);
  // the tense only matters for expressions whose year, week or direction is implicit
  const usesTense = (s: Sem) =>
    ref !== undefined &&
    ((s.k === 'cal' && s.y === undefined && (s.dir === undefined || s.holiday === true)) ||
      s.k === 'wd' ||
      (s.k === 'nth' && s.y === undefined) ||
      (s.k === 'unit' && s.unit === 'WE') ||
      (s.k === 'quarter' && s.y === undefined && s.offset === undefined) ||
      (s.k === 'season' && (s.det === true || s.ahead === true)));
  // typed arrays filled in loops: one element kind on every text (arrays made by .map() change kind with
  // their values and with whether the optimised code or the builtin made them, which deopted finish())
  const tenses = new Int8Array(cands.length);
  for (let x = 0; x < cands.length; x++)
    if (usesTense(cands[x].sem)) tenses[x] = tenseAt(sc, cands[x].s, cands[x].e);
  // pass 1: everything that does not need an anchor
  for (let x = 0; x < cands.length; x++)
    if (!needsAnchor(cands[x].sem)) res[x] = resolve(cands[x].sem, ref, tenses[x] as Tense, undefined);
  // pass 2: anchored mentions take the nearest day in their sentence, else the last one before, else the reference
  // (mentions are in text order, so a sentence's mentions are contiguous: the nearest days come from two
  // running indices instead of a scan of every mention, which keeps long texts linear)
  const sentOf = new Int32Array(cands.length);
  for (let x = 0; x < cands.length; x++) sentOf[x] = sc.t.sentence[cands[x].s];
  const nextDay = new Int32Array(cands.length).fill(-1); // next mention of the sentence with a day (pass 1)
  for (let x = cands.length - 2; x >= 0; x--)
    if (sentOf[x + 1] === sentOf[x]) nextDay[x] = res[x + 1]?.day ? x + 1 : nextDay[x + 1];
  let lastDay = -1; // the last mention before x with a day
  for (let x = 0; x < cands.length; x++) {
    if (x > 0 && res[x - 1]?.day) lastDay = x - 1;
    if (res[x]) continue;
    const sent = sentOf[x];
    const sx = cands[x].sem;
    const narrative = sx.k === 'rel' && sx.narrative === true;
    const left = lastDay >= 0 && sentOf[lastDay] === sent ? lastDay : -1;
    const right = narrative ? -1 : nextDay[x];
    // an earlier day wins ties of distance
    const near = left >= 0 && (right < 0 || x - left - 0.5 < right - x) ? left : right;
    let anchor: Ymd | undefined = near >= 0 ? res[near]?.day : undefined;
    if (!anchor && lastDay >= 0 && sent - sentOf[lastDay] <= 5) anchor = res[lastDay]?.day;
    if (!anchor && ref) anchor = { y: ref.y, m: ref.m, d: ref.d };
    res[x] = resolve(cands[x].sem, ref, tenses[x] as Tense, anchor);
  }
  // intervals share one range
  for (const [a, b] of pairs) {
    const ra = res[a]!;
    const rb = res[b]!;
    const start = ra.range?.start ?? startOf(ra.value);
    const end = rb.range?.end ?? endOf(rb.value);
    if (start && end) {
      ra.range = { start, end };
      rb.range = { start, end };
    }
  }
  const out: DateMention[] = [];
  for (let x = 0; x < cands.length; x++) {
    const c = cands[x];
    const r = res[x]!;
    const m: DateMention = {
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      type: r.type,
      value: r.value,
      rule: r.unresolved ? `${c.rule}:unresolved` : c.rule,
    };
    if (r.range) m.range = r.range;
    out.push(m);
  }
  return out;
}

const reDay = /^\d{4}-\d{2}-\d{2}/;
const reMonth = /^(\d{4})-(\d{2})$/;
const reYear = /^(\d{4})$/;
const reTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function startOf(v: string): string | undefined {
  if (reTime.test(v)) return v.slice(0, 16);
  if (reDay.test(v)) return v.slice(0, 10);
  let m = reMonth.exec(v);
  if (m) return `${v}-01`;
  m = reYear.exec(v);
  if (m) return `${v}-01-01`;
  return undefined;
}

function endOf(v: string): string | undefined {
  if (reTime.test(v)) return v.slice(0, 16);
  if (reDay.test(v)) return v.slice(0, 10);
  let m = reMonth.exec(v);
  if (m) return `${v}-${pad(daysInMonth(Number(m[1]), Number(m[2])))}`;
  m = reYear.exec(v);
  if (m) return `${v}-12-31`;
  return undefined;
}
