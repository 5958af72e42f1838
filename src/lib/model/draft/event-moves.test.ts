import { describe, expect, it } from 'vitest';
import { parseDate, type PartialDate } from '../dates.ts';
import { endDraggedTo, endSteppedBy, movedTo, steppedBy } from './event-moves.ts';

const d = (text: string): PartialDate => {
  const r = parseDate(text);
  if (!r.ok) throw new Error(text);
  return r.date;
};
const at = (text: string) => d(text).startMs + 1;

describe('event moves', () => {
  it.each([
    // [start, end, drop at, keep duration, result]
    ['2008-04-02', undefined, '2008-04-10T13:00Z', false, { start: '2008-04-10' }],
    ['2008-04', undefined, '2009-01-20', false, { start: '2009-01' }],
    ['-0490', undefined, '-0480-06-01', false, { start: '-0480' }],
    ['2008-04-02', '2008-04-04', '2008-05-01', false, { start: '2008-05-01', end: '2008-05-03' }],
    ['2008-01', '2008-03', '2008-02-10', true, { start: '2008-02', end: '2008-04' }],
    ['2008-01-31', '2008-02-29', '2008-02-29', true, { start: '2008-02-29', end: '2008-03-29' }],
  ] as const)('%s–%s dropped at %s (Shift: %s)', (start, end, drop, keep, expected) => {
    expect(movedTo({ start: d(start), end: end ? d(end) : undefined }, at(drop), { keepDuration: keep })).toEqual(expected);
  });

  it('resizes the end, never before the start', () => {
    expect(endDraggedTo({ start: d('2008-04-02'), end: d('2008-04-04') }, at('2008-04-20'))).toBe('2008-04-20');
    expect(endDraggedTo({ start: d('2008-04-02'), end: d('2008-04-04') }, at('2008-01-01'))).toBe('2008-04-02');
    expect(endDraggedTo({ start: d('2008-04') }, at('2008-09-09'))).toBe('2008-09');
  });

  it('steps by the unit of its precision', () => {
    expect(steppedBy({ start: d('2025-02-12') }, 1)).toEqual({ start: '2025-02-13' });
    expect(steppedBy({ start: d('2008-04-02'), end: d('2008-04-04') }, -1)).toEqual({ start: '2008-04-01', end: '2008-04-03' });
    expect(steppedBy({ start: d('2008') }, -1)).toEqual({ start: '2007' });
    expect(endSteppedBy({ start: d('2008-04-02'), end: d('2008-04-04') }, 1)).toBe('2008-04-05');
    expect(endSteppedBy({ start: d('2008-04-02'), end: d('2008-04-02') }, -1)).toBe('2008-04-02');
  });
});
