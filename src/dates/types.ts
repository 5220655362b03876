import type { TextOptions } from '../doc/types.js';

/**
 * TimeML TIMEX3 types: `DATE` (a day, month, year, week, season...), `TIME` (a clock time or a part of a day),
 * `DURATION` (an amount of time) and `SET` (a frequency).
 * @example
 * ```ts
 * import { extractDates, type DateType } from 'depeche';
 * const types: DateType[] = extractDates('hier soir, pendant deux heures').map((m) => m.type); // ['TIME', 'DURATION']
 * ```
 */
export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * One temporal expression found in a text.
 *
 * `value` is a TimeML TIMEX3 value: `2025-11-24`, `2025-11`, `2025`, `2025-W48`, `2025-W48-WE`, `2025-SU`,
 * `2025-11-24T14:30`, `2025-11-24TMO`, `P4D`, `PT30.4S`, `PXY`, `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`,
 * `XXXX-11-24` (year unknown), `XXXX-WXX-1` (every Monday), `19` (the 20th century), `199` (the 1990s).
 * Without a reference date, relative expressions keep placeholders (`XXXX-XX-XX`, `XXXX-WXX`...) and
 * their `rule` ends with `:unresolved`.
 *
 * @example
 * ```ts
 * import { extractDates } from 'depeche';
 * const [m] = extractDates('Il est arrivé hier soir.', { referenceDate: '2025-11-24' });
 * m; // { text: 'hier soir', start: 14, end: 23, type: 'TIME', value: '2025-11-23TEV', range: {...}, rule: 'relday+part' }
 * ```
 */
export interface DateMention {
  /** Exact characters of the input: `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  type: DateType;
  value: string;
  /**
   * The calendar interval covered, inclusive at both ends (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` for parts
   * of a day): for periods ("cette semaine", "fin novembre", "l'été 2024"), intervals ("du 24 au 27 novembre":
   * both endpoints carry the whole interval) and counted spans ("les trois derniers jours").
   */
  range?: { start: string; end: string };
  /** Which rule made the mention (for debugging and evaluation). */
  rule: string;
}

/**
 * Options of {@link extractDates}.
 * @example
 * ```ts
 * import { extractDates, type DateOptions } from 'depeche';
 * const options: DateOptions = { referenceDate: '2025-11-24' };
 * extractDates('Il est arrivé hier.', options)[0].value; // '2025-11-23'
 * ```
 */
export interface DateOptions extends TextOptions {
  /**
   * The publication date that relative expressions ("hier", "lundi dernier", "le 3 mars") are resolved
   * against: an ISO 8601 string (`2025-11-24`, `2025-11-24T09:30`, `2025-11-24T09:30:00+01:00`), an RFC 2822
   * string as feeds write it (`Mon, 24 Nov 2025 09:30:00 +0100`), or a `Date`. A string's written day and
   * time are kept as written (its offset does not move them); a `Date` is an instant, read in UTC. The
   * machine's time zone never matters. An invalid value throws a `RangeError` naming `referenceDate`.
   * Without it, relative expressions keep unresolved values.
   */
  referenceDate?: Date | string;
}
