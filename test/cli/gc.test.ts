import { describe, expect, it } from 'vitest';
import { gcOnAnalysisThreads, serialScavenge } from '../../src/cli/gc.js';

describe('the scavenger choice of the depeche command', () => {
  it('is serial for `depeche worker` only, unless --parallel-gc is given', () => {
    const cases: [string[], boolean][] = [
      [['worker', '--redis', 'redis://localhost:6379', '-c', '2'], true],
      [['worker'], true],
      [['worker', '--parallel-gc'], false],
      [['worker', '-c', '1', '--parallel-gc', '--queue', 'q'], false],
      [['batch', 'in.jsonl', '-c', '2'], false],
      [['analyze', 'worker'], false],
      [['enqueue', 'in.jsonl'], false],
      [[], false],
    ];
    for (const [argv, want] of cases) expect(serialScavenge(argv), argv.join(' ')).toBe(want);
  });

  it('is not applied by importing the module (only the command entry applies it)', () => {
    expect(gcOnAnalysisThreads()).toBe(false);
  });
});
