// splitList splits a cell without a backslash with String.split: the same items as reading it a
// character at a time, as it still does when a backslash escapes a ";" or itself.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitList, splitListByCharacter } from './flat-csv.ts';

const byCharacter = splitListByCharacter;

describe('splitList', () => {
  it('gives the items the character-by-character reader gives', () => {
    const cell = fc.string({ unit: fc.constantFrom(';', '\\', ' ', '\t', '\u00a0', '\n', 'a', 'b', 'é'), maxLength: 16 });
    fc.assert(
      fc.property(cell, fc.boolean(), (text, keepEmpty) => {
        expect(splitList(text, keepEmpty)).toEqual(byCharacter(text, keepEmpty));
      }),
      { seed: 20250218, numRuns: 5000 },
    );
  });
});
