export { extractDates } from './extract.js';
export type { DateMention, DateOptions, DateType } from './types.js';
