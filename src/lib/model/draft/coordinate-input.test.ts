import { describe, expect, it } from 'vitest';
import { coordinateProblem } from '../coordinates.ts';
import { coordinatesFromInputs, coordinateText, lonLatFromPaste, numberFromText, sameCoordinate } from './coordinate-input.ts';

describe('coordinates as typed', () => {
  it('reads numbers, keeps other text as typed, and nothing for empty', () => {
    expect(numberFromText('-77.04')).toBe(-77.04);
    expect(numberFromText('−77.04')).toBe(-77.04);
    expect(numberFromText('26,1')).toBe(26.1);
    expect(numberFromText('44.')).toBe(44);
    expect(numberFromText('north')).toBe('north');
    expect(numberFromText('  ')).toBeUndefined();
  });

  it('makes the pair longitude first, keeping a missing half for the loader to flag', () => {
    expect(coordinatesFromInputs('26.1', '44.43')).toEqual([26.1, 44.43]);
    expect(coordinatesFromInputs('', '')).toBeUndefined();
    expect(coordinatesFromInputs('26.1', '')).toEqual([26.1, '']);
  });

  it('shows a stored half, and keeps "44.0" in the box while it stands for 44', () => {
    expect(coordinateText([26.1, 44.43], 1)).toBe('44.43');
    expect(coordinateText(undefined, 0)).toBe('');
    expect(sameCoordinate('44.0', [26.1, 44], 1)).toBe(true);
    expect(sameCoordinate('44.5', [26.1, 44], 1)).toBe(false);
    expect(sameCoordinate('', undefined, 0)).toBe(true);
  });
});

describe('a pasted pair', () => {
  it('is read latitude first, as web maps copy it', () => {
    expect(lonLatFromPaste('44.43, 26.1')).toEqual([26.1, 44.43]);
    expect(lonLatFromPaste('38.91 -77.04')).toEqual([-77.04, 38.91]);
    expect(lonLatFromPaste('(55.76, 37.62)')).toEqual([37.62, 55.76]);
  });

  it('follows compass letters when it has them', () => {
    expect(lonLatFromPaste('44.43° N, 26.1° E')).toEqual([26.1, 44.43]);
    expect(lonLatFromPaste('77.04 W, 38.91 N')).toEqual([-77.04, 38.91]);
    expect(lonLatFromPaste('33.87° S, 151.21° E')).toEqual([151.21, -33.87]);
  });

  it('is not two numbers: null', () => {
    expect(lonLatFromPaste('Bucharest')).toBeNull();
    expect(lonLatFromPaste('1, 2, 3')).toBeNull();
  });

  it('a latitude beyond ±90 typed into the boxes is refused by the loader, a swapped pair said so', () => {
    expect(coordinateProblem([26.1, 120])?.message).toMatch(/beyond ±90/);
    expect(coordinateProblem([44.43, 120])?.fix).toBe('write [longitude, latitude]: [120, 44.43]');
  });
});

describe('the draft checker at the coordinates field', () => {
  it('flags a bad latitude at places[0].coordinates with the fix, keeping the draft', async () => {
    const { DraftChecker } = await import('./draft-check.ts');
    const doc = {
      version: 1,
      title: 'T',
      places: [{ id: 'b', name: 'Bucharest', coordinates: coordinatesFromInputs('26.1', '144.43')! }],
      events: [{ id: 'e', title: 'E', start: '2008-04-02', placeId: 'b' }],
    };
    const check = new DraftChecker().check(doc);
    expect(check.data).toBeNull();
    const problem = check.problems.find((p) => p.path.startsWith('places[0].coordinates'));
    expect(problem?.message).toMatch(/latitude 144.43 is beyond ±90/);
    expect(problem?.fix).toBeTruthy();
    const text = new DraftChecker().check({ ...doc, places: [{ id: 'b', name: 'B', coordinates: coordinatesFromInputs('26.1', 'north')! }] });
    expect(text.problems.map((p) => p.path)).toContain('places[0].coordinates[1]');
  });
});
