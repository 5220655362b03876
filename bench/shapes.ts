/**
 * Adversarial input shapes (issue 19): each a text of any requested size built by repeating a unit, for
 * the linear-cost bench (bench/linear.bench.ts) and the linear-cost property test.
 */

/** One hostile shape: a name and a function giving a text of exactly `size` characters. */
export interface Shape {
  name: string;
  make(size: number): string;
}

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const lead = (head: string, unit: string) => (size: number) => (head + fill(unit, size)).slice(0, size);

/** The shapes: repeated separators, digit groups, apostrophes, initials, capitalised runs, quotes, brackets. */
export const SHAPES: readonly Shape[] = [
  { name: "'. ' repeated", make: (n) => fill('. ', n) },
  { name: "', ' repeated", make: (n) => fill(', ', n) },
  { name: "'-' repeated", make: (n) => fill('-', n) },
  { name: 'newlines', make: (n) => fill('\n', n) },
  { name: "'1' + ' 000' groups", make: lead('1', ' 000') },
  { name: "'1.' repeated", make: (n) => fill('1.', n) },
  { name: "'1,' repeated", make: (n) => fill('1,', n) },
  { name: 'digits, no space', make: (n) => fill('1234567890', n) },
  { name: '"ab\'" repeated', make: (n) => fill("ab'", n) },
  { name: '"l\'" repeated', make: (n) => fill("l'", n) },
  { name: "'a-il' clitics", make: lead('a', '-il') },
  { name: "'A. ' initials", make: (n) => fill('A. ', n) },
  { name: "'A.' dotted", make: (n) => fill('A.', n) },
  { name: 'capitalised run', make: (n) => fill('Jean ', n) },
  { name: 'capitalised varied', make: (n) => fill('Jean Paul Marie Dupont Durand Martin ', n) },
  { name: "'« ' quotes", make: (n) => fill('« ', n) },
  { name: "'»' closing quotes", make: (n) => fill('»', n) },
  { name: "'\"' quotes", make: (n) => fill('"', n) },
  { name: "'(' brackets", make: (n) => fill('(', n) },
  { name: "')' brackets", make: (n) => fill(')', n) },
  { name: "'(A) ' acronyms", make: (n) => fill('Agence (AB) ', n) },
  { name: 'one long word', make: (n) => fill('a', n) },
];

/**
 * Hostile pieces that generated shapes are made of (a unit of a few pieces, repeated): the fuzz part of
 * the linear-cost bench and test/project/linear.test.ts.
 */
export const HOSTILE_PIECES: readonly string[] = [
  '. ',
  ', ',
  '-',
  '--',
  '1',
  ' 000',
  '.',
  ',',
  "'",
  '’',
  'ab',
  'l',
  'qu',
  'A. ',
  'A.',
  'J.-P.',
  'Jean ',
  'Dupont',
  '« ',
  ' »',
  '"',
  '(',
  ')',
  '[',
  ']',
  'il',
  '-t-il',
  '\n',
  ' ',
  'é',
  '@',
  '#',
  'www.',
  'M.',
  'ONU',
];

/** A text of exactly `size` characters: `unit` repeated. */
export const fillUnit = (unit: string, size: number): string => fill(unit, size);
