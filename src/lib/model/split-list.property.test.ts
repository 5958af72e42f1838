// splitList splits a cell without a backslash with String.split: the same items as reading it a
// character at a time, as it still does when a backslash escapes a ";" or itself.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitList } from './flat-csv.ts';

/** The reader as it was: one character at a time, "\;" and "\\" escaped. */
function byCharacter(cell: string, keepEmpty = false): string[] {
  if (cell.trim() === '') return [];
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && (cell[i + 1] === ';' || cell[i + 1] === '\\')) item += cell[++i];
    else if (c === ';') {
      items.push(item.trim());
      item = '';
    } else item += c;
  }
  items.push(item.trim());
  return keepEmpty ? items : items.filter((x) => x !== '');
}

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
