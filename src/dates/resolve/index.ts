/**
 * Refiners: interval linking, merging, tense detection and resolution of meanings into TIMEX3 values
 * against the reference date and the discourse anchor (the last day named before a bare time).
 * @internal
 */
export { resolve } from './anchoring.js';
export { finish, linkIntervals } from './link.js';
export { type Tense, tenseAt } from './tense.js';
